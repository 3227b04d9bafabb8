#!/usr/bin/env python3
"""Reads annotated texts twice, as written and written another way that says the same thing, and lists the
documents whose facts differ: what the reader gets wrong when a text is not written like the sets it was tuned on.

usage: python3 scripts/reader-variants.py ZHIZAO VARIANT SET.jsonl...
  VARIANT is one of
    places   全市/全区/全县 replaced by the place the reader resolves it to (襄阳市固定资产投资 for 全市固定资产投资)
    percent  % written ％
    commas   ， written ,      stops    。 written .      colons   ： written :
    wrap     each paragraph (a line with a 。 and no tab) broken into lines of 36 characters, as a PDF's column is
             (never inside a figure)
    blank    a blank line between lines          indent   each paragraph indented by two ideographic spaces
    digits   digits written full-width (２０２４年)
    quotes   “” written as ASCII "        corners  “” written 「」        parens   （） written ()
    FROM=TO  any other replacement
A fact is compared by value, unit, holder, measure, kind and period; a place's industry named with the place
(襄阳市新能源汽车产业 for 新能源汽车产业) is a different holder, as docs/FACTS.md says, so `places` lists those too.
"""
import json
import subprocess
import sys

REPLACEMENTS = {"percent": ("%", "％"), "commas": ("，", ","), "stops": ("。", "."), "colons": ("：", ":")}
PAIRS = {"quotes": ("“”", '""'), "corners": ("“”", "「」"), "parens": ("（）", "()")}
GENERIC_PLACES = ("全市", "全区", "全县")


def read(zhizao, text, doc):
    args = [zhizao, "extract", "-"]
    if doc.get("date"):
        args += ["--date", doc["date"]]
    if doc.get("place"):
        args += ["--place", doc["place"]]
    out = subprocess.run(args, input=text.encode(), capture_output=True, check=False).stdout.decode()
    return [json.loads(line) for line in out.splitlines()]


def key(fact):
    period = json.dumps(fact.get("period") or {}, sort_keys=True)
    return (fact["value"], fact["unit"], fact.get("holder"), fact.get("measure"), fact["kind"], period)


FIGURE = set("0123456789.%-")


def is_paragraph(line):
    return "。" in line and "\t" not in line


def wrapped(line, width=36):
    """`line` broken every `width` characters, a break moved on while a figure goes on across it."""
    out, start = [], 0
    while len(line) - start > width:
        end = start + width
        while end < len(line) and line[end - 1] in FIGURE and line[end] in FIGURE:
            end += 1
        out.append(line[start:end])
        start = end
    return "\n".join(out + [line[start:]])


def variant(name, text, facts):
    if name == "wrap":
        return "\n".join(wrapped(line) if is_paragraph(line) else line for line in text.split("\n"))
    if name == "blank":
        return text.replace("\n", "\n\n")
    if name == "indent":
        return "\n".join("\u3000\u3000" + line.lstrip(" \u3000") if is_paragraph(line) else line for line in text.split("\n"))
    if name == "digits":
        return text.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    if name == "places":
        for fact in facts:
            written, holder = fact.get("holderWritten"), fact.get("holder")
            if written in GENERIC_PLACES and holder and holder != written:
                text = text.replace(written, holder)
        return text
    if name in PAIRS:
        old, new = PAIRS[name]
        return text.translate({ord(o): n for o, n in zip(old, new)})
    old, new = REPLACEMENTS.get(name) or name.split("=", 1)
    return text.replace(old, new)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    zhizao, name, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
    differ = total = 0
    for path in sets:
        for line in open(path, encoding="utf-8"):
            if not line.startswith("{"):
                continue
            doc = json.loads(line)
            facts = read(zhizao, doc["text"], doc)
            other = variant(name, doc["text"], facts)
            if other == doc["text"]:
                continue
            total += 1
            before, after = {key(f) for f in facts}, {key(f) for f in read(zhizao, other, doc)}
            if before != after:
                differ += 1
                print("==", path.rsplit("/", 1)[-1], doc["text"][:40].replace("\n", " "))
                for k in sorted(before - after, key=str):
                    print("  as written", k)
                for k in sorted(after - before, key=str):
                    print("  variant   ", k)
    print(f"{differ} of {total} documents read differently", file=sys.stderr)


main()
