import type { z } from 'zod';
import type { Db } from '../db/db';
import { pushActor, ROLES } from '../http/auth';
import { errorBodySchema, HttpError } from '../http/errors';
import { defineRoute, type Route } from '../http/route';
import { PROTOCOL_VERSION } from '../../../shared/sync/mutation';
import { auditPullResponseSchema, auditQuerySchema, hubPushRequestSchema, pullQuerySchema, pullResponseSchema, pushResponseSchema } from './protocol';
import { pullAudit, pullChanges } from './pull';
import { applyPush } from './push';
import { checkPush, checkRaw } from './validate';

/** Every signed-in role syncs; what each may change is checked per feature as features arrive. */
const SYNC_ROLES = ROLES;

/** Point 14: a desk that speaks an older protocol is told to update instead of half-working. */
function requireProtocol(protocol: number | undefined): void {
  if ((protocol ?? 1) < PROTOCOL_VERSION) {
    throw new HttpError(
      426,
      'desk-too-old',
      `This hub speaks sync protocol ${PROTOCOL_VERSION}; the desk speaks ${protocol ?? 1}. Update the desk before it syncs again.`,
    );
  }
}

const tooOld = { description: 'desk-too-old: the desk speaks an older sync protocol and must be updated', schema: errorBodySchema };

const resyncRequired = { description: 'resync-required: the checkpoint does not belong to this hub', schema: errorBodySchema };

/** A paged read after a checkpoint: every signed-in role, the protocol checked first. */
function readRoute<Q extends z.ZodObject<{ protocol: z.ZodType<number | undefined> }>>(spec: {
  about: { path: string; operationId: string; summary: string };
  description: string;
  query: Q;
  page: { description: string; schema: z.ZodType };
  read: (query: z.infer<Q>) => Promise<unknown>;
}): Route {
  return defineRoute({
    method: 'get',
    ...spec.about,
    description: spec.description,
    tag: 'sync',
    roles: SYNC_ROLES,
    query: spec.query,
    responses: { 200: spec.page, 410: resyncRequired, 426: tooOld },
    async handle(c, { query }) {
      requireProtocol(query.protocol);
      return c.json(await spec.read(query as z.output<Q>));
    },
  });
}

export function syncRoutes(db: Db): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/sync/push',
      operationId: 'syncPush',
      summary: "Apply a batch of a workstation's outbox",
      description:
        'Applied in one transaction. Replaying a batch (same mutationIds and seqs) changes nothing and returns the first answer again. A refused batch changes nothing; the 400 names the mutation (issues[0].path = mutations.N).',
      tag: 'sync',
      roles: SYNC_ROLES,
      body: hubPushRequestSchema,
      responses: {
        200: { description: 'Every mutation applied, merged, or recorded as a conflict', schema: pushResponseSchema },
        400: { description: 'A mutation is invalid: the message names it and the reason; nothing was applied', schema: errorBodySchema },
        409: { description: 'A seq or mutationId was reused for a different change; nothing was applied. Register under a new clientId.', schema: errorBodySchema },
        426: tooOld,
      },
      async handle(c, { body }) {
        requireProtocol(body.protocol);
        // The raw JSON once more (Hono caches the body): zod drops "__proto__" keys silently.
        checkRaw(JSON.parse(await c.req.text()));
        checkPush(body);
        // Signed in, the hub – not the desk – says who did it and where (http/auth.ts pushActor; 403 for a foreign clientId).
        const actor = pushActor(c, body.clientId);
        const request = c.get('principal') && body.audit ? { ...body, audit: body.audit.map((event) => ({ ...event, actor })) } : body;
        return c.json(await applyPush(db, request, actor));
      },
    }),
    readRoute({
      about: { path: '/sync/pull', operationId: 'syncPull', summary: 'Changes after a checkpoint, oldest first' },
      description: 'A page holds at most `limit` changes and about 4 MB of record data, whichever comes first.',
      query: pullQuerySchema,
      page: { description: 'A page of changes', schema: pullResponseSchema },
      read: (query) => pullChanges(db, query.since, query.limit),
    }),
    readRoute({
      about: { path: '/sync/audit', operationId: 'syncAudit', summary: 'Audit events after a checkpoint, in arrival order' },
      description: 'Every desk shows who did what, when. With recordId: only that record (a history panel on demand).',
      query: auditQuerySchema,
      page: { description: 'A page of audit events', schema: auditPullResponseSchema },
      read: (query) => pullAudit(db, query.since, query.limit, query.recordId),
    }),
  ];
}
