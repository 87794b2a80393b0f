"""Which internet a measure cut, when its own sentences say only "the internet".

Reports often tell a mobile-data cut as "internet services were suspended" and make the
medium clear in the order's exception beside it ("broadband and voice calls remain
functional", "leased lines are exempted"). The spec codes the internet of such a measure
as `mobile_internet`. Only an exception of the same measure counts: a sentence a few
sentences from the event's own ones, nearer to them than to any other event's, naming no
other place; a whole-article reading (or the headline's) would also turn the true
"internet" cuts of other measures in the article, background ones included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

PLACES = ("REGION", "CITY", "COUNTRY")
KINDS = {"mobile_internet", "fixed_internet"}
NEAR = 2  # sentences between an event's own and its exception sentence


def mobile_by_context(groups: list[list[Mention]], ctx: ArticleContext) -> None:
    """Give the groups whose only internet is unspecified the mobile internet when broadband
    is spared beside them: each exception sentence goes to the nearest event (an earlier one
    on a tie), at most `NEAR` sentences away, of its place."""
    sents = list(ctx.doc.sents)
    index = {s.start: k for k, s in enumerate(sents)}
    objects = {(o.start, o.end) for t in ctx.triggers for o in t._.objects}
    own = [{index[m.sent.start] for m in group if m.sent.start in index} for group in groups]
    for j, sent in enumerate(sents):
        if not own or not _spares_broadband(sent, ctx, objects):
            continue
        gap, _, nearest = min((min((abs(k - j) for k in ks), default=99), min(ks, default=99) > j, g) for g, ks in enumerate(own))
        group = groups[nearest]
        services = set().union(*(m.services for m in group))
        if gap > NEAR or "internet" not in services or services & KINDS or not _same_place(sent, ctx, group[0].region, group[0].country):
            continue
        for m in group:
            if "internet" in m.services:
                m.services = (m.services - {"internet"}) | {"mobile_internet"}


def _spares_broadband(sent: Span, ctx: ArticleContext, objects: set[tuple[int, int]]) -> bool:
    """A sentence saying fixed internet goes on ("broadband and leased lines are exempted",
    "voice calls and broadband shall remain functional"): a fixed-internet service no
    trigger acts on, beside a word of sparing."""
    words = ctx.rules["spared_words"]
    fixed = [s for s in _in(sent, ctx.spans) if s.label_ == "SERVICE" and s.id_ == "fixed_internet" and (s.start, s.end) not in objects]
    return bool(fixed) and any(t.lemma_.lower() in words or t.lower_ in words for t in sent)


def _same_place(sent: Span, ctx: ArticleContext, region: str | None, country: str | None) -> bool:
    """The sentence names no place, or the event's own region or country."""
    ids = {i for s in _in(sent, ctx.spans) if s.label_ in PLACES for i in s.id_.split("|")}
    return not ids or region in ids or country in ids


def _in(sent: Span, spans: list[Span]) -> list[Span]:
    return [s for s in spans if sent.start <= s.start < sent.end]
