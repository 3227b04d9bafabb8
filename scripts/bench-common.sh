# Shared by the benchmark scripts: a release build and the million-firm database they measure.
# Sets $zhizao, $csv and $db; builds what is missing.
dir=bench-data
mkdir -p "$dir"
# SWIFT_SCRATCH: another build folder, for a release build beside a running debug build or test.
scratch=${SWIFT_SCRATCH:-.build}
swift build -c release --product zhizao --scratch-path "$scratch" >/dev/null
zhizao=$scratch/release/zhizao
csv=$dir/enterprises-1000000.csv
db=$dir/web-1m.sqlite
[ -f "$csv" ] || "$zhizao" generate enterprises --count 1000000 --seed 42 >"$csv"
if [ ! -f "$db" ]; then
    "$zhizao" init --db "$db" >/dev/null
    "$zhizao" import enterprises "$csv" --db "$db"
fi
