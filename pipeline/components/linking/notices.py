"""A carrier named only through the message that told its users of the cut ("callers on A
heard a recorded message saying data had been suspended", "an SMS sent by A said services
would stay suspended", "a message played to A users said ..."): it switched its own network
off and told them so, and coders credit it beside whoever ordered the cut. A carrier told
only as still running until the cut ("A was working until 16 February, when all mobile
internet was cut") is the network users lost, not who cut it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.linking.orders import ACTOR_RULES, clause_role
from pipeline.components.rules import load_rules


def in_its_message(root: Token, trigs: list[Span]) -> bool:
    """`root` (a carrier's name) is the sender, owner or audience of a message whose reported
    clause holds the cut: it is in the message's phrase ("sent by A", "played to A users"),
    or in the subject of the verb the message is the object of ("callers on A heard a
    message"), and not in the reported clause itself, where the usual rules read it."""
    for trig in trigs:
        told = {t.i for t in trig.root.subtree}
        if root.i in told:
            continue
        for message in messages(trig.root):
            if message in root.ancestors:
                return True
            verb = message.head
            if message.dep_ == "dobj" and any(c.dep_ == "nsubj" and c in root.ancestors for c in verb.children):
                return True
    return False


def messages(verb: Token) -> list[Token]:
    """The message nouns a cut's clause is the report of: a message the clause hangs from
    ("a message saying that data had been suspended"), or the subject of a verb of saying
    the clause hangs from ("an SMS ... said data would stay suspended")."""
    nouns = set(load_rules(ACTOR_RULES)["message_nouns"])
    found = []
    for a in verb.ancestors:
        if a.pos_ == "NOUN" and a.lemma_.lower() in nouns:
            found.append(a)
        found += [c for c in a.children if c.dep_ == "nsubj" and c.lemma_.lower() in nouns]
    return found


def still_running(span: Span, trigs: list[Span]) -> bool:
    """`span` is a carrier whose own verb says its network ran ("A was working until ...",
    "B operated normally"), not a cut: the network the cut hit (actor_rules running_verbs)."""
    dep, head = clause_role(span.root)
    return (span.label_ == "CARRIER" and dep == "nsubj" and head.lemma_.lower() in load_rules(ACTOR_RULES)["running_verbs"]
            and all(head.i != t.root.i for t in trigs))
