import { z } from 'zod';
import type { Db, DbClient } from '../db/db';
import { parseInt8 } from '../db/db';
import { COORDINATION_ROLES, ROLES, type AppEnv } from '../http/auth';
import { HttpError } from '../http/errors';
import { defineRoute, type Route } from '../http/route';
import type { Context } from 'hono';
import { newId } from '../../../shared/ids';
import { consoleLog, type Log } from '../log';
import { hubIdentity } from '../sync/identity';
import {
  answerChangesSchema,
  answerContentSchema,
  answerEditSchema,
  answerHistorySchema,
  answerRetireSchema,
  answerSchema,
  type Answer,
  type AnswerContent,
} from '../../../shared/answers/answer';

/** How many changed answers one pull hands out; a desk asks again while `more` is true. */
export const ANSWER_PAGE = 200;

interface Row {
  id: string;
  revision: number;
  retired: boolean;
  data: unknown;
  updated_at: Date;
  updated_by: string;
}

function toAnswer(row: Row): Answer {
  return answerSchema.parse(answerFields(row));
}

function answerFields(row: Row) {
  return { ...(row.data as object), id: row.id, revision: row.revision, retired: row.retired, updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by };
}

/**
 * The stored rows the current schema accepts. A row an older hub or a since-lowered limit left
 * behind is left out and logged by id only (review finding 7): one bad row must not answer 500 to
 * every desk's pull and stop the library syncing for everyone.
 */
function validAnswers(rows: readonly Row[], log: Log, where: string): Answer[] {
  const answers: Answer[] = [];
  for (const row of rows) {
    const parsed = answerSchema.safeParse(answerFields(row));
    if (parsed.success) answers.push(parsed.data);
    else log('warn', `${where}: stored answer ${row.id} revision ${row.revision} does not match the answer schema; left out`);
  }
  return answers;
}

function actorOf(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  return principal ? principal.username : 'hub';
}

const idParam = (c: Context<AppEnv>) => {
  const id = c.req.param('id');
  if (!id || !z.uuid().safeParse(id).success) throw new HttpError(404, 'not-found', 'There is no answer with this id');
  return id;
};

/**
 * Writes a new revision of an answer: the latest copy in `answers`, the same in the history.
 * The table lock serialises writers so each change number commits in order (see migration 6).
 */
export async function writeRevision(tx: DbClient, id: string, revision: number, content: AnswerContent, retired: boolean, by: string): Promise<Answer> {
  await tx.query('lock table answers in share row exclusive mode');
  const { rows } = await tx.query<{ change: string | number }>('select coalesce(max(change), 0) + 1 as change from answers');
  const change = parseInt8(String(rows[0]!.change));
  const data = JSON.stringify(content);
  const written = await tx.query<Row>(
    `insert into answers (id, revision, change, retired, data, updated_at, updated_by) values ($1, $2, $3, $4, $5::jsonb, now(), $6)
     on conflict (id) do update set revision = excluded.revision, change = excluded.change, retired = excluded.retired,
       data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by
     returning id, revision, retired, data, updated_at, updated_by`,
    [id, revision, change, retired, data, by],
  );
  await tx.query(
    `insert into answer_revisions (answer_id, revision, retired, data, updated_at, updated_by) values ($1, $2, $3, $4::jsonb, $5, $6)`,
    [id, revision, retired, data, written.rows[0]!.updated_at, by],
  );
  return toAnswer(written.rows[0]!);
}

/** The stored answer for an edit, checked against the revision the coordinator started from. */
async function current(tx: DbClient, id: string, baseRevision: number): Promise<Row> {
  const { rows } = await tx.query<Row>('select id, revision, retired, data, updated_at, updated_by from answers where id = $1 for update', [id]);
  const row = rows[0];
  if (!row) throw new HttpError(404, 'not-found', 'There is no answer with this id');
  if (row.revision !== baseRevision) {
    throw new HttpError(409, 'stale-revision', `The answer is at revision ${row.revision} now, not ${baseRevision}: someone else changed it`);
  }
  return row;
}

/**
 * The answer library on the hub (issue 14 point 3). Everyone signed in reads it (the desk pulls
 * changes since its cursor and keeps an offline copy); coordinators write, edit and retire
 * answers; every revision is kept and can be listed.
 */
