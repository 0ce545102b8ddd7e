/**
 * The decision term of a Woo request (Woo art. 4.4) and of an AVG access request (AVG art. 12(3)),
 * with the Algemene termijnenwet applied. Pure: the same input always gives the same dates, and
 * every date comes with the Dutch sentences that justify it, so staff can explain a deadline to a
 * requester and a coordinator can check it by hand.
 */
import type { IsoDate as CalendarDate } from '../calendar/isoDate';
import { addDays, addMonthsClamped, compareIsoDates, diffDays, parseIsoDate } from '../calendar/isoDate';
import { ATW_FIRST_YEAR, atwEndOfTerm, atwHolidayOn, countWorkingDays, nextAtwWorkingDay } from '../calendar/atw';
import { dutchDays, formatDutchDate } from '../calendar/dutchDate';

export type IsoDate = CalendarDate; // 'YYYY-MM-DD', a calendar date in Europe/Amsterdam

export interface Suspension {
  from: IsoDate;
  until?: IsoDate;
  reason: string;
}

export interface WooTermInput {
  receivedOn: IsoDate; // date the request was received
  extended?: boolean; // verdaging, art. 4.4 lid 2: +2 weeks
  suspensions?: Suspension[]; // opschorting: 'from' = first suspended day, 'until' = day the clock runs again (not suspended)
  extraHolidays?: IsoDate[]; // days equated with holidays by Royal Decree (Atw art. 3 lid 3)
}

export interface WooTerm {
  decideBy: IsoDate | null; // null while a suspension is open (no 'until')
  originalDecideBy: IsoDate; // the 4-week term without extension or suspension, Atw applied (not the verdaging deadline)
  /**
   * The last day a verdaging can be announced (Woo art. 4.4 lid 2: "voor de afloop van de eerste
   * termijn"): the end of the first four weeks including the days suspended within them, Atw
   * applied. Null while a suspension is open, like decideBy.
   */
  extensionNoticeBy: IsoDate | null;
  suspendedDays: number;
  explanation: string[]; // human-readable steps, Dutch: how the date was computed
}

/** Woo art. 4.4 lid 1: four weeks. */
export const WOO_TERM_DAYS = 28;
/** Woo art. 4.4 lid 2: at most two weeks more. */
export const WOO_EXTENSION_DAYS = 14;
/** The traffic light turns to 'due-soon' at this many working days left. */
export const DUE_SOON_WORKING_DAYS = 5;

/**
 * Dates must lie where the holiday table is known (from {@link ATW_FIRST_YEAR}) and far enough
 * from year 9999 that adding a term cannot run off the end of the four-digit calendar.
 */
const LAST_SUPPORTED_YEAR = 9998;

