"""Apps a block names only by their kind ("told providers to block every messaging app")
and a following sentence then lists as members of that kind ("Signal and Viber are among
the messaging apps that can no longer be reached", "the apps that were cut include Viber"):
those named apps are the block's platforms, as a coder lists them. The list may also sit in
the measure's own sentence ("the blocked sites include P and Q", "the blocked networks are
P and Q")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.orders import ACTOR_RULES
from pipeline.components.rules import load_rules

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def add_listed(m: Mention, sent: Span, spans: list[Span], rules: dict) -> None:
    """A block of apps named by their kind takes the apps `sent` lists as members of it, with
    `sent` as evidence."""
    if "platform" in m.services and m.restriction in ("service_block", "throttling"):
        named = listed_members(spans, rules) - m.platforms
        m.platforms |= named
        if named and sent not in m.evidence:
            m.evidence.append(sent)


def listed_members(spans: list[Span], rules: dict) -> set[str]:
    """The platforms a sentence gives as members of an apps noun said to be out of reach:
    "P and Q are among the apps that ...", "the apps that ... include P and Q", "the blocked
    apps are P and Q", "could not open several apps, including P and Q"; and the platforms
    it says people had no access to ("users did not have access to P and Q")."""
    apps = [s.root for s in spans if s.label_ == "APPS" and out_of_reach(s.root, rules)]
    members = load_rules(ACTOR_RULES)["member_preps"]  # "including", "like": as for carriers told of an order
    found = set()
    for p in (s for s in spans if s.label_ == "PLATFORM"):
        head = p.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "Signal and Viber": the list's first word holds its place
        verb = head.head
        for noun in apps:
            among = head.dep_ == "nsubj" and verb.lemma_ == "be" and noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.i == verb.i
            include = head.dep_ == "dobj" and verb.lemma_ == "include" and noun.dep_ == "nsubj" and noun.head.i == verb.i
            are = head.dep_ == "attr" and verb.lemma_ == "be" and noun.dep_ == "nsubj" and noun.head.i == verb.i
            including = head.dep_ == "pobj" and verb.lower_ in members and verb.head.i == noun.i
            if among or include or are or including:
                found.add(p.id_)
        if no_access_to(head, rules):
            found.add(p.id_)
    return found


def no_access_to(head: Token, rules: dict) -> bool:
    """"Did not have access to P", "had no access to P": an access noun, negated by its
    verb or its determiner, that the platform is reached through."""
    if head.dep_ != "pobj" or head.head.lower_ != "to":
        return False
    access = head.head.head
    if access.lemma_.lower() not in rules["access_nouns"]:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in access.children) or access.dep_ == "dobj" and any(c.dep_ == "neg" for c in access.head.children)


def out_of_reach(noun: Token, rules: dict) -> bool:
    """The apps noun or its clause says they are cut ("blocked apps", "apps that users are
    unable to open") or, with a negation, that they cannot be used ("that can no longer be
    reached"); both together ("apps that were not blocked") say they still work. The verb an
    object noun hangs on speaks for it too ("users could not open several apps")."""
    words = [t for t in noun.subtree if t.i != noun.i]
    if noun.dep_ == "dobj":
        words += [noun.head, *(c for c in noun.head.children if c.dep_ == "neg")]
    cut = any(t.lemma_.lower() in rules["out_of_reach_words"] for t in words)
    denied = any(t.dep_ == "neg" for t in words)
    return cut != denied
