/**
 * A year of work at the fictitious Openbaarheidscentrum Voorbeeldstad for `npm start`'s demo
 * (issue 11 point 9): cases with their contacts, callbacks and Woo requests, written on the hub in
 * the records desks pull, so a new user opens a centre that has been working for a while.
 *
 * Deterministic: the same seed and the same day give the same records, under ids derived from
 * their place in the sequence, so a second run finds them and adds nothing.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Db } from '../db/db';
import { insertRecord, lockRevisions } from '../sync/records';
import { TABLES } from '../sync/entities';
import type { SyncedEntity } from '../../../shared/model/records';
import type { CaseFields, ContactFields, ContactOutcome, TaskFields } from '../../../shared/model/case';
import type { CaseKind, Channel } from '../../../shared/model/records';
import type { WooLifecycleState, WooOutcome, WooRequestFields, WooStatus } from '../../../shared/woo/request';
import { applyWooStep, newWooRequestState, termOf, extensionDeadline, type WooStep } from '../../../shared/woo/lifecycle';
import { addDays, compareIsoDates, type IsoDate } from '../../../shared/calendar/isoDate';
import { amsterdamInstant, todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import type { SeedReport } from './seed';
import { random } from '../catalogue/generate';
import themes from './themes.json';

const CASES_NAMESPACE = '6d1f7a52-3c8e-4b0a-9e61-2f5b7c9d0a13';
const SEEDED_BY = 'demo-seed';
/** The station code in the demo's case numbers (OC-2026-DEM-00001): no desk writes under it. */
const STATION = 'DEM';

export const DEMO_CASE_COUNT = 300;
export const DEMO_CASE_SEED = 2026;

/** The fictitious municipality's college: the body nearly every request at the desk is for. */
const COLLEGE = { code: 'gm9999:college', name: 'College van burgemeester en wethouders van Voorbeeldstad' };
const BURGEMEESTER = { code: 'gm9999:burgemeester', name: 'Burgemeester van Voorbeeldstad' };

const FIRST = ['Anouk', 'Mehmet', 'Sanne', 'Pieter', 'Fatima', 'Joost', 'Olena', 'Karim', 'Marieke', 'Tomasz', 'Yara', 'Henk'];
const LAST = ['de Vries', 'Yılmaz', 'Jansen', 'Bakker', 'El Amrani', 'Visser', 'Kovalenko', 'Smit', 'Nowak', 'Mulder', 'Haddad', 'de Boer'];

interface Theme {
  kind: CaseKind;
  topic: string;
  question: string;
  outcome: ContactOutcome;
  weight: number;
}

// What visitors ask, with how often: data, kept in themes.json.
const THEMES = themes as readonly Theme[];

const CHANNEL_WEIGHTS: ReadonlyArray<[Channel, number]> = [
  ['telefoon', 45],
  ['balie', 35],
  ['e-mail', 15],
  ['post', 3],
  ['chat', 2],
];

function pick<T>(rng: () => number, items: ReadonlyArray<[T, number]>): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    if ((r -= w) < 0) return item;
  }
  return items[items.length - 1]![0];
}

export interface DemoRecord {
  entity: SyncedEntity;
  id: string;
  at: string;
  data: Record<string, unknown>;
}

function wallTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Walks a request from receipt towards `target`, one lawful step at a time, never past today. */
export function walkWooRequest(receivedOn: IsoDate, target: WooStatus, outcome: WooOutcome, today: IsoDate): WooLifecycleState {
  const context = { today };
  let { state } = newWooRequestState(receivedOn, context);
  const step = (make: (s: WooLifecycleState) => WooStep): boolean => {
    const next = make(state);
    if (compareIsoDates(next.on, today) > 0) return false;
    state = applyWooStep(state, next, context).state;
    return true;
  };
  const later = (days: number) => (s: WooLifecycleState) => {
    const last = [s.receivedOn, s.handlingSince, ...s.suspensions.flatMap((x) => [x.requestedOn, x.endedOn]), s.extension?.noticeOn, s.decision?.decidedOn]
      .filter((d): d is IsoDate => Boolean(d))
      .sort()
      .at(-1)!;
    return addDays(last, days);
  };
  if (target === 'ontvangen') return state;
  if (target === 'precisering-gevraagd') {
    const on = later(2)(state);
    step(() => ({ type: 'request-precisering', on, answerBy: addDays(on, 14) }));
    return state;
  }
  if (!step((s) => ({ type: 'start-handling', on: later(1)(s) }))) return state;
  if (target === 'in-behandeling') return state;
  if (target === 'zienswijze-gevraagd') {
    const on = later(7)(state);
    step(() => ({ type: 'request-zienswijze', on, answerBy: addDays(on, 14) }));
    return state;
  }
  if (target === 'verdaagd') {
    // The verdaging is sent in its last week, as in practice.
    const by = extensionDeadline(state);
    const on = by ? addDays(by, -3) : later(20)(state);
    step(() => ({ type: 'extend', on, reason: 'Het verzoek gaat over veel documenten die nog beoordeeld moeten worden.' }));
    return state;
  }
  const decideOn = addDays(state.receivedOn, 25);
  if (!step(() => ({ type: 'decide', on: decideOn, outcome }))) return state;
  if (target === 'besloten') return state;
  step(() => ({ type: 'close', on: addDays(decideOn, 21) }));
  return state;
}