/** Invalid input to a term computation. The message is Dutch and can be shown to staff as is. */
export class WooTermError extends Error {
  override readonly name = 'WooTermError';
  /** The input field at fault, e.g. 'receivedOn' or 'suspensions[1].until', for highlighting. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.field = field;
  }
}

function requireDate(value: unknown, label: string, field: string): IsoDate {
  if (value === undefined || value === null || value === '') {
    throw new WooTermError(`De ${label} (${field}) ontbreekt.`, field);
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new WooTermError(
      `Ongeldige ${label} (${field}): ${JSON.stringify(value)} heeft niet de vorm JJJJ-MM-DD (bijvoorbeeld 2025-06-03).`,
      field,
    );
  }
  const parts = parseIsoDate(value);
  if (!parts) {
    throw new WooTermError(`Ongeldige ${label} (${field}): ${JSON.stringify(value)} bestaat niet in de kalender.`, field);
  }
  if (parts.year < ATW_FIRST_YEAR || parts.year > LAST_SUPPORTED_YEAR) {
    throw new WooTermError(
      `Ongeldige ${label} (${field}): ${JSON.stringify(value)} ligt buiten de jaren ${ATW_FIRST_YEAR}–${LAST_SUPPORTED_YEAR} waarvoor de termijn berekend kan worden.`,
      field,
    );
  }
  return value;
}

function requireExtraHolidays(value: unknown): IsoDate[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new WooTermError('De gelijkgestelde feestdagen (extraHolidays) moeten een lijst van datums zijn.', 'extraHolidays');
  }
  return value.map((date, i) => requireDate(date, `gelijkgestelde feestdag ${i + 1}`, `extraHolidays[${i}]`));
}

function requireExtended(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') {
    throw new WooTermError(`Verdaagd (extended) moet ja of nee zijn, niet ${JSON.stringify(value)}.`, 'extended');
  }
  return value;
}

/** The fields the Woo and the AVG term share, checked the same way for both. */
function requireTermBasics(input: unknown): { receivedOn: IsoDate; extended: boolean; extraHolidays: IsoDate[] } {
  if (typeof input !== 'object' || input === null) {
    throw new WooTermError('Er zijn geen gegevens van het verzoek opgegeven.');
  }
  const fields = input as { receivedOn?: unknown; extended?: unknown; extraHolidays?: unknown };
  return {
    receivedOn: requireDate(fields.receivedOn, 'ontvangstdatum', 'receivedOn'),
    extended: requireExtended(fields.extended),
    extraHolidays: requireExtraHolidays(fields.extraHolidays),
  };
}

interface CheckedSuspension {
  /** 1-based position in the input, as staff see it in a list. */
  number: number;
  from: IsoDate;
  until: IsoDate | undefined;
  reason: string;
}

/** "van 10 juni 2025 tot en met 16 juni 2025": names the last suspended day, not the day the clock runs again (B1, no double meaning). Only for spans of at least one day. */
function suspendedSpan(from: IsoDate, until: IsoDate): string {
  const last = addDays(until, -1);
  return last === from ? `op ${formatDutchDate(from)}` : `van ${formatDutchDate(from)} tot en met ${formatDutchDate(last)}`;
}

/** A suspension as staff entered it ('until' = the day the clock runs again), for error messages. */
function describeSuspension(s: CheckedSuspension): string {
  const span = s.until
    ? `${formatDutchDate(s.from)} tot ${formatDutchDate(s.until)}`
    : `vanaf ${formatDutchDate(s.from)}, zonder einddatum`;
  return `opschorting ${s.number} (${span})`;
}

function checkSuspensions(value: unknown, receivedOn: IsoDate): CheckedSuspension[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new WooTermError('De opschortingen (suspensions) moeten een lijst zijn.', 'suspensions');
  }
  const checked = value.map((raw: unknown, i): CheckedSuspension => {
    const number = i + 1;
    const field = `suspensions[${i}]`;
    if (typeof raw !== 'object' || raw === null) {
      throw new WooTermError(`Opschorting ${number} (${field}) is leeg of geen opschorting.`, field);
    }
    const record = raw as Record<string, unknown>;
    const from = requireDate(record['from'], `begindatum van opschorting ${number}`, `${field}.from`);
    const until =
      record['until'] === undefined || record['until'] === null
        ? undefined
        : requireDate(record['until'], `einddatum van opschorting ${number}`, `${field}.until`);
    const reason = typeof record['reason'] === 'string' ? record['reason'].trim() : '';
    if (reason === '') {
      throw new WooTermError(
        `Bij opschorting ${number} (vanaf ${formatDutchDate(from)}) ontbreekt de reden; noem de grond, bijvoorbeeld "aanvulling gevraagd (Awb 4:15)" of "zienswijze derde (Woo art. 4.4 lid 3)".`,
        `${field}.reason`,
      );
    }
    if (until !== undefined && compareIsoDates(until, from) < 0) {
      throw new WooTermError(
        `Bij opschorting ${number} ligt de einddatum (${formatDutchDate(until)}) vóór de begindatum (${formatDutchDate(from)}).`,
        `${field}.until`,
      );
    }
    if (compareIsoDates(from, receivedOn) < 0) {
      throw new WooTermError(
        `Opschorting ${number} begint op ${formatDutchDate(from)}, vóór de ontvangstdatum ${formatDutchDate(receivedOn)}; een termijn die nog niet loopt kan niet worden opgeschort.`,
        `${field}.from`,
      );
    }
    return { number, from, until, reason };
  });

