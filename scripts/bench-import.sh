#!/usr/bin/env bash
# Benchmark: import 1,000,000 generated enterprises (release build), side by side with the sqlite3 shell
# importing the same CSV into a plain table and into a table with Zhizao's indexes and trigram FTS.
# Usage: scripts/bench-import.sh [ROWS] [RUNS]. Needs hyperfine and sqlite3 (apt-get install hyperfine sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-5}
dir=bench-data
mkdir -p "$dir"
swift build -c release --product zhizao >/dev/null
zhizao=.build/release/zhizao
csv=$dir/enterprises-$rows.csv
[ -f "$csv" ] || "$zhizao" generate enterprises --count "$rows" --seed 42 >"$csv"
columns="uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,revenue_history,designations,synthetic"

# The second peer loads the same CSV the fastest way SQLite offers, then builds the same indexes and trigram
# name index as Zhizao's enterprise table.
cat >"$dir/indexed-schema.sql" <<SQL
PRAGMA journal_mode = WAL;
CREATE TABLE t($columns);
CREATE UNIQUE INDEX t_uscc ON t(uscc);
SQL
cat >"$dir/indexed-build.sql" <<SQL
PRAGMA threads = 2;
CREATE INDEX t_district_revenue ON t(district, revenue_cny);
CREATE INDEX t_industry ON t(industry_code, revenue_cny);
CREATE INDEX t_revenue ON t(revenue_cny);
CREATE VIRTUAL TABLE t_search USING fts5(name, name_en, content='t', tokenize='trigram', columnsize=0);
INSERT INTO t_search(t_search, rank) VALUES ('automerge', 0);
INSERT INTO t_search(rowid, name, name_en) SELECT rowid, name, name_en FROM t;
SQL

hyperfine --runs "$runs" --export-json "$dir/bench-import.json" --export-markdown "$dir/bench-import.md" \
    --command-name "zhizao import enterprises" \
    --prepare "rm -f $dir/z.sqlite*; $zhizao init --db $dir/z.sqlite >/dev/null" \
    "$zhizao import enterprises $csv --db $dir/z.sqlite" \
    --command-name "sqlite3 .import, plain table" \
    --prepare "rm -f $dir/plain.sqlite*; sqlite3 $dir/plain.sqlite 'CREATE TABLE t($columns)'" \
    "sqlite3 $dir/plain.sqlite '.import --csv --skip 1 $csv t'" \
    --command-name "sqlite3 .import, Zhizao's indexes and FTS" \
    --prepare "rm -f $dir/indexed.sqlite*; sqlite3 $dir/indexed.sqlite < $dir/indexed-schema.sql >/dev/null" \
    "sqlite3 $dir/indexed.sqlite '.import --csv --skip 1 $csv t' '.read $dir/indexed-build.sql'"

python3 - "$dir/bench-import.json" "$rows" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
rows = int(sys.argv[2])
base = {r["command"]: r["median"] for r in results}
plain = base["sqlite3 .import, plain table"]
for r in results:
    print(f'{r["command"]:45s} median {r["median"]:6.2f} s  {rows / r["median"]:9.0f} rows/s  {r["median"] / plain:4.2f}× plain sqlite3')
PY
