"""The spec's vocabularies (read from the event schema, so the page never offers a value the
schema refuses) and a reviewer's form turned into event fields.

`apply_fields(record, form)` is the one place a correction becomes a record: every value is
normalised (codes upper-cased, lists de-duplicated, the province named from its ISO 3166-2
code), the country follows the province code, and the result must pass the event schema.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from pipeline.schema import event_errors, event_schema

STATUSES = ("asserted", "negated", "hypothetical")
PLATFORM_NAME = event_schema()["properties"]["platforms"]["items"]["pattern"]  # lowercase, any script
# What the form may change; everything else (ids, source, metadata, date_text, remedy_text)
# stays as the pipeline wrote it.
EDITABLE = (
    "status", "restriction", "country", "province_code", "province", "city", "date_start",
    "date_announced", "date_end", "duration", "actors", "services", "platforms", "targets",
    "remedies", "justification",
)
_PRECISION = {4: "year", 7: "month", 10: "day"}
# field_spans' `field` for each event field whose values a span supports
_SPAN_FIELDS = {
    "place": ("country", "province", "province_code", "city"), "date": ("date_start", "date_end", "date_announced"),
    "actor": ("actors",), "service": ("services",), "platform": ("platforms",), "target": ("targets",),
    "remedy": ("remedies",), "justification": ("justification",),
}


class ReviewError(ValueError):
    """A correction the store cannot take (unknown code, invalid value), said in plain words."""


def _enum(name: str) -> tuple[str, ...]:
    prop = event_schema()["properties"][name]
    values = prop["items"]["enum"] if "items" in prop else prop["enum"]
    return tuple(v for v in values if v is not None)


@lru_cache(maxsize=1)
def vocabularies() -> dict[str, tuple[str, ...]]:
    """restriction, services, remedies, justification, actor kinds, status: as the schema has them."""
    actor_kinds = event_schema()["properties"]["actors"]["items"]["properties"]["kind"]["enum"]
    return {
        "status": STATUSES, "restriction": _enum("restriction"), "services": _enum("services"),
        "remedies": _enum("remedies"), "justification": _enum("justification"), "actor_kinds": tuple(actor_kinds),
    }


@lru_cache(maxsize=1)
def regions() -> dict[str, dict[str, str]]:
    """ISO 3166-2 code -> {name, country} from the gazetteer (models/gazetteer/regions.json)."""
    from pipeline.components.patterns import MODELS_DIR

    data = json.loads((MODELS_DIR / "gazetteer" / "regions.json").read_text("utf-8"))
    return {code: {"name": entry["name"], "country": entry["country"]} for code, entry in sorted(data.items())}


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> common name."""
    import pycountry

    return {c.alpha_2: getattr(c, "common_name", c.name) for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)}


def _text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _list(value: Any) -> list[str]:
    """A list from a list or from text separated by ";" (or "," for single words)."""
    if value is None:
        return []
    if isinstance(value, str):
        value = re.split(r"\s*;\s*" if ";" in value else r"\s*,\s*", value)
    return list(dict.fromkeys(t for t in (_text(v) for v in value) if t))


def _choices(value: Any, allowed: tuple[str, ...], label: str) -> list[str]:
    values = _list(value)
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ReviewError(f"unknown {label}: {', '.join(unknown)} (allowed: {', '.join(allowed)})")
    return values


