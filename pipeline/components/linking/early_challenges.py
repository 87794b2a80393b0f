"""A court challenge a report leads with, before it tells the measure ("Internet was back on
Tuesday after a court order to end the blackout. ... The army cut the internet on June 3."):
the ruling or the suit is news about the measure told next, which a reader carries back to
it. Other ways back told before any measure stay unread: a VPN or an ID card named in a lead
about something else is no way back from a measure not yet told."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from pipeline.components.linking.discourse import told_of_earlier_year
from pipeline.components.linking.records import Mention
from pipeline.components.linking.remedies import add_remedies
from pipeline.components.linking.places import PLACE_LABELS

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext

CHALLENGE = "legal_challenge"


def challenge_told_first(sent: Span, spans: list[Span], ctx: ArticleContext) -> Mention | None:
    """The court challenge of a sentence told before any measure, read as a remedy phrase
    is read anywhere (`add_remedies`), held as a bare mention until the measure comes."""
    if not any(s.label_ == "REMEDY" and s.id_ == CHALLENGE for s in spans):
        return None
    held = Mention(status="asserted", sent=sent, start=sent.start, end=sent.end, triggers=[], evidence=[sent])
    held.region = next((s.id_.split("|")[0] for s in spans if s.label_ in PLACE_LABELS and "-" in s.id_), None)
    add_remedies(held, spans, ctx.rules)
    return held if CHALLENGE in held.remedies else None


def hand_back_challenges(held: list[Mention], mentions: list[Mention], ctx: ArticleContext) -> None:
    """Give each held challenge to the first asserted measure told after it: of the region
    its sentence names if one is, and of the year of publication before older ones, as a
    petition against "the suspension" is against the measure in force."""
    asserted = [m for m in mentions if m.status == "asserted"]
    for h in held:
        pool = [m for m in asserted if h.region is None or m.region == h.region] or asserted
        pool.sort(key=lambda m: told_of_earlier_year(m, ctx.published) if ctx.published else False)  # stable: told order kept
        if not pool:
            continue
        target = pool[0]
        target.remedies.add(CHALLENGE)
        target.remedy_text += [t for t in h.remedy_text if t not in target.remedy_text]
        target.evidence.append(h.sent)
