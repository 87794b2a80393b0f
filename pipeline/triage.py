"""Cheap first pass: does an article talk about cutting a telecom service at all?

In a real archive only a few articles in a thousand report a restriction. Before the
tagger, parser and NER, one compiled regular expression per word list (trigger words,
telecom object words and platform names, from `models/vocab/triage.json` and the
gazetteer) scans the raw text; only articles where a trigger stands within
`window_chars` of an object go on to the full pipeline. An event needs a trigger and its
object a few words apart in one sentence, so triage keeps every article the full
pipeline could find events in, while carrier earnings ("cut costs" far from "5G
network"), phone launches and traffic news are not parsed for nothing. A trigger next to
a commerce word ("cut prices", "job cuts") does not count: the pipeline vetoes it too.

The two expressions (hundreds of alternatives each) cost a millisecond an article when
they scan the whole text, and most articles of an archive hold no trigger word or no telecom
word at all. So the words of the text are looked up first in the sets of the words the
alternatives start with (`first_words`): an article that meets neither set is out at once,
and the expressions are tried only where such a word starts (`matches`), which finds the
same matches as a scan.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from pipeline.components.patterns import MODELS_DIR, read_patterns

WORD = re.compile(r"[\w-]+")
# the only characters that re.IGNORECASE equates with an ASCII letter, or that lower() turns into one
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


class Triage:
    def __init__(self, vocab_file: str = "vocab/triage.json", platform_file: str = "gazetteer/platforms.jsonl") -> None:
        vocab = json.loads((MODELS_DIR / vocab_file).read_text("utf-8"))
        platforms = [p["pattern"] for p in read_patterns([platform_file]) if isinstance(p["pattern"], str)]
        self.triggers = _word_regex(vocab["triggers"])
        self.objects = _word_regex(vocab["objects"] + platforms)
        self.window = int(vocab["window_chars"])
        self.commerce = _word_regex(vocab["commerce"])
        self.commerce_chars = int(vocab["commerce_chars"])
        self.trigger_starts = first_words(vocab["triggers"])
        self.object_starts = first_words(vocab["objects"] + platforms)

    def is_candidate(self, text: str) -> bool:
        starts = self.word_starts(text)
        if starts is not None and not (starts[0] and starts[1]):
            return False  # no trigger, or no telecom word, anywhere
        reach = self.commerce_chars
        triggers = [m.start() for m in matches(self.triggers, text, starts and starts[0])
                    if not self.commerce.search(text, max(0, m.start() - reach), m.end() + reach)]
        return bool(triggers) and any(_near(triggers, m.start(), self.window) for m in matches(self.objects, text, starts and starts[1]))

    def word_starts(self, text: str) -> tuple[list[int], list[int]] | None:
        """Offsets of the words that a trigger, and that a telecom word, can start with; None
        when the shortcut does not hold (a character that folds to an ASCII letter)."""
        if self.trigger_starts is None or self.object_starts is None or FOLDS_TO_ASCII.search(text):
            return None
        triggers, objects = [], []
        for m in WORD.finditer(text.lower()):  # lower() keeps offsets: FOLDS_TO_ASCII holds the one that does not
            if m[0] in self.trigger_starts:
                triggers.append(m.start())
            if m[0] in self.object_starts:
                objects.append(m.start())
        return triggers, objects


def matches(pattern: re.Pattern, text: str, starts: list[int] | None) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, trying only at `starts` (all the offsets where a match can
    start) when they are given."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m


def _near(sorted_positions: list[int], position: int, window: int) -> list[int]:
    """The positions within `window` of `position` (a slice of a sorted list)."""
    lo = bisect_left(sorted_positions, position - window)
    hi = bisect_right(sorted_positions, position + window)
    return sorted_positions[lo:hi]


def first_words(words: list[str]) -> frozenset[str] | None:
    """The lowercase word each of `words` starts with, so that `_word_regex(words)` can match
    in a text only where that word stands whole (it starts after no word character, and the
    word ends where the phrase has a space or ends); None when some phrase starts with no
    word or with a non-ASCII one, for which this does not hold."""
    starts = set()
    for word in (w.lower() for w in words if w.strip()):
        start = WORD.match(word)
        if start is None or not start[0].isascii():
            return None
        starts.add(start[0])
    return frozenset(starts)


def _word_regex(words: list[str]) -> re.Pattern:
    alternatives = sorted({re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words if w.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def default_triage() -> Triage:
    return Triage()
