#!/bin/sh
# The container's entry point: `web` (the default) serves the app; anything else is an `amuddu` command
# (migrate, backup /data/x.backup, retention, audit verify, …).
set -e
if [ "${1:-web}" = "web" ]; then
  cd /app/web
  exec dotnet /app/web/Amuddu.Web.dll
fi
cd /app/cli
exec dotnet /app/cli/amuddu.dll "$@"
