import Dexie, { type Table } from 'dexie';
import type { Answer } from '../../../shared/answers/answer';
import type { AuditEvent, BaseRecord, SyncedEntity } from '../../../shared/model/records';
import type { Mutation } from '../../../shared/sync/mutation';
import { newId } from '../../../shared/ids';
import { SCHEMA_VERSIONS } from './schema';

/** A synced record as stored locally; features narrow it with their own types. */
export type StoredRecord = BaseRecord & Record<string, unknown>;

/** An outbox row: a mutation waiting to be pushed. `seq` is assigned by IndexedDB, increasing. */
export type OutboxEntry = Omit<Mutation, 'seq'> & { seq?: number };

/** A mutation the hub refused (kept with its reason until a coordinator retries or discards it), or a notice. */
export interface SyncIssue {
  key?: number;
  kind: 'refused' | 'overruled' | 'conflict';
  entity: SyncedEntity;
  id: string;
  /** When the desk learnt of it (ISO). */
  at: string;
  /** The hub's reason (refused) or the fields concerned (overruled, conflict). */
  reason: string;
  /** The refused outbox entry itself, data kept (refused only). */
  entry?: OutboxEntry;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export class LoketDatabase extends Dexie {
  cases!: Table<StoredRecord, string>;
  contacts!: Table<StoredRecord, string>;
  tasks!: Table<StoredRecord, string>;
  wooRequests!: Table<StoredRecord, string>;
  documents!: Table<StoredRecord, string>;
  audit!: Table<AuditEvent, string>;
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaEntry, string>;
  /** The "Niet verzonden" list and sync notices (renderer/src/sync/issues.ts). */
  syncIssues!: Table<SyncIssue, number>;
  /** The answer library as last pulled from the hub (renderer/src/features/answers). */
  answers!: Table<Answer, string>;

  constructor(name = 'open-loket') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Every event written here waits for the hub until a push marks it sent (sync engine): a flag,
    // not a cursor over ids, so a clock set back cannot hide an event (issue 8 point 8).
    this.audit.hook('creating', (_key, event) => {
      const marked = event as AuditEvent & { unsent?: number };
      if (marked.unsent === undefined) marked.unsent = 1;
    });
  }

  table$(entity: SyncedEntity): Table<StoredRecord, string> {
    return this[entity];
  }

  /** This workstation's stable id, created on first use; the hub keys push sequences by it. */
  async clientId(): Promise<string> {
    return this.transaction('rw', this.meta, async () => {
      const existing = await this.meta.get('clientId');
      if (typeof existing?.value === 'string') return existing.value;
      const id = newId();
      await this.meta.put({ key: 'clientId', value: id });
      return id;
    });
  }
}

let instance: LoketDatabase | undefined;

export function database(): LoketDatabase {
  instance ??= new LoketDatabase();
  return instance;
}
