import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { silentLog } from '../log';
import type { PullResponse } from '../sync/protocol';
import { backends } from '../testing/backends';
import { migratedDatabase } from '../testing/hubApp';
import { PROTOCOL_VERSION } from '../../../shared/sync/mutation';
import { wooRequestFieldsSchema, WOO_STATUSES, type WooLifecycleState } from '../../../shared/woo/request';
import { applyWooStep, newWooRequestState, termOf } from '../../../shared/woo/lifecycle';
import { parseCaseNumber } from '../../../shared/caseNumber/caseNumber';
import { demoCaseRecords, seedDemoCases } from './cases';

// A Monday afternoon in spring: 14:00 in Amsterdam (CEST).
const NOW = new Date('2026-04-20T12:00:00Z');
const records = demoCaseRecords(NOW);
const of = (entity: string) => records.filter((record) => record.entity === entity);

describe('the demo year of the Openbaarheidscentrum Voorbeeldstad', () => {
  it('holds 300 cases, each with a first contact, callbacks and Woo requests among them', () => {
    expect(of('cases')).toHaveLength(300);
    const caseIds = new Set(of('cases').map((record) => record.id));
    for (const entity of ['contacts', 'tasks', 'wooRequests']) {
      for (const record of of(entity)) expect(caseIds.has(record.data.caseId as string)).toBe(true);
    }
    expect(new Set(of('contacts').map((record) => record.data.caseId)).size).toBe(300);
    expect(of('tasks').length).toBeGreaterThanOrEqual(20);
    expect(of('tasks').some((record) => record.data.status === 'te_verwerken')).toBe(true);
    expect(of('wooRequests').length).toBeGreaterThanOrEqual(40);
    expect(new Set(of('cases').map((record) => record.data.status))).toEqual(new Set(['open', 'waiting', 'closed']));
    expect(new Set(of('cases').map((record) => record.data.number)).size).toBe(300);
    for (const record of of('cases')) expect(parseCaseNumber(record.data.number as string)).toMatchObject({ station: "DEM" });
  });

  it('gives every callback a name and a phone number to call', () => {
    const cases = new Map(of('cases').map((record) => [record.id, record.data]));
    for (const task of of('tasks')) {
      const visitor = cases.get(task.data.caseId as string)!.visitor as { name?: string; phone?: string } | undefined;
      expect(visitor?.name).toMatch(/\S/);
      expect(visitor?.phone).toMatch(/^06-00\d{6}$/);
    }
  });

  it('spreads the cases over each of the last 12 months, none in the future', () => {
    const months = new Set(of('cases').map((record) => record.at.slice(0, 7)));
    // 2025-04-21 … 2026-04-20 touches 13 calendar months.
    expect(months.size).toBeGreaterThanOrEqual(12);
    for (const record of records) expect(new Date(record.at).getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(of('cases').filter((record) => record.at.startsWith('2026-04-20')).length).toBeGreaterThanOrEqual(8);
  });

  it('has Woo requests in every lifecycle state, each valid and reachable by lawful steps', () => {
    const requests = of('wooRequests').map((record) => wooRequestFieldsSchema.parse(record.data));
    expect(new Set(requests.map((request) => request.status))).toEqual(new Set(WOO_STATUSES));
    for (const request of requests) {
      expect(request.bestuursorgaan.name).toMatch(/Voorbeeldstad$/);
      // Replay: the stored state must be what the lifecycle gives for its own dates.
      let state: WooLifecycleState = newWooRequestState(request.receivedOn, { today: '2026-04-20' }).state;
      if (request.handlingSince) state = applyWooStep(state, { type: 'start-handling', on: request.handlingSince }, { today: '2026-04-20' }).state;
      const suspension = request.suspensions[0];
      if (suspension) {
        const type = suspension.kind === 'precisering' ? 'request-precisering' : 'request-zienswijze';
        state = applyWooStep(state, { type, on: suspension.requestedOn, answerBy: suspension.answerBy }, { today: '2026-04-20' }).state;
      }
      if (request.extension) state = applyWooStep(state, { type: 'extend', ...request.extension, on: request.extension.noticeOn }, { today: '2026-04-20' }).state;
      if (request.decision) state = applyWooStep(state, { type: 'decide', on: request.decision.decidedOn, outcome: request.decision.outcome }, { today: '2026-04-20' }).state;
      if (request.closedOn) state = applyWooStep(state, { type: 'close', on: request.closedOn }, { today: '2026-04-20' }).state;
      expect(state.status).toBe(request.status);
      expect(request.decideBy).toBe(termOf(state).decideBy);
    }
  });

  it('is the same every run (fixed seed) and names no real city or phone number', () => {
    expect(demoCaseRecords(NOW)).toEqual(records);
    const text = JSON.stringify(records);
    expect(text).not.toMatch(/Amsterdam|14 ?020|624 ?1111|amsterdam\.nl/i);
    for (const record of of('cases')) {
      const phone = (record.data.visitor as { phone?: string } | undefined)?.phone;
      if (phone) expect(phone).toMatch(/^06-00\d{6}$/);
    }
  });
});

describe.each(backends)('demo cases on $name', (backend) => {
  const database = migratedDatabase(backend);

  it('are seeded once: a second run adds nothing and hands out no revisions; desks pull them', async () => {
    const first = await seedDemoCases(database.db, { now: NOW });
    expect(first).toEqual({ added: records.length, alreadyPresent: 0 });
    const head = (await database.db.query('select value from revision_counter')).rows[0];
    expect(await seedDemoCases(database.db, { now: NOW })).toEqual({ added: 0, alreadyPresent: records.length });
    expect((await database.db.query('select value from revision_counter')).rows[0]).toEqual(head);

    const app = createApp({ db: database.db, log: silentLog });
    const changes: PullResponse['changes'] = [];
    let since = 0;
    for (;;) {
      const page: PullResponse = await (await app.request(`/sync/pull?since=${since}&protocol=${PROTOCOL_VERSION}`)).json();
      changes.push(...page.changes);
      if (!page.hasMore) break;
      since = page.checkpoint;
    }
    expect(changes.filter((change) => change.entity === 'cases')).toHaveLength(300);
    expect(changes.filter((change) => change.entity === 'wooRequests')).toHaveLength(of('wooRequests').length);
  });
});
