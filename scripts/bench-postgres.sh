#!/usr/bin/env bash
# Benchmark of the PostgreSQL engine (issue 13), release build, on a throwaway cluster (scripts/with-postgres.sh,
# unless ZHIZAO_TEST_POSTGRES names one already):
# 1. Import: COUNT generated enterprises (`zhizao generate enterprises --count COUNT --seed 1`), RUNS times each,
#    alternating, each into a new database:
#    - zhizao: `zhizao-pg-bench import` (migrate, places, then the import's validation, COPY into staging, merge,
#      audit), timed around the import only;
#    - psql:   `\copy` of the same CSV into a table of the CSV's columns with the enterprise table's indexes
#      (USCC unique, the three revenue/industry b-trees, GIN trigram on both names), no validation.
#    Prints each time and the medians.
# 2. Search: after the last zhizao import, 16 clients running scripts/bench-search.sh's queries (`zhizao-pg-bench
#    search`), no cache in between; median, p99, slowest.
# Usage: scripts/bench-postgres.sh [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ZHIZAO_TEST_POSTGRES:-}" ]; then exec bash scripts/with-postgres.sh bash "$0" "$@"; fi
count=${1:-1000000}
runs=${2:-3}
swift build -c release --product zhizao >/dev/null
swift build -c release --product zhizao-pg-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
mkdir -p bench-data
csv=bench-data/enterprises-$count.csv
[ -s "$csv" ] || "$bin/zhizao" generate enterprises --count "$count" --seed 1 >"$csv"
base=${ZHIZAO_TEST_POSTGRES%/*}
now() { date +%s.%N; }

zhizao_times=()
psql_times=()
for run in $(seq 1 "$runs"); do
    psql -q -c "DROP DATABASE IF EXISTS bench_zhizao" -c "CREATE DATABASE bench_zhizao"
    line=$("$bin/zhizao-pg-bench" import "$csv" --db "$base/bench_zhizao?statement_timeout=0")
    echo "run $run zhizao: $line"
    zhizao_times+=("$(echo "$line" | awk '{print $8}')")

    psql -q -c "DROP DATABASE IF EXISTS bench_psql" -c "CREATE DATABASE bench_psql"
    psql -q -d bench_psql <<'SQL'
CREATE EXTENSION pg_trgm;
CREATE TABLE enterprise_csv (uscc TEXT UNIQUE, name TEXT NOT NULL, name_en TEXT, district TEXT, park TEXT,
    industry_code TEXT, founded INTEGER, employees INTEGER, revenue_cny DOUBLE PRECISION, revenue_year INTEGER,
    revenue_history TEXT, designations TEXT, synthetic BOOLEAN);
CREATE INDEX ON enterprise_csv (district, revenue_cny);
CREATE INDEX ON enterprise_csv (industry_code, revenue_cny);
CREATE INDEX ON enterprise_csv (revenue_cny);
CREATE INDEX ON enterprise_csv USING gin (name gin_trgm_ops);
CREATE INDEX ON enterprise_csv USING gin (name_en gin_trgm_ops);
SQL
    start=$(now)
    psql -q -d bench_psql -c "\\copy enterprise_csv FROM '$csv' WITH (FORMAT csv, HEADER true)"
    elapsed=$(awk "BEGIN { print $(now) - $start }")
    echo "run $run psql \\copy: $elapsed s"
    psql_times+=("$elapsed")
done
python3 - "$count" "${zhizao_times[*]}" "${psql_times[*]}" <<'PY'
import statistics, sys
count = int(sys.argv[1])
zhizao = statistics.median(map(float, sys.argv[2].split()))
psql = statistics.median(map(float, sys.argv[3].split()))
print(f"median zhizao {zhizao:.2f} s ({count / zhizao:,.0f} rows/s); psql \\copy {psql:.2f} s ({count / psql:,.0f} rows/s); ratio {zhizao / psql:.2f}x")
PY
psql -q -d bench_zhizao -c "VACUUM ANALYZE enterprise"
"$bin/zhizao-pg-bench" search --db "$base/bench_zhizao" 16 40
