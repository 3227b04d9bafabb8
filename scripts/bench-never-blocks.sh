#!/usr/bin/env bash
# Benchmark (issue 10, "never blocks"): /healthz and a cached page (/) measured while 64 connections ask for
# uncached one- and two-character registry searches, which SQLite answers by scanning names (instr()).
# Built-in dataset + 200,000 generated enterprises (seed 7); release builds; loopback; wrk.
# Each run: searches `wrk -t1 -c64 -d26s` (query from 州广汽电科技新材, one or two characters, and a counter so the
# response cache never answers); from its 3rd second `wrk -t1 -c4 -d10s` on /healthz, then on / (timeouts 30 s).
# Usage: scripts/bench-never-blocks.sh RUNS NAME=BINARY... (e.g. before=/tmp/old/zhizao after=.build-release/release/zhizao)
# Prints one line a run and target, then medians. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=$1
shift
dir=bench-data
mkdir -p "$dir"
csv=$dir/enterprises-200000-seed7.csv
first=${1#*=}
[ -f "$csv" ] || "$first" generate enterprises --count 200000 --seed 7 >"$csv"

cat >"$dir/search-short.lua" <<'LUA'
-- One- or two-character searches, never the same address twice (the counter defeats the response cache).
local chars = {"%E5%B7%9E", "%E5%B9%BF", "%E6%B1%BD", "%E7%94%B5", "%E7%A7%91", "%E6%8A%80", "%E6%96%B0", "%E6%9D%90"}
local counter = 0
math.randomseed(os.time())
request = function()
  counter = counter + 1
  local q = chars[math.random(#chars)]
  if math.random(2) == 2 then q = q .. chars[math.random(#chars)] end
  return wrk.format("GET", "/enterprises?q=" .. q .. "&n=" .. counter)
end
LUA

percentile() { awk -v p="$1" '$1 == p {print $2}'; }
results=$dir/bench-never-blocks.txt
: >"$results"
for run in $(seq 1 "$runs"); do
    for pair in "$@"; do
        name=${pair%%=*} binary=${pair#*=}
        db=$dir/never-blocks-$name.sqlite
        if [ ! -f "$db" ]; then
            "$binary" init --db "$db" >/dev/null
            "$binary" import enterprises "$csv" --db "$db" >/dev/null
        fi
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        "$binary" serve --db "$db" --port "$port" --log-level warning >/dev/null &
        server=$!
        base="http://127.0.0.1:$port"
        for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done
        curl -sf "$base/" >/dev/null
        wrk -t1 -c64 -d26s --timeout 30s --latency -s "$dir/search-short.lua" "$base/" >"$dir/nb-search.txt" &
        load=$!
        sleep 3
        wrk -t1 -c4 -d10s --timeout 30s --latency "$base/healthz" >"$dir/nb-healthz.txt"
        wrk -t1 -c4 -d10s --timeout 30s --latency "$base/" >"$dir/nb-page.txt"
        wait $load
        kill $server; wait $server 2>/dev/null || true
        for target in search healthz page; do
            out=$dir/nb-$target.txt
            line="$name $target $(awk '/Requests\/sec/ {print $2}' "$out") $(percentile 50% <"$out") $(percentile 99% <"$out")"
            line="$line $(awk '/Non-2xx|Socket errors/' "$out" | tr -s ' \n' ' ')"
            echo "$line" >>"$results"
            echo "run $run: $line"
        done
    done
done
python3 - "$results" <<'PY'
import statistics, sys
def ms(text):
    for unit, factor in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if text.endswith(unit): return float(text[: -len(unit)]) * factor
by = {}
for r in (line.split() for line in open(sys.argv[1])):
    by.setdefault((r[0], r[1]), []).append((float(r[2]), ms(r[3]), ms(r[4])))
print(f"{'binary':8s} {'target':8s} {'req/s':>9s} {'p50 ms':>8s} {'p99 ms':>8s}  runs")
for (name, target), values in by.items():
    print(f"{name:8s} {target:8s} {statistics.median(v[0] for v in values):9.0f} "
          f"{statistics.median(v[1] for v in values):8.2f} {statistics.median(v[2] for v in values):8.2f}  {len(values)}")
PY
