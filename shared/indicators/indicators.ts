/**
 * The centre's indicators for a period (issue 10 point 3). Pure: plain records in, numbers out,
 * no clock and no time zone of the machine. Every definition is written next to its code and
 * checked by hand-computed examples in indicators.test.ts, so a coordinator can explain each
 * figure to the council.
 *
 * Periods are Amsterdam calendar days, both ends included. Timestamps (contacts, tasks, cases)
 * are compared as instants against the period's Amsterdam midnights, computed once; this keeps a
 * year over 100,000 cases well under the 300 ms budget (no time-zone conversion per record).
 */
import { amsterdamInstant } from '../calendar/amsterdam';
import { addDays, compareIsoDates, diffDays, isIsoDate, makeIsoDate, parseIsoDate, type IsoDate } from '../calendar/isoDate';
import type { ContactOutcome } from '../model/case';
import type { Channel } from '../model/records';

/** The national ambitions coordinators report against (DOMAIN.md). */
export const AMBITION_WITHIN_LEGAL_TERM = 0.8;
export const AMBITION_WITHIN_42_DAYS = 0.75;
export const AMBITION_DAYS = 42;

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export class PeriodError extends Error {
  override readonly name = 'PeriodError';
}

/** Checks a period and says in plain words what is wrong with it. */
export function checkPeriod(period: Period): Period {
  if (!isIsoDate(period?.from)) throw new PeriodError(`Begin van de periode is geen datum: ${String(period?.from)}`);
  if (!isIsoDate(period.to)) throw new PeriodError(`Einde van de periode is geen datum: ${String(period.to)}`);
  if (compareIsoDates(period.from, period.to) > 0) throw new PeriodError(`De periode begint (${period.from}) na het einde (${period.to}).`);
  return period;
}

// ---------------------------------------------------------------------------------------------
// Input shapes: the least each indicator needs, so the renderer and the benchmark pass plain rows.

export interface CaseInput {
  id: string;
  createdAt: string;
}

export interface ContactInput {
  caseId: string;
  channel: Channel;
  startedAt: string;
  outcome: ContactOutcome;
  topic?: string | undefined;
  /** The receiving body, for contacts with outcome 'referred'. */
  referredTo?: string | undefined;
}

export interface TaskInput {
  action: string;
  dueAt: string;
  status: 'te_verwerken' | 'verwerkt';
  /** When it was marked done: the record's last change while 'verwerkt'. */
  doneAt?: string | undefined;
}

export interface WooInput {
  receivedOn: IsoDate;
  /** The legal deadline as the lifecycle derived it (extension and suspensions included). */
  decideBy: IsoDate | null;
  decidedOn?: IsoDate | undefined;
  suspensions: number;
  extended: boolean;
}

/**
 * A "niet gevonden" signal: a visitor asked for something the centre could not find in what is
 * public (issue 14 records them; this is the shape the indicators read).
 */
export interface NotFoundSignal {
  at: string;
  subject: string;
}

export interface IndicatorInput {
  cases: readonly CaseInput[];
  contacts: readonly ContactInput[];
  tasks: readonly TaskInput[];
  woo: readonly WooInput[];
  notFound: readonly NotFoundSignal[];
  /** Task actions that are callbacks (intake 'Terugbellen', the Woo informal approach call). */
  callbackActions: readonly string[];
  /**
   * The outcome of each case's earliest contact (firstOutcomes(contacts)). It does not depend on
   * the period, so the screen makes it once per load of the records and every change of period
   * skips the costliest step; computed here when absent.
   */
  firstOutcome?: FirstOutcomes | undefined;
}

/** Looks up the outcome of a case's earliest contact. */
export interface FirstOutcomes {
  get(caseId: string): ContactOutcome | undefined;
}

/**
 * The outcome of each case's earliest contact, over all contacts (a case's first contact may
 * precede any period). One pass; the earliest contact is kept as an index into the list, not an
 * object per case, so 130,000 contacts make no garbage to collect.
 */
