#!/usr/bin/env bash
# Starts the dashboard on a free port with a fresh built-in database, loads every page in headless Chromium
# (scripts/browser_check.py), and keeps screenshots in screenshots/. Fails on console errors or failed requests.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product zhizao >/dev/null
source scripts/serve-fresh.sh
work=$(mktemp -d)
trap 'kill ${server:-} 2>/dev/null; rm -rf "$work"' EXIT
# The built-in dataset plus a small synthetic registry, so that registry pages have rows to show.
.build/debug/zhizao generate enterprises --count 2000 --seed 7 >"$work/firms.csv"
.build/debug/zhizao import enterprises "$work/firms.csv" --db "$work/zhizao.sqlite" >/dev/null
# A district's report read into the review queue, so that the document page has facts to mark.
cat >"$work/report.txt" <<'TEXT'
花都区工业和信息化局2023年工作总结
2023年，全区规上工业总产值2156.3亿元，同比增长8.2%，居全市第三。全年新签约项目46个，总投资612亿元。
二、2024年主要目标
全区规上工业增加值增长6%左右；力争新增专精特新“小巨人”企业5家。
TEXT
.build/debug/zhizao ingest "$work/report.txt" --date 2024-01-20 --db "$work/zhizao.sqlite" >/dev/null
# An admin, so that the pages of those who write (imports, new documents, review buttons, record forms) and the
# admin, account and audit pages are checked signed in too.
checker_password="browser-check-$(date +%s)-$$"
echo "$checker_password" | .build/debug/zhizao user add checker --role admin --db "$work/zhizao.sqlite" >/dev/null
printf 'uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n123,测试,海珠新区,,9999,2015,x,,,\n' >"$work/bad.csv"
serve_fresh .build/debug/zhizao "$work/zhizao.sqlite"
ZHIZAO_CHECK_USER=checker ZHIZAO_CHECK_PASSWORD="$checker_password" ZHIZAO_CHECK_UPLOAD="$work/bad.csv" \
    python3 scripts/browser_check.py "$base" screenshots
