import { describe, expect, it } from 'vitest';
import { computeIndicators, type ContactInput, type IndicatorInput, type TaskInput } from '../../../shared/indicators/indicators';
import { referralBody } from '../../../shared/indicators/referrals';
import { newId } from '../../../shared/ids';
import type { SyncedEntity } from '../../../shared/model/records';
import type { Db } from '../db/db';
import { backends } from '../testing/backends';
import { migratedDatabase } from '../testing/hubApp';
import { headRevision, insertRecord } from '../sync/records';
import { pullAudit, pullChanges } from '../sync/pull';
import { runHubRetentionPurge, scheduleHubRetentionPurge } from './purge';

async function put(db: Db, entity: SyncedEntity, data: Record<string, unknown>): Promise<string> {
  const id = newId();
  await db.transaction((tx) => insertRecord(tx, entity, id, { data, at: '2025-01-10T10:00:00.000Z', by: 'anna@K7Q' }));
  return id;
}

async function data(db: Db, table: string, id: string): Promise<Record<string, unknown>> {
  const { rows } = await db.query<{ data: Record<string, unknown> }>(`select data from ${table} where id = $1`, [id]);
  return rows[0]!.data;
}

/** The indicator input as the desk builds it (renderer/src/features/overview/data.ts), from the hub's records. */
async function indicatorInput(db: Db): Promise<IndicatorInput> {
  const all = async (table: string) => (await db.query<{ data: Record<string, string> }>(`select data from ${table} where not deleted`)).rows.map((r) => r.data);
  return {
    cases: (await all('cases')).map((c) => ({ id: c.id ?? '', createdAt: c.createdAt ?? '2025-01-01T09:00:00.000Z' })),
    contacts: (await all('contacts')).map((c) => ({
      caseId: c.caseId!, channel: c.channel as ContactInput['channel'], startedAt: c.startedAt!, outcome: c.outcome as ContactInput['outcome'], topic: c.topic,
      referredTo: c.outcome === 'referred' ? referralBody(c.summary!) : undefined,
    })),
    tasks: (await all('tasks')).map((t) => ({ action: t.action!, dueAt: t.dueAt!, status: t.status as TaskInput['status'], doneAt: t.status === 'verwerkt' ? t.dueAt : undefined })),
    woo: [],
    notFound: [],
    callbackActions: ['Terugbellen'],
  };
}

