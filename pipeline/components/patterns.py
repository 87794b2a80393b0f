"""Pattern files shared by the rule components: JSONL lines in spaCy's ruler format.

A line is `{"label": ..., "pattern": ..., "id": ...}` where `pattern` is a phrase
(matched on ORTH, or on LOWER with `"attr": "LOWER"`) or a list of token dicts
(spaCy Matcher syntax). One `PatternMatcher` answers for a whole set of files, so
adding a place or a trigger is a data change, never a code change.

Speed: spaCy's Matcher checks every IN list in Python, token by token, which made it the
costliest part of the rule stages. So fixed-word patterns go to PhraseMatchers, and the
other token patterns are grouped by an *anchor*, words that one required token must be,
each group's Matcher running only around its anchors (`AnchoredMatcher`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from importlib import resources
from itertools import product
from math import prod
from pathlib import Path

import numpy as np
import srsly
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.components.phrase_table import PhraseTable

# models/ of the source tree, installed as the package data `pipeline.models`.
MODELS_DIR = Path(str(resources.files("pipeline.models")))


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


WORD_ATTRS = ("ORTH", "LOWER", "LEMMA")
REQUIRED_OP = re.compile(r"[1+]|\{[1-9]\d*(,\d*)?\}")
BOUNDED_OP = re.compile(r"\{(\d*)(,?)(\d*)\}")


def anchor_words(pattern: list[dict], stop_words: Collection[str] = ()) -> tuple[str, list[str]] | None:
    """The words that one required token of a token pattern must be, on one attribute: the
    token with the fewest stop words, then the fewest choices, so the anchor is rare. None
    when no required token is pinned to words (such a pattern runs over whole Docs)."""
    best, best_cost = None, None
    for token in pattern:
        if not REQUIRED_OP.fullmatch(token.get("OP", "1")):
            continue
        for attr in WORD_ATTRS:
            value = token.get(attr)
            words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else None
            cost = (sum(w.lower() in stop_words for w in words), len(words)) if words else None
            if cost is not None and (best_cost is None or cost < best_cost):
                best, best_cost = (attr, list(words)), cost
    return best


def max_length(pattern: list[dict]) -> int | None:
    """The most tokens a pattern can match; None when unbounded (`*`, `+`, `{n,}`)."""
    total = 0
    for token in pattern:
        op = token.get("OP", "1")
        if op in ("*", "+"):
            return None
        if (bounds := BOUNDED_OP.fullmatch(op)) is not None:
            low, comma, high = bounds.groups()
            if comma and not high:
                return None
            total += int(high or low)
        else:
            total += 1
    return total


class AnchoredMatcher:
    """Token patterns grouped by anchor word set, each group a Matcher run only around its
    anchors: over windows as wide as the group's longest match either side of the anchor,
    or over the sentences holding one when a pattern is unbounded. Same matches as one
    Matcher over the whole Doc, since every match contains its pattern's anchor."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.stop_words = nlp.Defaults.stop_words
        self.whole = Matcher(nlp.vocab)  # patterns without an anchor
        self.groups: dict[tuple[str, frozenset[str]], tuple[Matcher, list[int | None]]] = {}
        self.index: dict[str, dict[int, list[tuple[str, frozenset[str]]]]] = {}
        self.arrays: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.whole) + sum(len(m) for m, _ in self.groups.values())

    def add(self, key: str, pattern: list[dict]) -> None:
        anchor = anchor_words(pattern, self.stop_words)
        if anchor is None:
            self.whole.add(key, [pattern])
            return
        group = (anchor[0], frozenset(anchor[1]))
        if group not in self.groups:  # a new anchor set: index its words once
            self.groups[group] = (Matcher(self.nlp.vocab), [])
            words = self.index.setdefault(group[0], {})
            for word in group[1]:
                words.setdefault(self.nlp.vocab.strings.add(word), []).append(group)
            self.arrays[group[0]] = np.fromiter(words, dtype=np.uint64)
        matcher, lengths = self.groups[group]
        matcher.add(key, [pattern])
        lengths.append(max_length(pattern))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) of every match, once each, as `Matcher.__call__` gives them
        (two patterns of one key in two groups can find the same span)."""
        found = set(self.whole(doc)) if len(self.whole) else set()
        for group, hits in self.anchor_hits(doc).items():
            matcher, lengths = self.groups[group]
            longest = None if None in lengths else max(lengths)
            for region in self.regions(doc, hits, longest):
                found.update((match_id, region.start + start, region.start + end) for match_id, start, end in matcher(region))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def anchor_hits(self, doc: Doc) -> dict[tuple[str, frozenset[str]], list[int]]:
        """Token positions of each group's anchor words, from one vectorised lookup per attribute."""
        if not self.arrays or not len(doc):
            return {}
        attrs = list(self.arrays)
        values = doc.to_array([IDS[a] for a in attrs]).reshape(len(doc), len(attrs))
        hits: dict[tuple[str, frozenset[str]], list[int]] = {}
        for column, attr in enumerate(attrs):
            for position in np.flatnonzero(np.isin(values[:, column], self.arrays[attr])):
                for group in self.index[attr][int(values[position, column])]:
                    hits.setdefault(group, []).append(int(position))
        return hits

    @staticmethod
    def regions(doc: Doc, hits: list[int], longest: int | None) -> list[Span]:
        """Merged windows of `longest` tokens either side of each hit, or the hits' sentences."""
        if longest is None:
            if not doc.has_annotation("SENT_START"):
                return [doc[:]]
            return [s for s in doc.sents if any(s.start <= h < s.end for h in hits)]
        regions: list[list[int]] = []
        for hit in hits:
            start, end = max(0, hit - longest + 1), min(len(doc), hit + longest)
            if regions and start <= regions[-1][1]:
                regions[-1][1] = max(regions[-1][1], end)
            else:
                regions.append([start, end])
        return [doc[start:end] for start, end in regions]


