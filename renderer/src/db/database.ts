import Dexie, { type Table } from 'dexie';
import type { AuditEvent, BaseRecord, SyncedEntity } from '../../../shared/model/records';
import type { Mutation } from '../../../shared/sync/mutation';
import { newId } from '../../../shared/ids';
import { SCHEMA_VERSIONS } from './schema';

/** A synced record as stored locally; features narrow it with their own types. */
export type StoredRecord = BaseRecord & Record<string, unknown>;

/** An outbox row: a mutation waiting to be pushed. `seq` is assigned by IndexedDB, increasing. */
export type OutboxEntry = Omit<Mutation, 'seq'> & { seq?: number };

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

  constructor(name = 'open-loket') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
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
