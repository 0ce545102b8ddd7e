import type { Context } from 'hono';
import type { Db } from '../db/db';
import { consoleLog, type Log } from '../log';
import { COORDINATION_ROLES, ROLES, type AppEnv } from '../http/auth';
import { HttpError } from '../http/errors';
import { defineRoute, type Route } from '../http/route';
import { DEFAULT_GUIDE } from '../../../shared/guide/defaultGuide';
import { guideDefinitionSchema } from '../../../shared/guide/definition';
import { storedGuideSchema } from '../../../shared/guide/stored';

function actorOf(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  return principal ? principal.username : 'hub';
}

/**
 * The visitor guide (issue 14 point 2): every role reads the latest version (each desk walks it),
 * coordinators and admins save a new one. The definition is checked with the shared schema, so a
 * guide that cannot be walked never reaches a desk.
 */
export function guideRoutes(db: Db, log: Log = consoleLog): Route[] {
  const at = { path: '/guide', tag: 'centre' } as const;
  return [
    defineRoute({
      method: 'get',
      operationId: 'getGuide',
      ...at,
      summary: 'The visitor guide desks use: the latest version a coordinator saved',
      roles: ROLES,
      responses: { 200: { description: 'The latest saved guide; null until a coordinator saved one (desks keep their built-in guide)', schema: storedGuideSchema } },
      async handle(c) {
        // The newest version the current schema accepts: one an older hub or a since-tightened rule
        // left behind is skipped and logged by version (review finding 7), not a 500 for every desk.
        const { rows } = await db.query<{ version: number; data: unknown; saved_at: Date; saved_by: string }>(
          'select version, data, saved_at, saved_by from guide_versions order by version desc limit 20',
        );
        for (const row of rows) {
          const parsed = guideDefinitionSchema.safeParse(row.data);
          if (parsed.success) return c.json({ guide: parsed.data, savedAt: row.saved_at.toISOString(), savedBy: row.saved_by });
          log('warn', `guide: stored guide version ${row.version} does not match the guide schema; skipped`);
        }
        return c.json({ guide: null, savedAt: null, savedBy: null });
      },
    }),
    defineRoute({
      method: 'post',
      operationId: 'saveGuide',
      ...at,
      summary: 'Saves a new version of the visitor guide; its version must be one above the latest',
      roles: COORDINATION_ROLES,
      body: guideDefinitionSchema,
      responses: {
        200: { description: 'Saved', schema: storedGuideSchema },
        409: { description: 'Someone saved another version meanwhile: reload and edit that one' },
      },
      async handle(c, { body }) {
        const by = actorOf(c);
        const saved = await db.transaction(async (tx) => {
          // One writer at a time: two coordinators saving "the next version" at once must not both succeed.
          await tx.query('lock table guide_versions in exclusive mode');
          const { rows } = await tx.query<{ version: number | null }>('select max(version) as version from guide_versions');
          const latest = rows[0]?.version ?? DEFAULT_GUIDE.version;
          if (body.version !== latest + 1) {
            throw new HttpError(409, 'stale-version', `The guide is at version ${latest}; save version ${latest + 1}, made from the latest one`);
          }
          const inserted = await tx.query<{ saved_at: Date }>('insert into guide_versions (version, data, saved_by) values ($1, $2::jsonb, $3) returning saved_at', [
            body.version,
            JSON.stringify(body),
            by,
          ]);
          return inserted.rows[0]!.saved_at;
        });
        return c.json({ guide: body, savedAt: saved.toISOString(), savedBy: by });
      },
    }),
  ];
}
