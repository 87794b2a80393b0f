"""Compiled rule data, built once and loaded from disk (issue 15: quick start).

Building the rule stages from `models/` tokenises some 50,000 gazetteer patterns into
PhraseMatchers and parses the place index's 100,000 JSONL rows: seconds, while spaCy loads
its model in about two. So the first run of a pipeline version writes what that build
produced into a cache folder, and every later process (a run, each worker, each Dask worker)
loads it instead, as spaCy components do with `to_disk`/`from_disk`:

- `cutoff_gazetteer.msgpack`, `cutoff_triggers.msgpack`: their `PatternMatcher`s, exact-word
  phrases as the arrays of a `PhraseTable`, the others as the token hashes they match
  (loading tokenises nothing and builds no trie for the 50,000 names);
- `cutoff_places.marshal`: the place stage's vocabulary, the index rows that carry phrases
  (`PlaceResolver.load` builds its phrase matcher from them), and every name key's
  candidates as marshal bytes, decoded when the key is first looked up (`LazyNames`): an
  article looks up a few hundred of the 100,000 keys, so none of the others is ever built;
- `cutoff_dates.shifts.marshal`: what dateparser reads in the common relative expressions
  ("yesterday", "last month": `date_resolve.common_shifts`), so that most processes never start
  dateparser, whose first reading builds its expressions (about 0.3 s).

The folder is named by the pipeline version (`pipeline.version.pipeline_version`, which
fingerprints the extraction code, every file of `models/` and the spaCy model), so editing a
pattern file, upgrading Cutoff or another `--model` builds a new one, and a stale one is
never read. It lives in `$CUTOFF_CACHE`, else `$XDG_CACHE_HOME/cutoff`, else
`~/.cache/cutoff`; it is written to a temporary folder and renamed into place, so processes
starting together never read half a cache, and the oldest folders beyond `KEEP` are removed.
Anything wrong with the cache (unwritable, damaged) falls back to building from `models/`.
"""

from __future__ import annotations

import marshal
import os
import re
import shutil
import tempfile
from pathlib import Path

from spacy.language import Language

from pipeline.components import date_resolve
from pipeline.components.place_index import Candidate

MATCHER_STAGES = ("cutoff_gazetteer", "cutoff_triggers")
PLACES = "cutoff_places"
SHIFTS = "cutoff_dates.shifts.marshal"  # dateparser's reading of the common relative expressions
CACHED = (*MATCHER_STAGES, PLACES)
KEEP = 4  # cache folders kept (one per pipeline version)
FORMAT = 2  # of the files below: a new format is a new folder
DONE = "complete"


def cache_root() -> Path:
    if os.environ.get("CUTOFF_CACHE"):
        return Path(os.environ["CUTOFF_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cutoff"


def cache_dir(version: str) -> Path:
    return cache_root() / (re.sub(r"[^\w.+-]", "_", version) + f"-c{FORMAT}")


def restore(nlp: Language, version: str) -> bool:
    """Load the cached stages of `version` into `nlp`'s (uninitialised) stages. False when
    there is no cache, or a damaged one (then removed, and `nlp` must be built afresh)."""
    folder = cache_dir(version)
    if not folder.exists():
        return False
    try:
        if not (folder / DONE).exists():
            raise OSError("incomplete cache")
        for name in MATCHER_STAGES:
            nlp.get_pipe(name).matcher.from_disk(folder / f"{name}.msgpack")
        with open(folder / f"{PLACES}.marshal", "rb") as f:
            rows, vocab, names, capitals = marshal.loads(f.read())  # load(f) would read the file in tiny pieces
        places = nlp.get_pipe(PLACES)
        places.load(rows, vocab)
        places.index.names = LazyNames(names)
        places.index.capitals = {country: Candidate(*c) for country, c in capitals.items()}
        with open(folder / SHIFTS, "rb") as f:
            date_resolve.KNOWN_SHIFTS.update(marshal.loads(f.read()))
    except Exception:  # damaged: removed, and built again from models/ (the caller starts afresh)
        shutil.rmtree(folder, ignore_errors=True)
        return False
    try:
        os.utime(folder)  # recently used: kept by `_prune`
    except OSError:
        pass
    return True


def save(nlp: Language, version: str) -> None:
    """Write the initialised stages of `nlp` as the cache of `version` (best effort)."""
    folder = cache_dir(version)
    if (folder / DONE).exists():
        return
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
        try:
            for name in MATCHER_STAGES:
                nlp.get_pipe(name).matcher.to_disk(tmp / f"{name}.msgpack")
            with open(tmp / f"{PLACES}.marshal", "wb") as f:
                marshal.dump(places_data(nlp.get_pipe(PLACES)), f)
            with open(tmp / SHIFTS, "wb") as f:
                marshal.dump(date_resolve.common_shifts(), f)
            (tmp / DONE).touch()
            os.rename(tmp, folder)  # atomic; fails if another process got there first
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    except (OSError, ValueError):
        return
    _prune(folder.parent)


class LazyNames(dict):
    """`PlaceIndex.names` (name key -> tuple of `Candidate`s) whose values stay marshal bytes,
    decoded when read; the last DECODED decoded ones are kept, so memory stays flat over a
    long run (and a forked worker does not copy the index's pages by writing to it)."""

    DECODED = 4096

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.decoded: dict[str, tuple] = {}

    def __getitem__(self, key: str) -> tuple:
        value = self.decoded.get(key)
        if value is None:
            value = tuple(Candidate(*c) for c in marshal.loads(dict.__getitem__(self, key)))
            if len(self.decoded) >= self.DECODED:
                self.decoded.clear()
            self.decoded[key] = value
        return value

    def get(self, key: str, default=None):
        return self[key] if key in self else default

    def values(self):
        return [self[key] for key in self]

    def items(self):
        return [(key, self[key]) for key in self]

    def __iter__(self):
        return iter(list(dict.keys(self)))


def places_data(places) -> tuple[list[dict], dict, dict[str, bytes], dict[str, tuple]]:
    """What `restore` needs of the place stage; ValueError when its index holds more than
    names, phrases and capitals (then the lazy form would lose something: the cache is not
    written)."""
    index = places.index
    if set(vars(index)) != {"names", "phrases", "capitals"}:
        raise ValueError(f"PlaceIndex holds {sorted(vars(index))}: not cached")
    rows = [row for row in index.rows() if row.get("phrases")]
    names = {key: marshal.dumps(tuple(tuple(c) for c in cands)) for key, cands in index.names.items()}
    if dict(LazyNames(names).items()) != index.names:
        raise ValueError("the place index does not survive the round trip: not cached")
    return rows, places.vocab, names, {country: tuple(c) for country, c in index.capitals.items()}


def _prune(root: Path) -> None:
    """Keep the KEEP most recent complete caches (and no leftovers of an interrupted build)."""
    try:
        folders = sorted((p for p in root.iterdir() if (p / DONE).exists()), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in folders[KEEP:]:
            shutil.rmtree(old, ignore_errors=True)
    except OSError:
        pass
