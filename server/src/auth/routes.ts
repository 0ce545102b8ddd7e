import type { Context } from 'hono';
import { z } from 'zod';
import { ADMIN_ROLES, COORDINATION_ROLES, ROLES, type AppEnv, type Principal, type Role } from '../http/auth';
import { errorBodySchema, HttpError } from '../http/errors';
import { defineRoute, type Route } from '../http/route';
import type { AuthService } from './service';

const roleSchema = z.enum(ROLES);
const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
});
const workstationSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  stationCode: z.string(),
  name: z.string(),
  status: z.enum(['pending', 'approved', 'disabled']),
});
/** GET a whole collection, answered as `{ [key]: items }`. */
function listRoute(
  about: { path: string; operationId: string; summary: string; tag: string; roles: readonly Role[] },
  key: string,
  item: z.ZodType,
  list: () => Promise<unknown[]>,
): Route {
  return defineRoute({
    method: 'get',
    ...about,
    responses: { 200: { description: about.summary, schema: z.object({ [key]: z.array(item) }) } },
    async handle(c) {
      return c.json({ [key]: await list() });
    },
  });
}

export const tokenResponseSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresIn: z.number().int().describe('Seconds'),
  refreshToken: z.string().describe('Works once; the answer to /auth/refresh carries the next one'),
  user: userSchema,
  workstation: workstationSchema.nullable().describe('The registered workstation this session is bound to'),
});

const signInSchema = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(256),
  workstationSecret: z.string().max(200).optional().describe('The secret the desk got when it registered; binds the session to it'),
});
const passwordSchema = z.object({ password: z.string().min(1).max(256) });

const idParam = (c: Context<AppEnv>): string => {
  const id = c.req.param('id') ?? '';
  if (!z.uuid().safeParse(id).success) throw new HttpError(400, 'invalid-request', 'The id in the path is not a UUID');
  return id;
};

const principalOf = (c: Context<AppEnv>): Principal => {
  const principal = c.get('principal');
  if (!principal) throw new HttpError(401, 'unauthorized', 'Sign in first');
  return principal;
};

const refused = { 401: { description: 'Wrong credentials', schema: errorBodySchema } };

