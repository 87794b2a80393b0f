"""Where batches are analysed: in this process, in a pool of local processes, or on Dask.

Every engine yields `BatchResult`s in the order the batches went in, with a bounded
number in flight, so memory stays flat however large the folder and the store sees
the same sequence whichever engine ran.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import chain

from pipeline.analyse import BatchResult, analyse_batch, get_nlp, warm_up
from pipeline.article import Article


class LocalEngine:
    """`workers` processes on this machine: this one and `workers - 1` forked helpers.

    With helpers, each batch is cut into chunks of about `batch / (2 * workers)` articles
    (at least MIN_CHUNK), each chunk going to a helper while one is free and to this process
    otherwise, and the chunks' results are put back together per batch: the work is shared
    evenly even when a folder holds only a few batches (240 articles are four batches of 64,
    which split two ways unevenly). The helpers are forked after the model is loaded and
    warmed up (`warm_up`: dateparser's expressions, the lemmatizer's tables), so they share its
    memory and none pays a start-up of its own."""

    MIN_CHUNK = 8

    def __init__(self, model: str, workers: int = 1, triage: bool = True, full_parse: bool = False) -> None:
        self.work = partial(analyse_batch, model=model, triage=triage, full_parse=full_parse)
        self.model = model
        self.workers = workers

    def map(self, batches: Iterable[list[Article]]) -> Iterator[BatchResult]:
        batches = _started(batches)
        if batches is None:
            return
        if self.workers == 1:
            yield from map(self.work, batches)
            return
        warm_up(self.model)
        helpers = self.workers - 1
        with mp.get_context("fork").Pool(helpers, initializer=_worker_init, initargs=(self.model,)) as pool:
            pending: deque[list] = deque()  # per batch, its chunks' results (or handles)
            running: list = []  # the helpers' unfinished chunks
            for batch in batches:
                size = max(self.MIN_CHUNK, -(-len(batch) // (2 * self.workers)))
                parts = []
                for start in range(0, len(batch), size):
                    running = [h for h in running if not h.ready()]
                    if len(running) < 2 * helpers:  # keep every helper busy, with one chunk queued
                        handle = pool.apply_async(self.work, (batch[start:start + size],))
                        running.append(handle)
                    else:
                        handle = _Done(self.work(batch[start:start + size]))
                    parts.append(handle)
                pending.append(parts)
                while len(pending) >= 2 * self.workers or (pending and all(h.ready() for h in pending[0])):
                    yield _merged(h.get() for h in pending.popleft())
            while pending:
                yield _merged(h.get() for h in pending.popleft())


class DaskEngine:
    """Batches spread over a Dask cluster: an existing scheduler, or a LocalCluster."""

    def __init__(self, model: str, scheduler: str | None = None, workers: int = 2, triage: bool = True, full_parse: bool = False) -> None:
        self.model, self.scheduler, self.workers, self.triage, self.full_parse = model, scheduler, workers, triage, full_parse

    def map(self, batches: Iterable[list[Article]]) -> Iterator[BatchResult]:
        from dask.distributed import Client, LocalCluster

        batches = _started(batches)
        if batches is None:
            return
        cluster = None
        if self.scheduler is None:
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(self.scheduler or cluster)
        try:
            in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
            submit = lambda b: client.submit(analyse_batch, b, self.model, self.triage, full_parse=self.full_parse, pure=False)  # noqa: E731
            yield from _bounded(batches, submit, lambda f: f.result(), in_flight)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


class _Done:
    """A batch the parent analysed itself, queued beside the pool's pending results."""

    def __init__(self, result: BatchResult) -> None:
        self.result = result

    def ready(self) -> bool:
        return True

    def get(self) -> BatchResult:
        return self.result


def _merged(results: Iterable[BatchResult]) -> BatchResult:
    """The results of a batch's chunks as the batch's, in order."""
    out = BatchResult()
    for result in results:
        out.results += result.results
        out.skipped += result.skipped
        out.errors += result.errors
    return out


def _started(batches: Iterable[list[Article]]) -> Iterator[list[Article]] | None:
    """The batches, or None when there are none: no model or cluster is started for nothing."""
    batches = iter(batches)
    first = next(batches, None)
    return None if first is None else chain([first], batches)


def _bounded(batches: Iterable[list[Article]], submit, result, limit: int) -> Iterator[BatchResult]:
    """Keep at most `limit` batches submitted; yield their results in order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def _worker_init(model: str) -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly after the current batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    get_nlp(model)
