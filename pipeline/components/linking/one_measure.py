"""One measure told in the words of another kind of restriction.

Grouping (`records.cluster`) keeps restrictions of different kinds apart, as it must: a
network cut and a block of named apps on the same day are two events (spec 4.1,
data/gold/README.md). But reporters often tell one measure in two kinds of words, and
each wording then became an event of its own:

- an order "to shut down high-speed mobile internet" that the headline calls a slowdown,
  or a slowdown whose lead calls it a shutdown: a throttling and a network shutdown of the
  same place and service, one of them with no date of its own;
- a platform said to be "limited" beside the dated block of that same platform;
- particular subscribers' lines barred, told as what those users lost ("unable to make
  calls", "calls and texts restricted on unlinked lines"): a network shutdown of calls or
  texts beside a subscriber cut-off of the same place and time.

Such a group is folded into the measure it describes (its mentions join that group, so
its evidence, actors and remedies stay), rather than dropped. Two measures the article
tells as such keep apart: another place or city, no shared service, two different dates
(a slowdown in one district and a cut in another the same day are both dated).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pipeline.components.linking.dates import dates_agree, share_a_service, when
from pipeline.components.linking.records import Mention

LINE_SERVICES = frozenset({"voice_calls", "sms", "internet", "mobile_internet"})  # what a barred line loses
PHONE_SERVICES = frozenset({"voice_calls", "sms"})
LINES_WITHIN_DAYS = 7  # "barred from Monday" told beside "the deadline passed on Thursday"
SLOWDOWN_KINDS = {frozenset({"throttling", "network_shutdown"}), frozenset({"throttling", "service_block"})}


def kinds_folded(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Each group that only retells another's measure in other words, folded into it
    (`lines_told_as_calls`, `wording_of`); the rest as they were, in order."""
    out = [list(g) for g in groups]
    for g in list(out):
        target = lines_told_as_calls(g, out) or wording_of(g, out)
        if target is not None:
            target.extend(as_part_of(g, target))
            out.remove(g)
    return out


def same_place(a: list[Mention], b: list[Mention]) -> bool:
    """Asserted both, in the same country and region, and in no two different cities."""
    x, y = a[0], b[0]
    cities = {m.city for m in a + b if m.city}
    return x.status == y.status == "asserted" and (x.country, x.region) == (y.country, y.region) and len(cities) <= 1


def services(group: list[Mention]) -> set[str]:
    return set().union(*(m.services for m in group))


def platforms(group: list[Mention]) -> set[str]:
    return set().union(*(m.platforms for m in group))


def lines_told_as_calls(group: list[Mention], groups: list[list[Mention]]) -> list[Mention] | None:
    """The subscriber cut-off of the same place and time that a network shutdown of only
    calls, texts and data ("phone lines disconnected", "outgoing calls barred") retells."""
    held = services(group)
    if group[0].restriction != "network_shutdown" or not held & PHONE_SERVICES or not held <= LINE_SERVICES or platforms(group):
        return None
    return next((g for g in groups if g is not group and g[0].restriction == "subscriber_cutoff" and same_place(g, group)
                 and close_in_time(when(g), when(group))), None)


def close_in_time(a: dict | None, b: dict | None) -> bool:
    """Dates that agree, or days less than a week apart."""
    if dates_agree(a, b):
        return True
    if a["precision"] != "day" or b["precision"] != "day":
        return False
    return abs((dt.date.fromisoformat(a["value"]) - dt.date.fromisoformat(b["value"])).days) < LINES_WITHIN_DAYS


def wording_of(group: list[Mention], groups: list[list[Mention]]) -> list[Mention] | None:
    """The dated measure of the same place that an undated throttling, shutdown or block
    names in slowdown words, or slowdown in shutdown words: of a kind that pairs with it
    (`SLOWDOWN_KINDS`) and sharing a network service, or a named platform when one is a block."""
    if when(group) is not None:
        return None
    for g in groups:
        kinds = frozenset({g[0].restriction, group[0].restriction})
        if g is group or kinds not in SLOWDOWN_KINDS or not same_place(g, group) or when(g) is None:
            continue
        shared = platforms(g) & platforms(group) if "service_block" in kinds else None
        if shared or shared is None and share_a_service(services(g) - {"platform"}, services(group) - {"platform"}):
            return g
    return None


def as_part_of(group: list[Mention], target: list[Mention]) -> list[Mention]:
    """`group`'s mentions as parts of `target`'s measure: a line's lost calls and data are
    its `mobile_service` (spec 4.2); a date of the retelling that is not `target`'s own
    (the deadline that passed, an earlier day lines went down) stays on the mention as
    `retold`, read by no rule that dates the measure: `target` keeps the date it had."""
    start = when(target)
    out = []
    for m in group:
        dates = [d if start is not None and dates_agree(d, start) else {**d, "role": "retold"} for d in m.dates]
        lines = target[0].restriction == "subscriber_cutoff" and m.restriction == "network_shutdown"
        out.append(replace(m, restriction=target[0].restriction, dates=dates, services={"mobile_service"} if lines else set(m.services)))
    return out
