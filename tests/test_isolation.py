"""One bad article never stops a run (issue 11): an exception in any stage, a text over the
model's length limit, a page whose markup hides its text, a broken install, and evidence
offsets that must point at the article's own words."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from conftest import ROOT, SEEDS, write
from pipeline import DEFAULT_MODEL, html_text
from pipeline.analyse import analyse_batch
from pipeline.article import Article
from pipeline.cli import main
from pipeline.pieces import MAX_ARTICLE_CHARS, cut
from pipeline.readers import iter_articles
from pipeline.schema import evidence_errors

SAMPLES = ROOT / "data" / "samples"
FAULT_MARKER = "Zyxwv-fault-marker"
GOLD_INPUTS = [ROOT / "data" / "gold" / "articles", SAMPLES, ROOT / "data" / "heldout" / "articles", SEEDS / "articles.jsonl"]


@Language.factory("test_fault")
def make_fault(nlp: Language, name: str):
    """A stage that raises on one article, as a bug in a real stage would."""

    def fault(doc):
        if FAULT_MARKER in doc.text:
            raise RuntimeError("test stage failed on purpose")
        return doc

    return fault


@pytest.fixture(scope="module")
def faulty_model(tmp_path_factory) -> str:
    """The default model plus `test_fault`, saved as a pipeline folder for --model."""
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("test_fault", after="ner")
    path = tmp_path_factory.mktemp("model") / "faulty"
    nlp.to_disk(path)
    return str(path)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "inbox"
    for name in ("sample-01.txt", "sample-02.txt", "sample-12.html"):
        write(root / name, (SAMPLES / name).read_bytes())
    write(root / "crash.txt", (SAMPLES / "sample-03.txt").read_text("utf-8") + f"\n\n{FAULT_MARKER}\n")
    one_paragraph = " ".join(["Officials suspended mobile internet in the district, residents said."] * 45_000)
    write(root / "huge.txt", one_paragraph)  # about 3 MB, no paragraph break
    # the hostile inputs of docs/failure-modes.md
    write(root / "empty.txt", b"")
    write(root / "scan.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    write(root / "garbage.txt", bytes(range(128, 256)) * 4)
    write(root / "notext.json", json.dumps({"id": "nt", "title": "A title only"}))
    write(root / "menu.html", "<html><body><nav><a href='/'>Home</a></nav><footer>Copyright</footer></body></html>")
    write(root / "feed.jsonl", '{"id": "ok", "text": "x"}\n{"id": broken\n{"id": "nt"}\n{"id": "cut", "text": "trunc')
    (root / "dangling.txt").symlink_to("missing.txt")
    (root / "self.txt").symlink_to("self.txt")
    (root / "nested").mkdir()
    (root / "nested" / "loop").symlink_to("..")
    return root


@pytest.mark.parametrize("engine", [[], ["--workers", "2"], ["--engine", "dask", "--workers", "2"]], ids=["local", "workers", "dask"])
def test_a_failing_stage_or_a_huge_article_costs_one_error_line_each(hostile, faulty_model, tmp_path, engine):
    if engine and engine[1] == "dask":
        dask = pytest.importorskip("dask")
        pytest.importorskip("dask.distributed")
        context = dask.config.set({"distributed.worker.multiprocessing-method": "fork"})  # workers inherit test_fault
    else:
        context = None
    out = tmp_path / "out"
    try:
        if context:
            context.__enter__()
        code = main(["run", str(hostile), "--out", str(out), "--model", faulty_model, "--quiet", "--batch-size", "3", *engine])
    finally:
        if context:
            context.__exit__(None, None, None)
    assert code == 3
    reasons = {(e["source"], e["line"]): e["reason"] for e in map(json.loads, (out / "errors.jsonl").read_text().splitlines())}
    assert set(reasons) == {
        ("inbox/crash.txt", None), ("inbox/huge.txt", None), ("inbox/empty.txt", None), ("inbox/scan.html", None),
        ("inbox/garbage.txt", None), ("inbox/notext.json", None), ("inbox/menu.html", None), ("inbox/feed.jsonl", 2),
        ("inbox/feed.jsonl", 3), ("inbox/feed.jsonl", 4), ("inbox/dangling.txt", None), ("inbox/self.txt", None),
        ("inbox/nested/loop", None),
    }
    assert reasons[("inbox/crash.txt", None)] == "analysis failed: RuntimeError: test stage failed on purpose"
    assert f"over the {MAX_ARTICLE_CHARS:,}-character limit" in reasons[("inbox/huge.txt", None)]
    sources = {json.loads(line)["source"] for line in (out / "events.jsonl").read_text().splitlines()}
    assert {"inbox/sample-01.txt", "inbox/sample-02.txt", "inbox/sample-12.html"} <= sources


def test_a_text_over_the_length_limit_is_analysed_in_pieces_with_offsets_into_the_whole(nlp, monkeypatch):
    text = "\n\n".join(p.read_text("utf-8").split("---")[-1].strip() for p in sorted(SAMPLES.glob("sample-0[1-4].txt")))
    article = Article(text=text, source="long.txt", published="2022-05-18")
    whole = analyse_batch([article], DEFAULT_MODEL)
    monkeypatch.setattr(nlp, "max_length", 2_000)
    pieces = analyse_batch([article], DEFAULT_MODEL)
    assert not pieces.errors and pieces.results
    events = pieces.results[0][1]
    assert events and all(not evidence_errors(e, text) for e in events)
    key = lambda evs: sorted((e["restriction"], e["province_code"] or "", e["date_start"] or "") for e in evs)  # noqa: E731
    assert key(events) == key(whole.results[0][1])


def test_pieces_join_back_into_the_text_and_end_at_paragraphs_where_they_can():
    text = "".join(f"Paragraph {i} says one thing. And then another thing.\n\n" for i in range(200))
    pieces = list(cut(text, 1_000))
    assert "".join(pieces) == text
    assert all(len(p) <= 1_000 for p in pieces) and all(p.endswith("\n\n") for p in pieces[:-1])
    one_line = "word " * 1_000
    assert "".join(cut(one_line, 300)) == one_line


def test_every_evidence_item_of_every_gold_article_is_the_article_text_there(nlp):
    articles = [a for a in iter_articles(GOLD_INPUTS) if isinstance(a, Article)]
    assert len(articles) > 80
    result = analyse_batch(articles, DEFAULT_MODEL, triage=False)
    assert not result.errors, result.errors[:3]
    for article, events in result.results:
        for event in events:
            assert evidence_errors(event, article.text) == [], (article.source, event["evidence"])


def test_jsonl_text_is_kept_verbatim_so_offsets_index_the_record(tmp_path, nlp):
    body = (SAMPLES / "sample-01.txt").read_text("utf-8").split("---")[-1].strip()
    record = {"id": "crlf", "published": "2022-05-18", "text": "\n\n" + body.replace("\n", "\r\n")}
    write(tmp_path / "feed.jsonl", json.dumps(record) + "\n")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "feed.jsonl"), "--out", str(out), "--quiet"]) == 0
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert events
    for event in events:
        for item in event["evidence"]:
            assert record["text"][item["start"]:item["end"]] == item["text"]


def test_evidence_that_is_not_the_text_there_is_reported():
    event = {"evidence": [{"text": "Lines were cut.", "start": 4, "end": 19}], "field_spans": [{"field": "place", "value": "CN-XJ", "start": 90, "end": 99}]}
    problems = evidence_errors(event, "The lines were cut.")
    assert problems == ["evidence 4-19 is not the article's text there", "field span place 90-99 is outside the article's text"]


def test_a_page_whose_nav_is_never_closed_keeps_its_text_and_a_menu_is_still_no_article():
    story = "".join(f"<p>Paragraph {i}: the regulator ordered carriers to suspend mobile data in the province on Monday.</p>" for i in range(5))
    page = f"<html><head><title>T</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a>{story}</body></html>"
    text, _ = html_text.extract(page.encode())
    assert "Paragraph 4: the regulator ordered carriers" in text
    menu = "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><footer>Copyright</footer></body></html>"
    assert html_text.extract(menu.encode()) is None


def test_a_missing_html_dependency_stops_the_run_at_once_with_the_fix(tmp_path, monkeypatch, capsys):
    for i in range(3):
        write(tmp_path / "in" / f"page-{i}.html", (SAMPLES / "sample-12.html").read_bytes())
    monkeypatch.setitem(sys.modules, "lxml_html_clean", None)  # as if it were not installed
    html_text._trafilatura.cache_clear()
    try:
        code = main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"])
    finally:
        html_text._trafilatura.cache_clear()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and "pip install lxml-html-clean" in err[0], err
    errors_file = tmp_path / "out" / "errors.jsonl"
    assert not errors_file.exists() or errors_file.read_text() == ""
