#!/usr/bin/env bash
# Stops the server scripts/pg-test-up.sh started and removes its files.
set -uo pipefail
[ -n "${PGTEST_ROOT:-}" ] || exit 0
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ "$(id -u)" = 0 ]; then
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGTEST_ROOT/data" -m fast -w stop >/dev/null
else
  "$PGBIN/pg_ctl" -D "$PGTEST_ROOT/data" -m fast -w stop >/dev/null
fi
rm -rf "$PGTEST_ROOT"
