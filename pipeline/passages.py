"""Parse what can matter (issue 15): the tagger, parser and lemmatizer run only on the
passages of an article that can hold or complete an event; NER and the rule stages read the
whole article.

A relevant article of forty paragraphs speaks of the restriction in a few of them; the rest
(the protests, the politics, the history) can change an event only through the places, dates
and names that NER and the gazetteer find anyway. So a cheap pass over the tokenised text
(`PassagePicker`, no model) marks the paragraphs to parse:

- those with a word of `models/vocab/triage.json` (trigger words, telecom words, and the
  platform names triage adds), or an anchor word of a trigger pattern (`vocab/triggers.jsonl`:
  "restored", "similar measures", "went offline"), matched as a word start so inflections count;
- the paragraphs around them, enough to hold `BEFORE` sentences before and `AFTER` after
  (the linker reads the sentences after a mention for its remedies, reasons and end date,
  `restore_window_sentences` of `vocab/event_rules.json`, and the one before for its place);
- the first `LEAD` paragraphs: the headline, the dateline and the lead.

Paragraphs (a blank line ends one) are the unit because their ends are sentence ends in the
full pipeline too (`cutoff_paragraphs`), so a passage parsed alone gets the sentences it gets
in the whole article. The article is cut into runs of parsed and unparsed paragraphs; the
parsed runs go through the model's components before NER (`tok2vec`, `tagger`, the paragraph
stage, `parser`, `attribute_ruler`, `lemmatizer`) in one `nlp.pipe` for the whole batch; the
other runs get sentences from punctuation (`rule_sentences`), each a flat tree under its first
token so that `Doc.from_docs` keeps them; the runs are joined into one Doc with the article's
character offsets, and NER and the cutoff stages run on it as on a fully parsed Doc.

An article with nothing left out (one paragraph, or every paragraph picked) is parsed whole,
as before; `cutoff run --full-parse` parses every article whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.patterns import anchor_words, read_patterns
from pipeline.triage import default_triage

LEAD = 2  # paragraphs always parsed: headline, dateline, lead
BEFORE = 2  # sentences before a picked paragraph that are parsed with it
AFTER = 3  # and after (restore_window_sentences)
TRIGGER_FILES = ("vocab/triggers.jsonl",)
# anchor words of trigger patterns too common to pick a paragraph by themselves: their
# patterns need a trigger or telecom word beside them, which picks the paragraph anyway
COMMON_ANCHORS = frozenset({"no", "without", "kind", "sort", "type", "do", "follow", "fall", "get", "drop", "end", "change",
                            "move", "step", "action", "measure", "policy", "rule", "decision", "notice", "arrangement", "announcement"})
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "prof", "jr", "sr",
                           "no", "vs", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                           "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"})


class PassagePicker:
    """Which paragraphs of a tokenised article to parse."""

    def __init__(self, trigger_files: Iterable[str] = TRIGGER_FILES) -> None:
        triage = default_triage()
        self.words = [triage.triggers, triage.objects]
        anchors = set()
        for pattern in read_patterns(trigger_files):
            if isinstance(pattern["pattern"], str):
                anchors.add(pattern["pattern"].lower())
            elif (anchor := anchor_words(pattern["pattern"], STOP_WORDS)) is not None:
                anchors.update(w.lower() for w in anchor[1])
        anchors -= COMMON_ANCHORS
        if anchors:  # a word start: "restore" picks "restored", "offline" "offline"
            alternatives = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in anchors), key=len, reverse=True)
            self.words.append(re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")", re.IGNORECASE))

    def pick(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """The article as consecutive token runs (start, end, parse?) of whole paragraphs."""
        paragraphs = paragraph_starts(doc)
        bounds = paragraphs + [len(doc)]
        chars = [doc[i].idx for i in paragraphs]
        hit = [False] * len(paragraphs)
        for regex in self.words:
            for m in regex.finditer(doc.text):
                hit[bisect_right(chars, m.start()) - 1] = True
        sentences = [len(rule_sentences(doc, bounds[i], bounds[i + 1])) for i in range(len(paragraphs))]
        chosen = [i < LEAD for i in range(len(paragraphs))]
        for i in (i for i, h in enumerate(hit) if h):
            chosen[i] = True
            for step, want in ((-1, BEFORE), (1, AFTER)):
                j, got = i + step, 0
                while 0 <= j < len(paragraphs) and got < want:
                    chosen[j] = True
                    got += sentences[j]
                    j += step
        runs: list[tuple[int, int, bool]] = []
        for i, parse in enumerate(chosen):
            if runs and runs[-1][2] == parse:
                runs[-1] = (runs[-1][0], bounds[i + 1], parse)
            else:
                runs.append((bounds[i], bounds[i + 1], parse))
        return runs


@lru_cache(maxsize=1)
def default_picker() -> PassagePicker:
    return PassagePicker()


def paragraph_starts(doc: Doc, min_newlines: int = 2) -> list[int]:
    """First token of each paragraph: 0 and every token after a whitespace token holding a
    blank line (where `cutoff_paragraphs` starts a sentence)."""
    starts = [0]
    for i, token in enumerate(doc[:-1]):
        if token.is_space and token.text.count("\n") >= min_newlines:
            starts.append(i + 1)
    return starts


def rule_sentences(doc: Doc, start: int, end: int) -> list[int]:
    """Sentence starts in doc[start:end] from punctuation: after . ! ? (and closing quotes)
    before a word that starts with a capital or a digit, not after a short abbreviation."""
    starts = [start]
    for i in range(start, end - 1):
        token, after = doc[i], doc[i + 1]
        if after.is_space and i + 2 < end:
            after = doc[i + 2]
        if not SENTENCE_END.search(token.text) or not (after.text[:1].isupper() or after.text[:1].isdigit() or after.text[:1] in "\"'\u201c\u2018"):
            continue
        word = doc[i - 1].lower_.rstrip(".") if token.text == "." and i > start else token.lower_.rstrip(".")
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        nxt = i + 1 if not doc[i + 1].is_space else i + 2
        if nxt < end and nxt > starts[-1]:
            starts.append(nxt)
    return starts


def flat_sentences(doc: Doc) -> Doc:
    """An unparsed run: each rule sentence a flat tree under its first token, so that the
    sentence survives `Doc.from_docs` (which reads sentences from the trees)."""
    starts = rule_sentences(doc, 0, len(doc))
    heads = np.zeros(len(doc), dtype="int32")
    deps = np.zeros(len(doc), dtype="uint64")
    sent_starts = np.zeros(len(doc), dtype="int32")
    root = doc.vocab.strings.add("ROOT")
    bounds = starts + [len(doc)]
    for s, e in zip(bounds, bounds[1:]):
        heads[s + 1:e] = s - np.arange(s + 1, e)
        deps[s] = root
        sent_starts[s] = 1
    array = np.stack([heads.astype("uint64"), deps, sent_starts.astype("uint64")], axis=1)
    doc.from_array([HEAD, DEP, SENT_START], array)
    return doc


def model_pipes(nlp: Language, rule_stages: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(the components that tag, parse and lemmatise; NER and the rule stages after it)."""
    late = [name for name in nlp.pipe_names if name == "ner" or name in rule_stages]
    return [name for name in nlp.pipe_names if name not in late], late


