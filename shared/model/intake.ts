import { z } from 'zod';
import { nextAtwWorkingDay } from '../calendar/atw';
import {
  amsterdamDate,
  amsterdamInstant,
  amsterdamSameDayAt,
  formatAmsterdamDateTime,
  parseAmsterdamDateTime,
  type WallTime,
} from '../calendar/amsterdam';
import {
  ACCESSIBILITY_NEEDS,
  answerUsedSchema,
  ATTACHED_DOCUMENTS_MAX,
  CONTACT_GUIDE_ROUTES,
  DOCUMENT_TITLE_MAX,
  CONTACT_OUTCOMES,
  NOT_FOUND_NOTE_MAX,
  type AnswerUsed,
  type AttachedDocument,
  type CaseStatus,
  type ContactGuideRoute,
  type ContactOutcome,
  type Visitor,
} from './case';
import { CHANNELS, type CaseKind, type Channel } from './records';
import { checkPhone } from './phone';

/**
 * The contact intake: what the form holds while staff type (the draft, kept in localStorage on
 * every keystroke) and the rules it must meet to be saved. Pure: the renderer shows the issues
 * next to the fields, translated; nothing here knows about the DOM or storage.
 */

export const QUESTION_MAX = 4000;
/** From here on the form shows how many characters are left. */
export const QUESTION_COUNTER_FROM = 3500;
export const NOTE_MAX = 1000;
export const NAME_MAX = 200;
export const POSTAL_MAX = 500;
export const EMAIL_MAX = 254;
export const PHONE_MAX = 40;
export const ASSIGNEE_MAX = 100;
export const TOPIC_MAX = 200;

/**
 * Languages visitors ask for, as ISO 639-2/B codes (Klantinteracties `taal`). The first group is
 * shown first; the rest follows alphabetically by code. 'sgn' covers sign languages (NGT).
 */
export const COMMON_LANGUAGES = ['dut', 'eng', 'tur', 'ara', 'pol', 'ukr'] as const;
export const MORE_LANGUAGES = [
  'alb', 'amh', 'ber', 'bul', 'chi', 'fre', 'ger', 'gre', 'hin', 'hun', 'ita', 'kur', 'lit', 'per', 'pap', 'por',
  'pus', 'rum', 'rus', 'sgn', 'som', 'spa', 'srn', 'tir', 'urd', 'vie',
] as const;
export const VISITOR_LANGUAGES = [...COMMON_LANGUAGES, ...MORE_LANGUAGES] as const;
export type VisitorLanguage = (typeof VISITOR_LANGUAGES)[number];

export const CALLBACK_DUE_CHOICES = ['within-2h', 'today-16', 'next-day-10', 'custom'] as const;
export type CallbackDueChoice = (typeof CALLBACK_DUE_CHOICES)[number];

export const CASE_MODES = ['new', 'existing'] as const;

/** Everything the intake form holds. Strings stay strings ('' = empty) so a draft is plain JSON. */
export interface IntakeDraft {
  /** When the intake opened: the contact's time and the start of the call timer. */
  startedAt: string;
  /** Set when staff stop the call timer; the duration is then frozen. */
  endedAt: string | null;
  channel: Channel;
  question: string;
  topic: string;
  outcome: ContactOutcome;
  /** False until staff pick an outcome themselves, so "Terugbellen" may still set it. */
  outcomeChosen: boolean;
  /** Set when staff use an answer from the library; optional so drafts saved before it stay valid. */
  answerUsed?: AnswerUsed;
  /** Documents attached from the finder (outcome 'document-found'); optional like answerUsed. */
  documentsAttached?: AttachedDocument[];
  /** "Niet gevonden" in a few words (outcome 'document-not-found'). */
  notFoundNote?: string;
  /** The route the guide ended in while this contact was being taken. */
  guideRoute?: ContactGuideRoute;
  confidential: boolean;
  caseMode: (typeof CASE_MODES)[number];
  caseId: string | null;
  detailsOpen: boolean;
  visitor: {
    name: string;
    phone: string;
    email: string;
    postal: string;
    language: '' | VisitorLanguage;
    accessibility: Array<(typeof ACCESSIBILITY_NEEDS)[number]>;
  };
  callback: {
    enabled: boolean;
    assignee: string;
    due: CallbackDueChoice;
    /** 'YYYY-MM-DDTHH:mm' on Amsterdam's clock, only for due = 'custom'. */
    customDue: string;
    note: string;
  };
}

