#!/usr/bin/env bash
# Runs every test of JR Casework: domain, components, integration (real SQLite, then again on a
# real PostgreSQL) and end-to-end (headless Chromium). Installs what a fresh machine lacks, starts a
# throwaway PostgreSQL cluster of its own (removed at the end, also when tests fail), then prints
# "N passed, N failed" over all test runs as its last line.
set -uo pipefail
cd "$(dirname "$0")/.."

# Chromium for the browser tests; aiosmtpd, a real SMTP server the mail tests start on loopback.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || missing+=(python3-aiosmtpd)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]}..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null || {
    echo "Could not install ${missing[*]}; the browser and mail tests need them." >&2
    exit 1
  }
fi

# PostgreSQL: Debian's package when missing, a cluster in a temporary folder on a free loopback port.
pg_dir=$(mktemp -d /tmp/jrcasework-pg-test.XXXXXX)
trap 'scripts/postgres.sh stop "$pg_dir"' EXIT
FAST=1 scripts/postgres.sh start "$pg_dir" || { echo "Could not start PostgreSQL for the tests." >&2; exit 1; }
export JRCASEWORK_TEST_POSTGRES
JRCASEWORK_TEST_POSTGRES=$(cat "$pg_dir/connection")

dotnet tool restore >/dev/null || exit 1
dotnet build JrCasework.sln -nologo -v quiet || exit 1

results="TestResults"
rm -rf "$results" artifacts/screenshots
status=0
run_tests() { # project, name of its results, provider
  echo "== $2 ($3)"
  JRCASEWORK_TEST_PROVIDER=$3 dotnet test "$1" --no-build --nologo \
    --logger "trx;LogFileName=$2.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
}
for project in tests/*Tests/*.csproj; do
  run_tests "$project" "$(basename "$project" .csproj)" Sqlite
done
# The same integration suite on the other provider (decision 019).
run_tests tests/JrCasework.IntegrationTests/JrCasework.IntegrationTests.csproj JrCasework.IntegrationTests.PostgreSql PostgreSql

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

projects=$(( $(ls tests/*Tests/*.csproj | wc -l) + 1 ))
reports=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$reports" -ne "$projects" ]; then
  echo "Only $reports of $projects test runs reported results." >&2
  status=1
fi
[ "$failed" -gt 0 ] && status=1
[ "$passed" -eq 0 ] && status=1

echo "Screenshots: artifacts/screenshots"
echo "$passed passed, $failed failed"
exit $status
