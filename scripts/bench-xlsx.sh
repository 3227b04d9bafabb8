#!/usr/bin/env bash
# Benchmark: read a 1,000,000-row enterprise workbook (.xlsx), release build. The workbook is the generated
# registry (seed 42) written by openpyxl in write-only mode (numbers as number cells). Three runs each, median of wall time and peak memory
# (GNU time's maximum resident set size):
#   zhizao import enterprises big.xlsx into a fresh database, and the same data as CSV;
#   zhizao import --check (read and validate, no writes), for the workbook and the CSV;
#   openpyxl load_workbook(read_only=True) iterating every row, the Python peer;
#   FoundationXML's XMLParser over the same worksheet part (scripts/xmlparser-peer.swift), the parser the
#   reader would otherwise use for the cells.
# Usage: scripts/bench-xlsx.sh [ROWS] [RUNS]. Needs python3 with openpyxl (pip install openpyxl) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-3}
dir=bench-data
mkdir -p "$dir"
swift build -c release --product zhizao >/dev/null
zhizao=.build/release/zhizao
csv=$dir/enterprises-$rows.csv
xlsx=$dir/enterprises-$rows.xlsx
[ -f "$csv" ] || "$zhizao" generate enterprises --count "$rows" --seed 42 >"$csv"
if [ ! -f "$xlsx" ]; then
    python3 - "$csv" "$xlsx" <<'PY'
import csv, sys
from openpyxl import Workbook
workbook = Workbook(write_only=True)
sheet = workbook.create_sheet("企业名录")
# As a bureau's sheet has them: founded, employees and revenue as number cells, the rest as text.
numeric = {"founded", "employees", "revenue_cny", "revenue_year"}
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    header = next(rows)
    sheet.append(header)
    columns = [i for i, name in enumerate(header) if name in numeric]
    for row in rows:
        for i in columns:
            if row[i]:
                row[i] = float(row[i]) if "." in row[i] else int(row[i])
        sheet.append(row)
workbook.save(sys.argv[2])
PY
fi
sheet_xml=$dir/enterprises-$rows-sheet1.xml
[ -f "$sheet_xml" ] || python3 -c "import zipfile,sys; open(sys.argv[2],'wb').write(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml'))" "$xlsx" "$sheet_xml"
[ -x "$dir/xmlparser-peer" ] || swiftc -O scripts/xmlparser-peer.swift -o "$dir/xmlparser-peer"
cat >"$dir/openpyxl-read.py" <<'PY'
import sys
from openpyxl import load_workbook
workbook = load_workbook(sys.argv[1], read_only=True)
count = 0
for row in workbook.worksheets[0].iter_rows(values_only=True):
    count += 1
print("rows", count)
PY

# measure NAME PREPARE COMMAND: runs it $runs times under GNU time, prints the median seconds and peak MiB.
measure() {
    local name=$1 prepare=$2 command=$3 times=() memories=()
    for _ in $(seq "$runs"); do
        eval "$prepare"
        /usr/bin/time -f "%e %M" -o "$dir/time.txt" bash -c "$command" >/dev/null
        read -r seconds kib <"$dir/time.txt"
        times+=("$seconds")
        memories+=("$kib")
    done
    python3 - "$name" "$rows" "${times[*]}" "${memories[*]}" <<'PY'
import statistics, sys
name, rows = sys.argv[1], int(sys.argv[2])
times = [float(t) for t in sys.argv[3].split()]
memories = [int(m) / 1024 for m in sys.argv[4].split()]
t = statistics.median(times)
print(f"{name:52s} median {t:7.2f} s  {rows / t:8.0f} rows/s  peak {statistics.median(memories):6.0f} MiB  (runs: {' '.join(f'{x:.2f}' for x in times)})")
PY
}

fresh="rm -f $dir/x.sqlite*; $zhizao init --db $dir/x.sqlite >/dev/null"
echo "$(ls -l "$xlsx" | awk '{print $5}') bytes .xlsx, $(ls -l "$csv" | awk '{print $5}') bytes CSV, $(ls -l "$sheet_xml" | awk '{print $5}') bytes worksheet XML; load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "zhizao import enterprises (.xlsx)" "$fresh" "$zhizao import enterprises $xlsx --db $dir/x.sqlite"
measure "zhizao import enterprises (CSV)" "$fresh" "$zhizao import enterprises $csv --db $dir/x.sqlite"
measure "zhizao import --check (.xlsx, read and validate)" "$fresh" "$zhizao import enterprises $xlsx --check --db $dir/x.sqlite"
measure "zhizao import --check (CSV, read and validate)" "$fresh" "$zhizao import enterprises $csv --check --db $dir/x.sqlite"
measure "openpyxl read_only, iterate all rows" ":" "python3 $dir/openpyxl-read.py $xlsx"
measure "XMLParser over the worksheet XML (cell text only)" ":" "$dir/xmlparser-peer $sheet_xml"
