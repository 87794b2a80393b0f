"""The spaCy pipeline: the statistical model underneath, the cutoff_* rule stages on top."""

from __future__ import annotations

import spacy
from spacy.language import Language

from pipeline import DEFAULT_MODEL
from pipeline.components import dates, gazetteer, linking, paragraphs, places, status, triggers  # noqa: F401  (registers the factories)

STAGES = ("cutoff_gazetteer", "cutoff_places", "cutoff_dates", "cutoff_triggers", "cutoff_status", "cutoff_events")
NEEDED = ("parser", "ner", "lemmatizer")


class ModelError(Exception):
    """The requested spaCy pipeline is missing or lacks a component the rules need."""


def build_nlp(model: str = DEFAULT_MODEL, config: dict[str, dict] | None = None) -> Language:
    """Load `model` (any installed spaCy pipeline with a parser, NER and lemmatizer) and add
    the cutoff stages, each configured from `config[stage]` and initialised from `models/`
    (`cutoff_paragraphs` goes before the parser: blank lines end sentences)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"spaCy model '{model}' is not installed (pip install it, or pass --model NAME)") from exc
    missing = [c for c in NEEDED if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model '{model}' lacks {', '.join(missing)}, which the rules need")
    nlp.add_pipe("cutoff_paragraphs", before="parser", config=(config or {}).get("cutoff_paragraphs", {}))
    for stage in STAGES:
        nlp.add_pipe(stage, config=(config or {}).get(stage, {}))
        nlp.get_pipe(stage).initialize(nlp=nlp)
    return nlp
