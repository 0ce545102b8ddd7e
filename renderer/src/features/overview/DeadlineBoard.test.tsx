import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { DeadlineBoard } from './DeadlineBoard';

// jsdom has no CSS.escape; react-aria uses it when a popover or modal opens (as in ui/kit.test.tsx).
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);

/** The deadline board as the coordinator uses it (issue 10 point 2), on Tuesday 10 March 2026. */
const ids = { a: crypto.randomUUID(), d: crypto.randomUUID(), e: crypto.randomUUID(), f: crypto.randomUUID(), g: crypto.randomUUID(), h: crypto.randomUUID(), i: crypto.randomUUID() };
const wooValues = (caseId: string, receivedOn: string, extra: Record<string, unknown> = {}) => ({
  caseId, status: 'in-behandeling', receivedOn, filedOn: receivedOn, channel: 'balie', subject: 'Stukken', bestuursorgaan: { code: 'gm0363:college', name: 'college van B&W' },
  disclosureForm: 'digitaal', decisionDelivery: 'email', suspensions: [], decideBy: null, extensionNoticeBy: null, ...extra,
});
const caseValues = (n: number, assignee?: string, status = 'open') => ({ number: `OC-2026-K7Q-0000${n}`, kind: 'woo', status, channel: 'balie', question: 'q', ...(assignee ? { assignee } : {}) });

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  // Only Date is faked: today is 10 March 2026 for the board's clock; timers and IndexedDB run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-10T10:00:00.000Z'));
  const at = { actor: 'anna@K7Q', action: 'test.created', now: new Date('2026-02-01T09:00:00.000Z') };
  await commitAction(database(), at, [
    // 1: overdue since 2 March. 4: term ends 16 March, the verdaging notice is due this week.
    { entity: 'cases', op: 'create', id: ids.a, values: caseValues(1, 'anna') },
    { entity: 'wooRequests', op: 'create', values: wooValues(ids.a, '2026-02-02') },
    { entity: 'cases', op: 'create', id: ids.d, values: caseValues(4, 'bram') },
    { entity: 'wooRequests', op: 'create', values: wooValues(ids.d, '2026-02-16') },
    // 5: extended on 25 February: four weeks plus two, to 16 March; no notice to send any more.
    { entity: 'cases', op: 'create', id: ids.e, values: caseValues(5, 'bram') },
    { entity: 'wooRequests', op: 'create', values: wooValues(ids.e, '2026-02-02', { status: 'verdaagd', extension: { noticeOn: '2026-02-25', reason: 'Veel stukken' } }) },
    // 6 decided, 7 closed: off the board.
    { entity: 'cases', op: 'create', id: ids.f, values: caseValues(6, 'anna') },
    { entity: 'wooRequests', op: 'create', values: wooValues(ids.f, '2026-02-02', { status: 'besloten', decision: { outcome: 'openbaar', decidedOn: '2026-03-01' } }) },
    { entity: 'cases', op: 'create', id: ids.g, values: caseValues(7, 'anna', 'closed') },
    { entity: 'wooRequests', op: 'create', values: wooValues(ids.g, '2026-01-05', { status: 'gesloten', decision: { outcome: 'openbaar', decidedOn: '2026-01-20' }, closedOn: '2026-02-01' }) },
    // 8: an AVG request on a closed case, 9: a finished AVG task – both off the board.
    { entity: 'cases', op: 'create', id: ids.h, values: { ...caseValues(8, 'anna', 'closed'), kind: 'avg' } },
    { entity: 'tasks', op: 'create', values: { caseId: ids.h, action: 'AVG-inzageverzoek beantwoorden', assignee: 'anna', dueAt: '2026-03-11T16:00:00.000Z', status: 'te_verwerken', note: 'Ontvangen op 2026-02-11' } },
    { entity: 'cases', op: 'create', id: ids.i, values: { ...caseValues(9, 'anna'), kind: 'avg' } },
    { entity: 'tasks', op: 'create', values: { caseId: ids.i, action: 'AVG-inzageverzoek beantwoorden', assignee: 'anna', dueAt: '2026-03-11T16:00:00.000Z', status: 'verwerkt', note: 'Ontvangen op 2026-02-11' } },
  ]);
});
afterAll(() => vi.useRealTimers());
afterEach(cleanup);