export function firstOutcomes(contacts: readonly Pick<ContactInput, 'caseId' | 'startedAt' | 'outcome'>[]): FirstOutcomes {
  const first = new Map<string, number>();
  for (let c = 0; c < contacts.length; c++) {
    const contact = contacts[c]!;
    const known = first.get(contact.caseId);
    if (known === undefined || contact.startedAt < contacts[known]!.startedAt) first.set(contact.caseId, c);
  }
  return {
    get(caseId) {
      const index = first.get(caseId);
      return index === undefined ? undefined : contacts[index]!.outcome;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Output

export interface Share {
  count: number;
  of: number;
  /** count / of, or null when there is nothing to divide by. */
  share: number | null;
}

export type Route = 'answer' | 'document' | 'avg' | 'referral' | 'woo';
export const ROUTES: readonly Route[] = ['answer', 'document', 'avg', 'referral', 'woo'];

const ROUTE_OF: Partial<Record<ContactOutcome, Route>> = {
  answered: 'answer',
  'document-found': 'document',
  'avg-routed': 'avg',
  referred: 'referral',
  'woo-filed': 'woo',
};

export interface MonthTrend {
  /** 'YYYY-MM'. */
  month: string;
  contacts: number;
  wooReceived: number;
  wooDecided: number;
  withinLegalTerm: Share;
  /** Of the month's decisions, those taken within 42 calendar days (the national 75% ambition). */
  within42Days: Share;
}

export interface Indicators {
  period: Period;
  contacts: number;
  perChannel: Record<string, number>;
  perTopic: Record<string, number>;
  answeredAtFirstContact: Share;
  callbacksOnTime: Share & { open: number; late: number };
  routes: Record<Route, number>;
  woo: {
    received: number;
    decided: number;
    withinLegalTerm: Share;
    within42Days: Share;
    medianDays: number | null;
    p90Days: number | null;
    /** Requests received in the period that were suspended at least once, and how often in all. */
    suspended: number;
    suspensions: number;
    extended: number;
  };
  referralsPerBody: Record<string, number>;
  notFoundPerSubject: Record<string, number>;
  trend: MonthTrend[];
}

/** Topic key for contacts without one. */
export const NO_TOPIC = '';

function share(count: number, of: number): Share {
  return { count, of, share: of === 0 ? null : count / of };
}

/**
 * Nearest-rank percentile (the smallest value with at least p% of the values at or below it): a
 * value that really occurred, which is what a coordinator can look up. Median = percentile 50.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError(`Percentile must be in (0, 100]: ${p}`);
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

// Counting in Maps (fast for many different keys), handed out as plain objects.
function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
const plain = (map: Map<string, number>): Record<string, number> => Object.fromEntries(map);

/** Instant (ISO, UTC) at which an Amsterdam day begins. */
function dayStart(date: IsoDate): string {
  return amsterdamInstant(date, '00:00').toISOString();
}

/** 'YYYY-MM' months from the period's first to its last. */
export function monthsOf(period: Period): string[] {
  const from = parseIsoDate(period.from)!;
  const to = parseIsoDate(period.to)!;
  const months: string[] = [];
  for (let y = from.year, m = from.month; y < to.year || (y === to.year && m <= to.month); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    months.push(makeIsoDate(y, m, 1).slice(0, 7));
  }
  return months;
}

/**
 * Everything for one period. Definitions:
 * - contacts, per channel, per topic: contacts that started in the period (topic '' = none given).
 * - answered at first contact: of the cases opened in the period, those whose earliest contact
 *   ended 'answered' or 'document-found' (the visitor left with what they came for).
 * - callbacks on time: callback tasks due in the period; on time = done at or before `dueAt`.
 *   `open` = not done, `late` = done after `dueAt`.
 * - routes: contacts in the period by the way the visitor was helped (outcome).
 * - Woo received: receivedOn in the period; decided: decidedOn in the period. For the decided:
 *   within the legal term = decidedOn ≤ decideBy; within 42 days = decidedOn − receivedOn ≤ 42
 *   calendar days (suspension days count, as in the national figure); median and 90th percentile
 *   of those calendar days (nearest rank). Suspensions and extensions: of the requests received.
 * - referrals per body: contacts 'referred' in the period, by receiving body.
 * - "niet gevonden" per subject: signals in the period, subjects compared without case or spacing.
 * - trend: per calendar month of the period, contacts, Woo received/decided, the legal-term share and
 *   the 42-day share (decisions by the month they were taken in).
 */
export function computeIndicators(input: IndicatorInput, rawPeriod: Period): Indicators {
  const period = checkPeriod(rawPeriod);
  const start = dayStart(period.from);
  const end = dayStart(addDays(period.to, 1));
  const inPeriod = (instant: string) => instant >= start && instant < end;
  const dateIn = (date: IsoDate) => date >= period.from && date <= period.to;
  const months = monthsOf(period);
  // Month boundaries as instants: a contact's month by binary search instead of a zone lookup.
  const monthStarts = months.map((m) => dayStart(`${m}-01`));
  const monthOfInstant = (instant: string) => {
    let lo = 0;
    let hi = monthStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (monthStarts[mid]! <= instant) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const trend: MonthTrend[] = months.map((month) => ({ month, contacts: 0, wooReceived: 0, wooDecided: 0, withinLegalTerm: share(0, 0), within42Days: share(0, 0) }));
  const monthIndex = new Map(months.map((m, i) => [m, i]));

  const perChannel = new Map<string, number>();
  const perTopic = new Map<string, number>();
  const routes: Record<Route, number> = { answer: 0, document: 0, avg: 0, referral: 0, woo: 0 };
  const referralsPerBody = new Map<string, number>();
  let contacts = 0;
  for (const contact of input.contacts) {
    if (!inPeriod(contact.startedAt)) continue;
    contacts += 1;
    bump(perChannel, contact.channel);
    bump(perTopic, contact.topic ? contact.topic.trim() : NO_TOPIC);
    const route = ROUTE_OF[contact.outcome];
    if (route) routes[route] += 1;
    if (contact.outcome === 'referred') bump(referralsPerBody, contact.referredTo?.trim() || NO_TOPIC);
    trend[monthOfInstant(contact.startedAt)]!.contacts += 1;
  }

  const first = input.firstOutcome ?? firstOutcomes(input.contacts);
  let opened = 0;
  let answeredFirst = 0;
  for (const record of input.cases) {
    if (!inPeriod(record.createdAt)) continue;
    opened += 1;
    const outcome = first.get(record.id);
    if (outcome === 'answered' || outcome === 'document-found') answeredFirst += 1;
  }

  const callbackSet = new Set(input.callbackActions);
  let due = 0;
  let onTime = 0;
  let late = 0;
  for (const task of input.tasks) {
    if (!callbackSet.has(task.action) || !inPeriod(task.dueAt)) continue;
    due += 1;
    if (task.status !== 'verwerkt') continue;
    if (task.doneAt !== undefined && task.doneAt <= task.dueAt) onTime += 1;
    else late += 1;
  }

  let received = 0;
  let suspended = 0;
  let suspensions = 0;
  let extended = 0;
  const days: number[] = [];
  let withinTerm = 0;
  let within42 = 0;
  const monthWithin = months.map(() => 0);
  const monthWithin42 = months.map(() => 0);
  for (const request of input.woo) {
    if (dateIn(request.receivedOn)) {
      received += 1;
      if (request.suspensions > 0) suspended += 1;
      suspensions += request.suspensions;
      if (request.extended) extended += 1;
      const i = monthIndex.get(request.receivedOn.slice(0, 7));
      if (i !== undefined) trend[i]!.wooReceived += 1;
    }
    const decidedOn = request.decidedOn;
    if (decidedOn === undefined || !dateIn(decidedOn)) continue;
    const took = diffDays(request.receivedOn, decidedOn);
    days.push(took);
    // A decided request always has a deadline; none (suspended at decision) cannot be judged late.
    const inTerm = request.decideBy === null || decidedOn <= request.decideBy;
    if (inTerm) withinTerm += 1;
    if (took <= AMBITION_DAYS) within42 += 1;
    const i = monthIndex.get(decidedOn.slice(0, 7))!;
    trend[i]!.wooDecided += 1;
    if (inTerm) monthWithin[i]! += 1;
    if (took <= AMBITION_DAYS) monthWithin42[i]! += 1;
  }
  trend.forEach((month, i) => {
    month.withinLegalTerm = share(monthWithin[i]!, month.wooDecided);
    month.within42Days = share(monthWithin42[i]!, month.wooDecided);
  });

  const notFoundPerSubject = new Map<string, number>();
  for (const signal of input.notFound) {
    if (!inPeriod(signal.at)) continue;
    const subject = signal.subject.trim().replace(/\s+/g, ' ').toLowerCase();
    if (subject) bump(notFoundPerSubject, subject);
  }

  return {
    period,
    contacts,
    perChannel: plain(perChannel),
    perTopic: plain(perTopic),
    answeredAtFirstContact: share(answeredFirst, opened),
    callbacksOnTime: { ...share(onTime, due), open: due - onTime - late, late },
    routes,
    woo: {
      received,
      decided: days.length,
      withinLegalTerm: share(withinTerm, days.length),
      within42Days: share(within42, days.length),
      medianDays: percentile(days, 50),
      p90Days: percentile(days, 90),
      suspended,
      suspensions,
      extended,
    },
    referralsPerBody: plain(referralsPerBody),
    notFoundPerSubject: plain(notFoundPerSubject),
    trend,
  };
}
