#!/usr/bin/env bash
# Starts the dashboard on a free port with a fresh built-in database, loads every page in headless Chromium
# (scripts/browser_check.py), and keeps screenshots in screenshots/. Fails on console errors or failed requests.
# BROWSER_CHECK_DB=postgres://… checks a server on an empty PostgreSQL database instead of a new SQLite file, e.g.
#   scripts/with-postgres.sh bash -c 'BROWSER_CHECK_DB=$ZHIZAO_TEST_POSTGRES scripts/browser-check.sh'
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product zhizao >/dev/null
source scripts/serve-fresh.sh
work=$(mktemp -d)
trap 'kill ${server:-} 2>/dev/null; rm -rf "$work"' EXIT
db=${BROWSER_CHECK_DB:-$work/zhizao.sqlite}
# The built-in dataset plus a small synthetic registry, so that registry pages have rows to show.
.build/debug/zhizao generate enterprises --count 2000 --seed 7 >"$work/firms.csv"
.build/debug/zhizao import enterprises "$work/firms.csv" --db "$db" >/dev/null
# A district's report read into the review queue, so that the document page has facts to mark.
cat >"$work/report.txt" <<'TEXT'
花都区工业和信息化局2023年工作总结
2023年，全区规上工业总产值2156.3亿元，同比增长8.2%，居全市第三。全年新签约项目46个，总投资612亿元。
二、2024年主要目标
全区规上工业增加值增长6%左右；力争新增专精特新“小巨人”企业5家。
TEXT
.build/debug/zhizao ingest "$work/report.txt" --date 2024-01-20 --db "$db" >/dev/null
# An admin, so that the pages of those who write (imports, new documents, review buttons, record forms) and the
# admin, account and audit pages are checked signed in too.
checker_password="browser-check-$(date +%s)-$$"
echo "$checker_password" | .build/debug/zhizao user add checker --role admin --db "$db" >/dev/null
printf 'uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n123,测试,海珠新区,,9999,2015,x,,,\n' >"$work/bad.csv"
# The same problems in an Excel workbook with Chinese headers under a title row (a minimal .xlsx, Python's zipfile).
python3 - "$work/bad.xlsx" <<'PY'
import sys, zipfile
rows = [["企业名录"], ["统一社会信用代码", "企业名称", "所属区", "所在园区", "行业代码", "成立年份", "从业人数",
        "营业收入（元）", "营业收入年份", "认定称号"], ["123", "测试", "海珠新区", "", "9999", "2015", "x"]]
def cell(r, c, text):
    return f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{text}</t></is></c>' if text else ""
data = "".join(f'<row r="{r}">' + "".join(cell(r, c, t) for c, t in enumerate(row)) + "</row>" for r, row in enumerate(rows, 1))
main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{data}</sheetData></worksheet>')
PY
serve_fresh .build/debug/zhizao "$db"
ZHIZAO_CHECK_USER=checker ZHIZAO_CHECK_PASSWORD="$checker_password" ZHIZAO_CHECK_UPLOAD="$work/bad.csv" \
    ZHIZAO_CHECK_UPLOAD_XLSX="$work/bad.xlsx" \
    python3 scripts/browser_check.py "$base" screenshots
