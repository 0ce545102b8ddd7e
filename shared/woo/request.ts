/**
 * The legal side of a Woo case (DESIGN.md "Data": `wooRequests`). Visitor contact details are NOT
 * stored here: they live on the case (`CaseFields.visitor`), so there is one place to remove them
 * from when the retention period ends (AVG).
 */
import { z } from 'zod';
import type { BaseRecord } from '../model/records';
import { CHANNELS, type Channel } from '../model/records';
import { isIsoDate, type IsoDate } from '../calendar/isoDate';

/**
 * Where a request is in its life (see lifecycle.ts for the allowed steps between them):
 * ontvangen → (precisering-gevraagd) → in-behandeling → (zienswijze-gevraagd) → (verdaagd) →
 * besloten → gesloten.
 */
export const WOO_STATUSES = [
  'ontvangen',
  'precisering-gevraagd',
  'in-behandeling',
  'zienswijze-gevraagd',
  'verdaagd',
  'besloten',
  'gesloten',
] as const;
export type WooStatus = (typeof WOO_STATUSES)[number];

/** Statuses in which the decision term is running or suspended: the request still needs a decision. */
export const OPEN_WOO_STATUSES: readonly WooStatus[] = [
  'ontvangen',
  'precisering-gevraagd',
  'in-behandeling',
  'zienswijze-gevraagd',
  'verdaagd',
];

/** The decision (besluit) on a Woo request. */
export const WOO_OUTCOMES = ['openbaar', 'deels-openbaar', 'niet-openbaar', 'geen-documenten', 'buiten-behandeling'] as const;
export type WooOutcome = (typeof WOO_OUTCOMES)[number];

/**
 * Why the clock stopped: the requester was asked to make the request more precise (Woo art. 4.1
 * lid 5, Awb 4:15), or a third party was asked for its view (zienswijze, Woo art. 4.4 lid 3).
 */
export const SUSPENSION_KINDS = ['precisering', 'zienswijze'] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];

/** The legal ground, as it appears in the term explanation and in exports. */
export const SUSPENSION_GROUNDS: Record<SuspensionKind, string> = {
  precisering: 'precisering gevraagd, Woo art. 4.1 lid 5 en Awb 4:15',
  zienswijze: 'zienswijze van een derde gevraagd, Woo art. 4.4 lid 3',
};

export const DISCLOSURE_FORMS = ['digitaal', 'papier'] as const;
export type DisclosureForm = (typeof DISCLOSURE_FORMS)[number];

/** How the decision reaches the requester: by e-mail, by post, or told at the desk / by phone. */
export const DECISION_DELIVERIES = ['email', 'post', 'mondeling'] as const;
export type DecisionDelivery = (typeof DECISION_DELIVERIES)[number];

export interface WooSuspension {
  kind: SuspensionKind;
  /** The day the requester was invited to clarify, or told a view is asked. */
  requestedOn: IsoDate;
  /** First suspended day: the day after `requestedOn` (Awb 4:15 lid 1, Woo art. 4.4 lid 3). */
  from: IsoDate;
  /** Last day of the term set for the answer. */
  answerBy: IsoDate;
  /** The day the clock runs again; absent while the suspension lasts. */
  until?: IsoDate;
  /** Whether the answer came, or the term for it lapsed unused. */
  ended?: 'answered' | 'lapsed';
  /** The day the end was recorded: the answer's arrival, or a day after the answer term. */
  endedOn?: IsoDate;
}

export interface WooExtension {
  /** The day the written, reasoned notice of the verdaging was sent (Woo art. 4.4 lid 2). */
  noticeOn: IsoDate;
  reason: string;
}

export interface WooDecision {
  outcome: WooOutcome;
  decidedOn: IsoDate;
  /** A third party is expected to object: disclosure waits 2 weeks (Woo art. 4.4 lid 5). */
  objectionExpected?: boolean;
  /** The first day the documents may be disclosed, for outcomes that disclose anything. */
  disclosureFrom?: IsoDate;
}

/** The part of a request the lifecycle works on. */
export interface WooLifecycleState {
  status: WooStatus;
  receivedOn: IsoDate;
  suspensions: WooSuspension[];
  /** The day it was taken into handling (in behandeling genomen). */
  handlingSince?: IsoDate;
  extension?: WooExtension;
  decision?: WooDecision;
  closedOn?: IsoDate;
}

export interface Bestuursorgaan {
  /** TOOI organisation code (e.g. gm0363), with a role suffix for a municipality's own bodies (gm0363:college). */
  code: string;
  name: string;
}

export interface WooRequestFields extends WooLifecycleState {
  caseId: string;
  bestuursorgaan: Bestuursorgaan;
  /** The matter or the documents, in the visitor's words. */
  subject: string;
  /** The period the information is about, as the visitor put it ('2023 tot nu'). */
  period?: string;
  disclosureForm: DisclosureForm;
  decisionDelivery: DecisionDelivery;
  /** Channel the request came in by (ZGW communicatiekanaal). */
  channel: Channel;
  /** Why the date of receipt is not the day it was filed; required when they differ. */
  receivedOnReason?: string;
  /** The day it was entered in Open Loket. */
  filedOn: IsoDate;
  /** Derived by the lifecycle on every step, stored for indexing and lists; null while suspended. */
  decideBy: IsoDate | null;
  /** Derived: the last day a verdaging may be sent; null while a suspension is open. */
  extensionNoticeBy: IsoDate | null;
}
export type WooRequestRecord = BaseRecord & WooRequestFields;

const isoDate = z.string().refine(isIsoDate, 'geen geldige datum (JJJJ-MM-DD)');

const suspensionSchema = z.object({
  kind: z.enum(SUSPENSION_KINDS),
  requestedOn: isoDate,
  from: isoDate,
  answerBy: isoDate,
  until: isoDate.optional(),
  ended: z.enum(['answered', 'lapsed']).optional(),
  endedOn: isoDate.optional(),
});

/** Checks a stored or synced record before screens use it; a record from a newer client fails loudly. */
export const wooRequestFieldsSchema = z.object({
  caseId: z.string().min(1),
  status: z.enum(WOO_STATUSES),
  receivedOn: isoDate,
  suspensions: z.array(suspensionSchema),
  handlingSince: isoDate.optional(),
  extension: z.object({ noticeOn: isoDate, reason: z.string().min(1) }).optional(),
  decision: z
    .object({
      outcome: z.enum(WOO_OUTCOMES),
      decidedOn: isoDate,
      objectionExpected: z.boolean().optional(),
      disclosureFrom: isoDate.optional(),
    })
    .optional(),
  closedOn: isoDate.optional(),
  bestuursorgaan: z.object({ code: z.string().min(1), name: z.string().min(1) }),
  subject: z.string().min(1),
  period: z.string().optional(),
  disclosureForm: z.enum(DISCLOSURE_FORMS),
  decisionDelivery: z.enum(DECISION_DELIVERIES),
  channel: z.enum(CHANNELS),
  receivedOnReason: z.string().optional(),
  filedOn: isoDate,
  decideBy: isoDate.nullable(),
  extensionNoticeBy: isoDate.nullable(),
});

/** The suspension that is still running, if any. */
export function openSuspension(state: Pick<WooLifecycleState, 'suspensions'>): WooSuspension | undefined {
  return state.suspensions.find((s) => s.until === undefined);
}

export function isOpenWooStatus(status: WooStatus): boolean {
  return OPEN_WOO_STATUSES.includes(status);
}