export function emptyIntake(options: { now: Date; channel: Channel; assignee: string }): IntakeDraft {
  return {
    startedAt: options.now.toISOString(),
    endedAt: null,
    channel: options.channel,
    question: '',
    topic: '',
    outcome: 'answered',
    outcomeChosen: false,
    confidential: false,
    caseMode: 'new',
    caseId: null,
    detailsOpen: false,
    visitor: { name: '', phone: '', email: '', postal: '', language: '', accessibility: [] },
    callback: { enabled: false, assignee: options.assignee, due: defaultDueChoice(options.now), customDue: '', note: '' },
  };
}

/** Whether anything was typed or chosen that would be lost by discarding the draft. */
export function intakeHasContent(draft: IntakeDraft): boolean {
  const v = draft.visitor;
  return Boolean(
    draft.question.trim() || draft.topic || draft.caseId || v.name.trim() || v.phone.trim() || v.email.trim() ||
      v.postal.trim() || v.language || v.accessibility.length || draft.callback.note.trim() ||
      // What the guide and the finder recorded with the visitor is work too.
      draft.answerUsed || draft.documentsAttached?.length || draft.notFoundNote?.trim() || draft.guideRoute,
  );
}

// ---------------------------------------------------------------------------------------------
// Callback due time

// Wall-clock times are Amsterdam's (shared/calendar/amsterdam.ts), whatever zone the host is in.

function nextWorkingDayAt(now: Date, time: WallTime): Date {
  return amsterdamInstant(nextAtwWorkingDay(amsterdamDate(now)), time);
}

/**
 * "Vandaag 16:00" while that leaves at least an hour; later in the day the next working day
 * (Atw: no weekend or holiday) at 10:00.
 */
export function defaultDueChoice(now: Date): CallbackDueChoice {
  return now.getTime() <= amsterdamSameDayAt(now, '15:00').getTime() ? 'today-16' : 'next-day-10';
}

/** A `datetime-local` value ('YYYY-MM-DDTHH:mm') read on Amsterdam's clock; undefined when it is no real date and time. */
export function parseLocalDateTime(value: string): Date | undefined {
  return parseAmsterdamDateTime(value);
}

/** The instant as a `datetime-local` value on Amsterdam's clock. */
export function formatLocalDateTime(date: Date): string {
  return formatAmsterdamDateTime(date);
}

/** The moment a callback is due, for a choice made at `now`; undefined for an invalid custom time. */
export function dueAtFor(choice: CallbackDueChoice, now: Date, customDue = ''): Date | undefined {
  switch (choice) {
    case 'within-2h':
      return new Date(now.getTime() + 2 * 3600_000);
    case 'today-16':
      return amsterdamSameDayAt(now, '16:00');
    case 'next-day-10':
      return nextWorkingDayAt(now, '10:00');
    case 'custom':
      return parseLocalDateTime(customDue);
  }
}

// ---------------------------------------------------------------------------------------------
// Validation

/** An issue for one field: `field` is the draft path ('visitor.phone'), `code` a message key. */
export interface IntakeIssue {
  field: string;
  code: string;
  params?: Record<string, number>;
}

/** The order fields appear in the form, so the first invalid one can take focus. */
export const FIELD_ORDER = [
  'question',
  'topic',
  'outcome',
  'notFoundNote',
  'visitor.phone',
  'callback.assignee',
  'callback.due',
  'callback.customDue',
  'callback.note',
  'caseId',
  'visitor.name',
  'visitor.email',
  'visitor.postal',
  'visitor.language',
] as const;

const text = (max: number, code: string) => z.string().trim().max(max, code);

const phoneField = z
  .string()
  .trim()
  .max(PHONE_MAX, 'phone.tooLong')
  .superRefine((value, ctx) => {
    if (value === '' || value.length > PHONE_MAX) return;
    const check = checkPhone(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: `phone.${check.problem}` });
  });

const emailField = z
  .string()
  .trim()
  .max(EMAIL_MAX, 'email.tooLong')
  .refine((value) => value === '' || value.length > EMAIL_MAX || z.email().safeParse(value).success, 'email.invalid');

export interface IntakeContext {
  now: Date;
  /** The attached case already has a phone number to call back on. */
  casePhoneKnown?: boolean;
}

