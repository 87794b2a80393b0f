"""Websites and apps no vocabulary can list in advance: a news site or app that was
blocked is named in the text ("the news site Mada Masr", "madamasr.com"), and the spec
wants it as a platform, one lowercase name each. A name the NER found beside a site noun
("the Daraj website", "the portal Tout sur l'Algérie"), or a web address, becomes a
PLATFORM span with that name as its id; whether it was blocked is for the trigger stage
to decide, as for any listed platform. The nouns and address endings are data
(`models/vocab/named_sites.json`)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.components.patterns import MODELS_DIR

SITE_NAMES = ("ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "FAC")  # the small model often calls a site a person


@lru_cache(maxsize=4)
def site_rules(sites_file: str) -> tuple[frozenset[str], re.Pattern]:
    """The site nouns and a pattern for web addresses ("madamasr.com", "www.daraj.media")."""
    data = json.loads((MODELS_DIR / sites_file).read_text("utf-8"))
    suffixes = "|".join(sorted(map(re.escape, data["domain_suffixes"]), key=len, reverse=True))
    return frozenset(data["site_nouns"]), re.compile(rf"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{suffixes})$", re.I)


def named_sites(doc: Doc, sites_file: str) -> list[Span]:
    """PLATFORM spans for the sites and apps the text names but the vocabulary does not."""
    nouns, address = site_rules(sites_file)
    found: list[Span] = []
    names = [e for e in doc.ents if e.label_ in SITE_NAMES]
    for ent in names:
        if beside_site_noun(ent, nouns) or listed_with(ent, found):
            found.append(Span(doc, ent.start, ent.end, label="PLATFORM", span_id=name_of(ent)))
    for token in doc:
        if "." in token.text and address.match(token.text) and not token.like_email:  # a regex only where an address can be
            found.append(Span(doc, token.i, token.i + 1, label="PLATFORM", span_id=token.lower_.removeprefix("www.")))
    return found


def beside_site_noun(ent: Span, nouns: frozenset[str]) -> bool:
    """"The Daraj website", "the news site Mada Masr", "Mada Masr, a news site": the name
    and a site noun are one phrase (compound, apposition, or the noun right before it)."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if after is not None and after.lower_ in nouns and ent.root.head.i == after.i:
        return True
    if before is not None and before.lower_ in nouns and (ent.root.head.i == before.i or before.head.i == ent.root.i):
        return True
    return any(c.dep_ == "appos" and c.lower_ in nouns for c in ent.root.children)


def listed_with(ent: Span, sites: list[Span]) -> bool:
    """"The news sites A and B": a name joined to a site already found."""
    return ent.root.dep_ == "conj" and any(s.start <= ent.root.head.i < s.end for s in sites)


def name_of(ent: Span) -> str:
    """The site's name as the spec wants it: lowercase, without a leading article."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    return " ".join(t.lower_ for t in words).replace(" '", "'")
