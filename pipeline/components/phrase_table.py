"""Exact-word phrases (the gazetteer's 50,000 place, carrier and authority names) as arrays.

spaCy's PhraseMatcher keeps its phrases in a trie that `add` builds node by node; for the
gazetteer that took about 0.15 s of every process start, even from the compiled cache, a
tenth of what loading the model itself costs. `PhraseTable` finds the same matches as
`PhraseMatcher(vocab, attr="ORTH")` (every occurrence of every phrase, overlapping ones
too) from arrays that load in a few milliseconds: each phrase's token hashes (a row), and a
hash of each phrase's tokens and length, sorted. The windows of the Doc that start with a
token some phrase starts with are hashed the same way and looked up with one `searchsorted`;
only the rows found are compared token by token.

Matches come sorted by start, then by the order the phrases were added; a phrase added
twice under one key matches once, as with PhraseMatcher.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab


MAX_TOKENS = 64  # the longest phrase a table holds


class PhraseTable:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.added: dict[tuple[str, tuple[int, ...]], None] = {}  # (key, token hashes), in order
        self.arrays: dict[str, np.ndarray] | None = None
        self.derived: tuple[np.ndarray, frozenset[int]] | None = None

    def __len__(self) -> int:
        return len(self.added) if self.arrays is None else len(self.arrays["keys"])

    def add(self, key: str, phrases: Iterable[Sequence[int] | Doc]) -> None:
        """Phrases as token hash sequences (or Docs, read as their ORTH hashes)."""
        for phrase in phrases:
            hashes = tuple(int(h) for h in (phrase.to_array(ORTH) if isinstance(phrase, Doc) else phrase))
            if len(hashes) > MAX_TOKENS:
                raise ValueError(f"phrase of {len(hashes)} tokens for {key!r}: at most {MAX_TOKENS}")
            if hashes:
                self.added[(key, hashes)] = None
                self.vocab.strings.add(key)  # as PhraseMatcher.add does: a match's label is read from the strings
        self.arrays = self.derived = None

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The table: each phrase's token hashes (a row, in the order added), and the phrases
        sorted by length and by a hash of their tokens, with where each length starts."""
        if self.arrays is None and not self.added:
            return {"keys": np.array([], dtype=object)}
        if self.arrays is None:
            rows = list(self.added)
            width = max(len(h) for _, h in rows)
            tokens = np.zeros((len(rows), width), dtype=np.uint64)
            for i, (_, hashes) in enumerate(rows):
                tokens[i, :len(hashes)] = hashes
            lengths = np.array([len(h) for _, h in rows], dtype=np.int64)
            hashes = (tokens * POWERS[:width]).sum(axis=1, dtype=np.uint64) + TAGS[lengths]  # padding is 0: adds nothing
            order = np.argsort(hashes, kind="stable")
            self.arrays = {
                "keys": np.array([key for key, _ in rows], dtype=object),
                "tokens": tokens,
                "lengths": lengths,
                "order": order,
                "hashes": hashes[order],
                "present": np.unique(lengths),
            }
        return self.arrays

    def load(self, arrays: dict) -> "PhraseTable":
        """A table `to_arrays` gave (from the compiled cache)."""
        self.arrays = {name: np.asarray(value) if name != "keys" else np.array(list(value), dtype=object) for name, value in arrays.items()}
        self.added, self.derived = {}, None
        for key in self.arrays["keys"]:
            self.vocab.strings.add(key)
        return self

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(key hash, start, end) of every match, by start, then length, then order added.

        For each length a phrase has, the hash of every window of that many tokens of the
        Doc (built up from the previous length's) is looked up among the phrases' hashes,
        and the tokens of each window found are compared with the phrase's."""
        table = self.to_arrays()
        n = len(doc)
        if not n or not len(table["keys"]):
            return []
        if self.derived is None:  # the keys' hashes (added to the vocab's strings) and the first tokens, once
            self.derived = (np.array([self.vocab.strings.add(key) for key in table["keys"]], dtype=np.uint64),
                            frozenset(table["tokens"][:, 0].tolist()))
        ids, firsts = self.derived
        orth = doc.to_array(ORTH).astype(np.uint64).reshape(-1)
        tokens, order, hashes = table["tokens"], table["order"], table["hashes"]
        begins = np.array([i for i, h in enumerate(orth.tolist()) if h in firsts], dtype=np.int64)
        if not len(begins):
            return []
        padded = np.concatenate([orth, np.zeros(MAX_TOKENS, dtype=np.uint64)])
        windows, starts_of, window, length = [], [], orth[begins], 1
        for target in table["present"].tolist():
            if target > n:
                break
            while length < target:
                window = window + padded[begins + length] * POWERS[length]
                length += 1
            fits = begins + length <= n
            windows.append(window[fits] + TAGS[length])
            starts_of.append((length, begins[fits]))
        tagged = np.concatenate(windows)
        at = np.minimum(np.searchsorted(hashes, tagged), len(hashes) - 1)
        bounds = np.cumsum([0] + [len(b) for _, b in starts_of])
        rows, starts = [], []
        hits = np.flatnonzero(hashes[at] == tagged)
        for hit in hits.tolist():
            part = int(np.searchsorted(bounds, hit, "right")) - 1
            length, start = starts_of[part][0], int(starts_of[part][1][hit - int(bounds[part])])
            j = int(at[hit])
            while j < len(hashes) and hashes[j] == tagged[hit]:  # one phrase, or several with one hash
                row = order[j]
                if (tokens[row, :length] == orth[start:start + length]).all():
                    rows.append(row)
                    starts.append(start)
                j += 1
        lengths = table["lengths"]
        found = sorted(zip(starts, (lengths[r] for r in rows), rows))
        return [(int(ids[r]), int(s), int(s + n_tokens)) for s, n_tokens, r in found]


# powers of an odd 64-bit multiplier, wrapping: the hash of tokens t0..tk is sum(ti * P[i]),
# plus a tag for the phrase's length, so that phrases of every length share one sorted array
POWERS = np.array([pow(0x9E3779B97F4A7C15, i, 2**64) for i in range(MAX_TOKENS)], dtype=np.uint64)
TAGS = np.array([pow(0xD6E8FEB86659FD93, i + 1, 2**64) for i in range(MAX_TOKENS + 1)], dtype=np.uint64)
