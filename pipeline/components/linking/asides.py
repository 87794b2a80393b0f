"""Asides: a measure said once, in passing, with nothing that makes it a report.

A coder codes an event from what the text tells of it: when, where, who. A restriction told
in a single sentence that names no date, no doer, no app and no place of its own (the
article's country is only assumed for it) is talk of such measures in general ("laws on
shutdowns", "shutdowns can no longer be a first response") or a loose retelling of another
measure in other words; it is no event of its own, unless the sentence says someone does it
("the government's shutdown", "they blocked it"), which the actor rules may not credit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def lone_aside(event: dict) -> bool:
    """An asserted event of one evidence sentence with no start date, no actor, no named
    platform and no place read in its own sentences (`field_spans` are made first): a block
    of named apps said once ("access to Facebook and Telegram was blocked") is specific
    enough to be a report."""
    return (
        event["status"] == "asserted"
        and len(event["evidence"]) <= 1
        and not event["date_start"]
        and not event["actors"]
        and not event["platforms"]
        and not any(span["field"] == "place" for span in event.get("field_spans", ()))
    )


def told_with_a_doer(group: list[Mention]) -> bool:
    """A trigger with a subject, a possessor or a "by" agent ("the government's shutdown",
    "they shut down"): someone is said to do it, even one the actor rules do not credit."""
    return any(c.dep_ in ("nsubj", "poss", "agent") for m in group for t in m.triggers for c in t.root.children)


def asides_dropped(groups: list[list[Mention]], events: list[dict]) -> list[dict]:
    """The article's events (one per group of mentions) but its lone asides (`lone_aside`)
    that no one is said to do."""
    return [event for group, event in zip(groups, events) if not (lone_aside(event) and not told_with_a_doer(group))]
