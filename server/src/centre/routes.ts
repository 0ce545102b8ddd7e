import { z } from 'zod';
import type { Db } from '../db/db';
import { COORDINATION_ROLES, ROLES, type AppEnv } from '../http/auth';
import { HttpError } from '../http/errors';
import { defineRoute, type Route } from '../http/route';
import { TABLES } from '../sync/entities';
import { conflictDetailSchema } from '../../../shared/centre/conflicts';
import { centreSettingsSchema, storedCentreSettingsSchema } from '../../../shared/centre/settings';
import { SYNCED_ENTITIES, type SyncedEntity } from '../../../shared/model/records';
import type { Context } from 'hono';

function actorOf(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  return principal ? principal.username : 'hub';
}


const resolveSchema = z.object({ choice: z.enum(['hub', 'client']) }).strict();

/**
 * The centre's settings (issue 10 point 7) and the coordinator's view of sync conflicts with both
 * values (point 6). Settings are read by every role (receipts, holidays and topics are needed at
 * every desk) and changed by coordinators and admins only.
 */
export function centreRoutes(db: Db): Route[] {
  // Read and written at the same address, shown together in the API description.
  const settingsRoute = { path: '/centre/settings', tag: 'centre' } as const;
  return [
    defineRoute({
      method: 'get',
      operationId: 'getCentreSettings',
      ...settingsRoute,
      summary: "The centre's settings, as every desk uses them",
      roles: ROLES,
      responses: { 200: { description: 'The settings; null until a coordinator saved them', schema: storedCentreSettingsSchema } },
      async handle(c) {
        const { rows } = await db.query<{ data: unknown; rev: string; updated_at: Date; updated_by: string }>(
          'select data, rev, updated_at, updated_by from centre_settings where singleton',
        );
        const row = rows[0];
        if (!row) return c.json({ settings: null, rev: 0, updatedAt: null, updatedBy: null });
        return c.json({ settings: centreSettingsSchema.parse(row.data), rev: Number(row.rev), updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by });
      },
    }),
    defineRoute({
      method: 'post',
      operationId: 'saveCentreSettings',
      ...settingsRoute,
      summary: "Replaces the centre's settings",
      roles: COORDINATION_ROLES,
      body: centreSettingsSchema,
      responses: { 200: { description: 'Saved; the new revision', schema: storedCentreSettingsSchema } },
      async handle(c, { body }) {
        const by = actorOf(c);
        const { rows } = await db.query<{ rev: string; updated_at: Date }>(
          `insert into centre_settings (singleton, data, rev, updated_at, updated_by) values (true, $1::jsonb, 1, now(), $2)
           on conflict (singleton) do update set data = excluded.data, rev = centre_settings.rev + 1, updated_at = now(), updated_by = excluded.updated_by
           returning rev, updated_at`,
          [JSON.stringify(body), by],
        );
        return c.json({ settings: body, rev: Number(rows[0]!.rev), updatedAt: rows[0]!.updated_at.toISOString(), updatedBy: by });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/centre/conflicts',
      operationId: 'listConflictDetails',
      summary: 'Open sync conflicts with both values, who set the standing one and where the other came from',
      tag: 'coordination',
      roles: COORDINATION_ROLES,
      responses: { 200: { description: 'Open conflicts, oldest first', schema: z.object({ conflicts: z.array(conflictDetailSchema) }) } },
      async handle(c) {
        const { rows } = await db.query<{
          id: string;
          entity: string;
          record_id: string;
          field: string;
          hub_value: unknown;
          client_value: unknown;
          created_at: Date;
          station_code: string | null;
        }>(
          `select c.id, c.entity, c.record_id, c.field, c.hub_value, c.client_value, c.created_at, w.station_code
             from conflicts c left join workstations w on w.client_id = c.client_id
            where c.resolved_at is null order by c.created_at limit 500`,
        );
        const conflicts = [];
        for (const row of rows) {
          const table = (SYNCED_ENTITIES as readonly string[]).includes(row.entity) ? TABLES[row.entity as SyncedEntity] : undefined;
          const record = table
            ? (await db.query<{ updated_by: string; updated_at: Date }>(`select updated_by, updated_at from ${table} where id = $1`, [row.record_id])).rows[0]
            : undefined;
          conflicts.push({
            id: row.id,
            entity: row.entity,
            recordId: row.record_id,
            field: row.field,
            hubValue: row.hub_value,
            clientValue: row.client_value,
            hubBy: record?.updated_by ?? null,
            hubAt: record?.updated_at.toISOString() ?? null,
            clientStation: row.station_code,
            createdAt: row.created_at.toISOString(),
          });
        }
        return c.json({ conflicts });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/centre/conflicts/:id/resolve',
      operationId: 'resolveConflict',
      summary: 'Records which value a coordinator chose; the desk syncs the chosen value as an ordinary change',
      tag: 'coordination',
      roles: COORDINATION_ROLES,
      body: resolveSchema,
      responses: { 204: { description: 'Resolved' }, 404: { description: 'No open conflict with this id' } },
      async handle(c, { body }) {
        const id = c.req.param('id');
        if (!z.uuid().safeParse(id).success) throw new HttpError(404, 'not-found', 'No open conflict with this id');
        const { rowCount } = await db.query(
          `update conflicts set resolved_at = now(), resolved_by = $2, resolution = $3::jsonb where id = $1 and resolved_at is null`,
          [id, actorOf(c), JSON.stringify({ choice: body.choice })],
        );
        if (!rowCount) throw new HttpError(404, 'not-found', 'No open conflict with this id');
        return c.body(null, 204);
      },
    }),
  ];
}
