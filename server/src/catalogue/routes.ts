import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { z } from 'zod';
import type { Db } from '../db/db';
import { COORDINATION_ROLES, type AppEnv } from '../http/auth';
import { HttpError } from '../http/errors';
import { defineRoute, type Route } from '../http/route';
import type { Context } from 'hono';
import { importProgressSchema } from '../../../shared/catalogue/importProgress';
import { ImportFormatError, importCatalogue, type ImportProgress } from './import';

/** The import's path: app.ts exempts it from the general body limit, it streams instead. */
export const CATALOGUE_IMPORT_PATH = '/catalogue/imports';
/** A catalogue file larger than this is refused (100,000 Woogle rows with texts are ~150 MB). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

const progressSchema = importProgressSchema;

interface Job {
  progress: z.infer<typeof progressSchema>;
  controller: AbortController;
  finishedAt?: number;
}

function actorOf(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  return principal ? `user:${principal.userId}` : 'hub';
}

async function* counted(body: ReadableStream<Uint8Array>, job: Job): AsyncGenerator<Uint8Array> {
  for await (const chunk of Readable.fromWeb(body as unknown as NodeWebStream<Uint8Array>)) {
    const bytes = chunk as Uint8Array;
    job.progress.bytes += bytes.byteLength;
    if (job.progress.bytes > MAX_IMPORT_BYTES) throw new HttpError(413, 'payload-too-large', `A catalogue file may be at most ${MAX_IMPORT_BYTES} bytes`);
    yield bytes;
  }
}

/**
 * Catalogue import by a coordinator (issue 14 point 5). The file is the request body, streamed
 * row by row into the documents table; the desk polls the job's progress (its own id, so it can
 * ask while the upload runs) and may cancel it. Jobs live in this hub process only: they are
 * short-lived and the documents they wrote are the durable result.
 */
export function catalogueRoutes(db: Db): Route[] {
  const jobs = new Map<string, Job>();
  const forget = () => {
    const hourAgo = Date.now() - 3_600_000;
    for (const [id, job] of jobs) if (job.finishedAt !== undefined && job.finishedAt < hourAgo) jobs.delete(id);
  };
  const jobOf = (id: string) => {
    const job = jobs.get(id);
    if (!job) throw new HttpError(404, 'not-found', `There is no catalogue import ${id}`);
    return job;
  };
  return [
    defineRoute({
      method: 'post',
      path: CATALOGUE_IMPORT_PATH,
      operationId: 'importCatalogue',
      summary: 'Import a Woogle-format catalogue (CSV or a JSON array) streamed as the request body',
      description: 'Malformed rows are reported with their line and skipped; re-importing updates by dc_identifier.',
      tag: 'catalogue',
      roles: COORDINATION_ROLES,
      query: z.object({ id: z.uuid(), format: z.enum(['csv', 'json']) }),
      responses: { 200: { description: 'The import finished or was cancelled', schema: progressSchema } },
      async handle(c, { query }) {
        forget();
        if (jobs.has(query.id)) throw new HttpError(409, 'duplicate-import', `Catalogue import ${query.id} already exists`);
        const body = c.req.raw.body;
        if (!body) throw new HttpError(400, 'empty-body', 'Send the catalogue file as the request body');
        const job: Job = {
          progress: { rows: 0, added: 0, updated: 0, unchanged: 0, skipped: 0, problems: [], cancelled: false, bytes: 0, done: false },
          controller: new AbortController(),
        };
        jobs.set(query.id, job);
        const update = (progress: ImportProgress) => Object.assign(job.progress, progress);
        try {
          update(await importCatalogue(db, counted(body, job), { format: query.format, actor: actorOf(c), signal: job.controller.signal, onProgress: update }));
        } catch (error) {
          if (error instanceof ImportFormatError) throw new HttpError(400, 'invalid-catalogue', error.message);
          throw error;
        } finally {
          job.progress.done = true;
          job.finishedAt = Date.now();
        }
        return c.json(job.progress);
      },
    }),
    defineRoute({
      method: 'get',
      path: `${CATALOGUE_IMPORT_PATH}/:id`,
      operationId: 'getCatalogueImport',
      summary: 'Progress of a catalogue import',
      tag: 'catalogue',
      roles: COORDINATION_ROLES,
      responses: { 200: { description: 'Progress so far', schema: progressSchema }, 404: { description: 'No such import' } },
      handle(c) {
        return c.json(jobOf(c.req.param('id') ?? '').progress);
      },
    }),
    defineRoute({
      method: 'post',
      path: `${CATALOGUE_IMPORT_PATH}/:id/cancel`,
      operationId: 'cancelCatalogueImport',
      summary: 'Stop a catalogue import after the batch it is writing; what was written stays',
      tag: 'catalogue',
      roles: COORDINATION_ROLES,
      responses: { 204: { description: 'Cancel requested' }, 404: { description: 'No such import' } },
      handle(c) {
        jobOf(c.req.param('id') ?? '').controller.abort();
        return c.body(null, 204);
      },
    }),
  ];
}
