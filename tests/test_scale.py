"""Scale (issue 6): the same events whatever runs them (one process, a pool of two, a Dask
LocalCluster of two workers), and triage that keeps off-topic news away from the parser
without changing the events of the relevant articles."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from conftest import ROOT
from pipeline import DEFAULT_MODEL
from pipeline.article import Article
from pipeline.readers import iter_articles
from pipeline.run import RunOptions, run
from pipeline.triage import default_triage

SAMPLES = ROOT / "data" / "samples"
BATCH = 4  # small batches, so two workers really share the folder and results must be put back in order

# Ordinary news written for this test. The first two have no trigger word at all, so they
# must never reach the parser; the other two share the vocabulary of restriction reports
# (job cuts at a mobile operator, a storm that cut power to phone masts): triage may or may
# not let them through, but they must not change the events of the relevant articles.
OFFTOPIC = {
    "culture.txt": (
        "---\nid: off-culture\npublished: 2021-06-04\n---\n"
        "GHENT, Friday - The city's folk music festival opened on Friday with more than 12,000 tickets "
        "sold in advance, a record for an event now in its twentieth year.\n\n"
        "Organisers said this year's programme included 140 concerts in nine venues, from the cathedral "
        "to a disused railway depot on the edge of town, and that a third of the events were free.\n\n"
        "\"We wanted families to come back after two difficult years,\" said the festival director."
    ),
    "sports.md": (
        "---\nid: off-sports\npublished: 2019-10-13\n---\n"
        "BERGEN, Sunday - A header in stoppage time by a substitute earned the home side a 2-2 draw on "
        "Sunday, a result that keeps both clubs in the race for European places.\n\n"
        "The visitors led at half-time after a low cross from the left found their striker unmarked at "
        "the far post, and doubled the lead with a penalty early in the second half.\n\n"
        "Attendance figures released by the league show crowds up 6 per cent on last season."
    ),
    "earnings.txt": (
        "---\nid: off-earnings\npublished: 2022-02-10\n---\n"
        "LISBON, Thursday - The country's second-largest mobile operator reported a 4.1 per cent rise in "
        "quarterly net profit on Thursday, as customers moved to more expensive plans.\n\n"
        "The company said it would cut about 800 jobs over two years, mostly in back-office functions.\n\n"
        "Revenue rose to 1.2 billion euros, and the roll-out of the new network will reach most of the "
        "population by the end of next year, the chief executive told analysts."
    ),
    "storm.txt": (
        "---\nid: off-storm\npublished: 2020-01-21\n---\n"
        "CORK, Tuesday - A winter storm swept across the south-west overnight, bringing down trees and "
        "leaving about 40,000 homes without electricity, the power company said on Tuesday.\n\n"
        "The storm cut power to several mobile phone masts, and the operator sent generators to the "
        "worst-hit valleys. Engineers expected to reconnect most homes by Wednesday.\n\n"
        "Schools in four districts were closed, and ferries to the islands did not sail."
    ),
}
NO_TRIGGER_WORD = ("culture.txt", "sports.md")


def n_samples() -> int:
    return sum(isinstance(a, Article) for a in iter_articles([SAMPLES]))


def events_of(out: Path) -> list[dict]:
    with open(out / "events.jsonl", encoding="utf-8") as f:
        return sorted((json.loads(line) for line in f), key=lambda e: e["event_id"])


def without_source(events: list[dict]) -> list[str]:
    """The events less what depends on the file they were read from (ids hash the source)."""
    drop = ("event_id", "source", "canonical_id")
    return sorted(json.dumps({k: v for k, v in e.items() if k not in drop}, sort_keys=True) for e in events)


def cutoff(inputs: list[Path], out: Path, **options) -> Path:
    run([str(p) for p in inputs], out, RunOptions(model=DEFAULT_MODEL, quiet=True, batch_size=BATCH, **options))
    return out


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory, nlp) -> list[dict]:
    """data/samples with the local engine in this process: the reference."""
    events = events_of(cutoff([SAMPLES], tmp_path_factory.mktemp("w1") / "out"))
    assert len(events) >= 10
    return events


def test_two_workers_give_the_same_output_as_one(tmp_path, one_worker):
    out = cutoff([SAMPLES], tmp_path / "out", workers=2)
    assert events_of(out) == one_worker
    report = json.loads((out / "run.json").read_text("utf-8"))
    assert report["counts"]["processed"] == n_samples() and report["counts"]["events"] == len(one_worker)


def test_dask_local_cluster_gives_the_same_events_as_the_local_engine(tmp_path, one_worker):
    pytest.importorskip("dask.distributed")
    out = cutoff([SAMPLES], tmp_path / "out", engine="dask", workers=2)
    assert events_of(out) == one_worker


@pytest.fixture
def parsed(nlp):
    """Texts that reach the model: a component at the head of the shared pipeline records them."""
    seen: list[str] = []
    name = "test_count_docs"
    if not Language.has_factory(name):
        Language.component(name, func=_record_doc)
    nlp.add_pipe(name, first=True)
    _RECORDERS.append(seen)
    try:
        yield seen
    finally:
        _RECORDERS.remove(seen)
        nlp.remove_pipe(name)


_RECORDERS: list[list[str]] = []


def _record_doc(doc):
    for seen in _RECORDERS:
        seen.append(doc.text)
    return doc


def write_mixed(folder: Path) -> Path:
    """data/samples plus the off-topic articles above, side by side in one folder."""
    shutil.copytree(SAMPLES, folder / "samples")
    for name, text in OFFTOPIC.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_triage_keeps_offtopic_news_from_the_parser_and_the_events_unchanged(tmp_path, parsed, one_worker):
    mixed = write_mixed(tmp_path / "mixed")
    out = cutoff([mixed], tmp_path / "out")

    body = {name: text.split("---\n", 2)[2].strip() for name, text in OFFTOPIC.items()}
    vocabulary = default_triage().triggers
    assert not any(vocabulary.search(body[name]) for name in NO_TRIGGER_WORD)  # the premise
    with sqlite3.connect(out / "cutoff.sqlite") as db:
        status = dict(db.execute("SELECT article_id, status FROM articles"))
        stored = {row[0] for row in db.execute("SELECT DISTINCT json_extract(record, '$.article_id') FROM events")}

    # the model reads an article in pieces cut at paragraph ends (pipeline/passages.py), so
    # an article reached it when one of its pieces did
    assert not any(piece in body[name] for piece in parsed for name in NO_TRIGGER_WORD)  # never reached the model
    assert {status[f"off-{Path(name).stem}"] for name in NO_TRIGGER_WORD} == {"skipped"}  # seen, recorded
    assert not {f"off-{Path(name).stem}" for name in NO_TRIGGER_WORD} & stored  # with no events
    reached = [name for name in OFFTOPIC if any(piece.strip() and piece in body[name] for piece in parsed)]
    analysed = [a.text for a in iter_articles([mixed]) if isinstance(a, Article) and status.get(a.id) == "done"]
    assert len(analysed) == n_samples() + len(reached)
    assert all(any(piece in text for text in analysed) for piece in parsed)  # only relevant articles ...
    assert all(any(piece.strip() and piece in text for piece in parsed) for text in analysed)  # ... every one ...
    assert len(parsed) == len(set(parsed))  # ... and none read twice
    for name in OFFTOPIC:  # what triage let through is stored as analysed, the rest as skipped
        assert status[f"off-{Path(name).stem}"] == ("done" if name in reached else "skipped")

    relevant = [e for e in events_of(out) if not e["article_id"].startswith("off-")]
    assert without_source(relevant) == without_source(one_worker)


def test_each_batch_gives_its_freed_memory_back(monkeypatch):
    """Memory stays flat over a long run: every analysed batch counts its articles towards a heap trim."""
    import pipeline.analyse as analyse

    calls = []
    monkeypatch.setattr(analyse, "release_free_memory", lambda articles: calls.append(articles))
    analyse.analyse_batch([Article(text="Sports results from the weekend.", source="a.txt")], DEFAULT_MODEL)
    analyse.analyse_batch([Article(text="Mobile internet was cut in Manipur on Monday.", source="b.txt")], DEFAULT_MODEL)
    assert calls == [1, 1]


def test_small_parts_trim_once_enough_articles_are_done(monkeypatch):
    """A helper's parts of one to four articles do not each trim the heap (the pages given
    back would be faulted in again by the next part): one trim per TRIM_EVERY articles."""
    import pipeline.memory as memory

    trims = []
    monkeypatch.setattr(memory, "_malloc_trim", lambda: lambda pad: trims.append(pad))
    monkeypatch.setattr(memory, "_analysed", [0])
    for _ in range(memory.TRIM_EVERY // 4 - 1):
        memory.release_free_memory(4)
    assert trims == []
    memory.release_free_memory(4)
    assert trims == [0]
    memory.release_free_memory(64)  # a one-process run's batch trims at once
    assert trims == [0, 0]
