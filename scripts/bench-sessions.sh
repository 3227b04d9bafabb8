#!/usr/bin/env bash
# Issue 10's performance: cached pages with and without a session cookie (wrk, alternating, same run), and the
# time of a sign-in (bcrypt at Passwords.cost). Release build; RUNS runs (default 5), medians.
# Usage: scripts/bench-sessions.sh [RUNS]; SWIFT_SCRATCH=DIR builds in DIR (default .build-release); PIN=1 runs the server on core 0 and wrk (one thread) on core 1, so that
# the two do not take each other's time; SECONDS_PER_ROUND=N (default 10) is each wrk round's length. The two kinds
# of round take turns in the order ABBA ABBA…, so that a drift of the machine's speed weighs on both alike; besides
# the ratio of the medians, the median of each adjacent pair's ratio is shown.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
scratch=${SWIFT_SCRATCH:-.build-release}
swift build -c release --product zhizao --scratch-path "$scratch" >/dev/null
zhizao=$scratch/release/zhizao
source scripts/serve-fresh.sh
work=$(mktemp -d)
trap 'kill ${server:-} 2>/dev/null; rm -rf "$work"' EXIT
echo "wrk-load-2026-pass" | $zhizao user add bench --role analyst --db "$work/z.sqlite" >/dev/null
seconds=${SECONDS_PER_ROUND:-10}
load=(wrk -t4 -c64 -d"${seconds}s")
if [ "${PIN:-}" = 1 ]; then
    export SERVE_WRAPPER="taskset -c 0"
    load=(taskset -c 1 wrk -t1 -c64 -d"${seconds}s")
fi
serve_fresh "$zhizao" "$work/z.sqlite"

# A sign-in: the form's token and cookie, then the post; the time of the post alone.
signin() {
    local jar=$work/jar token
    rm -f "$jar"
    token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{time_total}\n' -X POST "$base/login" \
        --data "csrf=$token&name=bench&password=wrk-load-2026-pass"
    grep zz_session "$jar" | awk '{print $7}'
}
logins=()
for _ in $(seq 1 "$runs"); do
    out=$(signin)
    logins+=("$(echo "$out" | head -1)")
    cookie=$(echo "$out" | tail -1)
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "sign-in: median $(median "${logins[@]}") s over $runs (each: ${logins[*]})"

# Cached pages: each page with and without the cookie, taking turns (ABBA), 64 connections.
anonymous() { "${load[@]}" "$base$page" | awk '/Requests\/sec/ {print $2}'; }
signed_in() { "${load[@]}" -H "Cookie: zz_session=$cookie" "$base$page" | awk '/Requests\/sec/ {print $2}'; }
for page in / /clusters /enterprises; do
    anon=() session=() pairs=()
    for round in $(seq 1 "$runs"); do
        if [ $((round % 2)) = 1 ]; then a=$(anonymous); s=$(signed_in); else s=$(signed_in); a=$(anonymous); fi
        anon+=("$a") session+=("$s") pairs+=("$(python3 -c "print($s / $a * 100)")")
    done
    a=$(median "${anon[@]}") s=$(median "${session[@]}")
    echo "$page: anonymous $a req/s, signed in $s req/s ($(python3 -c "print(f'{$s / $a * 100:.0f}')") %; median of the pairs' ratios $(median "${pairs[@]}" | xargs printf '%.0f') %)"
    echo "    anonymous: ${anon[*]}"
    echo "    signed in: ${session[*]}"
done
