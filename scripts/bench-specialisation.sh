#!/usr/bin/env bash
# Benchmark: the specialisation and opportunities pages over a registry of 1,000,000 generated enterprises (release
# build, loopback, wrk, 64 connections), beside scripts/bench-web.sh's pages in the same run: /healthz, the overview
# and searches that miss the page cache; each page as readers get it (from the response cache) and made anew on
# every request (a `sort` the page reads as its default order but the cache keys apart, rotating over the regions,
# levels and measures). First, single requests (curl): the first specialisation page after the server starts (it
# counts the registry), the first opportunities page, then each level made anew.
# Three runs each, interleaved; medians. Needs wrk (apt-get install wrk).
# Usage: scripts/bench-specialisation.sh [SECONDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
runs=${2:-3}
source scripts/bench-common.sh

# Each page made anew: every regions × level × measure in turn (opportunities: districts only), a new sort each time.
for page in specialisation opportunities; do
    cat >"$dir/$page-miss.lua" <<LUA
path = "$([ $page = specialisation ] && echo /specialisation || echo /places/huadu/opportunities)"
regions = {$([ $page = specialisation ] && echo '"district", "park"' || echo '"district"')}
levels = {"division", "group", "class"}
measures = {"firms", "revenue", "employees"}
counter = 0
request = function()
  counter = counter + 1
  local r = regions[(counter % #regions) + 1]
  local l = levels[(math.floor(counter / #regions) % #levels) + 1]
  local m = measures[(math.floor(counter / (#regions * #levels)) % #measures) + 1]
  return wrk.format("GET", path .. "?regions=" .. r .. "&level=" .. l .. "&measure=" .. m .. "&sort=miss" .. counter)
end
LUA
done
search_miss_lua "$dir/search-miss.lua"

serve_bench
curl -sf "$base/" >/dev/null
seconds_of() { curl -sf -o /dev/null -w '%{time_total}\n' "$base$1"; }
echo "single requests (curl time_total):"
echo "  first /specialisation after start: $(seconds_of /specialisation) s"
echo "  first /places/huadu/opportunities: $(seconds_of /places/huadu/opportunities) s"
for level in division group class; do
    echo "  /specialisation?level=$level made anew: $(seconds_of "/specialisation?level=$level&sort=cold$level") s"
done

wrk_rounds "$seconds" "$runs" "$dir/bench-specialisation.txt" healthz=/healthz overview=/ \
    search-miss="lua:$dir/search-miss.lua" specialisation=/specialisation \
    specialisation-miss="lua:$dir/specialisation-miss.lua" opportunities=/places/huadu/opportunities \
    opportunities-miss="lua:$dir/opportunities-miss.lua"
wrk_summary "$dir/bench-specialisation.txt"
