"""Apps a block names only by their kind ("told providers to block every messaging app")
and a following sentence then lists as members of that kind ("Signal and Viber are among
the messaging apps that can no longer be reached", "the apps that were cut include Viber"):
those named apps are the block's platforms, as a coder lists them."""

from __future__ import annotations

from spacy.tokens import Span, Token


def listed_members(spans: list[Span], rules: dict) -> set[str]:
    """The platforms a sentence gives as members of an apps noun said to be out of reach:
    "P and Q are among the apps that ...", "the apps that ... include P and Q"."""
    apps = [s.root for s in spans if s.label_ == "APPS" and out_of_reach(s.root, rules)]
    found = set()
    for p in (s for s in spans if s.label_ == "PLATFORM"):
        head = p.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "Signal and Viber": the list's first word holds its place
        verb = head.head
        for noun in apps:
            among = head.dep_ == "nsubj" and verb.lemma_ == "be" and noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.i == verb.i
            include = head.dep_ == "dobj" and verb.lemma_ == "include" and noun.dep_ == "nsubj" and noun.head.i == verb.i
            if among or include:
                found.add(p.id_)
    return found


def out_of_reach(noun: Token, rules: dict) -> bool:
    """The apps noun or its clause says they are cut ("blocked apps", "apps that users are
    unable to open") or, with a negation, that they cannot be used ("that can no longer be
    reached"); both together ("apps that were not blocked") say they still work."""
    words = [t for t in noun.subtree if t.i != noun.i]
    cut = any(t.lemma_.lower() in rules["out_of_reach_words"] for t in words)
    denied = any(t.dep_ == "neg" for t in words)
    return cut != denied
