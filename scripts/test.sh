#!/usr/bin/env bash
# The test command (README "Test it", and what .ci/run runs). The PostgreSQL store tests start a throwaway cluster
# from Debian's postgresql package (initdb + pg_ctl under /usr/lib/postgresql/*/bin), so the package is installed
# first when it is missing; set Airspace__Test__PostgresConnection to use an existing server instead.
# Arguments go to `dotnet test` (e.g. scripts/test.sh --filter "FullyQualifiedName~Postgres").
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${Airspace__Test__PostgresConnection:-}" ] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "Installing PostgreSQL for the store tests (Debian package postgresql)…" >&2
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "PostgreSQL is missing and sudo is not available: install Debian's postgresql package, or set Airspace__Test__PostgresConnection." >&2
    exit 1
  fi
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y postgresql
fi

dotnet test Airspace.sln "$@"