/** Sign-in, token refresh, sign-out, own password; account and workstation administration. */
export function authRoutes(service: AuthService, clientAddress: (c: Context) => string): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/sign-in',
      operationId: 'signIn',
      summary: 'Sign in with user name and password',
      description: 'From the fifth failure in a row an account waits longer before each attempt (429); an address is limited too.',
      tag: 'auth',
      body: signInSchema,
      responses: { 200: { description: 'Signed in', schema: tokenResponseSchema }, ...refused, 429: { description: 'Slowed down', schema: errorBodySchema } },
      async handle(c, { body }) {
        return c.json(await service.signIn({ ...body, address: clientAddress(c) }));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/refresh',
      operationId: 'refreshTokens',
      summary: 'Trade a refresh token for a new access and refresh token',
      description: 'A refresh token works once. Presenting an already rotated one ends the whole session.',
      tag: 'auth',
      body: z.object({ refreshToken: z.string().min(1).max(200) }),
      responses: { 200: { description: 'New tokens', schema: tokenResponseSchema }, ...refused },
      async handle(c, { body }) {
        return c.json(await service.refresh(body.refreshToken));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/sign-out',
      operationId: 'signOut',
      summary: 'End this session',
      tag: 'auth',
      roles: ROLES,
      responses: { 204: { description: 'Signed out' } },
      async handle(c) {
        await service.signOut(principalOf(c));
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/auth/me',
      operationId: 'whoAmI',
      summary: 'The signed-in user, role and workstation',
      tag: 'auth',
      roles: ROLES,
      responses: { 200: { description: 'The principal' } },
      handle(c) {
        const { sessionId: _session, ...principal } = principalOf(c);
        return c.json(principal);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/password',
      operationId: 'changePassword',
      summary: 'Change your own password (required after a reset)',
      tag: 'auth',
      roles: ROLES,
      body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
      responses: { 204: { description: 'Changed; your other sessions ended' }, 403: { description: 'Wrong current password', schema: errorBodySchema } },
      async handle(c, { body }) {
        await service.changePassword(principalOf(c), body.currentPassword, body.newPassword);
        return c.body(null, 204);
      },
    }),

    listRoute({ path: '/admin/users', operationId: 'listUsers', summary: 'Every account', tag: 'admin', roles: ADMIN_ROLES }, 'users', userSchema, () =>
      service.listUsers(),
    ),
    defineRoute({
      method: 'post',
      path: '/admin/users',
      operationId: 'createUser',
      summary: 'Create an account; the user chooses their own password at first sign-in',
      tag: 'admin',
      roles: ADMIN_ROLES,
      body: z.object({ username: z.string().max(40), displayName: z.string().max(100), role: roleSchema, password: z.string().max(256) }),
      responses: { 201: { description: 'Created', schema: userSchema }, 409: { description: 'User name taken', schema: errorBodySchema } },
      async handle(c, { body }) {
        return c.json(await service.createUser({ ...body, mustChangePassword: true }), 201);
      },
    }),
    ...([
      ['disable', 'disableUser', 'Disable an account and end its sessions', true],
      ['enable', 'enableUser', 'Re-enable an account', false],
    ] as const).map(([verb, operationId, summary, disabled]) =>
      defineRoute({
        method: 'post',
        path: `/admin/users/:id/${verb}`,
        operationId,
        summary,
        tag: 'admin',
        roles: ADMIN_ROLES,
        responses: { 200: { description: disabled ? 'Disabled' : 'Enabled', schema: userSchema } },
        async handle(c) {
          return c.json(await service.setDisabled(principalOf(c), idParam(c), disabled));
        },
      }),
    ),
    defineRoute({
      method: 'post',
      path: '/admin/users/:id/reset-password',
      operationId: 'resetPassword',
      summary: 'Set a temporary password the user must change at next sign-in; ends their sessions',
      tag: 'admin',
      roles: ADMIN_ROLES,
      body: passwordSchema,
      responses: { 200: { description: 'Reset', schema: userSchema } },
      async handle(c, { body }) {
        return c.json(await service.resetPassword(principalOf(c), idParam(c), body.password));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/users/:id/end-sessions',
      operationId: 'endSessions',
      summary: "End every session of a user (their desks are signed out at the next sync)",
      tag: 'admin',
      roles: ADMIN_ROLES,
      responses: { 200: { description: 'Ended', schema: z.object({ ended: z.number().int() }) } },
      async handle(c) {
        return c.json({ ended: await service.endSessions(principalOf(c), idParam(c)) });
      },
    }),

    defineRoute({
      method: 'post',
      path: '/workstations',
      operationId: 'registerWorkstation',
      summary: 'Register this desk once; the hub assigns its station code',
      description: 'Registered by a coordinator or admin it is approved at once, otherwise it waits for one of them. The secret is shown once.',
      tag: 'workstations',
      roles: ROLES,
      body: z.object({ clientId: z.uuid(), name: z.string().max(100) }),
      responses: {
        201: { description: 'Registered', schema: workstationSchema.extend({ secret: z.string() }) },
        409: { description: 'The clientId is already registered', schema: errorBodySchema },
      },
      async handle(c, { body }) {
        return c.json(await service.registerWorkstation(principalOf(c), body), 201);
      },
    }),
    listRoute(
      { path: '/workstations', operationId: 'listWorkstations', summary: 'Every registered workstation', tag: 'workstations', roles: COORDINATION_ROLES },
      'workstations',
      workstationSchema,
      () => service.listWorkstations(),
    ),
    ...([
      ['approve', 'approveWorkstation', 'Approve a workstation; its pushes are accepted from now on', 'Approved', 'approved'],
      ['disable', 'disableWorkstation', 'Disable a workstation (its station code is never handed out again)', 'Disabled', 'disabled'],
    ] as const).map(([verb, operationId, summary, description, status]) =>
      defineRoute({
        method: 'post',
        path: `/workstations/:id/${verb}`,
        operationId,
        summary,
        tag: 'workstations',
        roles: COORDINATION_ROLES,
        responses: { 200: { description, schema: workstationSchema } },
        async handle(c) {
          return c.json(await service.setWorkstationStatus(principalOf(c), idParam(c), status));
        },
      }),
    ),
  ];
}
