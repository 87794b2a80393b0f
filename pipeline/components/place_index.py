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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

KINDS = ("country", "region", "city", "district", "demonym")
ALIAS = 1  # an alternate or colloquial name: a lower prior than the official one
NEEDS_TYPE = 2  # an ordinary word as a bare name ("Northern", "South West"): a place only with a type word
NEEDS_NOUN = 4  # a demonym that is also a personal or common name ("Karen"): a place only before a place noun
CONTEXTUAL = 8  # "the Valley": the region only when the article names it or its country

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

    def __len__(self) -> int:
        return len(self.names)

    def add(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.names[row["key"]] = tuple(Candidate(*c) for c in row["candidates"])
            for phrase in row.get("phrases", ()):
                self.phrases[phrase] = row["key"]

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


# --------------------------------------------------------------------------- ranking

KIND_PRIOR = {"country": 1.0, "region": 0.6, "city": 0.0, "district": -0.2, "demonym": 0.0}
HINT_BONUS = {  # a type word next to the name: which kinds it points to
    "region": {"region": 3.0, "district": 1.0, "city": 0.5},
    "district": {"district": 3.0, "city": 2.0, "region": 0.5},
    "city": {"city": 3.0, "district": 1.5},
    "demonym": {"demonym": 3.0},
}
LABEL_KINDS = {"COUNTRY": ("country", "demonym"), "REGION": ("region",), "CITY": ("city", "district")}
ALIAS_PENALTY = 0.7
COUNTRY_WEIGHT = 1.5  # log10 units per decade of the country's share of the article
COUNTRY_FLOOR = 0.02
ADM1_WEIGHT = 1.2
QUALIFIER_BONUS = 3.0  # "Hyderabad, Pakistan", "Sirsa in Haryana", "Pakistan's Punjab"
NEAR_BONUS = 1.0  # a region listed next to it ("Punjab, Haryana and Rajasthan")


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


def usable(cands: Iterable[Candidate], hint: str | None, ctx: Context) -> list[Candidate]:
    """Candidates whose flags allow them here (a type word, a place noun, known context)."""
    out = []
    for c in cands:
        if c.flags & NEEDS_TYPE and hint not in ("region", "district", "city"):
            continue
        if c.flags & NEEDS_NOUN and hint != "demonym":
            continue
        if c.flags & CONTEXTUAL and not ctx.knows(c):
            continue
        out.append(c)
    if hint == "demonym" and any(c.kind == "demonym" for c in out):
        out = [c for c in out if c.kind == "demonym"]
    return out


def score(c: Candidate, ctx: Context, hint: str | None, label: str | None, countries: set[str], adm1s: set[str], near: set[str]) -> float:
    """log10 plausibility of one candidate: population and kind priors, plus context."""
    s = math.log10(max(c.pop, 1000)) + KIND_PRIOR[c.kind]
    if c.flags & ALIAS:
        s -= ALIAS_PENALTY
    if hint:
        s += HINT_BONUS[hint].get(c.kind, 0.0)
    if label and c.kind in LABEL_KINDS.get(label, ()):
        s += 0.5
    if ctx.countries:
        s += COUNTRY_WEIGHT * math.log10(COUNTRY_FLOOR + ctx.share(c.country))
    if c.adm1:
        s += ADM1_WEIGHT * math.log10(1.0 + max(ctx.adm1.get(c.adm1, 0.0), 0.0))
    if c.country in near:
        s += NEAR_BONUS
    if c.country in countries:
        s += QUALIFIER_BONUS
    if c.adm1 and c.adm1 in adm1s:
        s += QUALIFIER_BONUS
    return s


def rank(cands: list[Candidate], ctx: Context, *, hint: str | None = None, label: str | None = None,
         countries: set[str] = frozenset(), adm1s: set[str] = frozenset(), near: set[str] = frozenset()) -> tuple[Candidate, float] | None:
    """The best candidate and its probability, candidates of one (country, adm1) pooled:
    what matters is the region, so two spellings or a city and its district add up."""
    if not cands:
        return None
    scored = [(score(c, ctx, hint, label, countries, adm1s, near), c) for c in cands]
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


def to_place(c: Candidate, probability: float) -> Place:
    kind = c.kind
    return Place(country=c.country, adm1=c.adm1 or None, city=c.name if kind == "city" else None, kind=kind, score=round(probability, 3))
