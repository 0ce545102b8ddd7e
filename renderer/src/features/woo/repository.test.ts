import { describe, expect, it } from 'vitest';
import type { FilingInput } from '../../../../shared/woo/filing';
import { WooLifecycleError } from '../../../../shared/woo/lifecycle';
import { commitAction } from '../../db/commit';
import { testDatabases } from '../../db/testing';
import { setStationCode } from '../../workstation';
import { getCase } from '../cases';
import {
  fileWooRequest,
  getWooRequest,
  openWooRequests,
  recordReferral,
  routeToAvg,
  takeWooStep,
  wooRequestsForCase,
  type WooContext,
} from './repository';

const openDb = testDatabases('woo');
async function freshDb() {
  const db = openDb();
  await setStationCode(db, 'K7');
  return db;
}

const body = { code: 'gm0363:college', name: 'College van burgemeester en wethouders van Amsterdam' };
const on = (today: string): WooContext => ({ actor: 'anna', today, now: new Date(`${today}T10:00:00`) });

function filing(patch: Partial<FilingInput> = {}): FilingInput {
  return {
    channel: 'balie',
    subject: 'Alle stukken over de bomenkap in het Vondelpark in 2025',
    bestuursorgaan: body,
    disclosureForm: 'digitaal',
    decisionDelivery: 'email',
    visitor: { email: 'bezoeker@example.org' },
    receivedOn: '2026-03-02',
    receivedOnReason: 'Brief van 2 maart',
    ...patch,
  };
}