const WOO_TARGETS: ReadonlyArray<[WooStatus, number]> = [
  ['ontvangen', 1],
  ['precisering-gevraagd', 2],
  ['in-behandeling', 3],
  ['zienswijze-gevraagd', 2],
  ['verdaagd', 2],
  ['besloten', 2],
  ['gesloten', 5],
];
const WOO_OUTCOME_WEIGHTS: ReadonlyArray<[WooOutcome, number]> = [
  ['openbaar', 3],
  ['deels-openbaar', 5],
  ['niet-openbaar', 1],
  ['geen-documenten', 2],
];

/** Which status a request of this age can lawfully have reached (a request from yesterday is not decided). */
function wooTargetFor(rng: () => number, ageDays: number): WooStatus {
  const target = pick(rng, WOO_TARGETS);
  if (ageDays < 3) return 'ontvangen';
  if (ageDays < 30 && (target === 'besloten' || target === 'gesloten' || target === 'verdaagd')) return 'in-behandeling';
  if (ageDays < 50 && target === 'gesloten') return 'besloten';
  // A working centre decides in time: a request older than its term (4 weeks, 6 with a
  // verdaging) is decided, and after a few more weeks closed.
  if (ageDays > 70 && target !== 'gesloten') return 'gesloten';
  if (ageDays > 35 && target !== 'gesloten') return 'besloten';
  return target;
}

