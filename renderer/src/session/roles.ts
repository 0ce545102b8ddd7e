import type { Area } from '../app/areas';

/** The hub's roles (server/src/http/auth.ts); the table in docs/decisions/071-roles.md. */
export const ROLES = ['desk', 'phone', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

const DESK_AREAS: readonly Area[] = ['contact', 'search', 'woo', 'cases'];
const COORDINATION_AREAS: readonly Area[] = [...DESK_AREAS, 'overview', 'settings'];

/** Which areas of the workspace a role sees (the hub refuses the matching API calls anyway). */
export const AREAS_BY_ROLE: Readonly<Record<Role, readonly Area[]>> = Object.freeze({
  desk: DESK_AREAS,
  phone: DESK_AREAS,
  coordinator: COORDINATION_AREAS,
  admin: COORDINATION_AREAS,
});

/** Administration of accounts and workstations: admins only. */
export const canAdminister = (role: Role): boolean => role === 'admin';
