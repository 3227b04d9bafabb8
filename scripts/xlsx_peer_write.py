"""The peer of scripts/bench-xlsx-export.sh: openpyxl in write-only mode writing the rows of an enterprise CSV
export as `zhizao export enterprises --format xlsx` writes them (Chinese headings, numbers as numbers, a bold
frozen header). Usage: python3 scripts/xlsx_peer_write.py IN.csv OUT.xlsx"""
import csv
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

HEADINGS = ["统一社会信用代码", "企业名称", "英文名称", "所属区", "所在园区", "行业代码", "成立年份", "从业人数",
            "营业收入（元）", "营业收入年份", "历年营业收入", "认定称号", "合成数据"]
NUMERIC = {6, 7, 8, 9}


def main(source, target):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("企业")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for heading in HEADINGS:
        cell = WriteOnlyCell(sheet, value=heading)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    with open(source, newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        next(rows)
        for row in rows:
            sheet.append([
                (float(value) if "." in value else int(value)) if index in NUMERIC and value else (value or None)
                for index, value in enumerate(row)
            ])
    workbook.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
