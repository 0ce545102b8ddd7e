import { contactRouteFor, outcomeForRoute } from '../../../../shared/guide/route';
import type { GuideRoute } from '../../../../shared/guide/definition';
import { ATTACHED_DOCUMENTS_MAX, type AnswerUsed, type AttachedDocument, type ContactOutcome } from '../../../../shared/model/case';
import { emptyIntake, type IntakeDraft } from '../../../../shared/model/intake';
import { readDraft, writeDraft } from '../../app/drafts';
import { navigate, routeHref } from '../../app/route';
import { workstationSettings } from '../../workstation';
import { INTAKE_DRAFT_KEY } from './draftKeys';

/**
 * The contact being taken, as the other screens of the desk see it: the intake's draft. The guide
 * and the finder write into it (route, attached documents, "niet gevonden") while staff are still
 * with the visitor; the intake shows it and saves it with the contact.
 */
function contactBeingTaken(): IntakeDraft {
  const settings = workstationSettings();
  const current = readDraft<IntakeDraft>(INTAKE_DRAFT_KEY);
  const fresh = emptyIntake({ now: new Date(), channel: settings.defaultChannel, assignee: settings.defaultAssignee });
  if (!current) return fresh;
  // A draft that exists is this visitor's contact, typed in or not: rebuilding it would restart its
  // clock and drop its channel, confidentiality or note. Only fields an older draft lacks are filled in.
  return { ...fresh, ...current, visitor: { ...fresh.visitor, ...current.visitor }, callback: { ...fresh.callback, ...current.callback } };
}

/**
 * Opens the intake with the outcome already chosen (e.g. "Geen document gevonden" from a search
 * that found nothing) and, for a fresh contact, the question. A contact already being typed is
 * kept: only its outcome is set, and its question is filled in when it is still empty.
 */
export function startIntakeWith(preset: { outcome: ContactOutcome; question?: string }): void {
  const base = contactBeingTaken();
  const question = base.question.trim() ? base.question : (preset.question ?? '');
  const next: IntakeDraft = { ...base, question, outcome: preset.outcome, outcomeChosen: true };
  writeDraft<IntakeDraft>(INTAKE_DRAFT_KEY, next);
  navigate(routeHref('contact', 'new'));
}

/**
 * The guide reached a route: record it on the contact being taken, with the outcome it implies
 * (issue 14 point 1). Staff can still change the outcome on the intake.
 */
export function recordGuideRoute(route: GuideRoute): void {
  const base = contactBeingTaken();
  // A document already attached keeps its outcome when the guide is walked to the document route again.
  const outcome = route === 'document' && base.documentsAttached?.length ? 'document-found' : outcomeForRoute(route);
  writeDraft<IntakeDraft>(INTAKE_DRAFT_KEY, { ...base, guideRoute: contactRouteFor(route), outcome, outcomeChosen: true });
}

/**
 * The guide was walked back or restarted: its route no longer applies to the contact being taken
 * (it may be the next visitor). The outcome stays as it is; staff see it on the intake.
 */
export function forgetGuideRoute(): void {
  const current = readDraft<IntakeDraft>(INTAKE_DRAFT_KEY);
  if (!current?.guideRoute) return;
  const { guideRoute: _dropped, ...rest } = current;
  writeDraft<IntakeDraft>(INTAKE_DRAFT_KEY, rest);
}

/** Whether the contact being taken already has this document attached. */
export function isDocumentAttached(id: string): boolean {
  return Boolean(readDraft<IntakeDraft>(INTAKE_DRAFT_KEY)?.documentsAttached?.some((document) => document.id === id));
}

/**
 * "Koppel aan contact/zaak": the document goes with the contact being taken (and so with its case),
 * outcome 'document-found' (issue 14 point 7). Returns false when the contact already holds the
 * maximum number of documents.
 */
export function attachDocumentToContact(document: AttachedDocument): boolean {
  const base = contactBeingTaken();
  const attached = base.documentsAttached ?? [];
  if (attached.some((entry) => entry.id === document.id)) return true;
  if (attached.length >= ATTACHED_DOCUMENTS_MAX) return false;
  const entry: AttachedDocument = { id: document.id, title: document.title, ...(document.category ? { category: document.category } : {}) };
  writeDraft<IntakeDraft>(INTAKE_DRAFT_KEY, {
    ...base,
    documentsAttached: [...attached, entry],
    outcome: 'document-found',
    outcomeChosen: true,
    guideRoute: base.guideRoute ?? 'document',
  });
  return true;
}

/**
 * "Gebruik dit antwoord": the library answer goes with the contact being taken, outcome
 * 'answered' ("beantwoord met antwoord X", issue 14 point 3), and the intake opens to finish it.
 */
export function answerContactWith(answer: AnswerUsed): void {
  const base = contactBeingTaken();
  writeDraft<IntakeDraft>(INTAKE_DRAFT_KEY, {
    ...base,
    answerUsed: { id: answer.id, title: answer.title, revision: answer.revision },
    outcome: 'answered',
    outcomeChosen: true,
    guideRoute: base.guideRoute ?? 'answer',
  });
  navigate(routeHref('contact', 'new'));
}
