import { z } from 'zod';
import type { Db } from '../db/db';
import { COORDINATION_ROLES } from '../http/auth';
import { defineRoute, type Route } from '../http/route';

const conflictSchema = z.object({
  id: z.uuid(),
  entity: z.string(),
  recordId: z.uuid(),
  field: z.string(),
  createdAt: z.iso.datetime(),
});

/**
 * Open sync conflicts, for the coordinator who decides them (docs/decisions/071-roles.md). Field
 * names only: the competing values stay on the hub until the resolution screen shows them.
 */
export function conflictRoutes(db: Db): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/conflicts',
      operationId: 'listConflicts',
      summary: 'Open sync conflicts, oldest first',
      tag: 'coordination',
      roles: COORDINATION_ROLES,
      responses: { 200: { description: 'Open conflicts', schema: z.object({ conflicts: z.array(conflictSchema) }) } },
      async handle(c) {
        const { rows } = await db.query<{ id: string; entity: string; record_id: string; field: string; created_at: Date }>(
          'select id, entity, record_id, field, created_at from conflicts where resolved_at is null order by created_at limit 500',
        );
        return c.json({
          conflicts: rows.map((row) => ({ id: row.id, entity: row.entity, recordId: row.record_id, field: row.field, createdAt: row.created_at.toISOString() })),
        });
      },
    }),
  ];
}
