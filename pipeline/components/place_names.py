"""Reading names in the text for the place stage: whether capitalised tokens make a known
place name, where a listed name begins and ends, and what cues say a name is a place ("in
Kut", "Ed Daein in East Darfur"). Lookups only: `places.PlaceResolver` decides what becomes a
mention."""

from __future__ import annotations

import numpy as np
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc

from pipeline.components.place_index import Mention, PlaceIndex, Words

MAX_NAME = 6  # tokens of the longest name tried
PARTICLES = frozenset({"and", "va", "al", "el", "de", "da", "do", "dos", "del", "der", "an", "am", "la", "le", "of", "y", "i", "e", "sur", "-", "'", "’", "."})


class NameFinder:
    """The place index, the place vocabulary and the names of continents, read together."""

    def __init__(self, index: PlaceIndex, w: Words, continents: frozenset[str]) -> None:
        self.index = index
        self.w = w
        self.continents = continents

    def continent(self, doc: Doc, m: Mention) -> bool:
        """"Asia", "the Middle East": a part of the world, never a measure's place, though
        the index has towns of the name ("Asia", Philippines)."""
        return doc[m.start : m.end].text.lower().removeprefix("the ") in self.continents

    def titled(self, doc: Doc, start: int) -> bool:
        """A name after "Mr", "President" ...: a person."""
        return start > 0 and doc[start - 1].lower_.rstrip(".") in self.w.titles

    def is_name(self, doc: Doc, start: int, end: int, persons: list[tuple[int, int]]) -> bool:
        first, last = doc[start], doc[end - 1]
        if not (first.text[:1].isupper() and first.is_alpha) or first.lower_ == "the" or not (last.is_alpha and last.text[:1].isupper() or last.is_digit):
            return False
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in persons) or self.titled(doc, start):
            return False
        return all(t.text[:1].isupper() or t.is_digit or t.lower_ in PARTICLES for t in doc[start + 1 : end - 1])

    def name_at(self, doc: Doc, start: int, end: int, persons: list, leftward: bool) -> tuple[int, int] | None:
        """The longest indexed name ending at `end` (leftward) or starting at `start`."""
        spans = [(s, end) for s in range(max(0, end - MAX_NAME), end)] if leftward else [(start, e) for e in range(min(len(doc), start + MAX_NAME), start, -1)]
        for s, e in spans:
            if self.is_name(doc, s, e, persons) and self.index.lookup(doc[s:e].text):
                before = doc[s - 1] if s > 0 else None
                if leftward and before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ not in self.w.generic:
                    return None  # "Oddar Meanchey province" is not "Meanchey"
                if not leftward and all(t.lower_ in self.w.generic for t in doc[s:e]):
                    return self.name_at(doc, e, e, persons, leftward) or (s, e)  # "the zones of Western Kordofan": a direction word before a name
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
            edge = next_at = found[0] if leftward else found[1]
            while 0 < next_at < len(doc) and doc[next_at - 1 if leftward else next_at].lower_ in self.w.connectors:
                next_at += -1 if leftward else 1
            if not plural or next_at == edge:
                break
            at = next_at
        return out

    def named_place(self, doc: Doc, name: tuple[int, int, str], part: tuple[int, int], run: tuple[int, int], cue: bool, arr: np.ndarray) -> bool:
        """A known name the NER tagged as a person or an organisation ("Kut", "Khash and
        Saravan", "Uyghur"): a place after a locative word or in a list, a demonym, a country,
        region or big city unless tagged PERSON, or an organisation's jurisdiction."""
        a, b, label = name
        if label == "ORG" and a <= part[0] and part[1] < b and doc[part[1]].is_lower:
            return True  # "the Uttar Pradesh home department"
        if part[0] <= a and b <= part[1] and (a, b) != part:
            return True  # the NER saw part of a name the index knows ("Chhatrapati" of "Chhatrapati Sambhajinagar")
        listed = all(t.lower_ in self.w.connectors or t.lower_ in PARTICLES or any(x <= t.i < y for x, y, _ in self.segment(doc, a, b, arr, ",")) for t in doc[a:b])
        if ((a, b) not in (part, run) and not listed) or self.titled(doc, part[0]):
            return False  # "Lashio, Hsipaw and Laukkai" tagged ORG is a list; "Paris Hilton" a person
        cands = self.index.lookup(doc[part[0] : part[1]].text)
        if cue or all(c.kind in ("demonym", "landmark") for c in cands):
            return True
        return label != "PERSON" and any(c.kind in ("country", "region") or c.pop >= 1000000 for c in cands)

    def demonym_only(self, text: str) -> bool:
        cands = self.index.lookup(text)
        return bool(cands) and all(c.kind == "demonym" for c in cands)  # "Hongkongers queued ..."

    def cue(self, doc: Doc, found: list[Mention], s: int, e: int) -> bool:
        """After a locative word ("in Kut", "near the Maidan"), or next to a place in a list."""
        p = s - 1 - (s > 1 and doc[s - 1].lower_ == "the")
        if p >= 0 and (doc[p].lower_ in self.w.locatives or doc[p].lemma_ in self.w.place_verbs or (doc[p].lower_ == "as" and doc[p - 1].lower_ in ("known", "such"))):
            return True  # "in Kut", "formerly Cochin", "once known as Alma-Ata", "camps such as Kutupalong", "entered Wad Madani"
        before = p >= 0 and doc[p].lower_ in self.w.connectors and any(m.span_end in (p, p - 1) for m in found)
        return before or (e + 1 < len(doc) and doc[e].lower_ in self.w.connectors and any(m.start in (e + 1, e + 2) for m in found)) or self.contained(doc, s, e)

    def contained(self, doc: Doc, s: int, e: int) -> bool:
        """ "Ed Daein in East Darfur": followed by a region that contains one of its readings."""
        if e + 1 >= len(doc) or doc[e].lower_ not in ("in", ","):
            return False
        ours = {c.adm1 for c in self.index.lookup(doc[s:e].text) if c.adm1}
        for end in range(min(len(doc), e + 4), e + 1, -1):
            if doc[e + 1].text[:1].isupper() and ours & {c.adm1 for c in self.index.lookup(doc[e + 1 : end].text) if c.kind == "region"}:
                return True
        return False

    def segment(self, doc: Doc, start: int, end: int, arr: np.ndarray, also: str = "") -> list[tuple[int, int, bool]]:
        """The known names of a run of capitals, by chunks between particles ("Kellem Wollega |
        and | Horo Guduru Wollega"): a chunk counts when it is exactly one known name."""
        out: list[tuple[int, int, bool]] = []
        chunk: list[tuple[int, int, bool]] = []
        whole, p = True, start
        while p <= end:
            initial = p == start and (doc[p].lower_ == "the" or (arr[p, 4] == 1 and arr[p, 3] != PROPN and not self.demonym_only(doc[p].text)))
            if p == end or doc[p].lower_ in PARTICLES or doc[p].text == also or initial:
                if p == end or doc[p].lower_ != "of":  # "University of Havana": only Havana
                    out += chunk if whole and len(chunk) == 1 else []
                chunk, whole, p = [], True, p + 1
                continue
            e = next((e for e in range(min(end, p + MAX_NAME), p, -1) if doc[p].text[:1].isupper() and doc[e - 1].is_alpha and doc[e - 1].lower_ not in PARTICLES and self.index.lookup(doc[p:e].text)), None)
            if e is None:
                whole, p = False, p + 1
            else:
                chunk.append((p, e, False))
                p = e
        if not out and end - start > 1 and doc[end - 1].lower_ in self.w.landmark:
            return [(start, end, True)]  # "Azadi Square": the region of the places around it
        return out
