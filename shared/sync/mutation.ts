import { z } from 'zod';
import { SYNCED_ENTITIES } from '../model/records';
import { wooStepSchema } from './records';

export const MUTATION_OPS = ['create', 'patch', 'delete', 'step'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/**
 * The sync protocol version (decision 060). The hub answers 426 `desk-too-old` to a desk that
 * speaks an older one, and a desk stops (without moving its checkpoint) when a hub sends it an
 * entity it does not know.
 */
export const PROTOCOL_VERSION = 2;

/** Most mutations in one push. */
export const MAX_PUSH_MUTATIONS = 500;

/**
 * One pending local change, as stored in the outbox and pushed to the hub (DESIGN.md "Sync
 * protocol", decision 060). `op: 'step'` carries a Woo lifecycle step for a wooRequests record; the
 * hub replays it with shared/woo/lifecycle instead of merging fields.
 */
export const mutationSchema = z.object({
  mutationId: z.uuid(),
  seq: z.number().int().positive(),
  entity: z.enum(SYNCED_ENTITIES),
  id: z.uuid(),
  op: z.enum(MUTATION_OPS),
  baseRev: z.number().int().nonnegative(),
  patch: z.record(z.string(), z.unknown()),
  step: wooStepSchema.optional(),
  /** The desk's clock; the hub bounds it by its own (decision 060), so any parseable time is taken. */
  at: z.iso.datetime({ offset: true }),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  schemaVersion: z.number().int().positive().max(1_000_000),
  protocol: z.number().int().positive().max(1_000_000).optional().describe('The sync protocol the desk speaks; absent means 1'),
  mutations: z.array(mutationSchema).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;
