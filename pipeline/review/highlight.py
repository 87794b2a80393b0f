"""An article's text cut into pieces, each marked with the event fields it supports.

Each event contributes its `field_spans` (trigger, place, date, actor, ... with the value they
support) where it has them, else its evidence sentences. Overlapping spans are handled by
cutting the text at every span boundary: a piece carries the fields and events of every span
that covers it. Each piece keeps its offset (`start`), so a selection in the page maps back to
character offsets of the stored text. The page escapes every piece (Jinja2 autoescape).

A very long text (a 2-million-character article) is shown as the passages around its spans
and its beginning, with the cuts marked, so the page stays small.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LONG_TEXT = 100_000
CONTEXT = 1_500
HEAD = 3_000


@dataclass
class Span:
    start: int
    end: int
    field: str
    value: str
    event: int


@dataclass
class Piece:
    start: int
    text: str
    fields: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    gap: bool = False  # a cut in a long text: `text` says how much is left out

    @property
    def classes(self) -> str:
        return " ".join(["hl", *(f"f-{name}" for name in self.fields)]) if self.fields else ""

    @property
    def title(self) -> str:
        return "; ".join(self.notes)


def spans(events: list[dict[str, Any]], text: str) -> list[Span]:
    """Every span of every event that lies inside `text` (field spans first choice)."""
    out = []
    for index, event in enumerate(events):
        items = event.get("field_spans") or [
            {"field": "evidence", "value": "", "start": e["start"], "end": e["end"]} for e in event.get("evidence", [])
        ]
        for item in items:
            start, end = item.get("start"), item.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                out.append(Span(start, end, str(item.get("field") or "evidence"), str(item.get("value") or ""), index))
    return out


def _windows(text: str, found: list[Span]) -> list[tuple[int, int]]:
    """The parts of the text to show: all of it, or for a long text its head and the
    passages around its spans, merged."""
    if len(text) <= LONG_TEXT:
        return [(0, len(text))]
    parts = sorted([(0, min(HEAD, len(text)))] + [(max(0, s.start - CONTEXT), min(len(text), s.end + CONTEXT)) for s in found])
    merged = [parts[0]]
    for start, end in parts[1:]:
        if start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def pieces(text: str, events: list[dict[str, Any]]) -> list[Piece]:
    """The text in pieces, each with the fields and events that cover it (event numbers 1-based
    in the notes, 0-based in `events`)."""
    found = spans(events, text)
    out: list[Piece] = []
    shown_to = 0
    for low, high in _windows(text, found):
        if low > shown_to:
            out.append(Piece(shown_to, f"[… {low - shown_to:,} characters not shown …]", gap=True))
        cuts = sorted({low, high, *(p for s in found for p in (s.start, s.end) if low < p < high)})
        for start, end in zip(cuts, cuts[1:]):
            covering = [s for s in found if s.start <= start and s.end >= end]
            piece = Piece(start, text[start:end])
            piece.fields = sorted({s.field for s in covering})
            piece.events = sorted({s.event for s in covering})
            piece.notes = [f"event {s.event + 1}: {s.field}" + (f" = {s.value}" if s.value else "") for s in covering]
            out.append(piece)
        shown_to = high
    if shown_to < len(text):
        out.append(Piece(shown_to, f"[… {len(text) - shown_to:,} characters not shown …]", gap=True))
    return out
