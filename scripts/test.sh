#!/usr/bin/env bash
# Every test: unit, integration, rule cases, golden samples, hostile input, CLI, and the
# evaluation floors on the test split of ../shared/data/cases. Ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The store's tests run on SQLite and, when a server can be started here, on PostgreSQL.
if [ -z "${KNOWNLINE_TEST_POSTGRES_URL:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if pg=$(bash scripts/pg-test-up.sh); then
    eval "$pg"
    trap 'rm -f "$log"; bash scripts/pg-test-down.sh' EXIT
  else
    echo "could not start PostgreSQL: its tests will say they were skipped" >&2
  fi
fi
status=0
cargo test --workspace --release --lib --bins --tests "$@" 2>&1 | tee "$log" || status=$?
awk '/^test result:/ { p += $4; f += $6 } END { printf "all tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
