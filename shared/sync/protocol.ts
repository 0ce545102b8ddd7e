import { z } from 'zod';
import { SYNCED_ENTITIES } from '../model/records';

/** The hub's answers to push and pull (DESIGN.md "Sync protocol"), shared so the client validates them. */
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
