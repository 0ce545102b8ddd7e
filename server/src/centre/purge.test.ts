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

/**
 * The time a callback was done, as the desk reads it (renderer/src/features/overview/data.ts,
 * callbacksDoneAt): the newest audit event that set the task's status, else its last change.
 */
async function callbacksDoneAt(db: Db): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; updated_at: Date | string; status_at: Date | string | null }>(
    `select t.id, t.updated_at,
            (select max(a.at) from audit a where a.record_id = t.id and a.fields ? 'status') as status_at
       from tasks t where not t.deleted`,
  );
  return new Map(rows.map((r) => [r.id, new Date(r.status_at ?? r.updated_at).toISOString()]));
}

/** The indicator input as the desk builds it (renderer/src/features/overview/data.ts), from the hub's records. */
async function indicatorInput(db: Db): Promise<IndicatorInput> {
  const all = async (table: string) =>
    (await db.query<{ id: string; data: Record<string, string> }>(`select id, data from ${table} where not deleted`)).rows.map(
      (r): Record<string, string | undefined> & { id: string } => ({ ...r.data, id: r.id }),
    );
  const doneAt = await callbacksDoneAt(db);
  return {
    cases: (await all('cases')).map((c) => ({ id: c.id, createdAt: c.createdAt ?? '2025-01-01T09:00:00.000Z' })),
    contacts: (await all('contacts')).map((c) => ({
      caseId: c.caseId!, channel: c.channel as ContactInput['channel'], startedAt: c.startedAt!, outcome: c.outcome as ContactInput['outcome'], topic: c.topic,
      referredTo: c.outcome === 'referred' ? referralBody(c.summary!) : undefined,
    })),
    tasks: (await all('tasks')).map((t) => ({ action: t.action!, dueAt: t.dueAt!, status: t.status as TaskInput['status'], doneAt: t.status === 'verwerkt' ? doneAt.get(t.id) : undefined })),
    woo: [],
    notFound: [],
    callbackActions: ['Terugbellen'],
  };
}

/** An audit event as a desk pushes it: who changed which fields of a record, and when. */
async function audit(db: Db, entity: SyncedEntity, recordId: string, fields: string[], at: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ value: number }>('update audit_counter set value = value + 1 returning value');
    await tx.query(`insert into audit (id, at, actor, action, entity, record_id, fields, client_id, seq) values ($1, $2, 'anna', 'task.updated', $3, $4, $5::jsonb, null, $6)`, [
      newId(), at, entity, recordId, JSON.stringify(fields), rows[0]!.value,
    ]);
  });
}

async function retention(db: Db, months: number): Promise<void> {
  await db.query(`insert into centre_settings (singleton, data, rev, updated_at, updated_by) values (true, $1::jsonb, 1, now(), 'coord')`, [
    JSON.stringify({ name: 'Centrum', address: 'Straat 1', phone: '14 020', openingHours: 'ma–vr', extraHolidays: [], topics: ['Afval'], retentionMonths: months }),
  ]);
}

const closedCase = (n: number, closedAt: string, visitor: Record<string, string> = { name: 'Ayla Demir' }) => ({
  number: `OC-2025-K7Q-${String(n).padStart(5, '0')}`, kind: 'question', status: 'closed', channel: 'balie', question: 'q', createdAt: '2025-01-10T09:00:00.000Z', closedAt, visitor,
});

