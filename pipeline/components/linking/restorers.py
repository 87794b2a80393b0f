"""Who gave service back, as the one who had cut it: an article that tells a cut without its
doer often names the body that restored it ("the regulator restored mobile data in the
region", "the ministry announced the restoration of internet services", "the administration
lifted the ban on social media"). Only one body can undo a cut, the one that made it or
ordered it, so coders credit it with the measure; the event takes it only when nothing in
the article names a doer of the cut itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.components.linking.actors import add, of_country, resolve
from pipeline.components.linking.arguments import chain_head, generic_actor, named_actor
from pipeline.components.linking.orders import ACTOR_RULES, clause_role, staff_of
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
            if restores_it(speaker(chain_head(span.root)), lifts, ctx):
                found = named_actor(span, ctx) if label in ("AUTHORITY", "CARRIER") else [generic_actor(span, ctx)]
                for actor in found:
                    add(out, resolve(actor, country, ctx), ctx)
    return out


def speaker(root: Token) -> Token:
    """Who speaks for the body: its officer when the text names one ("A B, secretary director
    of X, told reporters ..."), else the body itself."""
    rules = load_rules(ACTOR_RULES)
    staff = staff_of(root, rules)
    return chain_head(staff) if staff.lemma_.lower() in rules["staff_nouns"] else root


def restores_it(root: Token, lifts: set[int], ctx: ArticleContext) -> bool:
    """The body (or its officer: "A B, director of X, said") is the subject of a restoring
    verb ("X restored", "X lifted the ban"), its agent ("restored by X"), the subject of a
    verb whose object is a restoration ("X announced the restoration of services"), or says
    a restoration told without a doer ("X said services had been restored")."""
    dep, head = clause_role(root)
    if dep == "pobj" and head.dep_ == "agent":
        return head.head.i in lifts
    if dep != "nsubj" or asked(head, ctx):
        return False
    if head.i in lifts or any(c.dep_ == "dobj" and c.lemma_.lower() in load_rules(ACTOR_RULES)["restore_words"] for c in head.children):
        return True
    return head.lemma_.lower() in ctx.rules["report_verbs"] and any(doerless(t, lifts, ctx) for t in head.children if t.dep_ == "ccomp")


def doerless(verb: Token, lifts: set[int], ctx: ArticleContext) -> bool:
    """A reported restoring verb with no subject or agent of its own, done ("services have
    been restored"), not promised ("will soon be restored")."""
    return verb.i in lifts and not any(c.dep_ in ("nsubj", "agent") for c in verb.children) and not asked(verb, ctx)


def asked(verb: Token, ctx: ArticleContext) -> bool:
    """A restoration called for or promised, not done: an infinitive or a modal ("calls for
    the government to lift its block", "authorities should restore access", "will restore")."""
    modals = {"to", "must", "would", "will", *ctx.rules["hypothetical_modals"]}
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)
