#!/usr/bin/env bash
# Runs every fuzz target in fuzz/ for a bounded time (default: 10 s each, under a minute in all).
#   bash scripts/fuzz.sh            # the short run CI makes
#   bash scripts/fuzz.sh 3600       # the long run: an hour per target
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --version 0.13.2`).
# A crash stops the run with the target's name; the input that made it is kept under
# fuzz/artifacts/TARGET/ (replay it with `cargo +nightly fuzz run TARGET FILE`). Each
# target's corpus grows in fuzz/corpus/TARGET/ (not committed), seeded from the repository's
# samples and rule cases so that the fuzzer starts from real contacts.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-10}
# Without ASan the build is several times faster and each run too; the code under test has
# no unsafe of its own. KNOWNLINE_FUZZ_SANITIZER=address for the long run.
sanitizer=${KNOWNLINE_FUZZ_SANITIZER:-none}
targets=(contact pack verify transfer)
cargo +nightly fuzz build -s "$sanitizer"

seed() {
  local target=$1 dir=corpus/$1
  mkdir -p "$dir"
  case $target in
    contact)
      # The first byte chooses the channel: 0 none, 1 sms, 2 email, 3 popup, 4 call. Seeds:
      # the repository's samples and rule-case contacts, and each of them as unknown channel.
      python3 - "$dir" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
code = {"sms": 1, "email": 2, "popup": 3, "call": 4}
n = 0
def put(ch, body):
    global n
    for c in (code.get(ch, 0), 0):
        (out / f"seed-{n}").write_bytes(bytes([c]) + body[:65536])
        n += 1
for f in sorted(pathlib.Path("../samples").rglob("*")):
    if f.suffix in (".txt", ".eml", ".html"):
        put(f.parent.name, f.read_bytes())
for f in sorted(pathlib.Path("../samples/cases").glob("*.jsonl")):
    for line in f.read_text().splitlines()[::4]:
        case = json.loads(line)
        put(case.get("channel", ""), case["content"].encode())
PY
      ;;
    verify)
      printf 'Microsoft support\n+1 800 555 0199\nsupport@micros0ft-help.example' >"$dir/seed-0"
      printf 'First Harbor Bank fraud team\n617-555-0199\nfirstharbor.example' >"$dir/seed-1"
      printf 'your IT department\n+16175550100\nit@acme-it.example' >"$dir/seed-2"
      ;;
    transfer)
      printf '\x00name,role,phones,domains\nAcme IT,it_support,+1 617 555 0100;617-555-0101,acme-it.com\n"#1 Plumbing",vendor,,\n' >"$dir/seed-0"
      printf '\x01- name: Acme IT\n  role: it_support\n  phones: ["+1 617 555 0100"]\n  domains: [acme-it.com]\n' >"$dir/seed-1"
      printf '\x02value,kind,count,first_seen\n1-888-555-0142,phone,3,2026-10-02\nhttps://Evil.example.net/lo'"'"'gin,url,,\nWWW.Paypal-Verify.com,,,\n' >"$dir/seed-2"
      ;;
    pack)
      local n=0
      for f in ../rules/*.toml; do
        { printf '\x00'; cat "$f"; } >"$dir/seed-$n"
        n=$((n + 1))
        [ $n -ge 8 ] && break
      done
      { printf '\x03'; cat ../knowledge/organisations.toml; } >"$dir/seed-org"
      { printf '\x06'; cat ../knowledge/policies.yaml; } >"$dir/seed-policies"
      ;;
  esac
}

for t in "${targets[@]}"; do
  [ -d "corpus/$t" ] || seed "$t"
  echo "fuzz $t: ${seconds} s"
  # -rss_limit_mb: a 25 MiB contact is analysed in a few hundred MB; more is a finding.
  if ! cargo +nightly fuzz run -s "$sanitizer" "$t" "corpus/$t" -- \
    -max_total_time="$seconds" -max_len=1048576 -rss_limit_mb=4096 -timeout=20 \
    -print_final_stats=1 2>"corpus/$t.log"; then
    tail -n 60 "corpus/$t.log" >&2
    echo "fuzz $t: FAILED (input kept in fuzz/artifacts/$t/)" >&2
    exit 1
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "corpus/$t.log" | tr '\n' ' '
  echo
done
echo "fuzz: all ${#targets[@]} targets ran ${seconds} s each without a crash"
