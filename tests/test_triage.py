"""Triage: its shortcut (words looked up before the expressions run) changes no decision, and
it passes what the pipeline can find an event in and little else."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.article import Article
from pipeline.readers import iter_articles
from pipeline.components.patterns import MODELS_DIR
from pipeline.components.trigger_checks import VETO_ANYWHERE
from pipeline.triage import PARAGRAPH_BREAK, authority_words, default_triage, matches

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
    objects = [m.start() for m in triage.objects.finditer(text)]
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
    return any(triage.counts(text, at, objects, breaks) for at in triggers)


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


def test_a_telecom_word_in_another_paragraph_does_not_count() -> None:
    triage = default_triage()
    assert not triage.is_candidate("Ferry crossings were suspended for a second day.\n\nMobile phone signal was patchy on the islands.")
    assert triage.is_candidate("Ferry crossings were suspended, and mobile phone signal was cut on the islands.")


def test_a_technical_cause_vetoes_a_trigger_unless_an_authority_is_named() -> None:
    triage = default_triage()
    results = "Spending will fall this year, the group said, as it switches off its 3G network and reuses the frequencies."
    assert not triage.is_candidate(results)
    assert not triage.is_candidate("Mobile data was cut across the valley after the storm brought down towers.")
    assert triage.is_candidate("The authorities switched off the 3G network in the province on Friday.")
    assert triage.is_candidate("The regulator ordered operators to cut mobile data in the province during the storm.")
    # the cause must stand in the trigger's sentence
    assert triage.is_candidate("The storm passed on Monday. Operators cut mobile data in the province on Tuesday.")


def test_the_veto_follows_the_pipeline_and_reads_every_authority_pattern() -> None:
    triage = default_triage()
    assert triage.vetoes.search("a subsea cable") and triage.vetoes.search("the 3G network")
    vocab_ids = set(json.loads((MODELS_DIR / "vocab" / "triage.json").read_text("utf-8"))["veto_cue_ids"])
    assert vocab_ids == set(VETO_ANYWHERE)
    index = authority_words(triage.authority_files)
    assert index is not None and "regulator" in index and "authorities" in index


def test_verbs_the_trigger_patterns_know_pass_triage() -> None:
    """"Snapped" is a trigger of vocab/triggers.jsonl: triage keeps its article."""
    assert default_triage().is_candidate("Curfew was imposed in the old city.\n\nInternet connections and mobile networks were snapped.")


def test_abbreviations_that_end_no_sentence_are_data(monkeypatch):
    """A full stop after a title ("Gen.") ends no sentence, and the list is read from
    vocab/triage.json, so a researcher can add one without code."""
    from pipeline import triage

    text = "Gen. Maw ordered the cut. Mobile data went off in Hpakant."
    assert "gen" in json.loads((MODELS_DIR / "vocab" / "triage.json").read_text("utf-8"))["abbreviations"]
    assert triage.sentence_bounds(text, 5, 0, len(text)) == (0, 25)
    monkeypatch.setattr(triage, "abbreviations", lambda: frozenset())
    assert triage.sentence_bounds(text, 5, 0, len(text)) == (5, 25)
