"""The pipeline version events record and incremental runs compare.

`cutoff-<release>+<fingerprint>`: the fingerprint hashes everything that decides what an
article yields (the extraction code, the rule and pattern data of `models/`, and the
spaCy model's name and version). Editing a pattern file, upgrading Cutoff or switching
`--model` therefore reprocesses every article on the next run, as its events may differ;
an unchanged setup reprocesses nothing. Event ids hash it too (spec: "stable across runs
for the same article text and pipeline version").
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import spacy

from pipeline import PIPELINE_VERSION
from pipeline.components.patterns import MODELS_DIR

PACKAGE_DIR = Path(__file__).resolve().parent
# What decides the events of an article: reading it, triage, the stages, the record and its schema.
EXTRACTION_CODE = ("article.py", "readers.py", "metadata.py", "html_text.py", "pieces.py", "schema.py", "triage.py", "nlp.py", "passages.py", "compiled.py", "analyse.py", "extract.py", "event.schema.json", "components")


@lru_cache(maxsize=8)
def pipeline_version(model: str) -> str:
    """The version string; reading and hashing `models/` (13 MB) costs about 30 ms of every
    start, so the fingerprint is remembered (`FINGERPRINTS` in the cache folder) under a key
    made of each file's name, size and modification time: any edit, which changes the time,
    hashes the files again."""
    files = [(root, file) for root, names in ((PACKAGE_DIR, EXTRACTION_CODE), (MODELS_DIR, (".",))) for name in names
             for file in (sorted((root / name).rglob("*")) if (root / name).is_dir() else [root / name])
             if file.is_file() and file.suffix in (".py", ".json", ".jsonl")]
    stamp = hashlib.sha256(model_version(model).encode())
    for root, file in files:
        st = file.stat()
        stamp.update(f"{root}\0{file.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    known = _remembered()
    if (version := known.get(stamp.hexdigest())) is not None:
        return version
    digest = hashlib.sha256(model_version(model).encode())
    for root, file in files:
        digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes())
    version = f"{PIPELINE_VERSION}+{digest.hexdigest()[:10]}"
    _remember(known, stamp.hexdigest(), version)
    return version


FINGERPRINTS = "fingerprints.json"
KEEP_FINGERPRINTS = 32


def _remembered() -> dict[str, str]:
    from pipeline.compiled import cache_root

    try:
        known = json.loads((cache_root() / FINGERPRINTS).read_text("utf-8"))
        return known if isinstance(known, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember(known: dict[str, str], key: str, version: str) -> None:
    """Add `key` (best effort: an unwritable cache only means hashing again next time)."""
    from pipeline.compiled import cache_root

    known = dict(list({**known, key: version}.items())[-KEEP_FINGERPRINTS:])
    try:
        cache_root().mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=cache_root(), suffix=".tmp", delete=False, encoding="utf-8") as f:
            json.dump(known, f)
        os.replace(f.name, cache_root() / FINGERPRINTS)
    except OSError:
        pass


def model_version(model: str) -> str:
    """`en_core_web_sm-3.8.0` from the meta.json of an installed package or a pipeline
    folder, without loading the model; the name itself when there is none to read."""
    try:
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
        meta = spacy.util.get_model_meta(path)
    except (OSError, ImportError, ValueError):
        return model
    return f"{meta.get('lang', '')}_{meta.get('name', model)}-{meta.get('version', '?')}"
