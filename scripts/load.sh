#!/usr/bin/env bash
# Sustained load on POST /api/v1/check: wrk on loopback against a fresh `knownline serve` with
# the SQLite store, a member's token and a mix of contacts of every channel. Prints checks/s,
# latency percentiles and the server's peak memory. Bounded: DURATION seconds (default 20).
# Installs wrk from Debian's packages when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
cargo build --release -q
dir=$(mktemp -d)
k=./target/release/knownline
db="$dir/load.db"
$k --db "$db" org add "Load Org" >/dev/null
$k --db "$db" directory add --org "Load Org" --name "Load IT" --role it_support --phone "+1 617 555 0100" >/dev/null
echo "a long enough password" | $k --db "$db" user add --org "Load Org" --email load@example.org --role member >/dev/null
token=$($k --db "$db" token create --email load@example.org 2>/dev/null)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
KNOWNLINE_LOG=warn $k --db "$db" serve --listen "127.0.0.1:$port" 2>"$dir/server.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; cp "$dir/server.log" /tmp/load-server.log 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -sf "127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
cat > "$dir/check.lua" <<LUA
local bodies = {
  '{"channel":"call","content":"Caller: Hello, this is Windows technical support. Your computer is sending us error messages. Please install AnyDesk so I can fix it."}',
  '{"channel":"sms","content":"USPS: your parcel is held at our depot. Pay the 1.99 redelivery fee at http://usps-redeliver.example/pay within 24 hours."}',
  '{"channel":"sms","content":"Hi, it is Sam from the dentist: your appointment is tomorrow at 10:30. Reply C to cancel."}',
  '{"channel":"popup","content":"<html><title>Windows Defender Alert</title><body>Your PC is infected! Call Microsoft support now: +1 (888) 555-0142. Do not restart.</body></html>"}',
  '{"content":"From: Norton <billing@norton-renewals.example>\\\\r\\\\nSubject: Your subscription renewed\\\\r\\\\n\\\\r\\\\nYour Norton plan renewed for 399.99 USD. To cancel call 1-888-555-0199 within 24 hours.\\\\r\\\\n"}',
  '{"channel":"call","content":"Callee: hi, I called the number on my card. Agent: thanks, how can I help with your account today?"}',
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/v1/check", {["Authorization"] = "Bearer $token", ["Content-Type"] = "application/json"}, bodies[(i % #bodies) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("checks/s: %.0f (%d checks, %d errors)\\n", summary.requests / (summary.duration / 1e6), summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.2f ms\\n", p, latency:percentile(p) / 1000))
  end
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$dir/check.lua" "http://127.0.0.1:$port" | grep -E "^(checks|latency p)"
echo "server peak memory: $(awk '/VmHWM/ {printf "%.1f MB", $2/1024}' /proc/$pid/status)"
