"""Triage's shortcut (words looked up before the expressions run) changes no decision."""

from __future__ import annotations

from pathlib import Path

from pipeline.article import Article
from pipeline.readers import iter_articles
from pipeline.triage import _near, default_triage, matches

DATA = Path(__file__).resolve().parents[1] / "data"
TRICKY = [
    "Authorities cut mobile internet in the region on Monday.",
    "The regulator cut-off mobile data; shut-down of SMS followed.",
    "Operators SWITCHED OFF the 3G network, and calls were cut.",
    "The firm cut prices on 5G phones.",  # a commerce word next to the trigger
    "They \u017fhut down the internet.",  # long s: re.IGNORECASE reads it as 's'
    "Internet BLOC\u212a: the \u0130nternet was blocked.",  # Kelvin sign, dotted capital I
    "Mobile data was cut\u00df off, internet\u00e9 blocked.",  # word characters glued on
    "",
]


def scanned(text: str) -> bool:
    """The decision without the shortcut: both expressions over the whole text."""
    triage = default_triage()
    reach = triage.commerce_chars
    triggers = [m.start() for m in triage.triggers.finditer(text)
                if not triage.commerce.search(text, max(0, m.start() - reach), m.end() + reach)]
    return bool(triggers) and any(_near(triggers, m.start(), triage.window) for m in triage.objects.finditer(text))


def test_same_decisions_and_matches_as_a_scan() -> None:
    triage = default_triage()
    assert triage.trigger_starts is not None and triage.object_starts is not None  # the shortcut is in use
    texts = TRICKY + [a.text for a in iter_articles([DATA / "gold" / "articles", DATA / "noevent" / "articles"]) if isinstance(a, Article)]
    for text in texts:
        assert triage.is_candidate(text) == scanned(text), text[:80]
        starts = triage.word_starts(text)
        if starts is not None:
            assert [m.span() for m in matches(triage.triggers, text, starts[0])] == [m.span() for m in triage.triggers.finditer(text)]
            assert [m.span() for m in matches(triage.objects, text, starts[1])] == [m.span() for m in triage.objects.finditer(text)]
    assert triage.is_candidate(TRICKY[0]) and not triage.is_candidate(TRICKY[3])
    assert triage.word_starts(TRICKY[4]) is None and triage.is_candidate(TRICKY[4]) == scanned(TRICKY[4])
