"""A measure told as what someone was blamed for ("the court pulled up the government for
suspending the internet", "the minister criticised the regulator over blocking the app"):
the one blamed, the object of the blaming verb, did it; the one who blames, its subject,
did not, though the parse makes the measure hang from its verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.linking.orders import ACTOR_RULES, clause_role
from pipeline.components.rules import load_rules


def blaming_verbs(trigs: list[Span]) -> list[Token]:
    """The verbs whose object is blamed for a trigger: the trigger a gerund after a blame
    preposition ("for suspending") on a verb that has an object."""
    preps = load_rules(ACTOR_RULES)["blame_preps"]
    out = []
    for t in trigs:
        r = t.root
        verb = r.head.head
        if r.tag_ == "VBG" and r.dep_ == "pcomp" and r.head.lower_ in preps and verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children):
            out.append(verb)
    return out


def blames(root: Token, trigs: list[Span]) -> bool:
    """`root` is the subject of a verb that blames someone else for the measure."""
    dep, head = clause_role(root)
    return dep == "nsubj" and any(head.i == v.i for v in blaming_verbs(trigs))


def blamed(root: Token, trigs: list[Span]) -> bool:
    """`root` is the one blamed for the measure: the object of the blaming verb."""
    return root.dep_ == "dobj" and any(root.head.i == v.i for v in blaming_verbs(trigs))
