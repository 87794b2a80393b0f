"""A service that failed by itself is an outage, not a restriction: an article that only
tells what users went through ("people could not post for hours", "the app would not
open", "pages stopped working"), names no place where it was felt (users anywhere, not
"users in Almaty") and never says that anyone acted on purpose (no authority doing more
than speak, no official reason, no order) reports a platform's or a network's own outage,
however the loss is worded. A measure needs an agent, a reason or a place; such an
inability names none. Where the article does tell a deliberate measure, or gives any sign
of one, such losses stay for the other passes to place (`discourse`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.components.frame_rules import load_frame_rules
from pipeline.components.linking.frame import deliberate_cues
from pipeline.components.trigger_checks import SUFFERED

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

# trigger ids that tell what people went through, with no one doing it
EXPERIENCED = frozenset({*SUFFERED, "unreachable", "go_dead"})
PLACES = ("COUNTRY", "REGION", "CITY")


def experienced(m: Mention) -> bool:
    """Every trigger of the mention tells a loss felt ("could not send", "was unreachable",
    "stopped working"), none a measure taken."""
    return all(t.id_ in EXPERIENCED for t in m.triggers)


def nowhere_in_particular(m: Mention, ctx: ArticleContext) -> bool:
    """Its sentence names no place at all: users anywhere, not "users in Almaty" or "most
    users in Iran", where an app that will not load may well be blocked."""
    return not any(m.sent.start <= s.start < m.sent.end for label in PLACES for s in ctx.by_label.get(label, []))


def outages_dropped(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """Without any asserted measure beyond losses felt, and nothing deliberate anywhere in
    the article, losses felt nowhere in particular are an outage: no events. A blackout
    counts as a loss felt (`neutral`) where a carrier is named: with no one else said to
    act, it is that network's failure, even placed ("an internet blackout in Canada ... the
    carrier began coming out of the blackout")."""
    if deliberate_cues(ctx) or any(m.status == "asserted" and not experienced(m) and not (neutral(m) and carrier_named(ctx)) for m in mentions):
        return mentions
    return [m for m in mentions if not ((neutral(m) and carrier_named(ctx)) or (experienced(m) and nowhere_in_particular(m, ctx)))]


def carrier_named(ctx: ArticleContext) -> bool:
    """The article names a carrier: a blackout told beside one and no state body is that
    network's failure ("the carrier was coming out of the blackout"); one told with no one
    at all ("the data blackout entered its sixth day") may still be a measure."""
    return bool(ctx.by_label.get("CARRIER")) or any(a.id_.split("|")[0] == "carrier" for a in ctx.by_label.get("ACTOR", []))


def neutral(m: Mention) -> bool:
    """Every trigger of the mention is a loss felt or a noun that names a loss without a
    cause ("blackout"), and at least one is such a noun."""
    nouns = load_frame_rules()["neutral_loss_nouns"]
    named = [t for t in m.triggers if t.root.lemma_.lower() in nouns or t.root.lower_ in nouns]
    return bool(named) and all(t.id_ in EXPERIENCED or t in named for t in m.triggers)
