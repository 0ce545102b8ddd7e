/**
 * Sync: the Woo lifecycle travels as steps the hub replays with shared/woo/lifecycle (issue 8
 * point 2). Concurrent steps from several desks end as a recorded conflict, never a mixed state.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import { addDays, compareIsoDates } from '../../../shared/calendar/isoDate';
import { newId } from '../../../shared/ids';
import { applyWooStep, availableSteps, lastStepOn, newWooRequestState, type WooStep, type WooStepType } from '../../../shared/woo/lifecycle';
import { WOO_OUTCOMES, type WooLifecycleState } from '../../../shared/woo/request';
import { commitAction } from '../../../renderer/src/db/commit';
import type { LoketDatabase } from '../../../renderer/src/db/database';
import { syncOnce, type FetchLike } from '../../../renderer/src/sync/engine';
import { disposeStations, HUB, fileWooRequest, hubRecord, startHub, station, type Hub } from './harness';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await disposeStations();
  await hub.dispose();
});

// The hub judges steps on its own calendar plus one day; the desks here use the same day.
const today = addDays(todayInAmsterdam(), 1);
const LIFECYCLE = ['status', 'receivedOn', 'suspensions', 'handlingSince', 'extension', 'decision', 'closedOn', 'decideBy', 'extensionNoticeBy'] as const;

function lifecycle(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(LIFECYCLE.filter((field) => record[field] !== undefined && record[field] !== null).map((field) => [field, record[field]]));
}

const fileRequest = (desk: LoketDatabase, receivedOn: string) => fileWooRequest(desk, receivedOn, today);

/** What features/woo/repository.ts takeWooStep does: the step's state here, the step itself to the hub. */
async function takeStep(desk: LoketDatabase, id: string, step: WooStep): Promise<boolean> {
  const record = (await desk.wooRequests.get(id))!;
  let result;
  try {
    result = applyWooStep(record as unknown as WooLifecycleState, step, { today });
  } catch {
    return false;
  }
  const values: Record<string, unknown> = { ...result.state, decideBy: result.term.decideBy, extensionNoticeBy: result.term.extensionNoticeBy };
  await commitAction(desk, { actor: 'anna', action: `woo.${step.type}` }, [{ entity: 'wooRequests', op: 'step', id, values, step }]);
  return true;
}

/** Records every step the hub accepted, with its revision, from the push answers. */
function recorder() {
  const accepted: { rev: number; step: WooStep }[] = [];
  const refused: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    const response = await hub.fetch(url, init);
    if (url.endsWith('/sync/push') && response.ok) {
      const body = JSON.parse(String(init!.body)) as { mutations: { mutationId: string; op: string; step?: WooStep }[] };
      const answer = (await response.clone().json()) as { results: { mutationId: string; status: string; rev: number }[] };
      body.mutations.forEach((mutation, index) => {
        const result = answer.results[index]!;
        if (mutation.op !== 'step') return;
        if (result.status === 'applied') accepted.push({ rev: result.rev, step: mutation.step! });
        else refused.push(mutation.mutationId);
      });
    }
    return response;
  };
  return { accepted, refused, fetch };
}

