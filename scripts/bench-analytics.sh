#!/usr/bin/env bash
# Benchmark: every analysis at once (`zhizao analyze`: target paths, the chains of all clusters, the pipeline,
# the project portfolio, the consistency checks) on a city of 1,000,000 generated enterprises; release build,
# hyperfine, 5 runs, median. Uses the database of scripts/bench-web.sh, building it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source scripts/bench-common.sh
hyperfine --runs "$runs" --warmup 1 --export-json "$dir/bench-analytics.json" "$zhizao analyze --db $db"
python3 - "$dir/bench-analytics.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("zhizao analyze: median %.2f s, min %.2f s, max %.2f s" % (r["median"], r["min"], r["max"]))
PY
