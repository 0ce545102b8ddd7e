import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreSettings, startCentreSync } from '../../centre';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { DeadlineBoard } from './DeadlineBoard';
import { purgeIfDue } from './usePurgeSchedule';

/**
 * The centre's settings, synced from the hub (issue 10 point 7), change what a desk does: an extra
 * holiday by Royal Decree moves a Woo deadline on the board, and the desk's scheduled purge uses
 * the centre's retention period instead of the default 12 months.
 */
// CSS.escape is missing in jsdom; react-aria asks for it when a popover opens.
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);

const synced = {
  name: 'Openbaarheidscentrum Noordstad',
  address: 'Stadhuisplein 1, 1234 AB Noordstad',
  phone: '020 555 0100',
  openingHours: 'ma–vr 9.00–17.00',
  // Monday 2 March 2026, equated with a holiday for this centre.
  extraHolidays: ['2026-03-02'],
  topics: ['Afval'],
  retentionMonths: 6,
};
const wooCase = crypto.randomUUID();
const closedCase = crypto.randomUUID();
let stop = () => {};

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  await commitAction(database(), { actor: 'anna@K7Q', action: 'test.created' }, [
    { entity: 'cases', op: 'create', id: wooCase, values: { number: 'OC-2026-K7Q-00041', kind: 'woo', status: 'open', channel: 'balie', question: 'q' } },
    {
      entity: 'wooRequests', op: 'create',
      values: {
        caseId: wooCase, status: 'in-behandeling', receivedOn: '2026-02-02', filedOn: '2026-02-02', channel: 'balie', subject: 'Stukken', bestuursorgaan: { code: 'gm0363:college', name: 'college van B&W' },
        disclosureForm: 'digitaal', decisionDelivery: 'email', suspensions: [], decideBy: '2026-03-02', extensionNoticeBy: '2026-03-02',
      },
    },
    // Closed on 1 August 2025: past a 6-month retention on 10 March 2026, not past 12 months.
    { entity: 'cases', op: 'create', id: closedCase, values: { number: 'OC-2025-K7Q-00007', kind: 'question', status: 'closed', closedAt: '2025-08-01T10:00:00.000Z', channel: 'balie', question: 'Mijn adres is Dorpsstraat 3', visitor: { name: 'Fatma Yılmaz', phone: '0612345678' } } },
  ]);
});
afterAll(() => {
  cleanup();
  stop();
});

describe('synced centre settings at a desk', () => {
  it('a synced extra holiday moves the Woo deadline on the board; the desk purge follows the synced retention period', async () => {
    const boardDate = () => screen.getByRole('link', { name: 'OC-2026-K7Q-00041' }).closest('tr')!.querySelectorAll('td')[4]!.textContent!;
    render(<DeadlineBoard />);
    await screen.findByRole('link', { name: 'OC-2026-K7Q-00041' });
    // Four weeks from 2 February: Monday 2 March.
    expect(boardDate()).toMatch(/^2 maart 2026/);
    // The default 12 months: nothing to purge yet.
    expect(await purgeIfDue('werkplek-K7Q', new Date('2026-03-10T10:00:00.000Z'))).toBe(0);
    expect((await database().cases.get(closedCase))!.visitor).toEqual({ name: 'Fatma Yılmaz', phone: '0612345678' });

    stop = startCentreSync({
      hubUrl: async () => 'http://hub.test',
      fetch: async (url) =>
        url.endsWith('/centre/settings') ? Response.json({ settings: synced, rev: 4, updatedAt: '2026-03-01T09:00:00.000Z', updatedBy: 'cor' }) : Response.json({ conflicts: [] }),
    });
    await waitFor(() => expect(centreSettings()?.retentionMonths).toBe(6));
    // 2 March is now a holiday: the term ends the next working day.
    await waitFor(() => expect(boardDate()).toMatch(/^3 maart 2026/));

    // Once per day: let today's run go again now that the centre has its own period.
    localStorage.removeItem('loket.overview.lastPurge');
    expect(await purgeIfDue('werkplek-K7Q', new Date('2026-03-10T10:00:00.000Z'))).toBe(1);
    const purged = (await database().cases.get(closedCase))!;
    expect(purged.visitor ?? {}).not.toHaveProperty('name');
    expect(purged.visitor ?? {}).not.toHaveProperty('phone');
    expect((await database().audit.where('recordId').equals(closedCase).toArray()).map((e) => [e.action, e.actor])).toContainEqual(['privacy.purged', 'werkplek-K7Q']);
  });
});
