import { z } from 'zod';
import { auditEventSchema } from '../../../shared/model/records';
import { pushRequestSchema } from '../../../shared/sync/mutation';

/**
 * The hub's side of the sync protocol (decision 060). The push request is the client's own schema
 * from shared/, tightened where the hub must be strict; server/src/sync/validate.ts adds what a
 * schema cannot say.
 */
export const MAX_AUDIT_EVENTS = 2000;

export const hubPushRequestSchema = pushRequestSchema.extend({
  /** Audit events recorded with these changes; insert-only, so a replay is harmless. */
  audit: z.array(auditEventSchema).max(MAX_AUDIT_EVENTS).optional(),
});
export type HubPushRequest = z.infer<typeof hubPushRequestSchema>;

export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;

export const pullQuerySchema = z.object({
  since: z.coerce.number().int().nonnegative().default(0).describe('The checkpoint of the previous pull; 0 for everything'),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT).describe('Most changes in one page'),
  protocol: z.coerce.number().int().positive().max(1_000_000).optional().describe('The sync protocol the desk speaks; absent means 1'),
});

export const auditQuerySchema = pullQuerySchema.extend({
  recordId: z.uuid().optional().describe("Only this record's events (a history panel asking on demand)"),
});

export {
  auditPullResponseSchema,
  changeSchema,
  mutationResultSchema,
  pullResponseSchema,
  pushResponseSchema,
  type AuditPullResponse,
  type Change,
  type HubIdentity,
  type MutationResult,
  type PullResponse,
  type PushResponse,
} from '../../../shared/sync/protocol';
