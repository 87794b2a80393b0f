"""Who gave service back, as the one who had cut it: an article that tells a cut without its
doer often names the body that restored it ("the regulator restored mobile data in the
region", "the ministry announced the restoration of internet services", "the administration
lifted the ban on social media"). Only one body can undo a cut, the one that made it or
ordered it, so coders credit it with the measure; the event takes it only when nothing in
the article names a doer of the cut itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.actors import add, of_country, resolve
from pipeline.components.linking.arguments import chain_head, generic_actor, named_actor
from pipeline.components.linking.orders import ACTOR_RULES, clause_role
from pipeline.components.linking.places import ACTOR_LABELS
from pipeline.components.rules import load_rules

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention


def restorers(group: list[Mention], ctx: ArticleContext) -> list[dict]:
    """The bodies of the event's country that the article makes the doer of a restoration,
    for an asserted event left with no actor."""
    country = group[0].country
    if group[0].status != "asserted":
        return []
    lifts = {t.root.i for t in ctx.triggers if t.label_ == "LIFT"}
    out: list[dict] = []
    for label in ACTOR_LABELS:
        for span in ctx.by_label.get(label, []):
            if span.id_.startswith("court") or country and label == "AUTHORITY" and not of_country(span, country, ctx):
                continue  # a court that orders service back rules on a cut; it did not make it
            if span.root.lower_ in ("authorities", *ctx.rules["reporting_people"]):
                continue  # "the Ethiopian authorities restored access", "officials restored it": no body named
            if restores_it(chain_head(span.root), lifts, ctx):
                found = named_actor(span, ctx) if label in ("AUTHORITY", "CARRIER") else [generic_actor(span, ctx)]
                for actor in found:
                    add(out, resolve(actor, country, ctx), ctx)
    return out


def restores_it(root: Token, lifts: set[int], ctx: ArticleContext) -> bool:
    """The body is the subject of a restoring verb ("X restored", "X lifted the ban"), its
    agent ("restored by X"), the subject of a verb whose object is a restoration ("X
    announced the restoration of services"), or says a restoration told without a doer
    ("X said services had been restored")."""
    dep, head = clause_role(root)
    if dep == "pobj" and head.dep_ == "agent":
        return head.head.i in lifts
    if dep != "nsubj" or asked(head, ctx):
        return False
    if head.i in lifts or any(c.dep_ == "dobj" and c.lemma_.lower() in load_rules(ACTOR_RULES)["restore_words"] for c in head.children):
        return True
    return head.lemma_.lower() in ctx.rules["report_verbs"] and any(doerless(t, lifts) for t in head.children if t.dep_ == "ccomp")


def doerless(verb: Token, lifts: set[int]) -> bool:
    """A reported restoring verb with no subject or agent of its own ("services have been restored")."""
    return verb.i in lifts and not any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def asked(verb: Token, ctx: ArticleContext) -> bool:
    """A restoration called for, not done: an infinitive or a modal of duty or chance ("calls
    for the government to lift its block", "authorities should restore access")."""
    modals = {"to", "must", "would", *ctx.rules["hypothetical_modals"]}
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)
