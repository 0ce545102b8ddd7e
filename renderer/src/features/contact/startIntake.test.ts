import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateIntake, type IntakeDraft } from '../../../../shared/model/intake';
import { readDraft, writeDraft } from '../../app/drafts';
import { LoketDatabase } from '../../db/database';
import { setStationCode } from '../../workstation';
import { caseTimeline, getCase } from '../cases';
import { INTAKE_DRAFT_KEY } from './draftKeys';
import { saveIntake } from './repository';
import { answerContactWith, attachDocumentToContact, forgetGuideRoute, isDocumentAttached, recordGuideRoute, startIntakeWith } from './startIntake';

const draft = () => readDraft<IntakeDraft>(INTAKE_DRAFT_KEY)!;
const names: string[] = [];
beforeEach(() => localStorage.clear());
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function saveDraft(change: (d: IntakeDraft) => IntakeDraft = (d) => d) {
  const name = `test-${crypto.randomUUID()}`;
  names.push(name);
  const db = new LoketDatabase(name);
  await setStationCode(db, 'K7');
  const result = validateIntake(change({ ...draft(), question: 'Kapvergunning Dorpsstraat' }), { now: new Date() });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const saved = await saveIntake(db, result.value, { actor: 'anna@K7' });
  return { db, saved };
}

describe('the guide records its route on the contact being taken (issue 14 point 1)', () => {
  it('sets the route and the outcome it implies; complaint and other are one recorded route', () => {
    recordGuideRoute('avg');
    expect(draft()).toMatchObject({ guideRoute: 'avg', outcome: 'avg-routed', outcomeChosen: true });
    recordGuideRoute('referral');
    expect(draft()).toMatchObject({ guideRoute: 'referral', outcome: 'referred' });
    recordGuideRoute('complaint');
    expect(draft()).toMatchObject({ guideRoute: 'complaint-other', outcome: 'other' });
    recordGuideRoute('woo');
    expect(draft()).toMatchObject({ guideRoute: 'woo', outcome: 'woo-filed' });
  });

  it('keeps what staff already typed', () => {
    startIntakeWith({ outcome: 'answered', question: 'Waar staat het bomenbeleid?' });
    recordGuideRoute('answer');
    expect(draft()).toMatchObject({ question: 'Waar staat het bomenbeleid?', guideRoute: 'answer', outcome: 'answered' });
  });

  it('is forgotten when the guide is walked back or restarted, keeping what was typed', () => {
    startIntakeWith({ outcome: 'answered', question: 'Bomenbeleid' });
    recordGuideRoute('woo');
    forgetGuideRoute();
    expect(draft().guideRoute).toBe(undefined);
    expect(draft().question).toBe('Bomenbeleid');
  });

  it('is saved on the contact and on its new case', async () => {
    recordGuideRoute('referral');
    const { db, saved } = await saveDraft();
    const timeline = await caseTimeline(db, saved.caseId);
    expect(timeline.find((entry) => entry.kind === 'contact')).toMatchObject({ record: { guideRoute: 'referral', outcome: 'referred' } });
    expect(await getCase(saved.caseId, db)).toMatchObject({ guideRoute: 'referral', kind: 'referral' });
  });
});

