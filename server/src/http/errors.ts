import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

/** Every error the hub answers has this shape, whatever the status. */
export const errorBodySchema = z.object({
    error: z.object({
      code: z.string().describe('Stable, machine-readable, e.g. "invalid-json" or "resync-required"'),
      message: z.string().describe('For a developer or a log; the client shows its own translated text'),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .describe('Which fields failed validation'),
    }),
  });
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type Issue = { path: string; message: string };

/** Thrown anywhere below a route; `app.onError` turns it into the JSON error response. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, issues?: Issue[]): ErrorBody {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, issues?: Issue[]) {
  return c.json(errorBody(code, message, issues), status);
}

/** Zod issues as `{path, message}` with a dotted path, e.g. `mutations.0.seq`. */
export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
