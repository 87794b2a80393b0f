"""A measure placed only by a definite noun that points back to a region the article has
named ("services in the state were suspended", "cut across the region", "the valley's
internet", "telecom services in the city were prohibited").

Reports name the state, region or city once (often only as a body's: "the Haryana
government", "the Jharkhand State Bar Council") and then say "the state" or "the city".
A reader places the measure in the one region of the measure's country the article names;
without that reading the measure keeps only its country and loses its regional event. When
the article names several regions of that country the words stay unresolved: which one
they mean is a matter of discourse this rule does not guess. Not "the neighbouring state",
"another region" or "the northern region", which point elsewhere, nor "the state of
Assam", which a place span already names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.dates import in_clause
from pipeline.components.linking.place_phrases import place_words
from pipeline.components.linking.places import country_of, foreign, is_location

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

POINTING_DETERMINERS = frozenset({"the", "this", "that"})


def referred_regions(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """The mentions, each one placed by nothing but a pointing noun given the one region of
    its country the article names."""
    for m in mentions:
        if m.region or m.city or m.national or m.international:
            continue
        code = article_region(m.country or ctx.home, ctx) if pointing_noun(m, ctx) is not None else repeated_noun_region(m, ctx)
        if code:
            m.region, m.country, m.unnamed_parts = code, country_of(code, ctx.regions), False
    return mentions


def pointing_noun(m: Mention, ctx: ArticleContext) -> Token | None:
    """A singular region noun with a pointing determiner in the measure's clause, where the
    measure bites ("in the state", "across the region") or whose service was cut ("the
    valley's internet")."""
    words = place_words()
    doc = ctx.doc
    for t in doc[m.start : m.end]:
        if t.lower_ not in words["back_nouns"] or t.tag_ != "NN":
            continue
        kids = list(t.children)
        if not any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS for c in kids):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids) or any(
                c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in words["elsewhere_words"] or c.lower_ in words["compass_words"] or c.pos_ == "PROPN")
                for c in kids):
            continue  # "the state of Assam", "the neighbouring state", "the northern region", "the Kashmir valley"
        locative = t.dep_ == "pobj" and t.head.lower_ in words["back_preps"]
        if (locative or t.dep_ == "poss") and in_clause(doc[t.i : t.i + 1], m.triggers, ctx.rules):
            return t
    return None


def article_region(country: str | None, ctx: ArticleContext) -> str | None:
    """The one first-level region of `country` that the article names, by a region or a
    city, on its own or as a body's; none when it names several or none."""
    found = {code for code in ctx.named_regions if country in (None, country_of(code, ctx.regions))}
    return found.pop() if len(found) == 1 else None


def repeated_noun_region(m: Mention, ctx: ArticleContext) -> str | None:
    """The region of the latest earlier sentence that holds the word of a definite noun
    where the measure bites ("in the camps"), if that sentence names one region of the
    measure's country only."""
    words = place_words()
    doc = ctx.doc
    for t in doc[m.start : m.end]:
        if t.pos_ != "NOUN" or t.lower_ in words["back_nouns"] or not (t.dep_ == "pobj" and t.head.lower_ in words["back_preps"]):
            continue
        if not any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS | {"these", "those"} for c in t.children):
            continue
        if any(c.dep_ in ("amod", "compound", "nmod", "prep") for c in t.children) or not in_clause(doc[t.i : t.i + 1], m.triggers, ctx.rules):
            continue  # "the other camps", "the camps of the north": not the word alone
        for sent in reversed([s for s in doc.sents if s.end <= m.sent.start]):
            if any(w.lemma_.lower() == t.lemma_.lower() and w.pos_ in ("NOUN", "PROPN") for w in sent):
                return sentence_region_of(sent, m.country or ctx.home, ctx)
    return None


def sentence_region_of(sent: Span, country: str | None, ctx: ArticleContext) -> str | None:
    """The one first-level region of `country` that a sentence names as a place."""
    codes = {s.id_ for s in ctx.spans if sent.start <= s.start < sent.end and s.label_ in ("REGION", "CITY") and "-" in s.id_
             and "|" not in s.id_ and is_location(s, ctx) and not foreign(s, ctx)}
    codes = {c for c in codes if country in (None, country_of(c, ctx.regions))}
    return codes.pop() if len(codes) == 1 else None