/** The records of the demo year ending `now`: cases, contacts, callbacks (tasks) and Woo requests. */
export function demoCaseRecords(now: Date, options: { count?: number; seed?: number } = {}): DemoRecord[] {
  const rng = random(options.seed ?? DEMO_CASE_SEED);
  const today = todayInAmsterdam(now);
  const count = options.count ?? DEMO_CASE_COUNT;
  const themes: ReadonlyArray<[Theme, number]> = THEMES.map((theme) => [theme, theme.weight]);
  const records: DemoRecord[] = [];
  const id = (key: string) => uuidv5(key, CASES_NAMESPACE);
  const sequence = new Map<number, number>();

  for (let i = 0; i < count; i++) {
    // Spread over the last 365 days, more of them recent (open work); the newest are from today,
    // so the start screen is busy.
    const ageDays = i < 8 ? 0 : Math.floor(365 * Math.pow(rng(), 1.7));
    const day = addDays(today, -ageDays);
    let started = amsterdamInstant(day, wallTime(9 + Math.floor(rng() * 7), Math.floor(rng() * 60)));
    if (started > now) started = new Date(now.getTime() - (i + 1) * 7 * 60_000);
    const theme = pick(rng, themes);
    // Today's first calls all wait for a callback, so the start screen has some to show.
    const channel = i < 4 ? 'telefoon' : pick(rng, CHANNEL_WEIGHTS);
    const year = Number(day.slice(0, 4));
    const seq = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, seq);
    const caseId = id(`case:${i}`);
    const namedByChoice = theme.kind === 'woo' || rng() < 0.4;
    const first = FIRST[Math.floor(rng() * FIRST.length)]!;
    const last = LAST[Math.floor(rng() * LAST.length)]!;
    // 06-00… is not issued to any mobile network, and .example does not resolve (RFC 2606).
    const phone = `06-00${String(Math.floor(rng() * 1_000_000)).padStart(6, '0')}`;
    const wantsCallback = theme.kind !== 'woo' && channel === 'telefoon' && (i < 4 || rng() < 0.35);
    // Whoever waits for a callback left a name and number: staff cannot call back an anonymous caller.
    const named = namedByChoice || wantsCallback;
    const open = ageDays <= 1 ? wantsCallback || rng() < 0.6 : ageDays <= 7 && rng() < 0.3;

    let wooState: WooLifecycleState | undefined;
    if (theme.kind === 'woo') wooState = walkWooRequest(day, wooTargetFor(rng, ageDays), pick(rng, WOO_OUTCOME_WEIGHTS), today);
    const caseStatus: CaseFields['status'] = wooState
      ? wooState.status === 'gesloten'
        ? 'closed'
        : 'waiting'
      : open
        ? 'open'
        : 'closed';
    const closedOn = wooState?.closedOn;
    const closedAt =
      caseStatus === 'closed' ? (closedOn ? amsterdamInstant(closedOn, '16:30') : new Date(started.getTime() + 20 * 60_000)).toISOString() : undefined;

    const caseFields: CaseFields = {
      number: `OC-${year}-${STATION}-${String(seq).padStart(5, '0')}`,
      kind: theme.kind,
      status: caseStatus,
      topic: theme.topic,
      channel,
      question: theme.question,
      ...(named
        ? {
            visitor: {
              name: `${first} ${last}`,
              ...(channel === 'telefoon' || wantsCallback ? { phone } : {}),
              ...(theme.kind === 'woo' ? { email: `${first.toLowerCase()}@post.example` } : {}),
            },
          }
        : {}),
      ...(closedAt ? { closedAt } : {}),
    };
    records.push({ entity: 'cases', id: caseId, at: started.toISOString(), data: { ...caseFields } });

    const outcome: ContactOutcome = wantsCallback ? 'callback-needed' : theme.outcome;
    const contact: ContactFields = {
      caseId,
      channel,
      direction: 'inbound',
      startedAt: started.toISOString(),
      ...(channel === 'telefoon' || channel === 'balie' ? { durationSeconds: 60 + Math.floor(rng() * 540) } : {}),
      summary: theme.question,
      topic: theme.topic,
      outcome,
      confidential: false,
    };
    records.push({ entity: 'contacts', id: id(`contact:${i}:0`), at: started.toISOString(), data: { ...contact } });

    if (wantsCallback) {
      // Today's open callbacks fall due from an hour ago onwards, so one is late and the rest are coming up.
      const due = open && ageDays <= 1 ? new Date(now.getTime() + (i % 6) * 45 * 60_000 - 3600_000) : new Date(started.getTime() + 24 * 3600_000);
      const task: TaskFields = {
        caseId,
        action: 'Terugbellen',
        assignee: rng() < 0.5 ? 'Tess Telefoon' : 'Bram Balie',
        dueAt: due.toISOString(),
        status: open && ageDays <= 1 ? 'te_verwerken' : 'verwerkt',
        note: 'Terugbellen met het antwoord van de vakafdeling.',
      };
      records.push({ entity: 'tasks', id: id(`task:${i}`), at: started.toISOString(), data: { ...task } });
      if (!(open && ageDays <= 1)) {
        const back = new Date(Math.min(due.getTime(), now.getTime()));
        records.push({
          entity: 'contacts',
          id: id(`contact:${i}:1`),
          at: back.toISOString(),
          data: { ...contact, direction: 'outbound', startedAt: back.toISOString(), outcome: theme.outcome, summary: 'Teruggebeld met het antwoord.' },
        });
      }
    }

    if (wooState) {
      const bestuursorgaan = rng() < 0.9 ? COLLEGE : BURGEMEESTER;
      const term = termOf(wooState);
      const request: WooRequestFields = {
        ...wooState,
        caseId,
        bestuursorgaan,
        subject: theme.question,
        period: '2024 tot nu',
        disclosureForm: 'digitaal',
        decisionDelivery: 'email',
        channel,
        filedOn: day,
        decideBy: term.decideBy,
        extensionNoticeBy: extensionDeadline(wooState),
      };
      records.push({ entity: 'wooRequests', id: id(`woo:${i}`), at: started.toISOString(), data: { ...request } });
    }
  }
  return records;
}

/** Writes the demo year's records that are not on the hub yet; running it again adds nothing. */
export async function seedDemoCases(db: Db, options: { now?: Date; count?: number } = {}): Promise<SeedReport> {
  const records = demoCaseRecords(options.now ?? new Date(), options.count === undefined ? {} : { count: options.count });
  return db.transaction(async (tx) => {
    await lockRevisions(tx);
    const present = new Set<string>();
    for (const entity of ['cases', 'contacts', 'tasks', 'wooRequests'] as const) {
      const ids = records.filter((r) => r.entity === entity).map((r) => r.id);
      const { rows } = await tx.query<{ id: string }>(`select id from ${TABLES[entity]} where id = any($1::uuid[])`, [ids]);
      for (const row of rows) present.add(row.id);
    }
    let added = 0;
    for (const record of records) {
      if (present.has(record.id)) continue;
      await insertRecord(tx, record.entity, record.id, { data: record.data, at: record.at, by: SEEDED_BY });
      added++;
    }
    return { added, alreadyPresent: present.size };
  });
}
