#!/usr/bin/env bash
# Benchmark: investment targets ranked with a large imported target list (issue 12: matching and targets ≤ 2 s).
# The list is SYNTHETIC: FIRMS generated firms (`zhizao generate enterprises --seed 77`, names marked [合成],
# synthetic=true), each moved to a province and city outside Guangzhou with a valid USCC of that city, stored as the
# target list `synthetic-FIRMS` in a copy of the million-firm database of scripts/bench-common.sh. Then, release
# build: hyperfine (1 warm-up, RUNS runs) of `zhizao targets` for Huadu's auto chain without and with `--from-list`
# (every gap; one gap's 100), and curl of the cluster page with `?list=` made anew (a query the response cache
# keys apart each time) and without the list, RUNS times each, medians.
# Usage: scripts/bench-target-list.sh [FIRMS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
firms=${1:-100000}
runs=${2:-5}
source scripts/bench-common.sh

list=synthetic-$firms
listed=$dir/target-list-$firms.sqlite
csv_list=$dir/target-list-$firms.csv
if [ ! -f "$csv_list" ]; then
    "$zhizao" generate enterprises --count "$firms" --seed 77 --quiet | python3 -c '
import csv, sys
# GB 32100-2015 check character of the first 17 characters of a USCC.
alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc(first17):
    check = (31 - sum(alphabet.index(c) * w for c, w in zip(first17, weights)) % 31) % 31
    return first17 + alphabet[check]
places = [("江苏省", "苏州市", "320500"), ("浙江省", "宁波市", "330200"), ("上海市", "上海市", "310100"),
          ("湖北省", "武汉市", "420100"), ("广东省", "深圳市", "440300"), ("四川省", "成都市", "510100")]
rows = csv.DictReader(sys.stdin)
out = csv.writer(sys.stdout, lineterminator="\n")
columns = ["uscc", "name", "province", "city", "industry_code", "founded", "employees", "revenue_cny", "revenue_year",
           "revenue_history", "designations", "synthetic", "business_scope"]
out.writerow(columns)
for n, row in enumerate(rows):
    province, city, division = places[n % len(places)]
    row.update(uscc=uscc(row["uscc"][:2] + division + row["uscc"][8:17]), province=province, city=city)
    out.writerow([row[c] for c in columns])
' >"$csv_list"
fi
if [ ! -f "$listed" ]; then
    cp "$db" "$listed"
    "$zhizao" import target-list "$csv_list" --name "$list" --source "synthetic ($firms generated firms, seed 77)" \
        --db "$listed" --quiet
fi

hyperfine --runs "$runs" --warmup 1 --export-json "$dir/bench-target-list.json" \
    -n targets-every-gap "$zhizao targets 花都汽车 --place 花都区 --db $listed --lang en" \
    -n targets-every-gap-list "$zhizao targets 花都汽车 --place 花都区 --from-list $list --db $listed --lang en" \
    -n targets-one-gap-100 "$zhizao targets 汽车 --place 花都区 --gap parts --limit 100 --db $listed --lang en" \
    -n targets-one-gap-100-list "$zhizao targets 汽车 --place 花都区 --gap parts --limit 100 --from-list $list --db $listed --lang en"
python3 - "$dir/bench-target-list.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%-26s median %.2f s, min %.2f s, max %.2f s" % (r["command"], r["median"], r["min"], r["max"]))
PY

db=$listed
serve_bench
seconds_of() { curl -sf -o /dev/null -w '%{time_total}\n' "$base$1"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
curl -sf "$base/clusters/huadu-auto" >/dev/null
for page in "/clusters/huadu-auto?place=huadu" "/clusters/huadu-auto?place=huadu&list=$list"; do
    times=$(for run in $(seq 1 "$runs"); do seconds_of "$page&miss=$run"; done)
    echo "$page made anew: median $(echo "$times" | median) s ($(echo $times))"
done
echo "load: $(uptime)"
