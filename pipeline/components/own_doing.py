"""A site, an online community or a platform company acting on what is its own is no state
restriction, whatever the verb: subreddits or an encyclopedia that "go dark" to protest a
law take themselves offline, and a payment company that "shut down its services" in a
country leaves a market. The spec's events are measures imposed on people's access; a
service that withdraws itself imposes nothing on a place.

The test is the clause, not the sentence: a state body makes the measure a state one when
it is an argument of the measure's verb, of a verb above it or of a clause beneath it ("at
the regulator's request", "ordered the company to shut down", "after the ministry asked"),
not when it is only named in a relative clause on the way (the government a letter was sent
to) or as the one the company spoke to."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.rules import agent, governing_verb, own_moderation, span_distance
from pipeline.components.trigger_objects import owner_only

PLACE_LABELS = ("COUNTRY", "REGION", "CITY")
STATE_KINDS = ("carrier", "platform", "other")  # actor kinds that are no state body


def own_doing(trig: Span, sent_spans: list[Span], frame: dict) -> bool:
    """The measure is a platform's moderation of its own store or users (`own_moderation`),
    or a site or community going dark by itself (`goes_dark_itself`), with no state body
    acting in the measure's own clause or above it."""
    if any(state_body(s) and acts_on(s, trig, frame) for s in sent_spans):
        return False
    platforms = {t.i for s in sent_spans if s.label_ == "PLATFORM" for t in s}
    return own_moderation(trig.root, platforms, frame) or own_brand(trig.root, platforms, frame) or goes_dark_itself(trig, sent_spans, platforms, frame)


def own_brand(verb: Token, platforms: set[int], frame: dict) -> bool:
    """"We are suspending PayPal services", "sites are shutting down their pages": a company
    speaking of itself acting on a thing its own brand names, or a site acting on a thing
    "its"/"their" marks as its own. "It shut down its network" stays for the other rules:
    the "it" may be a state named before."""
    who = agent(verb)
    if who is None:
        return False
    site = own_site(who, platforms, frame)
    if not (site or who.lower_ in frame["company_pronouns"] or who.lemma_.lower() in frame["company_pronouns"]):
        return False
    marks = [m for o in verb.children if o.dep_ == "dobj" for m in o.children]
    return any(m.i in platforms for m in marks) or (site and any(m.dep_ == "poss" and m.lower_ in ("its", "their") for m in marks))


def state_body(span: Span) -> bool:
    return span.label_ == "AUTHORITY" or (span.label_ == "ACTOR" and span.id_.split("|")[0] not in STATE_KINDS)


def acts_on(body: Span, trig: Span, frame: dict) -> bool:
    """The body belongs to the measure's clause, to one that governs it or to one beneath it
    ("the ministry ordered Apple to pull the app", "Apple pulled the app at the regulator's
    request", "went dark after the authorities ordered it"), not to a relative clause on the
    way ("a letter the chief executive sent the government") nor as the one a company spoke
    to ("said in a letter to the minister")."""
    verb = governing_verb(body.root)
    measure = governing_verb(trig.root) or trig.root
    if verb is not None and verb.i != measure.i and verb.lemma_.lower() in frame["speech_verbs"] and body.root.dep_ != "nsubj":
        return False  # whom the company told
    path = []
    for t in (body.root, *body.root.ancestors):
        if t.i == measure.i:
            return not any(p.dep_ in ("relcl", "acl") for p in path)
        path.append(t)
    return True


def goes_dark_itself(trig: Span, sent_spans: list[Span], platforms: set[int], frame: dict) -> bool:
    """"Thousands of subreddits went dark", "the English version of the site has gone dark":
    a verb with no object whose subject is a site, an online community or a named platform
    (or the version of one), and no place in the clause (not "Twitter went dark in Iran",
    where the platform is what was cut in a place)."""
    verb = governing_verb(trig.root)
    if trig.id_ != "offline" or verb is None or any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in verb.children):
        return False
    who = agent(verb)
    if who is None or not (own_site(who, platforms, frame) or any(own_site(g, platforms, frame) for p in who.children
                                                                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)):
        return False
    clause = {t.i for t in verb.subtree}
    return not any(s.label_ in PLACE_LABELS and s.root.i in clause for s in sent_spans)


def own_site(noun: Token, platforms: set[int], frame: dict) -> bool:
    return noun.i in platforms or noun.lemma_.lower() in frame["site_nouns"] or noun.lower_ in frame["site_nouns"]


def official_beside(trig: Span, sent_spans: list[Span], frame: dict) -> bool:
    """A state body or official within three edges of the measure that does more than report
    on it: one keeps a natural or technical cause in the sentence from vetoing the measure
    (`trigger_checks.vetoed`). One that only speaks ("the regulator said the disruption was due
    to diesel running short") tells the cause, it does not act; nor does the owner of the
    things hit (`owner_only`)."""
    return any(s.label_ in ("ACTOR", "AUTHORITY") and s.id_ != "carrier" and span_distance(s, trig) <= 3
               and not owner_only(s, sent_spans) and not only_speaks(s, frame) for s in sent_spans)


def only_speaks(actor: Span, frame: dict) -> bool:
    """"Officials said", "the government warned", "the regulator should be notified", "the
    department received complaints": an authority that only speaks or is spoken to does
    nothing deliberate; nor does one a company called in to help ("engaged federal
    authorities to assist", "contacted the police")."""
    root = actor.root
    verb = root.head.lemma_.lower()
    return (root.dep_ in ("nsubj", "nsubjpass") and verb in frame["speech_verbs"]) or (root.dep_ == "dobj" and verb in frame["consulted_verbs"])
