"""What the article as a whole is about, where a coder reads it before a sentence: an
article about an accident (a storm, a cut fibre, a hack, flat batteries) reports outages,
not restrictions, so its mentions of service "cut" or "offline" are no events unless a
deliberate actor is named with them. An official quoted on the outage, or a regulator
asking carriers for reports, does not make it an article about a measure: the causes
must outnumber the authorities, official reasons and orders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.components.status import ordered, revoked_order

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

ACCIDENT_CUES = ("nature", "technical")
DELIBERATE_KINDS = frozenset({"government", "police", "military", "regulator", "court"})


def about_an_accident(ctx: ArticleContext) -> bool:
    """At least `accident_min_cues` natural or technical causes, and more of them than
    authorities, official reasons and orders in the whole article (an order is a verb or
    one order: "customers' orders" are commerce)."""
    cues = sum(1 for s in ctx.by_label.get("NONEVENT", []) if s.id_ in ACCIDENT_CUES)
    if cues < ctx.rules["accident_min_cues"]:
        return False
    deliberate = ctx.by_label.get("AUTHORITY", []) + ctx.by_label.get("JUSTIFICATION", []) + [
        s for s in ctx.by_label.get("ACTOR", []) if s.id_.split("|")[0] in DELIBERATE_KINDS]
    orders = sum(1 for t in ctx.doc if t.lemma_.lower() in ctx.rules["order_words"] and t.tag_ != "NNS")  # not "lunch orders"
    return cues > len(deliberate) + orders


def deliberate(m: Mention) -> bool:
    return any(a["kind"] in DELIBERATE_KINDS for a in m.actors)


def withdraw_revoked_orders(mentions: list[Mention], rules: dict) -> None:
    """An order the article says was taken back before anyone carried it out ("the judge
    suspended his own order to block Telegram") is no measure: the sentence that tells the
    order itself ("had ordered on Friday that access be suspended") is negated with it."""
    revoked = [m for m in mentions if m.status == "negated" and any(revoked_order(a, rules) for t in m.triggers for a in t.root.ancestors)]
    for m in mentions:
        if m.status == "asserted" and any(t.label_ == "TRIGGER" and ordered(t, rules) for t in m.triggers) and any(same_measure(m, r) for r in revoked):
            m.status = "negated"


def same_measure(a: Mention, b: Mention) -> bool:
    """Same kind of measure on the same things (a platform block stands for its platforms
    when either names none)."""
    return a.restriction == b.restriction and a.country == b.country and bool(a.services & b.services or a.platforms & b.platforms)
