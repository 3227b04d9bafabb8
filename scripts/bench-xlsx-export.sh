#!/usr/bin/env bash
# Benchmark: export 1,000,000 generated enterprises as an .xlsx workbook (release build), side by side with
# openpyxl in write-only mode writing the same rows (from the CSV export of the same database) with the same
# headings and types. Time and peak memory (maximum resident set size) of each run through /usr/bin/time;
# RUNS runs each (default 3), median. Then openpyxl reads Zhizao's file back (scripts/xlsx_check.py).
# Uses the database of scripts/bench-web.sh (bench-common.sh), building it when missing. Needs openpyxl.
# PEER_ROWS (default: all) has openpyxl write only the first PEER_ROWS rows, when a million take it too long; compare
# rows/s then. Usage: scripts/bench-xlsx-export.sh [RUNS] [PEER_ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
peer_rows=${2:-all}
source scripts/bench-common.sh
export_csv=$dir/export-1m.csv
[ -f "$export_csv" ] || "$zhizao" export enterprises --db "$db" --output "$export_csv"
rows=$(($(wc -l <"$export_csv") - 1))
peer_csv=$export_csv
if [ "$peer_rows" != all ]; then
    peer_csv=$dir/export-$peer_rows.csv
    head -n $((peer_rows + 1)) "$export_csv" >"$peer_csv"
else
    peer_rows=$rows
fi

measure() {  # NAME ROWS COMMAND...: prints "NAME ROWS seconds peak-KB" for each run
    local name=$1 count=$2
    shift 2
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "$name $count %e %M" -o "$dir/time.txt" "$@" >/dev/null
        cat "$dir/time.txt"
    done
}

{
    measure zhizao "$rows" "$zhizao" export enterprises --db "$db" --format xlsx --output "$dir/zhizao-1m.xlsx"
    measure openpyxl "$peer_rows" python3 scripts/xlsx_peer_write.py "$peer_csv" "$dir/openpyxl.xlsx"
} | tee "$dir/bench-xlsx-export.txt"

python3 - "$dir/bench-xlsx-export.txt" <<'PY'
import statistics, sys
runs, counts = {}, {}
for line in open(sys.argv[1]):
    name, count, seconds, kb = line.split()
    runs.setdefault(name, []).append((float(seconds), int(kb)))
    counts[name] = int(count)
for name, values in runs.items():
    rows = counts[name]
    seconds = statistics.median(v[0] for v in values)
    peak = statistics.median(v[1] for v in values) / 1024
    print(f"{name:9s} {rows} rows: median {seconds:6.2f} s ({rows / seconds:8.0f} rows/s), median peak RSS {peak:6.0f} MB"
          f"  (runs: {', '.join('%.2f s' % v[0] for v in values)})")
PY
ls -l "$dir/zhizao-1m.xlsx" "$dir/openpyxl.xlsx"
# SKIP_READBACK=1 skips reading the million rows back with openpyxl (minutes).
[ "${SKIP_READBACK:-0}" = 1 ] || python3 scripts/xlsx_check.py "$dir/zhizao-1m.xlsx" --rows "$rows" --read-only
