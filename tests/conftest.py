"""Shared fixtures: one spaCy pipeline per test session (loading it takes seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.analyse import get_nlp
    from pipeline import DEFAULT_MODEL

    return get_nlp(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def analyse(nlp):
    """text (+ published) -> the events the stages find, as full records."""
    from pipeline.article import Article
    from pipeline.extract import events_from_doc, prepare_doc

    def run(text: str, published: str | None = "2022-05-18") -> list[dict]:
        article = Article(text=text, source="test.txt", published=published)
        return events_from_doc(nlp(prepare_doc(nlp, article)), article)

    return run


def asserted(events: list[dict]) -> list[dict]:
    return [e for e in events if e["status"] == "asserted"]
