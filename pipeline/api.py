"""Python API for notebooks: one text in, events out; or a whole batch into a DataFrame."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from pipeline import DEFAULT_MODEL
from pipeline.analyse import get_nlp
from pipeline.article import Article
from pipeline.extract import events_from_doc, prepare_doc
from pipeline.version import pipeline_version


def extract_events(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    article_id: str = "",
    model: str = DEFAULT_MODEL,
) -> list[dict]:
    """Events of one article, as dicts of the event schema (all statuses; filter on `status`)."""
    article = Article(text=text, source=article_id or "<text>", id=article_id, url=url, title=title, outlet=outlet, published=published)
    nlp = get_nlp(model)
    return events_from_doc(nlp(prepare_doc(nlp, article)), article, pipeline_version(model))


def run_to_dataframe(inputs: Sequence[str | Path], out_dir: str | Path, **options) -> pd.DataFrame:
    """Run the batch pipeline (same store and exports as `cutoff run`) and return the events
    of `inputs` (the store in `out_dir` may also hold articles of earlier runs)."""
    from pipeline.run import RunOptions, run
    from pipeline.tables import load_output

    run(inputs, out_dir, RunOptions(quiet=True, **options))
    events = load_output(out_dir)["events"]
    roots = [Path(os.path.abspath(p)) for p in inputs]
    folders = tuple(r.name + "/" for r in roots if r.is_dir())
    files = {r.name for r in roots if not r.is_dir()}
    paths = events["source"].str.replace(r":\d+$", "", regex=True)  # "feed.jsonl:3" -> "feed.jsonl"
    return events[paths.map(lambda p: p.startswith(folders) or p in files)].reset_index(drop=True)


def load_output(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """An output folder's tables: "events", "canonical_events", "sources"."""
    from pipeline.tables import load_output as load

    return load(out_dir)
