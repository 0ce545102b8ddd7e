import type { Migration } from './migration';

/**
 * Sync protocol v2 (issue 8, decision 060).
 *
 * - `hub_identity`: a random id per hub database, returned with every push and pull answer. A desk
 *   that meets another id re-syncs fully. After restoring a backup the operator renews it
 *   (server/README.md "Restoring a backup"); `restored_head` then says which revisions were lost.
 * - `audit.seq` from `audit_counter`: the order events arrived on the hub, so desks can pull the
 *   audit trail by cursor. Same single-row-counter discipline as revisions (migration 0001): the
 *   row lock is held to COMMIT, so a reader never skips an event that commits late.
 *
 * Never edit this text once released (the runner checks a checksum); add 0003… instead.
 */
export const migration: Migration = {
  id: 2,
  name: 'sync-trust',
  sql: /* sql */ `
create table hub_identity (
  singleton boolean primary key default true check (singleton),
  hub_id uuid not null,
  restored_head bigint not null default 0 check (restored_head >= 0),
  renewed_at timestamptz not null default now()
);
insert into hub_identity (singleton, hub_id) values (true, gen_random_uuid());

create table audit_counter (
  singleton boolean primary key default true check (singleton),
  value bigint not null check (value >= 0)
);

alter table audit add column seq bigint;
-- Number the events already stored, in arrival order. The append-only trigger is lifted for this
-- one statement of the migration only.
alter table audit disable trigger audit_no_rewrite;
update audit set seq = numbered.n
  from (select id, row_number() over (order by received_at, id) as n from audit) as numbered
  where audit.id = numbered.id;
alter table audit enable trigger audit_no_rewrite;
alter table audit alter column seq set not null;
create unique index audit_seq on audit (seq);
insert into audit_counter (singleton, value) select true, coalesce(max(seq), 0) from audit;
`,
};
