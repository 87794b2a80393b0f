"""Turn whatever a scraper saved (text, Markdown, HTML, JSON, JSONL) into `Article`s, lazily.

Every input that cannot be read becomes one `ReadError` with a plain reason instead of an
exception, so one bad file never stops a batch of thousands. Files with an extension we do
not read (images, .DS_Store ...) and hidden entries inside folders are skipped without an
error; pass a `ReadStats` to count them.
"""

from __future__ import annotations

import errno
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from pipeline import html_text
from pipeline.article import Article, ReadError
from pipeline.cli import UsageError
from pipeline.html_text import MissingDependency
from pipeline.metadata import TEXT_FIELDS, make_article

DEFAULT_MAX_BYTES = 50 * 2**20

FRONT_MATTER_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:(.*)$")
# First bytes of common binary formats, so a PDF saved as .html gets a reason a person understands.
MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old MS Office file",
}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class ReadStats:
    """Counts that never become articles or errors: run.json reports them."""

    files: int = 0  # files with an extension we read, whether they read fine or not
    skipped: list[str] = field(default_factory=list)  # files of other types (report.pdf ...), by source


def iter_articles(
    inputs: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, stats: ReadStats | None = None,
    exclude: str | Path | None = None,
) -> Iterator[Article | ReadError]:
    """Yield every article (or read error) under `inputs`, one at a time, in a stable order.

    Paths are checked before anything is read, so a typo fails at once (UsageError) rather
    than after an hour of processing. `source` is relative to the parent of each given path:
    a file given directly is its name, a file in a given folder starts with that folder's
    name, so two folders with the same file names do not overwrite each other in the store.
    A file of another type named on the command line is a usage error; `exclude` (the output
    folder) is never read, so a run does not read its own exports as articles.
    """
    roots = [Path(p) for p in inputs]
    missing = [str(p) for p in roots if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    other = [str(p) for p in roots if not p.is_dir() and p.suffix.lower() not in READERS]
    if other:
        raise UsageError(f"not a kind of file Cutoff reads: {', '.join(other)} (it reads {', '.join(READERS)})")
    skip = frozenset({os.path.realpath(exclude)} if exclude is not None else ())
    return _iter_roots(roots, max_bytes, stats if stats is not None else ReadStats(), skip)


def estimate_articles(inputs: Sequence[str | Path]) -> int:
    """About how many articles `inputs` hold (files, plus lines of JSONL files), for a
    progress bar's ETA. One quick pass over names and newlines; nothing is parsed."""
    total = 0
    for root in map(Path, inputs):
        files = [root] if not root.is_dir() else (
            Path(d) / f for d, dirs, names in os.walk(root) for f in names
            if not f.startswith(".") and not any(part.startswith(".") for part in Path(d).relative_to(root).parts)
        )
        for path in files:
            suffix = path.suffix.lower()
            if suffix not in READERS:
                continue
            if suffix != ".jsonl":
                total += 1
                continue
            try:
                with path.open("rb") as f:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(2**20), b""))
            except OSError:
                total += 1
    return total


def _iter_roots(roots: list[Path], max_bytes: int, stats: ReadStats, exclude: frozenset[str]) -> Iterator[Article | ReadError]:
    for root in roots:
        base = Path(os.path.abspath(root)).parent
        if root.is_dir():
            yield from _walk(root, base, max_bytes, stats, ancestors=(os.path.realpath(root),), seen=set(), exclude=exclude)
        else:
            yield from _read_path(root, _rel(root, base), max_bytes, stats)


def _rel(path: Path, base: Path) -> str:
    return Path(os.path.abspath(path)).relative_to(base).as_posix()


def _walk(
    folder: Path, base: Path, max_bytes: int, stats: ReadStats, ancestors: tuple[str, ...], seen: set[str],
    exclude: frozenset[str],
) -> Iterator[Article | ReadError]:
    """Sorted recursive walk that follows folder symlinks but never enters a folder twice,
    nor one in `exclude`."""
    seen.add(ancestors[-1])
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(_rel(folder, base), f"cannot list folder: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        source = _rel(path, base)
        try:
            is_dir = entry.is_dir()
        except OSError:  # e.g. a symlink loop: reading it as a file reports why
            is_dir = False
        if not is_dir:
            yield from _read_path(path, source, max_bytes, stats)
            continue
        real = os.path.realpath(path)
        if real in exclude:
            continue
        if real in ancestors:
            yield ReadError(source, f"symlink loop: points back to {Path(real).name}/, not followed")
        elif real in seen:
            yield ReadError(source, "symlink to a folder already read, not read twice")
        else:
            yield from _walk(path, base, max_bytes, stats, ancestors + (real,), seen, exclude)


def _read_path(path: Path, source: str, max_bytes: int, stats: ReadStats) -> Iterator[Article | ReadError]:
    """Check that `path` is a readable, non-empty file of a known kind before parsing it."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        stats.skipped.append(source)
        return
    stats.files += 1
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield ReadError(source, _os_reason(exc, path))
        return
    if not path.is_file():
        yield ReadError(source, "not a regular file")
        return
    if size == 0:
        yield ReadError(source, "empty file (0 bytes)")
        return
    if size > max_bytes and reader is not _read_jsonl:
        yield ReadError(source, f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB limit (--max-size)")
        return
    try:
        yield from reader(path, source, max_bytes)
    except OSError as exc:
        yield ReadError(source, _os_reason(exc))
    except MissingDependency:
        raise
    except Exception as exc:  # a parser bug on one odd file must not stop the batch
        yield ReadError(source, f"could not read: {type(exc).__name__}: {exc}")


def _os_reason(exc: OSError, path: Path | None = None) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symlink loop (the link never reaches a file)"
    if isinstance(exc, FileNotFoundError) and path is not None and path.is_symlink():
        return f"broken symlink (target {os.readlink(path)} does not exist)"
    return f"cannot read: {exc.strerror or exc}"


def _read_bytes(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _binary_reason(data: bytes) -> str | None:
    """Why `data` is not text, or None when it may be."""
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({kind}), not text"
    if b"\x00" in data[:8192] and not data.startswith(UTF16_BOMS):
        return "binary file (contains NUL bytes), not text"
    return None


def decode_text(data: bytes) -> str:
    """UTF-8 first; else the encoding charset-normalizer is confident about; else ValueError."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise ValueError("not UTF-8, and no other text encoding fits")
    # Short Latin texts fit several code pages equally well; Windows-1252 is the one
    # Western newsrooms and Windows editors actually write, so it wins a tie.
    tie = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos and m.coherence >= best.coherence), None)
    return str(tie or best)


