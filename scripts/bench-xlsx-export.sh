#!/usr/bin/env bash
# Benchmark: export 1,000,000 generated enterprises as an .xlsx workbook (release build), side by side with
# openpyxl in write-only mode writing the same rows (from the CSV export of the same database) with the same
# headings and types. Time and peak memory (maximum resident set size) of each run through /usr/bin/time;
# RUNS runs each (default 3), median. Then openpyxl reads Zhizao's file back (scripts/xlsx_check.py).
# Uses the database of scripts/bench-web.sh (bench-common.sh), building it when missing. Needs openpyxl.
# Usage: scripts/bench-xlsx-export.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
source scripts/bench-common.sh
export_csv=$dir/export-1m.csv
[ -f "$export_csv" ] || "$zhizao" export enterprises --db "$db" --output "$export_csv"
rows=$(($(wc -l <"$export_csv") - 1))

measure() {  # NAME COMMAND...: prints "NAME seconds peak-KB" for each run
    local name=$1
    shift
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "$name %e %M" -o "$dir/time.txt" "$@" >/dev/null
        cat "$dir/time.txt"
    done
}

{
    measure zhizao "$zhizao" export enterprises --db "$db" --format xlsx --output "$dir/zhizao-1m.xlsx"
    measure openpyxl python3 scripts/xlsx_peer_write.py "$export_csv" "$dir/openpyxl-1m.xlsx"
} | tee "$dir/bench-xlsx-export.txt"

python3 - "$dir/bench-xlsx-export.txt" "$rows" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, seconds, kb = line.split()
    runs.setdefault(name, []).append((float(seconds), int(kb)))
rows = int(sys.argv[2])
for name, values in runs.items():
    seconds = statistics.median(v[0] for v in values)
    peak = statistics.median(v[1] for v in values) / 1024
    print(f"{name:9s} {rows} rows: median {seconds:6.2f} s ({rows / seconds:8.0f} rows/s), median peak RSS {peak:6.0f} MB"
          f"  (runs: {', '.join('%.2f s' % v[0] for v in values)})")
PY
ls -l "$dir/zhizao-1m.xlsx" "$dir/openpyxl-1m.xlsx"
python3 scripts/xlsx_check.py "$dir/zhizao-1m.xlsx" --rows "$rows" --read-only
