import { z } from 'zod';

/**
 * Fields every synced record carries (DESIGN.md "Data"). `rev` is the hub's revision: 0 until the
 * record has been accepted by the hub. `deleted` is a tombstone so deletions sync like edits.
 */
export const baseRecordSchema = z.object({
  id: z.uuid(),
  rev: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().min(1).max(200),
  deleted: z.boolean(),
});
export type BaseRecord = z.infer<typeof baseRecordSchema>;

/** Tables whose records sync through the outbox. */
export const SYNCED_ENTITIES = ['cases', 'contacts', 'tasks', 'wooRequests', 'documents'] as const;
export type SyncedEntity = (typeof SYNCED_ENTITIES)[number];

export const CASE_KINDS = ['question', 'document', 'woo', 'avg', 'referral', 'other'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CHANNELS = ['balie', 'telefoon', 'e-mail', 'post', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TASK_STATUSES = ['te_verwerken', 'verwerkt'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const auditEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actor: z.string().min(1).max(200),
  action: z.string().min(1).max(100),
  entity: z.enum(SYNCED_ENTITIES),
  recordId: z.uuid(),
  /** Names of the fields the action changed; values are not copied into the audit trail (AVG). */
  fields: z.array(z.string().max(100)).max(200),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