  const open = checked.filter((s) => s.until === undefined);
  if (open.length > 1) {
    const numbers = open.map((s) => s.number);
    throw new WooTermError(
      `Er kan maar één opschorting zonder einddatum zijn, maar opschortingen ${numbers.slice(0, -1).join(', ')} en ${numbers.at(-1)} hebben er geen. Vul de einddatum in van de opschorting die al voorbij is.`,
      `suspensions[${(open[1] as CheckedSuspension).number - 1}].until`,
    );
  }

  // Equal start days: the shorter (an empty one) first and an open one last, so that validity
  // does not depend on the order staff entered them in.
  const endKey = (x: CheckedSuspension) => (x.until === undefined ? Number.POSITIVE_INFINITY : diffDays(x.from, x.until));
  const sorted = [...checked].sort(
    (a, b) => compareIsoDates(a.from, b.from) || endKey(a) - endKey(b) || a.number - b.number,
  );
  const openOne = open[0];
  if (openOne && sorted.at(-1) !== openOne) {
    const later = sorted[sorted.indexOf(openOne) + 1] as CheckedSuspension;
    throw new WooTermError(
      `Opschorting ${openOne.number} heeft geen einddatum, maar ${describeSuspension(later)} begint niet eerder (${formatDutchDate(later.from)}). Alleen de laatste opschorting kan nog lopen: vul eerst de einddatum van opschorting ${openOne.number} in.`,
      `suspensions[${openOne.number - 1}].until`,
    );
  }
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1] as CheckedSuspension;
    const current = sorted[i] as CheckedSuspension;
    // 'until' is the first day the clock runs again, so a suspension may start on it.
    if (previous.until === undefined || compareIsoDates(current.from, previous.until) < 0) {
      throw new WooTermError(
        `${capitalise(describeSuspension(previous))} en ${describeSuspension(current)} overlappen; een dag kan maar één keer worden opgeschort.`,
        `suspensions[${current.number - 1}].from`,
      );
    }
  }
  return sorted;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Einddatum valt op …; volgens de Algemene termijnenwet (art. 1) verschoven naar …", or nothing. */
function atwShiftLine(end: IsoDate, shifted: IsoDate, extraHolidays: readonly IsoDate[]): string[] {
  if (end === shifted) return [];
  const holiday = atwHolidayOn(end, extraHolidays);
  const what = holiday ? ` (${holiday.name})` : '';
  return [
    `Einddatum valt op ${formatDutchDate(end, { weekday: true })}${what}; volgens de Algemene termijnenwet (art. 1) verschoven naar ${formatDutchDate(shifted, { weekday: true })}.`,
  ];
}

/**
 * The Woo decision term. The total number of days (4 weeks, + 2 weeks when extended, + every
 * closed suspension) is counted from the day after receipt, and only the resulting end is moved
 * by Atw art. 1: the Atw extends the term as a whole, not each of its parts.
 *
 * @throws WooTermError when the input is not a consistent request history.
 */
