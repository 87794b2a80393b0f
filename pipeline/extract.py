"""From an analysed Doc to full event records: the article's metadata, ids, version."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from pipeline.article import Article


def events_from_doc(doc: Doc, article: Article, version: str) -> list[dict]:
    """Every event the stages found in `doc`, as records of the spec's section 3, made by
    pipeline `version` (`pipeline.version.pipeline_version`)."""
    records = []
    for seq, event in enumerate(doc._.events):
        key = f"{article.source}|{article.content_hash}|{version}|{seq}"
        records.append({
            "event_id": hashlib.sha256(key.encode()).hexdigest()[:20],
            "article_id": article.id,
            "source": article.source,
            "url": article.url,
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published,
            **event,
            "reviewed": False,  # `cutoff review` stores a researcher's events apart, with true
            "pipeline_version": version,
        })
    return records


def prepare_doc(nlp, article: Article) -> Doc:
    """Tokenise an article and attach what the stages need to know about it."""
    return attach_article(nlp.make_doc(article.text), article)


def attach_article(doc: Doc, article: Article) -> Doc:
    """What the stages need to know about the article beyond its text."""
    doc._.published = article.published
    doc._.url = article.url
    return doc
