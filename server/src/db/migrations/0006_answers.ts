import type { Migration } from './migration';

/**
 * The answer library (issue 14 point 3). `answers` holds each answer's latest revision;
 * `answer_revisions` every revision ever saved (the history a coordinator looks back on).
 * `change` is the desk's sync-down cursor: it grows on every write, and writers hold a table
 * lock so changes commit in cursor order and a desk asking "since N" misses none.
 * Frozen once released, like every migration.
 */
const sql = /* sql */ `
create table answers (
  id uuid primary key,
  revision integer not null check (revision > 0),
  change bigint not null,
  retired boolean not null default false,
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  updated_at timestamptz not null,
  updated_by text not null
);
create unique index answers_change on answers (change);

create table answer_revisions (
  answer_id uuid not null references answers (id),
  revision integer not null check (revision > 0),
  retired boolean not null,
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  updated_at timestamptz not null,
  updated_by text not null,
  primary key (answer_id, revision)
);
`;

export const migration: Migration = { id: 6, name: 'answers', sql };
