import type { Migration } from './migration';

/**
 * Staff sign-in, sessions with rotating refresh tokens, and registered workstations
 * (docs/decisions/070-staff-sign-in.md). Frozen once released, like every migration.
 */
export const migration: Migration = {
  id: 3,
  name: 'staff_sign_in',
  sql: /* sql */ `
-- Account state next to the existing users table. failed_sign_ins counts failures in a row (reset
-- by a success); last_failed_at with that count gives the growing delay.
alter table users
  add column disabled boolean not null default false,
  add column must_change_password boolean not null default false,
  add column failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0),
  add column last_failed_at timestamptz,
  add column password_changed_at timestamptz not null default now();

-- A workstation registered with this hub. Station codes are handed out here and never reused
-- (rows are never deleted, only disabled), so case numbers cannot collide, also after a reinstall.
create table workstations (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null unique,
  station_code text not null unique check (station_code ~ '^[A-Z0-9]{2,4}$'),
  name text not null,
  status text not null check (status in ('pending', 'approved', 'disabled')),
  -- sha256 of the secret the desk keeps in its secure storage; proves a session is on this desk.
  secret_hash text not null unique,
  registered_by uuid not null references users (id),
  registered_at timestamptz not null default now(),
  approved_by uuid references users (id),
  approved_at timestamptz
);

-- One sign-in: its refresh tokens form a chain; reusing an old link revokes the whole session.
create table sessions (
  id uuid primary key,
  user_id uuid not null references users (id),
  workstation_id uuid references workstations (id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_reason text
);
create index sessions_user on sessions (user_id) where revoked_at is null;

-- Refresh tokens are stored as sha256 hashes only. used_at set = rotated away.
create table refresh_tokens (
  token_hash text primary key,
  session_id uuid not null references sessions (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index refresh_tokens_session on refresh_tokens (session_id);

-- Which workstation an audit event came from: resolved on the hub from the registration its
-- client id is bound to, never taken from what the desk claims.
alter table audit add column workstation text;
create function audit_workstation() returns trigger language plpgsql as $fn$
begin
  new.workstation := (select station_code from workstations where client_id = new.client_id);
  return new;
end
$fn$;
create trigger audit_set_workstation before insert on audit
  for each row execute function audit_workstation();
`,
};
