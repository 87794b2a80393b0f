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
    from pipeline import DEFAULT_MODEL
    from pipeline.extract import events_from_doc, prepare_doc
    from pipeline.version import pipeline_version

    def run(text: str, published: str | None = "2022-05-18") -> list[dict]:
        article = Article(text=text, source="test.txt", published=published)
        return events_from_doc(nlp(prepare_doc(nlp, article)), article, pipeline_version(DEFAULT_MODEL))

    return run


@pytest.fixture(scope="session")
def read(nlp):
    """text (+ published) -> (Doc, the event linker's ArticleContext for it)."""

    def run(text: str, published: str | None = "2023-05-10"):
        doc = nlp.make_doc(text)
        doc._.published = published
        doc = nlp(doc)
        return doc, nlp.get_pipe("cutoff_events").context(doc)

    return run


def asserted(events: list[dict]) -> list[dict]:
    return [e for e in events if e["status"] == "asserted"]


def actor_names(analyse, text: str, published: str) -> list[list[str]]:
    """The actors' names of each asserted event the stages find in `text`."""
    return [[a["name"] for a in e["actors"]] for e in asserted(analyse(text, published=published))]


def make_event(event_id: str, **fields) -> dict:
    """A schema-valid asserted event (a Xinjiang subscriber cut-off); fields override the
    defaults, and a `date_start` given without its precision gets the one it shows."""
    article = event_id.split("#")[0]
    base = {
        "event_id": event_id, "article_id": article, "source": f"{article}.txt",
        "url": None, "title": None, "outlet": None, "published": None, "status": "asserted",
        "restriction": "subscriber_cutoff", "country": "CN", "province": "Xinjiang", "province_code": "CN-XJ",
        "city": None, "date_start": None, "date_precision": None, "date_announced": None, "date_end": None,
        "date_text": [], "actors": [], "services": ["mobile_service"], "platforms": [], "targets": [],
        "remedies": [], "remedy_text": [], "justification": [], "duration": None,
        "evidence": [{"text": "Phone service was cut off.", "start": 0, "end": 26}],
        "field_spans": [], "confidence": 0.8, "reviewed": False, "pipeline_version": "cutoff-0.1.0",
    }
    record = base | fields
    if record["date_start"] and "date_precision" not in fields:
        record["date_precision"] = {4: "year", 7: "month", 10: "day"}[len(record["date_start"])]
    return record


def write(path: Path, content: str | bytes) -> Path:
    """Create `path` (and its folders) holding text or bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def objects(read, text: str) -> list[tuple[str, str]]:
    """(label, id) of the objects of the first trigger of `text`."""
    doc, ctx = read(text)
    trig = next(t for t in ctx.triggers if t.label_ != "LIFT")
    return [(o.label_, o.id_) for o in trig._.objects]


def date_roles(read, text: str, published: str) -> dict[str, str]:
    """Date text -> role ("start", "end", "announced" ...) of the dates of `text`, a one-sentence
    article, as added to the mention of its first measure."""
    from pipeline.components.linking.dates import add_date
    from pipeline.components.linking.records import Mention

    doc, ctx = read(text, published)
    [sent] = doc.sents
    trigs = [t for t in ctx.triggers if t.label_ != "LIFT"][:1]
    m = Mention(status="asserted", sent=sent, start=sent.start, end=sent.end, triggers=trigs)
    for d in ctx.dates:
        add_date(m, d, trigs, ctx.rules)
    return {d["text"]: d["role"] for d in m.dates}


def only(events: list[dict]) -> dict:
    """The one asserted event of `events`."""
    [event] = asserted(events)
    return event


def places_of(analyse, text: str, published: str = "2024-03-14") -> list[tuple]:
    """(country, province code) of the asserted events of `text`, sorted (None before codes)."""
    return sorted({(e["country"], e["province_code"]) for e in analyse(text, published=published) if e["status"] == "asserted"}, key=str)