def analyse_docs(nlp: Language, docs: list[Doc], rule_stages: tuple[str, ...], batch_size: int = 64) -> Iterator[Doc]:
    """`docs` (tokenised, with their article values set) analysed with the parse confined
    to their passages, in order. Per-article values in `doc._` are carried over."""
    picker = default_picker()
    early, late = model_pipes(nlp, rule_stages)
    plans = [picker.pick(doc) for doc in docs]
    pieces = []  # (doc index, run index, span doc)
    for i, (doc, runs) in enumerate(zip(docs, plans)):
        if all(parse for _, _, parse in runs):
            continue
        for j, (start, end, parse) in enumerate(runs):
            if parse:
                pieces.append((i, j, doc[start:end].as_doc()))
    parsed: dict[tuple[int, int], Doc] = {}
    whole = [i for i, runs in enumerate(plans) if all(parse for _, _, parse in runs)]
    with nlp.select_pipes(enable=early):
        for (i, j, _), piece in zip(pieces, nlp.pipe((p for _, _, p in pieces), batch_size=batch_size)):
            parsed[(i, j)] = piece
        for i, doc in zip(whole, nlp.pipe((docs[i] for i in whole), batch_size=batch_size)):
            docs[i] = doc
    joined = []
    for i, (doc, runs) in enumerate(zip(docs, plans)):
        if i in whole:
            joined.append(doc)
            continue
        parts = [parsed[(i, j)] if parse else flat_sentences(doc[start:end].as_doc()) for j, (start, end, parse) in enumerate(runs)]
        new = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
        new.user_data.update(doc.user_data)  # doc._ values (the publication date)
        joined.append(new)
    with nlp.select_pipes(enable=late):
        yield from nlp.pipe(joined, batch_size=batch_size)


def parsed_share(doc: Doc) -> float:
    """Share of an article's tokens the picker would have parsed (for benchmarks)."""
    runs = default_picker().pick(doc)
    return sum(e - s for s, e, parse in runs if parse) / max(1, len(doc))
