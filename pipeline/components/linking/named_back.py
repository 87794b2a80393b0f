"""A way back told with the measure named back by its participle. "Owners can call the hotline
that stays open for the blocked SIMs": "blocked" describes the lines the article already said
were cut; it tells no new measure, so the sentence adds its remedies to that measure instead
of making an event of its own whose remedies the reported measure would lack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention

DEFINITE = ("the", "these", "those", "their", "its", "his", "her", "your", "such")


def remedy_named_back(m: Mention, mentions: list[Mention]) -> bool:
    """Add the remedies of a mention whose every trigger is a participle before a definite noun
    ("the blocked SIMs", "their suspended lines") to the latest asserted measure of its region
    (any, when it names none); True when added, and the mention makes no event of its own."""
    if not m.remedies or not m.triggers or not all(participle_of_named(t) for t in m.triggers):
        return False
    target = next((p for p in reversed(mentions) if p.status == "asserted" and (not m.region or p.region == m.region)), None)
    if target is None:
        return False
    target.remedies |= m.remedies
    target.remedy_text += [t for t in m.remedy_text if t not in target.remedy_text]
    target.evidence.append(m.sent)
    target.latest = m.sent
    return True


def participle_of_named(trigger: Span) -> bool:
    """"The blocked SIMs": a past participle that modifies a noun with a definite determiner or
    a possessive, the thing a measure the article told already acted on."""
    root = trigger.root
    return root.tag_ == "VBN" and root.dep_ == "amod" and any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in root.head.children)
