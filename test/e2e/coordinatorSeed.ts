/**
 * Seeds a test hub the way desks fill it: registered workstations pushing cases, contacts and Woo
 * requests through /sync/push, signed in as the e2e stack's coordinator. Two workstations that
 * change the same assignee from the same revision leave a real conflict on the hub.
 */
import { addDays, addMonthsClamped, type IsoDate } from '../../shared/calendar/isoDate';
import { amsterdamInstant, todayInAmsterdam } from '../../shared/calendar/amsterdam';
import { computeAvgTerm } from '../../shared/woo/deadline';
import { newId } from '../../shared/ids';
import { ACCOUNTS } from './support/stack';

interface Session {
  accessToken: string;
}

async function call<T>(hubUrl: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${hubUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export function signIn(hubUrl: string, role: keyof typeof ACCOUNTS, workstationSecret?: string): Promise<Session> {
  const { username, password } = ACCOUNTS[role];
  return call(hubUrl, '/auth/sign-in', { body: { username, password, ...(workstationSecret ? { workstationSecret } : {}) } });
}

export class SeedDesk {
  private seq = 0;
  private constructor(
    private readonly hubUrl: string,
    readonly clientId: string,
    private readonly token: string,
  ) {}

  static async register(hubUrl: string, name: string): Promise<SeedDesk> {
    const coordinator = await signIn(hubUrl, 'coordinator');
    const clientId = newId();
    const registered = await call<{ secret: string }>(hubUrl, '/workstations', { token: coordinator.accessToken, body: { clientId, name } });
    const bound = await signIn(hubUrl, 'coordinator', registered.secret);
    return new SeedDesk(hubUrl, clientId, bound.accessToken);
  }

  async push(mutations: { entity: string; id: string; op: string; baseRev?: number; patch?: Record<string, unknown>; step?: unknown }[]) {
    const body = {
      clientId: this.clientId,
      schemaVersion: 6,
      protocol: 2,
      mutations: mutations.map((m) => ({ mutationId: newId(), seq: ++this.seq, baseRev: 0, patch: {}, at: new Date().toISOString(), ...m })),
    };
    const result = await call<{ results: { status: string; rev: number }[] }>(this.hubUrl, '/sync/push', { token: this.token, body });
    return result.results;
  }
}

export interface Seeded {
  today: IsoDate;
  overdue: string[];
  conflictCase: { id: string; number: string };
  closedCase: { id: string; number: string };
  /** Closed 13 months ago: past the default 12 months' retention, so the scheduled purge removes its visitor. */
  expiredCase: { id: string; number: string };
  /** An open AVG access request received 20 days ago (still extendable). */
  avgCase: { id: string; number: string; taskId: string; receivedOn: IsoDate };
}

const caseValues = (number: string, extra: Record<string, unknown> = {}) => ({ number, kind: 'question', status: 'open', channel: 'balie', question: 'Vraag', ...extra });

/** Three overdue Woo requests, one on track, a decided one, contacts, a closed case with a visitor, one past its retention, an AVG access request, and a conflict. */
export async function seedCoordinatorHub(hubUrl: string): Promise<Seeded> {
  const today = todayInAmsterdam();
  const a = await SeedDesk.register(hubUrl, 'Seed balie A');
  const b = await SeedDesk.register(hubUrl, 'Seed balie B');
  const overdue: string[] = [];
  const caseIds = new Map<string, string>();
  const wooCase = async (n: number, receivedOn: IsoDate, decide?: IsoDate) => {
    const caseId = newId();
    const number = `OC-2026-SDA-0010${n}`;
    const requestId = newId();
    await a.push([
      { entity: 'cases', id: caseId, op: 'create', patch: caseValues(number, { kind: 'woo', topic: 'Woo-verzoek', question: `Woo-vraag ${n}` }) },
      { entity: 'contacts', id: newId(), op: 'create', patch: { caseId, channel: 'balie', direction: 'inbound', startedAt: `${receivedOn}T09:00:00.000Z`, summary: 'Woo-verzoek ingediend', topic: 'Woo-verzoek', outcome: 'woo-filed', confidential: false } },
      {
        entity: 'wooRequests',
        id: requestId,
        op: 'create',
        patch: {
          caseId,
          bestuursorgaan: { code: 'gm0363:college', name: 'College van burgemeester en wethouders van Amsterdam' },
          subject: `Stukken over onderwerp ${n}`,
          disclosureForm: 'digitaal',
          decisionDelivery: 'email',
          channel: 'balie',
          filedOn: receivedOn,
          receivedOn,
          status: 'ontvangen',
          suspensions: [],
          decideBy: null,
          extensionNoticeBy: null,
        },
      },
    ]);
    await a.push([{ entity: 'wooRequests', id: requestId, op: 'step', step: { type: 'start-handling', on: receivedOn } }]);
    if (decide) await a.push([{ entity: 'wooRequests', id: requestId, op: 'step', step: { type: 'decide', on: decide, outcome: 'openbaar' } }]);
    caseIds.set(number, caseId);
    return number;
  };
  for (const n of [1, 2, 3]) overdue.push(await wooCase(n, addDays(today, -40 - n)));
  // The first overdue case had earlier contacts recorded with issue 14's fields: an answer from the
  // library, documents from the finder, and what could not be found (the dossier's timeline shows them).
  const firstCase = caseIds.get(overdue[0]!)!;
  const earlier = (days: number) => `${addDays(today, -40 - days)}T10:00:00.000Z`;
  await a.push([
    {
      entity: 'contacts', id: newId(), op: 'create',
      patch: { caseId: firstCase, channel: 'telefoon', direction: 'inbound', startedAt: earlier(3), summary: 'Vraag hoe een Woo-verzoek werkt', topic: 'Woo-verzoek', outcome: 'answered', confidential: false, guideRoute: 'answer', answerUsed: { id: 'a-woo', title: 'Een Woo-verzoek indienen', revision: 2 } },
    },
    {
      entity: 'contacts', id: newId(), op: 'create',
      patch: {
        caseId: firstCase, channel: 'balie', direction: 'inbound', startedAt: earlier(2), summary: 'Zocht het raadsbesluit', topic: 'Woo-verzoek', outcome: 'document-found', confidential: false, guideRoute: 'document',
        documentsAttached: [{ id: 'doc-1', title: 'Besluit op Woo-verzoek bomenkap', category: '2i' }],
      },
    },
    {
      entity: 'contacts', id: newId(), op: 'create',
      patch: { caseId: firstCase, channel: 'balie', direction: 'inbound', startedAt: earlier(1), summary: 'Zocht het advies', topic: 'Woo-verzoek', outcome: 'document-not-found', confidential: false, notFoundNote: 'advies boomdeskundige' },
    },
  ]);
  await wooCase(4, addDays(today, -3));
  await wooCase(5, addDays(today, -30), addDays(today, -5));

  // A case two desks reassign from the same revision: the hub keeps A's value and records B's.
  const conflictId = newId();
  const conflictNumber = 'OC-2026-SDA-00200';
  const [created] = await a.push([{ entity: 'cases', id: conflictId, op: 'create', patch: caseValues(conflictNumber, { assignee: 'anna' }) }]);
  await a.push([{ entity: 'cases', id: conflictId, op: 'patch', baseRev: created!.rev, patch: { assignee: 'bram' } }]);
  const [clash] = await b.push([{ entity: 'cases', id: conflictId, op: 'patch', baseRev: created!.rev, patch: { assignee: 'carla' } }]);
  if (clash?.status !== 'conflict') throw new Error(`expected a conflict, got ${JSON.stringify(clash)}`);

  // A closed case with the visitor's details (retention or erasure removes them).
  const closedId = newId();
  const closedNumber = 'OC-2026-SDA-00300';
  await a.push([
    {
      entity: 'cases',
      id: closedId,
      op: 'create',
      patch: caseValues(closedNumber, { status: 'closed', closedAt: `${addDays(today, -2)}T10:00:00.000Z`, topic: 'Bouwen en wonen', visitor: { name: 'Fatma Yılmaz', phone: '06 12345678' } }),
    },
    { entity: 'contacts', id: newId(), op: 'create', patch: { caseId: closedId, channel: 'telefoon', direction: 'inbound', startedAt: `${addDays(today, -3)}T09:00:00.000Z`, summary: 'Vraag over de aanbouw van mevrouw Yılmaz', topic: 'Bouwen en wonen', outcome: 'answered', confidential: true } },
  ]);

  const expiredId = newId();
  const expiredNumber = 'OC-2025-SDA-00400';
  const closedOn = addMonthsClamped(today, -13).date;
  await a.push([
    {
      entity: 'cases',
      id: expiredId,
      op: 'create',
      patch: caseValues(expiredNumber, { status: 'closed', closedAt: `${closedOn}T10:00:00.000Z`, topic: 'Parkeren', visitor: { name: 'Jan de Boer', email: 'jan@example.nl' } }),
    },
  ]);

  // An AVG access request as the Woo desk records it (renderer/src/features/woo/repository.ts routeToAvg).
  const avgId = newId();
  const avgNumber = 'OC-2026-SDA-00500';
  const avgTaskId = newId();
  const receivedOn = addDays(today, -20);
  const decideBy = computeAvgTerm({ receivedOn }).decideBy;
  await a.push([
    { entity: 'cases', id: avgId, op: 'create', patch: caseValues(avgNumber, { kind: 'avg', topic: 'Eigen gegevens', question: 'Welke gegevens hebben jullie van mij?' }) },
    {
      entity: 'tasks',
      id: avgTaskId,
      op: 'create',
      patch: {
        caseId: avgId,
        action: 'AVG-inzageverzoek beantwoorden (art. 15 AVG)',
        assignee: 'anna',
        dueAt: amsterdamInstant(decideBy, '17:00').toISOString(),
        status: 'te_verwerken',
        note: `Ontvangen op ${receivedOn}; uiterste antwoorddatum ${decideBy} (AVG art. 12 lid 3).`,
      },
    },
  ]);
  return {
    today,
    overdue,
    conflictCase: { id: conflictId, number: conflictNumber },
    closedCase: { id: closedId, number: closedNumber },
    expiredCase: { id: expiredId, number: expiredNumber },
    avgCase: { id: avgId, number: avgNumber, taskId: avgTaskId, receivedOn },
  };
}

/** The hub's current data of one record (pulled as the coordinator). */
export async function hubRecord(hubUrl: string, id: string): Promise<Record<string, unknown> | undefined> {
  const session = await signIn(hubUrl, 'coordinator');
  let since = 0;
  let found: Record<string, unknown> | undefined;
  for (;;) {
    const page = await call<{ changes: { id: string; data?: Record<string, unknown> }[]; checkpoint: number; hasMore: boolean }>(hubUrl, `/sync/pull?since=${since}&protocol=2`, { token: session.accessToken });
    for (const change of page.changes) if (change.id === id) found = change.data;
    if (!page.hasMore) return found;
    since = page.checkpoint;
  }
}
