"""The articles to review: least confident first, filtered, with the reviewer's progress.

The queue holds the articles the pipeline analysed (status `done`) and any article with a
review; articles that triage set aside unparsed (status `skipped`) are listed apart, under
the filter `set=triaged`, as a place to look for missed events. An article's confidence is
its least confident current event; articles with no event come last.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pipeline.review.corrections import IN_REVIEW, REVIEWED, STALE, UNREVIEWED
from pipeline.store import Store

REVIEW_FILTERS = {
    "todo": (UNREVIEWED, IN_REVIEW, STALE), "unreviewed": (UNREVIEWED,), "in_review": (IN_REVIEW,),
    "reviewed": (REVIEWED,), "stale": (STALE,), "all": (UNREVIEWED, IN_REVIEW, REVIEWED, STALE),
}
SETS = ("analysed", "triaged", "all")


@dataclass
class Filters:
    country: str = ""
    restriction: str = ""
    status: str = ""
    review: str = "todo"
    set: str = "analysed"

    @classmethod
    def from_args(cls, args: Any) -> Filters:
        filters = cls(**{name: (args.get(name) or "").strip() for name in ("country", "restriction", "status", "review", "set")})
        filters.review = filters.review if filters.review in REVIEW_FILTERS else "todo"
        filters.set = filters.set if filters.set in SETS else "analysed"
        return filters

    def as_args(self) -> dict[str, str]:
        """The non-default filters, for links that keep them."""
        default = Filters()
        return {name: value for name, value in vars(self).items() if value != getattr(default, name)}


@dataclass
class Item:
    """One article in the queue."""

    key: str
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    status: str
    review: str
    confidence: float | None = None
    n_events: int = 0
    countries: set[str] = field(default_factory=set)
    restrictions: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        return self.title or self.key


def all_items(store: Store) -> dict[str, Item]:
    """Every stored article (errors aside) with what the queue shows of it."""
    rows = store.db.execute(
        "SELECT a.key, a.article_id, a.status, a.metadata, r.content_hash = a.content_hash,"
        " EXISTS (SELECT 1 FROM review_events v WHERE v.article_key = a.key AND v.state = 'pending')"
        " FROM articles a LEFT JOIN reviews r ON r.article_key = a.key WHERE a.status != 'error'"
    )
    items = {}
    for key, article_id, status, metadata, current, pending in rows:
        meta = json.loads(metadata)
        review = UNREVIEWED if current is None else STALE if not current else IN_REVIEW if pending else REVIEWED
        items[key] = Item(key, article_id, meta.get("title"), meta.get("outlet"), meta.get("published"), status, review)
    events = store.db.execute(
        "SELECT article_key, json_extract(record, '$.confidence'), json_extract(record, '$.country'),"
        " json_extract(record, '$.restriction'), json_extract(record, '$.status') FROM temp.current_events"
    )
    for key, confidence, country, restriction, status in events:
        item = items.get(key)
        if item is None:
            continue
        item.n_events += 1
        if confidence is not None:
            item.confidence = confidence if item.confidence is None else min(item.confidence, confidence)
        item.countries.add(country or "")
        item.restrictions.add(restriction)
        item.statuses.add(status)
    return items


def _in_set(item: Item, name: str) -> bool:
    reviewed = item.review != UNREVIEWED
    if name == "analysed":
        return item.status == "done" or reviewed
    if name == "triaged":
        return item.status == "skipped" and not reviewed
    return True


def queue(store: Store, filters: Filters, items: dict[str, Item] | None = None) -> list[Item]:
    """The articles the filters let through, least confident first (no events last)."""
    wanted = REVIEW_FILTERS[filters.review]
    out = [
        item for item in (items if items is not None else all_items(store)).values()
        if _in_set(item, filters.set) and item.review in wanted
        and (not filters.country or filters.country in item.countries)
        and (not filters.restriction or filters.restriction in item.restrictions)
        and (not filters.status or filters.status in item.statuses)
    ]
    return sorted(out, key=lambda i: (i.confidence is None, i.confidence or 0.0, i.published or "", i.key))


def progress(store: Store, items: dict[str, Item] | None = None) -> tuple[int, int]:
    """(articles reviewed, articles in the queue): "37 of 120 articles reviewed"."""
    counted = [item for item in (items if items is not None else all_items(store)).values() if _in_set(item, "analysed")]
    return sum(item.review == REVIEWED for item in counted), len(counted)


def choices(store: Store) -> dict[str, list[str]]:
    """The countries, restrictions and statuses present, for the filter menus."""
    found: dict[str, set[str]] = {"country": set(), "restriction": set(), "status": set()}
    rows = store.db.execute(
        "SELECT DISTINCT json_extract(record, '$.country'), json_extract(record, '$.restriction'),"
        " json_extract(record, '$.status') FROM temp.current_events"
    )
    for country, restriction, status in rows:
        found["country"].add(country or "")
        found["restriction"].add(restriction)
        found["status"].add(status)
    return {name: sorted(v for v in values if v) for name, values in found.items()}


def next_key(items: list[Item], current: str) -> str | None:
    """The article after `current` in the queue; the first one if `current` has left it."""
    keys = [item.key for item in items]
    if current in keys:  # after the last, back to the first (the reviewer skipped them)
        following = keys[keys.index(current) + 1:] + keys[:keys.index(current)]
        return following[0] if following else None
    return keys[0] if keys else None
