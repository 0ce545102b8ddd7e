import { z } from 'zod';
import { auditEventSchema, SYNCED_ENTITIES } from '../../../shared/model/records';
import { pushRequestSchema } from '../../../shared/sync/mutation';
import { SYSTEM_FIELDS } from './entities';

/**
 * The hub's side of the sync protocol. The push request is the client's own schema from shared/,
 * tightened where the hub must be strict; the response shapes live here until the sync client
 * needs them in shared/.
 */
export const MAX_AUDIT_EVENTS = 2000;

export const hubPushRequestSchema = pushRequestSchema
  .extend({
    /** Audit events recorded with these changes; insert-only, so a replay is harmless. */
    audit: z.array(auditEventSchema).max(MAX_AUDIT_EVENTS).optional(),
  })
  .superRefine((request, ctx) => {
    request.mutations.forEach((mutation, index) => {
      const previous = request.mutations[index - 1];
      if (previous && mutation.seq <= previous.seq) {
        ctx.addIssue({ code: 'custom', path: ['mutations', index, 'seq'], message: `seq must increase within a batch (${mutation.seq} after ${previous.seq})` });
      }
      if (mutation.op === 'delete') return;
      for (const field of Object.keys(mutation.patch)) {
        if (SYSTEM_FIELDS.has(field)) {
          ctx.addIssue({ code: 'custom', path: ['mutations', index, 'patch', field], message: `"${field}" is set by the hub, not by a patch` });
        }
      }
    });
  });
export type HubPushRequest = z.infer<typeof hubPushRequestSchema>;

export const mutationResultSchema = z.object({
  mutationId: z.uuid(),
  seq: z.number().int(),
  status: z
    .enum(['applied', 'merged', 'conflict', 'unchanged'])
    .describe(
      'applied: taken as sent; merged: some fields kept a later hub change; conflict: a decision field (or a deletion) needs a coordinator; unchanged: the hub already had it',
    ),
  rev: z.number().int().describe("The record's revision after this mutation"),
  conflicts: z.array(z.string()).optional().describe("Fields that kept the hub's value and were recorded as a conflict"),
  overruled: z.array(z.string()).optional().describe('Fields where a later change on the hub won'),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(mutationResultSchema).describe('One per mutation, in request order. A replayed mutation gets its first answer again.'),
  lastSeq: z.number().int().describe("The highest seq the hub has applied for this client"),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;

export const pullQuerySchema = z.object({
  since: z.coerce.number().int().nonnegative().default(0).describe('The checkpoint of the previous pull; 0 for everything'),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT).describe('Most changes in one page'),
});

export const changeSchema = z.object({
  entity: z.enum(SYNCED_ENTITIES),
  id: z.uuid(),
  rev: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
  deleted: z.boolean(),
  data: z.record(z.string(), z.unknown()).nullable().describe('The record fields; null for a tombstone'),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema).describe('Ordered by rev'),
  checkpoint: z.number().int().describe('Pass as `since` next time'),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
