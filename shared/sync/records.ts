import { z } from 'zod';
import { isIsoDate } from '../calendar/isoDate';
import { ACCESSIBILITY_NEEDS, answerUsedSchema, ATTACHED_DOCUMENTS_MAX, CASE_STATUSES, DOCUMENT_TITLE_MAX, CONTACT_GUIDE_ROUTES, CONTACT_OUTCOMES, NOT_FOUND_NOTE_MAX } from '../model/case';
import { CASE_KINDS, CHANNELS, TASK_STATUSES, type SyncedEntity } from '../model/records';
import { DECISION_DELIVERIES, DISCLOSURE_FORMS, WOO_OUTCOMES } from '../woo/request';

/**
 * What a desk may write into each synced entity, checked by the hub before anything is stored
 * (issue 8 point 9). Unknown fields are refused (`strict`): a field the hub does not know would be
 * sent to every desk. `null` in a patch clears an optional field.
 */

/** Instants the hub can store: a timestamptz in a sane range (year 0000 breaks PostgreSQL). */
export const MIN_INSTANT = Date.parse('1970-01-01T00:00:00Z');
export const MAX_INSTANT = Date.parse('2200-01-01T00:00:00Z');
/**
 * The earliest time a desk may stamp on a change (issue 8 point 9, decision 060). Earlier means its
 * clock is wrong (year 0000, a reset to 1970): the hub refuses the change with a 400 naming it,
 * instead of guessing a time; a coordinator's "send again" restamps it. Later-than-hub times are
 * bounded by the hub's clock instead (point 12), so a fast clock never stalls an outbox.
 */
export const MIN_CHANGE_AT = Date.parse('2000-01-01T00:00:00Z');
export const instantSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => {
    const ms = Date.parse(value);
    return Number.isFinite(ms) && ms >= MIN_INSTANT && ms < MAX_INSTANT;
  }, 'a date between 1970 and 2200');

const isoDate = z.string().refine(isIsoDate, 'a date as YYYY-MM-DD').refine((v) => v >= '1970-01-01' && v < '2200-01-01', 'a date between 1970 and 2200');
const text = (max: number) => z.string().max(max);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Visitor details: one object, merged per sub-field on the hub (point 3). */
export const visitorPatchSchema = z
  .object({
    name: optional(text(200)),
    phone: optional(text(40)),
    email: optional(text(254)),
    postal: optional(text(500)),
    language: optional(z.string().regex(/^[a-z]{3}$/)),
    accessibility: optional(z.array(z.enum(ACCESSIBILITY_NEEDS)).max(ACCESSIBILITY_NEEDS.length)),
  })
  .strict();

const caseFields = {
  number: text(40).min(1),
  kind: z.enum(CASE_KINDS),
  status: z.enum(CASE_STATUSES),
  topic: optional(text(200)),
  channel: z.enum(CHANNELS),
  question: text(20_000),
  visitor: optional(visitorPatchSchema),
  assignee: optional(text(200)),
  closedAt: optional(instantSchema),
  guideRoute: optional(z.enum(CONTACT_GUIDE_ROUTES)),
};

const contactFields = {
  caseId: z.uuid(),
  channel: z.enum(CHANNELS),
  direction: z.enum(['inbound', 'outbound']),
  startedAt: instantSchema,
  durationSeconds: optional(z.number().int().nonnegative().max(7 * 24 * 3600)),
  summary: text(20_000),
  topic: optional(text(200)),
  outcome: z.enum(CONTACT_OUTCOMES),
  language: optional(z.string().regex(/^[a-z]{3}$/)),
  confidential: z.boolean(),
  answerUsed: optional(answerUsedSchema),
  documentsAttached: optional(
    z
      .array(z.object({ id: text(200).min(1), title: text(DOCUMENT_TITLE_MAX).min(1), category: text(10).optional() }).strict())
      .max(ATTACHED_DOCUMENTS_MAX),
  ),
  notFoundNote: optional(text(NOT_FOUND_NOTE_MAX)),
  guideRoute: optional(z.enum(CONTACT_GUIDE_ROUTES)),
};

const taskFields = {
  caseId: z.uuid(),
  action: text(500).min(1),
  assignee: text(200).min(1),
  dueAt: instantSchema,
  status: z.enum(TASK_STATUSES),
  note: optional(text(5_000)),
};

/**
 * The Woo request's lifecycle fields change only through steps validated with shared/woo/lifecycle
 * (point 2). A create carries the initial state, which the hub recomputes from `receivedOn`.
 */
export const WOO_LIFECYCLE_FIELDS = [
  'status',
  'receivedOn',
  'suspensions',
  'handlingSince',
  'extension',
  'decision',
  'closedOn',
  'decideBy',
  'extensionNoticeBy',
] as const;

const wooEditable = {
  caseId: z.uuid(),
  bestuursorgaan: z.object({ code: text(100).min(1), name: text(300).min(1) }).strict(),
  subject: text(20_000).min(1),
  period: optional(text(500)),
  disclosureForm: z.enum(DISCLOSURE_FORMS),
  decisionDelivery: z.enum(DECISION_DELIVERIES),
  channel: z.enum(CHANNELS),
  receivedOnReason: optional(text(2_000)),
  filedOn: isoDate,
};

/** A create or a patch (creates may arrive in parts when an earlier mutation was lost). Woo lifecycle fields are checked by the hub. */
export const patchSchemas: Readonly<Record<Exclude<SyncedEntity, 'documents'>, z.ZodType>> = {
  cases: z.object(caseFields).partial().strict(),
  contacts: z.object(contactFields).partial().strict(),
  tasks: z.object(taskFields).partial().strict(),
  wooRequests: z
    .object({
      ...wooEditable,
      // Only a create carries these, and the hub recomputes them from receivedOn (the engine's initial state).
      receivedOn: isoDate,
      status: z.literal('ontvangen'),
      suspensions: z.array(z.never()).max(0),
      decideBy: isoDate.nullable(),
      extensionNoticeBy: isoDate.nullable(),
    })
    .partial()
    .strict(),
};

export const wooStepSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start-handling'), on: isoDate }).strict(),
  z.object({ type: z.literal('request-precisering'), on: isoDate, answerBy: isoDate }).strict(),
  z.object({ type: z.literal('request-zienswijze'), on: isoDate, answerBy: isoDate }).strict(),
  z.object({ type: z.literal('end-suspension'), on: isoDate }).strict(),
  z.object({ type: z.literal('extend'), on: isoDate, reason: text(2_000).min(1) }).strict(),
  z.object({ type: z.literal('decide'), on: isoDate, outcome: z.enum(WOO_OUTCOMES), objectionExpected: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('close'), on: isoDate }).strict(),
]);