const tableRows = () => [...screen.getByRole('table', { name: 'Open Woo-verzoeken en AVG-inzageverzoeken, meest dringend eerst' }).querySelectorAll('tbody tr')] as HTMLElement[];
const cellsOf = (tr: HTMLElement) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());

describe('the deadline board', () => {
  it('shows open requests only, most urgent first, the light as text and a shape-bearing icon, the extension, and the notice-this-week panel', async () => {
    render(<DeadlineBoard />);
    await screen.findByRole('table');
    const rows = tableRows();
    expect(rows.map((tr) => cellsOf(tr)[1])).toEqual(['OC-2026-K7Q-00001', 'OC-2026-K7Q-00004', 'OC-2026-K7Q-00005']);
    const [overdue, noticeWeek, extended] = rows.map(cellsOf);
    expect(overdue!.slice(3, 6)).toEqual(['anna', '2 maart 20268 dagen te laat', 'Te laat']);
    expect(noticeWeek!.slice(3, 6)).toEqual(['bram', '16 maart 20266 dagen', 'Bijna']);
    // The Woo request with an extension: two weeks on, shown as extended, no notice to send.
    expect(extended!.slice(3)).toEqual(['bram', '16 maart 20266 dagen', 'Bijna', '–', 'Verdaagd']);

    // Text and icon: each light has its own lucide shape beside the word.
    const icon = (tr: HTMLElement) => tr.querySelector('svg.overview-light-icon')!;
    expect(icon(rows[0]!).getAttribute('aria-hidden')).toBe('true');
    expect(icon(rows[0]!).classList.contains('lucide-octagon-x')).toBe(true);
    expect(icon(rows[1]!).classList.contains('lucide-triangle-alert')).toBe(true);
    expect(rows.map((tr) => tr.dataset.state)).toEqual(['overdue', 'due-soon', 'due-soon']);

    // The verdaging notice for case 4 must go out this week: a panel says so and its row stands out.
    const panel = screen.getByRole('heading', { name: '1 verdagingsbericht moet deze week de deur uit' }).closest('section')!;
    expect(panel.querySelector('svg')).not.toBeNull();
    expect(rows.map((tr) => tr.dataset.noticeWeek ?? '')).toEqual(['', 'true', '']);
    expect(rows[1]!.querySelector('strong')!.textContent).toBe('Verdaging uiterlijk meedelen op 16 maart 2026');
    // Case 1's first term ended without a notice.
    expect(cellsOf(rows[0]!)[7]).toBe('Verdagen kan niet meer');
  });

  it('filters by assignee', async () => {
    const user = userEvent.setup();
    render(<DeadlineBoard />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: /Behandelaar/ }));
    await user.click(await screen.findByRole('option', { name: 'bram' }));
    await waitFor(() => expect(tableRows().map((tr) => cellsOf(tr)[1])).toEqual(['OC-2026-K7Q-00004', 'OC-2026-K7Q-00005']));
    await user.click(screen.getByRole('button', { name: /Behandelaar/ }));
    await user.click(await screen.findByRole('option', { name: 'anna' }));
    await waitFor(() => expect(tableRows().map((tr) => cellsOf(tr)[1])).toEqual(['OC-2026-K7Q-00001']));
    // The panel follows the filter: anna has no notice due this week.
    expect(screen.queryByRole('heading', { name: /verdagingsbericht/ })).toBeNull();
  });

  it('assigns several at once and reports each: one done, one that failed', async () => {
    const user = userEvent.setup();
    render(<DeadlineBoard />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: 'Zaak OC-2026-K7Q-00001 kiezen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Zaak OC-2026-K7Q-00004 kiezen' }));
    // Case 4 disappears at another desk before the coordinator confirms.
    await database().cases.update(ids.d, { deleted: true });
    await user.click(screen.getByRole('button', { name: '2 toewijzen…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Toewijzen aan/ }), 'carla');
    await user.click(within(dialog).getByRole('button', { name: 'Toewijzen' }));
    const report = await screen.findByRole('heading', { name: 'Toegewezen aan carla: 1 gelukt, 1 mislukt' });
    const items = [...report.closest('section')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['OC-2026-K7Q-00001: toegewezen aan carla', 'OC-2026-K7Q-00004: niet gelukt (case-gone)']);
    expect((await database().cases.get(ids.a))!.assignee).toBe('carla');
    await waitFor(() => expect(cellsOf(tableRows()[0]!)[3]).toBe('carla'));
  });
});
