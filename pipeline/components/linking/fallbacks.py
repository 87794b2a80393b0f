"""Moving to another channel that still works ("switched to home Wi-Fi", "relied on
landlines", "connected their card machines to a neighbour's broadband"): a way round the
measure (`circumvention`, as the README's coding rules read it), when the channel is no
service the measure cut and the ones who moved are people, not the body that cut. A service
channel also counts where people use it ("urged residents to use landlines") or do
something over it ("sent the videos over a neighbour's Wi-Fi"): a platform does not, as
people use apps whatever is cut."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.status import negated

DESCRIBING = ("relcl", "acl", "amod")  # "businesses that depended on online orders": what a thing is, no step taken
CLIMB = ("conj", "compound", "appos", "poss", "pobj", "prep", "dobj", "amod", "npadvmod", "prt")


def fallback(spans: list[Span], cut: set[str], rules: dict) -> Span | None:
    """The first channel of the sentence that people turned to, if any."""
    for s in spans:
        if s.label_ not in ("SERVICE", "PLATFORM") or s.id_ in cut or s.id_ not in rules["fallback_channels"] and s.label_ == "SERVICE":
            continue
        verb = turned_to(s.root)
        if verb is None or negated(verb) or verb.dep_ in DESCRIBING or not by_people(verb, rules):
            continue
        if verb.lemma_.lower() in rules["fallback_verbs"] or s.label_ == "SERVICE" and used(s.root, verb, rules):
            return s
    return None


def used(channel: Token, verb: Token, rules: dict) -> bool:
    """The verb uses the channel ("use landlines") or acts through it: the channel is the
    object of a route preposition on the verb or on its object ("send videos over his
    Wi-Fi", "pay via broadband")."""
    if verb.lemma_.lower() in rules["fallback_use_verbs"]:
        return True
    while channel.dep_ in ("conj", "compound", "appos") and channel.head.i != channel.i:
        channel = channel.head
    on = channel.head.head  # the verb, or what it acts on ("send photos over ...")
    return channel.dep_ == "pobj" and channel.head.lower_ in rules["fallback_route_preps"] \
        and (on.i == verb.i or on.dep_ == "dobj" and on.head.i == verb.i)


def turned_to(token: Token) -> Token | None:
    """The verb whose object or prepositional phrase holds the channel."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.dep_ not in CLIMB or token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ == "VERB" else None


def by_people(verb: Token, rules: dict) -> bool:
    """The subject up the chain of verbs is people or a pronoun, or none is named; the object
    of the verb a complement hangs on is its subject ("the governor urged people to use ...")."""
    for v in (verb, *verb.ancestors):
        subjects = [c for c in v.children if c.dep_ == "nsubj"] or [c for c in v.head.children if c.dep_ == "dobj" and v.dep_ == "xcomp"]
        if subjects:
            s = subjects[0]
            return s.pos_ == "PRON" or s.lemma_.lower() in rules["person_nouns"] or s.lemma_.lower() in rules["fallback_people"]
        if v.pos_ != "VERB" or v.dep_ not in ("xcomp", "pcomp", "advcl", "conj", "ccomp"):
            break
    return verb.tag_ == "VBG"
