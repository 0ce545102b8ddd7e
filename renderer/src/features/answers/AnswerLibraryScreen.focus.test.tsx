import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { i18n, i18nReady } from '../../i18n';
import { AnswerLibraryScreen } from './AnswerLibraryScreen';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('focus in the answer library', () => {
  it('lands on the title when moving from the list to the editor within the search area (review bug 6)', async () => {
    const { rerender } = render(<AnswerLibraryScreen rest={[]} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Kennisbank' }));
    rerender(<AnswerLibraryScreen rest={['new']} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Nieuw antwoord' }));
  });

  it('keeps focus in the links when one is removed: the next row, else "Link toevoegen" (review risk 16)', async () => {
    render(<AnswerLibraryScreen rest={['new']} />);
    const add = screen.getByRole('button', { name: 'Link toevoegen' });
    await act(async () => {
      fireEvent.click(add);
    });
    await act(async () => {
      fireEvent.click(add);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Link 2 weghalen' }));
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Link 1 weghalen' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Link 1 weghalen' }));
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Link toevoegen' }));
  });
});
