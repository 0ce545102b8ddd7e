import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { DocumentPicker } from './DocumentPicker';

const base = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'hub', deleted: false, description: '', category: '2k' };
const ids = { a: `picker-${crypto.randomUUID()}`, b: `picker-${crypto.randomUUID()}`, c: `picker-${crypto.randomUUID()}` };

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  await database().documents.bulkPut([
    { ...base, id: ids.a, rev: 1, title: 'Abrikozenbeleid Voorbeeldstad' },
    { ...base, id: ids.b, rev: 2, title: 'Bomenkap Havenkade' },
    { ...base, id: ids.c, rev: 3, title: 'Carnavalsoptocht vergunning' },
  ]);
});
afterEach(cleanup);

function Picker({ initial }: { initial: string[] }) {
  const [chosen, setChosen] = useState(initial);
  return <DocumentPicker ids={chosen} onChange={setChosen} error={undefined} />;
}

describe('DocumentPicker', () => {
  it('runs the search again when a one-letter word makes the query long enough (review bug 8)', async () => {
    render(<Picker initial={[]} />);
    const search = screen.getByRole('searchbox', { name: 'Document uit de catalogus zoeken' });
    await userEvent.type(search, 'ab');
    await userEvent.type(search, ' c');
    expect(await screen.findByRole('button', { name: 'Abrikozenbeleid Voorbeeldstad toevoegen' })).toBeTruthy();
    expect(screen.queryByText('Geen document gevonden met deze woorden in de titel.')).toBeNull();
  });

  it('names each chosen row by its own document, also right after the list changed (review bug 9)', async () => {
    const { rerender } = render(<DocumentPicker ids={[ids.a, ids.b]} onChange={() => undefined} error={undefined} />);
    expect(await screen.findByRole('button', { name: 'Abrikozenbeleid Voorbeeldstad weghalen' })).toBeTruthy();
    rerender(<DocumentPicker ids={[ids.b]} onChange={() => undefined} error={undefined} />);
    // Before the live query has caught up: the one row is Bomenkap's, never Abrikozen's.
    expect(screen.queryByRole('button', { name: 'Abrikozenbeleid Voorbeeldstad weghalen' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Bomenkap Havenkade weghalen' })).toBeTruthy();
  });

  it('moves focus to the next row, or the search, when a document is removed (review risk 16)', async () => {
    render(<Picker initial={[ids.a, ids.b]} />);
    const first = await screen.findByRole('button', { name: 'Abrikozenbeleid Voorbeeldstad weghalen' });
    await act(async () => {
      fireEvent.click(first);
    });
    const next = await screen.findByRole('button', { name: 'Bomenkap Havenkade weghalen' });
    expect(document.activeElement).toBe(next);
    await act(async () => {
      fireEvent.click(next);
    });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Document uit de catalogus zoeken' }));
  });
});
