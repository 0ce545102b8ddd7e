import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentreSync } from '../../centre';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { setStationCode, useActor } from '../../workstation';
import { Inbox } from './Inbox';

/**
 * Each resolution in the coordinator's inbox is in the audit trail with who and when (issue 10
 * point 6): taking the other desk's value in a conflict, keeping the standing one, and letting a
 * change the hub refused go.
 */
const caseId = crypto.randomUUID();
const refusedCaseId = crypto.randomUUID();
const conflictOf = (id: string, field: string, hubValue: unknown, clientValue: unknown) => ({
  id, entity: 'cases', recordId: caseId, field, hubValue, clientValue, hubBy: 'anna@K7Q', hubAt: '2026-03-05T09:00:00.000Z', clientStation: 'L2X', createdAt: '2026-03-06T10:30:00.000Z',
});
let conflicts = [conflictOf('01900000-0000-7000-8000-0000000000c1', 'topic', 'Afval', 'Parkeren'), conflictOf('01900000-0000-7000-8000-0000000000c2', 'assignee', 'anna', 'bram')];
const resolved: { url: string; body: unknown }[] = [];

let stop: () => void;
beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  // Nobody signed in: the workstation is the actor.
  await setStationCode(database(), 'K9C');
  await commitAction(database(), { actor: 'anna@K7Q', action: 'case.opened' }, [
    { entity: 'cases', op: 'create', id: caseId, values: { number: 'OC-2026-K7Q-00031', kind: 'question', status: 'open', channel: 'balie', question: 'q', topic: 'Afval', assignee: 'anna' } },
  ]);
  stop = startCentreSync({
    hubUrl: async () => 'http://hub.test',
    fetch: async (url, init) => {
      if (url.endsWith('/resolve')) {
        resolved.push({ url, body: JSON.parse(String(init?.body)) });
        conflicts = conflicts.filter((c) => !url.includes(c.id));
        return Response.json(null);
      }
      return url.endsWith('/centre/conflicts') ? Response.json({ conflicts }) : Response.json({ settings: null, rev: 0, updatedAt: null, updatedBy: null });
    },
  });
});
afterAll(() => {
  cleanup();
  stop();
});

// The hub answers through the centre sync's fetch: on a loaded machine that takes longer than a second.
const SLOW = { timeout: 10_000 };

/**
 * The station code is read by a live query: until it has loaded, a screen's actor is
 * 'werkplek-onbekend'. Rendered beside the inbox, this tells when it has.
 */
function ActorShown() {
  return <span data-testid="actor">{useActor()}</span>;
}
async function renderInbox() {
  cleanup();
  render(
    <>
      <Inbox />
      <ActorShown />
    </>,
  );
  await waitFor(() => expect(screen.getByTestId('actor').textContent).toBe('werkplek-K9C'), SLOW);
}
const auditOf = async (recordId: string) => (await database().audit.where('recordId').equals(recordId).toArray()).filter((e) => e.action !== 'case.opened');

describe('inbox resolutions are audited', () => {
  it('taking the other value writes conflict.resolved (who, when, field) with the change that syncs; keeping writes conflict.kept', async () => {
    const user = userEvent.setup();
    await renderInbox();
    const before = new Date().toISOString();
    await user.click(await screen.findByRole('button', { name: '‘Parkeren’ kiezen' }, SLOW));
    await waitFor(() => expect(resolved).toHaveLength(1), SLOW);
    const after = new Date().toISOString();
    const [taken] = await auditOf(caseId);
    expect(taken).toMatchObject({ action: 'conflict.resolved', entity: 'cases', fields: ['topic'] });
    expect(taken!.actor).toBe('werkplek-K9C');
    expect(taken!.at >= before && taken!.at <= after).toBe(true);
    expect((await database().cases.get(caseId))!.topic).toBe('Parkeren');
    expect((await database().outbox.where('id').equals(caseId).toArray()).at(-1)!.patch).toEqual({ topic: 'Parkeren' });
    expect(resolved[0]).toEqual({ url: 'http://hub.test/centre/conflicts/01900000-0000-7000-8000-0000000000c1/resolve', body: { choice: 'client' } });

    await user.click(await screen.findByRole('button', { name: '‘anna’ houden' }, SLOW));
    await waitFor(() => expect(resolved).toHaveLength(2), SLOW);
    const kept = (await auditOf(caseId)).find((e) => e.action === 'conflict.kept')!;
    expect(kept).toMatchObject({ entity: 'cases', fields: ['assignee'], actor: 'werkplek-K9C' });
    expect(kept.at >= after).toBe(true);
    expect((await database().cases.get(caseId))!.assignee).toBe('anna');
    expect(resolved[1]!.body).toEqual({ choice: 'hub' });
  });

  it('letting a refused change go is audited (who, when) and the refused new record leaves this desk', async () => {
    const db = database();
    await commitAction(db, { actor: 'anna@K7Q', action: 'case.opened' }, [
      { entity: 'cases', op: 'create', id: refusedCaseId, values: { number: 'OC-2026-K7Q-00032', kind: 'question', status: 'open', channel: 'balie', question: 'q' } },
    ]);
    const [entry] = await db.outbox.where('id').equals(refusedCaseId).toArray();
    await db.outbox.where('id').equals(refusedCaseId).delete();
    await db.syncIssues.add({ kind: 'refused', entity: 'cases', id: refusedCaseId, at: '2026-03-06T10:30:00.000Z', reason: 'invalid: topic', entry: entry! });
    const user = userEvent.setup();
    await renderInbox();
    const before = new Date().toISOString();
    await user.click(await screen.findByRole('button', { name: 'Wijziging laten vallen' }, SLOW));
    await waitFor(async () => expect(await db.syncIssues.count()).toBe(0), SLOW);
    const [event] = await auditOf(refusedCaseId);
    expect(event).toMatchObject({ action: 'inbox.discarded', entity: 'cases', recordId: refusedCaseId });
    expect(event!.actor).toBe('werkplek-K9C');
    expect(event!.at >= before).toBe(true);
    // Never accepted by the hub (rev 0): the record goes.
    expect(await db.cases.get(refusedCaseId)).toBeUndefined();
  });
});
