"""Articles longer than the model's length limit, analysed in pieces.

spaCy refuses a text over `nlp.max_length` (E088), and a scraper's 3 MB page in one
paragraph would otherwise stop a whole run. Such a text is cut at paragraph ends (else
sentence ends, else spaces), the statistical model runs on each piece, the pieces are joined
into one Doc whose character offsets are those of the whole text, and the rule stages then
read the article as a whole. Past `MAX_ARTICLE_CHARS` an article is refused with a reason
instead (memory grows with the Doc, and no news report is that long).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

MAX_ARTICLE_CHARS = 2_000_000
PIECE_CHARS = 100_000  # the parser's memory is bounded by the piece, not the article
PARAGRAPH_END = re.compile(r"\n\s*\n\s*")
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
SPACE = re.compile(r"\s+")


def too_long(text: str) -> str | None:
    """Why `text` is refused as one article, or None."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return (f"article is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,}-character limit "
            "for one article: split it into separate articles")


def needs_pieces(nlp: Language, text: str) -> bool:
    return len(text) > min(nlp.max_length, PIECE_CHARS)


def cut(text: str, size: int) -> Iterator[str]:
    """Consecutive pieces of at most `size` characters that join back into `text`, each
    ending after a paragraph break, else a sentence end, else a space, where one fits."""
    start = 0
    while len(text) - start > size:
        end = start + size
        window = text[start + size // 2:end]
        for boundary in (PARAGRAPH_END, SENTENCE_END, SPACE):
            ends = [m.end() for m in boundary.finditer(window)]
            if ends:
                end = start + size // 2 + ends[-1]
                break
        yield text[start:end]
        start = end
    yield text[start:]


def analyse_in_pieces(nlp: Language, text: str, rule_stages: tuple[str, ...], prepare) -> Doc:
    """One Doc for the whole `text`: the model's components run piece by piece, the rule
    stages (`rule_stages`) once on the joined Doc; `prepare(doc)` sets per-article values."""
    size = min(nlp.max_length, PIECE_CHARS)
    rules = [name for name in nlp.pipe_names if name in rule_stages]
    with nlp.select_pipes(disable=rules):
        docs = list(nlp.pipe(cut(text, size)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    prepare(doc)
    for name in rules:
        doc = nlp.get_pipe(name)(doc)
    return doc