export function computeWooTerm(input: WooTermInput): WooTerm {
  const { receivedOn, extended, extraHolidays } = requireTermBasics(input);
  const suspensions = checkSuspensions(input.suspensions, receivedOn);

  const explanation: string[] = [
    `Ontvangen op ${formatDutchDate(receivedOn, { weekday: true })}.`,
    `Beslistermijn: 4 weken (${WOO_TERM_DAYS} dagen) vanaf de dag na ontvangst (Woo art. 4.4 lid 1).`,
  ];

  // The plain four weeks, for reports and comparison; the verdaging deadline (extensionNoticeBy)
  // takes the suspensions inside the first term into account (firstTermEnd).
  const originalDecideBy = atwEndOfTerm(addDays(receivedOn, WOO_TERM_DAYS), extraHolidays);
  const baseDays = WOO_TERM_DAYS + (extended ? WOO_EXTENSION_DAYS : 0);
  if (extended) explanation.push('Verdaagd met 2 weken (Woo art. 4.4 lid 2).');

  let suspendedDays = 0;
  let openSince: CheckedSuspension | undefined;
  for (const s of suspensions) {
    // The term as it stood when this suspension began; a term that has already run out cannot
    // be suspended any more, which staff must see rather than have silently "repaired".
    const runningEnd = addDays(receivedOn, baseDays + suspendedDays);
    const runningDecideBy = atwEndOfTerm(runningEnd, extraHolidays);
    const lapsed = compareIsoDates(s.from, runningDecideBy) > 0;
    if (s.until === undefined) {
      openSince = s;
      explanation.push(
        `Opgeschort sinds ${formatDutchDate(s.from, { weekday: true })} (${s.reason}): de termijn staat stil tot de opschorting eindigt.`,
      );
      // Days of the term not yet used on the first suspended day; they run again from 'until'.
      const remaining = diffDays(s.from, runningEnd) + 1;
      if (!lapsed && remaining > 0) {
        explanation.push(`Bij het begin van de opschorting resteerden nog ${dutchDays(remaining)} van de termijn.`);
      }
    } else {
      const days = diffDays(s.from, s.until);
      suspendedDays += days;
      explanation.push(
        days === 0
          ? `Opschorting op ${formatDutchDate(s.from)}: 0 dagen, de termijn liep die dag gewoon door (${s.reason}).`
          : `Opgeschort ${suspendedSpan(s.from, s.until)}: ${dutchDays(days)} (${s.reason}).`,
      );
    }
    if (lapsed) {
      explanation.push(
        `Let op: opschorting ${s.number} begint na het einde van de termijn op ${formatDutchDate(runningDecideBy, { weekday: true })}; een verstreken termijn kan niet meer worden opgeschort. Controleer de datums.`,
      );
    }
  }

  let decideBy: IsoDate | null = null;
  if (openSince) {
    explanation.push(
      `Uiterste beslisdatum: nog niet bekend; de termijn staat stil sinds ${formatDutchDate(openSince.from, { weekday: true })}. Zodra de opschorting eindigt, krijgt de verzoeker de nieuwe beslisdatum (Woo art. 4.4 lid 4).`,
    );
  } else {
    const totalDays = baseDays + suspendedDays;
    const end = addDays(receivedOn, totalDays);
    const parts = [`${WOO_TERM_DAYS} dagen`];
    if (extended) parts.push(`${WOO_EXTENSION_DAYS} dagen verdaging`);
    if (suspendedDays > 0) parts.push(`${dutchDays(suspendedDays)} opschorting`);
    const sum = parts.length > 1 ? `${parts.join(' + ')} = ${totalDays} dagen` : parts[0];
    explanation.push(`Einddatum: ${sum} na de ontvangstdatum: ${formatDutchDate(end, { weekday: true })}.`);
    decideBy = atwEndOfTerm(end, extraHolidays);
    explanation.push(...atwShiftLine(end, decideBy, extraHolidays));
    explanation.push(`Uiterste beslisdatum: ${formatDutchDate(decideBy, { weekday: true })}.`);
  }

  explanation.push(...extensionNoticeLines(receivedOn, extended, suspensions, openSince !== undefined, extraHolidays));
  const extensionNoticeBy = openSince ? null : firstTermEnd(receivedOn, suspensions, extraHolidays).end;

  return { decideBy, originalDecideBy, extensionNoticeBy, suspendedDays, explanation };
}

interface FirstTerm {
  /** End of the first four weeks with the suspended days inside them, before the Atw shift. */
  rawEnd: IsoDate;
  /** The same, Atw applied; null while a suspension that began inside the first term is open. */
  end: IsoDate | null;
  /** Days suspended inside the first term. */
  suspendedDays: number;
}

/**
 * Woo art. 4.4 lid 2 and 3: a suspension stops the first term too, so the verdaging may be
 * announced until the first four weeks plus the days suspended within them have passed. A
 * suspension that begins after the first term has ended (Atw applied) does not move it.
 */
