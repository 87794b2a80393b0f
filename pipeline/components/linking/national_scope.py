"""Whether a scope word ("nationwide", "countrywide") tells the scope of the measure or of
something else the sentence names.

"The internet was restricted in Almaty since nationwide protests erupted": the word is the
adjective of "protests", how far the unrest spread, and a reader still places the cut in
Almaty. Written as the adjective of the measure or of what it cut ("a nationwide
shutdown", "a nationwide internet ban"), or anywhere else in the sentence ("cut
nationwide", "blocked across the country"), it is the measure's scope. The test reads the
parse only: the noun the word qualifies is a measure or a service when an earlier stage
tagged it as a trigger or as what was cut."""

from __future__ import annotations

from spacy.tokens import Span

# Labels of the spans whose noun a scope word may qualify and still be the measure's.
MEASURE_LABELS = frozenset({"TRIGGER", "SERVICE", "PLATFORM"})


def scope_of_something_else(span: Span, measure_spans: list[Span]) -> bool:
    """A one-word scope span that is the adjective of a noun no measure span covers
    ("nationwide protests", "the countrywide curfew")."""
    root = span.root
    if len(span) != 1 or root.dep_ != "amod" or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = root.head.i
    return not any(s.start <= head < s.end for s in measure_spans if s.label_ in MEASURE_LABELS)
