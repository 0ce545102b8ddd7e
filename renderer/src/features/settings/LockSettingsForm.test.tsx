import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, i18nReady } from '../../i18n';
import { LockSettingsForm } from './LockSettingsForm';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const field = () => screen.getByRole('textbox', { name: 'Vergrendelen na (minuten)' });

describe('the lock setting on the settings screen', () => {
  it('starts at 5 minutes and stores a new value where the idle lock reads it', async () => {
    const user = userEvent.setup();
    render(<LockSettingsForm />);
    expect((field() as HTMLInputElement).value).toBe('5');
    await user.clear(field());
    await user.type(field(), '1');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('status').textContent).toBe('Opgeslagen: de werkplek vergrendelt na 1 minuut zonder gebruik.');
    expect(JSON.parse(localStorage.getItem('loket.lock')!)).toEqual({ idleSeconds: 60 });
  });

  it.each(['0', '61', 'vijf', ''])('refuses %j with a clear Dutch error and keeps the stored value', async (typed) => {
    localStorage.setItem('loket.lock', JSON.stringify({ idleSeconds: 600 }));
    const user = userEvent.setup();
    render(<LockSettingsForm />);
    expect((field() as HTMLInputElement).value).toBe('10');
    await user.clear(field());
    if (typed) await user.type(field(), typed);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Vul een heel aantal minuten in, van 1 tot en met 60.')).toBeTruthy();
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(JSON.parse(localStorage.getItem('loket.lock')!)).toEqual({ idleSeconds: 600 });
  });
});