describe('Woo lifecycle as steps', () => {
  it('two desks deciding the same request: one decision stands, the other is a recorded conflict', async () => {
    const a = station();
    const b = station();
    const receivedOn = addDays(today, -10);
    const id = await fileRequest(a, receivedOn);
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    expect(await takeStep(a, id, { type: 'extend', on: addDays(receivedOn, 2), reason: 'Veel documenten' })).toBe(true);
    expect(await takeStep(b, id, { type: 'decide', on: addDays(receivedOn, 3), outcome: 'openbaar' })).toBe(true);
    expect(await takeStep(b, id, { type: 'close', on: addDays(receivedOn, 3) })).toBe(true);
    await syncOnce(b, HUB, hub.fetch);
    const outcome = await syncOnce(a, HUB, hub.fetch);
    // Per-field merge used to give "verdaagd" with a decision; now A's verdaging after a decision is refused.
    expect(outcome.conflicts).toBe(1);
    const stored = (await hubRecord(hub.db, 'woo_requests', id))!.data;
    expect(stored).toMatchObject({ status: 'gesloten', decision: { outcome: 'openbaar' } });
    expect(stored.extension).toBeUndefined();
    const { rows } = await hub.db.query<{ field: string; client_value: { step: WooStep } }>('select field, client_value from conflicts where record_id = $1', [id]);
    expect(rows).toEqual([{ field: 'lifecycle', client_value: expect.objectContaining({ step: expect.objectContaining({ type: 'extend' }) }) }]);
    await syncOnce(b, HUB, hub.fetch);
    expect(lifecycle((await a.wooRequests.get(id))!)).toEqual(lifecycle(stored));
  });

  it('refuses lifecycle fields in a plain patch, and a new request that does not start as received', async () => {
    const a = station();
    const id = await fileRequest(a, addDays(today, -5));
    await syncOnce(a, HUB, hub.fetch);
    const push = (mutation: Record<string, unknown>) =>
      hub.app.request('/sync/push', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ clientId: newId(), schemaVersion: 6, protocol: 2, mutations: [{ mutationId: newId(), seq: 1, baseRev: 0, at: new Date().toISOString(), ...mutation }] }),
      });
    const patched = await push({ entity: 'wooRequests', id, op: 'patch', patch: { status: 'gesloten' } });
    expect(patched.status).toBe(400);
    const born = await push({ entity: 'wooRequests', id: newId(), op: 'create', patch: { receivedOn: addDays(today, -5), status: 'besloten' } });
    expect(born.status).toBe(400);
    expect((await hubRecord(hub.db, 'woo_requests', id))!.data.status).toBe('ontvangen');
  });

  it('property: random concurrent steps from 2–3 desks leave only states the lifecycle can produce, on the hub and on every desk', async () => {
    const stepTypes: WooStepType[] = ['start-handling', 'request-precisering', 'request-zienswijze', 'end-suspension', 'extend', 'decide', 'close'];
    const action = fc.record({
      desk: fc.integer({ min: 0, max: 2 }),
      type: fc.constantFrom(...stepTypes),
      days: fc.integer({ min: 0, max: 4 }),
      outcome: fc.constantFrom(...WOO_OUTCOMES),
      sync: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 5, max: 40 }), fc.array(action, { minLength: 2, maxLength: 10 }), async (deskCount, age, actions) => {
        const desks = Array.from({ length: deskCount }, () => station());
        const rec = recorder();
        const receivedOn = addDays(today, -age);
        const id = await fileRequest(desks[0]!, receivedOn);
        for (const desk of desks) await syncOnce(desk, HUB, rec.fetch);
        for (const act of actions) {
          const desk = desks[act.desk % deskCount]!;
          const state = (await desk.wooRequests.get(id)) as unknown as WooLifecycleState;
          if (!availableSteps(state, { today }).includes(act.type)) continue;
          let on = addDays(lastStepOn(state), act.days);
          if (compareIsoDates(on, today) > 0) on = today;
          const step: WooStep =
            act.type === 'request-precisering' || act.type === 'request-zienswijze'
              ? { type: act.type, on, answerBy: addDays(on, 14) }
              : act.type === 'extend'
                ? { type: 'extend', on, reason: 'Omvangrijk verzoek' }
                : act.type === 'decide'
                  ? { type: 'decide', on, outcome: act.outcome }
                  : { type: act.type, on };
          await takeStep(desk, id, step);
          if (act.sync) await syncOnce(desk, HUB, rec.fetch);
        }
        for (let round = 0; round < 2; round++) for (const desk of desks) await syncOnce(desk, HUB, rec.fetch);

        const stored = (await hubRecord(hub.db, 'woo_requests', id))!.data;
        // The hub's state is exactly what the engine produces from the steps it accepted, in order.
        let replay = newWooRequestState(receivedOn, { today });
        for (const { step } of rec.accepted.sort((x, y) => x.rev - y.rev)) replay = applyWooStep(replay.state, step, { today });
        expect(lifecycle(stored), JSON.stringify([stored, rec.accepted])).toEqual(lifecycle({ ...replay.state, decideBy: replay.term.decideBy, extensionNoticeBy: replay.term.extensionNoticeBy }));
        // Every step the hub did not take is a recorded conflict.
        const { rows } = await hub.db.query<{ n: number }>("select count(*)::int as n from conflicts where record_id = $1 and field = 'lifecycle'", [id]);
        expect(rows[0]!.n).toBe(rec.refused.length);
        for (const desk of desks) {
          expect(await desk.outbox.count()).toBe(0);
          expect(lifecycle((await desk.wooRequests.get(id))!)).toEqual(lifecycle(stored));
        }
      }),
      { numRuns: Number(process.env.SYNC_LIFECYCLE_RUNS ?? 10) },
    );
  }, 240_000);
});