/** The database, counting the transactions opened on it (the purge takes one, with the counter lock, per case it purges). */
function counting(db: Db, hooks: { transaction?: () => void; query?: () => Promise<void> } = {}): Db & { transactions: number } {
  const wrapped = Object.create(db) as Db & { transactions: number };
  wrapped.transactions = 0;
  wrapped.transaction = (fn) => {
    wrapped.transactions += 1;
    hooks.transaction?.();
    return db.transaction(fn);
  };
  wrapped.query = async (sql, params) => {
    await hooks.query?.();
    return db.query(sql, params);
  };
  return wrapped;
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
    // Done at 14:40, before its 15:00 deadline; a late one done the next day. Neither time is dueAt.
    await audit(db, 'tasks', task, ['status'], '2025-01-10T14:40:00.000Z');
    const late = await put(db, 'tasks', { caseId: due, action: 'Terugbellen', assignee: 'anna', dueAt: '2025-01-10T16:00:00.000Z', status: 'verwerkt', note: 'nogmaals' });
    await audit(db, 'tasks', late, ['status', 'note'], '2025-01-11T09:00:00.000Z');
    // Closed a day later: not due yet on 10 January 2026. Open: never.
    const notYet = await put(db, 'cases', {
      number: 'OC-2025-K7Q-00008', kind: 'question', status: 'closed', channel: 'balie', question: 'q', createdAt: '2025-01-11T09:00:00.000Z',
      closedAt: '2025-01-11T10:00:00.000Z', visitor: { name: 'Jan' },
    });
    const open = await put(db, 'cases', { number: 'OC-2025-K7Q-00009', kind: 'question', status: 'open', channel: 'balie', question: 'q', createdAt: '2024-01-01T09:00:00.000Z', visitor: { name: 'Piet' } });
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const before = computeIndicators(await indicatorInput(db), period);
    const head = await headRevision(db);

    expect(await runHubRetentionPurge(db, new Date('2026-01-09T12:00:00Z'))).toEqual({ cases: 0, records: 0, failed: 0 });
    expect(await runHubRetentionPurge(db, new Date('2026-01-10T08:00:00Z'))).toEqual({ cases: 1, records: 4, failed: 0 });

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
      [['cases', due, 'hub'], ['contacts', confidential, 'hub'], ['tasks', task, 'hub'], ['tasks', late, 'hub']].sort(),
    );
    expect(JSON.stringify(pulled.changes)).not.toMatch(/Fatma|0612345678|ziekenhuis/);
    // The audit trail says who and which fields, never the values; desks pull it too.
    const trail = await pullAudit(db, 0, 100);
    expect(trail.events.filter((e) => e.actor === 'hub').map((e) => [e.action, e.actor, e.entity, e.recordId, e.fields]).sort()).toEqual(
      [
        ['privacy.purged', 'hub', 'cases', due, ['visitor']],
        ['privacy.purged', 'hub', 'contacts', confidential, ['summary']],
        ['privacy.purged', 'hub', 'tasks', task, ['note']],
        ['privacy.purged', 'hub', 'tasks', late, ['note']],
      ].sort(),
    );

    expect(await runHubRetentionPurge(db, new Date('2026-01-11T08:00:00Z'))).toEqual({ cases: 1, records: 1, failed: 0 }); // notYet's turn
    expect(await runHubRetentionPurge(db, new Date('2026-01-12T08:00:00Z'))).toEqual({ cases: 0, records: 0, failed: 0 });
    expect(computeIndicators(await indicatorInput(db), period)).toEqual(before);
    expect(before.referralsPerBody).toEqual({ 'Provincie Noord-Holland': 1 });
    // The check above can fail: the purge moved the tasks' last change (taking doneAt from it would turn both late).
    expect(before.callbacksOnTime).toMatchObject({ late: 1, open: 0 });
    expect(before.callbacksOnTime.share).toBe(0.5);
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
    expect(await runHubRetentionPurge(db, new Date('2026-06-01T08:00:00Z'))).toEqual({ cases: 0, records: 0, failed: 0 });
    expect(await runHubRetentionPurge(db, new Date('2026-07-10T08:00:00Z'))).toEqual({ cases: 1, records: 1, failed: 0 });
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
      await stop();
    }
  });

  it('month-end closures are purged on the day they fall due, not a day late; the Amsterdam day decides (review finding 4)', async () => {
    const { db } = hub;
    await retention(db, 1);
    // One month after 30 and 31 January is 28 February (clamped); 23:30Z on the 31st is 1 February in Amsterdam.
    const jan30 = await put(db, 'cases', closedCase(20, '2025-01-30T10:00:00.000Z'));
    const jan31 = await put(db, 'cases', closedCase(21, '2025-01-31T10:00:00.000Z'));
    const feb1 = await put(db, 'cases', closedCase(22, '2025-01-31T23:30:00.000Z'));
    expect(await runHubRetentionPurge(db, new Date('2025-02-27T22:30:00Z'))).toEqual({ cases: 0, records: 0, failed: 0 }); // still the 27th in Amsterdam
    expect(await runHubRetentionPurge(db, new Date('2025-02-27T23:30:00Z'))).toEqual({ cases: 2, records: 2, failed: 0 }); // 00:30 on the 28th
    expect((await data(db, 'cases', jan30)).visitor).toBeUndefined();
    expect((await data(db, 'cases', jan31)).visitor).toBeUndefined();
    expect((await data(db, 'cases', feb1)).visitor).toEqual({ name: 'Ayla Demir' });
    expect(await runHubRetentionPurge(db, new Date('2025-02-28T23:30:00Z'))).toEqual({ cases: 1, records: 1, failed: 0 });
  });

  it('a run does not lock cases purged on earlier days, not even one whose confidential referral keeps its sentence (review finding 5)', async () => {
    const { db } = hub;
    const plain = await put(db, 'cases', closedCase(30, '2025-01-10T10:00:00.000Z'));
    await put(db, 'tasks', { caseId: plain, action: 'Terugbellen', assignee: 'anna', dueAt: '2025-01-10T15:00:00.000Z', status: 'verwerkt', note: 'n' });
    const referred = await put(db, 'cases', closedCase(31, '2025-01-10T10:00:00.000Z'));
    await put(db, 'contacts', {
      caseId: referred, channel: 'telefoon', direction: 'inbound', startedAt: '2025-01-10T09:30:00.000Z', outcome: 'referred', confidential: true, topic: 'Parkeren',
      summary: 'Doorverwezen naar Provincie Noord-Holland (pv27), Woo art. 4.2. Mevrouw is ziek.',
    });
    const first = counting(db);
    expect(await runHubRetentionPurge(first, new Date('2026-01-10T08:00:00Z'))).toEqual({ cases: 2, records: 4, failed: 0 });
    expect(first.transactions).toBe(2);
    const head = await headRevision(db);
    const next = counting(db);
    expect(await runHubRetentionPurge(next, new Date('2026-01-11T08:00:00Z'))).toEqual({ cases: 0, records: 0, failed: 0 });
    expect(next.transactions).toBe(0);
    expect(await headRevision(db)).toBe(head);
  });

  it('one case that fails does not stop the run: the others are purged, the failure is logged by case id without personal data (review finding 10)', async () => {
    const { db } = hub;
    const a = await put(db, 'cases', closedCase(40, '2025-01-10T10:00:00.000Z', { name: 'Fatma Yılmaz' }));
    const b = await put(db, 'cases', closedCase(41, '2025-01-10T10:00:00.000Z', { name: 'Bas de Vries' }));
    const unreadable = await put(db, 'cases', closedCase(42, 'gisteren', { name: 'Cor' }));
    let calls = 0;
    const failing = counting(db, {
      transaction: () => {
        calls += 1;
        if (calls === 1) throw new Error('connection lost while writing Fatma Yılmaz');
      },
    });
    const lines: string[] = [];
    const result = await runHubRetentionPurge(failing, new Date('2026-01-10T08:00:00Z'), (level, message, error) => lines.push(`${level} ${message} ${String(error ?? '')}`));
    expect(result).toEqual({ cases: 1, records: 1, failed: 2 });
    const left = [(await data(db, 'cases', a)).visitor, (await data(db, 'cases', b)).visitor].filter(Boolean);
    expect(left).toHaveLength(1);
    const failedId = (await data(db, 'cases', a)).visitor ? a : b;
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toContain(failedId);
    expect(lines.join('\n')).toContain(unreadable);
    expect(lines.join('\n')).not.toMatch(/Fatma|Bas|Cor|gisteren|connection lost/);
    // The next run picks the failed case up.
    expect(await runHubRetentionPurge(db, new Date('2026-01-11T08:00:00Z'))).toEqual({ cases: 1, records: 1, failed: 1 });
  });

  it('stopping the schedule waits for a run in progress, so the hub does not close the database under it (review finding 8)', async () => {
    const { db } = hub;
    await put(db, 'cases', closedCase(50, '2025-01-10T10:00:00.000Z'));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    const slow = counting(db, {
      query: async () => {
        started = true;
        await gate;
      },
    });
    const lines: string[] = [];
    const stop = scheduleHubRetentionPurge(slow, (level, message) => lines.push(`${level} ${message}`), { firstAfterMs: 1, everyMs: 60_000, now: () => new Date('2026-02-01T08:00:00Z') });
    await expect.poll(() => started).toBe(true);
    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(lines).toEqual(['info retention purge: personal data removed from 1 closed cases (1 records)']);
  });
});
