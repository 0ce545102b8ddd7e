import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../../shared/indicators/indicators';
import { commitAction } from '../../db/commit';
import type { LoketDatabase } from '../../db/database';
import { testDatabases } from '../../db/testing';
import { loadIndicatorInput } from './data';
import { eraseVisitor, runRetentionPurge } from './repository';

/**
 * The indicators a coordinator sees are the same before and after the desk's purge and an erasure
 * (issue 10 point 8), read the way the Indicators screen reads them (loadIndicatorInput), with Woo
 * requests, referrals and "niet gevonden" signals among the data.
 */
const freshDb = testDatabases('purge-indicators');

async function seed(db: LoketDatabase) {
  const id = () => crypto.randomUUID();
  const [closed, open, wooCase] = [id(), id(), id()];
  const contact = (caseId: string, values: Record<string, unknown>) => ({
    entity: 'contacts' as const, op: 'create' as const, values: { caseId, channel: 'balie', direction: 'inbound', confidential: true, topic: 'Bomen', ...values },
  });
  await commitAction(db, { actor: 'anna@K7Q', action: 'test.created', now: new Date('2025-03-03T09:00:00.000Z') }, [
    { entity: 'cases', op: 'create', id: closed, values: { number: 'OC-2025-K7Q-00001', kind: 'woo', status: 'closed', closedAt: '2025-03-20T10:00:00.000Z', channel: 'balie', question: 'Ik woon op nummer 3', topic: 'Bomen', visitor: { name: 'Fatma Yılmaz', phone: '0612345678' } } },
    contact(closed, { startedAt: '2025-03-03T09:00:00.000Z', summary: 'Mevrouw belde over de boom voor haar huis', outcome: 'woo-filed' }),
    contact(closed, { startedAt: '2025-03-04T09:00:00.000Z', summary: 'Doorverwezen naar Rijkswaterstaat (rws). Zij woont naast de dijk.', outcome: 'referred' }),
    contact(closed, { startedAt: '2025-03-05T09:00:00.000Z', summary: 'Zocht het advies over haar eigen tuin', outcome: 'document-not-found', notFoundNote: 'advies boomdeskundige' }),
    { entity: 'tasks', op: 'create', values: { caseId: closed, action: 'Terugbellen', assignee: 'anna', dueAt: '2025-03-04T15:00:00.000Z', status: 'verwerkt', note: 'Bellen op 0612345678' } },
    {
      entity: 'wooRequests', op: 'create',
      values: {
        caseId: closed, status: 'gesloten', receivedOn: '2025-03-03', filedOn: '2025-03-03', channel: 'balie', subject: 'Kapvergunning eik', bestuursorgaan: { code: 'gm0363:college', name: 'college' },
        disclosureForm: 'digitaal', decisionDelivery: 'email', suspensions: [{ kind: 'zienswijze', requestedOn: '2025-03-10', from: '2025-03-11', answerBy: '2025-03-24', until: '2025-03-20', ended: 'answered', endedOn: '2025-03-20' }],
        extension: { noticeOn: '2025-03-28', reason: 'Veel stukken' }, decision: { outcome: 'openbaar', decidedOn: '2025-04-22' }, closedOn: '2025-04-23', decideBy: '2025-05-12', extensionNoticeBy: null,
      },
    },
    { entity: 'cases', op: 'create', id: open, values: { number: 'OC-2025-K7Q-00002', kind: 'question', status: 'open', channel: 'telefoon', question: 'Mijn adres klopt niet', visitor: { email: 'x@example.org' } } },
    contact(open, { startedAt: '2025-03-06T09:00:00.000Z', channel: 'telefoon', summary: 'Adres gewijzigd', outcome: 'answered', confidential: false }),
    { entity: 'cases', op: 'create', id: wooCase, values: { number: 'OC-2025-K7Q-00003', kind: 'woo', status: 'open', channel: 'e-mail', question: 'Alle stukken over mij', visitor: { name: 'B' } } },
    {
      entity: 'wooRequests', op: 'create',
      values: {
        caseId: wooCase, status: 'in-behandeling', receivedOn: '2025-03-12', filedOn: '2025-03-12', channel: 'e-mail', subject: 'Stukken', bestuursorgaan: { code: 'gm0363:college', name: 'college' },
        disclosureForm: 'digitaal', decisionDelivery: 'email', suspensions: [], decideBy: '2025-04-09', extensionNoticeBy: '2025-04-09',
      },
    },
  ]);
  return { closed, open, wooCase };
}

describe('indicators before and after a purge, at the desk', () => {
  it('are identical after the scheduled purge and after an erasure, with Woo requests, a referral and a "niet gevonden" signal present', async () => {
    const db = freshDb();
    const { closed, open, wooCase } = await seed(db);
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const before = computeIndicators(await loadIndicatorInput(db), period);
    // The input is not empty where it matters.
    expect(before.woo).toMatchObject({ received: 2, decided: 1, suspended: 1, extended: 1 });
    expect(before.referralsPerBody).toEqual({ Rijkswaterstaat: 1 });
    expect(before.notFoundPerSubject).toEqual({ 'advies boomdeskundige': 1 });
    expect(before.routes).toMatchObject({ woo: 1, referral: 1, answer: 1 });

    expect(await runRetentionPurge(db, '2026-04-01', 12, 'werkplek-K7Q')).toBe(1);
    const closedContacts = await db.contacts.where('caseId').equals(closed).toArray();
    expect(closedContacts.map((c) => c.summary).sort()).toEqual(['', '', 'Doorverwezen naar Rijkswaterstaat (rws).']);
    expect(computeIndicators(await loadIndicatorInput(db), period)).toEqual(before);

    const report = await eraseVisitor(db, [open, wooCase], 'werkplek-K7Q');
    expect(report).toEqual({ done: [open, wooCase], failed: [] });
    expect((await db.cases.get(open))!.question).toBe('');
    expect(computeIndicators(await loadIndicatorInput(db), period)).toEqual(before);
  });
});
