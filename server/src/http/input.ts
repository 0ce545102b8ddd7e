import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError, zodIssues } from './errors';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The request body as JSON, or a 400/415 that says what is wrong with it. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new HttpError(415, 'unsupported-media-type', `Send the body as application/json (got ${type ? `"${type}"` : 'no Content-Type'})`);
  }
  const text = await c.req.text();
  if (text.trim() === '') throw new HttpError(400, 'invalid-json', 'The request body is empty; expected a JSON document');
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'unreadable';
    throw new HttpError(400, 'invalid-json', `The request body is not valid JSON: ${reason}`);
  }
}

export function validate<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = zodIssues(result.error);
    const first = issues[0];
    const summary = first ? `${first.path || where}: ${first.message}` : 'invalid';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new HttpError(400, 'invalid-request', `Invalid request ${where}: ${summary}${more}`, issues);
  }
  return result.data;
}
