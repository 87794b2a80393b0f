"""A measure placed in counted regions the sentence does not name ("throttled in the two
provinces", "cut in both states", "suspended in the three regions") is a measure in each
region those words point to, as a reader resolves them: the regions named beside the noun
("the two regions affected, North-West and South-West"), else the regions named in the
nearest sentence before that names any, else in the sentence right after, when that
sentence names just as many. Without such a reading the measure keeps no region and the
article loses the regional events it reports.

A measure told in parts it does not name ("in around 80 townships across the country") is
likewise one per region the next sentences name as holding such parts ("all Rakhine townships
were hit", "20 townships in Sagaing Region were on the list", "townships of Shan and Chin
states too"), or as first-level units in a sentence that names the measure back ("The order
covers the states of A and B"): those sentences say where the parts are."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from spacy.tokens import Span, Token

from pipeline.components.linking.context import ArticleContext
from pipeline.components.linking.dates import in_clause
from pipeline.components.linking.discourse import points_back
from pipeline.components.linking.place_phrases import place_words, some_parts
from pipeline.components.linking.places import country_of, is_location, pick
from pipeline.components.linking.records import Mention

LOOK_BACK = 3  # sentences searched before the measure's for the regions the words point to
LOOK_AHEAD = 2  # sentences after a measure in unnamed parts that may say which regions hold them


def counted_regions_named(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """Each mention placed only in counted, unnamed regions, as one mention per region the
    count points to; every other mention as it is."""
    out: list[Mention] = []
    for m in mentions:
        placed = not (m.region or m.city or m.national or m.international)
        codes = pointed_regions(m, ctx) if placed else []
        listed = holders_of_parts(m, ctx) if placed and not codes else []
        if not codes and not listed:
            out.append(m)
            continue
        out.extend(replace(x, tallied=bool(listed)) for x in in_each_region(m, codes or listed, ctx))
    return out


def in_each_region(m: Mention, codes: list[str], ctx: ArticleContext) -> list[Mention]:
    """One copy of `m` per region code, each with its own containers, so that what a later
    rule adds to one region's measure stays off the others'."""
    return [replace(m, region=code, country=country_of(code, ctx.regions), unnamed_parts=False, services=set(m.services),
                    platforms=set(m.platforms), dates=list(m.dates), actors=list(m.actors), remedies=set(m.remedies),
                    remedy_text=list(m.remedy_text), targets=list(m.targets)) for code in codes]


def count_of(noun: Token) -> int | None:
    """The number a plural first-level noun is counted with ("the two provinces", "both
    states"), if any."""
    words = place_words()
    if noun.lemma_.lower() not in words["first_level_nouns"] or noun.tag_ not in ("NNS", "NNPS"):
        return None
    for child in noun.children:
        for n, forms in words["count_words"].items():
            if child.dep_ in ("nummod", "det", "predet", "amod") and child.lower_ in forms:
                return int(n)
    return None


def pointed_regions(m: Mention, ctx: ArticleContext) -> list[str]:
    """The region codes a counted noun in the measure's clause points to, or none."""
    doc = ctx.doc
    for t in doc[m.start : m.end]:
        n = count_of(t)
        if n is None or not in_clause(doc[t.i : t.i + 1], m.triggers, ctx.rules):
            continue
        beside = regions_in(ctx, lambda s, t=t: s.root.i != t.i and t in s.root.ancestors and s.root.dep_ in ("appos", "conj"))
        if len(beside) == n:
            return beside
        sents = list(doc.sents)
        at = next(i for i, s in enumerate(sents) if s.start <= t.i < s.end)
        for s in reversed(sents[max(0, at - LOOK_BACK) : at]):
            found = regions_in(ctx, lambda x, s=s: s.start <= x.start < s.end, m.country)
            if found:
                return found if len(found) == n else []
        if at + 1 < len(sents):
            nxt = sents[at + 1]
            found = regions_in(ctx, lambda x: nxt.start <= x.start < nxt.end, m.country)
            return found if len(found) == n else []
    return []


def regions_in(ctx: ArticleContext, where, country: str | None = None) -> list[str]:
    """The distinct first-level codes of the region spans `where` accepts, in text order,
    of `country` when it is known."""
    codes: list[str] = []
    for s in ctx.spans:
        if s.label_ != "REGION" or not where(s) or not is_location(s, ctx):
            continue
        code = pick(s.id_, ctx)
        if "-" in code and code not in codes and country in (None, country_of(code, ctx.regions)):
            codes.append(code)
    return codes


def holders_of_parts(m: Mention, ctx: ArticleContext) -> list[str]:
    """The regions the sentences right after a measure in counted, unnamed parts name as holding parts
    of the same kind ("in 80 townships" ... "townships in Sagaing Region", "Rakhine
    townships"): a region under such a part noun, with one under it, or named with one. Two or more, or none:
    one region alone may be an example of where, not the list."""
    if not m.unnamed_parts:
        return []
    doc = ctx.doc
    nouns = {t.lemma_.lower() for t in doc[m.start : m.end] if some_parts(t) and counted(t)}
    if not nouns:
        return []
    sents = list(doc.sents)
    at = next((i for i, s in enumerate(sents) if s.start <= m.start < s.end), None)
    if at is None:
        return []
    after = sents[at + 1 : at + 1 + LOOK_AHEAD]

    def holds(span: Span) -> bool:
        return any(t.lemma_.lower() in nouns for t in [*span, *span.root.ancestors, *span.root.children])

    codes = regions_in(ctx, lambda x: any(s.start <= x.start < s.end for s in after) and (holds(x) or covered_by_the_order(x, ctx)), m.country)
    return codes if len(codes) >= 2 else []


def covered_by_the_order(span: Span, ctx: ArticleContext) -> bool:
    """A region named as a first-level unit ("the states of A and B", "A and B provinces") in
    a sentence that names the measure back ("The directive covers the states of A and B"):
    the regions the measure's unnamed parts lie in, though it calls them by another noun."""
    first_level = place_words()["first_level_nouns"]
    unit = any(t.lemma_.lower() in first_level for t in [*span, *span.root.children]) or any(
        t.lemma_.lower() in first_level and t.tag_ in ("NNS", "NNPS") for t in islice(span.root.ancestors, 3))
    return unit and points_back(span.sent, ctx.rules)


def counted(noun: Token) -> bool:
    """Parts given by their number or a quantity ("80 townships", "several districts",
    "dozens of districts"), not parts already told ("the townships")."""
    quantities = place_words()["quantity_nouns"]
    if any(c.dep_ == "nummod" or c.lower_ in quantities for c in noun.children):
        return True
    return noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in quantities
