"""The start of an exam-time measure that the article dates only through its timetable:
"mobile data goes off for the first hour of every paper ... Papers are sat from 3-7
July" is read by a coder as starting on the first exam day, the date of the sentence that
says when the exams take place."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pipeline.components.linking.dates import parse_day

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

EXAM_WINDOW = 60  # days around publication within which an exam sitting is the news of the report


def exam_day(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """The first day of the exams, for an undated asserted measure taken for the exams
    (`justification` "exams"): the earliest date of a sentence that names the exams and tells
    of no measure or restoration of its own, within `EXAM_WINDOW` days of publication."""
    published = parse_day(ctx.published)
    if group[0].status != "asserted" or published is None or not any("exams" in m.justification for m in group):
        return None
    exam_sents = {s.sent.start for s in ctx.by_label.get("JUSTIFICATION", []) if s.id_ == "exams"}
    measured = {t.sent.start for t in ctx.triggers}
    days = []
    for d in ctx.dates:
        if d.label_ != "DATE" or not d._.date or d._.date["precision"] != "day" or d.sent.start not in exam_sents - measured:
            continue
        day = dt.date.fromisoformat(d._.date["value"])
        if abs((day - published).days) <= EXAM_WINDOW:
            days.append((day, d._.date))
    if not days:
        return None
    first = min(days, key=lambda x: x[0])[1]
    return {"value": first["value"], "precision": "day", "text": first["text"], "role": "start"}
