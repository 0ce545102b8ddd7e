import type { AuditEvent, SyncedEntity } from '../../../shared/model/records';
import { newId } from '../../../shared/ids';
import type { WooStep } from '../../../shared/woo/lifecycle';
import type { LoketDatabase, OutboxEntry, StoredRecord } from './database';
import { syncable, withLocalFields } from './localFields';

export type Change =
  | { entity: SyncedEntity; op: 'create'; id?: string; values: Record<string, unknown> }
  | { entity: SyncedEntity; op: 'patch'; id: string; values: Record<string, unknown> }
  | { entity: SyncedEntity; op: 'delete'; id: string };

/**
 * A Woo lifecycle step (sync protocol v2, decision 060): `values` is the state the step gave here,
 * written locally; the outbox carries the step itself, which the hub replays with
 * shared/woo/lifecycle, so two desks' steps never merge into a state the lifecycle cannot reach.
 */
export type StepChange = { entity: 'wooRequests'; op: 'step'; id: string; values: Record<string, unknown>; step: WooStep };

export interface ActionContext {
  /** Who does it: the signed-in staff member. */
  actor: string;
  /** What the user did, in audit vocabulary, e.g. 'contact.logged'. */
  action: string;
  now?: Date;
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly entity: SyncedEntity,
    readonly id: string,
  ) {
    super(`${entity} ${id} does not exist`);
    this.name = 'RecordNotFoundError';
  }
}

const SYSTEM_FIELDS = ['id', 'rev', 'createdAt', 'updatedAt', 'updatedBy', 'deleted'];

/** Object fields the hub merges per sub-field (server/src/sync/entities.ts NESTED_FIELDS). */
const NESTED_FIELDS = ['visitor'];

function subFieldPatch(existing: StoredRecord, patch: Record<string, unknown>): Record<string, unknown> {
  const out = { ...patch };
  for (const field of NESTED_FIELDS) {
    const next = out[field];
    const before = existing[field];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) continue;
    const previous = typeof before === 'object' && before !== null && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
    const changed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(next)) if (JSON.stringify(value) !== JSON.stringify(previous[key])) changed[key] = value ?? null;
    for (const key of Object.keys(previous)) if (!Object.hasOwn(next, key)) changed[key] = null;
    if (Object.keys(changed).length) out[field] = changed;
    else delete out[field];
  }
  return out;
}

/**
 * Carries out one user action: every record it writes, one outbox entry per record and one audit
 * event per record, in ONE IndexedDB transaction. Either all of it is stored or none of it, so a
 * record never exists without the mutation that will sync it or the audit event that explains it.
 */
export async function commitAction(db: LoketDatabase, context: ActionContext, changes: (Change | StepChange)[]): Promise<StoredRecord[]> {
  const at = (context.now ?? new Date()).toISOString();
  const tables = [...new Set(changes.map((change) => db.table$(change.entity)))];
  return db.transaction('rw', [...tables, db.outbox, db.audit], async () => {
    const written: StoredRecord[] = [];
    for (const change of changes) {
      const table = db.table$(change.entity);
      let record: StoredRecord;
      let patch: Record<string, unknown>;
      let baseRev: number;
      if (change.op === 'create') {
        const values = syncable(change.values);
        for (const field of SYSTEM_FIELDS) delete values[field];
        record = withLocalFields(change.entity, {
          ...values,
          id: change.id ?? newId(),
          rev: 0,
          createdAt: at,
          updatedAt: at,
          updatedBy: context.actor,
          deleted: false,
        });
        await table.add(record);
        patch = values;
        baseRev = 0;
      } else {
        const existing = await table.get(change.id);
        if (!existing || existing.deleted) throw new RecordNotFoundError(change.entity, change.id);
        patch = change.op === 'delete' ? { deleted: true } : syncable(change.values);
        if (change.op === 'patch' || change.op === 'step') for (const field of SYSTEM_FIELDS) delete patch[field];
        record = withLocalFields(change.entity, { ...existing, ...patch, updatedAt: at, updatedBy: context.actor });
        // Visitor details sync per sub-field (decision 060): only what changed goes out, null clearing one.
        if (change.op === 'patch') patch = subFieldPatch(existing, patch);
        await table.put(record);
        baseRev = existing.rev;
      }
      const entry: OutboxEntry = {
        mutationId: newId(),
        entity: change.entity,
        id: record.id,
        op: change.op,
        baseRev,
        patch: change.op === 'step' ? {} : patch,
        ...(change.op === 'step' ? { step: change.step } : {}),
        at,
      };
      await db.outbox.add(entry);
      const audit: AuditEvent = {
        id: newId(),
        at,
        actor: context.actor,
        action: context.action,
        entity: change.entity,
        recordId: record.id,
        fields: Object.keys(patch),
      };
      await db.audit.add(audit);
      written.push(record);
    }
    return written;
  });
}
