"""What the article as a whole is about, where a coder reads it before a sentence: an
article about an accident (a storm, a cut fibre, a hack, flat batteries) that names no
authority, order or official reason reports outages, not restrictions, so its mentions of
service "cut" or "offline" are no events unless a deliberate actor is named with them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

ACCIDENT_CUES = ("nature", "technical")
DELIBERATE_KINDS = frozenset({"government", "police", "military", "regulator", "court"})


def about_an_accident(ctx: ArticleContext) -> bool:
    """At least `accident_min_cues` natural or technical causes, and no authority, no
    official reason and no order anywhere in the article."""
    cues = sum(1 for s in ctx.by_label.get("NONEVENT", []) if s.id_ in ACCIDENT_CUES)
    if cues < ctx.rules["accident_min_cues"]:
        return False
    deliberate = ctx.by_label.get("AUTHORITY", []) + ctx.by_label.get("JUSTIFICATION", []) + [
        s for s in ctx.by_label.get("ACTOR", []) if s.id_ in DELIBERATE_KINDS]
    orders = any(t.lemma_.lower() in ctx.rules["order_words"] for t in ctx.doc)
    return not deliberate and not orders


def deliberate(m: Mention) -> bool:
    return any(a["kind"] in DELIBERATE_KINDS for a in m.actors)
