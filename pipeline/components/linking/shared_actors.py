"""Who imposed the measures one sentence lists region by region ("the internet has been
down in A since August, while access in B, C and D was blocked in September"): a later
sentence that names who did it without a place of its own ("the cuts were made on the
instruction of the ministry") speaks of every one of them, as a coder reads it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def listed_with(target: Mention, mentions: list[Mention]) -> list[Mention]:
    """`target` and the mentions of the same sentence in other regions with its kind and
    status: the measures a sentence listed place by place, the latest of them `target`."""
    if not target.region:
        return [target]
    return [target] + [p for p in mentions if p is not target and p.sent.start == target.sent.start and p.region
                       and p.region != target.region and p.restriction == target.restriction and p.status == target.status]


def share_actors(m: Mention, before: list[Mention]) -> None:
    """A mention that names no place of its own and took the region of the last of several
    measures one sentence listed ("lost internet in Bamenda in the North-West and in Buea in
    the South-West ... operators confirmed a directive to suspend internet in the two
    regions") speaks of them all: who it says imposed the measure imposed each."""
    if m.status != "asserted" or not m.actors or not m.inherited_region:
        return
    source = next((p for p in reversed(before) if p.region == m.region and p.restriction == m.restriction and p.status == "asserted"), None)
    if source is None:
        return
    for p in before:
        if p.sent.start == source.sent.start and p.region != m.region and p.restriction == m.restriction and p.status == "asserted":
            join_actors(p, m.actors)


def join_actors(m: Mention, actors: list[dict]) -> None:
    """Add `actors` to the mention's, each name once (case aside)."""
    have = {a["name"].lower() for a in m.actors}
    m.actors += [a for a in actors if a["name"].lower() not in have]
