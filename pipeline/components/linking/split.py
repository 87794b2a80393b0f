"""One sentence that reports a network cut and a platform block together ("limiting access
to mobile networks and to apps like Instagram") reports two measures: `restriction` holds
one value (spec 4.1), and coders keep an area's network cut and a block of named apps apart
even when they come the same day (data/gold/README.md)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.components.linking.records import Mention


def platform_blocks_apart(mentions: list[Mention]) -> list[Mention]:
    """Each network shutdown that also names blocked platforms, as two mentions: the
    shutdown of its services, and the block of its platforms."""
    out = []
    for m in mentions:
        network = m.services - {"platform", "vpn"}
        if m.restriction != "network_shutdown" or not m.platforms or not network:
            out.append(m)
            continue
        out.append(replace(m, services=network, platforms=set()))
        out.append(replace(m, services={"platform"}, platforms=set(m.platforms), restriction="service_block",
                           actors=list(m.actors), dates=list(m.dates), remedies=set(m.remedies), remedy_text=list(m.remedy_text)))
    return out
