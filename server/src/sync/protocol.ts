import { z } from 'zod';
import { auditEventSchema } from '../../../shared/model/records';
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

export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;

export const pullQuerySchema = z.object({
  since: z.coerce.number().int().nonnegative().default(0).describe('The checkpoint of the previous pull; 0 for everything'),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT).describe('Most changes in one page'),
});

export {
  changeSchema,
  mutationResultSchema,
  pullResponseSchema,
  pushResponseSchema,
  type Change,
  type MutationResult,
  type PullResponse,
  type PushResponse,
} from '../../../shared/sync/protocol';
