# Shared by the benchmark scripts: a release build and the million-firm database they measure.
# Sets $zhizao, $csv and $db; builds what is missing.
dir=bench-data
mkdir -p "$dir"
# SWIFT_SCRATCH: another build folder, for a release build beside a running debug build or test.
scratch=${SWIFT_SCRATCH:-.build}
# ZHIZAO: a zhizao binary to measure instead (another build, for before and after).
if [ -n "${ZHIZAO:-}" ]; then
    zhizao=$ZHIZAO
else
    swift build -c release --product zhizao --scratch-path "$scratch" >/dev/null
    zhizao=$scratch/release/zhizao
fi
csv=$dir/enterprises-1000000.csv
db=$dir/web-1m.sqlite
[ -f "$csv" ] || "$zhizao" generate enterprises --count 1000000 --seed 42 >"$csv"
if [ ! -f "$db" ]; then
    "$zhizao" init --db "$db" >/dev/null
    "$zhizao" import enterprises "$csv" --db "$db"
fi

# serve_bench: `$zhizao serve` on the database on a free port, stopped when the script exits (scripts/serve-fresh.sh).
# Sets $port, $base and $server.
source scripts/serve-fresh.sh
serve_bench() {
    trap 'kill ${server:-} 2>/dev/null' EXIT
    serve_fresh "$zhizao" "$db" >/dev/null
}

# wrk_rounds SECONDS RUNS RESULTS NAME=TARGET…: `wrk -t2 -c64 -dSECONDS` on each target in turn, RUNS rounds, one
# line a run in RESULTS (name, requests/s, p99, errors). A TARGET is a path of $base, or `lua:FILE` for a wrk script
# that makes the requests.
wrk_rounds() {
    local seconds=$1 runs=$2 results=$3
    shift 3
    : >"$results"
    for run in $(seq 1 "$runs"); do
        for spec in "$@"; do
            local name=${spec%%=*} target=${spec#*=} args
            case $target in
                lua:*) args=(-s "${target#lua:}" "$base/") ;;
                *) args=("$base$target") ;;
            esac
            local out rps p99 errors
            out=$(wrk -t2 -c64 -d"${seconds}s" --latency "${args[@]}")
            rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
            p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
            errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
            echo "$name $rps $p99 $errors" >>"$results"
            echo "run $run $name: $rps req/s, p99 $p99 $errors"
        done
    done
}

# wrk_summary RESULTS: each target's median requests/s and p99 against /healthz's (the target named `healthz`),
# and the server's peak resident memory (VmHWM).
wrk_summary() {
    local rss
    rss=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
    python3 - "$1" "$rss" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def ms(text):  # wrk's latencies: 812.00us, 4.10ms, 1.02s
    for unit, scale in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * scale
    raise ValueError(text)
by = {}
for r in rows:
    by.setdefault(r[0], []).append((float(r[1]), ms(r[2])))
health = statistics.median(x[0] for x in by["healthz"])
print(f"{'target':24s} {'req/s':>10s} {'p99 ms':>9s} {'vs healthz':>10s}")
for name, values in by.items():
    rps = statistics.median(x[0] for x in values)
    p99 = statistics.median(x[1] for x in values)
    print(f"{name:24s} {rps:10.1f} {p99:9.2f} {rps / health:9.0%}")
print(f"peak resident memory of the server: {int(sys.argv[2]) / 1024:.0f} MB")
PY
    echo "load: $(uptime)"
}

# search_miss_lua FILE: a wrk script of registry searches that miss the page cache: 500 terms (the first three
# characters of manufacturing class names), each asked for pages 1 to 20, rotating.
search_miss_lua() {
    python3 - "$1" <<'PY'
import csv, sys, urllib.parse
names = [row["name"] for row in csv.DictReader(open("Sources/ZhizaoCore/Resources/gbt4754-2017.csv")) if row["level"] == "class" and row["section"] == "C"]
terms = sorted({n[:3] for n in names if len(n) >= 3})[:500]
with open(sys.argv[1], "w") as f:
    f.write("terms = {" + ",".join('"%s"' % urllib.parse.quote(t) for t in terms) + "}\n")
    f.write("""counter = 0
request = function()
  counter = counter + 1
  local term = terms[(counter %% #terms) + 1]
  local page = (math.floor(counter / #terms) %% 20) + 1
  return wrk.format("GET", "/enterprises?q=" .. term .. "&page=" .. page)
end
""".replace("%%", "%"))
PY
}
