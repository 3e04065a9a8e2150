#!/usr/bin/env bash
# Makes this machine a streaming replica of the Amuddu primary (docs/operations.md). Run as root on the NEW replica,
# with PostgreSQL 15 installed and its cluster stopped:
#   PRIMARY_HOST=10.0.0.20 ./make-replica.sh
# On the primary first: primary.conf in conf.d, the pg_hba.conf lines, and the replication user:
#   sudo -u postgres createuser --replication --pwprompt replicator
# The password is asked by pg_basebackup, or read from ~postgres/.pgpass (host:5432:replication:replicator:PASSWORD, 0600),
# never given on a command line. The existing data folder is moved aside, not deleted.
set -euo pipefail

: "${PRIMARY_HOST:?set PRIMARY_HOST to the address of the primary}"
PRIMARY_PORT="${PRIMARY_PORT:-5432}"
REPLICATION_USER="${REPLICATION_USER:-replicator}"
default_slot="$(hostname -s | tr -c 'a-z0-9_\n' '_')"
SLOT="${SLOT:-$default_slot}"
VERSION="${PG_VERSION:-15}"
CLUSTER="${PG_CLUSTER:-main}"
DATA="/var/lib/postgresql/$VERSION/$CLUSTER"
HERE="$(cd "$(dirname "$0")" && pwd)"

if pg_ctlcluster "$VERSION" "$CLUSTER" status >/dev/null 2>&1; then
  echo "stop the cluster first: systemctl stop postgresql@$VERSION-$CLUSTER" >&2
  exit 1
fi

if [ -d "$DATA" ] && [ -n "$(ls -A "$DATA")" ]; then
  aside="$DATA.before-replica.$(date +%Y%m%d%H%M%S)"
  echo "== moving the old data folder aside: $aside"
  mv "$DATA" "$aside"
fi
install -d -o postgres -g postgres -m 0700 "$DATA"

# -R: writes standby.signal and primary_conninfo (with the slot) into postgresql.auto.conf.
# --create-slot/--slot: the primary keeps the WAL this replica has not received yet (up to max_slot_wal_keep_size).
# -X stream: the WAL written during the copy comes with it, so the copy is consistent on its own.
echo "== copying the primary $PRIMARY_HOST:$PRIMARY_PORT (progress below)"
runuser -u postgres -- pg_basebackup \
  --host="$PRIMARY_HOST" --port="$PRIMARY_PORT" --username="$REPLICATION_USER" \
  --pgdata="$DATA" --write-recovery-conf --wal-method=stream \
  --create-slot --slot="$SLOT" --checkpoint=fast --progress

install -o postgres -g postgres -m 0644 "$HERE/replica.conf" "/etc/postgresql/$VERSION/$CLUSTER/conf.d/amuddu.conf"
echo "== starting the replica"
systemctl start "postgresql@$VERSION-$CLUSTER"
sleep 3
runuser -u postgres -- psql -Atc "SELECT 'in recovery: ' || pg_is_in_recovery(), 'receiving from: ' || sender_host || ', status ' || status FROM pg_stat_wal_receiver" || true
echo "== on the primary, check it: sudo -u postgres psql -c 'SELECT application_name, state, replay_lag FROM pg_stat_replication'"
