"""Moving to another channel that still works ("switched to home Wi-Fi", "relied on
landlines", "connected their card machines to a neighbour's broadband"): a way round the
measure (`circumvention`, as the README's coding rules read it), when the channel is no
service the measure cut and the ones who moved are people, not the body that cut."""

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
        if verb is not None and verb.lemma_.lower() in rules["fallback_verbs"] and not negated(verb) and verb.dep_ not in DESCRIBING \
                and by_people(verb, rules):
            return s
    return None


def turned_to(token: Token) -> Token | None:
    """The verb whose object or prepositional phrase holds the channel."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.dep_ not in CLIMB or token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ == "VERB" else None


def by_people(verb: Token, rules: dict) -> bool:
    """The subject up the chain of verbs is people or a pronoun, or none is named."""
    for v in (verb, *verb.ancestors):
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if subjects:
            s = subjects[0]
            return s.pos_ == "PRON" or s.lemma_.lower() in rules["person_nouns"] or s.lemma_.lower() in rules["fallback_people"]
        if v.pos_ != "VERB" or v.dep_ not in ("xcomp", "pcomp", "advcl", "conj", "ccomp"):
            break
    return verb.tag_ == "VBG"
