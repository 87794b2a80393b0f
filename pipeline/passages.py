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
full pipeline too (`cutoff_paragraphs`), so a passage parsed alone gets the tags, tree,
lemmas and sentences it gets in the whole article. The article is cut into runs of parsed and
unparsed paragraphs, and runs longer than PIECE_TOKENS into pieces (at paragraph ends, else at
sentence ends); the parsed pieces go through the model (`tok2vec`, `tagger`, the paragraph
stage, `parser`, `attribute_ruler`, `lemmatizer`, `ner`), the others get sentences from
punctuation (`rule_sentences`, each a flat tree under its first token so that `Doc.from_docs`
keeps it) and NER alone; the model reads at most BATCH_TOKENS tokens per call, so its memory is
bounded however long a page is. The pieces are joined into one Doc with the article's
character offsets, and the rule stages run on it as on a fully parsed Doc.

An article with nothing left out and shorter than PIECE_TOKENS is analysed whole, as before;
`cutoff run --full-parse` analyses every article whole (and one `nlp.pipe` per batch).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, HEAD, IS_SPACE, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.doc_text import doc_text
from pipeline.components.patterns import anchor_words, read_patterns
from pipeline.triage import WORD, abbreviations, default_triage, matches

LEAD = 2  # paragraphs always parsed: headline, dateline, lead
BEFORE = 2  # sentences before a picked paragraph that are parsed with it
AFTER = 3  # and after (restore_window_sentences)
PIECE_TOKENS = 2000  # the most tokens of one article the model reads at once
BATCH_TOKENS = 6000  # the most tokens the model reads in one call: its memory is about proportional
TRIGGER_FILES = ("vocab/triggers.jsonl",)
REMEDY_FILES = ("vocab/remedies.jsonl",)
# anchor words of remedy patterns too common to pick a paragraph by themselves ("nin" starts "nine")
GENERIC = frozenset({"nin", "day", "hour", "month", "week", "get", "re", "card", "document", "documents", "papers", "apply", "ask", "request",
                     "seek", "text", "write", "reply", "opt", "switch", "turn", "download", "return", "business", "sales", "service",
                     "public", "police", "real", "true", "client", "customer", "court", "application", "sign", "bring", "file", "lodge"})
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")


