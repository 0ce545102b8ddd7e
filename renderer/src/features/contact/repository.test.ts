import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyIntake, type IntakeDraft, validateIntake } from '../../../../shared/model/intake';
import { LoketDatabase } from '../../db/database';
import { setStationCode } from '../../workstation';
import { caseTimeline, getCase } from '../cases';
import { openTasksDueBy, setTaskStatus } from '../cases';
import { CaseGoneError } from '../cases';
import { contactsSince, saveIntake, undoIntake } from './repository';

const names: string[] = [];
async function freshDb() {
  const name = `test-${crypto.randomUUID()}`;
  names.push(name);
  const db = new LoketDatabase(name);
  await setStationCode(db, 'K7');
  return db;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const opened = new Date(2026, 4, 11, 9, 0);
const saved = new Date(2026, 4, 11, 9, 3, 20);

function input(change: (draft: IntakeDraft) => void = () => undefined, casePhoneKnown = false) {
  const draft = emptyIntake({ now: opened, channel: 'telefoon', assignee: 'Team Openbaarheid' });
  draft.question = 'Wanneer wordt het grofvuil opgehaald in de Dorpsstraat?';
  change(draft);
  const result = validateIntake(draft, { now: saved, casePhoneKnown });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const withCallback = (draft: IntakeDraft) => {
  draft.topic = 'Afval en reiniging';
  draft.outcome = 'callback-needed';
  draft.visitor.phone = '06-12345678';
  draft.callback = { ...draft.callback, enabled: true, due: 'today-16', note: 'Na de lunch' };
};

describe('saveIntake', () => {
  it('stores case, contact and callback task with their outbox entries and audit events in one action', async () => {
    const db = await freshDb();
    const result = await saveIntake(db, input(withCallback), { actor: 'werkplek-K7', now: saved });
    expect(result).toMatchObject({ caseNumber: 'OC-2026-K7-00001', caseCreated: true, dueAt: new Date(2026, 4, 11, 16).toISOString() });

    expect(await getCase(result.caseId, db)).toMatchObject({
      number: 'OC-2026-K7-00001',
      kind: 'question',
      status: 'open',
      channel: 'telefoon',
      topic: 'Afval en reiniging',
      visitor: { phone: '06-12345678' },
    });
    expect(await db.contacts.get(result.contactId)).toMatchObject({
      caseId: result.caseId,
      channel: 'telefoon',
      direction: 'inbound',
      startedAt: opened.toISOString(),
      durationSeconds: 200,
      outcome: 'callback-needed',
      summary: 'Wanneer wordt het grofvuil opgehaald in de Dorpsstraat?',
    });
    expect(await db.tasks.get(result.taskId!)).toMatchObject({ caseId: result.caseId, action: 'Terugbellen', assignee: 'Team Openbaarheid', status: 'te_verwerken', note: 'Na de lunch' });

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((m) => [m.entity, m.op])).toEqual([['cases', 'create'], ['contacts', 'create'], ['tasks', 'create']]);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(3);
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(['contact.logged']));
    // The audit names fields, never copies the visitor's data.
    expect(JSON.stringify(audit)).not.toContain('12345678');
    db.close();
  });

  it('closes a case that was answered on the spot and keeps it anonymous', async () => {
    const db = await freshDb();
    const result = await saveIntake(db, input(), { actor: 'a', now: saved });
    const stored = await getCase(result.caseId, db);
    expect(stored).toMatchObject({ status: 'closed', closedAt: saved.toISOString(), kind: 'question' });
    expect(stored).not.toHaveProperty('visitor');
    expect(result.taskId).toBeUndefined();
    db.close();
  });

  it('adds a follow-up to an existing case, reopening it and completing its visitor details', async () => {
    const db = await freshDb();
    const first = await saveIntake(db, input((d) => (d.visitor.name = 'Fatma Yılmaz')), { actor: 'a', now: saved });
    const second = await saveIntake(
      db,
      input((d) => {
        d.caseMode = 'existing';
        d.caseId = first.caseId;
        d.outcome = 'callback-needed';
        d.visitor.phone = '+31 6 12345678';
        d.callback.enabled = true;
      }),
      { actor: 'a', now: new Date(2026, 4, 12, 10) },
    );
    expect(second).toMatchObject({ caseId: first.caseId, caseNumber: first.caseNumber, caseCreated: false });
    expect(second.casePrevious).toEqual({ status: 'closed', closedAt: saved.toISOString(), visitor: { name: 'Fatma Yılmaz' } });
    expect(await getCase(first.caseId, db)).toMatchObject({ status: 'open', closedAt: null, visitor: { name: 'Fatma Yılmaz', phone: '+31 6 12345678' } });
    const timeline = await caseTimeline(db, first.caseId);
    expect(timeline.map((e) => e.kind)).toEqual(['task', 'contact', 'contact']);
    expect(await db.cases.count()).toBe(1);
    db.close();
  });

  it('stores nothing when the case to add to is gone', async () => {
    const db = await freshDb();
    await expect(
      saveIntake(db, input((d) => ((d.caseMode = 'existing'), (d.caseId = '00000000-0000-7000-8000-000000000009'))), { actor: 'a', now: saved }),
    ).rejects.toBeInstanceOf(CaseGoneError);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // Not even the case counter moved.
    expect((await saveIntake(db, input(), { actor: 'a', now: saved })).caseNumber).toBe('OC-2026-K7-00001');
    db.close();
  });
});

