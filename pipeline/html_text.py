"""The article in a saved web page: its main text and metadata, by trafilatura.

Menus, footers and asides are pruned first; a page whose markup puts the article inside
one of them (a `<nav>` never closed swallows the rest of the page) would lose its whole
text, so when pruning leaves nothing the page is extracted again without pruning, and that
text is kept if it holds prose (a line of `PROSE_WORDS` words or more), not only menu links.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

PRUNED = ["//nav", "//footer", "//aside"]  # menus and "related stories" are not the article
PROSE_WORDS = 8


class MissingDependency(Exception):
    """A package a reader needs is not installed: the run stops at once with the fix,
    rather than writing one error line per file for what is one broken install."""


@lru_cache(maxsize=1)
def _trafilatura() -> Any:
    try:
        import lxml_html_clean  # noqa: F401  (jusText, under trafilatura, needs it with lxml >= 5.2)
        import trafilatura
    except ImportError as exc:
        missing = getattr(exc, "name", None) or "trafilatura"
        raise MissingDependency(
            f"reading HTML needs the Python package '{missing}', which cannot be imported ({exc}): "
            f"pip install {missing.replace('_', '-')} (or reinstall Cutoff)"
        ) from exc
    return trafilatura


def extract(data: bytes) -> tuple[str, dict[str, str | None]] | None:
    """(text with a blank line between blocks, metadata) of the page, or None if it holds no article."""
    trafilatura = _trafilatura()
    for prune in (PRUNED, None):
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False, prune_xpath=prune)
        text = _paragraphs(doc.body) if doc is not None and doc.body is not None else ""
        if text and (prune or _has_prose(text)):
            return text, {"title": doc.title, "url": doc.url, "outlet": doc.sitename, "published": doc.date, "language": doc.language}
    return None


def _has_prose(text: str) -> bool:
    return any(len(line.split()) >= PROSE_WORDS for line in text.splitlines())


def _paragraphs(body: Any) -> str:
    """Trafilatura's text with one blank line between blocks (its own output uses one newline,
    which is also what a <br> gives, so paragraph boundaries would be lost)."""
    blocks = []
    for el in body:
        if el.tag == "list":
            lines = ["- " + _inline(item) for item in el.findall("item")]
            block = "\n".join(line for line in lines if line != "- ")
        else:
            block = _inline(el)
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)


def _inline(el: Any) -> str:
    for lb in el.iter("lb"):
        lb.text = "\n"
    lines = ("".join(el.itertext())).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())
