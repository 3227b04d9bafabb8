#!/usr/bin/env bash
# Benchmark: the dashboard over a registry of 1,000,000 generated enterprises (release build, loopback, wrk,
# 64 connections): /healthz, the overview page, an enterprise search, and searches that miss the page cache
# (500 terms × 20 pages, rotating). Three runs each, interleaved; medians. Needs wrk (apt-get install wrk).
# Usage: scripts/bench-web.sh [SECONDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
runs=${2:-3}
source scripts/bench-common.sh

# 500 search terms: the first three characters of manufacturing class names, each asked for pages 1 to 20.
python3 - "$dir/search-miss.lua" <<'PY'
import csv, sys, urllib.parse
names = [row["name"] for row in csv.DictReader(open("Sources/ZhizaoCore/Resources/gbt4754-2017.csv")) if row["level"] == "class" and row["section"] == "C"]
terms = sorted({n[:3] for n in names if len(n) >= 3})[:500]
with open(sys.argv[1], "w") as f:
    f.write("terms = {" + ",".join('"%s"' % urllib.parse.quote(t) for t in terms) + "}\n")
    f.write("""counter = 0
request = function()
  counter = counter + 1
  local term = terms[(counter %% #terms) + 1]
  local page = (math.floor(counter / #terms) %% 20) + 1
  return wrk.format("GET", "/enterprises?q=" .. term .. "&page=" .. page)
end
""".replace("%%", "%"))
PY

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$zhizao" serve --db "$db" --port "$port" --log-level warning >/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
search="/enterprises?q=%E6%B1%BD%E8%BD%A6%E9%9B%B6%E9%83%A8%E4%BB%B6"  # 汽车零部件
curl -sf "$base/" >/dev/null && curl -sf "$base$search" >/dev/null

results=$dir/bench-web.txt
: >"$results"
for run in $(seq 1 "$runs"); do
    for target in healthz overview search search-miss; do
        case $target in
            healthz) args=("$base/healthz") ;;
            overview) args=("$base/") ;;
            search) args=("$base$search") ;;
            search-miss) args=(-s "$dir/search-miss.lua" "$base/") ;;
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
    return float(text[:-2]) if text.endswith("ms") else float(text[:-1]) * 1000 if text.endswith("s") else float(text[:-2]) / 1000
by = {}
for r in rows:
    by.setdefault(r[0], []).append((float(r[1]), ms(r[2])))
health = statistics.median(x[0] for x in by["healthz"])
print(f"{'target':12s} {'req/s':>10s} {'p99 ms':>8s} {'vs healthz':>10s}")
for name, values in by.items():
    rps = statistics.median(x[0] for x in values)
    p99 = statistics.median(x[1] for x in values)
    print(f"{name:12s} {rps:10.0f} {p99:8.2f} {rps / health:9.0%}")
print(f"peak resident memory of the server: {int(sys.argv[2]) / 1024:.0f} MB")
PY
