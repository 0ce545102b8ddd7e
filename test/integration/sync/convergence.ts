/**
 * The convergence property (issue 8 proof), shared by the test (≥100 runs in `npm test`) and the
 * soak (`npm run soak`, 1,000 runs). Three desks; random offline edits (create, free text,
 * decision fields, visitor details, delete, Woo steps), reconnects, duplicate deliveries, lost and
 * replayed (reordered) responses, desk restarts, clocks off by up to ±10 minutes, pushes spanning
 * several batches. Afterwards: every desk equals the hub; every acknowledged contact exists once;
 * every concurrent change to a decision field is a recorded conflict or a desk superseding its own
 * change; no audit event is lost.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { expect } from 'vitest';
import { todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import { addDays, compareIsoDates } from '../../../shared/calendar/isoDate';
import { newId } from '../../../shared/ids';
import { applyWooStep, availableSteps, lastStepOn, newWooRequestState, type WooStep, type WooStepType } from '../../../shared/woo/lifecycle';
import type { WooLifecycleState } from '../../../shared/woo/request';
import { commitAction, type Change, type StepChange } from '../../../renderer/src/db/commit';
import { LoketDatabase, type StoredRecord } from '../../../renderer/src/db/database';
import { syncOnce, type FetchLike } from '../../../renderer/src/sync/engine';
import { HUB, type Hub } from './harness';

const DECISION = new Set(['status', 'assignee']);
const SYSTEM = new Set(['id', 'rev', 'createdAt', 'updatedAt', 'updatedBy', 'deleted', 'searchWords']);
const TABLE: Record<string, string> = { cases: 'cases', contacts: 'contacts', wooRequests: 'woo_requests' };
const today = addDays(todayInAmsterdam(), 1);

type Net = 'ok' | 'lose' | 'duplicate' | 'offline';
type Action =
  | { kind: 'create'; desk: number }
  | { kind: 'text'; desk: number; target: number; field: 'topic' | 'question'; value: string }
  | { kind: 'decision'; desk: number; target: number; status: 'open' | 'waiting' | 'closed'; assignee: 'anna' | 'bram' | null }
  | { kind: 'visitor'; desk: number; target: number; sub: 'name' | 'phone'; value: string }
  | { kind: 'delete'; desk: number; target: number }
  | { kind: 'step'; desk: number; type: WooStepType; days: number }
  | { kind: 'sync'; desk: number; net: Net }
  | { kind: 'replay'; desk: number }
  | { kind: 'restart'; desk: number };

const desk = fc.integer({ min: 0, max: 2 });
const target = fc.integer({ min: 0, max: 5 });
export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), desk }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('text' as const), desk, target, field: fc.constantFrom('topic' as const, 'question' as const), value: fc.constantFrom('a', 'b', 'c') }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('decision' as const), desk, target, status: fc.constantFrom('open' as const, 'waiting' as const, 'closed' as const), assignee: fc.constantFrom('anna' as const, 'bram' as const, null) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('visitor' as const), desk, target, sub: fc.constantFrom('name' as const, 'phone' as const), value: fc.constantFrom('x', 'y', 'z') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), desk, target }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('step' as const),
      desk,
      type: fc.constantFrom<WooStepType>('start-handling', 'request-precisering', 'end-suspension', 'extend', 'decide', 'close'),
      days: fc.integer({ min: 0, max: 3 }),
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('sync' as const), desk, net: fc.constantFrom<Net>('ok', 'ok', 'lose', 'duplicate', 'offline') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), desk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), desk }) },
);

export const scenarioArb = fc.record({
  actions: fc.array(actionArb, { minLength: 3, maxLength: 12 }),
  skewMinutes: fc.tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 })),
  pushBatch: fc.integer({ min: 1, max: 3 }),
});
export interface Scenario {
  actions: Action[];
  skewMinutes: [number, number, number];
  pushBatch: number;
}

interface Sent {
  clientId: string;
  mutation: { mutationId: string; entity: string; id: string; op: string; baseRev: number; patch: Record<string, unknown> };
  result: { status: string; rev: number; conflicts?: string[]; overruled?: string[] };
}

function dataOf(record: StoredRecord | Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key, value]) => !SYSTEM.has(key) && value !== undefined && value !== null));
}

export async function runScenario(hub: Hub, scenario: Scenario): Promise<void> {
  // Every run on an empty hub: three new desks, and a property about this run's records only.
  await hub.reset();
  const names = [0, 1, 2].map(() => `conv-${newId()}`);
  const desks = names.map((name) => new LoketDatabase(name));
  const sent = new Map<string, Sent>();
  const lastBody: (string | undefined)[] = [undefined, undefined, undefined];
  const cases: string[] = [];
  const contacts = new Set<string>();
  let wooId: string | undefined;
  const receivedOn = addDays(today, -12);
  const clock = (d: number) => new Date(Date.now() + scenario.skewMinutes[d]! * 60_000);

  const netFetch = (d: number, net: Net): FetchLike => async (url, init) => {
    if (net === 'offline') throw new TypeError('Failed to fetch');
    const isPush = url.endsWith('/sync/push');
    if (isPush) lastBody[d] = String(init!.body);
    let response = await hub.fetch(url, init);
    if (net === 'duplicate') response = await hub.fetch(url, init);
    if (isPush && response.ok) {
      const body = JSON.parse(String(init!.body)) as { clientId: string; mutations: Sent['mutation'][] };
      const answer = (await response.clone().json()) as { results: Sent['result'][] };
      body.mutations.forEach((mutation, i) => {
        if (!sent.has(mutation.mutationId)) sent.set(mutation.mutationId, { clientId: body.clientId, mutation, result: answer.results[i]! });
      });
    }
    if (net === 'lose') throw new TypeError('connection reset');
    return response;
  };

  try {
    // A Woo request everyone knows.
    {
      const caseRecord = await commitAction(desks[0]!, { actor: 'anna', action: 'case.opened' }, [
        { entity: 'cases', op: 'create', values: { number: `C-${newId()}`, kind: 'woo', status: 'open', channel: 'balie', question: 'Woo' } },
      ]);
      cases.push(caseRecord[0]!.id);
      const initial = newWooRequestState(receivedOn, { today });
      const [request] = await commitAction(desks[0]!, { actor: 'anna', action: 'woo.filed' }, [
        {
          entity: 'wooRequests',
          op: 'create',
          values: {
            caseId: caseRecord[0]!.id,
            bestuursorgaan: { code: 'gm0363', name: 'Gemeente' },
            subject: 'Stukken',
            disclosureForm: 'digitaal',
            decisionDelivery: 'email',
            channel: 'balie',
            filedOn: receivedOn,
            ...initial.state,
            decideBy: initial.term.decideBy,
            extensionNoticeBy: initial.term.extensionNoticeBy,
          },
        },
      ]);
      wooId = request!.id;
      for (const [d, db] of desks.entries()) await syncOnce(db, HUB, netFetch(d, 'ok'), { pushBatch: scenario.pushBatch });
    }

    for (const action of scenario.actions) {
      const db = desks[action.desk]!;
      const now = clock(action.desk);
      const live = async (index: number) => {
        const id = cases[index % cases.length]!;
        const record = await db.cases.get(id);
        return record && !record.deleted ? record : undefined;
      };
      switch (action.kind) {
        case 'create': {
          const id = newId();
          const contactId = newId();
          const changes: Change[] = [
            { entity: 'cases', op: 'create', id, values: { number: `C-${id}`, kind: 'question', status: 'open', channel: 'balie', question: 'q', visitor: { name: 'n' } } },
            { entity: 'contacts', op: 'create', id: contactId, values: { caseId: id, channel: 'balie', direction: 'inbound', startedAt: now.toISOString(), summary: 's', outcome: 'answered', confidential: false } },
          ];
          await commitAction(db, { actor: `desk${action.desk}`, action: 'contact.logged', now }, changes);
          cases.push(id);
          contacts.add(contactId);
          break;
        }
        case 'text': {
          const record = await live(action.target);
          if (record) await commitAction(db, { actor: `desk${action.desk}`, action: 'case.edited', now }, [{ entity: 'cases', op: 'patch', id: record.id, values: { [action.field]: action.value } }]);
          break;
        }
        case 'decision': {
          const record = await live(action.target);
          if (record)
            await commitAction(db, { actor: `desk${action.desk}`, action: 'case.status', now }, [
              { entity: 'cases', op: 'patch', id: record.id, values: { status: action.status, closedAt: action.status === 'closed' ? now.toISOString() : null, assignee: action.assignee } },
            ]);
          break;
        }
        case 'visitor': {
          const record = await live(action.target);
          if (record) {
            const visitor = { ...((record.visitor as Record<string, unknown> | undefined) ?? {}), [action.sub]: action.value };
            await commitAction(db, { actor: `desk${action.desk}`, action: 'case.visitor', now }, [{ entity: 'cases', op: 'patch', id: record.id, values: { visitor } }]);
          }
          break;
        }
        case 'delete': {
          const record = await live(action.target);
          // The Woo request's case stays, so steps always have a request to work on.
          if (record && record.id !== cases[0]) await commitAction(db, { actor: `desk${action.desk}`, action: 'case.deleted', now }, [{ entity: 'cases', op: 'delete', id: record.id }]);
          break;
        }
        case 'step': {
          const record = wooId ? await db.wooRequests.get(wooId) : undefined;
          if (!record || record.deleted) break;
          const state = record as unknown as WooLifecycleState;
          if (!availableSteps(state, { today }).includes(action.type)) break;
          let on = addDays(lastStepOn(state), action.days);
          if (compareIsoDates(on, today) > 0) on = today;
          const step: WooStep =
            action.type === 'request-precisering'
              ? { type: action.type, on, answerBy: addDays(on, 7) }
              : action.type === 'extend'
                ? { type: 'extend', on, reason: 'Veel documenten' }
                : action.type === 'decide'
                  ? { type: 'decide', on, outcome: 'openbaar' }
                  : ({ type: action.type, on } as WooStep);
          try {
            const result = applyWooStep(state, step, { today });
            const values = { ...result.state, decideBy: result.term.decideBy, extensionNoticeBy: result.term.extensionNoticeBy };
            const change: StepChange = { entity: 'wooRequests', op: 'step', id: record.id, values, step };
            await commitAction(db, { actor: `desk${action.desk}`, action: `woo.${step.type}`, now }, [change]);
          } catch {
            // Not possible on this desk's state: nothing is stored, as in the app.
          }
          break;
        }
        case 'sync':
          await syncOnce(db, HUB, netFetch(action.desk, action.net), { pushBatch: scenario.pushBatch }).catch((error: unknown) => {
            if (!(error instanceof Error && error.name === 'SyncError')) throw error;
          });
          break;
        case 'replay':
          // A late copy of this desk's previous push arrives (a reordered, duplicated delivery).
          if (lastBody[action.desk]) {
            const response = await hub.fetch(`${HUB}/sync/push`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: lastBody[action.desk]! });
            expect([200, 409]).toContain(response.status);
          }
          break;
        case 'restart':
          desks[action.desk]!.close();
          desks[action.desk] = new LoketDatabase(names[action.desk]!);
          break;
      }
    }

    // Everyone online until a whole round sends nothing: then every desk has pulled after the last push.
    for (let round = 0, pushed = 1; pushed > 0 && round < 5; round++) {
      pushed = 0;
      for (const [d, db] of desks.entries()) pushed += (await syncOnce(db, HUB, netFetch(d, 'ok'), { pushBatch: scenario.pushBatch })).pushed;
    }

    // 1. Every desk equals the hub, record by record.
    for (const [entity, table] of Object.entries(TABLE)) {
      const ids = entity === 'cases' ? cases : entity === 'contacts' ? [...contacts] : [wooId!];
      const { rows } = await hub.db.query<{ id: string; rev: number; deleted: boolean; data: Record<string, unknown> }>(
        `select id, rev, deleted, data from ${table} where id = any($1::uuid[])`,
        [ids],
      );
      const hubRows = new Map(rows.map((row) => [row.id, row]));
      for (const db of desks) {
        expect(await db.outbox.count()).toBe(0);
        for (const id of ids) {
          const hubRow = hubRows.get(id);
          const local = await db.table$(entity as 'cases').get(id);
          if (!hubRow) {
            // Only a record refused by the hub may be missing, and then from every desk's view as a refused entry.
            expect(local?.rev ?? 0, `${entity} ${id} missing on the hub`).toBe(0);
            continue;
          }
          expect(local, `${entity} ${id} missing on a desk`).toBeDefined();
          expect({ rev: local!.rev, deleted: local!.deleted }).toEqual({ rev: hubRow.rev, deleted: hubRow.deleted });
          if (!hubRow.deleted) expect(dataOf(local!)).toEqual(dataOf(hubRow.data));
        }
      }
    }
    // 2. Every acknowledged contact exists exactly once.
    const acknowledged = [...sent.values()].filter((s) => s.mutation.entity === 'contacts' && s.mutation.op === 'create').map((s) => s.mutation.id);
    if (acknowledged.length) {
      const { rows } = await hub.db.query<{ id: string; n: number }>('select id, count(*)::int as n from contacts where id = any($1::uuid[]) group by id', [acknowledged]);
      expect(rows.length).toBe(new Set(acknowledged).size);
      for (const row of rows) expect(row.n).toBe(1);
    }
    // 3. Decision fields: replay the hub's order; a change over another desk's newer value is a conflict.
    const applied = [...sent.values()].filter((s) => s.mutation.entity === 'cases' && s.mutation.op === 'patch').sort((x, y) => x.result.rev - y.result.rev);
    const lastSet = new Map<string, { rev: number; client: string; value: unknown }>();
    for (const s of [...sent.values()].sort((x, y) => x.result.rev - y.result.rev)) {
      if (s.mutation.entity !== 'cases') continue;
      // Absent and null are the same (null clears a field).
      if (s.mutation.op === 'create') for (const f of DECISION) lastSet.set(`${s.mutation.id}.${f}`, { rev: s.result.rev, client: s.clientId, value: s.mutation.patch[f] ?? null });
      if (s.mutation.op !== 'patch' || !applied.includes(s)) continue;
      if (s.result.status === 'conflict' && s.result.conflicts?.includes('deleted')) continue;
      for (const f of DECISION) {
        if (!(f in s.mutation.patch)) continue;
        expect(s.result.overruled ?? [], `a decision field (${f}) may conflict, never be overruled`).not.toContain(f);
        const key = `${s.mutation.id}.${f}`;
        const previous = lastSet.get(key);
        const value = s.mutation.patch[f] ?? null;
        const concurrent = previous && previous.rev > s.mutation.baseRev && previous.client !== s.clientId && JSON.stringify(previous.value) !== JSON.stringify(value);
        if (concurrent) expect(s.result.conflicts ?? [], `concurrent ${f} change without a conflict`).toContain(f);
        if (!s.result.conflicts?.includes(f) && s.result.status !== 'unchanged' && (!previous || JSON.stringify(previous.value) !== JSON.stringify(value))) {
          lastSet.set(key, { rev: s.result.rev, client: s.clientId, value });
        }
      }
    }
    const { rows: conflictRows } = await hub.db.query<{ mutation_id: string; field: string }>('select mutation_id, field from conflicts where mutation_id = any($1::uuid[])', [[...sent.keys()]]);
    const reported = [...sent.values()].flatMap((s) => (s.result.conflicts ?? []).map((f) => `${s.mutation.mutationId}:${f}`)).sort();
    expect(conflictRows.map((row) => `${row.mutation_id}:${row.field}`).sort()).toEqual(reported);
    // 4. No audit event lost: every event any desk made is on the hub and on every desk.
    const made = new Set<string>();
    for (const db of desks) for (const event of await db.audit.toArray()) made.add(event.id);
    const { rows: onHub } = await hub.db.query<{ id: string }>('select id from audit where id = any($1::uuid[])', [[...made]]);
    expect(onHub.length).toBe(made.size);
    for (const db of desks) expect(await db.audit.where('id').anyOf([...made]).count()).toBe(made.size);
  } finally {
    for (const db of desks) {
      db.close();
      await db.delete().catch(() => undefined);
    }
  }
}
