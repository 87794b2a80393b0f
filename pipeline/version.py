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
    digest = hashlib.sha256(model_version(model).encode())
    for root, names in ((PACKAGE_DIR, EXTRACTION_CODE), (MODELS_DIR, (".",))):
        for name in names:
            path = root / name
            for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
                if file.is_file() and file.suffix in (".py", ".json", ".jsonl"):
                    digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes())
    return f"{PIPELINE_VERSION}+{digest.hexdigest()[:10]}"


def model_version(model: str) -> str:
    """`en_core_web_sm-3.8.0` from the meta.json of an installed package or a pipeline
    folder, without loading the model; the name itself when there is none to read."""
    try:
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
        meta = spacy.util.get_model_meta(path)
    except (OSError, ImportError, ValueError):
        return model
    return f"{meta.get('lang', '')}_{meta.get('name', model)}-{meta.get('version', '?')}"
