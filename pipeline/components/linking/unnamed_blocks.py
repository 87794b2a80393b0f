"""A block of apps left unnamed, told beside a network cut of the same place and time.

"Mobile data was cut, keeping people off messaging apps", "sites would not open at all", "a
blackout meant to stop protesters reaching social media", "the cuts hit taxi apps": with the
network down, nothing online loads, and a reporter says so in the words of a block. Grouping
(`records.cluster`) keeps restrictions of different kinds apart, so such a sentence became a
platform block of its own, with no platform named and nobody who imposed it.

A block that names no platform and no VPN, has no doer and no start of its own, in the same
place as a network cut whose date agrees with it, is what that cut did: it is folded into the
cut as evidence (its "platform" service dropped, since no platform was blocked). A block with
a named doer ("the government restricted mobile internet and banned social media"), a start
day ("the app went dark in late August") or a verb of its own joined to the cut's ("shut
down the internet and restricted social media") is a measure of its own and stays; so does
one dated otherwise, or placed elsewhere.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.components.linking.dates import dates_agree, start_of, when
from pipeline.components.linking.one_measure import as_part_of, folded, platforms, same_place, services
from pipeline.components.linking.records import Mention


def unnamed_blocks_folded(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Each doerless block of unnamed apps folded into the network cut it tells of
    (`cut_behind`); the rest as they were, in order."""
    return folded(groups, cut_behind, lambda g, cut: [replace(m, services=m.services - {"platform"}) for m in as_part_of(g, cut)])


def cut_behind(group: list[Mention], groups: list[list[Mention]]) -> list[Mention] | None:
    """The network cut of the same place, its date agreeing, behind a block that names no
    platform, no VPN, no doer and no start day; one of the very same date first."""
    if group[0].restriction != "service_block" or platforms(group) or "vpn" in services(group) or any(m.actors for m in group) \
            or start_of(group) is not None:
        return None
    date = when(group)
    cuts = [g for g in groups if g[0].restriction == "network_shutdown" and same_place(g, group) and dates_agree(when(g), date)
            and not conjoined(group, g)]
    return min(cuts, key=lambda g: (when(g) is None or date is None or when(g)["value"] != date["value"]), default=None)


def conjoined(block: list[Mention], cut: list[Mention]) -> bool:
    """The block's verb joined by "and" to the cut's ("shut down the internet and restricted
    social media"): two acts told side by side, not one and what it did."""
    cuts = {t.root for m in cut for t in m.triggers}
    return any(t.root.dep_ == "conj" and t.root.head in cuts or any(c.dep_ == "conj" and c in cuts for c in t.root.children)
               for m in block for t in m.triggers)
