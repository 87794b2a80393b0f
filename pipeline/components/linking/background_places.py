"""The place of a background measure: one told with a date a year or more before the report.

Such a measure is mostly recalled in a line ("the internet had also been cut in 2016, during
the emergency declared after protests in two regions"): the regions that sentence names sit
in the phrase of what the old cut came after or amid, where the unrest was, and say nothing
of where the cut bit; a coder leaves the old measure in its country. The report's own,
current measure is another matter: a region in its circumstances may well be its own ("cut
as clashes spread in Manipur"), and `places.beside_the_measure` decides for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from pipeline.components.linking.dates import long_before, when
from pipeline.components.linking.place_phrases import place_words
from pipeline.components.linking.places import PLACE_LABELS, is_location, pick
from pipeline.components.rules import governing_verb

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention


def placed_by_its_circumstances(m: Mention, part: list[Span], trigs: list[Span], ctx: ArticleContext) -> bool:
    """A background measure whose region comes only from places in phrases of what it came
    after or amid ("after months of protests in A and B")."""
    if not m.region or not long_before(when([m]), ctx.published):
        return False
    stops = {t.root.i for t in trigs} | {v.i for t in trigs if (v := governing_verb(t.root)) is not None}
    places = [s for s in part if s.label_ in PLACE_LABELS and is_location(s, ctx) and pick(s.id_, ctx) == m.region]
    return bool(places) and all(in_circumstance(s, stops, ctx.rules) for s in places)


def in_circumstance(span: Span, stops: set[int], rules: dict) -> bool:
    """The place hangs, below the measure's words, in a phrase of time or cause ("after",
    "during", "following", "in response to")."""
    nouns = place_words()["circumstance_nouns"]
    for t in span.root.ancestors:
        if t.i in stops:
            return False
        if t.dep_ == "prep" and (t.lower_ in rules["circumstance_preps"] or t.head.lower_ in nouns):
            return True
    return False
