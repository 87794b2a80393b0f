"""Place stage: every place mention of an article resolved to a country, a first-level region
(ISO 3166-2, as in models/gazetteer/regions.json) and a city.

Runs after `cutoff_gazetteer` and the NER. Mentions are the gazetteer's COUNTRY, REGION and
CITY spans, NER GPE/LOC/FAC/NORP spans the gazetteer does not cover, names before or after a
type word ("Tula oblast", "the province of Khuzestan", "the Tula, Kursk and Belgorod
regions"), demonyms ("Kashmiri towns", "Baloch activists"), colloquial names when the article
names their region ("the Valley"), the dateline's place, and capitalised names the place index
knows that nothing else found ("Kut, Amarah and Hillah"). Each gets candidates from the index
(models/places/index.jsonl: GeoNames, ISO 3166-2 and hand-kept names, built by
scripts/build_places.py) by dictionary lookup, ranked by `place_index.resolve`: population,
kind, the article's countries (country names, demonyms, carriers, authorities, the dateline),
its other places (same region, above all in the same sentence), type words and qualifiers
("Hyderabad, Pakistan", "Pakistan's Punjab", "Iraqi Kurdistan", "Sirsa in Haryana").

Output: `doc.spans[spans_key]` (labels COUNTRY, REGION, CITY, DISTRICT, DEMONYM, LANDMARK;
span id the region code, else the country code) and `Span._.place` -> `Place(country, adm1,
city, kind, score)` for those spans and for any span inside one (the gazetteer's, say).
"""

from __future__ import annotations

from dataclasses import replace
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

import numpy as np
import srsly
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, POS, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from pipeline.components.doc_text import doc_text
from pipeline.components.gazetteer import country_by_its_city, in_app_list
from pipeline.components.patterns import MODELS_DIR, read_patterns
from pipeline.components.place_index import Mention, Place, PlaceIndex, Words, context, resolve
from pipeline.components.place_names import PARTICLES, NameFinder
from pipeline.components.place_neighbours import appositive_list, in_other_name, qualify
from pipeline.components.unnamed_capital import add_unnamed_capitals, capital_candidates

PLACE_LABELS = frozenset({"COUNTRY", "REGION", "CITY"})
NAME_SPANS = PLACE_LABELS | {"CARRIER", "AUTHORITY", "PLATFORM"}  # gazetteer spans that are names
OTHER_NAMES = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
TIME_LABELS = frozenset({"DATE", "TIME"})
POSSESSIVE = frozenset({"'s", "’s"})
DATELINE = re.compile(
    r"^[ \t#*_]*(?P<name>[A-Z][A-Za-zÀ-ÿ.'’ -]{1,40}?)(?:\s*,\s*(?P<qual>[A-Z][A-Za-z. ]{1,30}?))?"
    r"(?P<rest>,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^)\n]{2,40}\))?)\s*(?:[-\u2013\u2014]{1,2}|:)\s"
)


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
if not Doc.has_extension("city_regions"):
    Doc.set_extension("city_regions", default=None)  # "start:end" of regions named as their city ("Baghdad", "Conakry")
if not Span.has_extension("place"):
    Span.set_extension("place", getter=_place_of)


