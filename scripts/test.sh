#!/usr/bin/env bash
# Every test: unit, integration, rule cases, golden samples, hostile input, and the
# evaluation floors on the test split of ../shared/data/cases.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --workspace --release "$@"
