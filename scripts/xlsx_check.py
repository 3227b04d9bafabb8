"""Opens a workbook Zhizao wrote with openpyxl (an independent reader) and prints what it finds: each sheet's name,
size, header, the first data row with the Python type of each value, and whether the header is frozen.
Fails (exit 1) when the file does not open, a sheet has no header, or a given --rows count differs.
Usage: python3 scripts/xlsx_check.py FILE.xlsx [--rows N] [--read-only]"""
import argparse
import sys

from openpyxl import load_workbook


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--rows", type=int, help="data rows expected in the first sheet")
    parser.add_argument("--read-only", action="store_true", help="stream the rows (for large files)")
    args = parser.parse_args()
    workbook = load_workbook(args.file, read_only=args.read_only)
    ok = True
    for index, sheet in enumerate(workbook.worksheets):
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        count = 0
        first = None
        for row in rows:
            if first is None:
                first = row
            count += 1
        frozen = None if args.read_only else sheet.freeze_panes
        print(f"sheet {sheet.title!r}: {count} data rows, frozen at {frozen}")
        print("  header:", header)
        if first is not None:
            print("  first row:", [(value, type(value).__name__) for value in first])
        if not header:
            print("  no header row", file=sys.stderr)
            ok = False
        if index == 0 and args.rows is not None and count != args.rows:
            print(f"  expected {args.rows} data rows, found {count}", file=sys.stderr)
            ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
