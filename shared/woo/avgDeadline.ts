/**
 * An AVG access request (art. 15 AVG) on the coordinator's deadline board (issue 10 point 2).
 *
 * The Woo desk records the request as a task (renderer/src/features/woo/repository.ts, routeToAvg)
 * whose note starts "Ontvangen op YYYY-MM-DD" and whose due moment is the answer deadline. The
 * term is one month after receipt and may be extended by two further months (AVG art. 12(3)),
 * provided the data subject is told – with the reasons – within that first month. An extension is
 * written into the same task (a later due moment and the EXTENDED_MARK line in the note), so it
 * syncs like any other change and needs no new record type.
 *
 * Pure: the task's fields and today in, the deadline facts out; the term itself is
 * shared/woo/deadline.ts computeAvgTerm (calendar months, Atw shift to the next working day).
 */
import { amsterdamDate, amsterdamInstant } from '../calendar/amsterdam';
import type { TaskFields } from '../model/case';
import { compareIsoDates, isIsoDate, type IsoDate } from '../calendar/isoDate';
import { computeAvgTerm, type AvgTerm } from './deadline';

/** The action of the task that carries an access request's answer deadline. */
export const AVG_TASK_ACTION = 'AVG-inzageverzoek beantwoorden (art. 15 AVG)';

/**
 * The task an access request is recorded as, wherever the desk records one (the Woo check, the
 * guide's AVG route): due at the end of the office day of the deadline, the receipt date in the
 * note's first words, which is how the deadline board reads it back.
 */
export function newAvgTask(input: { caseId: string; receivedOn: IsoDate; assignee: string; extraHolidays?: readonly IsoDate[] }): { task: TaskFields; term: AvgTerm } {
  const term = computeAvgTerm({ receivedOn: input.receivedOn, extraHolidays: [...(input.extraHolidays ?? [])] });
  const task: TaskFields = {
    caseId: input.caseId,
    action: AVG_TASK_ACTION,
    assignee: input.assignee,
    dueAt: amsterdamInstant(term.decideBy, '17:00').toISOString(),
    status: 'te_verwerken',
    note: `Ontvangen op ${input.receivedOn}; uiterste antwoorddatum ${term.decideBy} (AVG art. 12 lid 3).`,
  };
  return { task, term };
}

/** Written into the task's note when the term is extended; how the board recognises an extension. */
export const EXTENDED_MARK = 'Verlengd met 2 maanden (AVG art. 12 lid 3)';

export interface AvgTaskFields {
  dueAt: string;
  note?: string | undefined;
}

export interface AvgDeadline {
  /** From the note; null for a task written without it (then only the due moment is known). */
  receivedOn: IsoDate | null;
  /** The last day to answer: one month after receipt, three when extended (Atw applied). */
  decideBy: IsoDate;
  extended: boolean;
  /** Not extended: the last day the extension (with reasons) can still be told to the data subject. */
  extensionNoticeBy: IsoDate | null;
}

export function avgReceivedOn(note: string | undefined): IsoDate | null {
  const match = /Ontvangen op (\d{4}-\d{2}-\d{2})/.exec(note ?? '');
  return match && isIsoDate(match[1]) ? match[1]! : null;
}

export function isAvgExtended(note: string | undefined): boolean {
  return (note ?? '').includes(EXTENDED_MARK);
}

/** The deadline facts of one AVG access request task. */
export function avgDeadline(task: AvgTaskFields, extraHolidays: readonly IsoDate[] = []): AvgDeadline {
  const receivedOn = avgReceivedOn(task.note);
  const extended = isAvgExtended(task.note);
  if (receivedOn === null) {
    // Without the day of receipt the term cannot be recomputed; the task's due moment is the deadline.
    return { receivedOn, decideBy: amsterdamDate(new Date(task.dueAt)), extended, extensionNoticeBy: null };
  }
  const term = computeAvgTerm({ receivedOn, extended, extraHolidays: [...extraHolidays] });
  return { receivedOn, decideBy: term.decideBy, extended, extensionNoticeBy: extended ? null : term.originalDecideBy };
}

export class AvgExtensionError extends Error {
  override readonly name = 'AvgExtensionError';
  constructor(
    readonly reason: 'already-extended' | 'no-receipt-date' | 'too-late' | 'no-reason',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The new deadline and note line when the term is extended today. Refused (with a reason a
 * coordinator can act on) when it was extended already, when the day of receipt is unknown, when
 * the first month has passed (the extension can no longer be told in time), or without a reason
 * (the data subject must be told why).
 */
export function extendAvg(task: AvgTaskFields, today: IsoDate, reason: string, extraHolidays: readonly IsoDate[] = []): { decideBy: IsoDate; noteLine: string } {
  const current = avgDeadline(task, extraHolidays);
  if (current.extended) throw new AvgExtensionError('already-extended', 'Dit AVG-verzoek is al verlengd.');
  if (current.receivedOn === null || current.extensionNoticeBy === null) {
    throw new AvgExtensionError('no-receipt-date', 'De ontvangstdatum van dit AVG-verzoek is onbekend; de termijn kan niet worden verlengd.');
  }
  if (compareIsoDates(today, current.extensionNoticeBy) > 0) {
    throw new AvgExtensionError('too-late', `Verlengen kon tot en met ${current.extensionNoticeBy} (binnen 1 maand na ontvangst).`);
  }
  const why = reason.trim().replace(/\s+/g, ' ');
  if (!why) throw new AvgExtensionError('no-reason', 'Geef de reden van de verlenging; de betrokkene moet die horen.');
  const { decideBy } = computeAvgTerm({ receivedOn: current.receivedOn, extended: true, extraHolidays: [...extraHolidays] });
  return { decideBy, noteLine: `${EXTENDED_MARK} op ${today}; uiterste antwoorddatum ${decideBy}. Reden: ${why.slice(0, 300)}` };
}
