#!/usr/bin/env bash
# Whole-process throughput of `knownline check --format jsonl` over the SpamAssassin corpus:
# prints MB/s and messages/s (all cores and per core, by wall time and by CPU time) and peak
# memory.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
tar -xzf ../shared/data/email-spamassassin/spamassassin_public_corpus.tar.gz -C "$dir"
rm -f "$dir/spamassassin/index.csv"
bytes=$(find "$dir" -name '*.eml' -printf '%s\n' | awk '{s+=$1} END {print s}')
n=$(find "$dir" -name '*.eml' | wc -l)
cores=$(nproc)
start=$(date +%s.%N)
/usr/bin/time -f '%M %U %S' -o "$dir/mem" ./target/release/knownline check --channel email --format jsonl "$dir/spamassassin" > "$dir/out.jsonl"
end=$(date +%s.%N)
lines=$(wc -l < "$dir/out.jsonl")
python3 - "$bytes" "$n" "$lines" "$start" "$end" "$cores" $(cat "$dir/mem") <<'PY'
import sys
b, n, lines, s, e, cores, mem, user, system = sys.argv[1:]
b, n, lines, secs, cores, mem = int(b), int(n), int(lines), float(e) - float(s), int(cores), int(mem)
cpu = float(user) + float(system)
print(f"{n} messages, {b/1e6:.1f} MB, {lines} assessments in {secs:.2f} s on {cores} cores")
print(f"throughput: {b/1e6/secs:.1f} MB/s ({b/1e6/secs/cores:.1f} MB/s per core), {n/secs:.0f} messages/s ({n/secs/cores:.0f} per core)")
print(f"by CPU time: {b/1e6/cpu:.1f} MB and {n/cpu:.0f} messages per CPU-second ({cpu:.2f} s user+system)")
print(f"peak memory: {mem/1024:.1f} MB")
PY
