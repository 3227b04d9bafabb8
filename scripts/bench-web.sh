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

search_miss_lua "$dir/search-miss.lua"

serve_bench
search="/enterprises?q=%E6%B1%BD%E8%BD%A6%E9%9B%B6%E9%83%A8%E4%BB%B6"  # 汽车零部件
curl -sf "$base/" >/dev/null && curl -sf "$base$search" >/dev/null

wrk_rounds "$seconds" "$runs" "$dir/bench-web.txt" healthz=/healthz overview=/ search="$search" search-miss="lua:$dir/search-miss.lua"
wrk_summary "$dir/bench-web.txt"
