#!/usr/bin/env bash
# Benchmark: the chain-link classifier over the whole registry (`zhizao classifier-eval --registry`) and the
# investment targets of a district cluster (`zhizao targets`, every gap, and one gap's full list), on a city of
# 1,000,000 generated enterprises; release build, hyperfine, 5 runs, median. Uses the database of
# scripts/bench-web.sh (scripts/bench-common.sh), building it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source scripts/bench-common.sh
hyperfine --runs "$runs" --warmup 1 --export-json "$dir/bench-targets.json" \
    -n classify-registry "$zhizao classifier-eval --registry --db $db --lang en" \
    -n targets-every-gap "$zhizao targets 花都汽车 --place 花都区 --db $db --lang en" \
    -n targets-one-gap-100 "$zhizao targets 汽车 --place 花都区 --gap parts --limit 100 --db $db --lang en" \
    -n targets-display "$zhizao targets huadu-new-display --db $db --lang en"
python3 - "$dir/bench-targets.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%-22s median %.2f s, min %.2f s, max %.2f s" % (r["command"], r["median"], r["min"], r["max"]))
PY
