#!/usr/bin/env bash
# Validates compose.yaml and compose.sqlite.yaml without an engine: `docker-compose config` parses, interpolates
# (with .env.example's values) and checks each file against the Compose schema. Images cannot be pulled here, so the
# files are validated, not run (docs/operations.md). Installs Debian's docker-compose when it is missing (as root).
# Usage: scripts/compose-check.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

if ! command -v docker-compose >/dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends docker-compose
fi
docker-compose --version

fail() { echo "FAIL: $*" >&2; exit 1; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

for profile in "" proxy; do
  docker-compose --env-file .env.example -f compose.yaml ${profile:+--profile "$profile"} config > "$OUT/compose${profile:+-$profile}.yaml" \
    || fail "compose.yaml${profile:+ (profile $profile)} does not validate"
done
docker-compose --env-file .env.example -f compose.sqlite.yaml config > "$OUT/sqlite.yaml" || fail "compose.sqlite.yaml does not validate"

# What the files promise (docs/operations.md): the store settings under the keys the bot reads, each replica its own
# named volume, health checks, the management port kept apart, and no secret written into the files themselves.
grep -q 'Airspace__Storage__Provider: Postgres' "$OUT/compose.yaml" || fail "compose.yaml: no Airspace__Storage__Provider=Postgres"
grep -q 'Airspace__Storage__ConnectionString: Host=postgres;' "$OUT/compose.yaml" || fail "compose.yaml: no connection string"
grep -q 'airspace-1-data:/data' "$OUT/compose.yaml" || fail "compose.yaml: airspace-1 has no named data volume"
grep -q 'airspace-2-data:/data' "$OUT/compose.yaml" || fail "compose.yaml: airspace-2 has no named data volume"
# Both replicas start by default (singleton roles are leased, docs/operations.md): no profile hides airspace-2.
sed -n '/^  airspace-2:/,/^  [a-z]/p' "$OUT/compose.yaml" | grep -q 'profiles:' && fail "compose.yaml: airspace-2 is behind a profile"
grep -q 'Airspace__Http__ManagementUrls' "$OUT/compose.yaml" || fail "compose.yaml: no management listener"
for file in compose.yaml compose-proxy.yaml sqlite.yaml; do
  [ "$(grep -c 'healthcheck:' "$OUT/$file")" -ge 1 ] || fail "$file: no health check"
done
[ "$(grep -c 'test:' "$OUT/compose.yaml")" -ge 3 ] || fail "compose.yaml: postgres and both replicas need a health check"
grep -q 'airspace-data:/data' "$OUT/sqlite.yaml" || fail "compose.sqlite.yaml: no named data volume"
grep -Eqi 'token: *[0-9]+:|password=[^$]' compose.yaml compose.sqlite.yaml && fail "a secret is written in a compose file"
git check-ignore -q .env || fail ".env is not git-ignored"

# A missing password is refused with the sentence that says what to do.
: > "$OUT/empty.env"
if env -u POSTGRES_PASSWORD docker-compose --env-file "$OUT/empty.env" -f compose.yaml config > /dev/null 2> "$OUT/err"; then
  fail "compose.yaml accepted an empty POSTGRES_PASSWORD"
fi
grep -q 'set POSTGRES_PASSWORD in .env' "$OUT/err" || fail "missing POSTGRES_PASSWORD: unexpected error: $(cat "$OUT/err")"

echo "compose.yaml (default, proxy) and compose.sqlite.yaml: valid"
echo "ALL COMPOSE CHECKS PASSED"