describe.each(backends)('the hub purges visitor data on schedule on $name', (backend) => {
  const hub = migratedDatabase(backend, { freshForEachTest: true });

  it('removes the personal data of closed cases past the retention, as synced changes with an audit event each; nothing else; a second run changes nothing; indicators unchanged', async () => {
    const { db } = hub;
    // Closed 10 January 2025 (Amsterdam): due on 10 January 2026 with the default 12 months.
    const due = await put(db, 'cases', {
      number: 'OC-2025-K7Q-00007', kind: 'question', status: 'closed', channel: 'balie', topic: 'Parkeren', question: 'Vraag over vergunning',
      createdAt: '2025-01-10T09:00:00.000Z', closedAt: '2025-01-10T10:00:00.000Z', visitor: { name: 'Fatma Yılmaz', phone: '0612345678' },
    });
    const confidential = await put(db, 'contacts', {
      caseId: due, channel: 'balie', direction: 'inbound', startedAt: '2025-01-10T09:00:00.000Z', summary: 'Moeder in het ziekenhuis', outcome: 'answered', confidential: true, topic: 'Parkeren',
    });
    const referral = await put(db, 'contacts', {
      caseId: due, channel: 'telefoon', direction: 'inbound', startedAt: '2025-01-10T09:30:00.000Z', outcome: 'referred', confidential: false, topic: 'Parkeren',
      summary: 'Doorverwezen naar Provincie Noord-Holland (pv27), Woo art. 4.2.',
    });
    const task = await put(db, 'tasks', { caseId: due, action: 'Terugbellen', assignee: 'anna', dueAt: '2025-01-10T15:00:00.000Z', status: 'verwerkt', note: 'vraag naar Fatma' });
    // Closed a day later: not due yet on 10 January 2026. Open: never.
    const notYet = await put(db, 'cases', {
      number: 'OC-2025-K7Q-00008', kind: 'question', status: 'closed', channel: 'balie', question: 'q', createdAt: '2025-01-11T09:00:00.000Z',
      closedAt: '2025-01-11T10:00:00.000Z', visitor: { name: 'Jan' },
    });
    const open = await put(db, 'cases', { number: 'OC-2025-K7Q-00009', kind: 'question', status: 'open', channel: 'balie', question: 'q', createdAt: '2024-01-01T09:00:00.000Z', visitor: { name: 'Piet' } });
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const before = computeIndicators(await indicatorInput(db), period);
    const head = await headRevision(db);

    expect(await runHubRetentionPurge(db, new Date('2026-01-09T12:00:00Z'))).toEqual({ cases: 0, records: 0 });
    expect(await runHubRetentionPurge(db, new Date('2026-01-10T08:00:00Z'))).toEqual({ cases: 1, records: 3 });

    const purged = await data(db, 'cases', due);
    expect(purged.visitor).toBeUndefined();
    expect(purged).toMatchObject({ question: 'Vraag over vergunning', status: 'closed', topic: 'Parkeren' });
    expect((await data(db, 'contacts', confidential)).summary).toBe('');
    expect((await data(db, 'contacts', referral)).summary).toBe('Doorverwezen naar Provincie Noord-Holland (pv27), Woo art. 4.2.');
    expect((await data(db, 'tasks', task)).note).toBeUndefined();
    expect((await data(db, 'cases', notYet)).visitor).toEqual({ name: 'Jan' });
    expect((await data(db, 'cases', open)).visitor).toEqual({ name: 'Piet' });

    // Every desk pulls the removal as an ordinary change, signed by the hub.
    const pulled = await pullChanges(db, head, 100);
    expect(pulled.changes.map((c) => [c.entity, c.id, c.updatedBy]).sort()).toEqual(
      [['cases', due, 'hub'], ['contacts', confidential, 'hub'], ['tasks', task, 'hub']].sort(),
    );
    expect(JSON.stringify(pulled.changes)).not.toMatch(/Fatma|0612345678|ziekenhuis/);
    // The audit trail says who and which fields, never the values; desks pull it too.
    const audit = await pullAudit(db, 0, 100);
    expect(audit.events.map((e) => [e.action, e.actor, e.entity, e.recordId, e.fields]).sort()).toEqual(
      [
        ['privacy.purged', 'hub', 'cases', due, ['visitor']],
        ['privacy.purged', 'hub', 'contacts', confidential, ['summary']],
        ['privacy.purged', 'hub', 'tasks', task, ['note']],
      ].sort(),
    );

    expect(await runHubRetentionPurge(db, new Date('2026-01-11T08:00:00Z'))).toEqual({ cases: 1, records: 1 }); // notYet's turn
    expect(await runHubRetentionPurge(db, new Date('2026-01-12T08:00:00Z'))).toEqual({ cases: 0, records: 0 });
    expect(computeIndicators(await indicatorInput(db), period)).toEqual(before);
    expect(before.referralsPerBody).toEqual({ 'Provincie Noord-Holland': 1 });
  });

  it("follows the centre's retention setting", async () => {
    const { db } = hub;
    const id = await put(db, 'cases', {
      number: 'OC-2025-K7Q-00010', kind: 'question', status: 'closed', channel: 'balie', question: 'q', createdAt: '2025-01-10T09:00:00.000Z',
      closedAt: '2025-01-10T10:00:00.000Z', visitor: { email: 'a@example.nl' },
    });
    await db.query(`insert into centre_settings (singleton, data, rev, updated_at, updated_by) values (true, $1::jsonb, 1, now(), 'coord')`, [
      JSON.stringify({ name: 'Centrum', address: 'Straat 1', phone: '14 020', openingHours: 'ma–vr', extraHolidays: [], topics: ['Afval'], retentionMonths: 18 }),
    ]);
    expect(await runHubRetentionPurge(db, new Date('2026-06-01T08:00:00Z'))).toEqual({ cases: 0, records: 0 });
    expect(await runHubRetentionPurge(db, new Date('2026-07-10T08:00:00Z'))).toEqual({ cases: 1, records: 1 });
    expect((await data(db, 'cases', id)).visitor).toBeUndefined();
  });

  it('the schedule runs once per Amsterdam day without any desk, and logs counts only', async () => {
    const { db } = hub;
    await put(db, 'cases', {
      number: 'OC-2025-K7Q-00011', kind: 'question', status: 'closed', channel: 'balie', question: 'q', createdAt: '2025-01-10T09:00:00.000Z',
      closedAt: '2025-01-10T10:00:00.000Z', visitor: { name: 'Ayla Demir' },
    });
    const lines: string[] = [];
    let clock = new Date('2026-02-01T08:00:00Z');
    const stop = scheduleHubRetentionPurge(db, (level, message) => lines.push(`${level} ${message}`), { firstAfterMs: 1, everyMs: 5, now: () => clock });
    try {
      await expect.poll(() => lines.length).toBe(1);
      expect(lines[0]).toBe('info retention purge: personal data removed from 1 closed cases (1 records)');
      expect(lines.join()).not.toContain('Ayla');
      // Another case falls due the same day: the hourly checks leave it for the next day.
      await put(db, 'cases', {
        number: 'OC-2025-K7Q-00012', kind: 'question', status: 'closed', channel: 'balie', question: 'q', createdAt: '2025-01-10T09:00:00.000Z',
        closedAt: '2025-01-10T10:00:00.000Z', visitor: { name: 'Bas' },
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(lines).toHaveLength(1);
      clock = new Date('2026-02-02T08:00:00Z');
      await expect.poll(() => lines.length).toBe(2);
      expect(lines[1]).toBe('info retention purge: personal data removed from 1 closed cases (1 records)');
    } finally {
      stop();
    }
  });
});
