#!/usr/bin/env bash
# Runs the whole test suite, and first installs what the tests need when it is missing:
# Chromium (browser tests), PostgreSQL (the PostgreSQL run of the integration tests), nginx and
# openssl (the test behind nginx with TLS, which runs its own nginx at /usr/sbin/nginx), from
# Debian's packages. A throwaway PostgreSQL cluster is started for the run and removed after.
# Ends with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
root="$PWD"
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
pg_bin="$(postgres_bin)"
{ [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] && [ -x "$pg_bin/pg_ctl" ]; } || missing+=(postgresql postgresql-contrib)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
# systemd-analyze checks the units of deploy/systemd (the command-line tests).
command -v systemd-analyze >/dev/null || missing+=(systemd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  pg_bin="$(postgres_bin)"
fi

# A PostgreSQL cluster of our own, reachable only through a Unix socket in a private folder.
pg_dir="$(mktemp -d /tmp/amuddu-pg.XXXXXX)"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_dir"
stop_pg() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  # When a run failed, what the server reported (deadlocks, lock timeouts, terminated connections) may explain it.
  if [ "${status:-0}" -ne 0 ] && [ -s "$pg_dir/server.log" ]; then
    echo "== PostgreSQL server: ERROR, FATAL and deadlock lines (last 60)"
    grep -E "ERROR|FATAL|DETAIL|deadlock" "$pg_dir/server.log" | tail -n 60 || true
  fi
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o \
  "-k $pg_dir -c listen_addresses='' -p 55432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
postgres_connection="Host=$pg_dir;Port=55432;Username=postgres"

echo "== building"
dotnet build Amuddu.slnx -c Release -nologo -v quiet -clp:ErrorsOnly

status=0
run() { # name project [VAR=value ...]
  local name="$1" project="$2"
  shift 2
  echo "== $name"
  local errors="$results/$name-server-errors.log"
  if ! env AMUDDU_TEST_SERVER_ERRORS="$errors" "$@" dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results"; then
    status=1
    # What the app logged as errors (the last ones), to explain a failure such as an unexpected 500.
    if [ -s "$errors" ]; then echo "== $name: errors the app logged (last 200 lines of $errors)"; tail -n 200 "$errors"; fi
  fi
}

run linkage tests/Amuddu.Linkage.Tests
run matching tests/Amuddu.Matching.Tests
run disclosure tests/Amuddu.Disclosure.Tests
# The command line on PostgreSQL too: backup and restore with pg_dump/pg_restore, the migration script applied with psql.
run cli tests/Amuddu.Cli.Tests "AMUDDU_TEST_POSTGRES=$postgres_connection"
run web-sqlite tests/Amuddu.Web.Tests AMUDDU_TEST_DATABASE=sqlite
run web-postgres tests/Amuddu.Web.Tests AMUDDU_TEST_DATABASE=postgres "AMUDDU_TEST_POSTGRES=$postgres_connection"
run end-to-end tests/Amuddu.EndToEnd.Tests

# One summary line over every run, read from the TRX reports.
python3 - "$results" <<'PY' || status=1
import glob, re, sys
totals = {"passed": 0, "failed": 0, "skipped": 0}
reports = glob.glob(sys.argv[1] + "/*.trx")
for path in reports:
    text = open(path, encoding="utf-8").read()
    counters = re.search(r"<Counters ([^>]*)/>", text).group(1)
    numbers = dict((k, int(v)) for k, v in re.findall(r'(\w+)="(\d+)"', counters))
    totals["passed"] += numbers.get("passed", 0)
    totals["failed"] += numbers.get("failed", 0) + numbers.get("error", 0) + numbers.get("timeout", 0) + numbers.get("aborted", 0)
    totals["skipped"] += numbers.get("notExecuted", 0)
print(f"{totals['passed']} passed, {totals['failed']} failed, {totals['skipped']} skipped")
sys.exit(1 if totals["failed"] or len(reports) < 7 or totals["passed"] == 0 else 0)
PY
exit $status
