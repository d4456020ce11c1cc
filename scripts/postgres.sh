#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and measurements, never a system service:
#   scripts/postgres.sh start DIR   installs Debian's postgresql when missing, runs initdb into DIR as an
#                                   unprivileged user, starts it on a free loopback port and writes an Npgsql
#                                   connection string (to the "postgres" database) to DIR/connection
#   scripts/postgres.sh stop DIR    stops that cluster and removes DIR
# With FAST=1 the cluster trades durability for speed (fsync off): right for tests, wrong for measurements.
# PG_SETTINGS adds server settings, e.g. for measurements (docs/performance.md):
#   PG_SETTINGS="-c shared_buffers=4GB -c effective_cache_size=12GB" scripts/postgres.sh start /tmp/pg-bench
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# initdb refuses to run as root: as root, run the cluster as the package's "postgres" user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
start)
  if [ -z "$(bin_dir)" ]; then
    echo "Installing PostgreSQL from Debian's packages..."
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    # The package would start a system cluster of its own; policy-rc.d keeps every service down.
    policy=/usr/sbin/policy-rc.d
    created_policy=0
    if [ ! -e "$policy" ]; then
      printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee "$policy" >/dev/null && $sudo_cmd chmod +x "$policy" && created_policy=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
    [ "$created_policy" -eq 1 ] && $sudo_cmd rm -f "$policy"
  fi
  bin=$(bin_dir)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL's initdb is missing after installing." >&2; exit 1; }

  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U jrcasework --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  settings="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=400"
  if [ "${FAST:-0}" = "1" ]; then
    settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  if [ -n "${PG_SETTINGS:-}" ]; then
    settings="$settings $PG_SETTINGS"
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -o "$settings" -l "$dir/server.log" -w -t 60 start >/dev/null
  echo "Host=127.0.0.1;Port=$port;Username=jrcasework;Database=postgres" > "$dir/connection"
  chmod 644 "$dir/connection"
  ;;
stop)
  bin=$(bin_dir)
  if [ -n "$bin" ] && [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
