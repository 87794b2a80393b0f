"""Carriers named as members of the networks something was seen on ("X could not be reached
on the main networks, including A, B and C"): the networks users were on when the measure
bit, no carrier that imposed it, as a carrier right after "on" is none either."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.linking.orders import ACTOR_RULES
from pipeline.components.rules import load_rules


def network_used(root: Token) -> bool:
    """`root` (a list's first name) is a member ("including", "like") of a noun that a
    `network_preps` word takes, or of a place or noun that phrase goes on with: the
    networks the cut was seen on, not a body told to cut."""
    rules = load_rules(ACTOR_RULES)
    member = root.head
    if root.dep_ != "pobj" or member.lower_ not in rules["member_preps"]:
        return False
    noun = member.head
    for _ in range(3):  # "on the main networks in the country, including A": the list may hang on a later noun
        if noun.dep_ != "pobj":
            return False
        if noun.head.lower_ in rules["network_preps"]:
            return True
        if noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = noun.head.head
    return False
