#!/usr/bin/env bash
# Side by side with the mail filters people use today, offline, on the same messages: the
# test split of callback phishing (toad), other phishing and SpamAssassin ham, and the emails of
# the real evaluation set (eval/real: scams and legitimate, both halves). Needs
# ../shared/peers/install.sh to have been run (root). Prints flagged % per group and tool.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import gzip, json, os, sys
work = sys.argv[1]
groups = {
    "toad": ("email-phishing-pot", lambda c: c["category"] == "toad"),
    "phishing": ("email-phishing-pot", lambda c: c["category"] == "phishing"),
    "nazario": ("email-nazario", lambda c: True),
    "ham": ("email-spamassassin", lambda c: c["label"] == "legit"),
}
for name, (corpus, keep) in groups.items():
    os.makedirs(os.path.join(work, name))
    with gzip.open(f"../shared/data/cases/{corpus}.jsonl.gz", "rt") as f:
        for line in f:
            c = json.loads(line)
            if c.get("split") == "test" and keep(c):
                with open(os.path.join(work, name, c["id"] + ".eml"), "w") as out:
                    out.write(c["content"])
import glob
for name, label in (("real-scam", "scam"), ("real-legit", "legit")):
    os.makedirs(os.path.join(work, name))
    for path in sorted(glob.glob("eval/real/cases/*.jsonl")):
        for line in open(path, encoding="utf-8"):
            c = json.loads(line)
            if c["channel"] == "email" and c["label"] == label:
                with open(os.path.join(work, name, c["id"] + ".eml"), "w") as out:
                    out.write(c["content"])
PY
printf '%-10s %6s %12s %12s %12s\n' group n knownline spamassassin rspamd
for g in toad phishing nazario ham real-scam real-legit; do
  n=$(ls "$work/$g" | wc -l)
  kl=$(./target/release/knownline check --channel email --format jsonl "$work/$g" \
        | python3 -c 'import sys,json; print(sum(json.loads(l)["verdict"]!="no_signs" for l in sys.stdin))')
  sa=$(../shared/peers/spamassassin-score "$work/$g" 2>/dev/null | awk -F'\t' '$3=="spam"' | wc -l)
  rs=$(../shared/peers/rspamd-score "$work/$g" 2>/dev/null | awk -F'\t' '$3=="spam"' | wc -l)
  pct() { python3 -c "print(f'{100*$1/max($2,1):.1f}%')"; }
  printf '%-10s %6s %12s %12s %12s\n' "$g" "$n" "$(pct "$kl" "$n")" "$(pct "$sa" "$n")" "$(pct "$rs" "$n")"
done
