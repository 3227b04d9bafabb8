#!/usr/bin/env bash
# Benchmark: two zhizao builds side by side on the same million-firm registry (e.g. before and after a change):
# each serves its own copy of DB, and wrk's rounds alternate between them on /healthz, the overview, an enterprise
# search and searches that miss the page cache (as scripts/bench-web.sh). Medians of RUNS rounds per build.
# Usage: scripts/bench-web-versus.sh OLD_BINARY NEW_BINARY DB [SECONDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 source_db=$3
seconds=${4:-10}
runs=${5:-3}
dir=$(mktemp -d)
source scripts/serve-fresh.sh
source <(sed -n '/^# wrk_rounds/,$p' scripts/bench-common.sh)
search_miss_lua "$dir/search-miss.lua"
servers=()
trap 'kill ${servers[*]:-} 2>/dev/null; rm -rf "$dir"' EXIT
search="/enterprises?q=%E6%B1%BD%E8%BD%A6%E9%9B%B6%E9%83%A8%E4%BB%B6"  # 汽车零部件
declare -A bases
for build in old new; do
    cp "$source_db" "$dir/$build.sqlite"
    binary=$old; [ "$build" = new ] && binary=$new
    serve_fresh "$binary" "$dir/$build.sqlite" >/dev/null
    servers+=("$server")
    bases[$build]=$base
    curl -sf "$base/" >/dev/null && curl -sf "$base$search" >/dev/null
done
for build in old new; do : >"$dir/$build.txt"; done
for run in $(seq 1 "$runs"); do
    for build in old new; do
        base=${bases[$build]}
        wrk_rounds "$seconds" 1 "$dir/round.txt" healthz=/healthz overview=/ search="$search" search-miss="lua:$dir/search-miss.lua" \
            | sed "s/^run 1/$build run $run/"
        cat "$dir/round.txt" >>"$dir/$build.txt"
    done
done
for build in old new; do
    echo "== $build: ${!build}"
    server=${servers[0]}; [ "$build" = new ] && server=${servers[1]}
    wrk_summary "$dir/$build.txt"
done
