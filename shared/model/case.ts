import { z } from 'zod';
import type { CASE_KINDS, CHANNELS, TASK_STATUSES, BaseRecord } from './records';

/**
 * The visitor matter and what happens on it. Field names follow the Klantinteracties API where
 * it has one (see shared/export/). Visitor details are optional: anonymous is the default (AVG).
 */
export const CASE_STATUSES = ['open', 'waiting', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const ACCESSIBILITY_NEEDS = ['low-literacy', 'visual', 'hearing', 'interpreter', 'mobility', 'digital-skills'] as const;
export type AccessibilityNeed = (typeof ACCESSIBILITY_NEEDS)[number];

export const visitorSchema = z.object({
  name: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(40).optional(),
  email: z.string().trim().max(254).optional(),
  postal: z.string().trim().max(500).optional(),
  /** ISO 639-2/B, as Klantinteracties `taal`: 'dut', 'eng', 'tur', 'ara', 'pol', 'ukr'… */
  language: z.string().regex(/^[a-z]{3}$/).optional(),
  accessibility: z.array(z.enum(ACCESSIBILITY_NEEDS)).max(ACCESSIBILITY_NEEDS.length).optional(),
});
export type Visitor = z.infer<typeof visitorSchema>;

export interface CaseFields {
  /** Human-readable, unique across workstations, e.g. OC-2026-000123 (see docs/decisions). */
  number: string;
  kind: (typeof CASE_KINDS)[number];
  status: CaseStatus;
  topic?: string;
  /** Channel of the first contact. */
  channel: (typeof CHANNELS)[number];
  /** The first question, in the visitor's words. */
  question: string;
  visitor?: Visitor;
  assignee?: string;
  closedAt?: string;
  /** The route the guide led to on the contact that opened the case (issue 14 point 1). */
  guideRoute?: ContactGuideRoute;
}
export type CaseRecord = BaseRecord & CaseFields;

export const CONTACT_OUTCOMES = [
  'answered',
  'referred',
  'document-found',
  'document-not-found',
  'woo-filed',
  'avg-routed',
  'callback-needed',
  'not-reached',
  'other',
] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/**
 * The route the visitor guide ended in, as recorded on a contact and its case (issue 14 point 1).
 * The guide itself may split "complaint" and "other"; the record keeps them as one route.
 */
export const CONTACT_GUIDE_ROUTES = ['answer', 'document', 'avg', 'referral', 'woo', 'complaint-other'] as const;
export type ContactGuideRoute = (typeof CONTACT_GUIDE_ROUTES)[number];

/** A document from the published catalogue attached to a contact ("document gevonden"). */
export interface AttachedDocument {
  id: string;
  title: string;
  category?: string;
}
/** More than this many attached documents is no longer "the document the visitor wanted". */
export const ATTACHED_DOCUMENTS_MAX = 20;
/** As long as a catalogue title may be (the Woogle import's limit), so any found document can be attached. */
export const DOCUMENT_TITLE_MAX = 2000;
/** "Niet gevonden": the subject in a few words, no personal data. */
export const NOT_FOUND_NOTE_MAX = 200;

/** Which answer from the library (kennisbank) was used, frozen at the revision shown to the visitor. */
export const answerUsedSchema = z
  .object({
    id: z.string().min(1).max(100),
    title: z.string().min(1).max(200),
    revision: z.number().int().positive(),
  })
  .strict();
export type AnswerUsed = z.infer<typeof answerUsedSchema>;

export interface ContactFields {
  caseId: string;
  channel: (typeof CHANNELS)[number];
  direction: 'inbound' | 'outbound';
  startedAt: string;
  durationSeconds?: number;
  /** What was asked and said, in the visitor's words (Klantinteracties `inhoud`). */
  summary: string;
  topic?: string;
  outcome: ContactOutcome;
  language?: string;
  confidential: boolean;
  /** The library answer staff gave ("beantwoord met antwoord X"); the outcome is then 'answered'. */
  answerUsed?: AnswerUsed;
  /** Documents from the finder given to the visitor; outcome 'document-found'. */
  documentsAttached?: AttachedDocument[];
  /** With outcome 'document-not-found': what was looked for, in a few words (no personal data). */
  notFoundNote?: string;
  /** The route the guide led to. */
  guideRoute?: ContactGuideRoute;
}
export type ContactRecord = BaseRecord & ContactFields;

export interface TaskFields {
  caseId: string;
  /** Klantinteracties `gevraagdeHandeling`, e.g. 'Terugbellen'. */
  action: string;
  /** A person or a team. */
  assignee: string;
  dueAt: string;
  status: (typeof TASK_STATUSES)[number];
  note?: string;
}
export type TaskRecord = BaseRecord & TaskFields;
