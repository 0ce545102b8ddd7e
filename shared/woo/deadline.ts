/**
 * The decision term of a Woo request (Woo art. 4.4) and of an AVG access request (AVG art. 12(3)),
 * with the Algemene termijnenwet applied. Pure: the same input always gives the same dates, and
 * every date comes with the Dutch sentences that justify it, so staff can explain a deadline to a
 * requester and a coordinator can check it by hand.
 */
import type { IsoDate as CalendarDate } from '../calendar/isoDate';
import { addDays, addMonthsClamped, compareIsoDates, diffDays, parseIsoDate } from '../calendar/isoDate';
import { ATW_FIRST_YEAR, atwEndOfTerm, atwHolidayOn, countWorkingDays } from '../calendar/atw';
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
  originalDecideBy: IsoDate; // the 4-week term without extension or suspension, Atw applied
  extensionNoticeBy: IsoDate; // a verdaging must be sent no later than this day (= originalDecideBy)
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

interface CheckedSuspension {
  /** 1-based position in the input, as staff see it in a list. */
  number: number;
  from: IsoDate;
  until: IsoDate | undefined;
  reason: string;
}

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
  if (typeof input !== 'object' || input === null) {
    throw new WooTermError('Er zijn geen gegevens van het verzoek opgegeven.');
  }
  const receivedOn = requireDate(input.receivedOn, 'ontvangstdatum', 'receivedOn');
  const extended = requireExtended(input.extended);
  const extraHolidays = requireExtraHolidays(input.extraHolidays);
  const suspensions = checkSuspensions(input.suspensions, receivedOn);

  const explanation: string[] = [
    `Ontvangen op ${formatDutchDate(receivedOn, { weekday: true })}.`,
    `Beslistermijn: 4 weken (${WOO_TERM_DAYS} dagen) vanaf de dag na ontvangst (Woo art. 4.4 lid 1).`,
  ];

  // Ignores suspensions on purpose: a suspension inside the first four weeks arguably moves their
  // end too, but the earliest defensible date is the safe one to send a verdaging by.
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
        `Opgeschort van ${formatDutchDate(s.from)} tot ${formatDutchDate(s.until)}: ${dutchDays(days)} (${s.reason}).`,
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

  explanation.push(
    extended
      ? `De verdaging moest uiterlijk op ${formatDutchDate(originalDecideBy, { weekday: true })}, het einde van de eerste 4 weken, schriftelijk en met redenen zijn meegedeeld (Woo art. 4.4 lid 2).`
      : `Verdagen (met ten hoogste 2 weken) kan alleen met een schriftelijke, gemotiveerde mededeling uiterlijk op ${formatDutchDate(originalDecideBy, { weekday: true })}, het einde van de eerste 4 weken (Woo art. 4.4 lid 2).`,
  );

  return { decideBy, originalDecideBy, extensionNoticeBy: originalDecideBy, suspendedDays, explanation };
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
  if (typeof input !== 'object' || input === null) {
    throw new WooTermError('Er zijn geen gegevens van het verzoek opgegeven.');
  }
  const receivedOn = requireDate(input.receivedOn, 'ontvangstdatum', 'receivedOn');
  const extended = requireExtended(input.extended);
  const extraHolidays = requireExtraHolidays(input.extraHolidays);

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
