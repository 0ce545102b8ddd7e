import type { Migration } from './migration';

/**
 * The visitor guide as a coordinator edited it (issue 14 point 2): every saved version is kept, the
 * highest is the one desks use. Until a coordinator saves one, desks use the guide they ship with
 * (version 1), so the first saved version is 2. Frozen once released, like every migration.
 */
const sql = /* sql */ `
create table guide_versions (
  version integer primary key check (version > 1),
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  saved_at timestamptz not null default now(),
  saved_by text not null
);
`;

export const migration: Migration = { id: 7, name: 'guide', sql };
