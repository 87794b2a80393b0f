"""One sentence, several regions, one start.

"The ministry has ordered operators to cut mobile data in Kayin and Mon states, the
operator said on Tuesday. The order reached operators on Friday." The lead names two
regions, so it becomes two events; the next sentence dates the cut but names no region,
so it joins only one of them. A coder reads one order for both regions and gives both the
Friday: a region told in the same sentence (with the same trigger) as another region's
measure of the same kind takes that measure's start when it has none of its own, rather
than the day the news was spoken or the order was extended.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.components.linking.dates import start_of

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def shared_start(group: list[Mention], groups: list[list[Mention]]) -> dict | None:
    """The start of another region's measure of the same kind told with the same trigger as
    one of `group`'s mentions, when `group` has no start of its own."""
    first = group[0]
    if first.status != "asserted" or first.region is None or start_of(group) is not None:
        return None
    triggers = {(t.start, t.end) for m in group for t in m.triggers}
    for other in groups:
        head = other[0]
        if other is group or head.region in (None, first.region) or (head.status, head.country, head.restriction) != (first.status, first.country, first.restriction):
            continue
        if any((t.start, t.end) in triggers for m in other for t in m.triggers) and (start := start_of(other)) is not None:
            return start
    return None
