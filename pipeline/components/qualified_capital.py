"""A capital named by whose it is rather than by its name ("the Ethiopian capital",
"Ethiopia's capital", "the Tibetan capital", "Kashmir's capital"), for the `cutoff_places`
stage.

A reader takes these words for the capital of the place the qualifier names, and places a
measure there as if the city were named: a country's capital is its national capital
("the Indian capital" is Delhi), a region's is a city of that region ("the Tibetan
capital" is in Tibet, never in the country's capital). Read word by word, the qualifier
alone would make the measure national (a country or a country's demonym) or leave a
regional demonym out, so the qualifier and "capital" become one mention whose candidates
follow from the qualifier's: the CAPITAL-flagged city of each country it may name, and
the region itself for each region it may name. The resolver ranks them with the article's
other places ("the Kurdish capital" in an Iraqi report is in the Kurdistan Region).

A capital named right after ("Ethiopia's capital, Addis Ababa") is read from its name, and
a lowercase qualifier ("the provincial capital", "the national capital") is not a name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.components.capital_phrase import capital_head, named_after
from pipeline.components.place_index import Candidate, Mention, PlaceIndex

QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
QUALIFIER_KINDS = frozenset({"country", "region", "demonym"})


def qualifier(doc: Doc, head: Token, word: Token) -> Span | None:
    """The capitalised name right before `word` ("capital") that says whose capital it is,
    a dependent of the phrase's `head` ("capital", or "city" after it): "the [Ethiopian]
    capital", "[Ethiopia]'s capital city", "the [Jammu and Kashmir] capital"."""
    heads = [c for c in head.children if c.i < word.i and c.dep_ in QUALIFIER_DEPS and c.text[:1].isupper()]
    if len(heads) != 1:
        return None
    tokens = [w for w in heads[0].subtree if w.dep_ != "case" and w.lower_ != "the" and w.i < word.i]
    if not tokens or tokens[-1].i + 1 + (heads[0].dep_ == "poss") != word.i:
        return None  # the name must touch "capital" (or its "'s")
    span = doc[tokens[0].i : tokens[-1].i + 1]
    return span if len(span) <= 4 else None


def capital_of_qualifier(index: PlaceIndex, text: str) -> tuple[Candidate, ...]:
    """The capitals the qualifier `text` may point to: each country's capital city, each
    region as itself (its capital is a city of that region), in the index's order. A
    country whose capital the index does not flag keeps the qualifier's own reading."""
    out: list[Candidate] = []
    for c in index.lookup(text):
        if c.kind not in QUALIFIER_KINDS:
            continue
        found = Candidate(c.country, c.adm1, "region", c.pop, c.name) if c.adm1 else index.capitals.get(c.country, c)
        if all((o.country, o.adm1) != (found.country, found.adm1) for o in out):
            out.append(found)
    return tuple(out)


def qualified_capitals(doc: Doc, index: PlaceIndex) -> list[tuple[Mention, Span]]:
    """The mentions "<qualifier> capital" of `doc`, each with its qualifier, where the
    qualifier is a place or a demonym the index knows and no name follows "capital"."""
    out: list[tuple[Mention, Span]] = []
    for t in doc:
        head = capital_head(t)
        if head is None or named_after(doc, head):
            continue
        q = qualifier(doc, head, t)
        if q is not None and any(c.kind in QUALIFIER_KINDS for c in index.lookup(q.text)):
            out.append((Mention(q.start, head.i + 1, q.start, head.i + 1, "capital"), q))
    return out


def place_qualified(found: list[Mention], capitals: list[tuple[Mention, Span]]) -> None:
    """Put each qualified capital in place of the mentions inside it (the qualifier read as
    a country or a demonym), unless a longer mention already covers it."""
    for m, _ in capitals:
        inside = [o for o in found if m.span_start <= o.span_start and o.span_end <= m.span_end]
        if any(o.span_start < m.span_end and m.span_start < o.span_end for o in found if o not in inside):
            continue
        for o in inside:
            found.remove(o)
        found.append(m)
