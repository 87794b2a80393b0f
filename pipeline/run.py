"""`run()`: the whole of Cutoff in one function a reader can follow.

    article files -> Article -> (triage) -> spaCy Doc -> events -> store -> exports

Reading, deciding what still needs work and writing the store happen here, in this
process; the engine analyses batches (here, in local processes, or on Dask). Every
batch is committed in one transaction, so a run killed at any moment resumes where it
stopped, and a rerun over an unchanged folder analyses nothing.
"""

from __future__ import annotations

import importlib.util
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

import spacy

from pipeline import DEFAULT_MODEL, __version__
from pipeline.article import Article, ReadError
from pipeline.cli import UsageError
from pipeline.engines import DaskEngine, LocalEngine
from pipeline.exports import export_all
from pipeline.merge import MergeOptions
from pipeline.progress import Progress
from pipeline.readers import DEFAULT_MAX_BYTES, ReadStats, estimate_articles, iter_articles
from pipeline.store import Store
from pipeline.version import model_version, pipeline_version


@dataclass
class RunOptions:
    model: str = DEFAULT_MODEL
    workers: int = 1
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # tcp://host:port of a running Dask scheduler
    batch_size: int = 64
    reprocess: bool = False
    triage: bool = True
    full_parse: bool = False  # parse every sentence, not only the passages that can matter
    max_bytes: int = DEFAULT_MAX_BYTES
    quiet: bool = False
    merge: MergeOptions = MergeOptions()
    csv_safe: bool = True


@dataclass
class RunCounts:
    inputs: int = 0
    articles_read: int = 0
    unchanged: int = 0
    processed: int = 0
    triaged_out: int = 0
    pruned: int = 0
    events: int = 0
    errors: int = 0
    skipped_other_types: int = 0


def run(inputs: Sequence[str | Path], out_dir: str | Path, options: RunOptions | None = None) -> dict:
    """Process `inputs` into `out_dir`; returns what run.json says (plus `interrupted`)."""
    options = options or RunOptions()
    check_model(options.model)
    if Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise UsageError(f"--out {out_dir} is a file; give a folder (it is created if missing)")
    started, stats, counts = time.time(), ReadStats(), RunCounts()
    articles = iter_articles(inputs, max_bytes=options.max_bytes, stats=stats, exclude=out_dir)
    total = estimate_articles(inputs) if not options.quiet and sys.stderr.isatty() else None  # for an ETA
    with Store(out_dir) as store, Progress(total, quiet=options.quiet) as progress, StopFlag() as stop:
        run_id = store.begin_run({"inputs": [str(p) for p in inputs], "options": asdict(options), "pipeline_version": pipeline_version(options.model)})
        waiting: deque[list[ReadError]] = deque()
        for result in make_engine(options).map(todo_batches(articles, store, run_id, options, counts, waiting, progress)):
            errors = waiting.popleft() + result.errors
            store.commit_batch(run_id, result.results, result.skipped, errors)
            counts.processed += len(result.results) + len(result.errors)
            counts.triaged_out += len(result.skipped)
            counts.events += result.n_events
            counts.errors += len(errors)
            progress.advance(len(result.results) + len(result.skipped) + len(result.errors), result.n_events, len(errors))
            if stop.requested:
                break
        counts.inputs = stats.files
        counts.skipped_other_types = len(stats.skipped)
        status = "interrupted" if stop.requested else "done"
        if status == "done":  # files deleted or renamed since the last run leave no events behind
            counts.pruned = store.prune(run_id, [Path(p).name for p in inputs])
        store.finish_run(run_id, asdict(counts), status)
        report = export_all(store, out_dir, run_info(options, counts, started, status), merge=options.merge, csv_safe=options.csv_safe)
        progress.summary = summary_line(counts, store.summary(last_runs=0)["events"])
        progress.notes = [skipped_line(stats.skipped)] if stats.skipped else []
    if stop.requested:
        print("cutoff: interrupted; what was done is stored and exported. Run the same command again to continue.", file=sys.stderr)
    return report


def todo_batches(
    articles: Iterable[Article | ReadError], store: Store, run_id: int, options: RunOptions,
    counts: RunCounts, waiting: deque, progress: Progress,
) -> Iterator[list[Article]]:
    """Batches of articles that still need analysis; read errors travel beside them in
    `waiting` so they are committed with their batch. Nothing left to do: no batch at all."""
    stream = iter(articles)
    while chunk := list(islice(stream, options.batch_size)):
        errors = [x for x in chunk if isinstance(x, ReadError)]
        read = [x for x in chunk if isinstance(x, Article)]
        todo = [a for a in read if options.reprocess or store.needs_processing(a, pipeline_version(options.model))]
        counts.articles_read += len(read)
        counts.unchanged += len(read) - len(todo)
        if len(todo) < len(read):
            unchanged = [a for a in read if a not in todo]
            store.touch(run_id, [a.source for a in unchanged])
            store.keep_texts(unchanged)  # a store made before texts were kept gets them now
            progress.advance(len(read) - len(todo))
        if todo:
            waiting.append(errors)
            yield todo
        elif errors:
            store.commit_batch(run_id, [], [], errors)
            counts.errors += len(errors)
            progress.advance(0, 0, len(errors))


def summary_line(counts: RunCounts, stored_events: int) -> str:
    """What the run did and what the table now holds: a rerun that analysed nothing must
    not read as if the table had been emptied."""
    analysed = counts.articles_read - counts.unchanged
    return (f"{counts.articles_read} articles ({analysed} analysed, {counts.unchanged} unchanged), "
            f"{stored_events} events in the store, {counts.errors} errors")


def skipped_line(sources: list[str], shown: int = 5) -> str:
    names = ", ".join(Path(s).name for s in sources[:shown]) + (f" and {len(sources) - shown} more" if len(sources) > shown else "")
    return f"skipped {len(sources)} file{'s' * (len(sources) != 1)} of other types: {names}"


def make_engine(options: RunOptions) -> LocalEngine | DaskEngine:
    if options.engine == "dask":
        return DaskEngine(options.model, options.scheduler, workers=max(options.workers, 2), triage=options.triage, full_parse=options.full_parse)
    return LocalEngine(options.model, options.workers, triage=options.triage, full_parse=options.full_parse)


def check_model(model: str) -> None:
    """Fail at once, with the fix, when the spaCy model is not installed (no download)."""
    if Path(model).exists() or importlib.util.find_spec(model.replace("-", "_")) is not None:
        return
    raise UsageError(f"spaCy model '{model}' is not installed: pip install it, or pass --model with an installed pipeline")


def run_info(options: RunOptions, counts: RunCounts, started: float, status: str) -> dict:
    return {
        "status": status,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "wall_time_s": round(time.time() - started, 3),
        "versions": {"cutoff": __version__, "pipeline": pipeline_version(options.model), "spacy": spacy.__version__, "model": model_version(options.model)},
        "options": asdict(options),
        "counts": asdict(counts),
    }


class StopFlag:
    """First Ctrl-C: finish and commit the current batch, export, stop. Second: stop now."""

    def __init__(self) -> None:
        self.requested = False

    def __enter__(self) -> "StopFlag":
        self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum, frame) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("\ncutoff: stopping after the current batch (Ctrl-C again to stop now)", file=sys.stderr)

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self.previous)
