/**
 * The life of a Woo request as a state machine. Pure: a step either gives the next state (with
 * the decision term recomputed by computeWooTerm) or throws a WooLifecycleError that says, in
 * Dutch, why the law or the order of events does not allow it.
 *
 *   ontvangen ──► precisering-gevraagd ──► in-behandeling ◄──► zienswijze-gevraagd
 *       │               (Awb 4:15)              │                 (art. 4.4 lid 3)
 *       └──────────────► in-behandeling ────────┼──► verdaagd (art. 4.4 lid 2)
 *                                               ▼
 *                                           besloten ──► gesloten
 *
 * Dates: `on` is the legal date of the step (the day the letter went out, the answer came in),
 * never later than today and never earlier than the previous step.
 */
import type { IsoDate } from '../calendar/isoDate';
import { addDays, compareIsoDates, isIsoDate } from '../calendar/isoDate';
import { formatDutchDate } from '../calendar/dutchDate';
import { computeWooTerm, delayedDisclosure, preciseringTerm, type WooTerm, type WooTermInput } from './deadline';
import {
  openSuspension,
  SUSPENSION_GROUNDS,
  type SuspensionKind,
  type WooLifecycleState,
  type WooOutcome,
  type WooStatus,
  type WooSuspension,
} from './request';

export { PRECISERING_ASK_DAYS, DISCLOSURE_WAIT_DAYS as OBJECTION_WAIT_DAYS } from './deadline';

export type WooStep =
  | { type: 'start-handling'; on: IsoDate }
  | { type: 'request-precisering'; on: IsoDate; answerBy: IsoDate }
  | { type: 'request-zienswijze'; on: IsoDate; answerBy: IsoDate }
  | { type: 'end-suspension'; on: IsoDate }
  | { type: 'extend'; on: IsoDate; reason: string }
  | { type: 'decide'; on: IsoDate; outcome: WooOutcome; objectionExpected?: boolean }
  | { type: 'close'; on: IsoDate };
export type WooStepType = WooStep['type'];

export const WOO_STEP_TYPES: readonly WooStepType[] = [
  'start-handling',
  'request-precisering',
  'request-zienswijze',
  'end-suspension',
  'extend',
  'decide',
  'close',
];

export interface StepContext {
  today: IsoDate;
  /** Days equated with holidays by Royal Decree (Atw art. 3 lid 3). */
  extraHolidays?: readonly IsoDate[];
}

export type WooLifecycleErrorCode =
  | 'invalid-date'
  | 'in-future'
  | 'before-previous'
  | 'not-allowed-now'
  | 'precisering-too-late'
  | 'term-lapsed'
  | 'answer-before-start'
  | 'already-extended'
  | 'extension-too-late'
  | 'reason-required'
  | 'suspension-open'
  | 'answer-term-running'
  | 'no-chance-to-complete'
  | 'disclosure-pending';

