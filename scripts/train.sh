#!/usr/bin/env bash
# Retrains model/ from the train split of every case file (same data, same files).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
mapfile -t cases < <(bash scripts/cases.sh)
./target/release/knownline --pack . train --out model "${cases[@]}"
