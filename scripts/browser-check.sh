#!/usr/bin/env bash
# Starts the dashboard on a free port with a fresh built-in database, loads every page in headless Chromium
# (scripts/browser_check.py), and keeps screenshots in screenshots/. Fails on console errors or failed requests.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product zhizao >/dev/null
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The built-in dataset plus a small synthetic registry, so that registry pages have rows to show.
.build/debug/zhizao generate enterprises --count 2000 --seed 7 >"$work/firms.csv"
.build/debug/zhizao import enterprises "$work/firms.csv" --db "$work/zhizao.sqlite" >/dev/null
.build/debug/zhizao serve --db "$work/zhizao.sqlite" --port "$port" --log-level warning &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.2
done
python3 scripts/browser_check.py "http://127.0.0.1:$port" screenshots
