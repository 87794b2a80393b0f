"""A platform that an article shows acting on its own users ("the network suspended the
senator's account", "X had locked his profile") is a moderator in that article: its other
words for a "ban", a "block" or a "suspension" of that platform ("a block for criticising
the minister", "the suspension by X") speak of the same moderation, not of a state blocking
the platform. The trigger stage already drops the sentence that shows the moderation
(`own_doing`); this pass reads the article as a whole, so the sentences around it no longer
make a platform block of their own. A state body among a mention's actors keeps it: a
government can still block a platform that also suspends accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.frame_rules import load_frame_rules
from pipeline.components.linking.frame import DELIBERATE_KINDS
from pipeline.components.own_doing import own_doing

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention


def moderators(ctx: ArticleContext) -> set[str]:
    """The platforms the article shows as the subject of a verb acting on an account or a
    person, with no state body acting in that clause (`own_doing`)."""
    frame = load_frame_rules()
    found: set[str] = set()
    for span in ctx.by_label.get("PLATFORM", []):
        verb = span.root.head
        if span.root.dep_ != "nsubj" or verb.pos_ != "VERB" or not on_accounts(verb, frame):
            continue
        sent = span.sent
        sent_spans = [s for s in ctx.spans if sent.start <= s.start < sent.end]
        if own_doing(Span(verb.doc, verb.i, verb.i + 1), sent_spans, frame):
            found.add(span.id_)
    return found


def on_accounts(verb: Token, frame: dict) -> bool:
    """The verb's object is an account ("suspended accounts that break its rules") or a
    person ("suspended Jan Smit", "banned the singer Jan Smit")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    objects += [c for o in objects for c in o.children if c.dep_ == "appos"]
    return any(o.lemma_.lower() in frame["account_nouns"] or o.ent_type_ == "PERSON" for o in objects)


def moderation_dropped(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """Mentions that block only platforms the article shows moderating, with no state body
    among their actors, are that moderation: no event."""
    if not any(m.restriction == "service_block" for m in mentions):
        return mentions
    mods = moderators(ctx)
    return [m for m in mentions if not (
        mods and m.restriction == "service_block" and m.platforms and m.platforms <= mods
        and not any(a.get("kind") in DELIBERATE_KINDS for a in m.actors))]