class PatternMatcher:
    """Phrase patterns (ORTH or LOWER) and token patterns behind one `__call__`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        # exact words in a PhraseTable (it loads in milliseconds), case-folded and lemma phrases in PhraseMatchers
        self.phrase: dict[str, PhraseTable | PhraseMatcher] = {"ORTH": PhraseTable(nlp.vocab)}
        self.phrase |= {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("LOWER", "LEMMA")}
        self.tokens = AnchoredMatcher(nlp)
        self.token_patterns: list[tuple[str, list[dict]]] = []  # as added, for to_disk
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
                self.tokens.add(key, p["pattern"])
                self.token_patterns.append((key, p["pattern"]))
            self.size += 1
        for (attr, key), texts in phrases.items():
            self.phrase[attr].add(key, list(self.nlp.tokenizer.pipe(texts)))
        for (attr, key), spelled in words.items():  # built as Docs: no tokenizer or lemmatizer needed
            self.phrase[attr].add(key, [Doc(self.nlp.vocab, words=w, lemmas=w) for w in spelled])

    def to_disk(self, path: str | Path) -> None:
        """The compiled patterns in one msgpack file: the exact-word phrases as the table's
        arrays, each PhraseMatcher's phrases as the token hashes it matches (so loading
        tokenises nothing), the token patterns as added."""
        table = {name: (value.tolist() if name == "keys" else value) for name, value in self.phrase["ORTH"].to_arrays().items()}
        phrases = {attr: {key: [list(p) for p in specs] for key, specs in m.__reduce__()[1][1].items()} for attr, m in self.phrase.items() if attr != "ORTH"}
        srsly.write_msgpack(path, {"table": table, "phrases": phrases, "tokens": self.token_patterns, "size": self.size})

    def from_disk(self, path: str | Path) -> "PatternMatcher":
        """What `to_disk` wrote, added in the order it was first added (same matches, same order).

        `PhraseMatcher.add` makes a lexeme of each key ("SERVICE\tvoice_calls"), and a
        lexeme's attributes (stop word, number, shape ...) cost more than the rest of the
        load; a key holds a tab, so it is never a token and its attributes are never read:
        they are not computed."""
        data = srsly.read_msgpack(path)
        self.phrase["ORTH"].load(data["table"])
        vocab = self.nlp.vocab
        getters, vocab.lex_attr_getters = vocab.lex_attr_getters, {}
        try:
            for attr, keys in data["phrases"].items():
                for key, specs in keys.items():
                    self.phrase[attr].add(key, specs)
        finally:
            vocab.lex_attr_getters = getters
        for key, pattern in data["tokens"]:
            self.tokens.add(key, pattern)
            self.token_patterns.append((key, pattern))
        self.size += data["size"]
        return self

    def __call__(self, doc: Doc, phrases_only: bool = False) -> list[Span]:
        """All matches as spans labelled with the pattern's label and carrying its id
        (`phrases_only` for a bare tokenised Doc, which token patterns cannot read)."""
        matchers = [m for m in self.phrase.values() if len(m)]
        if not phrases_only and len(self.tokens):
            matchers.append(self.tokens)
        found = []
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                label, _, ident = doc.vocab.strings[match_id].partition("\t")
                found.append(Span(doc, start, end, label=label, span_id=ident))
        return found
