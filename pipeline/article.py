"""The unit every stage passes along: one article read from an input, or the reason it could not be."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    """One news report with its metadata. `id` is the record's own id, else a hash of the text."""

    text: str
    source: str
    id: str = ""
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_hash(self.text)[:16]

    @property
    def content_hash(self) -> str:
        """Hash of everything that can change the events: text and metadata."""
        meta = "\x1f".join(str(v) for v in (self.id, self.url, self.title, self.outlet, self.published))
        return text_hash(meta + "\x1e" + self.text)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ReadError:
    """An input that could not be turned into an article; it becomes one line of errors.jsonl."""

    source: str
    reason: str
    line: int | None = None
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        out = {"source": self.source, "line": self.line, "reason": self.reason}
        out.update(self.extra)
        return out


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
