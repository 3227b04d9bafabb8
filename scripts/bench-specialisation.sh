#!/usr/bin/env bash
# Benchmark: the specialisation page over a registry of 1,000,000 generated enterprises (release build, loopback,
# wrk, 64 connections): /healthz, the page as readers get it (from the response cache), and the page made anew
# on every request (a different `sort` each time, which the page reads as its default order but the cache keys
# apart). Also the time of one uncached page at each industry level (curl, five times each, median).
# Three runs each, interleaved; medians. Needs wrk (apt-get install wrk).
# Usage: scripts/bench-specialisation.sh [SECONDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
runs=${2:-3}
source scripts/bench-common.sh

cat >"$dir/specialisation-miss.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/specialisation?sort=miss" .. counter)
end
LUA

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$zhizao" serve --db "$db" --port "$port" --log-level warning >/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
curl -sf "$base/specialisation" >/dev/null

echo "one uncached page (curl time_total, 5 each, median):"
for level in division group class; do
    times=$(for i in $(seq 1 5); do curl -sf -o /dev/null -w '%{time_total}\n' "$base/specialisation?level=$level&sort=cold$level$i"; done)
    echo "$times" | sort -n | awk -v level="$level" 'NR == 3 {printf "  level=%s: %.0f ms\n", level, $1 * 1000}'
done

results=$dir/bench-specialisation.txt
: >"$results"
for run in $(seq 1 "$runs"); do
    for target in healthz specialisation specialisation-miss; do
        case $target in
            healthz) args=("$base/healthz") ;;
            specialisation) args=("$base/specialisation") ;;
            specialisation-miss) args=(-s "$dir/specialisation-miss.lua" "$base/") ;;
        esac
        out=$(wrk -t2 -c64 -d"${seconds}s" --latency "${args[@]}")
        rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
        p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
        errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
        echo "$target $rps $p99 $errors" >>"$results"
        echo "run $run $target: $rps req/s, p99 $p99 $errors"
    done
done
rss=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
python3 - "$results" "$rss" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def ms(text):
    return float(text[:-2]) if text.endswith("ms") else float(text[:-2]) / 1000 if text.endswith("us") else float(text[:-1]) * 1000
by = {}
for r in rows:
    by.setdefault(r[0], []).append((float(r[1]), ms(r[2])))
health = statistics.median(x[0] for x in by["healthz"])
print(f"{'target':20s} {'req/s':>10s} {'p99 ms':>8s} {'vs healthz':>10s}")
for name, values in by.items():
    rps = statistics.median(x[0] for x in values)
    p99 = statistics.median(x[1] for x in values)
    print(f"{name:20s} {rps:10.2f} {p99:8.2f} {rps / health:9.0%}")
print(f"peak resident memory of the server: {int(sys.argv[2]) / 1024:.0f} MB")
PY
