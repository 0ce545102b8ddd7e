import { z } from 'zod';
import type { Db } from '../db/db';
import { errorBodySchema, errorResponse } from '../http/errors';
import { defineRoute, type Route } from '../http/route';
import type { Log } from '../log';

export const healthSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  schemaVersion: z.number().int().describe('Highest applied migration'),
  time: z.iso.datetime().describe("The database's clock"),
  minimumDeskVersion: z
    .string()
    .optional()
    .describe('The oldest desk version IT still supports (LOKET_MIN_DESK_VERSION); older desks show an update notice'),
});
export type Health = z.infer<typeof healthSchema>;

/** Liveness that proves the database answers: the renderer's "hub reachable" signal and a load-balancer probe. */
export function healthRoute(db: Db, log: Log, minimumDeskVersion?: string): Route {
  return defineRoute({
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    summary: 'Whether the hub and its database answer',
    tag: 'system',
    responses: {
      200: { description: 'The hub is up and its database answers', schema: healthSchema },
      503: { description: 'The database does not answer', schema: errorBodySchema },
    },
    async handle(c) {
      try {
        const { rows } = await db.query<{ time: Date; version: number }>(
          'select now() as time, (select coalesce(max(id), 0) from schema_migrations) as version',
        );
        const row = rows[0]!;
        const health: Health = {
          status: 'ok',
          db: db.kind,
          schemaVersion: row.version,
          time: row.time.toISOString(),
          ...(minimumDeskVersion ? { minimumDeskVersion } : {}),
        };
        return c.json(health);
      } catch (error) {
        log('error', 'health check: the database query failed', error);
        return errorResponse(c, 503, 'db-unavailable', `The hub's database (${db.kind}) does not answer`);
      }
    },
  });
}
