"""Canonical events in the columns of Access Now's STOP dataset (`cutoff export --format stop`).

One row per canonical event, so a researcher can set Cutoff's coding beside STOP's or append it
to their own STOP-shaped sheet. Every vocabulary and mapping is data in
models/vocab/stop_export.json; docs/stop-export.md says how each column is derived and which
stay empty.
"""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.csvsafe import safe_cell

VOCAB_FILE = ("vocab", "stop_export.json")
PLATFORMS_FILE = ("gazetteer", "platforms.jsonl")


@lru_cache(maxsize=1)
def stop_vocab() -> dict[str, Any]:
    """The column list, vocabularies and mappings of the STOP export."""
    return json.loads(_models_file(*VOCAB_FILE).read_text("utf-8"))


def stop_columns() -> list[str]:
    return list(stop_vocab()["columns"])


def stop_rows(canonical: list[dict]) -> list[dict[str, str]]:
    """One STOP row (column -> text, empty when unknown) per canonical event, in the given order."""
    return [stop_row(record) for record in canonical]


def stop_row(c: dict) -> dict[str, str]:
    v = stop_vocab()
    join, join_list = v["value_separator"], v["list_separator"]
    yes, no = v["yes_no"]
    platforms = list(c.get("platforms") or [])
    services = set(c.get("services") or [])
    actors = list(c.get("actors") or [])
    flagged = {p for ids in v["platform_flags"].values() for p in ids}
    row = {
        "start_date": c.get("date_start") or "",
        "end_date": c.get("date_end") or "",
        "country": country_name(c.get("country")),
        "geo_scope": v["geo_scope"][geo_level(c)] if c.get("country") else "",
        "area_name": area_name(c),
        "shutdown_type": v["shutdown_type"]["by_restriction"].get(c.get("restriction"), ""),
        "affected_network": join.join(_ordered(
            (v["affected_network"]["by_service"].get(s) for s in services), v["affected_network"]["values"])),
        "shutdown_extent": join.join(_ordered(
            v["shutdown_extent"]["with_platforms" if platforms else "by_restriction"].get(c.get("restriction"), []),
            v["shutdown_extent"]["values"])),
        "ordered_by": join.join(_distinct(
            v["ordered_by"]["by_actor_kind"].get(a.get("kind")) for a in actors)),
        "decision_maker": join_list.join(_distinct(
            a["name"] for a in actors if a.get("kind") in v["decision_maker_kinds"])),
        "gov_justification": join.join(_distinct(
            v["gov_justification"]["by_justification"].get(j) for j in c.get("justification") or [])),
        **{column: yes if set(ids) & set(platforms) else no for column, ids in v["platform_flags"].items()},
        "other_affected": join.join(_distinct(platform_name(p) for p in platforms if p not in flagged)),
        **{column: yes if set(ids) & services else no for column, ids in v["service_flags"].items()},
        "telcos_involved": join_list.join(_distinct(a["name"] for a in actors if a.get("kind") in v["telco_kinds"])),
        "users_targeted": yes if c.get("targets") or c.get("restriction") in v["users_targeted_restrictions"] else no,
        "info_source_link": join_list.join(_distinct(
            s.get("url") for s in c.get("sources") or [] if _is_web_link(s.get("url")))),
        "event": _event_text(c),
    }
    return {column: row[column] for column in v["columns"]}


def write_stop_csv(path: Path, canonical: list[dict], *, csv_safe: bool = True) -> None:
    """Write the STOP rows of `canonical` as CSV with a header (article text neutralised for
    spreadsheets unless `csv_safe` is off)."""
    columns = stop_columns()
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in stop_rows(canonical):
            writer.writerow([safe_cell(row[col]) if csv_safe else row[col] for col in columns])


def to_stop(out_dir: Path | str, dest: Path | str, *, csv_safe: bool = True, options=None) -> list[Path]:
    """DEST/stop.csv from the folder's canonical events (the run's canonical_events.jsonl, else
    merged from events.jsonl with `options`)."""
    from pipeline.merge import MergeOptions
    from pipeline.tables import load_canonical, write_atomic

    canonical = load_canonical(out_dir, options or MergeOptions())
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "stop.csv"
    write_atomic(path, lambda tmp: write_stop_csv(tmp, canonical, csv_safe=csv_safe))
    return [path]


# ------------------------------------------------------------------------------- derivations


def country_name(code: str | None) -> str:
    """The English name of an ISO 3166-1 alpha-2 code as the export writes it (empty if unknown)."""
    if not code:
        return ""
    names = stop_vocab()["country_names"]
    if code in names:
        return names[code]
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def country_vocabulary() -> set[str]:
    """Every name `country_name` can write."""
    import pycountry

    return {country_name(c.alpha_2) for c in pycountry.countries}


def geo_level(c: dict) -> str:
    """city, region or national: the smallest place the event names."""
    if c.get("city"):
        return "city"
    if c.get("province") or c.get("province_code"):
        return "region"
    return "national"


def area_name(c: dict) -> str:
    """The city and province ("Urumqi, Xinjiang"), whichever are named; a country-level event is
    nationwide; an event with no country has no area."""
    if not c.get("country"):
        return ""
    parts = _distinct(p for p in (c.get("city"), c.get("province") or c.get("province_code")) if p)
    return ", ".join(parts) if parts else stop_vocab()["nationwide_area_name"]


def platform_name(platform: str) -> str:
    """A platform id as a name (`youtube` -> "YouTube")."""
    return stop_vocab()["platform_names"].get(platform) or _platform_names().get(platform) or platform


def other_platform_vocabulary() -> set[str]:
    """Every name other_affected can hold for a platform the gazetteer knows."""
    return {platform_name(p) for p in _platform_names()} | set(stop_vocab()["platform_names"].values())


@lru_cache(maxsize=1)
def _platform_names() -> dict[str, str]:
    """Platform id -> its first phrase in the platform gazetteer ("WhatsApp", "LinkedIn")."""
    names: dict[str, str] = {}
    path = _models_file(*PLATFORMS_FILE)
    if path.is_file():
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                if isinstance(entry.get("pattern"), str):
                    names.setdefault(entry["id"], entry["pattern"])
    return names


def _event_text(c: dict) -> str:
    """The sentence the earliest report read the event from, on one line."""
    for source in c.get("sources") or []:
        for sentence in source.get("evidence") or []:
            text = sentence["text"] if isinstance(sentence, dict) else str(sentence)
            if text.strip():
                return re.sub(r"\s+", " ", text).strip()
    return ""


def _is_web_link(url: str | None) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _distinct(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _ordered(values, order: list[str]) -> list[str]:
    present = set(v for v in values if v)
    return [v for v in order if v in present]


def _models_file(*parts: str) -> Path:
    from importlib import resources

    return Path(str(resources.files("pipeline.models").joinpath(*parts)))
