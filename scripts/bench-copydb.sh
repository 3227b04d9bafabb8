#!/usr/bin/env bash
# Benchmark of `zhizao copy-db` (issue 13, item 5), release build, on a throwaway cluster (scripts/with-postgres.sh,
# unless ZHIZAO_TEST_POSTGRES names one already). The source is a SQLite database made by `zhizao init` and
# `zhizao import enterprises` of `zhizao generate enterprises --count COUNT --seed 1` (kept in bench-data/).
# RUNS times each, alternating, each into a new database or file:
#   - sqlite→pg:  zhizao copy-db --from SOURCE --to postgres://…/NEW (every table, COPY, read back, checksums);
#   - peer:       sqlite3 -csv of the enterprise table piped into psql \copy, into a table of the same columns and
#                 the enterprise table's indexes (USCC and slug unique, the revenue/industry b-trees, GIN on the
#                 names' pairs of characters): the floor for moving the big table, no other table, no check;
#   - pg→sqlite:  zhizao copy-db --from the last postgres://…/NEW --to a new file.
# Prints each time with the peak resident memory (/usr/bin/time) and the medians.
# Usage: scripts/bench-copydb.sh [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ZHIZAO_TEST_POSTGRES:-}" ]; then exec bash scripts/with-postgres.sh bash "$0" "$@"; fi
count=${1:-1000000}
runs=${2:-3}
swift build -c release --product zhizao >/dev/null
bin=$(swift build -c release --show-bin-path)
mkdir -p bench-data
csv=bench-data/enterprises-$count.csv
source=bench-data/copydb-source-$count.sqlite
[ -s "$csv" ] || "$bin/zhizao" generate enterprises --count "$count" --seed 1 >"$csv"
if [ ! -s "$source" ]; then
    rm -f "$source" "$source-wal" "$source-shm"
    "$bin/zhizao" init --db "$source" >/dev/null
    "$bin/zhizao" import enterprises "$csv" --db "$source" >/dev/null
fi
base=${ZHIZAO_TEST_POSTGRES%/*}
timed() { /usr/bin/time -f "%e %M" -o bench-data/time.txt "$@" >/dev/null; cat bench-data/time.txt; }

to_pg=() peer=() to_sqlite=()
for run in $(seq 1 "$runs"); do
    psql -q -c "DROP DATABASE IF EXISTS bench_copy" -c "CREATE DATABASE bench_copy"
    read -r seconds kb < <(timed "$bin/zhizao" copy-db --quiet --from "$source" --to "$base/bench_copy")
    echo "run $run sqlite→pg: $seconds s, peak $((kb / 1024)) MB"
    to_pg+=("$seconds")

    psql -q -c "DROP DATABASE IF EXISTS bench_peer" -c "CREATE DATABASE bench_peer"
    psql -q -d bench_peer <<'SQL'
CREATE FUNCTION zhizao_bigrams(name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT ARRAY(SELECT substr(name, i, 2) FROM generate_series(1, char_length(name) - 1) AS i) $$;
CREATE TABLE enterprise (id BIGINT PRIMARY KEY, uscc TEXT UNIQUE, slug TEXT UNIQUE, nameZh TEXT NOT NULL, nameEn TEXT,
    districtId TEXT, parkId TEXT, industryCode TEXT, founded INTEGER, employees INTEGER, revenueCNY DOUBLE PRECISION,
    revenueYear INTEGER, revenueHistory TEXT, revenueProjectedCNY DOUBLE PRECISION, synthetic BOOLEAN, sourceId TEXT,
    version INTEGER, businessScope TEXT);
CREATE INDEX ON enterprise (districtId, revenueCNY);
CREATE INDEX ON enterprise (industryCode, revenueCNY);
CREATE INDEX ON enterprise (revenueProjectedCNY, revenueCNY) WHERE revenueProjectedCNY IS NOT NULL;
CREATE INDEX ON enterprise (revenueCNY);
CREATE INDEX ON enterprise USING gin (zhizao_bigrams(lower(nameZh || ' ' || coalesce(nameEn, ''))));
SQL
    columns="id, uscc, slug, nameZh, nameEn, districtId, parkId, industryCode, founded, employees, revenueCNY, revenueYear, revenueHistory, revenueProjectedCNY, synthetic, sourceId, version, businessScope"
    start=$(date +%s.%N)
    sqlite3 -csv "$source" "SELECT $columns FROM enterprise" | psql -q -d bench_peer -c "\\copy enterprise ($columns) FROM STDIN (FORMAT csv)"
    elapsed=$(awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $start }")
    echo "run $run peer sqlite3 | psql \\copy (enterprise only): $elapsed s"
    peer+=("$elapsed")

    rm -f bench-data/copydb-back.sqlite*
    read -r seconds kb < <(timed "$bin/zhizao" copy-db --quiet --from "$base/bench_copy" --to bench-data/copydb-back.sqlite)
    echo "run $run pg→sqlite: $seconds s, peak $((kb / 1024)) MB"
    to_sqlite+=("$seconds")
done
"$bin/zhizao" copy-db --quiet --from "$base/bench_copy" --to bench-data/copydb-back.sqlite --force | head -40
python3 - "$count" "${to_pg[*]}" "${peer[*]}" "${to_sqlite[*]}" <<'PY'
import statistics, sys
count = int(sys.argv[1])
to_pg, peer, back = (statistics.median(map(float, a.split())) for a in sys.argv[2:5])
print(f"median sqlite→pg {to_pg:.2f} s ({count / to_pg:,.0f} enterprises/s); peer {peer:.2f} s; ratio {to_pg / peer:.2f}x; "
      f"pg→sqlite {back:.2f} s ({count / back:,.0f} enterprises/s)")
PY
