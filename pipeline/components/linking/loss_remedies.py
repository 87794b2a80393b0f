"""Ways round told with a loss of service. "An app that works without the internet lets
people talk during the protest": the sentence names no measure, only what people lost, and
the loss joins the measure that caused it as evidence (`effects.losses_as_effects`). The
way round it names is a way round that measure in the place where people lost service, so
it is kept there, and on the other places the same sentence listed with that measure
("suspend services in A, B and C"), not dropped with the loss nor left on that place alone
when the loss is kept as a mention of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.components.linking.shared_actors import listed_with

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def hand_on_remedies(loss: Mention, measures: list[Mention], cause: Mention | None = None) -> None:
    """Give `loss`'s remedies to the latest asserted measure of `measures` (the article's
    measures so far, losses left out) in the loss's region and to its siblings, else to
    `cause`, the measure the loss joins, if any."""
    if not loss.remedies or loss.status != "asserted":
        return
    here = next((p for p in reversed(measures) if p.status == "asserted" and loss.region and p.region == loss.region), cause)
    for p in listed_with(here, measures) if here is not None else []:
        p.remedies |= loss.remedies
        p.remedy_text += [t for t in loss.remedy_text if t not in p.remedy_text]
