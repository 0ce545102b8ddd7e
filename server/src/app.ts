import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { Db } from './db/db';
import type { HubAuth } from './auth';
import { requireRole, type AppEnv, type Authenticate } from './http/auth';
import { defaultCorsOrigins, originMatcher } from './http/cors';
import { hostCheck, securityHeaders } from './http/guards';
import { errorResponse, HttpError } from './http/errors';
import { readJsonBody, validate } from './http/input';
import { buildOpenApi } from './http/openapi';
import { defineRoute, type Route } from './http/route';
import { consoleLog, type Log } from './log';
import { answerRoutes } from './answers/routes';
import { CATALOGUE_IMPORT_PATH, catalogueRoutes } from './catalogue/routes';
import { centreRoutes } from './centre/routes';
import { guideRoutes } from './guide/routes';
import { conflictRoutes } from './routes/conflicts';
import { healthRoute } from './routes/health';
import { syncRoutes } from './sync/routes';
import { requireUtf8Body } from './sync/validate';

export interface AppOptions {
  db: Db;
  /** Browser origins allowed to call the hub (see http/cors.ts for the pattern syntax). */
  corsOrigins?: readonly string[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** A bare role check (tests of the seam); `auth` below supersedes it. */
  authenticate?: Authenticate;
  /** Staff sign-in (server/src/auth): its routes, the token check and the push's client binding. */
  auth?: HubAuth;
  /** Host names this hub answers to (Host header); unset: any (tests through app.request()). */
  allowedHosts?: readonly string[];
  /** Served over TLS: adds Strict-Transport-Security. */
  tls?: boolean;
  log?: Log;
  version?: string;
  /** Reported by /health; desks older than this show an update notice (shared/deploy/version.ts). */
  minimumDeskVersion?: string;
}

/** Room for a push of a few hundred mutations with free-text fields; anything bigger is a client bug. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

function register(app: Hono<AppEnv>, route: Route, authenticate: Authenticate | undefined): void {
  const handler = async (c: Context<AppEnv>) => {
    const query = route.query ? validate(route.query, c.req.query(), 'query') : undefined;
    const body = route.body ? validate(route.body, await readJsonBody(c), 'body') : undefined;
    return route.handle(c, { query, body });
  };
  const method = route.method.toUpperCase();
  if (route.roles) app.on(method, route.path, requireRole(authenticate, route.roles), handler);
  else app.on(method, route.path, handler);
}

/** The hub's HTTP API, without a listening socket: main.ts serves it, tests call `app.request()`. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const log = options.log ?? consoleLog;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowedOrigin = originMatcher(options.corsOrigins ?? defaultCorsOrigins());
  const authenticate = options.auth?.authenticate ?? options.authenticate;
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders({ tls: options.tls ?? false }));
  if (options.allowedHosts) app.use('*', hostCheck(options.allowedHosts));
  const authorizeClient = options.auth?.authorizeClient;
  app.use('*', async (c, next) => {
    c.set('authorizeClient', authorizeClient);
    return next();
  });

  app.use(
    '*',
    cors({
      origin: (origin) => (allowedOrigin(origin) ? origin : null),
      allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization'],
      maxAge: 600,
    }),
  );
  app.use(
    '*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json(
          { error: { code: 'method-not-allowed', message: `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(', ')}` } },
          405,
          { Allow: methods.join(', ') },
        ),
    }),
  );
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => errorResponse(c, 413, 'payload-too-large', `The request body is larger than ${maxBodyBytes} bytes`),
  });
  // The catalogue import streams its file row by row and enforces its own cap (catalogue/routes.ts).
  app.use('*', (c, next) => (c.req.path === CATALOGUE_IMPORT_PATH ? next() : limitBody(c, next)));
  // Sync bodies must be valid UTF-8: bad bytes would otherwise be stored as U+FFFD (issue 8 fuzz).
  app.use('/sync/*', requireUtf8Body);

  const routes: Route[] = [
    healthRoute(options.db, log, options.minimumDeskVersion),
    ...syncRoutes(options.db),
    ...conflictRoutes(options.db),
    ...centreRoutes(options.db),
    ...catalogueRoutes(options.db),
    ...answerRoutes(options.db, log),
    ...guideRoutes(options.db, log),
    ...(options.auth?.routes ?? []),
  ];
  let openApi: Record<string, unknown> | undefined;
  routes.push(
    defineRoute({
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApi',
      summary: 'This API described as OpenAPI 3.1',
      tag: 'system',
      responses: { 200: { description: 'The OpenAPI document' } },
      handle(c) {
        openApi ??= buildOpenApi(routes, {
          title: 'Open Loket hub',
          version: options.version ?? '0.0.0',
          description: 'Sync hub of Open Loket, the desk tool of a municipal Openbaarheidscentrum.',
        });
        return c.json(openApi);
      },
    }),
  );
  for (const route of routes) register(app, route, authenticate);

  app.notFound((c) => errorResponse(c, 404, 'not-found', `There is no ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error.status, error.code, error.message, error.issues);
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, error.status, 'bad-request', error.message || 'Bad request');
    }
    log('error', `${c.req.method} ${c.req.path} failed`, error);
    return errorResponse(c, 500, 'internal', 'Internal server error');
  });
  return app;
}
