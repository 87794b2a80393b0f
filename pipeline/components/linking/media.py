"""Which internet a measure cut, when its own sentences say only "the internet".

Reports often tell a mobile-data cut as "internet services were suspended" and make the
medium clear in the order's exception beside it ("broadband and voice calls remain
functional", "leased lines are exempted"). The spec codes the internet of such a measure
as `mobile_internet`. Only an exception of the same measure counts: a sentence a few
sentences from the event's own ones, nearer to them than to any other event's, naming no
other place; a whole-article reading (or the headline's) would also turn the true
"internet" cuts of other measures in the article, background ones included. The same
exception sparing voice calls takes them from a data cut that a sentence called loosely
"the mobile services".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

PLACES = ("REGION", "CITY", "COUNTRY")
KINDS = {"mobile_internet", "fixed_internet"}
NEAR = 2  # sentences between an event's own and its exception sentence


def mobile_by_context(groups: list[list[Mention]], ctx: ArticleContext) -> None:
    """Give the groups whose only internet is unspecified the mobile internet when broadband
    is spared beside them, and take voice calls from groups that cut something else when
    voice calls are spared beside them ("the mobile services were suspended" of a data cut
    whose order keeps calls): each exception sentence goes to the nearest event (an earlier
    one on a tie), at most `NEAR` sentences away, of its place."""
    sents = list(ctx.doc.sents)
    index = {s.start: k for k, s in enumerate(sents)}
    objects = {(o.start, o.end) for t in ctx.triggers for o in t._.objects}
    own = [{index[m.sent.start] for m in group if m.sent.start in index} for group in groups]
    for j, sent in enumerate(sents):
        spared = _spared(sent, ctx, objects)
        if not own or not spared & {"fixed_internet", "voice_calls"}:
            continue
        gap, _, nearest = min((min((abs(k - j) for k in ks), default=99), min(ks, default=99) > j, g) for g, ks in enumerate(own))
        group = groups[nearest]
        if gap > NEAR or not _same_place(sent, ctx, group[0].region, group[0].country):
            continue
        services = set().union(*(m.services for m in group))
        if "fixed_internet" in spared and "internet" in services and not services & KINDS:
            for m in group:
                if "internet" in m.services:
                    m.services = (m.services - {"internet"}) | {"mobile_internet"}
        if "voice_calls" in spared and "voice_calls" in services and services & KINDS and _exempts(sent, ctx):
            for m in group:
                m.services = m.services - {"voice_calls"}


def _spared(sent: Span, ctx: ArticleContext, objects: set[tuple[int, int]]) -> set[str]:
    """The services a sentence says go on ("broadband and leased lines are exempted", "voice
    calls and broadband shall remain functional"): services no trigger acts on, beside a
    word of sparing."""
    words = ctx.rules["spared_words"]
    if not any((t.lemma_.lower() in words or t.lower_ in words) and not _negated(t) for t in sent):
        return set()  # "the internet not working": no sparing
    return {s.id_ for s in _in(sent, ctx.spans) if s.label_ == "SERVICE" and (s.start, s.end) not in objects}


def _exempts(sent: Span, ctx: ArticleContext) -> bool:
    """An order's exemption ("voice calls are exempted", "except the voice calls"), not a
    phone said to work somewhere ("the only phones working are at police stations")."""
    return any(t.lemma_.lower() in ctx.rules["exemption_words"] or t.lower_ in ctx.rules["exemption_words"] for t in sent)


def _negated(word: Token) -> bool:
    """"Not working", "no longer available": the word says the service is gone."""
    doc = word.doc
    return any(c.dep_ == "neg" for c in (*word.children, *word.head.children)) or (word.i > 0 and doc[word.i - 1].lower_ in ("not", "n't", "never"))


def _same_place(sent: Span, ctx: ArticleContext, region: str | None, country: str | None) -> bool:
    """The sentence names no place, or the event's own region or country."""
    ids = {i for s in _in(sent, ctx.spans) if s.label_ in PLACES for i in s.id_.split("|")}
    return not ids or region in ids or country in ids


def _in(sent: Span, spans: list[Span]) -> list[Span]:
    return [s for s in spans if sent.start <= s.start < sent.end]
