# Shared by the benchmark scripts: a release build and the million-firm database they measure.
# Sets $zhizao, $csv and $db; builds what is missing.
dir=bench-data
mkdir -p "$dir"
swift build -c release --product zhizao >/dev/null
zhizao=.build/release/zhizao
csv=$dir/enterprises-1000000.csv
db=$dir/web-1m.sqlite
[ -f "$csv" ] || "$zhizao" generate enterprises --count 1000000 --seed 42 >"$csv"
if [ ! -f "$db" ]; then
    "$zhizao" init --db "$db" >/dev/null
    "$zhizao" import enterprises "$csv" --db "$db"
fi
