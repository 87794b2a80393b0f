"""A way back told with a measure that is only threatened, denied or to be lifted ("the ban
will only be lifted if X registers", "a petition seeks to stop the deactivation of the SIMs")
is the way back from the measure of that kind in force in the same place: the status of the
clause that tells it is the wording of the petition or the condition, not of the measure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.components.linking.remedies import works_round

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def share_ways_back(mentions: list[Mention], rules: dict) -> None:
    """Give the remedies of each mention that is not asserted, or is `vague`, to the nearest
    asserted one of the same restriction (any, from a vague one), country and region that
    shares a service with it (any, when it names none): one measure, told once as done and
    once as wished away or in words that name no measure. A VPN gets round a
    block or a slowdown, not a network that is off (`remedies.works_round`): it is not
    handed to a shutdown."""
    asserted = [m for m in mentions if m.status == "asserted"]
    for told in mentions:
        if told.status == "asserted" and not vague(told) or not told.remedies:
            continue
        same = [m for m in asserted if m is not told and not vague(m) and told.restriction in (m.restriction, "other") and m.country == told.country
                and m.region == told.region and (not told.services or m.services & told.services)]
        if not same:
            continue
        target = min(same, key=lambda m: abs(m.sent.start - told.sent.start))
        kept_round = works_round(told, rules) and target.restriction not in ("service_block", "throttling")
        given = told.remedies - ({"circumvention"} if kept_round else set())
        if given:
            target.remedies |= given
            target.remedy_text += [t for t in told.remedy_text if t not in target.remedy_text]


def vague(m: Mention) -> bool:
    """A mention that names no kind of measure and nothing cut ("carriers will work with the
    police against scams by cutting off numbers"): no event of its own, so a way back told
    with it belongs to the nearest measure of the country the article tells."""
    return m.restriction == "other" and not m.services and not m.platforms