export function answerRoutes(db: Db, log: Log = consoleLog): Route[] {
  const stored = { description: 'The answer as stored, with its new revision', schema: answerSchema };
  return [
    defineRoute({
      method: 'get',
      path: '/answers',
      operationId: 'listAnswerChanges',
      summary: 'Answers changed after a cursor (0: all), retired ones included so desks drop them',
      tag: 'answers',
      roles: ROLES,
      query: z.object({ since: z.coerce.number().int().nonnegative().default(0) }),
      responses: { 200: { description: 'Changed answers, oldest change first, and the next cursor', schema: answerChangesSchema } },
      async handle(c, { query }) {
        const { rows } = await db.query<Row & { change: string | number }>(
          `select id, revision, retired, data, updated_at, updated_by, change from answers where change > $1 order by change limit $2`,
          [query.since, ANSWER_PAGE + 1],
        );
        const page = rows.slice(0, ANSWER_PAGE);
        const next = page.length ? parseInt8(String(page.at(-1)!.change)) : query.since;
        // The hub's identity: after a backup restore change numbers repeat, and a desk whose cursor
        // came from another hub (or before the restore) must pull everything again (finding 3).
        const { hubId } = await hubIdentity(db);
        return c.json({ answers: validAnswers(page, log, 'answer pull'), next, more: rows.length > ANSWER_PAGE, hubId });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/answers',
      operationId: 'createAnswer',
      summary: 'Adds an answer to the library (revision 1)',
      tag: 'answers',
      roles: COORDINATION_ROLES,
      body: answerContentSchema,
      responses: { 201: stored },
      async handle(c, { body }) {
        const answer = await db.transaction((tx) => writeRevision(tx, newId(), 1, body, false, actorOf(c)));
        return c.json(answer, 201);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/answers/:id',
      operationId: 'editAnswer',
      summary: "Saves a new revision of an answer's content",
      description: 'The edit names the revision it started from; a newer one on the hub answers 409 so no colleague is overwritten unseen.',
      tag: 'answers',
      roles: COORDINATION_ROLES,
      body: answerEditSchema,
      responses: { 200: stored, 404: { description: 'No such answer' }, 409: { description: 'Changed by someone else meanwhile' } },
      async handle(c, { body }) {
        const id = idParam(c);
        const answer = await db.transaction(async (tx) => {
          const row = await current(tx, id, body.baseRevision);
          return writeRevision(tx, id, row.revision + 1, body.content, row.retired, actorOf(c));
        });
        return c.json(answer);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/answers/:id/retire',
      operationId: 'retireAnswer',
      summary: 'Retires an answer (no longer offered at the desk) or brings it back',
      tag: 'answers',
      roles: COORDINATION_ROLES,
      body: answerRetireSchema,
      responses: {
        200: stored,
        404: { description: 'No such answer' },
        409: { description: 'Changed by someone else meanwhile' },
        422: { description: 'The stored answer no longer meets the rules: edit it first' },
      },
      async handle(c, { body }) {
        const id = idParam(c);
        const answer = await db.transaction(async (tx) => {
          const row = await current(tx, id, body.baseRevision);
          const parsed = answerContentSchema.safeParse(row.data);
          if (!parsed.success) {
            log('warn', `answer retire: stored answer ${id} revision ${row.revision} does not match the answer schema`);
            throw new HttpError(422, 'stored-answer-invalid', 'The stored answer no longer meets the rules; edit and save it first, then retire it');
          }
          const content = parsed.data;
          return writeRevision(tx, id, row.revision + 1, content, body.retired, actorOf(c));
        });
        return c.json(answer);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/answers/:id/history',
      operationId: 'answerHistory',
      summary: 'Every revision of an answer, newest first',
      tag: 'answers',
      roles: ROLES,
      responses: { 200: { description: 'The revisions', schema: answerHistorySchema }, 404: { description: 'No such answer' } },
      async handle(c) {
        const id = idParam(c);
        const { rows } = await db.query<Row>(
          `select answer_id as id, revision, retired, data, updated_at, updated_by from answer_revisions where answer_id = $1 order by revision desc`,
          [id],
        );
        if (!rows.length) throw new HttpError(404, 'not-found', 'There is no answer with this id');
        return c.json({ revisions: validAnswers(rows, log, 'answer history') });
      },
    }),
  ];
}
