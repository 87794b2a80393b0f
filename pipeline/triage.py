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
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from pipeline.components.patterns import MODELS_DIR, read_patterns

class Triage:
    def __init__(self, vocab_file: str = "vocab/triage.json", platform_file: str = "gazetteer/platforms.jsonl") -> None:
        vocab = json.loads((MODELS_DIR / vocab_file).read_text("utf-8"))
        platforms = [p["pattern"] for p in read_patterns([platform_file]) if isinstance(p["pattern"], str)]
        self.triggers = _word_regex(vocab["triggers"])
        self.objects = _word_regex(vocab["objects"] + platforms)
        self.window = int(vocab["window_chars"])
        self.commerce = _word_regex(vocab["commerce"])
        self.commerce_chars = int(vocab["commerce_chars"])

    def is_candidate(self, text: str) -> bool:
        reach = self.commerce_chars
        triggers = [m.start() for m in self.triggers.finditer(text)
                    if not self.commerce.search(text, max(0, m.start() - reach), m.end() + reach)]
        return bool(triggers) and any(_near(triggers, m.start(), self.window) for m in self.objects.finditer(text))


def _near(sorted_positions: list[int], position: int, window: int) -> list[int]:
    """The positions within `window` of `position` (a slice of a sorted list)."""
    lo = bisect_left(sorted_positions, position - window)
    hi = bisect_right(sorted_positions, position + window)
    return sorted_positions[lo:hi]


def _word_regex(words: list[str]) -> re.Pattern:
    alternatives = sorted({re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words if w.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def default_triage() -> Triage:
    return Triage()
