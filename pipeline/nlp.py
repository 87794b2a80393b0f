"""The spaCy pipeline: the statistical model underneath, the cutoff_* rule stages on top."""

from __future__ import annotations

import gc

import spacy
from spacy.language import Language

from pipeline import DEFAULT_MODEL, compiled
from pipeline.components import dates, gazetteer, linking, model_rules, paragraphs, places, status, triggers  # noqa: F401  (registers the factories)
from pipeline.version import pipeline_version

STAGES = ("cutoff_gazetteer", "cutoff_places", "cutoff_dates", "cutoff_triggers", "cutoff_status", "cutoff_events")
NEEDED = ("parser", "ner", "lemmatizer")


class ModelError(Exception):
    """The requested spaCy pipeline is missing or lacks a component the rules need."""


def build_nlp(model: str = DEFAULT_MODEL, config: dict[str, dict] | None = None, cache: bool = True) -> Language:
    """Load `model` (any installed spaCy pipeline with a parser, NER and lemmatizer) and add
    the cutoff stages, each configured from `config[stage]` and initialised from `models/`
    (`cutoff_paragraphs` goes before the parser: blank lines end sentences). With the default
    configuration, the compiled matchers and place index come from the cache of this
    pipeline version when there is one, and are written there when not (`pipeline.compiled`).

    The garbage collector is paused while the pipeline is built (hundreds of thousands of
    long-lived objects: each collection would walk them all), and what was built is then
    frozen out of its reach (`gc.freeze`): later collections skip it, and workers forked
    from this process keep sharing its pages instead of copying them to update GC headers."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(model, config, cache)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _build(model: str, config: dict[str, dict] | None, cache: bool) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"spaCy model '{model}' is not installed (pip install it, or pass --model NAME)") from exc
    missing = [c for c in NEEDED if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model '{model}' lacks {', '.join(missing)}, which the rules need")
    model_rules.swap_in(nlp)  # the model's attribute ruler and lemmatizer, same output, faster
    nlp.add_pipe("cutoff_paragraphs", before="parser", config=(config or {}).get("cutoff_paragraphs", {}))
    for stage in STAGES:
        nlp.add_pipe(stage, config=(config or {}).get(stage, {}))
    cache = cache and not config
    version = pipeline_version(model) if cache else ""
    there = cache and compiled.cache_dir(version).exists()
    restored = there and compiled.restore(nlp, version)
    if there and not restored:  # a damaged cache, now removed: its stages may be half loaded
        return _build(model, config, cache)
    for stage in STAGES:
        if not (restored and stage in compiled.CACHED):
            nlp.get_pipe(stage).initialize(nlp=nlp)
    if cache and not restored:
        compiled.save(nlp, version)
    return nlp
