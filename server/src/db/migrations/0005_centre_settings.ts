import type { Migration } from './migration';

/**
 * The centre's settings (issue 10 point 7): one row, set by a coordinator, pulled by every desk.
 * `rev` grows on every change so a desk can tell whether its copy is current. Frozen once
 * released, like every migration.
 */
const sql = /* sql */ `
create table centre_settings (
  singleton boolean primary key default true check (singleton),
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  rev bigint not null check (rev > 0),
  updated_at timestamptz not null default now(),
  updated_by text not null
);
`;

export const migration: Migration = { id: 5, name: 'centre_settings', sql };
