#!/usr/bin/env bash
# Retrains model/ from the train split of every case file we may ship a model of (same data,
# same files). The Nazario and phishing_pot corpora are for evaluation only (their READMEs in
# ../shared/data), so the shipped model never learns from them; eval.sh still measures on them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
mapfile -t cases < <(bash scripts/cases.sh | grep -v -e email-nazario -e email-phishing-pot)
./target/release/knownline --pack . train --out model "${cases[@]}"