describe('filing a Woo request', () => {
  it('creates the case, its first contact and the request with its term in one audited action', async () => {
    const db = await freshDb();
    const filed = await fileWooRequest(db, filing(), on('2026-03-03'));
    expect(filed.caseNumber).toBe('OC-2026-K7-00001');
    expect(filed.caseCreated).toBe(true);

    const request = await getWooRequest(db, filed.requestId);
    expect(request).toMatchObject({
      caseId: filed.caseId,
      status: 'ontvangen',
      receivedOn: '2026-03-02',
      receivedOnReason: 'Brief van 2 maart',
      filedOn: '2026-03-03',
      decideBy: '2026-03-30',
      extensionNoticeBy: '2026-03-30',
      suspensions: [],
    });
    expect(await getCase(filed.caseId, db)).toMatchObject({
      kind: 'woo',
      status: 'open',
      question: filing().subject,
      visitor: { email: 'bezoeker@example.org' },
    });
    expect(await db.contacts.where('caseId').equals(filed.caseId).toArray()).toEqual([expect.objectContaining({ outcome: 'woo-filed' })]);

    const audit = await db.audit.toArray();
    expect(audit.map((a) => `${a.action}:${a.entity}`).sort()).toEqual(['woo.filed:cases', 'woo.filed:contacts', 'woo.filed:wooRequests']);
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set(['anna']));
    expect(await db.outbox.count()).toBe(3);
  });

  it('turns an existing case into a Woo case and adds the contact details given now', async () => {
    const db = await freshDb();
    const [existing] = await commitAction(db, { actor: 'bram', action: 'contact.logged' }, [
      {
        entity: 'cases',
        op: 'create',
        values: { number: 'OC-2026-K7-00009', kind: 'question', status: 'closed', channel: 'telefoon', question: 'Vraag', visitor: { name: 'Ayşe' } },
      },
    ]);
    const filed = await fileWooRequest(db, filing({ caseId: existing!.id, channel: 'telefoon' }), on('2026-03-03'));
    expect(filed).toMatchObject({ caseId: existing!.id, caseNumber: 'OC-2026-K7-00009', caseCreated: false });
    expect(await getCase(existing!.id, db)).toMatchObject({
      kind: 'woo',
      status: 'open',
      closedAt: null,
      visitor: { name: 'Ayşe', email: 'bezoeker@example.org' },
    });
    expect(await db.contacts.count()).toBe(0);
    expect(await wooRequestsForCase(db, existing!.id)).toHaveLength(1);
  });

  it('gives a new case and its first contact the topic chosen at filing; an existing case keeps its own', async () => {
    const db = await freshDb();
    const filed = await fileWooRequest(db, filing({ topic: 'Omgeving' }), on('2026-03-03'));
    expect((await getCase(filed.caseId, db))?.topic).toBe('Omgeving');
    expect((await db.contacts.where('caseId').equals(filed.caseId).first())?.topic).toBe('Omgeving');
    const [existing] = await commitAction(db, { actor: 'bram', action: 'contact.logged' }, [
      { entity: 'cases', op: 'create', values: { number: 'OC-2026-K7-00009', kind: 'question', status: 'open', channel: 'balie', question: 'Vraag', topic: 'Parkeren' } },
    ]);
    await fileWooRequest(db, filing({ caseId: existing!.id, topic: 'Omgeving' }), on('2026-03-03'));
    expect((await getCase(existing!.id, db))?.topic).toBe('Parkeren');
  });

  it('stores nothing when the date of receipt lies in the future', async () => {
    const db = await freshDb();
    await expect(fileWooRequest(db, filing({ receivedOn: '2026-03-04' }), on('2026-03-03'))).rejects.toBeInstanceOf(WooLifecycleError);
    expect(await db.cases.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});

describe('lifecycle steps', () => {
  it('suspend, resume and extend: each step patches the request, recomputes decideBy and is audited', async () => {
    const db = await freshDb();
    const { requestId } = await fileWooRequest(db, filing(), on('2026-03-03'));
    await takeWooStep(db, requestId, { type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, on('2026-03-04'));
    expect(await getWooRequest(db, requestId)).toMatchObject({ status: 'precisering-gevraagd', decideBy: null });
    await takeWooStep(db, requestId, { type: 'end-suspension', on: '2026-03-11' }, on('2026-03-11'));
    expect(await getWooRequest(db, requestId)).toMatchObject({ status: 'in-behandeling', decideBy: '2026-04-07' });
    await takeWooStep(db, requestId, { type: 'extend', on: '2026-03-25', reason: 'Veel documenten' }, on('2026-03-25'));
    expect(await getWooRequest(db, requestId)).toMatchObject({ status: 'verdaagd', decideBy: '2026-04-20' });

    const trail = await db.audit.where('recordId').equals(requestId).sortBy('at');
    expect(trail.map((a) => a.action)).toEqual(['woo.filed', 'woo.request-precisering', 'woo.end-suspension', 'woo.extend']);
    expect(trail[3]!.fields.sort()).toEqual(['decideBy', 'extension', 'status']);
  });

  it('rejects a verdaging after extensionNoticeBy and stores nothing', async () => {
    const db = await freshDb();
    const { requestId } = await fileWooRequest(db, filing(), on('2026-03-03'));
    const before = await db.audit.count();
    await expect(takeWooStep(db, requestId, { type: 'extend', on: '2026-03-31', reason: 'Te laat' }, on('2026-03-31'))).rejects.toMatchObject({
      code: 'extension-too-late',
    });
    expect(await db.audit.count()).toBe(before);
    expect(await getWooRequest(db, requestId)).toMatchObject({ status: 'ontvangen', decideBy: '2026-03-30' });
  });

  it('closing the request closes its case', async () => {
    const db = await freshDb();
    const { requestId, caseId } = await fileWooRequest(db, filing(), on('2026-03-03'));
    await takeWooStep(db, requestId, { type: 'decide', on: '2026-03-20', outcome: 'geen-documenten' }, on('2026-03-20'));
    await takeWooStep(db, requestId, { type: 'close', on: '2026-03-20' }, on('2026-03-20'));
    expect(await getCase(caseId, db)).toMatchObject({ status: 'closed' });
  });

  it('lists open requests by deadline, suspended ones last', async () => {
    const db = await freshDb();
    const late = await fileWooRequest(db, filing({ receivedOn: '2026-03-03', receivedOnReason: undefined }), on('2026-03-03'));
    const early = await fileWooRequest(db, filing({ receivedOn: '2026-02-20' }), on('2026-03-03'));
    const suspended = await fileWooRequest(db, filing({ receivedOn: '2026-02-25' }), on('2026-03-03'));
    await takeWooStep(db, suspended.requestId, { type: 'request-precisering', on: '2026-03-03', answerBy: '2026-03-17' }, on('2026-03-03'));
    const done = await fileWooRequest(db, filing(), on('2026-03-03'));
    await takeWooStep(db, done.requestId, { type: 'decide', on: '2026-03-03', outcome: 'openbaar' }, on('2026-03-03'));

    const list = await openWooRequests(db);
    expect(list.map((item) => item.request.id)).toEqual([early.requestId, late.requestId, suspended.requestId]);
    expect(list[0]!.caseNumber).toBe(early.caseNumber);
  });
});

describe('the other routes', () => {
  it('routes own personal data to an AVG access request with its one-month term as a task', async () => {
    const db = await freshDb();
    const routed = await routeToAvg(
      db,
      { channel: 'balie', question: 'Welke gegevens heeft de gemeente over mij?', receivedOn: '2026-01-31', assignee: 'Privacyteam' },
      on('2026-02-02'),
    );
    // 31 January + 1 month → 28 February 2026 (Saturday) → Monday 2 March.
    expect(routed.term.decideBy).toBe('2026-03-02');
    expect(await getCase(routed.caseId, db)).toMatchObject({ kind: 'avg', status: 'open' });
    const tasks = await db.tasks.where('caseId').equals(routed.caseId).toArray();
    expect(tasks).toEqual([expect.objectContaining({ assignee: 'Privacyteam', status: 'te_verwerken', dueAt: '2026-03-02T16:00:00.000Z' })]); // 17:00 in Amsterdam (CET)
    expect((await db.audit.toArray()).every((a) => a.action === 'avg.routed')).toBe(true);
  });

  it('records a referral as a closed referral case with the body in the contact', async () => {
    const db = await freshDb();
    const referred = await recordReferral(
      db,
      { channel: 'balie', question: 'Stikstofvergunningen', body: { code: 'pv27', name: 'Provincie Noord-Holland' } },
      on('2026-03-03'),
    );
    expect(await getCase(referred.caseId, db)).toMatchObject({ kind: 'referral', status: 'closed' });
    const [contact] = await db.contacts.where('caseId').equals(referred.caseId).toArray();
    expect(contact).toMatchObject({ outcome: 'referred' });
    expect(contact!.summary).toContain('Provincie Noord-Holland (pv27), Woo art. 4.2');
  });
});

describe('the informal approach at filing (issue 12 point 7)', () => {
  it('adds the callback task "Verzoeker bellen over het verzoek", due at the end of the second working day', async () => {
    const db = await freshDb();
    // Filed Thu 2 April 2026: Goede Vrijdag, the weekend and Tweede Paasdag do not count → Wed 8 April.
    const filed = await fileWooRequest(db, filing({ receivedOn: '2026-04-02', receivedOnReason: '' }), on('2026-04-02'), { callback: { assignee: 'anna' } });
    const tasks = await db.tasks.where('caseId').equals(filed.caseId).toArray();
    expect(tasks).toEqual([
      expect.objectContaining({
        action: 'Verzoeker bellen over het verzoek',
        assignee: 'anna',
        status: 'te_verwerken',
        dueAt: '2026-04-08T15:00:00.000Z', // 17:00 in Amsterdam (CEST)
      }),
    ]);
    // The precisering deadline: 2 April + 14 = Thu 16 April.
    expect(tasks[0]!.note).toContain('2026-04-16');
  });

  it('adds no task when the callback is unchecked', async () => {
    const db = await freshDb();
    const filed = await fileWooRequest(db, filing(), on('2026-03-03'));
    expect(await db.tasks.where('caseId').equals(filed.caseId).count()).toBe(0);
  });
});
