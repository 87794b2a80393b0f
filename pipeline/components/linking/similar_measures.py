"""A measure told as like the one before it, in another region of the same country.

"The regulator cut mobile data in Region A on Monday. Similar curbs were reported in
Regions B and C." The second sentence names only places: it says the measure of A was
seen there too, so a coder gives B and C the start and the doers of A's measure. A
sentence with a date or doer of its own tells a measure of its own ("similar curbs have
appeared elsewhere: last year a carrier there began ..."), and one that draws the
likeness inside the sentence that told the first measure ("extended the ban, while the
ministry ordered similar curbs across the border") tells a second act; both are left
alone, as are a copy by another body ("followed suit", "did the same") and a likeness
with another country's measure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def like_the_one_before(m: Mention, before: list[Mention], country: str | None) -> None:
    """Give anaphoric `m` (placed in a region of `country`, with no date or doer of its
    own) the dates and doers of the latest asserted measure of its kind told in an earlier
    sentence, when that one is in the same country."""
    if not m.anaphoric or m.copied or m.status != "asserted" or not m.region or m.dates or m.actors or country is None:
        return
    prior = next((p for p in reversed(before) if p.sent.start < m.sent.start and p.status == "asserted" and p.restriction == m.restriction), None)
    if prior is None or prior.country not in (None, country) or prior.region == m.region:
        return
    m.dates = [dict(d) for d in prior.dates]
    m.actors = [dict(a) for a in prior.actors]