describe('attaching a finder document to the contact being taken (issue 14 point 7)', () => {
  const document = { id: 'doc-1', title: 'Besluit kapvergunning Dorpsstraat', category: '2i' };

  it('adds it once, with outcome document-found; the document route after it keeps that outcome', () => {
    expect(isDocumentAttached('doc-1')).toBe(false);
    expect(attachDocumentToContact(document)).toBe(true);
    expect(attachDocumentToContact(document)).toBe(true);
    expect(draft()).toMatchObject({ documentsAttached: [document], outcome: 'document-found', guideRoute: 'document' });
    expect(isDocumentAttached('doc-1')).toBe(true);
    recordGuideRoute('document');
    expect(draft().outcome).toBe('document-found');
  });

  it('refuses the 21st document instead of dropping one', () => {
    for (let i = 0; i < 20; i++) expect(attachDocumentToContact({ id: `d${i}`, title: `Document ${i}` })).toBe(true);
    expect(attachDocumentToContact({ id: 'd20', title: 'Eén te veel' })).toBe(false);
    expect(draft().documentsAttached).toHaveLength(20);
  });

  it('saves the documents on the contact, also when the guide or an answer changed the outcome afterwards', async () => {
    attachDocumentToContact(document);
    const { db, saved } = await saveDraft();
    const contact = (await caseTimeline(db, saved.caseId)).find((entry) => entry.kind === 'contact');
    expect(contact).toMatchObject({ record: { documentsAttached: [document], outcome: 'document-found' } });
    attachDocumentToContact(document);
    recordGuideRoute('avg');
    const routed = await saveDraft();
    const avg = (await caseTimeline(routed.db, routed.saved.caseId)).find((entry) => entry.kind === 'contact');
    expect(avg).toMatchObject({ record: { documentsAttached: [document], outcome: 'avg-routed' } });
    attachDocumentToContact(document);
    answerContactWith({ id: 'a1', title: 'Kapvergunning', revision: 2 });
    const answered = await saveDraft();
    const withAnswer = (await caseTimeline(answered.db, answered.saved.caseId)).find((entry) => entry.kind === 'contact');
    expect(withAnswer).toMatchObject({ record: { documentsAttached: [document], outcome: 'answered', answerUsed: { id: 'a1' } } });
  });
});

describe('the contact being taken is completed, never rebuilt (review bug 3)', () => {
  const document = { id: 'doc-1', title: 'Besluit kapvergunning Dorpsstraat', category: '2i' };
  it('keeps start time, channel, confidentiality and the note at the next guide step, attach or answer', () => {
    const startedAt = '2026-11-30T08:00:00.000Z';
    writeDraft<Partial<IntakeDraft>>(INTAKE_DRAFT_KEY, {
      startedAt,
      channel: 'telefoon',
      confidential: true,
      detailsOpen: true,
      question: '',
      outcome: 'document-not-found',
      notFoundNote: 'bestemmingsplan 1970',
    });
    recordGuideRoute('document');
    attachDocumentToContact(document);
    answerContactWith({ id: 'a1', title: 'Kapvergunning', revision: 2 });
    expect(draft()).toMatchObject({ startedAt, channel: 'telefoon', confidential: true, detailsOpen: true, notFoundNote: 'bestemmingsplan 1970' });
    // Fields an older draft lacks are filled in, so the intake can still validate it.
    expect(draft().visitor).toMatchObject({ name: '', accessibility: [] });
    expect(draft().callback).toMatchObject({ enabled: false });
  });
});

describe('"niet gevonden" (issue 14 point 4)', () => {
  it('starts the intake with the search words as the question but never as the note (review risk 11); a typed note is saved', async () => {
    recordGuideRoute('document');
    expect(draft().outcome).toBe('document-not-found');
    startIntakeWith({ outcome: 'document-not-found', question: 'bouwvergunning Jansen Kerkstraat 12' });
    expect(draft()).toMatchObject({ guideRoute: 'document', question: 'bouwvergunning Jansen Kerkstraat 12' });
    expect(draft().notFoundNote).toBe(undefined);
    const { db, saved } = await saveDraft((d) => ({ ...d, notFoundNote: 'bouwvergunningen 1987' }));
    const contact = (await caseTimeline(db, saved.caseId)).find((entry) => entry.kind === 'contact');
    expect(contact).toMatchObject({ record: { notFoundNote: 'bouwvergunningen 1987', outcome: 'document-not-found' } });
  });

  it('refuses a note longer than 200 characters with its own message', () => {
    startIntakeWith({ outcome: 'document-not-found', question: 'x' });
    const result = validateIntake({ ...draft(), notFoundNote: 'a'.repeat(201) }, { now: new Date() });
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'notFoundNote', code: 'notFound.tooLong', params: { max: 200 } }] });
  });
});
