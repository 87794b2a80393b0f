"""Websites and apps no vocabulary can list in advance: a news site or app that was
blocked is named in the text ("the news site Mada Masr", "madamasr.com"), and the spec
wants it as a platform, one lowercase name each. A name the NER found beside a site noun
("the Daraj website", "the portal Tout sur l'Algérie"), or a web address, becomes a
PLATFORM span with that name as its id; whether it was blocked is for the trigger stage
to decide, as for any listed platform. The nouns and address endings are data
(`models/vocab/named_sites.json`). So is a bare capital "X" where only a platform can
stand ("block X", "the platform X"), or anywhere in an article that said X is the former
Twitter: the spec's `twitter`, whatever the NER makes of it."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.components.patterns import MODELS_DIR

SITE_NAMES = ("ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "FAC")  # the small model often calls a site a person


@lru_cache(maxsize=4)
def site_rules(sites_file: str) -> tuple[frozenset[str], re.Pattern]:
    """The site nouns and a pattern for web addresses ("madamasr.com", "www.daraj.media")."""
    data = json.loads((MODELS_DIR / sites_file).read_text("utf-8"))
    suffixes = "|".join(sorted(map(re.escape, data["domain_suffixes"]), key=len, reverse=True))
    return frozenset(data["site_nouns"]), re.compile(rf"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{suffixes})$", re.I)


def named_sites(doc: Doc, sites_file: str, listed: list[Span] | None = None) -> list[Span]:
    """PLATFORM spans for the sites and apps the text names but the vocabulary does not
    (`listed`: the platforms the vocabulary found, which a bare "X" may be listed with)."""
    nouns, address = site_rules(sites_file)
    found: list[Span] = []
    names = [e for e in doc.ents if e.label_ in SITE_NAMES]
    for ent in names:
        if beside_site_noun(ent, nouns) or listed_with(ent, found):
            found.append(Span(doc, ent.start, ent.end, label="PLATFORM", span_id=name_of(ent)))
    for token in doc:
        if "." in token.text and address.match(token.text) and not token.like_email:  # a regex only where an address can be
            found.append(Span(doc, token.i, token.i + 1, label="PLATFORM", span_id=token.lower_.removeprefix("www.")))
    x_rules = letter_x_rules(sites_file)
    renamed = any(t.text == "X" and renamed_x(t, x_rules) for t in doc)
    platforms = {t.i for s in listed or [] if s.label_ == "PLATFORM" for t in s}
    found.extend(Span(doc, t.i, t.i + 1, label="PLATFORM", span_id=x_rules["x_platform"]) for t in doc
                 if t.text == "X" and (platform_x(t, x_rules) or (renamed or in_platform_list(t, platforms)) and standalone_x(t)))
    return found


def in_platform_list(token: Token, platforms: set[int]) -> bool:
    """A bare "X" listed with named platforms ("Facebook, X, Telegram and YouTube"): one
    of them, the spec's `twitter`."""
    return token.dep_ == "conj" and token.head.i in platforms or any(c.dep_ == "conj" and c.i in platforms for c in token.children)


def renamed_x(token: Token, rules: dict) -> bool:
    """"X, the platform formerly called Twitter", "X (once Twitter)": the article says which X
    it means, a rename word and the old name within a few words after it."""
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 9]]
    return "twitter" in after and bool(set(after[: after.index("twitter")]) & rules["x_rename_words"])


def standalone_x(token: Token) -> bool:
    """A capital "X" on its own, no part of a longer name ("Malcolm X", "Generation X"): in an
    article that said X is the former Twitter, the platform."""
    if token.ent_type_ and not (token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return not (before is not None and before.is_title and before.head.i == token.i and before.dep_ == "compound")


@lru_cache(maxsize=4)
def letter_x_rules(sites_file: str) -> dict:
    """The words around which a bare "X" is the platform (named_sites.json, `x_*`)."""
    data = json.loads((MODELS_DIR / sites_file).read_text("utf-8"))
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items() if k.startswith("x_")}


def platform_x(token: Token, rules: dict) -> bool:
    """A capital "X" where only a platform can stand (the spec's X is `twitter`): beside a
    site noun ("the social media platform X", "the social network X"), the object of a block
    or of access ("ordered providers to block X", "had no access to X"), or the subject of
    a blocked state ("X was inaccessible"); never a letter or number word ("X percent"),
    nor part of a name ("Malcolm X")."""
    if token.ent_type_ and not (token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")):
        return False  # inside a longer entity
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.dep_ == "compound" or (before is not None and before.dep_ == "compound" and before.head.i == token.i and before.lower_ not in rules["x_nouns"]):
        return False
    if before is not None and before.lower_ in rules["x_nouns"]:
        return True
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in rules["x_verbs"]:
        return True
    if token.dep_ == "pobj" and head.lower_ in ("to", "on", "of") and head.head.lemma_.lower() in rules["x_verbs"]:
        return True
    return token.dep_ == "nsubj" and any(c.dep_ in ("acomp", "attr") and c.lower_ in rules["x_states"] for c in head.children)


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
