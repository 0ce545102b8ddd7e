import type { CaseFields, ContactFields, TaskFields } from '../model/case';

/**
 * Export shapes of the VNG Klantinteracties API (as implemented by Open Klant), so a municipality
 * can push desk contacts into its contact register. Pure mappings: the field names and value
 * conventions are the API's; sending them (and resolving actor names to actor references) is the
 * job of an adapter outside the desk.
 */

export interface Klantcontact {
  kanaal: string;
  onderwerp: string;
  inhoud: string;
  indicatieContactGelukt: boolean;
  /** ISO 639-2/B. */
  taal: string;
  vertrouwelijk: boolean;
  /** ISO 8601 date-time. */
  plaatsgevondenOp: string;
}

export interface InterneTaak {
  gevraagdeHandeling: string;
  /** By name: the register resolves names to its actor references (medewerker or team). */
  toegewezenAanActoren?: Array<{ naam: string }>;
  toelichting: string;
  status: 'te_verwerken' | 'verwerkt';
}

/** The API limits (Open Klant): kanaal 50, onderwerp 200, gevraagdeHandeling 200 characters. */
const LIMIT = { kanaal: 50, onderwerp: 200, gevraagdeHandeling: 200 } as const;

/** Dutch is the desk's language and the API requires a value. */
const DEFAULT_LANGUAGE = 'dut';

function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

type ContactLike = Pick<ContactFields, 'channel' | 'summary' | 'outcome' | 'confidential' | 'startedAt'> &
  Partial<Pick<ContactFields, 'topic' | 'language'>>;
type CaseLike = Partial<Pick<CaseFields, 'topic' | 'visitor' | 'number'>>;

export function toKlantcontact(contact: ContactLike, caseRecord: CaseLike = {}): Klantcontact {
  const onderwerp = contact.topic ?? caseRecord.topic ?? '';
  return {
    kanaal: clip(contact.channel, LIMIT.kanaal),
    onderwerp: clip(onderwerp, LIMIT.onderwerp),
    inhoud: contact.summary,
    // 'Niet bereikt' is the only outcome in which no contact took place.
    indicatieContactGelukt: contact.outcome !== 'not-reached',
    taal: contact.language ?? caseRecord.visitor?.language ?? DEFAULT_LANGUAGE,
    vertrouwelijk: contact.confidential,
    plaatsgevondenOp: new Date(contact.startedAt).toISOString(),
  };
}

type TaskLike = Pick<TaskFields, 'action' | 'assignee' | 'dueAt' | 'status'> & Partial<Pick<TaskFields, 'note'>>;

/**
 * The API has no due date on an interne taak, so the deadline goes into the explanation, in
 * Dutch (the register's language), followed by the note staff wrote.
 */
export function toInterneTaak(task: TaskLike, options: { timeZone?: string } = {}): InterneTaak {
  const due = new Intl.DateTimeFormat('nl-NL', {
    timeZone: options.timeZone ?? 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(task.dueAt));
  const toelichting = [`Uiterlijk ${due}.`, task.note?.trim()].filter(Boolean).join(' ');
  return {
    gevraagdeHandeling: clip(task.action, LIMIT.gevraagdeHandeling),
    ...(task.assignee.trim() ? { toegewezenAanActoren: [{ naam: task.assignee.trim() }] } : {}),
    toelichting,
    status: task.status,
  };
}