class PassagePicker:
    """Which paragraphs of a tokenised article to parse."""

    def __init__(self, trigger_files: Iterable[str] = TRIGGER_FILES) -> None:
        self.triage = default_triage()
        anchors = set()
        for pattern in read_patterns([*trigger_files, *REMEDY_FILES]):
            if pattern["label"] in ("LIFT", "REMEDY") and not isinstance(pattern["pattern"], str):
                if (anchor := anchor_words(pattern["pattern"], STOP_WORDS)) is not None:
                    anchors.update(w.lower() for w in anchor[1])
        anchors -= GENERIC
        # a word start: "restore" picks "restored", "restoring"
        alternatives = sorted((re.escape(w) for w in anchors), key=len, reverse=True) or ["(?!)"]
        self.lifts = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")", re.IGNORECASE)
        # the first two letters of the lifting words, to try the expression only at words that
        # start with them (None when some word is too short or not ASCII: scan the text)
        ascii_words = all(len(w) >= 2 and w.isascii() for w in anchors)
        self.lift_prefixes = frozenset(w.lower()[:2] for w in anchors) if ascii_words else None

    def hits(self, text: str) -> tuple[list[int], list[int], list[int]]:
        """Character offsets of trigger words (not next to a commerce word, as in triage), of
        telecom and platform words, and of the words that lift a measure or name a remedy."""
        triage = self.triage
        reach = triage.commerce_chars
        starts = triage.word_starts(text)  # where each expression can match (see pipeline.triage)
        triggers = [m.start() for m in matches(triage.triggers, text, starts and starts[0])
                    if not triage.commerce.search(text, max(0, m.start() - reach), m.end() + reach)]
        objects = [m.start() for m in matches(triage.objects, text, starts and starts[1])]
        lift_starts = None
        if self.lift_prefixes is not None and starts is not None:
            lift_starts = [m.start() for m in WORD.finditer(text.lower()) if m[0][:2] in self.lift_prefixes]
        return triggers, objects, [m.start() for m in matches(self.lifts, text, lift_starts)]

    def pick(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """The article as consecutive token runs (start, end, parse?) of whole paragraphs:
        core paragraphs (a trigger word within triage's window of a telecom word) with the
        paragraphs around them holding BEFORE sentences before and AFTER after; after the
        first core paragraph, every paragraph with a trigger, telecom or lifting word (one
        that points back at the measure, "the ban was lifted", or adds a remedy, "users turned
        to VPNs", counts however far); and the first LEAD paragraphs."""
        paragraphs = paragraph_starts(doc)
        bounds = paragraphs + [len(doc)]
        if len(paragraphs) <= LEAD:
            return [(0, len(doc), True)]
        chars = [doc[i].idx for i in paragraphs]
        triggers, objects, lifts = self.hits(doc_text(doc))
        window = self.triage.window
        core = [False] * len(paragraphs)
        for at in triggers:
            if _near(objects, at, window):
                core[bisect_right(chars, at) - 1] = True
        if not any(core):
            return [(0, len(doc), True)]  # nothing for the picker to go by: parse it all
        first = core.index(True)
        chosen = [i < LEAD for i in range(len(paragraphs))]
        for at in (*triggers, *objects, *lifts):
            i = bisect_right(chars, at) - 1
            if i >= first:
                chosen[i] = True
        sentences: dict[int, int] = {}  # sentence counts, of the paragraphs next to a core one only

        def count(j: int) -> int:
            if j not in sentences:
                sentences[j] = len(rule_sentences(doc, bounds[j], bounds[j + 1]))
            return sentences[j]

        for i in (i for i, c in enumerate(core) if c):
            chosen[i] = True
            for step, want in ((-1, BEFORE), (1, AFTER)):
                j, got = i + step, 0
                while 0 <= j < len(paragraphs) and got < want:
                    chosen[j] = True
                    got += count(j)
                    j += step
        runs: list[tuple[int, int, bool]] = []
        for i, parse in enumerate(chosen):
            if runs and runs[-1][2] == parse:
                runs[-1] = (runs[-1][0], bounds[i + 1], parse)
            else:
                runs.append((bounds[i], bounds[i + 1], parse))
        return runs


def _near(sorted_positions: list[int], position: int, window: int) -> bool:
    lo = bisect_left(sorted_positions, position - window)
    return lo < len(sorted_positions) and sorted_positions[lo] <= position + window


@lru_cache(maxsize=1)
def default_picker() -> PassagePicker:
    return PassagePicker()


def paragraph_starts(doc: Doc | Span, min_newlines: int = 2) -> list[int]:
    """First token of each paragraph: 0 and every token after a whitespace token holding a
    blank line (where `cutoff_paragraphs` starts a sentence)."""
    spaces = np.flatnonzero(doc.to_array([IS_SPACE]).reshape(-1)[:-1]) if len(doc) > 1 else []
    return [0] + [int(i) + 1 for i in spaces if doc[int(i)].text.count("\n") >= min_newlines]


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
        if word in abbreviations() or (len(word) == 1 and word.isalpha()):
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
    """(the model's components, tagger to NER; the rule stages after them)."""
    rules = [name for name in nlp.pipe_names if name in rule_stages]
    return [name for name in nlp.pipe_names if name not in rules], rules


def pieces_of(doc: Doc, runs: list[tuple[int, int, bool]], limit: int | None = None) -> list[tuple[int, int, bool]]:
    """The runs cut into pieces of at most `limit` tokens, at paragraph starts where one
    fits, else at sentence starts from punctuation, else anywhere (a page in one line)."""
    limit = limit or PIECE_TOKENS
    out = []
    for start, end, parse in runs:
        while end - start > limit:
            cuts = [i for i in paragraph_starts(doc[start:start + limit + 1]) if i > 0] or \
                   [i - start for i in rule_sentences(doc, start, start + limit + 1) if i > start] or [limit]
            out.append((start, start + cuts[-1], parse))
            start += cuts[-1]
        out.append((start, end, parse))
    return out


def analyse_docs(nlp: Language, docs: list[Doc], rule_stages: tuple[str, ...], batch_size: int = 64) -> Iterator[Doc]:
    """`docs` (tokenised, with their article values set) analysed with the parse confined
    to their passages, in order. The model reads pieces of at most PIECE_TOKENS tokens, at
    most BATCH_TOKENS at a time, so its memory is bounded whatever the length of a page."""
    picker = default_picker()
    model, rules = model_pipes(nlp, rule_stages)
    ner = [name for name in model if name == "ner"]
    group: list[tuple[Doc, list[tuple[int, int, bool]]]] = []
    size = 0
    for doc in docs:
        plan = pieces_of(doc, picker.pick(doc))
        group.append((doc, plan))
        size += len(doc)
        if size >= BATCH_TOKENS or len(group) >= batch_size:
            yield from _analyse_group(nlp, group, model, ner, rules)
            group, size = [], 0
    if group:
        yield from _analyse_group(nlp, group, model, ner, rules)


def _analyse_group(nlp: Language, group, model: list[str], ner: list[str], rules: list[str]) -> Iterator[Doc]:
    """The model over every piece of `group` (token-budgeted calls), the pieces of each
    article joined, the rule stages over the joined Docs."""
    pieces: list[tuple[int, bool, Doc]] = []
    for i, (doc, plan) in enumerate(group):
        if len(plan) == 1 and plan[0][2]:  # one parsed piece: the article itself
            pieces.append((i, True, doc))
            continue
        # the article is only tokenised yet: a piece is a new Doc of its words (what
        # `Span.as_doc` gives, without its copies of empty annotations and vectors)
        words, spaces = [t.text for t in doc], [bool(t.whitespace_) for t in doc]
        for s, e, parse in plan:
            piece = Doc(doc.vocab, words=words[s:e], spaces=spaces[s:e])
            pieces.append((i, parse, piece if parse else flat_sentences(piece)))
    done: list[Doc | None] = [None] * len(pieces)
    for parse, names in ((True, model), (False, ner)):
        todo = [k for k, (_, p, _) in enumerate(pieces) if p == parse]
        with nlp.select_pipes(enable=names):
            for chunk in _token_chunks(todo, [len(pieces[k][2]) for k in todo]):
                for k, piece in zip(chunk, nlp.pipe((pieces[k][2] for k in chunk), batch_size=len(chunk))):
                    done[k] = piece
    joined = []
    for i, (doc, plan) in enumerate(group):
        parts = [done[k] for k, (j, _, _) in enumerate(pieces) if j == i]
        if len(parts) == 1 and parts[0] is doc:
            joined.append(doc)
            continue
        new = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
        new.user_data.update(doc.user_data)  # doc._ values (the publication date)
        joined.append(new)
    del pieces, done
    with nlp.select_pipes(enable=rules):
        yield from nlp.pipe(joined, batch_size=len(joined))


def _token_chunks(keys: list[int], sizes: list[int]) -> Iterator[list[int]]:
    chunk, total, budget = [], 0, BATCH_TOKENS
    for key, size in zip(keys, sizes):
        if chunk and total + size > budget:
            yield chunk
            chunk, total = [], 0
        chunk.append(key)
        total += size
    if chunk:
        yield chunk
