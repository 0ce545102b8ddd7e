#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the hub's test suite (Debian layout).
#
#   scripts/pg-test-server.sh          start (or reuse) it; the last line is TEST_DATABASE_URL=...
#   scripts/pg-test-server.sh stop     stop it and delete its files
#   eval "$(scripts/pg-test-server.sh | tail -n 1)" && export TEST_DATABASE_URL
#
# The cluster lives in a fixed temp folder so a second `start` finds and reuses it. Durability is
# switched off (fsync, synchronous_commit): nothing in it is worth keeping.
set -euo pipefail

PORT="${LOKET_PG_TEST_PORT:-54329}"
DIR="${LOKET_PG_TEST_DIR:-${TMPDIR:-/tmp}/loket-pg-test-$PORT}"
DATA="$DIR/data"
DB=loket_test
PG_USER=postgres
PASSWORD=loket-test
URL="postgres://$PG_USER:$PASSWORD@127.0.0.1:$PORT/$DB"

BIN="${PG_BIN:-}"
if [ -z "$BIN" ]; then
  for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/pg_ctl" ]; then BIN="$candidate"; break; fi
  done
fi
[ -n "$BIN" ] && [ -x "$BIN/pg_ctl" ] || { echo "pg-test-server: no PostgreSQL binaries found (set PG_BIN)" >&2; exit 1; }

# PostgreSQL refuses to run as root, so root hands the cluster to the `postgres` system user.
if [ "$(id -u)" = 0 ]; then
  OWNER=postgres
  as_owner() { runuser -u "$OWNER" -- "$@"; }
else
  OWNER="$(id -un)"
  as_owner() { "$@"; }
fi

running() { [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

psql_local() { as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U "$PG_USER" "$@"; }

start() {
  if running; then
    echo "pg-test-server: already running in $DIR" >&2
    echo "TEST_DATABASE_URL=$URL"
    return
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DIR"
    mkdir -p "$DIR"
    chown "$OWNER" "$DIR"
    chmod 700 "$DIR"
    local pwfile="$DIR/pwfile"
    printf '%s\n' "$PASSWORD" >"$pwfile"
    chown "$OWNER" "$pwfile"
    # TCP clients (the tests) authenticate with a password. The Unix socket may trust: it lives in
    # $DIR (mode 700), so only the cluster's owner can reach it, and only this script uses it.
    as_owner "$BIN/initdb" -D "$DATA" -U "$PG_USER" --pwfile="$pwfile" \
      --auth-host=scram-sha-256 --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    rm -f "$pwfile"
  fi
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null \
    || { tail -n 30 "$DIR/server.log" >&2; exit 1; }
  if [ "$(psql_local -d postgres -tAc "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
    psql_local -d postgres -c "create database $DB"
  fi
  echo "pg-test-server: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, files in $DIR" >&2
  echo "TEST_DATABASE_URL=$URL"
}

stop() {
  if running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    echo "pg-test-server: stopped" >&2
  else
    echo "pg-test-server: not running" >&2
  fi
  rm -rf "$DIR"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  url) echo "TEST_DATABASE_URL=$URL" ;;
  *) echo "usage: $0 [start|stop|url]" >&2; exit 2 ;;
esac
