"""The date a sentence that adds to the one before carries over from it.

"Mobile data had been cut since Friday. In addition, Signal and Viber were blocked." The
second sentence names no time; its opening words ("in addition", "also", "moreover")
tell the reader it adds a second measure to the first, at the same time, and a coder
dates it by the sentence before. Only the last date of that sentence that tells when
something happened counts: not the day someone spoke ("the ministry said on Monday"),
the day a measure ended or came back ("until Monday"), nor one after publication.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Span

from pipeline.components.date_resolve import time_words
from pipeline.components.linking.date_roles import restore_verbs
from pipeline.components.linking.dates import parse_day
from pipeline.components.rules import governing_verb

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention


def added_date(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """The date of the sentence before, for an undated asserted measure whose first sentence
    opens with an additive connective (models/vocab/date_guards.json `additive_openers`)."""
    if group[0].status != "asserted":
        return None
    first = min((m.sent for m in group), key=lambda s: s.start)
    if first.start == 0 or not opens_additively(first):
        return None
    before = ctx.doc[first.start - 1].sent
    if any(before.start <= t.start < before.end and t.label_ == "LIFT" for t in ctx.triggers):
        return None
    published = parse_day(ctx.published)
    for d in sorted((d for d in ctx.dates if before.start <= d.start < before.end), key=lambda d: -d.start):
        if d.label_ != "DATE" or not d._.date or "end" in d._.date or not told_as_happening(d, ctx.rules):
            continue
        if published is not None and dt.date.fromisoformat(first_day(d._.date["value"])) > published:
            continue
        return {**d._.date, "role": "start"}
    return None


def opens_additively(sent: Span) -> bool:
    """The sentence opens with "In addition", "Also", "Moreover" ..."""
    words = [t.lower_ for t in sent if not t.is_space][:3]
    return any(words[:len(opener.split())] == opener.split() for opener in time_words("vocab/date_guards.json")["additive_openers"])


def told_as_happening(date: Span, rules: dict) -> bool:
    """Not the day of speaking, of a restoration, nor the end of a span ("until Monday")."""
    verb = governing_verb(date.root)
    if verb is not None and verb.lemma_.lower() in rules["report_verbs"] | rules["announce_verbs"] | restore_verbs():
        return False
    return (date.doc[date.start - 1].lower_ if date.start else "") not in rules["end_preps"]


def first_day(value: str) -> str:
    """The first day of a date of any precision ("2024-07" -> "2024-07-01")."""
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]
