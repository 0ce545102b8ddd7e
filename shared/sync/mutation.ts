import { z } from 'zod';
import { SYNCED_ENTITIES } from '../model/records';

export const MUTATION_OPS = ['create', 'patch', 'delete'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/** One pending local change, as stored in the outbox and pushed to the hub (DESIGN.md "Sync protocol"). */
export const mutationSchema = z.object({
  mutationId: z.uuid(),
  seq: z.number().int().positive(),
  entity: z.enum(SYNCED_ENTITIES),
  id: z.uuid(),
  op: z.enum(MUTATION_OPS),
  baseRev: z.number().int().nonnegative(),
  patch: z.record(z.string(), z.unknown()),
  at: z.iso.datetime(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  schemaVersion: z.number().int().positive(),
  mutations: z.array(mutationSchema).max(500),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;
