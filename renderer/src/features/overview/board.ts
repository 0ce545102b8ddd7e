/**
 * The deadline board (issue 10 point 2): every open Woo request and AVG access request with its
 * legal deadline (AVG: shared/woo/avgDeadline), the traffic light of shared/woo/deadline, suspensions and extension, sorted by
 * urgency. Pure: records and today in, items out.
 */
import { addDays, diffDays, type IsoDate } from '../../../../shared/calendar/isoDate';
import { avgDeadline } from '../../../../shared/woo/avgDeadline';
import { wooTrafficLight, type WooTerm, type WooTrafficLight } from '../../../../shared/woo/deadline';
import { termOf } from '../../../../shared/woo/lifecycle';
import { isOpenWooStatus, openSuspension, type WooRequestRecord } from '../../../../shared/woo/request';
import type { CaseRecord, TaskRecord } from '../../../../shared/model/case';

export interface BoardItem {
  /** The Woo request's id, or the AVG task's id. */
  id: string;
  kind: 'woo' | 'avg';
  caseId: string;
  caseNumber: string;
  assignee: string;
  receivedOn: IsoDate | null;
  decideBy: IsoDate | null;
  light: WooTrafficLight;
  /** Open suspension: the clock stands still until the answer (its answer term ends then). */
  suspendedUntil: IsoDate | null;
  suspensions: number;
  extended: boolean;
  /** Woo: the last day to send the verdaging notice; AVG: the last day to tell the data subject of an extension. Null once extended. */
  extensionNoticeBy: IsoDate | null;
  /** That day has passed without a notice: the term can no longer be extended. */
  extensionNoticePassed: boolean;
  /** That day falls in the coming seven days: the notice must go out this week. */
  extensionNoticeThisWeek: boolean;
}

const WEEK = 7;

/** A term object for the traffic light when only the deadline is known (AVG). */
function termWithDeadline(decideBy: IsoDate): WooTerm {
  return { decideBy, originalDecideBy: decideBy, extensionNoticeBy: null, suspendedDays: 0, explanation: [] };
}

const RANK: Record<WooTrafficLight['state'], number> = { overdue: 0, 'due-soon': 1, 'on-track': 2, suspended: 3 };

export function boardItems(
  input: { woo: readonly WooRequestRecord[]; cases: ReadonlyMap<string, CaseRecord>; avgTasks: readonly TaskRecord[] },
  today: IsoDate,
  extraHolidays: readonly IsoDate[],
): BoardItem[] {
  const items: BoardItem[] = [];
  const horizon = addDays(today, WEEK);
  for (const request of input.woo) {
    if (!isOpenWooStatus(request.status)) continue;
    const owner = input.cases.get(request.caseId);
    const term = termOf(request, [...extraHolidays]);
    const light = wooTrafficLight(term, today, extraHolidays);
    const running = openSuspension(request);
    const noticeBy = request.extension ? null : term.extensionNoticeBy;
    items.push({
      id: request.id,
      kind: 'woo',
      caseId: request.caseId,
      caseNumber: owner?.number ?? '',
      assignee: owner?.assignee ?? '',
      receivedOn: request.receivedOn,
      decideBy: term.decideBy,
      light,
      suspendedUntil: running ? running.answerBy : null,
      suspensions: request.suspensions.length,
      extended: request.extension !== undefined,
      extensionNoticeBy: noticeBy,
      extensionNoticePassed: noticeBy !== null && noticeBy < today,
      extensionNoticeThisWeek: noticeBy !== null && noticeBy >= today && noticeBy <= horizon,
    });
  }
  for (const task of input.avgTasks) {
    const owner = input.cases.get(task.caseId);
    if (!owner || owner.status === 'closed' || task.status === 'verwerkt') continue;
    // One month after receipt, three when extended; the extension must be told within the first month.
    const avg = avgDeadline(task, extraHolidays);
    const noticeBy = avg.extensionNoticeBy;
    items.push({
      id: task.id,
      kind: 'avg',
      caseId: task.caseId,
      caseNumber: owner.number,
      assignee: owner.assignee ?? task.assignee,
      receivedOn: avg.receivedOn,
      decideBy: avg.decideBy,
      light: wooTrafficLight(termWithDeadline(avg.decideBy), today, extraHolidays),
      suspendedUntil: null,
      suspensions: 0,
      extended: avg.extended,
      extensionNoticeBy: noticeBy,
      extensionNoticePassed: noticeBy !== null && noticeBy < today,
      extensionNoticeThisWeek: noticeBy !== null && noticeBy >= today && noticeBy <= horizon,
    });
  }
  // Most urgent first: overdue (longest overdue on top), due soon, on track, then suspended ones
  // by the end of their answer term; ties by case number.
  return items.sort((a, b) => {
    const rank = RANK[a.light.state] - RANK[b.light.state];
    if (rank) return rank;
    const da = a.decideBy ?? a.suspendedUntil ?? '9999-12-31';
    const db = b.decideBy ?? b.suspendedUntil ?? '9999-12-31';
    if (da !== db) return da < db ? -1 : 1;
    return a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;
  });
}

/** Calendar days from today to the end of the suspension's answer term. */
export function daysUntil(today: IsoDate, date: IsoDate): number {
  return diffDays(today, date);
}
