"""Per-article events -> canonical events: one record per measure, however many outlets reported it.

A timeline that lists one cut-off twelve times is useless, one that merges two provinces'
measures is wrong; so two reports merge only when nothing in them disagrees (see
docs/merging.md for the rule as researchers read it). Clustering is complete-linkage over
a fixed order of the events, so the result depends on the events, not on the input order,
and an undated report cannot chain two incompatible dates together.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

PRECISION = {4: "year", 7: "month", 10: "day"}
# An unspecified "internet" report is compatible with a report naming the kind of access.
_SERVICE_FAMILY = {"mobile_internet": "internet", "fixed_internet": "internet"}
# Actor kinds whose names tell organisations apart: two carriers (or platforms) with no name in
# common are two measures. Governments, police, regulators and courts are named too loosely
# across outlets ("authorities", "the ministry", an acronym) to tell two bodies apart.
ACTOR_CONFLICT_KINDS = ("carrier", "platform")
# A name made only of these words names no particular organisation ("mobile operators", "the
# country's telecom companies"): it agrees with any name of its kind.
_GENERIC_ACTOR_WORDS = frozenset("""
    operator operators carrier carriers provider providers company companies firm firms telco telcos
    isp isps telecom telecoms telecommunications mobile phone network networks internet service services
    cellular wireless broadband all local state private major main several two three four country s its their
    and of platform platforms app apps social media
