"""An input record's metadata, whatever a scraper called it, made into an `Article`.

news-please, Media Cloud, newspaper and front matter name the same fields differently, and
write dates in several layouts; this is where those names and layouts are listed.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime
from typing import Any

from pipeline.article import Article

TEXT_FIELDS = ("text", "maintext", "body", "content")
# Alternative field names used by news-please, Media Cloud and newspaper, in order of preference.
FIELD_ALIASES = {
    "id": ("id",),
    "url": ("url",),
    "title": ("title",),
    "outlet": ("outlet", "source_domain", "media_name", "source"),
    "published": ("published", "date_publish", "publish_date", "date"),
    "language": ("language", "lang"),
}

ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+\-Z]+)?)?)?$")
# Non-ISO date layouts seen in scraped metadata, with the precision each one supports.
DATE_FORMATS = (
    ("%Y/%m/%d", "%Y-%m-%d"),
    ("%d.%m.%Y", "%Y-%m-%d"),
    ("%B %d, %Y", "%Y-%m-%d"),
    ("%b %d, %Y", "%Y-%m-%d"),
    ("%d %B %Y", "%Y-%m-%d"),
    ("%d %b %Y", "%Y-%m-%d"),
    ("%B %Y", "%Y-%m"),
    ("%b %Y", "%Y-%m"),
)


def make_article(text: str, source: str, record: dict[str, Any]) -> Article:
    """An Article from `text` and whichever metadata names `record` uses."""
    fields = {name: first_field(record, aliases) for name, aliases in FIELD_ALIASES.items()}
    fields["published"] = normalize_published(fields["published"])
    return Article(text=text, source=source, id=fields.pop("id") or "", **fields)


def first_field(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, dict):  # NewsAPI-style {"source": {"id": ..., "name": "BBC"}}
            value = value.get("name")
        value = "" if value is None else str(value).strip()
        if value:
            return value
    return None


def normalize_published(value: str | None) -> str | None:
    """An ISO date string as precise as the input gives it, or None if it is not a date.

    ISO forms (`2015-11`, `2021-09-03 08:15:00`, `...T08:15:00Z`) are kept as written; RFC 2822
    (RSS feeds) and a few spelled-out layouts are converted, keeping only the precision they carry.
    """
    if not value:
        return None
    if ISO_PARTIAL.match(value):
        return value
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (ValueError, TypeError, IndexError):
        pass
    for layout, iso in DATE_FORMATS:
        try:
            return datetime.strptime(value, layout).strftime(iso)
        except ValueError:
            continue
    return None
