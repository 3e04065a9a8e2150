#!/usr/bin/env bash
# Runs Amuddu on the embedded SQLite database (data/amuddu.db): builds it, creates and
# migrates the database and fills it with demo data on first start, then serves the web app.
# AMUDDU_URLS changes the address (default http://localhost:5000).
set -euo pipefail
cd "$(dirname "$0")"
root="$PWD"
# The database holds personal data: files made from here on are readable by this user only.
umask 077

dotnet build src/Amuddu.Cli/Amuddu.Cli.csproj -c Release -nologo -v quiet -clp:ErrorsOnly

# The key that encrypts document numbers and scans: made once, kept beside the database, never committed.
mkdir -p "$root/data"
if [ ! -s "$root/data/encryption.key" ]; then
  (umask 077 && head -c 32 /dev/urandom | base64 > "$root/data/encryption.key")
fi
export Amuddu__Encryption__Key="$(cat "$root/data/encryption.key")"

export Database__Provider=Sqlite
export ConnectionStrings__Amuddu="Data Source=$root/data/amuddu.db"
dotnet src/Amuddu.Cli/bin/Release/net10.0/amuddu.dll migrate
dotnet src/Amuddu.Cli/bin/Release/net10.0/amuddu.dll seed-demo

export Amuddu__Demo__Enabled=true
exec dotnet src/Amuddu.Web/bin/Release/net10.0/Amuddu.Web.dll \
  --contentRoot "$root/src/Amuddu.Web" --urls "${AMUDDU_URLS:-http://localhost:5000}"
