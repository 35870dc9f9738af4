#!/usr/bin/env bash
# The directory at the sizes the directory issue names: an import of 100,000 entries (through
# the command, and in-process) and `verify` against them. Default: a fresh SQLite file;
# `--db postgres://…` for PostgreSQL (give a database of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir/entries.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("name,role,phones,domains,aliases,note\n")
    for i in range(100_000):
        f.write(f"Vendor {i},vendor,+1 617 {200 + (i // 10_000) % 800:03d} {i % 10_000:04d},vendor{i}.example,V{i} Supplies,Account {i}\n")
PY
db="$dir/bench.db"
if [ "${1:-}" = "--db" ]; then db="$2"; fi
org="Import bench $(date +%s%N)"
./target/release/knownline --db "$db" org add "$org" >/dev/null
start=$(date +%s.%N)
./target/release/knownline --db "$db" directory import --org "$org" "$dir/entries.csv" 2>/dev/null
end=$(date +%s.%N)
python3 -c "print(f'knownline directory import, 100,000 rows of CSV: {$end - $start:.2f} s (whole command)')"
cargo run --release -q -p knownline-store --example directory_bench -- "$@"