export function intakeSchema(context: IntakeContext) {
  return z
    .object({
      startedAt: z.iso.datetime(),
      endedAt: z.iso.datetime().nullable(),
      channel: z.enum(CHANNELS),
      question: z.string().trim().min(1, 'question.required').max(QUESTION_MAX, 'question.tooLong'),
      topic: text(TOPIC_MAX, 'topic.tooLong'),
      outcome: z.enum(CONTACT_OUTCOMES),
      outcomeChosen: z.boolean(),
      answerUsed: answerUsedSchema.optional(),
      documentsAttached: z
        .array(z.object({ id: z.string().min(1).max(200), title: z.string().min(1).max(DOCUMENT_TITLE_MAX), category: z.string().max(10).optional() }))
        .max(ATTACHED_DOCUMENTS_MAX, 'documents.tooMany')
        .optional(),
      notFoundNote: text(NOT_FOUND_NOTE_MAX, 'notFound.tooLong').optional(),
      guideRoute: z.enum(CONTACT_GUIDE_ROUTES).optional(),
      confidential: z.boolean(),
      caseMode: z.enum(CASE_MODES),
      caseId: z.string().nullable(),
      detailsOpen: z.boolean(),
      visitor: z.object({
        name: text(NAME_MAX, 'name.tooLong'),
        phone: phoneField,
        email: emailField,
        postal: text(POSTAL_MAX, 'postal.tooLong'),
        language: z.union([z.literal(''), z.enum(VISITOR_LANGUAGES)]),
        accessibility: z.array(z.enum(ACCESSIBILITY_NEEDS)),
      }),
      callback: z.object({
        enabled: z.boolean(),
        assignee: text(ASSIGNEE_MAX, 'assignee.tooLong'),
        due: z.enum(CALLBACK_DUE_CHOICES),
        customDue: z.string(),
        note: text(NOTE_MAX, 'note.tooLong'),
      }),
    })
    .superRefine((draft, ctx) => {
      if (draft.caseMode === 'existing' && !draft.caseId) {
        ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'case.required' });
      }
      if (!draft.callback.enabled) return;
      if (!draft.visitor.phone && !context.casePhoneKnown) {
        ctx.addIssue({ code: 'custom', path: ['visitor', 'phone'], message: 'callback.phoneRequired' });
      }
      if (!draft.callback.assignee) {
        ctx.addIssue({ code: 'custom', path: ['callback', 'assignee'], message: 'callback.assigneeRequired' });
      }
      // 'Vandaag 16:00' chosen in the morning and saved after four is past as well.
      const due = dueAtFor(draft.callback.due, context.now, draft.callback.customDue);
      const field = draft.callback.due === 'custom' ? 'customDue' : 'due';
      if (!due) ctx.addIssue({ code: 'custom', path: ['callback', field], message: 'callback.dueInvalid' });
      else if (due.getTime() <= context.now.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['callback', field], message: 'callback.duePast' });
      }
    });
}

/** What gets saved, derived from a valid draft. */
export interface IntakeInput {
  channel: Channel;
  startedAt: string;
  durationSeconds?: number;
  question: string;
  topic?: string;
  outcome: ContactOutcome;
  answerUsed?: AnswerUsed;
  documentsAttached?: AttachedDocument[];
  notFoundNote?: string;
  guideRoute?: ContactGuideRoute;
  confidential: boolean;
  caseId?: string;
  visitor?: Visitor;
  callback?: { assignee: string; dueAt: string; note?: string };
}

export type IntakeValidation = { ok: true; value: IntakeInput } | { ok: false; issues: IntakeIssue[] };

const LIMITS: Record<string, number> = {
  'question.tooLong': QUESTION_MAX,
  'name.tooLong': NAME_MAX,
  'postal.tooLong': POSTAL_MAX,
  'email.tooLong': EMAIL_MAX,
  'phone.tooLong': PHONE_MAX,
  'note.tooLong': NOTE_MAX,
  'assignee.tooLong': ASSIGNEE_MAX,
  'topic.tooLong': TOPIC_MAX,
  'notFound.tooLong': NOT_FOUND_NOTE_MAX,
  'documents.tooMany': ATTACHED_DOCUMENTS_MAX,
};

