#!/usr/bin/env bash
# Prints detection and false-alarm figures on the test split; extra arguments go to
# `knownline eval` (e.g. --report target/eval-report).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
mapfile -t cases < <(bash scripts/cases.sh)
./target/release/knownline --pack . eval --split test "$@" "${cases[@]}"
