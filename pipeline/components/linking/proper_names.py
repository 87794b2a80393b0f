"""A generic actor word inside a body's proper name ("the Delhi Police Special Cell", "the
Punjab Police Cyber Crime Wing"): the gazetteer matches only the word ("Police"), which the
parser makes a modifier of the name's last word; the body is the whole name, and it is
that name's place in the clause that says whether it cut or ordered the measure. So is an
office written with the place it serves ("Deputy Commissioner Nuh", "District Collector
Jaipur"): the parser makes the title a modifier of the place, and the office is the two."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.linking.orders import ACTOR_RULES
from pipeline.components.linking.place_phrases import place_words
from pipeline.components.rules import load_rules


def whole_name(span: Span) -> Span | None:
    """The proper name of a body a capitalised generic actor word is a modifier in, as a span
    of the same label and id ending at the name's head, a unit word ("Cell", "Wing") or the
    place an office title serves ("Commissioner Nuh"); None when the word is no part of such a
    name ("police vans", "the Police Commissioner X")."""
    last = span.doc[span.end - 1]
    if last.lower_ in place_words()["office_titles"] and last.dep_ == "compound" and last.head.i == span.end and last.head.pos_ == "PROPN":
        return Span(span.doc, span.start, span.end + 1, label=span.label_, span_id=span.id_)  # "Deputy Commissioner Nuh"
    root = span.root
    head = root.head
    if root.dep_ != "compound" or root.pos_ != "PROPN" or head.pos_ != "PROPN" or head.i < root.i:
        return None
    if head.lower_ not in load_rules(ACTOR_RULES)["unit_nouns"]:
        return None
    if not all(t.pos_ == "PROPN" for t in span.doc[root.i : head.i + 1]):
        return None
    start = min(t.i for t in head.lefts if t.pos_ == "PROPN") if any(t.pos_ == "PROPN" for t in head.lefts) else root.i
    return Span(span.doc, min(start, span.start), head.i + 1, label=span.label_, span_id=span.id_)


def describes_named(span: Span, named: list[Span]) -> bool:
    """A generic actor word in apposition to a body named just before it ("the Supreme
    National Security Council, the country's top security body"): it says what that body
    is, and the named body is the one credited, not a second actor."""
    root = span.root
    return root.dep_ == "appos" and any(s.start <= root.head.i < s.end for s in named)


def description_of_named(span: Span, named: list[Span]) -> bool:
    """A body's description written beside its name, before it ("the Russian communications
    regulator Roskomnadzor", where the parser makes the description a modifier of the name
    or the name an apposition of it): the name is the actor, the description no second one."""
    root = span.root
    names = {i for s in named if not s.start <= root.i < s.end for i in range(s.start, s.end)}  # the other named bodies' words
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.doc[c.i - 1].text != "("]  # not "(MoTC)", its short name
    return root.dep_ == "compound" and root.head.i in names or any(c.i in names for c in appositions)
