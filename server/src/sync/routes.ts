import type { Db } from '../db/db';
import { ROLES } from '../http/auth';
import { errorBodySchema } from '../http/errors';
import { defineRoute, type Route } from '../http/route';
import { hubPushRequestSchema, pullQuerySchema, pullResponseSchema, pushResponseSchema } from './protocol';
import { pullChanges } from './pull';
import { applyPush } from './push';

/** Every signed-in role syncs; what each may change is checked per feature as features arrive. */
const SYNC_ROLES = ROLES;

export function syncRoutes(db: Db): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/sync/push',
      operationId: 'syncPush',
      summary: "Apply a batch of a workstation's outbox",
      description:
        'Applied in one transaction. Replaying a batch (same mutationIds and seqs) changes nothing and returns the first answer again.',
      tag: 'sync',
      roles: SYNC_ROLES,
      body: hubPushRequestSchema,
      responses: {
        200: { description: 'Every mutation applied, merged, or recorded as a conflict', schema: pushResponseSchema },
        409: { description: 'A seq or mutationId was reused for a different change; nothing was applied', schema: errorBodySchema },
      },
      async handle(c, { body }) {
        const principal = c.get('principal');
        const actor = principal ? principal.username : `client:${body.clientId}`;
        return c.json(await applyPush(db, body, actor));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sync/pull',
      operationId: 'syncPull',
      summary: 'Changes after a checkpoint, oldest first',
      tag: 'sync',
      roles: SYNC_ROLES,
      query: pullQuerySchema,
      responses: {
        200: { description: 'A page of changes', schema: pullResponseSchema },
        410: { description: 'resync-required: the checkpoint does not belong to this hub', schema: errorBodySchema },
      },
      async handle(c, { query }) {
        return c.json(await pullChanges(db, query.since, query.limit));
      },
    }),
  ];
}
