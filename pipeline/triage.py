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
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# . ! ? (and closing quotes) before a word that starts with a capital, a digit or a quote
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
CUES_FILE = "vocab/cues.jsonl"
TOKEN_WORDS = ("LOWER", "ORTH", "TEXT")


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
        self.vetoes = _word_regex(cue_phrases(read_patterns([CUES_FILE]), set(vocab["veto_cue_ids"])))
        self.veto_chars = int(vocab["veto_chars"])
        self.authority_files = tuple(vocab["authority_files"])

    def is_candidate(self, text: str) -> bool:
        starts = self.word_starts(text)
        if starts is not None and not (starts[0] and starts[1]):
            return False  # no trigger, or no telecom word, anywhere
        reach = self.commerce_chars
        triggers = [m.start() for m in matches(self.triggers, text, starts and starts[0])
                    if not self.commerce.search(text, max(0, m.start() - reach), m.end() + reach)]
        if not triggers:
            return False
        objects = [m.start() for m in matches(self.objects, text, starts and starts[1])]
        breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
        return any(self.counts(text, at, objects, breaks) for at in triggers)

    def counts(self, text: str, at: int, objects: list[int], breaks: list[int]) -> bool:
        """Whether the trigger word at `at` can start an event: a telecom word within the
        window and in its own paragraph (the pipeline links a trigger to the objects of its
        sentence, and a blank line ends a sentence there), and no natural or technical cause
        next to it ("switches off its 3G network", "cut off by the storm") in a sentence that
        names no authority, as the pipeline vetoes such a trigger (`cutoff_triggers`)."""
        i = bisect_right(breaks, at)
        lo, hi = (breaks[i - 1] if i else 0), (breaks[i] if i < len(breaks) else len(text))
        if not any(lo <= o < hi for o in _near(objects, at, self.window)):
            return False
        first, last = sentence_bounds(text, at, lo, hi)
        cue = self.vetoes.search(text, max(first, at - self.veto_chars), min(last, at + self.veto_chars))
        return cue is None or names_authority(text[first:last], self.authority_files)

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
def abbreviations() -> frozenset[str]:
    """Words after whose full stop no sentence ends ("Gen.", "U.S."): `abbreviations` of
    vocab/triage.json, shared by triage and the passage picker."""
    return frozenset(json.loads((MODELS_DIR / "vocab" / "triage.json").read_text("utf-8"))["abbreviations"])


def sentence_bounds(text: str, at: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence of `text[lo:hi]` (a paragraph) that holds offset `at`, from punctuation:
    an end after a short abbreviation or a single letter ("Gen.", "U.S.") is none."""
    first, last = lo, hi
    for m in SENTENCE_END.finditer(text, lo, hi):
        word = re.search(r"[\w.]*$", text[max(lo, m.start() - 12):m.start()])[0].lower().rstrip(".")
        if word in abbreviations() or len(word) == 1:
            continue
        if m.end() <= at:
            first = m.end()
        else:
            last = m.start() + 1
            break
    return first, last


def cue_phrases(patterns, ids: set[str]) -> list[str]:
    """The word sequences that the cue patterns with one of `ids` match, spelled out (a
    pattern of fixed words, some optional); a pattern with anything richer is left out, so
    triage vetoes less than the pipeline, never more."""
    phrases: list[str] = []
    for p in patterns:
        tokens = p["pattern"]
        if p.get("id") not in ids:
            continue
        if isinstance(tokens, str):
            phrases.append(tokens)
            continue
        options: list[list[str]] = [[]]
        for t in tokens:
            attrs = [a for a in t if a != "OP"]
            value = t[attrs[0]] if len(attrs) == 1 and attrs[0] in TOKEN_WORDS else None
            words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else None
            if words is None or t.get("OP") not in (None, "?"):
                options = []
                break
            options = [o + [w] for o in options for w in words] + (options if t.get("OP") == "?" else [])
        phrases += [" ".join(o) for o in options if o]
    return phrases


def names_authority(sentence: str, files: tuple[str, ...]) -> bool:
    """Whether `sentence` may name an authority, an official or the government (an ACTOR or
    AUTHORITY pattern of the gazetteer that is no carrier): it holds every word one needs."""
    index = authority_words(files)
    if index is None:
        return True
    words = set(WORD.findall(sentence.lower()))
    return any(all(options & words for options in needed) for key in words & index.keys() for needed in index[key])


@lru_cache(maxsize=4)
def authority_words(files: tuple[str, ...]) -> dict[str, list[list[frozenset[str]]]] | None:
    """For each authority pattern, the words (in lower case, one of each set) that every match
    of it holds, no stop words, indexed by one of them; read only when a veto needs it. None
    when some pattern needs no such word, and then every sentence may name one."""
    from spacy.lang.en.stop_words import STOP_WORDS

    index: dict[str, list[list[frozenset[str]]]] = {}
    for p in read_patterns(files):
        if p["label"] not in ("ACTOR", "AUTHORITY") or p.get("id") == "carrier":
            continue
        if isinstance(p["pattern"], str):
            needed = [frozenset([w]) for w in WORD.findall(p["pattern"].lower())]
        else:
            needed = []
            for t in p["pattern"]:
                value = next((t[a] for a in TOKEN_WORDS if a in t), None)
                if t.get("OP") is None and (isinstance(value, str) or (isinstance(value, dict) and "IN" in value)):
                    needed.append(frozenset(v.lower() for v in ([value] if isinstance(value, str) else value["IN"])))
        needed = [w for w in needed if not w <= STOP_WORDS]
        if not needed:
            return None
        for key in needed[-1]:
            index.setdefault(key, []).append(needed)
    return index


@lru_cache(maxsize=1)
def default_triage() -> Triage:
    return Triage()
