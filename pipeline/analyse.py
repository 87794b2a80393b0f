"""The work one process does on a batch of articles: triage, spaCy, events, checks.

It is the same function whichever engine runs it (in-process, a process pool, a Dask
worker), and each process builds the spaCy pipeline once (`get_nlp`), never per file.
Nothing that goes wrong with one article stops the batch: an exception while it is
analysed, an event that fails the schema or points outside the text, or a text too long
to analyse sends that article to `errors.jsonl` with a plain reason, and the others go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial

from spacy.language import Language

from pipeline.article import Article, ReadError
from pipeline.extract import attach_article, events_from_doc, prepare_doc
from pipeline.memory import release_free_memory
from pipeline.nlp import STAGES, build_nlp
from pipeline.passages import analyse_docs
from pipeline.pieces import analyse_in_pieces, needs_pieces, too_long
from pipeline.schema import evidence_errors, event_errors
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


def analyse_batch(articles: list[Article], model: str, triage: bool = True, batch_size: int = 64, full_parse: bool = False) -> BatchResult:
    """Analyse `articles`: triage, then spaCy and the rule stages, the parse confined to the
    passages that can matter (`pipeline.passages`) unless `full_parse`."""
    nlp = get_nlp(model)
    version = pipeline_version(model)
    out = BatchResult()
    whole, long = [], []
    for article in articles:
        if reason := too_long(article.text):
            out.errors.append(ReadError(article.source, reason))
        elif triage and not default_triage().is_candidate(article.text):
            out.skipped.append(article)
        else:
            (long if needs_pieces(nlp, article.text) else whole).append(article)
    done: set[int] = set()
    analyse = partial(_full, nlp, batch_size) if full_parse else partial(analyse_docs, nlp, rule_stages=STAGES, batch_size=batch_size)
    try:  # the fast path: one pass over the batch
        for i, doc in enumerate(analyse([prepare_doc(nlp, a) for a in whole])):
            done.add(i)
            _record(out, whole[i], lambda doc=doc: doc, version)
    except Exception:  # some article broke the pipe: the rest go one by one, to find which
        for i, article in enumerate(whole):
            if i not in done:
                _record(out, article, lambda a=article: next(iter(analyse([prepare_doc(nlp, a)]))), version)
    for article in long:
        _record(out, article, lambda a=article: analyse_in_pieces(nlp, a.text, STAGES, lambda d: attach_article(d, a)), version)
    release_free_memory(len(articles))  # the batch's Docs are gone: keep memory flat over a long run
    return out


WARM_UP = Article(
    text="KHARTOUM, June 3, 2023 (Wire) - Authorities cut mobile internet and phone lines in Darfur on Monday, "
         "three days after the protests began, the regulator said.\n\nService was restored on Friday at 10 a.m.",
    source="<warm-up>", published="2023-06-05",
)


def warm_up(model: str) -> None:
    """Analyse one short article, so that what the first article of a process builds
    (dateparser's expressions, the lemmatizer's tables, matcher caches) is built here, once,
    before workers are forked from this process."""
    analyse_batch([WARM_UP], model, triage=False)


def _full(nlp: Language, batch_size: int, docs: list) -> Iterator:
    return nlp.pipe(docs, batch_size=batch_size)


def _record(out: BatchResult, article: Article, make_doc, version: str) -> None:
    """Analyse one article (`make_doc()` gives its Doc) and file its events or its failure."""
    try:
        events = events_from_doc(make_doc(), article, version)
    except Exception as exc:
        out.errors.append(ReadError(article.source, f"analysis failed: {type(exc).__name__}: {exc}"))
        return
    for event in events:
        problems = event_errors(event) or evidence_errors(event, article.text)
        if problems:
            out.errors.append(ReadError(article.source, f"event {event['event_id']} failed the checks: {problems[0]}"))
            return
    out.results.append((article, events))
