"""What the article as a whole is about, where a coder reads it before a sentence: an
article about an accident (a storm, a cut fibre, a hack, flat batteries) reports outages,
not restrictions, so its mentions of service "cut" or "offline" are no events unless a
deliberate actor is named with them. An official quoted on the outage, or a regulator
asking carriers for reports, does not make it an article about a measure: the causes
must outnumber the authorities, official reasons and orders; one cause is enough when
nothing deliberate is said at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pipeline.components.frame_rules import load_frame_rules
from pipeline.components.own_doing import only_speaks
from pipeline.components.status import ordered, revoked_order

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

ACCIDENT_CUES = ("nature", "technical")
DELIBERATE_KINDS = frozenset({"government", "police", "military", "regulator", "court"})


def about_an_accident(ctx: ArticleContext) -> bool:
    """At least `accident_min_cues` natural or technical causes (conduits cut among them),
    or `accident_lone_cues` with nothing deliberate, and more of them than the article's
    `deliberate_cues`."""
    frame = load_frame_rules()
    causes = [s for s in ctx.by_label.get("NONEVENT", []) if s.id_ in ACCIDENT_CUES]
    cues = len(causes) + conduit_cuts(ctx.doc, causes, frame)
    deliberate = deliberate_cues(ctx)
    if cues < (frame["accident_lone_cues"] if not deliberate else ctx.rules["accident_min_cues"]):
        return False
    return cues > deliberate


def deliberate_cues(ctx: ArticleContext) -> int:
    """How often the article speaks of someone acting on purpose: authorities that do more
    than speak, official reasons, and orders (a verb or one order: "customers' orders" are
    commerce, "Central Command" a name, "in order to" a purpose)."""
    frame = load_frame_rules()
    deliberate = [s for s in ctx.by_label.get("AUTHORITY", []) + [a for a in ctx.by_label.get("ACTOR", []) if a.id_.split("|")[0] in DELIBERATE_KINDS]
                  if not only_speaks(s, frame) and not owner_of(s, frame)] + ctx.by_label.get("JUSTIFICATION", [])
    orders = sum(1 for t in ctx.doc if t.lemma_.lower() in ctx.rules["order_words"] and t.tag_ != "NNS" and t.pos_ != "PROPN" and not purpose(t))
    return len(deliberate) + orders


def owner_of(body: Span, frame: dict) -> bool:
    """A body named only as whose things they are ("government services", "state websites"):
    the owner of what people could not reach, no one acting."""
    word = body.root
    while word.dep_ == "conj" and word.head.i != word.i:  # "banking, transport and government services"
        word = word.head
    return word.dep_ in ("compound", "nmod") and word.head.lemma_.lower() in frame["owned_thing_nouns"]


def purpose(word: Token) -> bool:
    """"In order to", "in order that": a purpose, no order given."""
    doc = word.doc
    return 0 < word.i < len(doc) - 1 and doc[word.i - 1].lower_ == "in" and doc[word.i + 1].lower_ in ("to", "that")


def conduit_cuts(doc: Doc, causes: list[Span], frame: dict) -> int:
    """Conduits cut or severed ("two fibre link cuts", "the cut lines", "the cable was
    severed"): damage words bound to a cable, link or line that is no phone service ("cut
    their phone lines"), not already counted as a cause."""
    counted = {i for s in causes for i in range(s.start, s.end)}

    def conduit(t: Token) -> bool:
        return t.lemma_.lower() in frame["conduit_nouns"] and not any(c.lower_ in frame["line_services"] for c in t.children)

    def bound(d: Token) -> bool:
        near = [c for c in d.children if c.dep_ in ("dobj", "nsubjpass", "compound")] + ([d.head] if d.dep_ in ("amod", "compound") else [])
        return any(conduit(t) for t in near)

    return sum(1 for d in doc if d.lemma_.lower() in frame["damage_words"] and d.i not in counted and bound(d))


def deliberate(m: Mention, ctx: ArticleContext) -> bool:
    """A body of the state is credited with the mention and, where its sentence names such
    bodies, one of them does more than speak: in an article about a storm or a cut cable,
    "the government said communications were severed by the damage" reports the accident.
    A body's denial ("said there was no shutdown") stays its negated claim."""
    if not any(a["kind"] in DELIBERATE_KINDS for a in m.actors):
        return False
    if m.status != "asserted":
        return True
    frame = load_frame_rules()
    named = [s for s in ctx.by_label.get("AUTHORITY", []) + [a for a in ctx.by_label.get("ACTOR", []) if a.id_.split("|")[0] in DELIBERATE_KINDS]
             if m.sent.start <= s.start < m.sent.end]
    return not named or not all(only_speaks(s, frame) for s in named)


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


def placed(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """An event is a measure taken in one place (spec section 3). In an article of at least
    `placeless_min_sentences` sentences, a mention it puts in no country at all (it names
    none, nor a carrier, authority or web address of one) speaks of measures in general (a
    report's global figures, a how-to, sites going dark in protest), not of one restriction
    somewhere: no event. A shorter text, a lead or a snippet, may leave its place to the
    reader."""
    if sum(1 for _ in ctx.doc.sents) < ctx.rules["placeless_min_sentences"]:
        return mentions
    return [m for m in mentions if m.country is not None]
