#!/usr/bin/env bash
# Benchmark: the report reader's throughput (MB of UTF-8 Chinese text a second, one core, release build) side by
# side with JioNLP's money extraction (PyPI jionlp, jio.ner.extract_money) on the same text: the annotated
# passages of Sources/ReportReader/Evaluation/cases.jsonl repeated to about 20 MB (a fact every ~50 bytes: far denser
# than real reports, so the harder case for us). Needs hyperfine and jionlp.
# Usage: scripts/bench-reader.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dir=bench-data
mkdir -p "$dir"
swift build -c release --product zhizao >/dev/null
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
hyperfine --runs "$runs" --warmup 1 --export-json "$dir/bench-reader.json" \
    "taskset -c 0 .build/release/zhizao extract $corpus --format jsonl --date 2021-01-28 > /dev/null"
ours=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$dir/bench-reader.json")
# In-process: the extraction alone (text in memory), as JioNLP is timed inside Python after its import.
inner=$(for _ in $(seq "$runs"); do taskset -c 0 .build/release/zhizao extract "$corpus" --date 2021-01-28 --timing 2>&1 >/dev/null \
    | sed -E 's/.* in ([0-9.]+) s .*/\1/'; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
facts=$(.build/release/zhizao extract "$corpus" --date 2021-01-28 | wc -l)
read -r theirs moneys < <(taskset -c 0 python3 "$dir/bench-jionlp.py" "$corpus" 3 2>/dev/null | tail -1)
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