function firstTermEnd(receivedOn: IsoDate, suspensions: readonly CheckedSuspension[], extraHolidays: readonly IsoDate[]): FirstTerm {
  let rawEnd = addDays(receivedOn, WOO_TERM_DAYS);
  let suspendedDays = 0;
  for (const s of suspensions) {
    if (compareIsoDates(s.from, atwEndOfTerm(rawEnd, extraHolidays)) > 0) continue;
    if (s.until === undefined) return { rawEnd, end: null, suspendedDays };
    const days = diffDays(s.from, s.until);
    rawEnd = addDays(rawEnd, days);
    suspendedDays += days;
  }
  return { rawEnd, end: atwEndOfTerm(rawEnd, extraHolidays), suspendedDays };
}

function extensionNoticeLines(
  receivedOn: IsoDate,
  extended: boolean,
  suspensions: readonly CheckedSuspension[],
  suspensionOpen: boolean,
  extraHolidays: readonly IsoDate[],
): string[] {
  const first = firstTermEnd(receivedOn, suspensions, extraHolidays);
  if (first.end === null) {
    return extended
      ? []
      : [
          'Verdagen (met ten hoogste 2 weken) kan zolang de opschorting loopt: de eerste 4 weken staan dan ook stil. Als de opschorting eindigt, staat hier de laatste dag voor de mededeling (Woo art. 4.4 lid 2).',
        ];
  }
  const lines: string[] = [];
  let what = 'het einde van de eerste 4 weken';
  if (first.suspendedDays > 0) {
    what = 'het einde van de eerste 4 weken met de opschorting erbij';
    lines.push(
      `Eerste termijn: ${WOO_TERM_DAYS} dagen + ${dutchDays(first.suspendedDays)} opschorting binnen die 4 weken = ${WOO_TERM_DAYS + first.suspendedDays} dagen na de ontvangstdatum: ${formatDutchDate(first.rawEnd, { weekday: true })} (tijdens een opschorting staat ook de eerste termijn stil).`,
      ...atwShiftLine(first.rawEnd, first.end, extraHolidays).map((line) => line.replace(/^Einddatum/, 'Die dag')),
    );
  }
  const end = formatDutchDate(first.end, { weekday: true });
  if (extended) {
    lines.push(`De verdaging moest uiterlijk op ${end}, ${what}, schriftelijk en met redenen zijn meegedeeld (Woo art. 4.4 lid 2).`);
  } else {
    lines.push(
      `Verdagen (met ten hoogste 2 weken) kan alleen met een schriftelijke, gemotiveerde mededeling uiterlijk op ${end}, ${what} (Woo art. 4.4 lid 2).`,
    );
  }
  // While a later suspension is open the date above is already past; say so rather than leave it implied.
  if (suspensionOpen && !extended) {
    lines.push('De opschorting die nu loopt, begon na het einde van de eerste termijn en verschuift die dag dus niet.');
  }
  return lines;
}

/** Awb 6:7: six weeks to object. */
export const BEZWAAR_TERM_DAYS = 42;

export interface BezwaarTerm {
  /** The last day to object, Atw applied. */
  endsOn: IsoDate;
  explanation: string[];
}

/**
 * The objection term (bezwaartermijn) against a decision: six weeks (Awb 6:7), starting the day
 * after the decision was sent or handed over (Awb 6:8 lid 1), so it ends on the same weekday six
 * weeks later; a last day on a Saturday, Sunday or Atw holiday moves to the next working day
 * (Atw art. 1).
 *
 * @throws WooTermError for a date that is not a valid, supported calendar date.
 */
