#!/usr/bin/env bash
# Prints the labelled case files used for training and evaluation, one per line: the shared
# corpora (with the SMS smishing labels realigned, see realign-smishing.py) and our own samples.
set -euo pipefail
cd "$(dirname "$0")/.."
S=../shared/data/cases
[ -d "$S" ] || { echo "cases.sh: $S is missing: put shared/ beside the project" >&2; exit 2; }
[ -s target/cases/sms-smishing.jsonl.gz ] || python3 scripts/realign-smishing.py target/cases/sms-smishing.jsonl.gz >&2
for f in call-synthetic call-scambait-real call-robocalls email-spamassassin email-phishing-pot email-nazario sms-uci; do
  echo "$S/$f.jsonl.gz"
done
echo target/cases/sms-smishing.jsonl.gz
ls samples/cases/*.jsonl
