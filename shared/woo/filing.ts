/**
 * Filing a Woo request at the desk: what the form holds (kept as a draft on every keystroke) and
 * the rules it must meet. Pure; the renderer shows the issues next to the fields, translated.
 */
import { z } from 'zod';
import { compareIsoDates, isIsoDate, type IsoDate } from '../calendar/isoDate';
import { ATW_FIRST_YEAR } from '../calendar/atw';
import type { Visitor } from '../model/case';
import { CHANNELS, type Channel } from '../model/records';
import { checkPhone } from '../model/phone';
import { EMAIL_MAX, NAME_MAX, PHONE_MAX, POSTAL_MAX, QUESTION_MAX, TOPIC_MAX } from '../model/intake';
import { DECISION_DELIVERIES, DISCLOSURE_FORMS, type Bestuursorgaan, type DecisionDelivery, type DisclosureForm } from './request';

export const PERIOD_MAX = 200;
export const REASON_MAX = 500;

/** Answers to the short check before filing; '' = not answered yet. */
export interface FilingCheck {
  /** Is it about the visitor's own personal data? Then it is an AVG access request. */
  ownData: '' | 'yes' | 'no';
  /** Might the information already be public? Then search first. */
  maybePublic: '' | 'yes' | 'no';
  /** Does another body hold the information? Then refer (Woo art. 4.2). */
  otherBody: '' | 'yes' | 'no';
}

export interface WooFilingDraft {
  step: 'check' | 'form';
  check: FilingCheck;
  caseId: string | null;
  channel: Channel;
  subject: string;
  /** The case's topic (the workstation's list), so the centre's figures count Woo cases too. Optional in drafts saved before it existed. */
  topic?: string;
  period: string;
  bestuursorgaan: Bestuursorgaan | null;
  disclosureForm: DisclosureForm;
  decisionDelivery: DecisionDelivery;
  visitor: { name: string; email: string; phone: string; postal: string };
  receivedOn: IsoDate;
  receivedOnReason: string;
  /** The body the visitor is referred to, for the referral route. */
  referralBody: Bestuursorgaan | null;
}

export interface FilingDefaults {
  today: IsoDate;
  channel: Channel;
  caseId?: string;
  subject?: string;
  topic?: string;
  visitor?: Visitor;
}

export function emptyFiling(defaults: FilingDefaults): WooFilingDraft {
  const v = defaults.visitor ?? {};
  return {
    step: 'check',
    check: { ownData: '', maybePublic: '', otherBody: '' },
    caseId: defaults.caseId ?? null,
    channel: defaults.channel,
    subject: defaults.subject ?? '',
    topic: defaults.topic ?? '',
    period: '',
    bestuursorgaan: null,
    disclosureForm: 'digitaal',
    // Someone who gave an e-mail address most likely wants the decision there.
    decisionDelivery: v.email ? 'email' : v.postal ? 'post' : 'email',
    visitor: { name: v.name ?? '', email: v.email ?? '', phone: v.phone ?? '', postal: v.postal ?? '' },
    receivedOn: defaults.today,
    receivedOnReason: '',
    referralBody: null,
  };
}

/** Whether anything was typed or chosen that would be lost by discarding the draft. */
export function filingHasContent(draft: WooFilingDraft, defaults: WooFilingDraft): boolean {
  return JSON.stringify({ ...draft, step: 'check' }) !== JSON.stringify({ ...defaults, step: 'check' });
}

