"""Place stage: every place mention of an article resolved to a country, a first-level region
(ISO 3166-2, as in models/gazetteer/regions.json) and a city.

Runs after `cutoff_gazetteer` and the NER. Mentions are the gazetteer's COUNTRY, REGION and
CITY spans, NER GPE/LOC/FAC/NORP spans the gazetteer does not cover, names before or after a
type word ("Tula oblast", "the province of Khuzestan", "the Tula, Kursk and Belgorod
regions"), demonyms before a place noun ("Kashmiri towns"), colloquial names when the article
names their region ("the Valley"), and the dateline's place. Each gets candidates from the
place index (models/places/index.jsonl, GeoNames + ISO 3166-2 + hand-kept districts, built by
scripts/build_places.py) by dictionary lookup, ranked as in `place_index.rank` by population,
kind, the article's countries (country names, demonyms, carriers, authorities, the dateline)
and its other places (same region), type words and qualifiers ("Hyderabad, Pakistan",
"Pakistan's Punjab", "Iraqi Kurdistan", "Sirsa in Haryana").

Output: `doc.spans[spans_key]` (labels COUNTRY, REGION, CITY, DISTRICT, DEMONYM; span id the
region or country code) and `Span._.place` -> `Place(country, adm1, city, kind, score)` for
those spans (and for any span inside one, such as the gazetteer's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from pipeline.components.patterns import MODELS_DIR, read_patterns
from pipeline.components.place_index import Candidate, Context, Place, PlaceIndex, rank, to_place, usable

PLACE_LABELS = frozenset({"COUNTRY", "REGION", "CITY"})
MAX_NAME = 6  # tokens of the longest name tried around a type word
NAME_INNER = frozenset({"and", "va", "al", "el", "de", "e", "la", "of", "-", "'", "’", "."})
POSSESSIVE = frozenset({"'s", "’s"})
DATELINE = re.compile(
    r"^[ \t#*_]*(?P<name>[A-Z][A-Za-z.'’ -]{1,40}?)(?:\s*,\s*(?P<qual>[A-Z][A-Za-z. ]{1,30}?))?"
    r"(?P<rest>,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^)\n]{2,40}\))?)\s*(?:[-\u2013\u2014]{1,2}|:)\s"
)
WEIGHTS = {"dateline": 2.0, "gazetteer": 1.0, "type": 1.0, "contextual": 0.0, "ner": 0.5, "demonym": 0.5}


def _place_of(span: Span) -> Place | None:
    """The place of a resolved span, or of the resolved span that contains it."""
    data = span.doc._.place_data
    if not data:
        return None
    value = data.get(f"{span.start}:{span.end}")
    if value is None:
        for key, v in data.items():
            start, end = map(int, key.split(":"))
            if start <= span.start and span.end <= end:
                value = v
                break
    return Place(*value) if value is not None else None


if not Doc.has_extension("place_data"):
    Doc.set_extension("place_data", default=None)  # "start:end" -> [country, adm1, city, kind, score]
if not Span.has_extension("place"):
    Span.set_extension("place", getter=_place_of)


@dataclass
class Mention:
    start: int  # the name's tokens
    end: int
    span_start: int  # with its type word or place noun
    span_end: int
    source: str  # gazetteer | ner | type | demonym | contextual | dateline
    label: str | None = None
    hint: str | None = None  # region | district | city | demonym
    countries: set[str] = field(default_factory=set)  # "Hyderabad, Pakistan", "Pakistan's Punjab"
    adm1s: set[str] = field(default_factory=set)  # "Sirsa, Haryana"
    near: set[str] = field(default_factory=set)  # countries of the regions listed next to it
    dateline: bool = False
    cands: tuple[Candidate, ...] = ()
    place: Place | None = None


@Language.factory(
    "cutoff_places",
    default_config={
        "spans_key": "places",
        "gazetteer_key": "cutoff",
        "index_file": "places/index.jsonl",
        "vocab_file": "places/vocab.json",
        "ner_labels": ["GPE", "LOC", "FAC", "NORP"],
    },
)
def make_places(nlp: Language, name: str, spans_key: str, gazetteer_key: str, index_file: str, vocab_file: str, ner_labels: list[str]) -> "PlaceResolver":
    return PlaceResolver(nlp, name, spans_key=spans_key, gazetteer_key=gazetteer_key, index_file=index_file, vocab_file=vocab_file, ner_labels=ner_labels)


class PlaceResolver:
    def __init__(self, nlp: Language, name: str, *, spans_key: str, gazetteer_key: str, index_file: str, vocab_file: str, ner_labels: list[str]) -> None:
        self.nlp = nlp
        self.name = name
        self.cfg = {"spans_key": spans_key, "gazetteer_key": gazetteer_key, "index_file": index_file, "vocab_file": vocab_file, "ner_labels": list(ner_labels)}
        self.index = PlaceIndex()
        self.vocab: dict = {}
        self.words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")

    # -- loading ------------------------------------------------------------------------

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None, rows: Iterable[dict] | None = None, vocab: dict | None = None) -> None:
        """Load the place index and the vocabulary from models/ (or the `rows` and `vocab` given)."""
        rows = rows if rows is not None else read_patterns([self.cfg["index_file"]])
        vocab = vocab if vocab is not None else srsly.read_json(MODELS_DIR / self.cfg["vocab_file"])
        self.load(rows, vocab)

    def load(self, rows: Iterable[dict], vocab: dict) -> None:
        self.index = PlaceIndex()
        self.index.add(rows)
        self.vocab = vocab
        self.type_class = {w: cls for cls, words in vocab["type_words"].items() for w in words}
        self.titles = frozenset(vocab["name_titles"])
        self.connectors = frozenset(w for w in vocab["connectors"] if " " not in w)
        self.administered = frozenset(vocab["administered"])
        self.qualifiers = frozenset(vocab["qualifiers"])
        self.words = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        tokenize = self.nlp.tokenizer.pipe
        for cls, words in vocab["type_words"].items():
            self.words.add(f"TYPE_{cls}", list(tokenize(words)))
        self.words.add("NOUN", list(tokenize(vocab["place_nouns"])))
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        if self.index.phrases:
            self.phrases.add("CONTEXTUAL", list(tokenize(sorted(self.index.phrases))))

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "index.jsonl", self.index.rows())
        srsly.write_json(path / "vocab.json", self.vocab)
        srsly.write_json(path / "cfg", self.cfg)

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "PlaceResolver":
        path = ensure_path(path)
        self.cfg.update(srsly.read_json(path / "cfg"))
        self.load(srsly.read_jsonl(path / "index.jsonl"), srsly.read_json(path / "vocab.json"))
        return self

    # -- the stage ----------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = list(doc.spans.get(self.cfg["gazetteer_key"], []))
        mentions = self.collect(doc, gazetteer)
        for m in mentions:
            m.cands = self.index.lookup(doc[m.span_start:m.span_end].text, doc[m.start:m.end].text)
        mentions = self.qualify(doc, [m for m in mentions if m.cands])
        self.resolve(mentions, self.context(gazetteer, mentions))
        resolved = [m for m in mentions if m.place is not None]
        doc.spans[self.cfg["spans_key"]] = [
            Span(doc, m.span_start, m.span_end, label=m.place.kind.upper(), span_id=m.place.adm1 or m.place.country) for m in resolved
        ]
        doc._.place_data = {f"{m.span_start}:{m.span_end}": m.place.to_list() for m in resolved}
        return doc

    def collect(self, doc: Doc, gazetteer: list[Span]) -> list[Mention]:
        found: list[Mention] = []
        persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
        for s in gazetteer:
            if s.label_ in PLACE_LABELS and not self.titled(doc, s.start):
                self.add(found, Mention(s.start, s.end, s.start, s.end, "gazetteer", s.label_))
        taken = [(s.start, s.end) for s in gazetteer]
        for e in doc.ents:
            if e.label_ in self.cfg["ner_labels"] and not any(a < e.end and e.start < b for a, b in taken):
                start, end = e.start, e.end
                while start < end and doc[start].lower_ in ("the", "a"):
                    start += 1
                while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
                    end -= 1
                if start < end and not self.titled(doc, start):
                    self.add(found, Mention(start, end, start, end, "ner", e.label_))
        for match_id, start, end in self.words(doc):
            label = self.nlp.vocab.strings[match_id]
            if label == "NOUN":
                self.demonym(doc, found, start, end, persons)
            else:
                self.type_word(doc, found, start, end, label[5:], persons)
        for _, start, end in self.phrases(doc):
            self.add(found, Mention(start, end, start, end, "contextual"))
        self.add_dateline(doc, found)
        return sorted(found, key=lambda m: m.start)

    def add(self, found: list[Mention], new: Mention) -> None:
        """Merge a mention into those found: one that covers another takes its place, keeping
        the first source; a type word or place noun narrows the name and adds its hint."""
        for old in found:
            if old.start < new.end and new.start < old.end:
                if new.start <= old.start and old.end <= new.end and (new.start, new.end) != (old.start, old.end):
                    old.start, old.end = new.start, new.end
                elif new.source in ("type", "demonym") and old.start <= new.start and new.end <= old.end:
                    old.start, old.end = new.start, new.end
                elif (new.start, new.end) != (old.start, old.end) and new.source not in ("type", "demonym", "dateline"):
                    return
                old.span_start, old.span_end = min(old.span_start, new.span_start), max(old.span_end, new.span_end)
                old.hint = old.hint or new.hint
                old.dateline |= new.dateline
                if new.source == "contextual":
                    old.source = new.source
                return
        found.append(new)

    def titled(self, doc: Doc, start: int) -> bool:
        """A name after "Mr", "President" ...: a person."""
        return start > 0 and doc[start - 1].lower_.rstrip(".") in self.titles

    def is_name(self, doc: Doc, start: int, end: int, persons: list[tuple[int, int]]) -> bool:
        first, last = doc[start], doc[end - 1]
        if not (first.text[:1].isupper() and first.is_alpha) or not (last.is_alpha and last.text[:1].isupper() or last.is_digit):
            return False
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in persons) or self.titled(doc, start):
            return False
        return all(t.text[:1].isupper() or t.is_digit or t.lower_ in NAME_INNER for t in doc[start + 1 : end - 1])

    def name_at(self, doc: Doc, start: int, end: int, persons: list, leftward: bool) -> tuple[int, int] | None:
        """The longest indexed name ending at `end` (leftward) or starting at `start`."""
        spans = [(s, end) for s in range(max(0, end - MAX_NAME), end)] if leftward else [(start, e) for e in range(min(len(doc), start + MAX_NAME), start, -1)]
        for s, e in spans:
            if self.is_name(doc, s, e, persons) and self.index.lookup(doc[s:e].text):
                return s, e
        return None

    def names(self, doc: Doc, at: int, plural: bool, persons: list, leftward: bool) -> list[tuple[int, int]]:
        """Names listed before a type word ("the Tula, Kursk and Belgorod regions") or after
        "the provinces of"; one name unless the type word is plural."""
        out: list[tuple[int, int]] = []
        while len(out) < 12:
            found = self.name_at(doc, at, at, persons, leftward)
            if found is None:
                break
            out.append(found)
            edge = found[0] if leftward else found[1]
            step = -1 if leftward else 0
            next_at = edge
            while 0 < next_at < len(doc) and doc[next_at + step].lower_ in self.connectors:
                next_at += -1 if leftward else 1
            if not plural or next_at == edge:
                break
            at = next_at
        return out

    def type_word(self, doc: Doc, found: list[Mention], start: int, end: int, cls: str, persons: list) -> None:
        plural = doc[end - 1].lower_.endswith("s")
        for i, (s, e) in enumerate(self.names(doc, start, plural, persons, leftward=True)):
            self.add(found, Mention(s, e, s, end if i == 0 else e, "type", hint=cls))
        after = end + 1 if end < len(doc) and doc[end].lower_ == "of" else None
        if after is not None and after < len(doc) and doc[after].lower_ == "the":
            after += 1
        if after is not None and after < len(doc):
            for s, e in self.names(doc, after, plural, persons, leftward=False):
                self.add(found, Mention(s, e, s, e, "type", hint=cls))

    def demonym(self, doc: Doc, found: list[Mention], start: int, end: int, persons: list) -> None:
        """ "Kashmiri towns", "Tibetan-inhabited areas": a demonym before a place noun."""
        j = start - 1
        while j >= 0 and start - j <= 3 and (doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN", "VERB") or doc[j].text in ("-", "–")):
            j -= 1
        for s in (j - 1, j):
            if s >= 0 and self.is_name(doc, s, j + 1, persons):
                if any(c.kind == "demonym" for c in self.index.lookup(doc[s : j + 1].text)):
                    self.add(found, Mention(s, j + 1, s, end, "demonym", hint="demonym"))
                    return

    def add_dateline(self, doc: Doc, found: list[Mention]) -> None:
        """ "SRINAGAR, India, Aug 5 (Reuters) -", "Hyderabad: ...": the reporter's place."""
        match = DATELINE.match(doc.text[:160])
        if not match:
            return
        name = match.group("name").strip()
        if not (name.isupper() or match.group("rest").strip() or (len(name.split()) <= 3 and self.index.lookup(name))):
            return
        span = doc.char_span(match.start("name"), match.start("name") + len(name), alignment_mode="expand")
        if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
            self.add(found, Mention(span.start, span.end, span.start, span.end, "dateline", dateline=True))

    # -- qualifiers, context, ranking ---------------------------------------------------

    def qualify(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Read what a place's neighbours say: "Hyderabad, Pakistan", "Sirsa in Haryana",
        "Pakistan's Punjab", "Iraqi Kurdistan", "Indian-administered Kashmir"."""
        dropped: set[int] = set()
        for i, m in enumerate(mentions):
            after = mentions[i + 1] if i + 1 < len(mentions) else None
            if after is not None and m.end < len(doc) and doc[m.end].lower_ in self.qualifiers:
                gap = m.end + 1 + (m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "the")
                if after.start == gap:
                    m.countries |= {c.country for c in after.cands if c.kind == "country"}
                    m.adm1s |= {c.adm1 for c in after.cands if c.kind == "region"}
                    m.near |= {c.country for c in after.cands if c.kind == "region"}
            before = mentions[i - 1] if i > 0 else None
            if before is None or not any(c.kind in ("country", "demonym") and not c.adm1 for c in before.cands):
                continue
            nationals = {c.country for c in before.cands if c.kind in ("country", "demonym") and not c.adm1}
            between = [t.lower_ for t in doc[before.end : m.start]]
            if between in ([], ["-"]) or (len(between) == 2 and between[0] == "-" and between[1] in self.administered):
                if any(c.kind == "demonym" for c in before.cands) or between:
                    m.countries |= nationals  # "Iraqi Kurdistan", "Indian-administered Kashmir": one place
                    m.span_start = before.span_start
                    dropped.add(i - 1)
            elif len(between) == 1 and between[0] in POSSESSIVE:
                m.countries |= nationals  # "Pakistan's Punjab"
        return [m for i, m in enumerate(mentions) if i not in dropped]

    def context(self, gazetteer: list[Span], mentions: list[Mention]) -> Context:
        """Countries and regions the article names: places that fit one country, carriers,
        authorities, the dateline (weighted twice)."""
        ctx = Context()
        for s in gazetteer:
            if s.label_ in ("CARRIER", "AUTHORITY"):
                codes = [c for c in (s.id_.split("|")[1:] if s.label_ == "AUTHORITY" else s.id_.split("|")) if c]
                for code in codes:
                    ctx.add_country(code[:2], 1.0 / len(codes))
                    if "-" in code:
                        ctx.add_adm1(code, 1.0 / len(codes))
        empty = Context()
        for m in mentions:
            cands = usable(m.cands, m.hint, empty)
            weight = WEIGHTS["dateline"] if m.dateline else WEIGHTS[m.source]
            if len({c.country for c in cands}) == 1:
                ctx.add_country(cands[0].country, weight)
            if len({c.adm1 for c in cands}) == 1:
                ctx.add_adm1(cands[0].adm1, weight)
        return ctx

    def resolve(self, mentions: list[Mention], ctx: Context) -> None:
        """Rank each mention's candidates; then rank the ambiguous ones again with the regions
        the first pass chose for the others (agreement between the article's places)."""
        first: dict[int, tuple[Candidate, float]] = {}
        for i, m in enumerate(mentions):
            if (best := self.rank(m, ctx)) is not None:
                first[i] = best
        ambiguous = [i for i in first if len({c.adm1 for c in usable(mentions[i].cands, mentions[i].hint, ctx)}) > 1]
        for i in ambiguous:
            ctx.add_adm1(first[i][0].adm1, first[i][1])
        for i, m in enumerate(mentions):
            if i in ambiguous:
                ctx.add_adm1(first[i][0].adm1, -first[i][1])
                best = self.rank(m, ctx) or first[i]
                ctx.add_adm1(first[i][0].adm1, first[i][1])
            else:  # "the Valley" is read once the other places are known
                best = first.get(i) or (self.rank(m, ctx) if m.source == "contextual" else None)
            if best is not None and self.plausible(m, best[0], ctx):
                m.place = to_place(*best)

    def rank(self, m: Mention, ctx: Context) -> tuple[Candidate, float] | None:
        cands = usable(m.cands, m.hint, ctx)
        if m.label == "NORP":
            cands = [c for c in cands if c.kind == "demonym"]
        return rank(cands, ctx, hint=m.hint, label=m.label, countries=m.countries, adm1s=m.adm1s, near=m.near)

    @staticmethod
    def plausible(m: Mention, cand: Candidate, ctx: Context) -> bool:
        """A name only the NER found, a small place of a country the article never names, is
        more likely a word of something else."""
        if m.source != "ner" or cand.kind in ("country", "region", "demonym"):
            return True
        return cand.pop >= 100000 or not ctx.countries or ctx.share(cand.country) > 0