/** A step the law or the order of events does not allow. `message` is Dutch and can be shown as is. */
export class WooLifecycleError extends Error {
  override readonly name = 'WooLifecycleError';
  constructor(
    readonly code: WooLifecycleErrorCode,
    message: string,
    /** Values for a translated message: dates as IsoDate, the status, the step. */
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Which step may follow which status. Conditions on dates are checked separately. */
const ALLOWED_FROM: Record<WooStepType, readonly WooStatus[]> = {
  'start-handling': ['ontvangen'],
  'request-precisering': ['ontvangen', 'in-behandeling'],
  'request-zienswijze': ['in-behandeling', 'verdaagd'],
  'end-suspension': ['precisering-gevraagd', 'zienswijze-gevraagd'],
  extend: ['ontvangen', 'in-behandeling', 'precisering-gevraagd', 'zienswijze-gevraagd'],
  decide: ['ontvangen', 'in-behandeling', 'verdaagd', 'precisering-gevraagd'],
  close: ['besloten'],
};

const STATUS_NAMES: Record<WooStatus, string> = {
  ontvangen: 'ontvangen',
  'precisering-gevraagd': 'precisering gevraagd',
  'in-behandeling': 'in behandeling',
  'zienswijze-gevraagd': 'zienswijze gevraagd',
  verdaagd: 'verdaagd',
  besloten: 'besloten',
  gesloten: 'gesloten',
};

const STEP_NAMES: Record<WooStepType, string> = {
  'start-handling': 'in behandeling nemen',
  'request-precisering': 'precisering vragen',
  'request-zienswijze': 'zienswijze vragen',
  'end-suspension': 'opschorting beëindigen',
  extend: 'verdagen',
  decide: 'besluiten',
  close: 'sluiten',
};

const d = (date: IsoDate) => formatDutchDate(date);

/** The input computeWooTerm needs for a request in this state. */
export function wooTermInput(state: WooLifecycleState, extraHolidays: readonly IsoDate[] = []): WooTermInput {
  return {
    receivedOn: state.receivedOn,
    extended: state.extension !== undefined,
    suspensions: state.suspensions.map((s) => ({
      from: s.from,
      ...(s.until !== undefined ? { until: s.until } : {}),
      reason: SUSPENSION_GROUNDS[s.kind],
    })),
    extraHolidays: [...extraHolidays],
  };
}

export function termOf(state: WooLifecycleState, extraHolidays: readonly IsoDate[] = []): WooTerm {
  return computeWooTerm(wooTermInput(state, extraHolidays));
}

/** Woo art. 4.1 lid 5: the last day a precisering can be asked (two weeks after receipt, Atw applied). */
export function preciseringAskBy(receivedOn: IsoDate, extraHolidays: readonly IsoDate[] = []): IsoDate {
  return preciseringTerm(receivedOn, extraHolidays).askBy;
}

/**
 * The last day a precisering can still be asked, while that matters: the status allows it, none
 * was asked yet, and `today` is not past it. Null otherwise. Screens and the deadline list show it
 * (the informal approach: phone first, ask within two weeks).
 */
export function preciseringOpenUntil(state: WooLifecycleState, today: IsoDate, extraHolidays: readonly IsoDate[] = []): IsoDate | null {
  if (!ALLOWED_FROM['request-precisering'].includes(state.status)) return null;
  if (state.suspensions.some((s) => s.kind === 'precisering')) return null;
  const by = preciseringAskBy(state.receivedOn, extraHolidays);
  return compareIsoDates(today, by) > 0 ? null : by;
}

/**
 * The last day a verdaging can be announced for this request, or null while the first term is
 * suspended (a suspension that began inside it is still open: the announcement can be made on any
 * day until the suspension ends). Unlike `WooTerm.extensionNoticeBy`, which is null whenever a
 * suspension is open, this stays known when the open suspension began after the first term ended,
 * so the lifecycle can still refuse a late verdaging.
 */
export function extensionDeadline(state: WooLifecycleState, extraHolidays: readonly IsoDate[] = []): IsoDate | null {
  const running = openSuspension(state);
  if (!running) return termOf(state, extraHolidays).extensionNoticeBy;
  const closed = { ...state, suspensions: state.suspensions.filter((s) => s !== running) };
  const by = termOf(closed, extraHolidays).extensionNoticeBy as IsoDate;
  return compareIsoDates(running.from, by) <= 0 ? null : by;
}

/**
 * Awb 4:5: a request may be left undecided (buiten behandeling) only after the requester had the
 * chance to complete it within a term that has passed: a precisering was asked and its answer term
 * lapsed by `on`, or the answer came in (and staff judge it insufficient).
 */
export function hadChanceToComplete(state: WooLifecycleState, on: IsoDate): boolean {
  return state.suspensions.some(
    (s) => s.kind === 'precisering' && (s.ended !== undefined || compareIsoDates(on, s.answerBy) > 0),
  );
}

/** The latest legal date among the steps already taken: a new step cannot be dated before it. */
export function lastStepOn(state: WooLifecycleState): IsoDate {
  const dates: IsoDate[] = [state.receivedOn];
  if (state.handlingSince) dates.push(state.handlingSince);
  for (const s of state.suspensions) {
    dates.push(s.requestedOn);
    if (s.endedOn !== undefined) dates.push(s.endedOn);
  }
  if (state.extension) dates.push(state.extension.noticeOn);
  if (state.decision) dates.push(state.decision.decidedOn);
  if (state.closedOn) dates.push(state.closedOn);
  return dates.reduce((latest, date) => (compareIsoDates(date, latest) > 0 ? date : latest));
}

/** A new request as received; the date of receipt may not lie in the future. */
export function newWooRequestState(receivedOn: IsoDate, context: StepContext): { state: WooLifecycleState; term: WooTerm } {
  requireStepDate(receivedOn, context.today, 'ontvangstdatum');
  const state: WooLifecycleState = { status: 'ontvangen', receivedOn, suspensions: [] };
  return { state, term: termOf(state, context.extraHolidays) };
}

function requireStepDate(on: IsoDate, today: IsoDate, label: string): void {
  if (!isIsoDate(on)) {
    throw new WooLifecycleError('invalid-date', `De ${label} ${JSON.stringify(on)} is geen geldige datum (JJJJ-MM-DD).`, { on: String(on) });
  }
  if (compareIsoDates(on, today) > 0) {
    throw new WooLifecycleError(
      'in-future',
      `De ${label} (${d(on)}) ligt na vandaag (${d(today)}); leg een stap vast op de dag dat hij is gebeurd.`,
      { on, today },
    );
  }
}

/**
 * Whether a step of this type is possible in this state today, apart from the details the user
 * still has to enter. Screens use it to offer only the steps that can succeed, and to say why
 * the others cannot (for example a verdaging after its last day).
 */
export function stepBlocker(state: WooLifecycleState, type: WooStepType, context: StepContext): WooLifecycleError | null {
  if (!ALLOWED_FROM[type].includes(state.status)) {
    if (type === 'decide' && state.status === 'zienswijze-gevraagd') {
      return new WooLifecycleError(
        'suspension-open',
        'Er loopt nog een opschorting voor een zienswijze. Leg eerst vast dat de zienswijze is ontvangen of dat de termijn ervoor is verstreken.',
        { status: state.status },
      );
    }
    return new WooLifecycleError(
      'not-allowed-now',
      `Een verzoek met de status "${STATUS_NAMES[state.status]}" kan niet: ${STEP_NAMES[type]}.`,
      { status: state.status, step: type },
    );
  }
  const extra = context.extraHolidays ?? [];
  if (type === 'extend') {
    if (state.extension) {
      return new WooLifecycleError(
        'already-extended',
        `Het verzoek is al verdaagd op ${d(state.extension.noticeOn)}; de Woo staat één verdaging van ten hoogste 2 weken toe (art. 4.4 lid 2).`,
        { noticeOn: state.extension.noticeOn },
      );
    }
    // Judged by the latest possible step date, not by today: a verdaging sent in time may be
    // recorded days later, but no step can be dated before the previous one.
    const by = extensionDeadline(state, extra);
    if (by !== null && compareIsoDates(lastStepOn(state), by) > 0) {
      return new WooLifecycleError(
        'extension-too-late',
        `Verdagen kan niet meer: de mededeling moest uiterlijk op ${d(by)} zijn verstuurd, vóór het einde van de eerste 4 weken (Woo art. 4.4 lid 2).`,
        { by },
      );
    }
  }
  if (type === 'request-precisering') {
    const by = preciseringAskBy(state.receivedOn, extra);
    if (compareIsoDates(lastStepOn(state), by) > 0) {
      return new WooLifecycleError(
        'precisering-too-late',
        `Precisering vragen kan niet meer: dat moest binnen 2 weken na ontvangst, uiterlijk op ${d(by)} (Woo art. 4.1 lid 5).`,
        { by },
      );
    }
  }
  if (type === 'decide' && state.status === 'precisering-gevraagd') {
    const running = openSuspension(state);
    if (running && compareIsoDates(context.today, running.answerBy) <= 0) {
      return new WooLifecycleError(
        'answer-term-running',
        `De verzoeker heeft tot en met ${d(running.answerBy)} om het verzoek te preciseren. Wacht het antwoord of het einde van die termijn af.`,
        { answerBy: running.answerBy },
      );
    }
  }
  return null;
}

/** The step types that can be taken now, in the order screens offer them. */
export function availableSteps(state: WooLifecycleState, context: StepContext): WooStepType[] {
  return WOO_STEP_TYPES.filter((type) => stepBlocker(state, type, context) === null);
}

function requireOrder(state: WooLifecycleState, on: IsoDate, today: IsoDate): void {
  requireStepDate(on, today, 'datum');
  const previous = lastStepOn(state);
  if (compareIsoDates(on, previous) < 0) {
    throw new WooLifecycleError(
      'before-previous',
      `De datum ${d(on)} ligt vóór de vorige stap in dit verzoek (${d(previous)}); stappen worden in volgorde vastgelegd.`,
      { on, previous },
    );
  }
}

function suspend(state: WooLifecycleState, kind: SuspensionKind, on: IsoDate, answerBy: IsoDate, extra: readonly IsoDate[]): WooLifecycleState {
  // Awb 4:15 lid 1 and Woo art. 4.4 lid 3: suspended from the day after the invitation / notice.
  const from = addDays(on, 1);
  if (!isIsoDate(answerBy)) {
    throw new WooLifecycleError('invalid-date', `De antwoordtermijn ${JSON.stringify(answerBy)} is geen geldige datum.`, { answerBy: String(answerBy) });
  }
  if (compareIsoDates(answerBy, from) < 0) {
    throw new WooLifecycleError(
      'answer-before-start',
      `De termijn voor het antwoord (${d(answerBy)}) moet na de dag van het verzoek (${d(on)}) liggen.`,
      { answerBy, on },
    );
  }
  const decideBy = termOf(state, extra).decideBy;
  if (decideBy !== null && compareIsoDates(from, decideBy) > 0) {
    throw new WooLifecycleError(
      'term-lapsed',
      `De beslistermijn is op ${d(decideBy)} verstreken; een verstreken termijn kan niet meer worden opgeschort.`,
      { decideBy },
    );
  }
  const suspension: WooSuspension = { kind, requestedOn: on, from, answerBy };
  return {
    ...state,
    status: kind === 'precisering' ? 'precisering-gevraagd' : 'zienswijze-gevraagd',
    suspensions: [...state.suspensions, suspension],
  };
}

/**
 * The day the clock runs again after an answer that arrived on `answeredOn`. Awb 4:15 lid 1
 * (precisering) suspends "tot de dag waarop de aanvraag is aangevuld": that day already counts.
 * Woo art. 4.4 lid 3 (zienswijze) suspends "tot en met de dag waarop … een zienswijze naar voren
 * is gebracht": that day is still suspended, so the clock runs again the day after.
 */
export function resumesOn(suspension: Pick<WooSuspension, 'kind' | 'from'>, answeredOn: IsoDate): IsoDate {
  const resume = suspension.kind === 'zienswijze' ? addDays(answeredOn, 1) : answeredOn;
  return compareIsoDates(resume, suspension.from) < 0 ? suspension.from : resume;
}

/**
 * Ends the running suspension. It runs until the answer arrives (see {@link resumesOn}), or, when
 * the term set for the answer passes unused, through the last day of that term, for both kinds:
 * a late answer does not lengthen it.
 */
function closeSuspension(state: WooLifecycleState, on: IsoDate): WooSuspension[] {
  return state.suspensions.map((s) => {
    if (s.until !== undefined) return s;
    const lapsedOn = addDays(s.answerBy, 1);
    const lapsed = compareIsoDates(on, lapsedOn) >= 0;
    return { ...s, until: lapsed ? lapsedOn : resumesOn(s, on), ended: lapsed ? 'lapsed' : 'answered', endedOn: on };
  });
}

export interface StepResult {
  state: WooLifecycleState;
  term: WooTerm;
}

/**
 * Takes one step. Throws WooLifecycleError when the step is not allowed in this state, on this
 * date, or without the details the law asks for; the input state is never changed.
 */
export function applyWooStep(state: WooLifecycleState, step: WooStep, context: StepContext): StepResult {
  const extra = context.extraHolidays ?? [];
  const blocker = stepBlocker(state, step.type, context);
  if (blocker) throw blocker;
  requireOrder(state, step.on, context.today);

  let next: WooLifecycleState;
  switch (step.type) {
    case 'start-handling':
      next = { ...state, status: 'in-behandeling', handlingSince: step.on };
      break;
    case 'request-precisering': {
      const by = preciseringAskBy(state.receivedOn, extra);
      if (compareIsoDates(step.on, by) > 0) {
        throw new WooLifecycleError(
          'precisering-too-late',
          `Precisering moet binnen 2 weken na ontvangst worden gevraagd, uiterlijk op ${d(by)} (Woo art. 4.1 lid 5); ${d(step.on)} is te laat.`,
          { by, on: step.on },
        );
      }
      next = suspend(state, 'precisering', step.on, step.answerBy, extra);
      break;
    }
    case 'request-zienswijze':
      next = suspend(state, 'zienswijze', step.on, step.answerBy, extra);
      break;
    case 'end-suspension':
      next = {
        ...state,
        status: state.extension ? 'verdaagd' : 'in-behandeling',
        suspensions: closeSuspension(state, step.on),
      };
      break;
    case 'extend': {
      const reason = step.reason.trim();
      if (reason === '') {
        throw new WooLifecycleError(
          'reason-required',
          'Een verdaging moet met redenen worden meegedeeld (Woo art. 4.4 lid 2): vul de reden in.',
        );
      }
      const by = extensionDeadline(state, extra);
      if (by !== null && compareIsoDates(step.on, by) > 0) {
        throw new WooLifecycleError(
          'extension-too-late',
          `Een verdaging moet uiterlijk op ${d(by)} worden meegedeeld (Woo art. 4.4 lid 2); ${d(step.on)} is te laat.`,
          { by, on: step.on },
        );
      }
      const suspended = openSuspension(state) !== undefined;
      next = { ...state, status: suspended ? state.status : 'verdaagd', extension: { noticeOn: step.on, reason } };
      break;
    }
    case 'decide': {
      const discloses = step.outcome === 'openbaar' || step.outcome === 'deels-openbaar';
      if (state.status === 'precisering-gevraagd' && step.outcome !== 'buiten-behandeling') {
        throw new WooLifecycleError(
          'not-allowed-now',
          'Zolang de precisering niet is ontvangen, kan alleen worden besloten het verzoek buiten behandeling te laten (Awb 4:5). Leg anders eerst vast dat de precisering binnen is.',
          { status: state.status, step: step.type },
        );
      }
      const running = openSuspension(state);
      if (state.status === 'precisering-gevraagd' && running && compareIsoDates(step.on, running.answerBy) <= 0) {
        throw new WooLifecycleError(
          'answer-term-running',
          `Op ${d(step.on)} liep de termijn voor de precisering nog (tot en met ${d(running.answerBy)}); buiten behandeling laten kan pas daarna.`,
          { answerBy: running.answerBy, on: step.on },
        );
      }
      if (step.outcome === 'buiten-behandeling' && !hadChanceToComplete(state, step.on)) {
        throw new WooLifecycleError(
          'no-chance-to-complete',
          'Buiten behandeling laten (Awb 4:5) kan pas als de verzoeker de kans heeft gehad het verzoek aan te vullen: vraag eerst een precisering en wacht het antwoord of het einde van de termijn ervoor af.',
          { on: step.on },
        );
      }
      const objectionExpected = discloses && step.objectionExpected === true;
      next = {
        ...state,
        status: 'besloten',
        suspensions: closeSuspension(state, step.on),
        decision: {
          outcome: step.outcome,
          decidedOn: step.on,
          ...(discloses
            ? { objectionExpected, disclosureFrom: objectionExpected ? delayedDisclosure(step.on).date : step.on }
            : {}),
        },
      };
      break;
    }
    case 'close': {
      const from = state.decision?.disclosureFrom;
      if (from !== undefined && compareIsoDates(step.on, from) < 0) {
        throw new WooLifecycleError(
          'disclosure-pending',
          `Een derde kan bezwaar maken: de documenten worden pas op ${d(from)} openbaar gemaakt (Woo art. 4.4 lid 5). Sluit het verzoek daarna.`,
          { from },
        );
      }
      next = { ...state, status: 'gesloten', closedOn: step.on };
      break;
    }
  }
  return { state: next, term: termOf(next, extra) };
}
