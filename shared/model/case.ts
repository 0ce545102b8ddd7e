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
