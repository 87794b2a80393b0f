"""Cheap first pass: does an article talk about cutting a telecom service at all?

In a real archive only a few articles in a thousand report a restriction. Before the
tagger, parser and NER, one compiled regular expression per word list (trigger words,
telecom object words and platform names, from `models/`) scans the raw text; only
articles with both kinds of word in one paragraph go on to the full pipeline. The word
lists are kept a superset of what the trigger and gazetteer patterns can match, and an
event needs a trigger and its object in one sentence, which the parser keeps within a
paragraph; so triage never drops an article the full pipeline would have found events
in, while ordinary news that says "take" in one paragraph and "service" in another is
not parsed for nothing. Text without blank lines is one paragraph.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.components.patterns import MODELS_DIR, read_patterns

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class Triage:
    def __init__(self, vocab_file: str = "vocab/triage.json", platform_file: str = "gazetteer/platforms.jsonl") -> None:
        vocab = json.loads((MODELS_DIR / vocab_file).read_text("utf-8"))
        platforms = [p["pattern"] for p in read_patterns([platform_file]) if isinstance(p["pattern"], str)]
        self.triggers = _word_regex(vocab["triggers"])
        self.objects = _word_regex(vocab["objects"] + platforms)

    def is_candidate(self, text: str) -> bool:
        return any(self.triggers.search(p) and self.objects.search(p) for p in PARAGRAPH_BREAK.split(text))


def _word_regex(words: list[str]) -> re.Pattern:
    alternatives = sorted({re.escape(w.lower()) for w in words if w.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def default_triage() -> Triage:
    return Triage()
