"""The start of a long measure that a sentence tallies in days on a given day: "the valley
marked 40 days of the data blackout on Sunday", "on completion of 40 days of the blackout,
on Sunday, traders shut their shops": that Sunday is the fortieth day, so the measure began
39 days before it. Without this the Sunday, a day of the tally, would pass for the start."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.date_roles import restore_verbs
from pipeline.components.rules import governing_verb

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention


def tallied_start(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """The day a sentence of the group tallies as the measure's Nth (`tally`), less N - 1
    days; None when no sentence of an asserted group does."""
    if group[0].status != "asserted":
        return None
    measures = {i for t in ctx.triggers if t.label_ != "LIFT" for i in range(t.start, t.end)}
    for sent in {m.sent.start: m.sent for m in group}.values():
        spans = [d for d in ctx.dates if sent.start <= d.start < sent.end]
        for count in spans:
            n = tally(count, measures)
            verb = governing_verb(count.root) if n else None
            if verb is None or verb.lemma_.lower() in restore_verbs() | ctx.rules["lift_verbs"]:
                continue  # "restored after 40 days of the blackout": counted back from the restoration elsewhere
            for d in spans:
                if d.label_ == "DATE" and d._.date and d._.date["precision"] == "day" and "end" not in d._.date and governing_verb(d.root) == verb:
                    start = dt.date.fromisoformat(d._.date["value"]) - dt.timedelta(days=n - 1)
                    return {"value": start.isoformat(), "precision": "day", "text": d.text, "role": "start"}
    return None


def tally(span: Span, measures: set[int]) -> int | None:
    """N of a duration of whole days ("40 days") whose "of" names a measure ("of the
    blackout", "of the siege and communications blackout"); None else."""
    m = re.fullmatch(r"P(\d+)D", span._.duration or "") if span.label_ == "DURATION" else None
    if m is None:
        return None
    of = [c for p in span.root.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    named = [t for c in of for t in (c, *conjuncts(c))]
    return int(m[1]) if any(t.i in measures for t in named) else None


def conjuncts(token: Token) -> list[Token]:
    """The nouns joined to `token` by "and" ("the siege and [the] blackout")."""
    return [c for c in token.subtree if c.dep_ == "conj" and c.head.i != c.i and c.pos_ in ("NOUN", "PROPN")]
