"""A measure told again later, by a day on which something was said or found about it.

Grouping (`records.cluster`) joins a mention dated only by the day a measure was announced,
prolonged or found in force to a measure that started up to a month before. Reports also
come back to a measure much later: a court rules the block unlawful a year on, the operator
announces weeks later that the platforms are reachable again, a monitor voices concern
about the shutdown. Such a mention has no start of its own, and grouping kept it apart as
a second event of the same place and kind, dated by that later day.

A group with no start day, dated by a day the measure was announced, prolonged or found in
force (not by the day of its cause: "the protest of May 2 led to a cut" may be the news
beside an older measure), of the same place, kind and object (service or platform) as a
measure dated before it, is that measure told again: it is folded into it (its mentions
join the measure, whose date stays). A measure of long before publication keeps apart:
the later telling is then the news, the old one its background.
"""

from __future__ import annotations

from pipeline.components.linking.apart import told_apart
from pipeline.components.linking.dates import long_before, start_of, when
from pipeline.components.linking.one_measure import folded, same_place, shares_an_object
from pipeline.components.linking.records import Mention

TOLD_AGAIN = frozenset({"announced", "extended", "ongoing"})  # days something was said, prolonged or found of a measure; not a cause's day


def later_tellings_folded(groups: list[list[Mention]], published: str | None) -> list[list[Mention]]:
    """Each group that only tells again, on a later day, a measure dated before it, folded
    into that measure (`told_again_of`); the rest as they were, in order."""
    return folded(groups, lambda g, out: told_again_of(g, out, published))


def told_again_of(group: list[Mention], groups: list[list[Mention]], published: str | None) -> list[Mention] | None:
    """The measure of the same place, kind and object that began before the day `group`
    is dated by, when `group` has no start of its own; the latest such one."""
    date = when(group)
    if date is None or date["role"] not in TOLD_AGAIN or start_of(group) is not None or group[0].status != "asserted":
        return None
    earlier = [g for g in groups if g is not group and g[0].restriction == group[0].restriction and same_place(g, group)
               and shares_an_object(g, group) and (other := when(g)) is not None and before(other["value"], date["value"])
               and not long_before(other, published) and not any(told_apart(x, m) for x in g for m in group)]
    return max(earlier, key=lambda g: when(g)["value"], default=None)


def before(a: str, b: str) -> bool:
    """ISO date `a` lies before `b` at the precision both have ("2021-06" before "2021-07-08")."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]
