"""The model's own rule stages, same output, a fraction of the cost (issue 15).

`en_core_web_sm` ends its tagger with two rule components that cost as much as its parser:
the attribute ruler (179 token patterns: tag to part of speech and morphology, a few word
exceptions) runs a general `Matcher` over every token, and the lemmatizer looks every token
up in Python. Both are pure functions of a few token attributes, so:

- `cutoff_attribute_ruler` is spaCy's `AttributeRuler` whose patterns are tested as array
  comparisons over the Doc's token attributes (a few vector operations per pattern instead
  of the `Matcher`'s per-token states; patterns that are not plain equality tests, with an
  operator or a set, still go through a `Matcher` of their own), and whose attributes are
  assigned in one `Doc.from_array` in pattern order, so later patterns win as in spaCy.
- `cutoff_lemmatizer` runs the model's lemmatizer once per distinct (word, part of speech,
  morphology) and reuses the lemma: the rule lemmatizer reads nothing else of a token.

`pipeline.nlp` swaps them in for the model's components of the same names; a test checks
that every token of our articles gets the same annotations as with the model's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# the token attributes a pattern may test by plain equality to be indexed, and their arrays
INDEXED = {"LOWER": LOWER, "ORTH": ORTH, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
COLUMN = {name: i for i, name in enumerate(INDEXED)}
STRING_VALUED = ("LOWER", "ORTH", "TAG", "DEP")  # the INDEXED attributes a REGEX can test
# the attributes a pattern assigns that `Doc.from_array` sets exactly as spaCy's
# `set_token_attrs` does (the token's field; a lexeme has none of them)
ARRAYED = [POS, MORPH, LEMMA, TAG]
ARRAY_COLUMN = {attr: i for i, attr in enumerate(ARRAYED)}
MEMO_LIMIT = 500_000  # distinct (word, pos, morphology) lemmas kept before the memo starts again


@Language.factory("cutoff_attribute_ruler", default_config={"validate": False})
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> "IndexedAttributeRuler":
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler, matching and assigning over token arrays (module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._new_index()

    def clear(self) -> None:
        super().clear()
        self._new_index()

    def _new_index(self) -> None:
        # (pattern number, its length, its tests: see `_tests`)
        self.tests: list[tuple[int, int, list[tuple[int, int, np.ndarray, bool]]]] = []
        self.rest = Matcher(self.vocab)  # the patterns the tests cannot express
        self.searched: dict[str, dict[int, bool]] = {}  # REGEX -> string hash -> found

    def add(self, patterns: Iterable[list[dict]], attrs: dict, index: int = 0) -> None:
        number = len(self.attrs)  # the number spaCy's `add` gives this entry
        super().add(patterns, attrs, index)
        for pattern in patterns:
            tests = self._tests(pattern)
            if tests is None:
                self.rest.add(str(number), [pattern])
            else:
                self.tests.append((number, len(pattern), tests))

    def _tests(self, pattern: list[dict]) -> list[tuple[int, int, np.ndarray, bool]] | None:
        """The pattern as tests on INDEXED columns (token offset, column, the values, whether
        the value must be outside them), or None when a token tests something else (an
        operator, a comparison, another attribute)."""
        tests = []
        for offset, token in enumerate(pattern):
            if not token:
                return None
            for key, value in token.items():
                inside = True
                if isinstance(value, dict) and len(value) == 1 and key in STRING_VALUED and isinstance(value.get("REGEX"), str):
                    tests.append((offset, COLUMN[key], re.compile(value["REGEX"]), False))
                    continue
                if isinstance(value, dict) and len(value) == 1 and {*value} <= {"IN", "NOT_IN"}:
                    inside, value = "IN" in value, [*value.values()][0]
                elif isinstance(value, (dict, list)):
                    return None
                if key not in INDEXED or not isinstance(value, (str, bool, list)):
                    return None
                values = [int(v) if key == "IS_SPACE" else self.vocab.strings.add(v) for v in (value if isinstance(value, list) else [value])]
                tests.append((offset, COLUMN[key], np.array(values, dtype="uint64"), not inside))
        return tests

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            self._assign(doc, self._targets(doc))
        return doc

    def _targets(self, doc: Doc) -> dict[int, np.ndarray]:
        """Pattern number -> the tokens it assigns to (the match's token at the entry's index)."""
        n = len(doc)
        columns = doc.to_array(list(INDEXED.values())).T
        starts: dict[int, list[np.ndarray]] = {}
        for number, length, tests in self.tests:
            if length > n:
                continue
            mask = np.ones(n - length + 1, dtype=bool)
            for offset, column, values, outside in tests:
                window = columns[column, offset:offset + n - length + 1]
                if isinstance(values, re.Pattern):  # REGEX: searched in the distinct strings of the window
                    values = self._searched(values, window, doc.vocab.strings)
                mask &= (window == values[0] if len(values) == 1 else np.isin(window, values)) != outside
            if mask.any():
                starts.setdefault(number, []).append(self._target(number, np.flatnonzero(mask), length))
        strings = self.vocab.strings
        for m_id, start, end in self.rest(doc, allow_missing=True) if len(self.rest) else ():
            number = int(strings[m_id])
            starts.setdefault(number, []).append(self._target(number, np.array([start]), end - start))
        return {number: np.concatenate(found) for number, found in starts.items()}

    def _searched(self, regex: re.Pattern, window: np.ndarray, strings: Any) -> np.ndarray:
        """The values of `window` whose string `regex` finds (as the Matcher's REGEX does)."""
        seen = self.searched.setdefault(regex.pattern, {})
        found = []
        for value in np.unique(window).tolist():
            if (hit := seen.get(value)) is None:
                hit = seen[value] = regex.search(strings[value]) is not None
            if hit:
                found.append(value)
        if len(seen) > MEMO_LIMIT:
            seen.clear()
        return np.array(found, dtype="uint64")

    def _target(self, number: int, starts: np.ndarray, length: int) -> np.ndarray:
        index = self.indices[number]
        if not -length <= index < length:
            raise ValueError(f"attribute ruler pattern {number}: index {index} is outside a match of {length} tokens")
        return starts + (index if index >= 0 else length + index)

    def _assign(self, doc: Doc, targets: dict[int, np.ndarray]) -> None:
        """Each pattern's attributes, in pattern order (a later pattern wins, as in spaCy):
        the token attributes an array can carry in one `from_array`, the rest token by token."""
        values = doc.to_array(ARRAYED)
        changed = np.zeros(len(ARRAYED), dtype=bool)
        others: list[tuple[np.ndarray, dict]] = []
        for number in sorted(targets):
            tokens, attrs = targets[number], self.attrs[number]
            for attr, value in attrs.items():
                if attr in ARRAY_COLUMN:
                    values[tokens, ARRAY_COLUMN[attr]] = value
                    changed[ARRAY_COLUMN[attr]] = True
            rest = {a: v for a, v in attrs.items() if a not in ARRAY_COLUMN}
            if rest:
                others.append((tokens, rest))
        if changed.any():
            doc.from_array([a for a, c in zip(ARRAYED, changed) if c], values[:, changed])
        for tokens, attrs in others:
            for i in tokens.tolist():
                set_token_attrs(doc[i], attrs)


@Language.factory("cutoff_lemmatizer", default_config={})
def make_lemmatizer(nlp: Language, name: str) -> "MemoLemmatizer":
    return MemoLemmatizer(name)


class MemoLemmatizer:
    """The model's rule lemmatizer (`wraps`), run once per distinct (word, pos, morphology)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.wraps: Any = None  # the model's lemmatizer, set by `pipeline.nlp` when it swaps this in
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        todo = range(len(doc)) if self.wraps.overwrite else np.flatnonzero(lemmas == 0).tolist()
        rows = table.tolist()
        memo, strings = self.memo, doc.vocab.strings
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        for i in todo:
            key = tuple(rows[i][:3])
            lemma = memo.get(key)
            if lemma is None:
                lemma = memo[key] = strings.add(self.wraps.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc


def swap_in(nlp: Language) -> None:
    """Put the indexed attribute ruler and the memoised lemmatizer in place of the model's
    (same names, same patterns and tables), when the model has them."""
    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "cutoff_attribute_ruler").add_patterns(patterns)
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        model = nlp.get_pipe("lemmatizer")
        nlp.replace_pipe("lemmatizer", "cutoff_lemmatizer").wraps = model