describe('undoIntake', () => {
  it('tombstones what the save created, audited, and the number is not reused', async () => {
    const db = await freshDb();
    const result = await saveIntake(db, input(withCallback), { actor: 'a', now: saved });
    await undoIntake(db, result, { actor: 'a' });
    expect(await getCase(result.caseId, db)).toBeUndefined();
    expect(await db.contacts.get(result.contactId)).toMatchObject({ deleted: true });
    expect(await db.tasks.get(result.taskId!)).toMatchObject({ deleted: true });
    const undone = await db.audit.filter((a) => a.action === 'contact.undone').toArray();
    expect(undone.map((a) => a.entity).sort()).toEqual(['cases', 'contacts', 'tasks']);
    expect(await contactsSince(db, new Date(2026, 4, 11))).toEqual([]);
    expect(await openTasksDueBy(db, new Date(2026, 4, 12))).toEqual([]);
    expect((await saveIntake(db, input(), { actor: 'a', now: saved })).caseNumber).toBe('OC-2026-K7-00002');
    db.close();
  });

  it('restores an existing case to how it was', async () => {
    const db = await freshDb();
    const first = await saveIntake(db, input(), { actor: 'a', now: saved });
    const follow = await saveIntake(db, input((d) => ((d.caseMode = 'existing'), (d.caseId = first.caseId), (d.outcome = 'not-reached'), (d.visitor.email = 'a@b.nl'))), { actor: 'a', now: saved });
    await undoIntake(db, follow, { actor: 'a' });
    expect(await getCase(first.caseId, db)).toMatchObject({ status: 'closed', visitor: null });
    expect((await caseTimeline(db, first.caseId)).map((e) => e.record.id)).toEqual([first.contactId]);
    db.close();
  });
});

describe('the start screen lists', () => {
  it('shows open tasks due today and overdue ones, earliest first, and drops finished ones', async () => {
    const db = await freshDb();
    const today = await saveIntake(db, input(withCallback), { actor: 'a', now: saved });
    const tomorrow = await saveIntake(db, input((d) => (withCallback(d), (d.callback.due = 'next-day-10'))), { actor: 'a', now: saved });
    const endOfDay = new Date(2026, 4, 11, 23, 59, 59, 999);
    expect((await openTasksDueBy(db, endOfDay)).map((t) => [t.task.id, t.caseNumber])).toEqual([[today.taskId, 'OC-2026-K7-00001']]);
    // A day later the first one is overdue and the second due.
    const later = await openTasksDueBy(db, new Date(2026, 4, 12, 23, 59));
    expect(later.map((t) => t.task.id)).toEqual([today.taskId, tomorrow.taskId]);
    await setTaskStatus(db, today.taskId!, 'verwerkt', { actor: 'a' });
    expect((await openTasksDueBy(db, new Date(2026, 4, 12, 23, 59))).map((t) => t.task.id)).toEqual([tomorrow.taskId]);
    expect(await db.audit.filter((a) => a.action === 'task.completed').count()).toBe(1);
    db.close();
  });

  it("lists today's contacts newest first with their case numbers", async () => {
    const db = await freshDb();
    await saveIntake(db, input(), { actor: 'a', now: saved });
    const list = await contactsSince(db, new Date(2026, 4, 11));
    expect(list).toEqual([expect.objectContaining({ caseNumber: 'OC-2026-K7-00001' })]);
    expect(await contactsSince(db, new Date(2026, 4, 12))).toEqual([]);
    db.close();
  });

  it("gives a contact logged without a topic its case's topic (no 'Zonder onderwerp' row when the case has one)", async () => {
    const db = await freshDb();
    const first = await saveIntake(db, input(withCallback), { actor: 'a', now: saved });
    const [contact] = await db.contacts.toArray();
    // A contact of the same case without a topic of its own, as a Woo filing or an older desk writes it.
    await db.contacts.put({ ...contact!, id: '0196b2c0-0000-7000-8000-0000000000f1', topic: undefined, startedAt: new Date(2026, 4, 11, 10).toISOString() });
    const list = await contactsSince(db, new Date(2026, 4, 11));
    expect(list.map((row) => [row.contact.topic, row.caseTopic, row.caseNumber])).toEqual([
      [undefined, 'Afval en reiniging', 'OC-2026-K7-00001'],
      ['Afval en reiniging', 'Afval en reiniging', 'OC-2026-K7-00001'],
    ]);
    expect(first.caseId).toBe(list[0]!.contact.caseId);
    db.close();
  });

  it('a contact routed as an AVG access request puts the one-month answer term on a task, once per case; undo removes it', async () => {
    const db = await freshDb();
    // Monday 11 May 2026: one month later is Thursday 11 June 2026, a working day.
    const first = await saveIntake(db, input((d) => (d.outcome = 'avg-routed')), { actor: 'a', now: saved });
    const tasks = await db.tasks.toArray();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      caseId: first.caseId,
      action: 'AVG-inzageverzoek beantwoorden (art. 15 AVG)',
      status: 'te_verwerken',
      note: 'Ontvangen op 2026-05-11; uiterste antwoorddatum 2026-06-11 (AVG art. 12 lid 3).',
    });
    expect((await getCase(first.caseId, db))!.kind).toBe('avg');
    // A follow-up contact on the same case while the request is open adds no second term.
    await saveIntake(db, input((d) => ((d.outcome = 'avg-routed'), (d.caseMode = 'existing'), (d.caseId = first.caseId))), { actor: 'a', now: saved });
    expect(await db.tasks.filter((t) => !t.deleted).count()).toBe(1);
    await undoIntake(db, first, { actor: 'a', now: saved });
    expect(await db.tasks.filter((t) => !t.deleted).count()).toBe(0);
    db.close();
  });
});