export function bezwaarTerm(decisionSentOn: IsoDate, extraHolidays: readonly IsoDate[] = []): BezwaarTerm {
  const sentOn = requireDate(decisionSentOn, 'verzenddatum van het besluit', 'decisionSentOn');
  const extra = requireExtraHolidays(extraHolidays);
  const end = addDays(sentOn, BEZWAAR_TERM_DAYS);
  const endsOn = atwEndOfTerm(end, extra);
  return {
    endsOn,
    explanation: [
      `Besluit verstuurd of uitgereikt op ${formatDutchDate(sentOn, { weekday: true })}.`,
      `Bezwaartermijn: 6 weken (${BEZWAAR_TERM_DAYS} dagen) vanaf de dag daarna (Awb 6:7 en 6:8 lid 1): ${formatDutchDate(end, { weekday: true })}.`,
      ...atwShiftLine(end, endsOn, extra),
      `Laatste dag om bezwaar te maken: ${formatDutchDate(endsOn, { weekday: true })}.`,
    ],
  };
}

/** The last day to object to a decision sent on `decisionSentOn` (see {@link bezwaarTerm}). */
export function bezwaarTermEnd(decisionSentOn: IsoDate, extraHolidays?: readonly IsoDate[]): IsoDate {
  return bezwaarTerm(decisionSentOn, extraHolidays).endsOn;
}

/** Woo art. 4.1 lid 5: a precisering is asked within two weeks of receipt. */
export const PRECISERING_ASK_DAYS = 14;
/** Woo art. 4.4 lid 5: disclosure waits two weeks after a decision a third party is expected to object to. */
export const DISCLOSURE_WAIT_DAYS = 14;
/** Awb 6:12 lid 2: an appeal for not deciding in time once two weeks have passed after the notice of default. */
export const NOTICE_OF_DEFAULT_WAIT_DAYS = 14;
/** The informal approach: the requester is phoned within this many working days of filing. */
export const CALLBACK_WORKING_DAYS = 2;

/** A date with the Dutch sentences that justify it ("Hoe is deze datum berekend?"). */
export interface ExplainedDate {
  date: IsoDate;
  explanation: string[];
}

/**
 * Woo art. 4.1 lid 5: the last day to ask the requester to make the request more precise: two
 * weeks after receipt, Atw applied to that last day.
 */
export function preciseringTerm(receivedOn: IsoDate, extraHolidays: readonly IsoDate[] = []): ExplainedDate & { askBy: IsoDate } {
  const received = requireDate(receivedOn, 'ontvangstdatum', 'receivedOn');
  const extra = requireExtraHolidays(extraHolidays);
  const end = addDays(received, PRECISERING_ASK_DAYS);
  const askBy = atwEndOfTerm(end, extra);
  return {
    date: askBy,
    askBy,
    explanation: [
      `Ontvangen op ${formatDutchDate(received, { weekday: true })}.`,
      `Precisering vragen: binnen 2 weken (${PRECISERING_ASK_DAYS} dagen) na ontvangst (Woo art. 4.1 lid 5): ${formatDutchDate(end, { weekday: true })}.`,
      ...atwShiftLine(end, askBy, extra),
      `Uiterlijk precisering vragen op: ${formatDutchDate(askBy, { weekday: true })}.`,
    ],
  };
}

/**
 * Woo art. 4.4 lid 5: when a third party is expected to object, the information is given no
 * earlier than two weeks after the decision was made known. This is the first day it may be given;
 * the Atw does not apply, because it moves the last day of a term, not the first day of a wait.
 */
export function delayedDisclosure(decisionSentOn: IsoDate): ExplainedDate {
  const sentOn = requireDate(decisionSentOn, 'verzenddatum van het besluit', 'decisionSentOn');
  const date = addDays(sentOn, DISCLOSURE_WAIT_DAYS);
  return {
    date,
    explanation: [
      `Besluit verstuurd op ${formatDutchDate(sentOn, { weekday: true })}; een derde heeft bedenkingen tegen het openbaar maken.`,
      `De informatie wordt niet eerder verstrekt dan 2 weken (${DISCLOSURE_WAIT_DAYS} dagen) daarna (Woo art. 4.4 lid 5): vanaf ${formatDutchDate(date, { weekday: true })}.`,
    ],
  };
}