/** An issue for one field: `field` is the draft path ('visitor.email'), `code` a message key. */
export interface FilingIssue {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** The order fields appear in the form, so the first invalid one can take focus. */
export const FILING_FIELD_ORDER = [
  'subject',
  'topic',
  'period',
  'bestuursorgaan',
  'disclosureForm',
  'decisionDelivery',
  'visitor.name',
  'visitor.email',
  'visitor.postal',
  'visitor.phone',
  'receivedOn',
  'receivedOnReason',
] as const;

export interface FilingInput {
  caseId?: string;
  channel: Channel;
  subject: string;
  topic?: string;
  period?: string;
  bestuursorgaan: Bestuursorgaan;
  disclosureForm: DisclosureForm;
  decisionDelivery: DecisionDelivery;
  /** Only the fields given; undefined when anonymous. */
  visitor?: Pick<Visitor, 'name' | 'email' | 'phone' | 'postal'>;
  receivedOn: IsoDate;
  receivedOnReason?: string;
}

export type FilingValidation = { ok: true; value: FilingInput } | { ok: false; issues: FilingIssue[] };

const trimmed = (max: number, code: string) => z.string().trim().max(max, code);

function filingSchema(today: IsoDate) {
  return z
    .object({
      caseId: z.string().nullable(),
      channel: z.enum(CHANNELS),
      subject: z.string().trim().min(1, 'subject.required').max(QUESTION_MAX, 'subject.tooLong'),
      topic: trimmed(TOPIC_MAX, 'topic.tooLong').optional(),
      period: trimmed(PERIOD_MAX, 'period.tooLong'),
      bestuursorgaan: z
        .object({ code: z.string().min(1), name: z.string().min(1) })
        .nullable()
        .refine((value) => value !== null, 'bestuursorgaan.required'),
      disclosureForm: z.enum(DISCLOSURE_FORMS),
      decisionDelivery: z.enum(DECISION_DELIVERIES),
      visitor: z.object({
        name: trimmed(NAME_MAX, 'name.tooLong'),
        email: trimmed(EMAIL_MAX, 'email.tooLong').refine(
          (value) => value === '' || value.length > EMAIL_MAX || z.email().safeParse(value).success,
          'email.invalid',
        ),
        phone: trimmed(PHONE_MAX, 'phone.tooLong').superRefine((value, ctx) => {
          if (value === '' || value.length > PHONE_MAX) return;
          const check = checkPhone(value);
          if (!check.ok) ctx.addIssue({ code: 'custom', message: `phone.${check.problem}` });
        }),
        postal: trimmed(POSTAL_MAX, 'postal.tooLong'),
      }),
      receivedOn: z.string(),
      receivedOnReason: trimmed(REASON_MAX, 'receivedOnReason.tooLong'),
    })
    .superRefine((draft, ctx) => {
      // The decision has to reach the requester (a name is optional: anonymous is allowed).
      if (draft.decisionDelivery === 'email' && !draft.visitor.email) {
        ctx.addIssue({ code: 'custom', path: ['visitor', 'email'], message: 'email.requiredForDecision' });
      }
      if (draft.decisionDelivery === 'post' && !draft.visitor.postal) {
        ctx.addIssue({ code: 'custom', path: ['visitor', 'postal'], message: 'postal.requiredForDecision' });
      }
      if (!isIsoDate(draft.receivedOn) || Number(draft.receivedOn.slice(0, 4)) < ATW_FIRST_YEAR) {
        ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'receivedOn.invalid' });
        return;
      }
      if (compareIsoDates(draft.receivedOn, today) > 0) {
        ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'receivedOn.future' });
      } else if (draft.receivedOn !== today && !draft.receivedOnReason) {
        // The term runs from receipt: a date other than today must be explained (audit, objections).
        ctx.addIssue({ code: 'custom', path: ['receivedOnReason'], message: 'receivedOnReason.required' });
      }
    });
}

const LIMITS: Record<string, number> = {
  'subject.tooLong': QUESTION_MAX,
  'period.tooLong': PERIOD_MAX,
  'topic.tooLong': TOPIC_MAX,
  'name.tooLong': NAME_MAX,
  'email.tooLong': EMAIL_MAX,
  'phone.tooLong': PHONE_MAX,
  'postal.tooLong': POSTAL_MAX,
  'receivedOnReason.tooLong': REASON_MAX,
};

export function validateFiling(draft: WooFilingDraft, today: IsoDate): FilingValidation {
  const result = filingSchema(today).safeParse(draft);
  if (!result.success) {
    const rank = (field: string) => {
      const index = (FILING_FIELD_ORDER as readonly string[]).indexOf(field);
      return index === -1 ? FILING_FIELD_ORDER.length : index;
    };
    const issues = result.error.issues
      .map((issue): FilingIssue => {
        const code = /^[a-zA-Z]+\.[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid';
        const max = LIMITS[code];
        return { field: issue.path.join('.'), code, ...(max !== undefined ? { params: { max } } : {}) };
      })
      .sort((a, b) => rank(a.field) - rank(b.field));
    return { ok: false, issues };
  }
  const d = result.data;
  const visitor: NonNullable<FilingInput['visitor']> = {};
  if (d.visitor.name) visitor.name = d.visitor.name;
  if (d.visitor.email) visitor.email = d.visitor.email;
  if (d.visitor.phone) visitor.phone = d.visitor.phone;
  if (d.visitor.postal) visitor.postal = d.visitor.postal;
  return {
    ok: true,
    value: {
      ...(d.caseId ? { caseId: d.caseId } : {}),
      channel: d.channel,
      subject: d.subject,
      ...(d.topic ? { topic: d.topic } : {}),
      ...(d.period ? { period: d.period } : {}),
      bestuursorgaan: d.bestuursorgaan as Bestuursorgaan,
      disclosureForm: d.disclosureForm,
      decisionDelivery: d.decisionDelivery,
      ...(Object.keys(visitor).length ? { visitor } : {}),
      receivedOn: d.receivedOn,
      ...(d.receivedOn !== today && d.receivedOnReason ? { receivedOnReason: d.receivedOnReason } : {}),
    },
  };
}
