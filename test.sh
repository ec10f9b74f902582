#!/usr/bin/env bash
# Runs every test: unit, data (SQLite and a real PostgreSQL server), component, HTTP and browser (Chromium).
# Installs what the tests need and is missing (as root, through apt), starts PostgreSQL on loopback in a temporary
# folder, stops it afterwards, and ends with the line "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing ${need_apt[*]}; run as root (or install them: apt-get install ${need_apt[*]})." >&2
    exit 1
  fi
  echo "Installing ${need_apt[*]} ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null \
    || { echo "apt-get install ${need_apt[*]} failed" >&2; exit 1; }
  # The Debian package starts a cluster of its own; the tests use their own server, so leave it be.
fi

work=$(mktemp -d /tmp/salesops-tests.XXXXXX)
chmod 755 "$work"  # the PostgreSQL server runs as the postgres user and must reach its folder inside
cleanup() {
  "$root/scripts/postgres-test-server.sh" stop "$work/pg" || true
  rm -rf "$work"
}
trap cleanup EXIT

export SALESOPS_TEST_POSTGRES
SALESOPS_TEST_POSTGRES=$("$root/scripts/postgres-test-server.sh" start "$work/pg") || { echo "PostgreSQL did not start" >&2; exit 1; }
export SALESOPS_REQUIRE_POSTGRES=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "PostgreSQL for tests: ${SALESOPS_TEST_POSTGRES%%;Username*}"

[ -f node_modules/chart.js/package.json ] || npm ci --no-audit --no-fund >/dev/null || { echo "npm ci failed" >&2; exit 1; }
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed" >&2; exit 1; }

status=0
dotnet build SalesOps.Dashboard.sln -nologo -v q || status=$?
if [ "$status" -eq 0 ]; then
  # One run per project, each into its own folder: result files are named by the second they were written.
  for project in tests/*/*.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --no-build --logger trx --results-directory "$work/results/$name" "$@" || status=$?
  done
fi

passed=0; failed=0; skipped=0
for trx in "$work"/results/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status (build error or a crashed test host); counting that as a failure." >&2
  failed=1
fi
if [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran." >&2
  failed=1
fi

echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
