"""Build the place benchmark JSONL files from their marked-up sources.

    python data/places/build.py

Sources (hand-written, see README.md):
  data/places/src/[0-9]*.txt  -> data/places/benchmark.jsonl   (ids pl-0001 ...)
  data/places/src/not_places.txt -> data/places/not_places.jsonl (ids np-0001 ...)

Each non-blank, non-# line is one passage: an ISO date, a space, then the text, in
which every mention is marked up as

  [[surface|COUNTRY|ADM1|kind]]   ADM1 is an ISO 3166-2 code or "-" for null
  [[surface|np]]                  not a place (kind not_place, country/adm1 null)

The markup is removed and the character offsets of each surface are recorded, so
offsets are never typed by hand. Validation of the codes is done separately by
scripts/check_place_benchmark.py.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]]*?)\]\]")


def parse_line(line: str, where: str) -> tuple[str, str, list[dict]]:
    date, _, body = line.partition(" ")
    dt.date.fromisoformat(date)  # raises on a malformed date
    text, mentions, pos = [], [], 0
    length = 0
    for m in MARK.finditer(body):
        before = body[pos:m.start()]
        text.append(before)
        length += len(before)
        surface, fields = m.group(1), m.group(2).split("|")
        if fields == ["np"]:
            country, adm1, kind = None, None, "not_place"
        elif len(fields) == 3:
            country, adm1, kind = fields
            adm1 = None if adm1 == "-" else adm1
        else:
            raise ValueError(f"{where}: bad markup {m.group(0)!r}")
        mentions.append({"start": length, "end": length + len(surface), "text": surface,
                         "country": country, "adm1": adm1, "kind": kind})
        text.append(surface)
        length += len(surface)
        pos = m.end()
    text.append(body[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out or "|" in out:
        raise ValueError(f"{where}: leftover markup in {out!r}")
    return date, out, mentions


def build(files: list[Path], prefix: str) -> list[dict]:
    records = []
    for path in files:
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            date, text, mentions = parse_line(line, f"{path.name}:{n}")
            records.append({"id": f"{prefix}-{len(records) + 1:04d}", "text": text,
                            "published": date, "mentions": mentions})
    return records


def write(records: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{path.relative_to(HERE.parent.parent)}: {len(records)} passages, "
          f"{sum(len(r['mentions']) for r in records)} mentions")


def main() -> int:
    write(build(sorted(SRC.glob("[0-9]*.txt")), "pl"), HERE / "benchmark.jsonl")
    write(build([SRC / "not_places.txt"], "np"), HERE / "not_places.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