export interface LateRemedy {
  /** The first day the requester can send a notice of default (ingebrekestelling): the day after decideBy. */
  noticeFrom: IsoDate;
  /** The day the body received (or is assumed to receive) the notice. */
  noticeOn: IsoDate;
  /** The first day an appeal for not deciding in time can be lodged (Awb 6:12 lid 2). */
  appealFrom: IsoDate;
  explanation: string[];
}

/**
 * The requester's remedy when no decision was sent by `decideBy`. There is no penalty payment
 * (dwangsom) under the Woo (art. 8.2 excludes Awb §4.1.3.2). From the day after the deadline the
 * requester may send a written notice of default to the bestuursorgaan; once two weeks have passed
 * after the day it received that notice, they may appeal to the court (Awb 6:2, 6:12 lid 2). When
 * the notice's date is not known yet, the earliest possible one is assumed.
 */
export function lateRemedy(decideBy: IsoDate, noticeOfDefaultOn?: IsoDate): LateRemedy {
  const deadline = requireDate(decideBy, 'uiterste beslisdatum', 'decideBy');
  const noticeFrom = addDays(deadline, 1);
  const noticeOn = noticeOfDefaultOn === undefined ? noticeFrom : requireDate(noticeOfDefaultOn, 'datum van de ingebrekestelling', 'noticeOfDefaultOn');
  if (compareIsoDates(noticeOn, noticeFrom) < 0) {
    throw new WooTermError(
      `Een ingebrekestelling kan pas na de uiterste beslisdatum (${formatDutchDate(deadline)}), niet op ${formatDutchDate(noticeOn)}.`,
      'noticeOfDefaultOn',
    );
  }
  const appealFrom = addDays(noticeOn, NOTICE_OF_DEFAULT_WAIT_DAYS + 1);
  return {
    noticeFrom,
    noticeOn,
    appealFrom,
    explanation: [
      `Uiterste beslisdatum: ${formatDutchDate(deadline, { weekday: true })}. Geen dwangsom: de Woo sluit die uit (Woo art. 8.2).`,
      `Vanaf ${formatDutchDate(noticeFrom, { weekday: true })} kan de verzoeker het bestuursorgaan schriftelijk in gebreke stellen (ingebrekestelling).`,
      `${noticeOfDefaultOn === undefined ? 'Komt de ingebrekestelling op de eerste dag binnen' : `Ingebrekestelling ontvangen op ${formatDutchDate(noticeOn, { weekday: true })}`}: beroep bij de rechter wegens niet tijdig beslissen kan als 2 weken na die dag zijn verstreken (Awb 6:12 lid 2), vanaf ${formatDutchDate(appealFrom, { weekday: true })}.`,
    ],
  };
}

/**
 * The informal approach: the requester is phoned about the request within two working days of
 * filing (Saturdays, Sundays and Atw holidays do not count).
 */
export function callbackDueBy(filedOn: IsoDate, extraHolidays: readonly IsoDate[] = []): ExplainedDate {
  const filed = requireDate(filedOn, 'indieningsdatum', 'filedOn');
  const extra = requireExtraHolidays(extraHolidays);
  let date = filed;
  for (let i = 0; i < CALLBACK_WORKING_DAYS; i += 1) date = nextAtwWorkingDay(date, extra);
  const skipped = diffDays(filed, date) - CALLBACK_WORKING_DAYS;
  return {
    date,
    explanation: [
      `Ingediend op ${formatDutchDate(filed, { weekday: true })}.`,
      `Verzoeker bellen binnen ${CALLBACK_WORKING_DAYS} werkdagen (informele aanpak): ${formatDutchDate(date, { weekday: true })}${
        skipped > 0 ? `; ${dutchDays(skipped)} weekend of feestdag ${skipped === 1 ? 'telt' : 'tellen'} niet mee` : ''
      }.`,
    ],
  };
}

export interface AvgTermInput {
  receivedOn: IsoDate;
  /** Extended by two further months (AVG art. 12(3), second sentence). */
  extended?: boolean;
  extraHolidays?: IsoDate[];
}

export interface AvgTerm {
  decideBy: IsoDate;
  /** One month, Atw applied: also the last day to tell the data subject about an extension. */
  originalDecideBy: IsoDate;
  explanation: string[];
}

