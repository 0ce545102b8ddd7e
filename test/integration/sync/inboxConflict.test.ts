/**
 * Sync: a Woo lifecycle conflict reaches the coordinator (issue 8 points 2 and 4). Two desks decide
 * the same request differently; the later decision is not merged into the record but kept as a
 * `lifecycle` conflict, and the hub's list the coordinator's inbox reads (GET /centre/conflicts,
 * checked with the inbox's own schema) shows it with both values. PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import { addDays } from '../../../shared/calendar/isoDate';
import { conflictDetailSchema } from '../../../shared/centre/conflicts';
import { applyWooStep, type WooStep } from '../../../shared/woo/lifecycle';
import type { WooLifecycleState } from '../../../shared/woo/request';
import { backends } from '../../../server/src/testing/backends';
import { commitAction } from '../../../renderer/src/db/commit';
import type { LoketDatabase } from '../../../renderer/src/db/database';
import { syncOnce } from '../../../renderer/src/sync/engine';
import { disposeStations, HUB, fileWooRequest, hubRecord, startHub, station, type Hub } from './harness';

const today = addDays(todayInAmsterdam(), 1);

const fileRequest = (desk: LoketDatabase, receivedOn: string) => fileWooRequest(desk, receivedOn, today);

/** As features/woo takes a step: the new state here, the step itself to the hub. */
async function decide(desk: LoketDatabase, id: string, step: WooStep, actor: string): Promise<void> {
  const record = (await desk.wooRequests.get(id))!;
  const result = applyWooStep(record as unknown as WooLifecycleState, step, { today });
  const values = { ...result.state, decideBy: result.term.decideBy, extensionNoticeBy: result.term.extensionNoticeBy };
  await commitAction(desk, { actor, action: `woo.${step.type}` }, [{ entity: 'wooRequests', op: 'step', id, values, step }]);
}

describe.each(backends)('a Woo lifecycle conflict in the coordinator inbox on $name', (backend) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(backend);
  });
  afterAll(async () => {
    await disposeStations();
    await hub.dispose();
  });

  it('two desks deciding the same request differently: one decision stands, the other is listed for the coordinator with both values', async () => {
    const a = station();
    const b = station();
    const receivedOn = addDays(today, -10);
    const id = await fileRequest(a, receivedOn);
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);

    await decide(a, id, { type: 'decide', on: addDays(receivedOn, 3), outcome: 'openbaar' }, 'anna');
    await decide(b, id, { type: 'decide', on: addDays(receivedOn, 4), outcome: 'niet-openbaar' }, 'bram');
    expect((await syncOnce(a, HUB, hub.fetch)).conflicts).toBe(0);
    expect((await syncOnce(b, HUB, hub.fetch)).conflicts).toBe(1);

    // Never a mixed state: the first decision stands whole.
    const stored = (await hubRecord(hub.db, 'woo_requests', id))!.data;
    expect(stored).toMatchObject({ status: 'besloten', decision: { outcome: 'openbaar' } });

    const response = await hub.app.request('/centre/conflicts');
    expect(response.status).toBe(200);
    const { conflicts } = z.object({ conflicts: z.array(conflictDetailSchema) }).parse(await response.json());
    const mine = conflicts.filter((c) => c.recordId === id);
    expect(mine).toHaveLength(1);
    const [conflict] = mine;
    expect(conflict).toMatchObject({
      entity: 'wooRequests',
      field: 'lifecycle',
      // The value that stands: the hub's lifecycle state with desk A's decision…
      hubValue: { status: 'besloten', decision: { outcome: 'openbaar' } },
      // …and the one that did not: desk B's step and the lifecycle engine's reason.
      clientValue: { step: { type: 'decide', outcome: 'niet-openbaar' }, reason: expect.any(String) },
    });
    expect((conflict!.clientValue as { reason: string }).reason.length).toBeGreaterThan(3);
    expect(conflict!.hubAt).not.toBeNull();

    // Desk B shows the hub's decision again, not its own, and has a notice of the conflict.
    await syncOnce(b, HUB, hub.fetch);
    expect(await b.wooRequests.get(id)).toMatchObject({ status: 'besloten', decision: { outcome: 'openbaar' } });
    expect(await b.syncIssues.where('kind').equals('conflict').count()).toBe(1);
  });
});
