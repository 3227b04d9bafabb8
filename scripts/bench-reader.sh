#!/usr/bin/env bash
# Benchmark: the report reader's throughput (MB of UTF-8 Chinese text a second, release build) side by
# side with JioNLP's money extraction (PyPI jionlp, jio.ner.extract_money) on the same text: the annotated
# passages of Sources/ReportReader/Evaluation/cases.jsonl repeated to about 20 MB (a fact every ~50 bytes: far denser
# than real reports, so the harder case for us). Needs hyperfine and jionlp.
# Usage: scripts/bench-reader.sh [RUNS]         the dense corpus, with JioNLP (issue 4)
#        scripts/bench-reader.sh mix [RUNS]     a realistic mix at 1, 5, 20 and 50 MB (issue 9): real-style documents
#                                               made by scripts/reader-corpus.py, a fact every ~180 bytes, mostly
#                                               distinct; whole-process and in-process medians, the 50 MB / 5 MB
#                                               ratio, and JioNLP on the 1 MB file; whole-process medians also of
#                                               the same code with the Swift runtime and Foundation linked statically
#                                               (swift build --static-swift-stdlib, in .build-static: no dynamic
#                                               loading at start-up).
# CORE=N runs the timings on core N, CORE=0-1 on cores 0 and 1 (default: not pinned, every core, as the reader reads a
# long text in parts on every core; JioNLP uses one). Whole-process timings run without a shell (hyperfine -N).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=dense
if [ "${1:-}" = mix ]; then
    mode=mix
    shift
fi
runs=${1:-5}
pin=${CORE:+taskset -c $CORE}
dir=bench-data
mkdir -p "$dir"
command -v hyperfine >/dev/null || { apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null; }
python3 -c 'import jionlp' 2>/dev/null || python3 -m pip install --quiet jionlp
swift build -c release --product zhizao >/dev/null
cat >"$dir/bench-jionlp.py" <<'PY'
import sys, time, statistics
import jionlp as jio
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    found = sum(len(jio.ner.extract_money(line)) for line in lines if line)
    times.append(time.perf_counter() - start)
print(f"{statistics.median(times):.3f} {found}")
PY

if [ "$mode" = mix ]; then
    swift build -c release --product zhizao --static-swift-stdlib --scratch-path .build-static >/dev/null
    printf '%-8s %10s %9s %10s %9s %10s %9s %8s  %s\n' size "whole s" "MB/s" "extract s" "MB/s" "static s" "MB/s" facts "corpus"
    : >"$dir/bench-mix.txt.new"
    for mb in 1 5 20 50; do
        corpus=$dir/reader-mix-$mb.txt
        [ -s "$corpus" ] || python3 scripts/reader-corpus.py "$corpus" "${mb}e6" >"$corpus.info"
        hyperfine -N --runs "$runs" --warmup 1 --export-json "$dir/bench-mix-$mb.json" \
            "$pin .build/release/zhizao extract $corpus" "$pin .build-static/release/zhizao extract $corpus" >/dev/null
        read -r whole static < <(python3 -c 'import json, sys; print(*(r["median"] for r in json.load(open(sys.argv[1]))["results"]))' "$dir/bench-mix-$mb.json")
        inner=$(for _ in $(seq "$runs"); do $pin .build/release/zhizao extract "$corpus" --timing 2>&1 >/dev/null \
            | sed -E 's/.* in ([0-9.]+) s .*/\1/'; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
        facts=$(.build/release/zhizao extract "$corpus" | wc -l)
        bytes=$(stat -c %s "$corpus")
        echo "$mb $bytes $whole $inner $static" >>"$dir/bench-mix.txt.new"
        python3 -c 'import sys; b, w, i, t = int(sys.argv[2]) / 1e6, float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]); print(f"{sys.argv[1]:>5} MB {w:10.3f} {b / w:9.2f} {i:10.3f} {b / i:9.2f} {t:10.3f} {b / t:9.2f} {sys.argv[6]:>8}  {sys.argv[7]}")' \
            "$mb" "$bytes" "$whole" "$inner" "$static" "$facts" "$(cat "$corpus.info" 2>/dev/null)"
    done
    mv "$dir/bench-mix.txt.new" "$dir/bench-mix.txt"
    python3 - "$dir/bench-mix.txt" <<'PY'
import sys
rows = {int(r.split()[0]): [float(x) for x in r.split()[1:]] for r in open(sys.argv[1])}
print(f"50 MB / 5 MB: whole process {rows[50][1] / rows[5][1]:.1f}x, extraction {rows[50][2] / rows[5][2]:.1f}x, static {rows[50][3] / rows[5][3]:.1f}x (linear: 10x)")
PY
    read -r theirs moneys < <($pin python3 "$dir/bench-jionlp.py" "$dir/reader-mix-1.txt" 3 2>/dev/null | tail -1)
    python3 - "$dir/bench-mix.txt" "$theirs" "$moneys" <<'PY'
import sys
rows = {int(r.split()[0]): [float(x) for x in r.split()[1:]] for r in open(sys.argv[1])}
size, whole, inner, static = rows[1]
theirs = float(sys.argv[2])
print(f"jionlp extract_money on the 1 MB mix {theirs:.3f} s {size / 1e6 / theirs:.2f} MB/s, {sys.argv[3]} money mentions (in process, after import); "
      f"zhizao {theirs / whole:.1f}x faster whole process, {theirs / inner:.1f}x in process")
PY
    exit 0
fi

corpus=$dir/reader-corpus.txt
python3 - "$corpus" <<'PY'
import json, sys
texts = [json.loads(l)["text"] for l in open("Sources/ReportReader/Evaluation/cases.jsonl") if l.startswith("{")]
block = "\n".join(texts) + "\n"
with open(sys.argv[1], "w") as f:
    size = 0
    while size < 20_000_000:
        f.write(block)
        size += len(block.encode())
PY
bytes=$(stat -c %s "$corpus")
hyperfine -N --runs "$runs" --warmup 1 --export-json "$dir/bench-reader.json" \
    "$pin .build/release/zhizao extract $corpus --format jsonl --date 2021-01-28"
ours=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$dir/bench-reader.json")
# In-process: the extraction alone (text in memory), as JioNLP is timed inside Python after its import.
inner=$(for _ in $(seq "$runs"); do $pin .build/release/zhizao extract "$corpus" --date 2021-01-28 --timing 2>&1 >/dev/null \
    | sed -E 's/.* in ([0-9.]+) s .*/\1/'; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
facts=$(.build/release/zhizao extract "$corpus" --date 2021-01-28 | wc -l)
read -r theirs moneys < <($pin python3 "$dir/bench-jionlp.py" "$corpus" 3 2>/dev/null | tail -1)
python3 - "$bytes" "$ours" "$inner" "$theirs" "$facts" "$moneys" <<'PY'
import sys
size, ours, inner, theirs, facts, moneys = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
mb = size / 1e6
print(f"corpus {mb:.2f} MB")
print(f"zhizao extract       {ours:7.3f} s  {mb / ours:8.2f} MB/s  {facts} facts (whole process: start, read, validate, write JSON lines)")
print(f"zhizao extraction    {inner:7.3f} s  {mb / inner:8.2f} MB/s  (in process, text in memory: like JioNLP's timing)")
print(f"jionlp extract_money {theirs:7.3f} s  {mb / theirs:8.2f} MB/s  {moneys} money mentions (in process, after import)")
print(f"ratio whole process {theirs / ours:.1f}x, in process {theirs / inner:.1f}x")
PY
