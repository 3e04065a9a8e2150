#!/bin/sh
# Starts (or stops, with "stop") a throwaway PostgreSQL cluster for the linkage benchmark:
# data in /tmp/amuddu-bench-pg, port 55433, socket in /tmp, trust authentication, nothing kept.
# Usage: bench/start-postgres.sh [stop]
set -eu
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
DATA=/tmp/amuddu-bench-pg
PORT=55433
RUN="runuser -u postgres --"
if [ "$(id -u)" != "0" ]; then RUN=""; fi

if [ "${1:-}" = "stop" ]; then
  $RUN "$PGBIN/pg_ctl" -D "$DATA" -m fast stop
  rm -rf "$DATA"
  exit 0
fi

if [ ! -d "$DATA" ]; then
  mkdir -p "$DATA"
  [ -n "$RUN" ] && chown postgres:postgres "$DATA"
  $RUN "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
$RUN "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-p $PORT -k /tmp -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c shared_buffers=512MB -c work_mem=64MB" start
echo "connection string: Host=/tmp;Port=$PORT;Username=postgres;Database=postgres"
