"""A country's capital named without its name ("in the national capital", "the federal
capital", "in the capital"), for the `cutoff_places` stage.

A reader takes these words for the capital city of the country the article is about, and
places a measure there as if the city were named ("data was switched off across the
national capital" in an Indian report is Delhi).

The capital comes from the place index (its CAPITAL flag), so every country is covered
without a list of capitals. A capital the text names ("the capital, Baghdad", "the capital
Nur-Sultan") is read from its name, and "the capital of Punjab" or "the provincial capital"
is another place: neither is made here. A capital qualified by a place or a demonym ("the
Ethiopian capital", "Kashmir's capital") is read in `qualified_capital`."""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.components.capital_phrase import capital_head, capital_word, named_after
from pipeline.components.patterns import MODELS_DIR
from pipeline.components.place_index import Candidate, Mention, PlaceIndex
from pipeline.components.qualified_capital import capital_of_qualifier, place_qualified, qualified_capitals, qualifier

SOURCE = "capital"


@lru_cache(maxsize=1)
def capital_qualifiers() -> frozenset[str]:
    """Adjectives that say the capital is the country's (models/places/vocab.json)."""
    return frozenset(json.loads((MODELS_DIR / "places/vocab.json").read_text("utf-8"))["capital_qualifiers"])


def unnamed_capitals(doc: Doc) -> list[Mention]:
    """Mentions of "the [national | federal] capital" with no name after it; their
    candidates are filled once the article's other places are read."""
    out: list[Mention] = []
    for t in doc:
        head = capital_head(t)
        if head is None or named_after(doc, head):
            continue
        before = [c for c in head.children if c.i < t.i]
        quals = [c for c in before if c.lower_ != "the"]
        if not any(c.lower_ == "the" for c in before) or any(c.lower_ not in capital_qualifiers() for c in quals):
            continue  # "the provincial capital", "the Tibetan capital", "Bavaria's capital": not the country's
        start = min((c.i for c in quals), default=t.i)
        out.append(Mention(start, head.i + 1, start, head.i + 1, SOURCE))
    return out


def add_unnamed_capitals(doc: Doc, found: list[Mention], index: PlaceIndex) -> None:
    """Put the qualified capitals in place of their qualifiers; add the unnamed capitals
    that overlap no mention found."""
    place_qualified(found, qualified_capitals(doc, index))
    found.extend(m for m in unnamed_capitals(doc) if not any(o.span_start < m.span_end and m.span_start < o.span_end for o in found))


def capital_candidates(doc: Doc, mentions: list[Mention], index: PlaceIndex) -> list[Mention]:
    """The unnamed capitals among `mentions`, each with the capital of the country the
    article's other place mentions name most as its one candidate, when one country leads
    (none otherwise). They are resolved apart, after the named places, so that they weigh
    nothing in how those are read."""
    named = Counter(cs.pop() for m in mentions if m.source != SOURCE and len(cs := {c.country for c in m.cands}) == 1)
    ranked = named.most_common(2)
    article = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    caps = [m for m in mentions if m.source == SOURCE]
    for m in caps:
        q = qualifier(doc, doc[m.end - 1], capital_word(doc[m.end - 1]))
        qualified = capital_of_qualifier(index, q.text) if q is not None and q.start == m.start else ()
        m.cands = qualified or (capital_of(index, article) if article else ())
        m.cue = True
    return caps


def capital_of(index: PlaceIndex, country: str) -> tuple[Candidate, ...]:
    """The capital city of `country` in the index, as a one-candidate tuple (or none)."""
    found = index.capitals.get(country)
    return (found,) if found else ()
