#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (ADR 0047): Debian's server binaries, a temporary data directory, a free
# loopback port, no system service. Installs Debian's `postgresql` if the machine has no server.
#   eval "$(build/postgres.sh start)"   prints `export MONOLITH_TEST_POSTGRES=...` (an admin connection string)
#   build/postgres.sh stop              stops it and deletes the data directory
set -euo pipefail
dir="${MONOLITH_PG_DIR:-${TMPDIR:-/tmp}/monolith-pg}"

find_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -z "$found" ] && command -v pg_ctl >/dev/null 2>&1; then found="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"; fi
  echo "$found"
}

# initdb refuses to run as root: the cluster then belongs to Debian's postgres user.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    bin="$(find_bin)"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "== installing Debian's postgresql for the PostgreSQL suites" >&2
      sudo_cmd=""; if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
      $sudo_cmd apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql postgresql-client >/dev/null
      bin="$(find_bin)"
    fi
    if [ -f "$dir/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi
    port="${MONOLITH_PG_PORT:-}"
    if [ -z "$port" ]; then
      port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    # Durability is not what the tests measure (the crash harness does, on SQLite): skip the fsyncs, unless
    # MONOLITH_PG_DURABLE is set (the benchmark's figures are a deployment's, fsyncs included).
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ -n "${MONOLITH_PG_DURABLE:-}" ]; then durability=""; fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=400 $durability" >&2
    echo "export MONOLITH_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
    echo "export MONOLITH_PG_BIN='$bin'"
    ;;
  stop)
    bin="$(find_bin)"
    if [ -n "$bin" ] && [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" stop -m fast >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: build/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