/** Seconds from the start of a phone contact to its end (or `now`), never negative. */
export function callSeconds(draft: Pick<IntakeDraft, 'startedAt' | 'endedAt'>, now: Date): number {
  const end = draft.endedAt ? Date.parse(draft.endedAt) : now.getTime();
  return Math.max(0, Math.floor((end - Date.parse(draft.startedAt)) / 1000));
}

export function validateIntake(draft: IntakeDraft, context: IntakeContext): IntakeValidation {
  const result = intakeSchema(context).safeParse(draft);
  if (!result.success) {
    const issues = result.error.issues.map((issue): IntakeIssue => {
      // Our rules carry message keys ('phone.tooShort'); anything else is a shape error of the draft.
      const code = /^[a-z][a-zA-Z]*\.[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid';
      const max = LIMITS[code];
      return { field: issue.path.join('.'), code, ...(max !== undefined ? { params: { max } } : {}) };
    });
    const rank = (field: string) => {
      const index = (FIELD_ORDER as readonly string[]).indexOf(field);
      return index === -1 ? FIELD_ORDER.length : index;
    };
    issues.sort((a, b) => rank(a.field) - rank(b.field));
    return { ok: false, issues };
  }
  const d = result.data;
  const visitor: Visitor = {};
  if (d.visitor.name) visitor.name = d.visitor.name;
  if (d.visitor.phone) visitor.phone = d.visitor.phone;
  if (d.visitor.email) visitor.email = d.visitor.email;
  if (d.visitor.postal) visitor.postal = d.visitor.postal;
  if (d.visitor.language) visitor.language = d.visitor.language;
  if (d.visitor.accessibility.length) visitor.accessibility = [...new Set(d.visitor.accessibility)];
  const value: IntakeInput = {
    channel: d.channel,
    startedAt: d.startedAt,
    question: d.question,
    outcome: d.outcome,
    confidential: d.confidential,
  };
  if (d.channel === 'telefoon') value.durationSeconds = callSeconds(d, context.now);
  if (d.topic) value.topic = d.topic;
  // An answer only counts while the outcome still says it was answered.
  if (d.answerUsed && d.outcome === 'answered') value.answerUsed = d.answerUsed;
  // Documents staff attached were shown to the visitor whatever the outcome became (a guide route or
  // an answer may change it later), so they are kept; the intake lists them under every outcome.
  if (d.documentsAttached?.length) value.documentsAttached = d.documentsAttached;
  // The "niet gevonden" note belongs to its own outcome only: the intake shows it only there.
  if (d.notFoundNote && d.outcome === 'document-not-found') value.notFoundNote = d.notFoundNote;
  if (d.guideRoute) value.guideRoute = d.guideRoute;
  if (d.caseMode === 'existing' && d.caseId) value.caseId = d.caseId;
  if (Object.keys(visitor).length) value.visitor = visitor;
  if (d.callback.enabled) {
    const due = dueAtFor(d.callback.due, context.now, d.callback.customDue)!;
    value.callback = { assignee: d.callback.assignee, dueAt: due.toISOString(), ...(d.callback.note ? { note: d.callback.note } : {}) };
  }
  return { ok: true, value };
}

// ---------------------------------------------------------------------------------------------
// What a contact means for its case

/** The kind of a new case follows from how its first contact ended. */
export function caseKindForOutcome(outcome: ContactOutcome): CaseKind {
  switch (outcome) {
    case 'woo-filed':
      return 'woo';
    case 'avg-routed':
      return 'avg';
    case 'referred':
      return 'referral';
    case 'document-found':
      return 'document';
    case 'other':
      return 'other';
    default:
      return 'question';
  }
}

/** Outcomes after which nothing is left to do for the desk (unless a callback was planned). */
const SETTLING_OUTCOMES: readonly ContactOutcome[] = ['answered', 'document-found', 'referred'];

export function caseStatusForNewCase(outcome: ContactOutcome, hasCallback: boolean): CaseStatus {
  return !hasCallback && SETTLING_OUTCOMES.includes(outcome) ? 'closed' : 'open';
}

/**
 * A new contact on an existing case reopens it when something is left to do; it never closes a
 * case by itself (a Woo request on it may still be running).
 */
export function statusAfterFollowUp(current: CaseStatus, outcome: ContactOutcome, hasCallback: boolean): CaseStatus {
  if (current === 'closed' && (hasCallback || !SETTLING_OUTCOMES.includes(outcome))) return 'open';
  return current;
}
