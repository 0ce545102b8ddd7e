import { z } from 'zod';
import { auditEventSchema, SYNCED_ENTITIES } from '../model/records';

/** The hub's answers to push and pull (DESIGN.md "Sync protocol", decision 060), shared so the client validates them. */
export const hubIdentitySchema = z.object({
  hubId: z.uuid().describe("This hub database's identity: a desk that meets another one re-syncs fully"),
  restoredHead: z
    .number()
    .int()
    .nonnegative()
    .describe('The revision this database was restored at (0 if never): desk versions above it are lost and re-pushed'),
});
export type HubIdentity = z.infer<typeof hubIdentitySchema>;

export const mutationResultSchema = z.object({
  mutationId: z.uuid(),
  seq: z.number().int(),
  status: z
    .enum(['applied', 'merged', 'conflict', 'unchanged'])
    .describe(
      'applied: taken as sent; merged: some fields kept a later hub change; conflict: a decision field, a Woo step or a deletion needs a coordinator; unchanged: the hub already had it',
    ),
  rev: z.number().int().describe("The record's revision after this push: all mutations of one record in one push share it"),
  conflicts: z.array(z.string()).optional().describe("Fields that kept the hub's value and were recorded as a conflict ('lifecycle' for a refused Woo step)"),
  overruled: z.array(z.string()).optional().describe('Fields where a later change on the hub won: the desk tells its user'),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = hubIdentitySchema.extend({
  results: z.array(mutationResultSchema).describe('One per mutation, in request order. A replayed mutation gets its first answer again.'),
  lastSeq: z.number().int().describe('The highest seq the hub has applied for this client'),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const changeSchema = z.object({
  // A string, not the enum: a desk must see an entity it does not know (a newer hub) and stop
  // without moving its checkpoint, instead of failing the page or skipping it.
  entity: z.string(),
  id: z.uuid(),
  rev: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string(),
  deleted: z.boolean(),
  data: z.record(z.string(), z.unknown()).nullable().describe('The record fields; null for a tombstone'),
});
export type Change = z.infer<typeof changeSchema>;
export const KNOWN_ENTITIES: ReadonlySet<string> = new Set(SYNCED_ENTITIES);

export const pullResponseSchema = hubIdentitySchema.extend({
  changes: z.array(changeSchema).describe('Ordered by rev'),
  checkpoint: z.number().int().describe('Pass as `since` next time'),
  hasMore: z.boolean(),
  head: z.number().int().nonnegative().describe("The hub's newest revision when this page was read"),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const pulledAuditEventSchema = auditEventSchema.extend({
  seq: z.number().int().positive().describe('Order of arrival on the hub'),
});
export type PulledAuditEvent = z.infer<typeof pulledAuditEventSchema>;

export const auditPullResponseSchema = hubIdentitySchema.extend({
  events: z.array(pulledAuditEventSchema),
  checkpoint: z.number().int(),
  hasMore: z.boolean(),
});
export type AuditPullResponse = z.infer<typeof auditPullResponseSchema>;
