import type { Migration } from './migration';

/**
 * The hub's first schema (DESIGN.md "Data", "Sync protocol").
 *
 * Synced records keep their domain fields in `data` (jsonb), so the renderer's record shapes can
 * grow without a hub migration. The few columns the hub filters on are generated from `data`, so
 * they can never disagree with it. `field_meta` holds, per field, the revision and time of its last
 * accepted change: the per-field merge needs to know whether a field moved since a client's baseRev.
 *
 * Never edit this text once released: the runner checks a checksum. Add 0002_… instead. For the
 * same reason the five record tables spell out their columns rather than share a helper: a
 * migration is frozen text and must not change when some function it calls does.
 */
export const migration: Migration = {
  id: 1,
  name: 'foundation',
  sql: /* sql */ `
-- Revisions come from this single row, bumped with UPDATE … RETURNING inside the push transaction.
-- The row lock is held until COMMIT, so a second push waits until the first has committed (or
-- rolled back, which also undoes its increment): revisions become visible in the order they are
-- handed out, without gaps. A sequence would not do: nextval() is not transactional, so revision 7
-- could commit after a reader has already seen 8 and moved its checkpoint past 7 for good.
create table revision_counter (
  singleton boolean primary key default true check (singleton),
  value bigint not null check (value >= 0)
);
insert into revision_counter (singleton, value) values (true, 0);

create table cases (
  id uuid primary key,
  rev bigint not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  updated_by text not null,
  deleted boolean not null default false,
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  field_meta jsonb not null default '{}'::jsonb,
  kind text generated always as (data ->> 'kind') stored,
  status text generated always as (data ->> 'status') stored,
  assignee text generated always as (data ->> 'assignee') stored
);
create unique index cases_rev on cases (rev);
create index cases_status on cases (status) where not deleted;
create index cases_assignee on cases (assignee) where not deleted;

create table contacts (
  id uuid primary key,
  rev bigint not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  updated_by text not null,
  deleted boolean not null default false,
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  field_meta jsonb not null default '{}'::jsonb,
  case_id text generated always as (data ->> 'caseId') stored
);
create unique index contacts_rev on contacts (rev);
create index contacts_case on contacts (case_id);

create table tasks (
  id uuid primary key,
  rev bigint not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  updated_by text not null,
  deleted boolean not null default false,
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  field_meta jsonb not null default '{}'::jsonb,
  case_id text generated always as (data ->> 'caseId') stored,
  status text generated always as (data ->> 'status') stored,
  assignee text generated always as (data ->> 'assignee') stored
);
create unique index tasks_rev on tasks (rev);
create index tasks_case on tasks (case_id);
create index tasks_open on tasks (assignee, status) where not deleted;

create table woo_requests (
  id uuid primary key,
  rev bigint not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  updated_by text not null,
  deleted boolean not null default false,
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  field_meta jsonb not null default '{}'::jsonb,
  case_id text generated always as (data ->> 'caseId') stored
);
create unique index woo_requests_rev on woo_requests (rev);
create index woo_requests_case on woo_requests (case_id);

create table documents (
  id uuid primary key,
  rev bigint not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  updated_by text not null,
  deleted boolean not null default false,
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  field_meta jsonb not null default '{}'::jsonb,
  category text generated always as (data ->> 'category') stored
);
create unique index documents_rev on documents (rev);
create index documents_category on documents (category) where not deleted;

-- Who did what to which record. Field names only, never values (AVG). Insert-only, enforced here so
-- no code path can rewrite history.
create table audit (
  id uuid primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  entity text not null,
  record_id uuid not null,
  fields jsonb not null default '[]'::jsonb,
  client_id uuid,
  received_at timestamptz not null default now()
);
create index audit_record on audit (entity, record_id, at);

create function audit_append_only() returns trigger language plpgsql as $fn$
begin
  raise exception 'audit is append-only: % is not allowed', tg_op using errcode = '42501';
end
$fn$;
create trigger audit_no_rewrite before update or delete on audit
  for each row execute function audit_append_only();
create trigger audit_no_truncate before truncate on audit
  for each statement execute function audit_append_only();

-- One row per workstation database: the last push seq applied, so replays are recognised.
create table clients (
  client_id uuid primary key,
  last_seq bigint not null default 0,
  schema_version integer,
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now()
);

-- The result the hub answered for each mutation, returned again verbatim when a batch is replayed.
create table applied_mutations (
  mutation_id uuid primary key,
  client_id uuid not null references clients (client_id),
  seq bigint not null,
  entity text not null,
  record_id uuid not null,
  result jsonb not null,
  applied_at timestamptz not null default now(),
  unique (client_id, seq)
);

-- A field both sides changed where the policy says a person decides (status, assignee, outcome).
-- The hub value stays live; the client's value is kept here until a coordinator resolves it.
-- SQL NULL means "field absent", jsonb 'null' means the field was set to null.
create table conflicts (
  id uuid primary key default gen_random_uuid(),
  entity text not null,
  record_id uuid not null,
  field text not null,
  hub_value jsonb,
  client_value jsonb,
  hub_rev bigint not null,
  base_rev bigint not null,
  client_id uuid not null,
  mutation_id uuid not null,
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by text,
  resolution jsonb
);
create index conflicts_open on conflicts (entity, record_id) where resolved_at is null;

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null unique,
  display_name text not null,
  role text not null check (role in ('desk', 'phone', 'coordinator', 'admin')),
  password_hash text not null,
  created_at timestamptz not null default now()
);
`,
};
