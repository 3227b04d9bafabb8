#!/usr/bin/env bash
# Benchmark: one registry search that misses the page cache, over 1,000,000 generated enterprises (release
# build, loopback, one request at a time): one word (the trigram index, or instr() under three characters), the
# same in traditional script, and several words that must all match. RUNS requests each (a cache-busting
# parameter makes each a miss), interleaved; median and slowest in ms, and the matches the page counts.
# Usage: scripts/bench-search.sh [RUNS]
#   BASE=http://127.0.0.1:8614 scripts/bench-search.sh [RUNS]   measures a server already running instead of
#   starting one on the benchmarks' database (built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
if [ -n "${BASE:-}" ]; then
    base=$BASE
else
    source scripts/bench-common.sh
    serve_bench
fi
queries=("汽车零部件" "汽車零部件" "汽车" "广州 汽车" "汽车 零部件" "广州 汽车零部件" "科技 汽车零部件 广州")
python3 - "$base" "$runs" "${queries[@]}" <<'PY'
import re, statistics, sys, time, urllib.parse, urllib.request
base, runs, queries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
times = {q: [] for q in queries}
matches = {}
for run in range(runs):
    for q in queries:
        url = f"{base}/enterprises?q={urllib.parse.quote(q)}&bench={run}"
        start = time.perf_counter()
        html = urllib.request.urlopen(url).read().decode()
        times[q].append((time.perf_counter() - start) * 1000)
        # The count as shown (超过1万家, 3227家), its exact number in the figure's title.
        found = re.search(r'符合条件：(超过)?<span class="figure" title="([\d,]+) 家">', html)
        matches[q] = (found.group(1) or "") + found.group(2) if found else "?"
print("| query | matches | median | slowest |")
print("|---|---|---|---|")
for q in queries:
    print(f"| `{q}` | {matches[q]} | {statistics.median(times[q]):.1f} ms | {max(times[q]):.1f} ms |")
PY
