#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the tests and prints the export lines:
#   eval "$(bash scripts/pg-test-up.sh)"   …   bash scripts/pg-test-down.sh
# Installs Debian's postgresql when it is missing (as root). Everything lives under /tmp.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >/dev/null 2>&1
  else
    echo "PostgreSQL is not installed and we are not root: cannot start a test server" >&2
    exit 1
  fi
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-55432}
# A port another cluster holds: take the next free one.
while (exec 3<>/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
PGROOT=$(mktemp -d /tmp/pgtest.XXXXXX)
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT"
run "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log"
run "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
echo "export PGTEST_ROOT=$PGROOT"
echo "export KNOWNLINE_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$PGPORT/postgres"
