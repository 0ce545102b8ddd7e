import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv, Role } from './auth';

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
}

type Input<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * One HTTP route, declared once: app.ts registers it with Hono (validation, role check) and
 * openapi.ts documents it from the same zod schemas, so the document cannot drift from the code.
 */
export interface Route<Q extends z.ZodObject | undefined = z.ZodObject | undefined, B extends z.ZodType | undefined = z.ZodType | undefined> {
  method: 'get' | 'post';
  /** Hono path syntax. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Roles allowed; omitted for public routes (health, the API document). */
  roles?: readonly Role[];
  query?: Q;
  body?: B;
  /** The answers the route itself gives. Validation, auth and server errors are documented for it. */
  responses: Record<number, ResponseDoc>;
  handle(c: Context<AppEnv>, input: { query: Input<Q>; body: Input<B> }): Response | Promise<Response>;
}

/** Infers the input types of one route for its handler, then erases them for the route list. */
export function defineRoute<Q extends z.ZodObject | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  route: Route<Q, B>,
): Route {
  return route as unknown as Route;
}
