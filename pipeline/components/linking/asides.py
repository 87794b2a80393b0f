"""Asides: a measure said once, in passing, with nothing that makes it a report.

A coder codes an event from what the text tells of it: when, where, who. A restriction told
in a single sentence that names no date, no doer, no app and no place of its own (the
article's country is only assumed for it) is talk of such measures in general ("laws on
shutdowns", "shutdowns can no longer be a first response") or a loose retelling of another
measure in other words; it is no event of its own.
"""

from __future__ import annotations


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


def asides_dropped(events: list[dict]) -> list[dict]:
    """The article's events but its lone asides (`lone_aside`)."""
    return [event for event in events if not lone_aside(event)]