def _date(value: Any, label: str) -> str | None:
    text = _text(value)
    if text and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise ReviewError(f"{label} must be YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    return text


def _actors(value: Any) -> list[dict[str, str]]:
    kinds = vocabularies()["actor_kinds"]
    out, seen = [], set()
    for item in value or []:
        name, kind = _text((item or {}).get("name")), (item or {}).get("kind") or "other"
        if not name:
            continue
        if kind not in kinds:
            raise ReviewError(f"unknown actor kind {kind!r} (allowed: {', '.join(kinds)})")
        if (name.casefold(), kind) not in seen:
            seen.add((name.casefold(), kind))
            out.append({"name": name, "kind": kind})
    return out


def normalise(form: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    """The editable fields the form gives (missing ones keep `before`'s value), normalised."""
    vocab = vocabularies()
    given = {name: form[name] for name in EDITABLE if name in form}
    out: dict[str, Any] = {}
    for name in ("status", "restriction"):
        if name in given:
            if given[name] not in vocab[name]:
                raise ReviewError(f"unknown {name} {given[name]!r}")
            out[name] = given[name]
    for name in ("province", "city", "duration"):
        if name in given:
            out[name] = _text(given[name])
    if out.get("duration") and not re.fullmatch(r"P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?", out["duration"]):
        raise ReviewError(f"duration must be ISO 8601 (P3D, P2W, PT12H), not {out['duration']!r}")
    for name in ("date_start", "date_announced", "date_end"):
        if name in given:
            out[name] = _date(given[name], name)
    for name, label in (("services", "services"), ("remedies", "remedies"), ("justification", "justification")):
        if name in given:
            out[name] = _choices(given[name], vocab[name], label)
    if "platforms" in given:
        out["platforms"] = [p.lower() for p in _list(given["platforms"])]
        bad = [p for p in out["platforms"] if not re.search(PLATFORM_NAME, p)]
        if bad:
            raise ReviewError(f"platform names are lowercase words: {', '.join(bad)}")
    if "targets" in given:
        out["targets"] = _list(given["targets"])
    if "actors" in given:
        out["actors"] = _actors(given["actors"])
    _place(given, before, out)
    return out


def _place(given: dict[str, Any], before: dict[str, Any], out: dict[str, Any]) -> None:
    """Country, province code and province kept consistent: a code names its province and
    fixes the country; a changed country drops a code of another country."""
    code = (_text(given["province_code"]) or "").upper() or None if "province_code" in given else before.get("province_code")
    country = (_text(given["country"]) or "").upper() or None if "country" in given else before.get("country")
    if country and country not in countries() and country != before.get("country"):
        raise ReviewError(f"unknown country code {country!r} (ISO 3166-1 alpha-2, such as CN or IN)")
    if code and code not in regions():
        if code != before.get("province_code"):
            raise ReviewError(f"unknown ISO 3166-2 code {code!r}")
    elif code:
        code_country = regions()[code]["country"]
        if country and country != code_country and code == before.get("province_code") and country != before.get("country"):
            code = None  # the country was changed and the old province is not in it
        else:
            country = code_country
    if code in regions() and (code != before.get("province_code") or not out.get("province", before.get("province"))):
        out["province"] = regions()[code]["name"]
    elif not code and before.get("province_code") and out.get("province", before.get("province")) == before.get("province"):
        out["province"] = None  # the province went with its code
    out["country"], out["province_code"] = country, code


def apply_fields(record: dict[str, Any], form: dict[str, Any]) -> dict[str, Any]:
    """`record` with the form's corrections, marked reviewed; raises ReviewError unless valid."""
    changed = normalise(form, record)
    new = {**record, **changed}
    new["date_precision"] = _PRECISION.get(len(new["date_start"] or ""))
    new["field_spans"] = kept_spans(record, new) if "field_spans" in record else None
    if new["field_spans"] is None:
        new.pop("field_spans")
    new["confidence"], new["reviewed"] = 1.0, True
    problems = event_errors(new)
    if problems:
        raise ReviewError("; ".join(problems))
    return new


def _field_values(event: dict[str, Any], span_field: str) -> set[str]:
    values: set[str] = set()
    for name in _SPAN_FIELDS.get(span_field, ()):
        value = event.get(name)
        items = value if isinstance(value, list) else [value]
        values |= {str(v["name"] if isinstance(v, dict) else v).casefold() for v in items if v}
    return values


def kept_spans(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """The field spans that still support a value of the corrected event: a span of a field the
    reviewer left alone stays; of a changed field, only spans whose value is still there."""
    kept = []
    for span in before.get("field_spans") or []:
        old, new = _field_values(before, span["field"]), _field_values(after, span["field"])
        if span["field"] not in _SPAN_FIELDS or old == new or str(span["value"]).casefold() in new:
            kept.append(span)
    return kept


def differs(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two records differ in anything a reviewer can change."""
    return any(a.get(name) != b.get(name) for name in (*EDITABLE, "evidence"))
