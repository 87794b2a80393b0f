"""The place index of the `cutoff_places` stage and its ranking (GeoNames/ISO candidates
per normalised name, in the manner of Mordecai's candidate ranking).

`models/places/index.jsonl` (built by `scripts/build_places.py`) holds one line per name
key: `{"key": "punjab", "candidates": [[country, adm1, kind, population, name, flags], ...]}`.
A key is the name folded to lowercase ASCII letters and digits with "the", "and" and "va"
left out, so "Sistan-Baluchestan", "Sistan and Baluchestan" and "SISTAN VA BALUCHESTAN"
share one (`name_key`). Resolution is a dictionary lookup per mention; the ranking scores
each candidate in log10 units from its population, its kind, the countries and regions the
article names, type words ("region", "district") and qualifiers ("Hyderabad, Pakistan").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple


KINDS = ("country", "region", "city", "district", "demonym", "landmark")
ALIAS = 1  # an alternate or colloquial name: a lower prior than the official one
NEEDS_TYPE = 2  # an ordinary word as a bare name ("Northern", "South West"): a place only with a type word
NEEDS_NOUN = 4  # a demonym that is also a personal or common name ("Karen"): a place only before a place noun
CONTEXTUAL = 8  # "the Valley": the region only when the article names it or its country
CAPITAL = 16  # a national capital: a higher prior than a namesake elsewhere
COMMON = 32  # also an ordinary English word ("Mobile", "Orange", "Police"): only as a name the gazetteer or NER found

ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath"})
FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h"})
WORD = re.compile(r"[a-z0-9]+")
SKIP_WORDS = frozenset({"and", "va"})


def name_key(text: str) -> str:
    """Lowercase ASCII letters and digits of a name, without a leading "the" nor "and"/"va"."""
    text = unicodedata.normalize("NFKD", text.lower().translate(FOLD))
    words = WORD.findall("".join(ch for ch in text if not unicodedata.combining(ch)))
    if words and words[0] == "the":
        words = words[1:]
    return "".join(w for w in words if w not in SKIP_WORDS)


def key_variants(text: str) -> list[str]:
    """The key of a name, then its key without a leading Arabic article ("Al-Anbar" -> "anbar")."""
    key = name_key(text)
    first = WORD.match(unicodedata.normalize("NFKD", text.lower()).lstrip())
    if first and first.group() in ARABIC_ARTICLES and len(key) > len(first.group()) + 2:
        return [key, key[len(first.group()):]]
    return [key]


class Candidate(NamedTuple):
    country: str
    adm1: str  # ISO 3166-2 first-level code, "" when only the country is known
    kind: str  # one of KINDS
    pop: int
    name: str
    flags: int = 0


@dataclass(frozen=True)
class Place:
    """A resolved place mention: `Span._.place`."""

    country: str
    adm1: str | None
    city: str | None
    kind: str
    score: float

    def to_list(self) -> list:
        return [self.country, self.adm1, self.city, self.kind, self.score]


class PlaceIndex:
    """Name key -> candidates, loaded once from index rows."""

    def __init__(self) -> None:
        self.names: dict[str, tuple[Candidate, ...]] = {}
        self.phrases: dict[str, str] = {}  # contextual phrase as written -> its key
        self.capitals: dict[str, Candidate] = {}  # country -> its most populous CAPITAL-flagged city

    def __len__(self) -> int:
        return len(self.names)

    def add(self, rows: Iterable[dict]) -> None:
        """Index `rows`, noting each country's capital on the way: finding it later would
        decode every name of a lazily loaded index (`compiled.LazyNames`)."""
        for row in rows:
            cands = self.names[row["key"]] = tuple(Candidate(*c) for c in row["candidates"])
            for phrase in row.get("phrases", ()):
                self.phrases[phrase] = row["key"]
            for c in cands:
                if c.flags & CAPITAL and c.kind == "city" and (c.country not in self.capitals or c.pop > self.capitals[c.country].pop):
                    self.capitals[c.country] = c

    def rows(self) -> Iterator[dict]:
        by_key: dict[str, list[str]] = {}
        for phrase, key in self.phrases.items():
            by_key.setdefault(key, []).append(phrase)
        for key, cands in self.names.items():
            row = {"key": key, "candidates": [list(c) for c in cands]}
            if key in by_key:
                row["phrases"] = sorted(by_key[key])
            yield row

    def lookup(self, *texts: str) -> tuple[Candidate, ...]:
        """Candidates of the first text whose key (or key without "al-") is indexed."""
        for text in texts:
            for key in key_variants(text):
                if key in self.names:
                    return self.names[key]
        return ()


@dataclass(frozen=True)
class Words:
    """Word sets of models/places/vocab.json (see its comment)."""

    titles: frozenset[str]
    connectors: frozenset[str]
    administered: frozenset[str]
    qualifiers: frozenset[str]
    locatives: frozenset[str]
    landmark: frozenset[str]
    not_place: frozenset[str]
    generic: frozenset[str]
    type_words: frozenset[str]
    place_verbs: frozenset[str] = frozenset()
    renamings: frozenset[str] = frozenset()
    neighbour_words: frozenset[str] = frozenset()

    @classmethod
    def from_vocab(cls, vocab: dict) -> "Words":
        def get(key: str) -> frozenset[str]:
            return frozenset(w for w in vocab[key] if " " not in w or key == "type_words")

        types = frozenset(w for words in vocab["type_words"].values() for w in words)
        return cls(get("name_titles"), get("connectors"), get("administered"), get("qualifiers"), get("locatives"),
                   get("landmark_words"), get("not_place_nouns"), get("generic_words"), types, get("place_verbs"), get("renamings"),
                   frozenset(vocab.get("neighbour_words", ())))


# --------------------------------------------------------------------------- ranking

KIND_PRIOR = {"country": 1.0, "region": 0.6, "city": 0.0, "district": -0.2, "demonym": 0.0, "landmark": -0.5}
HINT_BONUS = {  # a type word next to the name: which kinds it points to
    "region": {"region": 3.0, "district": 1.0, "city": 0.5},
    "district": {"district": 3.0, "city": 2.0, "region": 0.5},
    "city": {"city": 3.0, "district": 1.5},
    "demonym": {"demonym": 3.0},
    "polity": {"country": 5.0, "region": 3.0},  # "the Republic of Niger", "the Komi Republic"
    "geo": {"region": 1.0, "district": 1.0, "city": 0.5, "landmark": 0.5},  # "the Noto peninsula"
    "dateline": {"city": 2.0, "district": 1.0},  # "DJIBOUTI -", "LIMA -": the city
    "former": {},  # "the former Leningrad": a former name (ALIAS_PENALTY turned into a bonus)
}
TYPED = frozenset({"region", "district", "city", "polity"})
LABEL_KINDS = {"COUNTRY": ("country", "demonym"), "REGION": ("region",), "CITY": ("city", "district")}
ALIAS_PENALTY = 0.7
CAPITAL_BONUS = 0.5
POP_WEIGHT = 0.8  # log10 units per decade of population
COUNTRY_WEIGHT = 1.4  # log10 units per decade of the country's share of the article
COUNTRY_FLOOR = 0.02
ADM1_WEIGHT = 1.5  # per decade of mentions of the region in the article
SENTENCE_WEIGHT = 1.5  # ... and in the same sentence
QUALIFIER_BONUS = 3.0  # "Hyderabad, Pakistan", "Sirsa in Haryana", "Pakistan's Punjab"
NEAR_BONUS = 1.0  # a place listed next to it ("Victoria, Western Australia and Tasmania")
CONTEXT_WEIGHTS = {"dateline": 2.0, "gazetteer": 1.0, "type": 1.0, "ner": 0.5, "demonym": 0.5, "contextual": 0.0, "scan": 0.5, "capital": 0.0}


@dataclass
class Mention:
    """A place mention of the article and what its neighbours say about it."""

    start: int  # the name's tokens
    end: int
    span_start: int  # with its type word or place noun
    span_end: int
    source: str  # gazetteer | ner | type | demonym | contextual | dateline | scan | capital
    label: str | None = None  # the gazetteer's or the NER's label
    hint: str | None = None  # a key of HINT_BONUS
    sent: int = 0  # first token of its sentence
    countries: set[str] = field(default_factory=set)  # "Hyderabad, Pakistan", "Pakistan's Punjab"
    adm1s: set[str] = field(default_factory=set)  # "Sirsa, Haryana", "Melbourne, Victoria"
    near: set[str] = field(default_factory=set)  # countries of the places listed next to it
    cue: bool = False  # after a locative word ("in Kut") or in a list with another place
    landmark: bool = False  # "Azadi Square": the region of the places around it if unknown
    own: float = 0.0  # what it adds to its country's weight in the article's context
    cands: tuple[Candidate, ...] = ()
    place: Place | None = None


@dataclass
class Context:
    """What the article says about where it is: weights of countries and first-level regions."""

    countries: dict[str, float] = field(default_factory=dict)
    adm1: dict[str, float] = field(default_factory=dict)

    def add_country(self, code: str, weight: float = 1.0) -> None:
        if code:
            self.countries[code] = self.countries.get(code, 0.0) + weight

    def add_adm1(self, code: str, weight: float = 1.0) -> None:
        if code:
            self.adm1[code] = self.adm1.get(code, 0.0) + weight

    def share(self, country: str) -> float:
        total = sum(self.countries.values())
        return self.countries.get(country, 0.0) / total if total else 0.0

    def knows(self, cand: Candidate) -> bool:
        return self.adm1.get(cand.adm1, 0.0) > 0 or self.countries.get(cand.country, 0.0) > 0


def usable(m: Mention, ctx: Context) -> list[Candidate]:
    """Candidates whose flags allow them here (a type word, a noun, known context)."""
    out = []
    common = all(c.flags & COMMON for c in m.cands)  # a name some reading makes a place anyway ("Aba") is no common word
    for c in m.cands:
        if c.flags & NEEDS_TYPE and m.hint not in TYPED and c.adm1 not in m.adm1s and c.country not in m.near:
            continue  # "Victoria" alone is a person; "Melbourne, Victoria" is the state
        if c.flags & NEEDS_NOUN and m.hint != "demonym":
            continue
        if c.flags & CONTEXTUAL and not ctx.knows(c):
            continue
        if c.flags & COMMON and common and m.source in ("scan", "type", "ner") and not m.cue and c.adm1 not in m.adm1s:
            continue  # "Mobile" in a headline; but "in Cork", "Mon district of Nagaland"
        out.append(c)
    if (m.hint == "demonym" or m.label == "NORP") and any(c.kind == "demonym" for c in out):
        out = [c for c in out if c.kind == "demonym"]
    return out


def score(c: Candidate, m: Mention, ctx: Context, sentence: dict[str, float]) -> float:
    """log10 plausibility of one candidate: population and kind priors, plus context."""
    s = POP_WEIGHT * math.log10(max(c.pop, 1000)) + KIND_PRIOR[c.kind]
    s += (2.0 if m.hint == "former" else -ALIAS_PENALTY) if c.flags & ALIAS else 0.0
    s += CAPITAL_BONUS if c.flags & CAPITAL else 0.0
    s += HINT_BONUS[m.hint].get(c.kind, 0.0) if m.hint else 0.0
    s += 0.5 if m.label and c.kind in LABEL_KINDS.get(m.label, ()) else 0.0
    if ctx.countries:
        s += COUNTRY_WEIGHT * math.log10(COUNTRY_FLOOR + ctx.share(c.country))
    if c.adm1:
        s += ADM1_WEIGHT * math.log10(1.0 + max(ctx.adm1.get(c.adm1, 0.0), 0.0))
        s += SENTENCE_WEIGHT * math.log10(1.0 + max(sentence.get(c.adm1, 0.0), 0.0))
    s += NEAR_BONUS if c.country in m.near else 0.0
    s += QUALIFIER_BONUS if c.country in m.countries else 0.0
    s += QUALIFIER_BONUS if c.adm1 and c.adm1 in m.adm1s else 0.0
    return s


def rank(m: Mention, ctx: Context, sentence: dict[str, float] | None = None) -> tuple[Candidate, float] | None:
    """The best candidate and its probability, candidates of one (country, adm1) pooled:
    what matters is the region, so two spellings or a city and its district add up."""
    cands = usable(m, ctx)
    if not cands:
        return None
    scored = [(score(c, m, ctx, sentence or {}), c) for c in cands]
    top = max(s for s, _ in scored)
    groups: dict[tuple[str, str], float] = {}
    best: dict[tuple[str, str], tuple[float, Candidate]] = {}
    for s, c in scored:
        key = (c.country, c.adm1)
        groups[key] = groups.get(key, 0.0) + 10 ** (s - top)
        if key not in best or s > best[key][0]:
            best[key] = (s, c)
    winner = max(groups, key=lambda k: (groups[k], best[k][0]))
    return best[winner][1], groups[winner] / sum(groups.values())


def context(ids: Iterable[str], mentions: list[Mention]) -> Context:
    """Countries and regions the article names: carrier and authority ids (country or region
    codes), and places that fit one country or one region (the dateline weighs twice)."""
    ctx = Context()
    for codes in ids:
        parts = [c for c in codes.split("|") if c]
        for code in parts:
            ctx.add_country(code[:2], 1.0 / len(parts))
            if "-" in code:
                ctx.add_adm1(code, 1.0 / len(parts))
    empty = Context()
    for m in mentions:
        cands = usable(m, empty)
        if m.label == "COUNTRY" and any(c.kind in LABEL_KINDS[m.label] for c in cands):
            cands = [c for c in cands if c.kind in LABEL_KINDS[m.label]]  # "Puerto Rico" the country
        weight = CONTEXT_WEIGHTS[m.source]
        if cands and weight and len({c.country for c in cands}) == 1:
            ctx.add_country(cands[0].country, weight)
            m.own = weight
        if cands and weight and len({c.adm1 for c in cands}) == 1:
            ctx.add_adm1(cands[0].adm1, weight)
    return ctx


def resolve(mentions: list[Mention], ctx: Context) -> None:
    """Rank every mention; then rank again, with the regions the first pass chose for the
    article's other places and for those of the same sentence (agreement); then give a
    landmark the index does not know the region of its sentence, or of the article."""
    first: dict[int, tuple[Candidate, float]] = {i: r for i, m in enumerate(mentions) if (r := rank(m, ctx)) is not None}
    ambiguous = {i for i in first if len({c.adm1 for c in usable(mentions[i], ctx)}) > 1}
    sentences: dict[int, dict[str, float]] = {}
    for i, (cand, p) in first.items():
        if cand.adm1:
            weights = sentences.setdefault(mentions[i].sent, {})
            weights[cand.adm1] = weights.get(cand.adm1, 0.0) + p
            if i in ambiguous:
                ctx.add_adm1(cand.adm1, p)
    for i, m in enumerate(mentions):
        own = first.get(i)
        sentence = dict(sentences.get(m.sent, {}))
        if own and own[0].adm1:
            sentence[own[0].adm1] -= own[1]
            ctx.add_adm1(own[0].adm1, -own[1] if i in ambiguous else 0.0)
        best = rank(m, ctx, sentence) if own or m.source == "contextual" else None
        if own and own[0].adm1 and i in ambiguous:
            ctx.add_adm1(own[0].adm1, own[1])
        if best is not None and plausible(m, best[0], ctx):
            m.place = to_place(*best)
    for m in mentions:
        if m.place is None and m.landmark:
            around = [o.place for o in mentions if o.place and o.place.adm1 and o.sent == m.sent] or [o.place for o in mentions if o.place and o.place.adm1]
            if around:
                counts = Counter((p.country, p.adm1) for p in around)
                (country, adm1), n = counts.most_common(1)[0]
                m.place = Place(country, adm1, None, "landmark", round(0.5 * n / len(around), 3))


def plausible(m: Mention, cand: Candidate, ctx: Context) -> bool:
    """A name only the NER or the name scan found, a small place of a country the article
    never names, is more likely a word of something else."""
    if m.source not in ("ner", "scan", "type") or cand.kind in ("country", "region", "demonym", "landmark"):
        return True
    if (m.source == "type" and m.hint in ("region", "district", "polity")) or (m.hint == "former" and cand.flags & ALIAS):
        return True  # "the Sudzha district", "the city the Dutch called Batavia"
    others = ctx.countries.get(cand.country, 0.0) - m.own
    if not ctx.countries or (cand.pop >= 100000 and m.source == "ner"):
        return True
    return others > 0 and (m.source == "ner" or m.cue or others / sum(ctx.countries.values()) >= 0.25)


def to_place(c: Candidate, probability: float) -> Place:
    return Place(country=c.country, adm1=c.adm1 or None, city=c.name if c.kind == "city" else None, kind=c.kind, score=round(probability, 3))
