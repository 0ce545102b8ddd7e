import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { DeadlineBoard } from './DeadlineBoard';
import type * as Repository from './repository';

globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);

// The extension itself is tested with the repository; here it is held open to see the dialog meanwhile.
let finish: (decideBy: string) => void = () => undefined;
const extendAvgRequest = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
vi.mock('./repository', async (original) => ({ ...(await original<typeof Repository>()), extendAvgRequest: () => extendAvgRequest() }));

const ids = { a: crypto.randomUUID(), b: crypto.randomUUID() };
const avgCase = (n: number) => ({ number: `OC-2026-K7Q-0009${n}`, kind: 'avg', status: 'open', channel: 'balie', question: 'q', assignee: 'anna' });
const avgTask = (caseId: string) => ({ caseId, action: 'AVG-inzageverzoek beantwoorden', assignee: 'anna', dueAt: '2026-04-02T15:00:00.000Z', status: 'te_verwerken', note: 'Ontvangen op 2026-03-02' });

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-10T10:00:00.000Z'));
  await commitAction(database(), { actor: 'anna@K7Q', action: 'test.created' }, [
    { entity: 'cases', op: 'create', id: ids.a, values: avgCase(1) },
    { entity: 'tasks', op: 'create', values: avgTask(ids.a) },
    { entity: 'cases', op: 'create', id: ids.b, values: avgCase(2) },
    { entity: 'tasks', op: 'create', values: avgTask(ids.b) },
  ]);
});
afterAll(() => vi.useRealTimers());
afterEach(cleanup);

describe('extending an AVG request from the board (review risk 15)', () => {
  it('cannot be submitted twice while it runs, and the status clears when the next extension starts', async () => {
    const user = userEvent.setup();
    render(<DeadlineBoard />);
    await user.click(await screen.findByRole('button', { name: 'AVG-inzageverzoek OC-2026-K7Q-00091 met 2 maanden verlengen' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Reden van de verlenging/ }), 'Veel gegevens in meerdere systemen');
    const confirm = within(dialog).getByRole('button', { name: 'Verlengen' });
    await user.click(confirm);
    expect(confirm.hasAttribute('disabled')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Annuleren' }).hasAttribute('disabled')).toBe(true);
    await user.click(confirm);
    await user.type(within(dialog).getByRole('textbox', { name: /Reden van de verlenging/ }), '{Enter}');
    expect(extendAvgRequest).toHaveBeenCalledTimes(1);

    finish('2026-06-02');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const done = await screen.findByText(/^OC-2026-K7Q-00091 is verlengd/);
    expect(done.getAttribute('role')).toBe('status');

    await user.click(screen.getByRole('button', { name: 'AVG-inzageverzoek OC-2026-K7Q-00092 met 2 maanden verlengen' }));
    await screen.findByRole('dialog');
    expect(screen.queryByText(/^OC-2026-K7Q-00091 is verlengd/)).toBeNull();
  });
});
