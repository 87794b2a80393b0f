"""Quick start (issue 15): the compiled matchers and place index are built once per pipeline
version, written to the cache, and loaded from it by every later process with the same
results; a damaged cache is rebuilt, a new version gets a folder of its own."""

from __future__ import annotations

import spacy

from conftest import ROOT
from pipeline import DEFAULT_MODEL, compiled
from pipeline.article import Article
from pipeline.components.patterns import PatternMatcher
from pipeline.extract import events_from_doc, prepare_doc
from pipeline.nlp import build_nlp
from pipeline.readers import iter_articles
from pipeline.version import pipeline_version

PATTERNS = [
    {"label": "CITY", "pattern": "Urumqi", "id": "CN-XJ"},
    {"label": "REGION", "pattern": "new york", "attr": "LOWER", "id": "US-NY"},
    {"label": "CITY", "pattern": "New York", "id": "US-NY"},
    {"label": "SERVICE", "pattern": [{"LOWER": {"IN": ["mobile", "cellular"]}}, {"LOWER": "data"}], "id": "mobile_data"},
    {"label": "TRIGGER", "pattern": [{"LOWER": "cut"}, {"IS_PUNCT": False, "OP": "?"}, {"LOWER": "off"}], "id": "cut"},
]


def spans(matcher: PatternMatcher, doc) -> list[tuple]:
    return [(s.start, s.end, s.label_, s.id_) for s in matcher(doc)]


def test_a_pattern_matcher_loaded_from_disk_matches_as_the_one_built(tmp_path):
    nlp = spacy.blank("en")
    built = PatternMatcher(nlp)
    built.add(PATTERNS)
    built.to_disk(tmp_path / "m.msgpack")
    loaded = PatternMatcher(spacy.blank("en")).from_disk(tmp_path / "m.msgpack")
    doc = nlp("Officials cut mobile data off in Urumqi and in New York, and cellular data in NEW YORK.")
    assert spans(loaded, doc) == spans(built, doc) and len(spans(built, doc)) >= 5
    assert loaded.size == built.size and loaded.token_patterns == built.token_patterns


def events(nlp, articles) -> list[dict]:
    version = pipeline_version(DEFAULT_MODEL)
    return [e for a in articles for e in events_from_doc(nlp(prepare_doc(nlp, a)), a, version)]


def test_the_cache_is_written_once_and_gives_the_same_events(tmp_path, monkeypatch):
    monkeypatch.setenv("CUTOFF_CACHE", str(tmp_path / "cache"))
    folder = compiled.cache_dir(pipeline_version(DEFAULT_MODEL))
    built = build_nlp(DEFAULT_MODEL)  # no cache yet: built from models/, then written
    assert (folder / compiled.DONE).exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted([compiled.DONE, "cutoff_gazetteer.msgpack", "cutoff_places.marshal", "cutoff_triggers.msgpack", compiled.SHIFTS])

    def no_build(*args, **kwargs):
        raise AssertionError("initialised from models/ although the cache is there")

    from pipeline.components import gazetteer, places, triggers

    for cls in (gazetteer.Gazetteer, places.PlaceResolver, triggers.TriggerStage):
        monkeypatch.setattr(cls, "initialize", no_build)
    restored = build_nlp(DEFAULT_MODEL)
    monkeypatch.undo()

    articles = [a for a in iter_articles([ROOT / "data" / "samples"]) if isinstance(a, Article)]
    assert events(restored, articles) == events(built, articles)
    assert len(restored.get_pipe("cutoff_places").index) == len(built.get_pipe("cutoff_places").index)
    index = restored.get_pipe("cutoff_places").index
    assert index.capitals == built.get_pipe("cutoff_places").index.capitals and index.capitals["KE"].kind == "city"
    text = "Authorities in Kenya cut mobile data in the capital on Monday, officials said."
    restored(prepare_doc(restored, Article(text=text, source="capital.txt", published="2024-06-26")))
    assert len(index.names.decoded) < 1000  # the capital came from the index's capitals, not from decoding every name


def test_a_damaged_cache_is_removed_and_a_new_version_has_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CUTOFF_CACHE", str(tmp_path / "cache"))
    nlp = spacy.load(DEFAULT_MODEL)
    for stage in compiled.CACHED:
        nlp.add_pipe(stage)
    folder = compiled.cache_dir("cutoff-0.1.0+0123456789")
    folder.mkdir(parents=True)
    (folder / compiled.DONE).touch()
    (folder / "cutoff_gazetteer.msgpack").write_bytes(b"\x00 not msgpack")
    assert compiled.restore(nlp, "cutoff-0.1.0+0123456789") is False
    assert not folder.exists()
    assert compiled.cache_dir("cutoff-0.1.0+0123456789") != compiled.cache_dir("cutoff-0.1.0+9876543210")
    assert compiled.restore(nlp, "cutoff-0.1.0+9876543210") is False  # none there: nothing loaded


def test_common_relative_expressions_are_read_from_the_cache_not_by_dateparser(tmp_path, monkeypatch):
    from pipeline.components import date_resolve as dates

    monkeypatch.setenv("CUTOFF_CACHE", str(tmp_path / "cache"))
    build_nlp(DEFAULT_MODEL)  # builds and writes the cache, with dateparser's readings of the common expressions
    monkeypatch.setattr(dates, "KNOWN_SHIFTS", {})
    build_nlp(DEFAULT_MODEL)  # a later process: loads them
    assert dates.KNOWN_SHIFTS[("last month", "past")] == ("months", -1, "month")
    assert dates.KNOWN_SHIFTS[("yesterday", "past")] == ("days", -1, "day")
    assert dates.KNOWN_SHIFTS == dates.common_shifts()


def test_an_expression_without_month_or_number_is_no_calendar_date_without_asking_dateparser(monkeypatch):
    from pipeline.components import date_resolve as dates

    def no_dateparser(*args):
        raise AssertionError("dateparser was asked")

    monkeypatch.setattr(dates, "probe", no_dateparser)
    dates.calendar_parts.cache_clear()
    assert dates.calendar_parts("day") is None and dates.calendar_parts("tonight") is None
    assert dates.calendar_parts("dec 2") == (12, 2, dates.dt.time(0), "day")
