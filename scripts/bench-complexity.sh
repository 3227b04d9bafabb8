#!/usr/bin/env bash
# Benchmark of `zhizao complexity` against py-ecomplexity end to end (CSV in, CSV out) on the same generated
# table, alternating runs, medians; then checks that the outputs agree (scripts/compare-complexity.py).
#
#   scripts/bench-complexity.sh [RUNS=3] [REGIONS=3000]
#
# Needs: a release build (swift build -c release; ZHIZAO=path overrides .build/release/zhizao),
# `pip install ecomplexity==0.5.3`. Writes into ${TMPDIR:-/tmp}.
set -euo pipefail
runs=${1:-3}
regions=${2:-3000}
here=$(cd "$(dirname "$0")" && pwd)
zhizao=${ZHIZAO:-$here/../.build/release/zhizao}
tmp=${TMPDIR:-/tmp}
table=$tmp/complexity-bench-$regions.csv
[ -f "$table" ] || python3 "$here/complexity-bench-table.py" "$table" --regions "$regions"
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
: > "$tmp/bench-zhizao.times"; : > "$tmp/bench-py.times"
for run in $(seq "$runs"); do
    z=$(seconds "$zhizao" complexity "$table" --output "$tmp/complexity-out-zhizao.csv")
    p=$(seconds python3 "$here/bench-ecomplexity.py" "$table" "$tmp/complexity-out-py.csv")
    echo "$z" >> "$tmp/bench-zhizao.times"; echo "$p" >> "$tmp/bench-py.times"
    echo "run $run: zhizao ${z}s, py-ecomplexity ${p}s (load $(cut -d' ' -f1 /proc/loadavg))"
done
zm=$(median < "$tmp/bench-zhizao.times"); pm=$(median < "$tmp/bench-py.times")
echo "median: zhizao ${zm}s, py-ecomplexity ${pm}s, speed-up $(echo "scale=1; $pm / $zm" | bc)x"
python3 "$here/compare-complexity.py" "$tmp/complexity-out-zhizao.csv" "$tmp/complexity-out-py.csv"
