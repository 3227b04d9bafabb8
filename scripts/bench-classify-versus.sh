#!/usr/bin/env bash
# Benchmark: classifying the whole registry (`zhizao classifier-eval --registry`) with two zhizao builds side by side
# on the same database (e.g. before and after a change), alternating RUNS times: each run's wall time and CPU time
# (user + system, from /usr/bin/time), the medians per build, the outputs compared (the firms on each link must be
# the same), and the machine's load before and after.
# Usage: scripts/bench-classify-versus.sh OLD_BINARY NEW_BINARY DB [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 db=$3
runs=${4:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo "load before: $(uptime)"
for run in $(seq 1 "$runs"); do
    for build in old new; do
        binary=${!build}
        /usr/bin/time -f "%e %U %S" -o "$dir/time" "$binary" classifier-eval --registry --db "$db" --lang en >"$dir/$build.out"
        read -r wall user sys <"$dir/time"
        echo "$build $wall $user $sys" >>"$dir/times"
        echo "run $run $build: wall $wall s, CPU $(awk "BEGIN { print $user + $sys }") s (user $user, sys $sys)"
        # Every line but the last (its time) is the firms on a link, and the count of firms.
        sed '$d' "$dir/$build.out" >"$dir/$build.links"
        tail -1 "$dir/$build.out" | sed 's/; [0-9.]* s$//' >>"$dir/$build.links"
    done
    cmp -s "$dir/old.links" "$dir/new.links" || { echo "the two builds count different firms on the links" >&2; exit 1; }
done
python3 - "$dir/times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for build in ("old", "new"):
    walls = [float(r[1]) for r in rows if r[0] == build]
    cpus = [float(r[2]) + float(r[3]) for r in rows if r[0] == build]
    print(f"{build}: wall median {statistics.median(walls):.2f} s ({', '.join(f'{w:.2f}' for w in walls)}); "
          f"CPU median {statistics.median(cpus):.2f} s ({', '.join(f'{c:.2f}' for c in cpus)})")
PY
echo "same firms on every link: yes"
echo "load after: $(uptime)"