def city_region(m: Mention) -> bool:
    """A region named as its own city ("Baghdad", "Conakry", "Beijing"): a reader takes the
    name for the city, where news and protests are, more than for the region's measure."""
    return any(c.kind == "city" and c.adm1 == m.place.adm1 for c in m.cands)


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
        self.w = Words.from_vocab(vocab)
        self.finder = NameFinder(self.index, self.w, frozenset(w.lower() for w in vocab.get("continents", [])))
        tokenize = self.nlp.tokenizer.pipe
        self.words = PhraseMatcher(self.nlp.vocab, attr="LOWER")
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
        arr = doc.to_array([IS_TITLE, IS_UPPER, IS_ALPHA, POS, SENT_START, IS_LOWER]).reshape(len(doc), 6) if len(doc) else np.zeros((0, 6), dtype=np.uint64)
        starts = np.flatnonzero(arr[:, 4] == 1).tolist() or [0]
        mentions = self.collect(doc, gazetteer, arr)
        for m in mentions:
            m.cands = () if self.finder.continent(doc, m) else self.index.lookup(doc[m.span_start : m.span_end].text, doc[m.start : m.end].text)
            m.sent = starts[max(bisect_right(starts, m.start) - 1, 0)]
            if m.hint is None and m.end < len(doc) and doc[m.end].pos_ == "NOUN" and doc[m.end].is_lower and any(c.kind == "demonym" for c in m.cands):
                m.hint = "demonym"  # "Baloch activists", "Karen refugees"
            if m.hint is None and m.source == "dateline":
                m.hint = "dateline"
            if m.hint is None and m.start > 0 and (doc[m.start - 1].lower_ in self.w.renamings or doc[m.start - 2 : m.start].text.lower() == "known as"):
                m.hint = "former"  # "St Petersburg, the former Leningrad": a former name
        caps = capital_candidates(doc, mentions, self.index)  # "in the national capital": read apart, after the named places
        mentions = qualify(doc, [m for m in mentions if m not in caps and (m.cands or m.landmark) and not in_other_name(doc, m, self.w, self.index)], self.w)
        ids = [s.id_.partition("|")[2] if s.label_ == "AUTHORITY" else s.id_ for s in gazetteer if s.label_ in ("CARRIER", "AUTHORITY")]
        resolve(mentions, ctx := context(ids, mentions))
        resolve(caps, ctx)
        apps = {t.i for s in gazetteer if s.label_ == "PLATFORM" for t in s}
        countries = {s.end: s.id_ for s in gazetteer if s.label_ == "COUNTRY"}
        resolved = [m for m in sorted(mentions + caps, key=lambda m: m.start) if m.place is not None and not in_app_list(doc[m.span_start:m.span_end], apps)]
        for m in resolved:
            if m.place.kind != "country" and country_by_its_city(Span(doc, m.span_start, m.span_end, span_id=m.place.adm1 or m.place.country), countries):
                m.place = replace(m.place, adm1=None, city=None, kind="country")  # "Guinea-Conakry": the country its capital tells apart
        doc.spans[self.cfg["spans_key"]] = [
            Span(doc, m.span_start, m.span_end, label=m.place.kind.upper(), span_id=m.place.adm1 or m.place.country) for m in resolved
        ]
        doc._.place_data = {f"{m.span_start}:{m.span_end}": m.place.to_list() for m in resolved}
        doc._.city_regions = sorted(f"{m.span_start}:{m.span_end}" for m in resolved if m.place.kind == "region" and city_region(m))
        return doc

    def collect(self, doc: Doc, gazetteer: list[Span], arr: np.ndarray) -> list[Mention]:
        found: list[Mention] = []
        persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
        for s in gazetteer:
            if s.label_ in PLACE_LABELS and not self.finder.titled(doc, s.start):
                self.add(found, Mention(s.start, s.end, s.start, s.end, "gazetteer", s.label_))
        taken = [(s.start, s.end) for s in gazetteer if s.label_ in NAME_SPANS]
        for e in doc.ents:
            possessive = e.end < len(doc) and doc[e.end].text in POSSESSIVE  # "Myanmar's junta"
            if e.label_ in self.cfg["ner_labels"] and (possessive or not any(a < e.end and e.start < b for a, b in taken)):
                start, end = e.start, e.end
                while start < end and doc[start].lower_ in ("the", "a"):
                    start += 1
                while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
                    end -= 1
                if start >= end or self.finder.titled(doc, start) or not doc[start].text[:1].isupper():
                    continue
                parts = [] if self.index.lookup(doc[start:end].text) else [p for p in self.finder.segment(doc, start, end, arr) if not p[2]]
                for s, t in [(p[0], p[1]) for p in parts] or [(start, end)]:  # "Chiang Mai and Khon Kaen"
                    landmark = doc[t - 1].lower_ in self.w.landmark and t - s > 1
                    self.add(found, Mention(s, t, s, t, "ner", e.label_, landmark=landmark, cue=self.finder.cue(doc, found, s, t)))
        matches = [(self.nlp.vocab.strings[match_id], start, end) for match_id, start, end in self.words(doc)]
        for leftward in (True, False):  # "townships of Sagaing and Magway regions": the word after the name wins
            for label, start, end in matches:
                if label != "NOUN":
                    self.type_word(doc, found, start, end, label[5:], persons, leftward)
        for label, start, end in matches:
            if label == "NOUN":
                self.demonym(doc, found, start, end, persons)
        for _, start, end in self.phrases(doc):
            self.add(found, Mention(start, end, start, end, "contextual"))
        self.add_dateline(doc, found)
        add_unnamed_capitals(doc, found, self.index)
        times = [(e.start, e.end) for e in doc.ents if e.label_ in TIME_LABELS]  # "from May 6": a month, not a town named May
        self.scan(doc, found, arr, taken + times)
        return sorted(found, key=lambda m: m.start)

    def add(self, found: list[Mention], new: Mention) -> None:
        """Merge a mention into those found: one that covers another takes its place, keeping
        the first source; a type word or place noun narrows the name and adds its hint."""
        for old in found:
            if old.span_start < new.span_end and new.span_start < old.span_end:
                if new.start <= old.start and old.end <= new.end and (new.start, new.end) != (old.start, old.end):
                    old.start, old.end = new.start, new.end
                elif new.source in ("type", "demonym") and old.source not in ("type", "demonym") and old.start <= new.start and new.end <= old.end:
                    old.start, old.end = new.start, new.end  # "Sudzha district", "Tibetan county" tagged GPE: the name is "Sudzha"
                elif (new.start, new.end) != (old.start, old.end) and new.source not in ("type", "dateline"):
                    return
                old.span_start, old.span_end = min(old.span_start, new.span_start), max(old.span_end, new.span_end)
                old.hint = old.hint or new.hint
                old.source = new.source if new.source in ("contextual", "dateline") else old.source
                return
        found.append(new)

    def type_word(self, doc: Doc, found: list[Mention], start: int, end: int, cls: str, persons: list, leftward: bool) -> None:
        plural = doc[end - 1].lower_.endswith("s") and not doc[end - 1].lower_.endswith("ss")
        if leftward:
            for i, (s, e) in enumerate(self.finder.names(doc, start, plural, persons, leftward=True)):
                if i == 0 and doc[s:end].text.lower() in self.w.type_words:
                    return  # "Union Territory", "Autonomous Region": the name is part of the type word
                hint = "demonym" if self.finder.demonym_only(doc[s:e].text) else cls  # "a Tibetan county"
                self.add(found, Mention(s, e, s, end if i == 0 else e, "type", hint=hint))
            return
        after = end + 1 if end < len(doc) and doc[end].lower_ == "of" else appositive_list(doc, end) if plural else None
        if after is not None and after < len(doc) and doc[after].lower_ == "the":
            after += 1
        if after is not None and after < len(doc):
            for s, e in self.finder.names(doc, after, plural, persons, leftward=False):
                self.add(found, Mention(s, e, s, e, "type", hint=cls))

    def demonym(self, doc: Doc, found: list[Mention], start: int, end: int, persons: list) -> None:
        """ "Kashmiri towns", "Tibetan-inhabited areas": a demonym before a place noun."""
        j = start - 1
        while j >= 0 and start - j <= 3 and (doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN", "VERB") or doc[j].text in ("-", "–")):
            j -= 1
        for s in (j - 1, j):
            if s >= 0 and self.finder.is_name(doc, s, j + 1, persons):
                if any(c.kind == "demonym" for c in self.index.lookup(doc[s : j + 1].text)):
                    self.add(found, Mention(s, j + 1, s, end, "demonym", hint="demonym"))
                    return

    def add_dateline(self, doc: Doc, found: list[Mention]) -> None:
        """ "SRINAGAR, India, Aug 5 (Reuters) -", "Hyderabad: ...": the reporter's place."""
        match = DATELINE.match(doc_text(doc)[:160])
        if not match:
            return
        name = match.group("name").strip()
        if not (name.isupper() or match.group("rest").strip() or (len(name.split()) <= 3 and self.index.lookup(name))):
            return
        span = doc.char_span(match.start("name"), match.start("name") + len(name), alignment_mode="expand")
        if span is not None and (name.isupper() or not any(t.pos_ in ("VERB", "AUX") for t in span)):
            self.add(found, Mention(span.start, span.end, span.start, span.end, "dateline"))

    def scan(self, doc: Doc, found: list[Mention], arr: np.ndarray, taken: list[tuple[int, int]]) -> None:
        """Capitalised names no other source found, looked up whole ("Kut, Amarah and Hillah");
        a run of capitals the index does not cover entirely is a longer name ("New York
        Times"), unless it ends in a landmark word ("Azadi Square"). The small model tags many
        towns PERSON or ORG: such an entity is a place when it is exactly a known name after a
        locative word or in a list of places ("in Kut"), or names an organisation's
        jurisdiction ("the Uttar Pradesh home department")."""
        if not len(doc):
            return
        blocked = np.zeros(len(doc), dtype=bool)
        for a, b in taken + [(m.span_start, m.span_end) for m in found if m.landmark or self.index.lookup(doc[m.span_start : m.span_end].text, doc[m.start : m.end].text)]:
            blocked[a:b] = True
        capital = ((arr[:, 0] == 1) | ((arr[:, 1] == 1) & (arr[:, 2] == 1)) | (arr[:, 3] == PROPN)) & (arr[:, 5] != 1)
        runs: list[list[int]] = []
        for i in np.flatnonzero(capital & ~blocked).tolist():
            gap = doc[runs[-1][1] : i] if runs else None
            if gap is not None and arr[i, 4] != 1 and len(gap) <= 3 and all(t.lower_ in PARTICLES and not blocked[t.i] for t in gap):
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
        names = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in OTHER_NAMES or e.label_ == "ORG"]
        for start, end in runs:
            parts = self.finder.segment(doc, start, end, arr)
            for s, e, landmark in parts:
                if len(doc[s:e].text) < 3:
                    continue  # "No", "UN"
                cue = self.finder.cue(doc, found, s, e)
                name = next(((a, b, label) for a, b, label in names if a < e and s < b), None)
                if name is not None and not self.finder.named_place(doc, name, (s, e), (start, end) if len(parts) > 1 else (s, e), cue, arr):
                    continue
                self.add(found, Mention(s, e, s, e, "scan", landmark=landmark, cue=cue))

