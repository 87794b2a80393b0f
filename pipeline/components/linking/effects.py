"""Losses of service and what people went through, read against the measures told before:
a loss with no measure behind it is an outage, and one felt after a measure is that measure's
effect (evidence), not a second measure. Kept apart from `discourse` because these rules drop
or fold mentions, where discourse only fills them in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.components.linking.loss_remedies import hand_on_remedies
from pipeline.components.trigger_checks import LOSS, SUFFERED

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def is_loss(m: Mention) -> bool:
    """"Users lost mobile data", "have had no mobile data": service gone, no measure named.
    Such a mention places a measure the article reports (a region, a date), never alone."""
    return all(t.id_ in LOSS for t in m.triggers)


def drop_lone_losses(mentions: list[Mention]) -> list[Mention]:
    """Without any asserted measure, losses of service are an outage, not a measure."""
    if not any(m.status == "asserted" and not is_loss(m) for m in mentions):
        return [m for m in mentions if not is_loss(m)]
    return mentions


def losses_as_effects(mentions: list[Mention]) -> list[Mention]:
    """An undated loss of service after a measure of another kind the article already told
    ("SIM cards were deactivated ... users who missed the deadline lost calls and data"), or
    felt somewhere after a national measure of its kind ("voters in Lahore could not make
    calls" after a nationwide cut), or after a measure of any kind in its own sentence ("cut
    mobile data, leaving millions without access to it"), is what that measure did to people,
    not a second measure: it joins it as evidence, and in its own sentence with the services
    it says were lost."""
    kept: list[Mention] = []
    for m in mentions:
        felt = all(t.id_ in SUFFERED for t in m.triggers)  # "lost mobile data", "could not make calls"
        cause = next((p for p in reversed(kept) if p.status == "asserted" and not is_loss(p) and m.country in (None, p.country)
                      and (is_loss(m) and (p.restriction != m.restriction or p.sent.start == m.sent.start) or p.national and bool(m.region) and felt)), None)
        if m.status == "asserted" and not m.dates and cause is not None:
            if cause.sent.start == m.sent.start and cause.restriction == m.restriction:
                cause.services |= m.services  # "the SMS line became unavailable due to the shutdown": what it took
            cause.evidence.append(m.sent)
            hand_on_remedies(m, [p for p in kept if not is_loss(p)], cause)
            continue
        if is_loss(m):
            hand_on_remedies(m, [p for p in kept if not is_loss(p)])
        kept.append(m)
    return kept


def effects_joined(mentions: list[Mention], rules: dict) -> list[Mention]:
    """A measure named back only as the cause of what people went through, after the article
    told it ("polling staff in Karachi had trouble reaching anyone due to the shutdown",
    "shops in Imphal stayed shut amid the ban"): what that measure did where those people
    are, not a measure of its own there; it joins the latest asserted measure as evidence.
    Named back where that measure is, it still adds what it says was cut."""
    kept: list[Mention] = []
    for m in mentions:
        told = next((p for p in reversed(kept) if p.status == "asserted" and m.country in (None, p.country)), None)
        if m.status == "asserted" and told is not None and not m.dates and m.region and m.region != told.region \
                and all(named_back_as_cause(t.root, rules) for t in m.triggers):
            told.evidence.append(m.sent)
            continue
        kept.append(m)
    return kept


def named_back_as_cause(trigger: Token, rules: dict) -> bool:
    """"Due to the shutdown", "because of this ban", "amid the suspension": a measure the
    article told, named back with a definite noun in a phrase of cause or time."""
    if trigger.lemma_.lower() not in rules["back_reference_nouns"] or not any(
            c.dep_ in ("det", "poss") and c.lower_ not in rules["indefinite_determiners"] for c in trigger.children):
        return False
    head = trigger.head
    return head.lower_ in rules["cause_markers"] or head.head.lower_ in rules["cause_markers"] or (
        head.dep_ == "prep" and head.lower_ in rules["circumstance_preps"])