function avgEndLines(receivedOn: IsoDate, months: number, extraHolidays: readonly IsoDate[]) {
  const { date: end, clamped } = addMonthsClamped(receivedOn, months);
  const lines: string[] = [];
  if (clamped) {
    const day = receivedOn.slice(8, 10).replace(/^0/, '');
    const monthYear = formatDutchDate(end).replace(/^\d+ /, '');
    lines.push(
      `Einddatum: ${day} ${monthYear} bestaat niet; de termijn eindigt dan op de laatste dag van die maand: ${formatDutchDate(end, { weekday: true })}.`,
    );
  } else {
    lines.push(`Einddatum: ${formatDutchDate(end, { weekday: true })}.`);
  }
  const shifted = atwEndOfTerm(end, extraHolidays);
  lines.push(...atwShiftLine(end, shifted, extraHolidays));
  return { shifted, lines };
}

/**
 * The term for an AVG access request (art. 15): one month after receipt, three months when
 * extended (art. 12(3) AVG).
 *
 * Months are calendar months, as EU Regulation 1182/71 (on periods, dates and time limits) art.
 * 3(2)(c) prescribes for Union law: the period ends on the day of the last month with the same
 * date as the day of receipt, and when that month has no such date, on its last day (31 January
 * → 28/29 February). The extension lengthens the same period to three months from receipt rather
 * than chaining a new two-month period onto a possibly clamped first end, so received 31 January
 * gives 30 April, not 28 April. A term ending on a Saturday, Sunday or Atw holiday moves to the
 * next working day (Atw art. 1; Reg. 1182/71 art. 3(4) has the same effect for Union-law periods).
 */
export function computeAvgTerm(input: AvgTermInput): AvgTerm {
  const { receivedOn, extended, extraHolidays } = requireTermBasics(input);

  const explanation: string[] = [
    `Ontvangen op ${formatDutchDate(receivedOn, { weekday: true })}.`,
    'Termijn: 1 maand na ontvangst (AVG art. 12 lid 3).',
  ];
  const original = avgEndLines(receivedOn, 1, extraHolidays);
  let decideBy = original.shifted;
  if (extended) {
    explanation.push('Verlengd met 2 maanden (AVG art. 12 lid 3): samen 3 maanden na ontvangst.');
    const longer = avgEndLines(receivedOn, 3, extraHolidays);
    explanation.push(...longer.lines);
    decideBy = longer.shifted;
    explanation.push(
      `Uiterste antwoorddatum: ${formatDutchDate(decideBy, { weekday: true })}.`,
      `De verlenging en de redenen moesten uiterlijk op ${formatDutchDate(original.shifted, { weekday: true })} (binnen 1 maand na ontvangst) aan de betrokkene zijn meegedeeld (AVG art. 12 lid 3).`,
    );
  } else {
    explanation.push(...original.lines, `Uiterste antwoorddatum: ${formatDutchDate(decideBy, { weekday: true })}.`);
  }
  return { decideBy, originalDecideBy: original.shifted, explanation };
}

export interface WooTrafficLight {
  state: 'on-track' | 'due-soon' | 'overdue' | 'suspended';
  /** Calendar days from today to decideBy; negative when overdue. */
  daysLeft: number | null;
  /** Working days after today up to and including decideBy; negative when overdue. */
  workingDaysLeft: number | null;
}

export function wooTrafficLight(term: WooTerm, today: IsoDate, extra: readonly IsoDate[] = []): WooTrafficLight {
  const day = requireDate(today, 'datum van vandaag', 'today');
  if (term.decideBy === null) return { state: 'suspended', daysLeft: null, workingDaysLeft: null };
  const extraHolidays = requireExtraHolidays(extra);
  const daysLeft = diffDays(day, term.decideBy);
  const workingDaysLeft = countWorkingDays(day, term.decideBy, extraHolidays);
  const state = daysLeft < 0 ? 'overdue' : workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'due-soon' : 'on-track';
  return { state, daysLeft, workingDaysLeft };
}