# --- .txt / .md -------------------------------------------------------------------------


def _read_text(path: Path, source: str, max_bytes: int) -> Iterator[Article | ReadError]:
    data = _read_bytes(path)
    reason = _binary_reason(data)
    if reason:
        yield ReadError(source, reason)
        return
    try:
        text = decode_text(data)
    except ValueError as exc:
        yield ReadError(source, str(exc))
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield ReadError(source, "file has only whitespace")
        return
    meta, body = split_front_matter(text)
    if not body.strip():
        yield ReadError(source, "no text after the front matter")
        return
    yield make_article(body.strip("\n"), source, meta)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a `---` block at the very top into `key: value` pairs and the rest of the text.

    Without a closing `---`, or with a line in between that is not `key: value`, there is no
    front matter: the whole file is text.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        return {}, text
    meta = {}
    for line in lines[1:end]:
        match = FRONT_MATTER_LINE.match(line)
        if match is None:
            if line.strip():  # a Markdown rule around ordinary text, not front matter
                return {}, text
            continue
        key, value = match[1].lower(), match[2].strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key] = value
    return meta, "\n".join(lines[end + 1 :])


# --- .html / .htm -----------------------------------------------------------------------


def _read_html(path: Path, source: str, max_bytes: int) -> Iterator[Article | ReadError]:
    data = _read_bytes(path)
    reason = _binary_reason(data)
    if reason:
        yield ReadError(source, reason)
        return
    if not data.strip():
        yield ReadError(source, "file has only whitespace")
        return
    found = html_text.extract(data)
    if found is None:
        yield ReadError(source, "no article text found in HTML")
        return
    text, meta = found
    yield make_article(text, source, meta)


# --- .json / .jsonl ---------------------------------------------------------------------


def _read_jsonl(path: Path, source: str, max_bytes: int) -> Iterator[Article | ReadError]:
    """One record per line, read line by line; a bad line costs only that line."""
    blank = True
    with open(path, "rb") as f:
        reason = _binary_reason(f.read(8192))
        if reason:
            yield ReadError(source, reason)
            return
        f.seek(0)
        for number, raw in enumerate(_lines(f, max_bytes), start=1):
            if raw is None:
                yield ReadError(source, f"line is over the {max_bytes / 2**20:g} MB limit (--max-size)", number)
                blank = False
                continue
            if not raw.strip():
                continue
            blank = False
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield ReadError(source, "line is not valid UTF-8", number)
                continue
            except json.JSONDecodeError as exc:
                yield ReadError(source, f"malformed JSON: {exc.msg} (column {exc.colno})", number)
                continue
            yield _record(record, f"{source}:{number}", source, number)
    if blank:
        yield ReadError(source, "file has only whitespace")


def _lines(f: Any, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary file; None for a line longer than `max_bytes` (its rest is skipped)."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(2**20)
            yield None
        else:
            yield line


def _read_json(path: Path, source: str, max_bytes: int) -> Iterator[Article | ReadError]:
    """A whole-file record or list of records; JSONL saved as .json is read as JSONL."""
    data = _read_bytes(path)
    reason = _binary_reason(data)
    if reason:
        yield ReadError(source, reason)
        return
    if not data.strip():
        yield ReadError(source, "file has only whitespace")
        return
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield ReadError(source, "not valid UTF-8")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from _read_jsonl(path, source, max_bytes)
        else:
            yield ReadError(source, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(parsed, list):
        for number, record in enumerate(parsed, start=1):
            yield _record(record, f"{source}:{number}", source, number)
    else:
        yield _record(parsed, source, source, None)


def _record(record: Any, article_source: str, file_source: str, line: int | None) -> Article | ReadError:
    if not isinstance(record, dict):
        return ReadError(file_source, f"record is a JSON {type(record).__name__}, not an object", line)
    text = next((record[k] for k in TEXT_FIELDS if record.get(k) not in (None, "", [])), None)
    if text is None:
        return ReadError(file_source, f"record has no text field (looked for {', '.join(TEXT_FIELDS)})", line)
    if isinstance(text, list):  # some scrapers save a list of paragraphs
        text = "\n\n".join(str(p) for p in text if p)
    if not isinstance(text, str) or not text.strip():
        return ReadError(file_source, "record's text is empty or not a string", line)
    # Kept verbatim, so evidence offsets index the record's own text (spaCy reads "\r\n"
    # and leading blank lines as spaces).
    return make_article(text, article_source, record)


READERS: dict[str, Callable[[Path, str, int], Iterator[Article | ReadError]]] = {
    ".txt": _read_text,
    ".md": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": _read_jsonl,
    ".json": _read_json,
}
