import type { MiddlewareHandler } from 'hono';
import type { SyncedEntity } from '../../../shared/model/records';
import { MIN_CHANGE_AT, patchSchemas } from '../../../shared/sync/records';
import { HttpError, zodIssues } from '../http/errors';
import { SYSTEM_FIELDS } from './entities';
import type { HubPushRequest } from './protocol';

/**
 * Checks on a push that zod's shape check cannot make, all before the database sees anything
 * (issue 8 point 9): each would otherwise reach PostgreSQL and come back as a 500, which stalls
 * the desk's outbox. Every refusal is a 400 that names the mutation and the reason.
 */

/** Deepest JSON nesting accepted anywhere in a push (a case is about 4 deep). */
export const MAX_DEPTH = 32;
/** Largest serialized record the hub keeps (point 10): a page of pulls must fit in memory. */
export const MAX_RECORD_BYTES = 256 * 1024;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function badString(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'contains a lone UTF-16 surrogate';
  return undefined;
}

/** The first problem in a raw JSON value: too deep, a bad string or key, a `__proto__` key. */
export function rawProblem(value: unknown, path = '', depth = 0): { path: string; message: string } | undefined {
  if (depth > MAX_DEPTH) return { path, message: `nested deeper than ${MAX_DEPTH} levels` };
  if (typeof value === 'string') {
    const problem = badString(value);
    return problem ? { path, message: `text ${problem}` } : undefined;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path, message: 'not a finite number' };
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = rawProblem(value[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    // JSON.parse makes "__proto__" an own key; most code would treat it as the prototype.
    if (key === '__proto__') return { path: keyPath, message: 'the key "__proto__" is not allowed' };
    const keyProblem = badString(key);
    if (keyProblem) return { path: path || '(root)', message: `a key ${keyProblem}` };
    const problem = rawProblem((value as Record<string, unknown>)[key], keyPath, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

function mutationOf(path: string, request: unknown): string {
  const match = /^mutations\.(\d+)/.exec(path);
  if (!match) return '';
  const mutation = (request as { mutations?: { mutationId?: unknown }[] }).mutations?.[Number(match[1])];
  return typeof mutation?.mutationId === 'string' ? ` (mutation ${mutation.mutationId})` : '';
}

/** Refuses a raw push body with a problem anywhere (run on the parsed JSON, before zod strips keys). */
export function checkRaw(raw: unknown): void {
  const problem = rawProblem(raw);
  if (problem) {
    throw new HttpError(400, 'invalid-mutation', `Refused${mutationOf(problem.path, raw)}: ${problem.path || 'body'} ${problem.message}`, [problem]);
  }
}

function refuse(index: number, mutationId: string, path: string, message: string): never {
  const full = `mutations.${index}${path ? `.${path}` : ''}`;
  throw new HttpError(400, 'invalid-mutation', `Mutation ${mutationId} refused: ${path || 'mutation'} ${message}`, [{ path: full, message }]);
}

/** The semantic checks of one push: duplicates, ops, and every patch against its entity's schema. */
export function checkPush(request: HubPushRequest): void {
  const seen = new Set<string>();
  request.mutations.forEach((mutation, index) => {
    const { mutationId } = mutation;
    if (seen.has(mutationId)) refuse(index, mutationId, 'mutationId', 'appears twice in this batch');
    seen.add(mutationId);
    const previous = request.mutations[index - 1];
    if (previous && mutation.seq <= previous.seq) refuse(index, mutationId, 'seq', `must increase within a batch (${mutation.seq} after ${previous.seq})`);
    // A time before 2000 is a wrong desk clock; clamping it would invent a time (decision 060).
    if (!(Date.parse(mutation.at) >= MIN_CHANGE_AT)) refuse(index, mutationId, 'at', `${mutation.at} is before 2000: the workstation's clock was wrong when the change was made`);
    if (mutation.entity === 'documents') refuse(index, mutationId, 'entity', 'documents are published by the hub; a desk cannot change them');
    const entity = mutation.entity as Exclude<SyncedEntity, 'documents'>;
    if (mutation.op === 'step') {
      if (entity !== 'wooRequests' || !mutation.step) refuse(index, mutationId, 'step', 'a step mutation needs entity wooRequests and a step');
      if (Object.keys(mutation.patch).length) refuse(index, mutationId, 'patch', 'a step carries no patch');
      return;
    }
    if (mutation.step) refuse(index, mutationId, 'step', `only a step mutation carries a step (op is ${mutation.op})`);
    if (mutation.op === 'delete') return;
    for (const field of Object.keys(mutation.patch)) {
      if (SYSTEM_FIELDS.has(field)) refuse(index, mutationId, `patch.${field}`, `"${field}" is set by the hub, not by a patch`);
    }
    // Creates too: every field is typed and known; a record may arrive in parts (a lost create).
    const parsed = patchSchemas[entity].safeParse(mutation.patch);
    if (!parsed.success) {
      const issue = zodIssues(parsed.error)[0]!;
      refuse(index, mutationId, `patch${issue.path ? `.${issue.path}` : ''}`, issue.message);
    }
    if (Buffer.byteLength(JSON.stringify(mutation.patch)) > MAX_RECORD_BYTES) {
      refuse(index, mutationId, 'patch', `is larger than ${MAX_RECORD_BYTES} bytes`);
    }
  });
  // An audit event carries the same desk clock as the mutations: before 2000 it is refused too, not
  // clamped, so the trail holds no invented time (decision 060). The desk keeps a refused event
  // marked (unsent: 2) and no longer sends it, so it does not stall the outbox.
  request.audit?.forEach((event, index) => {
    if (!(Date.parse(event.at) >= MIN_CHANGE_AT)) {
      const message = `${event.at} is before 2000: the workstation's clock was wrong when it was recorded`;
      throw new HttpError(400, 'invalid-mutation', `Audit event ${event.id} refused: at ${message}`, [{ path: `audit.${index}.at`, message }]);
    }
  });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Refuses a sync request body that is not valid UTF-8 (a decoder would silently turn the bad bytes
 * into U+FFFD and store them). Reads the body first, so later readers get it from Hono's cache.
 */
export const requireUtf8Body: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'POST') {
    const bytes = await c.req.arrayBuffer();
    try {
      strictUtf8.decode(bytes);
    } catch {
      throw new HttpError(400, 'invalid-utf8', 'The request body is not valid UTF-8');
    }
  }
  await next();
};
