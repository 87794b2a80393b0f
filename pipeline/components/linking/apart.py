"""Mentions that are two measures though they agree in kind, place and date:

- means and end in one sentence ("blocks VPNs to enforce its ban on Signal", "answered the
  trouble of banning Signal by blocking VPNs"): the block done to enforce another measure
  is a measure of its own, with its own objects, not one more platform of that other one;
- a copy by another body ("A blocked X. B did the same.", "B followed suit"): B's own
  measure of the same kind, not a second actor of A's;
- a block told as coming amid another ("blocked VPNs amid its crackdown on Signal"): a
  measure of its own, apart from the block of the platform it came amid;
- people unable to reach other platforms than a block named ("users cannot reach some
  Google products" after a ban on Signal): what they lost is no platform of that block."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.components.rules import governing_verb
from pipeline.components.trigger_checks import SUFFERED

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def told_apart(a: Mention, b: Mention) -> bool:
    """Two measures: means and end in one sentence, or one copied by another body."""
    return means_and_end(a, b) or came_amid(a, b) or came_amid(b, a) or copied_by_another(a, b) or copied_by_another(b, a) or lost_elsewhere(a, b) or lost_elsewhere(b, a)


def came_amid(m: Mention, other: Mention) -> bool:
    """`m` names the platforms `other` blocked only as the measure it came amid, none of
    them as its own object."""
    return bool(m.amid & other.platforms) and not m.amid & m.platforms


def lost_elsewhere(block: Mention, lost: Mention) -> bool:
    """Platforms people only say they cannot reach, none of which the block named."""
    if not lost.platforms or not block.platforms or not all(t.id_ in SUFFERED for t in lost.triggers):
        return False
    return not any(t.id_ in SUFFERED for t in block.triggers) and not lost.platforms & block.platforms


def copied_by_another(a: Mention, copy: Mention) -> bool:
    """A mention that only says another body copied a measure ("did the same", "followed
    suit"; not "a similar ban", which may be the same body's) and names bodies of its own,
    none of which did `a`."""
    if not copy.copied or not copy.actors or not a.actors:
        return False
    return not {x["name"].lower() for x in a.actors} & {x["name"].lower() for x in copy.actors}


def means_and_end(a: Mention, b: Mention) -> bool:
    """Blocks of one sentence with different objects of their own, one told as the means
    ("by blocking") or in a "to" clause of purpose under the other; coordinated blocks
    ("blocked Facebook and banned Twitter") are one measure told twice, and a mention that
    names the measure back ("against the suspension") has no objects of its own to differ."""
    if a.sent.start != b.sent.start or not a.triggers or not b.triggers:
        return False
    if any(x.restriction != "service_block" or x.anaphoric or x.vague for x in (a, b)):
        return False
    objects_a, objects_b = (a.services | a.platforms) - {"platform"}, (b.services | b.platforms) - {"platform"}
    if not objects_a or not objects_b or objects_a & objects_b:
        return False  # "cut off access to X after the court ordered the social network suspended": one the other names back
    va, vb = governing_verb(a.triggers[0].root), governing_verb(b.triggers[0].root)
    if va is None or vb is None or va.i == vb.i:
        return False
    return means(va) or means(vb) or purpose_of(va, vb) or purpose_of(vb, va)


def means(verb: Token) -> bool:
    """"... by blocking VPNs": the clause tells how another thing was done."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "by"


def purpose_of(main: Token, verb: Token) -> bool:
    """`verb` heads a "to" clause under `main` ("blocks VPNs to enforce its ban", "the tools
    people use to get around its ban"): what `main`'s measure was done for or against."""
    return verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and main in verb.ancestors
