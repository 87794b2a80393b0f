"""Pattern files shared by the rule components: JSONL lines in spaCy's ruler format.

A line is `{"label": ..., "pattern": ..., "id": ...}` where `pattern` is a phrase
(matched on ORTH, or on LOWER with `"attr": "LOWER"`) or a list of token dicts
(spaCy Matcher syntax). One `PatternMatcher` answers for a whole set of files, so
adding a place or a trigger is a data change, never a code change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import product
from math import prod
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"


def read_patterns(paths: Iterable[str | Path]) -> Iterator[dict]:
    """Yield pattern dicts from JSONL files, resolving relative paths against `models/`."""
    for path in paths:
        path = Path(path)
        if not path.is_absolute():
            path = MODELS_DIR / path
        yield from srsly.read_jsonl(path)


def fixed_phrases(pattern: list[dict], limit: int = 500) -> tuple[str, list[list[str]]] | None:
    """A token pattern made only of fixed words on one attribute (LOWER, LEMMA or ORTH, a
    value or an IN list each), spelled out as the word sequences it matches, so the fast
    PhraseMatcher can serve it; None for anything richer (operators, POS, DEP ...)."""
    attrs = {attr for t in pattern for attr in t}
    if len(attrs) != 1 or not attrs <= {"LOWER", "LEMMA", "ORTH"}:
        return None
    attr = attrs.pop()
    if not all(isinstance(t[attr], str) or set(t[attr]) == {"IN"} for t in pattern):
        return None
    options = [[t[attr]] if isinstance(t[attr], str) else t[attr]["IN"] for t in pattern]
    if prod(len(o) for o in options) > limit:
        return None
    return attr, [list(words) for words in product(*options)]


class PatternMatcher:
    """Phrase patterns (ORTH or LOWER) and token patterns behind one `__call__`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.phrase = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("ORTH", "LOWER", "LEMMA")}
        self.tokens = Matcher(nlp.vocab)
        self.size = 0

    def add(self, patterns: Iterable[dict]) -> None:
        phrases: dict[tuple[str, str], list[str]] = {}
        words: dict[tuple[str, str], list[list[str]]] = {}
        for p in patterns:
            key = f"{p['label']}\t{p.get('id', '')}"
            if isinstance(p["pattern"], str):
                phrases.setdefault((p.get("attr", "ORTH"), key), []).append(p["pattern"])  # ORTH or LOWER
            elif (fixed := fixed_phrases(p["pattern"])) is not None:
                words.setdefault((fixed[0], key), []).extend(fixed[1])
            else:
                self.tokens.add(key, [p["pattern"]])
            self.size += 1
        for (attr, key), texts in phrases.items():
            self.phrase[attr].add(key, list(self.nlp.tokenizer.pipe(texts)))
        for (attr, key), spelled in words.items():  # built as Docs: no tokenizer or lemmatizer needed
            self.phrase[attr].add(key, [Doc(self.nlp.vocab, words=w, lemmas=w) for w in spelled])

    def __call__(self, doc: Doc, phrases_only: bool = False) -> list[Span]:
        """All matches as spans labelled with the pattern's label and carrying its id
        (`phrases_only` for a bare tokenised Doc, which token patterns cannot read)."""
        found = []
        for matcher in (*self.phrase.values(), *(() if phrases_only else (self.tokens,))):
            if len(matcher) == 0:
                continue
            for match_id, start, end in matcher(doc):
                label, _, ident = doc.vocab.strings[match_id].partition("\t")
                found.append(Span(doc, start, end, label=label, span_id=ident))
        return found
