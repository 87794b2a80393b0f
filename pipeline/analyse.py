"""The work one process does on a batch of articles: triage, spaCy, events, schema check.

It is the same function whichever engine runs it (in-process, a process pool, a Dask
worker), and each process builds the spaCy pipeline once (`get_nlp`), never per file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language

from pipeline.article import Article, ReadError
from pipeline.extract import events_from_doc, prepare_doc
from pipeline.memory import release_free_memory
from pipeline.nlp import build_nlp
from pipeline.schema import event_errors
from pipeline.triage import default_triage
from pipeline.version import pipeline_version


@dataclass
class BatchResult:
    """What a batch gave: events per parsed article, articles triage let pass without
    parsing, and failures (an invalid event puts its article here, never in the table)."""

    results: list[tuple[Article, list[dict]]] = field(default_factory=list)
    skipped: list[Article] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)

    @property
    def n_events(self) -> int:
        return sum(len(events) for _, events in self.results)


@lru_cache(maxsize=2)
def get_nlp(model: str) -> Language:
    return build_nlp(model)


def analyse_batch(articles: list[Article], model: str, triage: bool = True, batch_size: int = 64) -> BatchResult:
    nlp = get_nlp(model)
    out = BatchResult()
    candidates = []
    for article in articles:
        if triage and not default_triage().is_candidate(article.text):
            out.skipped.append(article)
        else:
            candidates.append(article)
    docs = nlp.pipe(((prepare_doc(nlp, a), a) for a in candidates), as_tuples=True, batch_size=batch_size)
    for doc, article in docs:
        events = events_from_doc(doc, article, pipeline_version(model))
        invalid = [(e, msgs) for e in events if (msgs := event_errors(e))]
        if invalid:
            event, messages = invalid[0]
            out.errors.append(ReadError(article.source, f"event {event['event_id']} failed the schema: {messages[0]}"))
        else:
            out.results.append((article, events))
    release_free_memory()  # the batch's Docs are gone: keep memory flat over a long run
    return out
