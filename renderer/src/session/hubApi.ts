import { z } from 'zod';
import { ROLES } from './roles';

/** The hub's sign-in endpoints (server/src/auth/routes.ts), as the desk calls them. */

export const staffUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  mustChangePassword: z.boolean().optional(),
});
export type StaffUser = Omit<z.infer<typeof staffUserSchema>, 'mustChangePassword'>;

const workstationSchema = z.object({ id: z.string(), stationCode: z.string(), status: z.enum(['pending', 'approved', 'disabled']) });

export const tokensSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresIn: z.number(),
  refreshToken: z.string(),
  user: staffUserSchema,
  workstation: workstationSchema.nullable(),
});
export type Tokens = z.infer<typeof tokensSchema>;

/** A refusal the sign-in screen explains: its `code` is the hub's error code. */
export class HubRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${status} ${code}`);
    this.name = 'HubRefusal';
  }
}

/** The hub could not be reached at all (offline, down): the desk may fall back to its local check. */
export class HubUnreachable extends Error {
  override name = 'HubUnreachable';
}

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export async function hubCall<T>(
  fetchImpl: Fetch,
  url: string,
  init: { method?: string; body?: unknown; token?: string | undefined },
  schema?: z.ZodType<T>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch (error) {
    throw new HubUnreachable(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw new HubRefusal(response.status, body?.error?.code ?? `http-${response.status}`);
  }
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new HubRefusal(response.status, 'invalid-response');
  return parsed.data;
}

export const registrationSchema = workstationSchema.extend({ secret: z.string() });
