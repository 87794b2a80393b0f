"""A measure told only by its restoration: "access began to come back yesterday, ten days
after it was cut" names no measure a trigger can hold (the cut's subject is a pronoun),
yet a coder reads the cut in it, begun ten days before the day it was lifted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from pipeline.components.linking.mentions import fill
from pipeline.components.linking.records import Mention
from pipeline.components.linking.worked_dates import counted_back, restoration_day

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext


def restored_measure(sent: Span, lifts: list[Span], spans: list[Span], dates: list[Span], ctx: ArticleContext) -> Mention | None:
    """The measure a sentence with no trigger of its own restores, when the sentence says how
    long the service was off (`worked_dates.counted_back`) and names the day it came back:
    begun that many days before that day, ended on it; None when it says no length, names
    no day or no service."""
    for lift in (t for t in lifts if t._.status == "asserted"):
        m = Mention(status="asserted", sent=sent, start=sent.start, end=sent.end, triggers=[lift], evidence=[sent])
        fill(m, [lift], spans, spans, dates, ctx, False)
        m.services |= restored_services(lift, spans)
        if not m.services:
            continue
        start = counted_back([m], ctx, within=sent)
        end = restoration_day(lift, ctx)
        if start is None or end is None or not end["text"]:  # a day the sentence names, to quote as the date's text
            continue
        m.dates = [{**start, "distance": 0}, {**end, "distance": 0, "role": "end"}]
        if m.restriction == "other":  # the restoring verb names no kind of measure: a service cut off
            m.restriction = "network_shutdown"
        return m
    return None


RESTORED_ROLES = ("dobj", "nsubj", "nsubjpass")


def restored_services(lift: Span, spans: list[Span]) -> set[str]:
    """The services named in what the restoring verb brings back, its object or subject
    ("restoring internet access", "mobile data was restored")."""
    verb = lift.root
    inside = [c for c in verb.children if c.dep_ in RESTORED_ROLES]
    return {s.id_ for s in spans if s.label_ == "SERVICE" and s.id_ != "unspecified"
            and any(c.left_edge.i <= s.root.i <= c.right_edge.i for c in inside)}