""".split())


@dataclass(frozen=True)
class MergeOptions:
    """Thresholds of the merge rule.

    day_window: days two day-precision start dates may differ and still merge (the differing
        dates are then flagged in `date_conflicts`); 0 means they must be equal.
    require_service_overlap: when true, two reports must name a common service; by default a
        report that names no service is compatible with any.
    """

    day_window: int = 0
    require_service_overlap: bool = False


def canonicalize(events: Iterable[dict], options: MergeOptions = MergeOptions()) -> tuple[list[dict], dict[str, str]]:
    """Group asserted events into canonical events; return them (timeline order) and event_id -> canonical_id.

    Negated and hypothetical events are never merged and get no canonical id.
    """
    unique: dict[str, dict] = {}
    for event in sorted((e for e in events if e.get("status") == "asserted"), key=report_order):
        unique.setdefault(event["event_id"], event)  # one article read twice is not two reports
    groups: dict[tuple, list[dict]] = {}
    for event in unique.values():
        groups.setdefault(place_key(event), []).append(event)

    canonical = [c for key in sorted(groups) for c in canonical_events(groups[key], options)]
    canonical.sort(key=timeline_key)
    mapping = {source["event_id"]: c["canonical_id"] for c in canonical for source in c["sources"]}
    return canonical, mapping


def canonical_events(reports: list[dict], options: MergeOptions = MergeOptions()) -> list[dict]:
    """The canonical events of the asserted reports of one place (one `place_key`, each
    event_id once): merging never looks across places, so a caller can hold one place at a time."""
    return [_canonical_record(members) for members in _cluster(reports, options)]


def timeline_key(canonical: dict) -> tuple:
    """Timeline order: by start date, undated last, then place, restriction and id."""
    return (canonical["date_start"] is None, canonical["date_start"] or "", canonical["country"] or "",
            canonical["province_code"] or "", canonical["restriction"], canonical["canonical_id"])


def add_merge_arguments(parser: argparse.ArgumentParser) -> None:
    """The merge thresholds as command-line options, shared by every command that merges."""
    parser.add_argument("--day-window", type=int, default=0, metavar="DAYS",
                        help="merge reports whose day-level start dates differ by up to DAYS days, "
                             "flagging the difference as a conflict (default 0: dates must be equal)")
    parser.add_argument("--require-service-overlap", action="store_true",
                        help="merge two reports only when they name a common service")


def merge_options(args: argparse.Namespace) -> MergeOptions:
    if args.day_window < 0:
        from pipeline.cli import UsageError

        raise UsageError("--day-window must be 0 or more")
    return MergeOptions(day_window=args.day_window, require_service_overlap=args.require_service_overlap)


def dates_agree(a: str | None, b: str | None, day_window: int = 0) -> bool:
    """Two partial ISO dates agree when either is missing or they are equal at their common precision."""
    if a is None or b is None:
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= day_window
    common = min(len(a), len(b))
    return a[:common] == b[:common]


def compatible(a: dict, b: dict, options: MergeOptions) -> bool:
    """Could two reports of the same place describe the same measure?"""
    if a["restriction"] != b["restriction"] and "other" not in (a["restriction"], b["restriction"]):
        return False
    if _country_alone_undated(a) and _country_alone_undated(b) and a.get("article_id") != b.get("article_id"):
        return False  # two articles that share only a country and give no date share no measure
    if places_conflict(a, b) or actors_conflict(a, b):
        return False
    services_a, services_b = _service_keys(a), _service_keys(b)
    if not services_a & services_b and (options.require_service_overlap or (services_a and services_b)):
        return False
    platforms_a, platforms_b = set(a.get("platforms") or []), set(b.get("platforms") or [])
    if platforms_a and platforms_b and not platforms_a & platforms_b:
        return False  # "Google blocked" and "Facebook blocked" are two measures
    return dates_agree(a.get("date_start"), b.get("date_start"), options.day_window)


def _country_alone_undated(event: dict) -> bool:
    """An undated report placed only by its country: no province, no city, no start date."""
    return not (event.get("date_start") or event.get("province_code") or event.get("province") or event.get("city"))


def places_conflict(a: dict, b: dict) -> bool:
    """Two reports name different places inside one country: different ISO 3166-2 codes, or two
    different cities (a report naming no city or no code is compatible with one that does)."""
    codes = {a.get("province_code"), b.get("province_code")} - {None, ""}
    cities = {_fold(a.get("city")), _fold(b.get("city"))} - {""}
    return len(codes) > 1 or len(cities) > 1


def actors_conflict(a: dict, b: dict) -> bool:
    """Two reports name different organisations doing the measure: for a kind whose names tell
    organisations apart (carriers, platforms; see ACTOR_CONFLICT_KINDS), both name some and no
    name of one agrees with a name of the other. "Henan Mobile" and "China Mobile Henan" agree
    (one's words contain the other's); "China Mobile" and "China Unicom" conflict. Kinds whose
    names vary by outlet for one body ("authorities", "the interior ministry") never conflict."""
    for kind in ACTOR_CONFLICT_KINDS:
        names_a = [x["name"] for x in a.get("actors") or [] if x.get("kind") == kind]
        names_b = [x["name"] for x in b.get("actors") or [] if x.get("kind") == kind]
        if names_a and names_b and not any(_names_agree(x, y) for x in names_a for y in names_b):
            return True
    return False


def _names_agree(x: str, y: str) -> bool:
    """Case-folded, leading "the" dropped: one name's words contain the other's, or the names are
    equal once spaces and punctuation are dropped ("Ethio Telecom", "Ethiotelecom"); a generic name
    ("mobile operators") agrees with any."""
    words_x, words_y = _name_words(x), _name_words(y)
    if words_x <= _GENERIC_ACTOR_WORDS or words_y <= _GENERIC_ACTOR_WORDS:
        return True
    return (words_x <= words_y or words_y <= words_x
            or re.sub(r"\W", "", _fold(x)) == re.sub(r"\W", "", _fold(y)))


def _name_words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", _fold(name)))


def _service_keys(event: dict) -> set[str]:
    services = set(event.get("services") or [])
    return services | {_SERVICE_FAMILY[s] for s in services if s in _SERVICE_FAMILY}


def place_key(event: dict) -> tuple[str, str, str]:
    """Events merge only within one place; an event with no country is a place of its own."""
    if not event.get("country"):
        return ("", "", event["event_id"])
    code = event.get("province_code")
    return (event["country"], code or "", "" if code else _fold(event.get("province")))


def report_order(event: dict) -> tuple:
    """Earliest-published first; undated publications last; event_id breaks ties."""
    return (event.get("published") is None, event.get("published") or "", event["event_id"])


def _seed_order(event: dict) -> tuple:
    """Most specific reports first, so they found the clusters and vaguer ones join them."""
    start = event.get("date_start")
    return ((-len(start)) if start else 0, start or "", event["restriction"] == "other",
            not event.get("services"), event["restriction"], sorted(event.get("services") or []),
            *report_order(event))


def _cluster(events: list[dict], options: MergeOptions) -> list[list[dict]]:
    """Complete linkage: an event joins a cluster only if it is compatible with every member.

    When it fits several, it joins the one with the earliest start date (then the first made).
    """
    clusters: list[list[dict]] = []
    for event in sorted(events, key=_seed_order):
        fits = [i for i, members in enumerate(clusters) if all(compatible(event, m, options) for m in members)]
        if fits:
            best = min(fits, key=lambda i: (_best_date(clusters[i], "date_start", latest=False) or "~", i))
            clusters[best].append(event)
        else:
            clusters.append([event])
    return clusters


def _best_date(members: list[dict], field: str, *, latest: bool) -> str | None:
    """The most precise date the members report; among several, the most reported, then earliest (or latest)."""
    dates = [m[field] for m in members if m.get(field)]
    if not dates:
        return None
    precise = max(len(d) for d in dates)
    counts = Counter(d for d in dates if len(d) == precise)
    return max(counts, key=lambda d: (counts[d], d if latest else _invert(d)))


def _invert(iso: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in iso.split("-"))


def _canonical_record(members: list[dict]) -> dict:
    members = sorted(members, key=report_order)
    day_dates = sorted({m["date_start"] for m in members if m.get("date_start") and len(m["date_start"]) == 10})
    date_start = _best_date(members, "date_start", latest=False)
    restrictions = [m["restriction"] for m in members if m["restriction"] != "other"]
    published = [m["published"] for m in members if m.get("published")]
    return {
        "canonical_id": "ce-" + hashlib.sha256(members[0]["event_id"].encode("utf-8")).hexdigest()[:16],
        "restriction": restrictions[0] if restrictions else "other",
        "country": members[0].get("country"),
        "province": _first(m.get("province") for m in members),
        "province_code": members[0].get("province_code"),
        "city": _most_common(m.get("city") for m in members),
        "date_start": date_start,
        "date_precision": PRECISION.get(len(date_start)) if date_start else None,
        "date_end": _best_date(members, "date_end", latest=True),
        "date_conflicts": day_dates if len(day_dates) > 1 else [],
        "conflict": len(day_dates) > 1,
        "actors": _union((a for m in members for a in m.get("actors") or []), key=lambda a: _fold(a["name"])),
        "services": _union(s for m in members for s in m.get("services") or []),
        "platforms": _union(p for m in members for p in m.get("platforms") or []),
        "targets": _union((t for m in members for t in m.get("targets") or []), key=_fold),
        "remedies": _union(r for m in members for r in m.get("remedies") or []),
        "justification": _union(j for m in members for j in m.get("justification") or []),
        "n_articles": len({m["article_id"] for m in members}),
        "n_outlets": len({key for m in members if (key := _outlet_key(m))}),
        "first_reported": min(published) if published else None,
        "confidence": max(float(m.get("confidence") or 0.0) for m in members),
        "sources": [_source(m) for m in members],
    }


def _source(event: dict) -> dict:
    """One report of a canonical event; its own dates are kept so no reported value is lost."""
    return {
        "article_id": event["article_id"], "event_id": event["event_id"], "url": event.get("url"),
        "title": event.get("title"), "outlet": event.get("outlet"), "published": event.get("published"),
        "date_start": event.get("date_start"), "date_end": event.get("date_end"),
        "evidence": [e["text"] for e in event.get("evidence") or []],
    }


def _outlet_key(event: dict) -> str:
    """The outlet's name, else the web host of its URL; an article with neither counts no outlet."""
    if event.get("outlet"):
        return _fold(event["outlet"])
    host = urlsplit(event.get("url") or "").hostname or ""
    return host.removeprefix("www.")


def _fold(text: str | None) -> str:
    words = (text or "").casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _most_common(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v]
    if not present:
        return None
    counts = Counter(present)
    return max(counts, key=lambda v: (counts[v], -present.index(v)))


def _union(values: Iterable, key=lambda v: v) -> list:
    """Distinct values in order of first report."""
    seen: set = set()
    out = []
    for value in values:
        if (k := key(value)) not in seen:
            seen.add(k)
            out.append(value)
    return out
