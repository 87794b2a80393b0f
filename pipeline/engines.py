"""Where batches are analysed: in this process, in a pool of local processes, or on Dask.

Every engine yields `BatchResult`s in the order the batches went in, with a bounded
number in flight, so memory stays flat however large the folder and the store sees
the same sequence whichever engine ran.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import chain

from pipeline.analyse import BatchResult, analyse_batch, warm_up
from pipeline.article import Article


class LocalEngine:
    """`workers` processes on this machine: this one and `workers - 1` forked helpers.

    With helpers, each batch is cut into parts (`part_sizes`: about `batch / (8 * workers)`
    articles, at least MIN_PART, shrinking to single articles at the batch's end) put on one
    queue that the helpers and this process all take parts from, this one whenever it has no
    result to wait for; the parts' results are put back together per batch. So the work is
    shared as it goes, even when a folder holds a few batches, and no process idles at the end
    while another still has parts queued for it: the last part taken, one article long, is
    the most either waits for. The helpers are forked after the model is loaded and
    warmed up (`warm_up`: dateparser's expressions, the lemmatizer's tables), so they share
    its memory and none pays a start-up of its own."""

    MIN_PART = 2
    AHEAD = 2  # batches on the queue at once, so that helpers never wait for this process
    WAIT = 0.05  # seconds this process waits for a result before it looks for a part again

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
        context = mp.get_context("fork")
        tasks, results = context.Queue(), context.Queue()
        helpers = [context.Process(target=_helper, args=(self.work, tasks, results), daemon=True) for _ in range(self.workers - 1)]
        for helper in helpers:
            helper.start()
        try:
            yield from self._shared(batches, tasks, results, helpers)
        finally:
            for helper in helpers:
                helper.kill()
                helper.join()
            tasks.cancel_join_thread()  # parts left on the queue (a run stopped early) are dropped

    def _shared(self, batches: Iterator[list[Article]], tasks, results, helpers: list) -> Iterator[BatchResult]:
        """Batches' parts on the queue, AHEAD batches at a time; each batch's merged result
        as soon as all its parts are back, in order."""
        pending: deque[tuple[int, list]] = deque()  # (batch number, its parts' results or None)
        number = 0
        for batch in chain(batches, [None]):
            if batch is not None:
                parts, start = [], 0
                for size in part_sizes(len(batch), self.workers, max(self.MIN_PART, -(-len(batch) // (8 * self.workers)))):
                    parts.append(batch[start:start + size])
                    start += size
                for i, part in enumerate(parts):
                    tasks.put((number, i, part))
                pending.append((number, [None] * len(parts)))
                number += 1
            while pending and (len(pending) >= self.AHEAD or batch is None):
                if all(r is not None for r in pending[0][1]):
                    yield _merged(pending.popleft()[1])
                else:
                    self._advance(pending, tasks, results, helpers)

    def _advance(self, pending: deque, tasks, results, helpers: list) -> None:
        """Analyse a queued part here, else wait a moment for a helper's result; file what came."""
        try:
            number, i, part = tasks.get_nowait()
            done = (number, i, self.work(part))
        except queue.Empty:  # none queued, or a helper is taking one
            try:
                done = results.get(timeout=self.WAIT)
            except queue.Empty:
                if dead := [h.exitcode for h in helpers if not h.is_alive()]:  # killed (out of memory?): its part is lost
                    raise RuntimeError(f"a helper process ended (exit code {dead[0]}) in the middle of the run") from None
                return
        while done is not None:
            number, i, result = done
            if isinstance(result, BaseException):
                raise result
            pending[number - pending[0][0]][1][i] = result
            try:
                done = results.get_nowait()
            except queue.Empty:
                done = None


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


def part_sizes(n: int, workers: int, largest: int) -> list[int]:
    """How a batch of `n` articles is cut for `workers` processes: parts of `largest` while
    much is left, then each a share of what is left (guided self-scheduling), down to single
    articles. The run's last parts are short, so the process that finishes first waits for
    the other one article at most, not a whole part."""
    sizes: list[int] = []
    left = n
    while left > 0:
        sizes.append(max(1, min(largest, -(-left // (2 * workers)))))
        left -= sizes[-1]
    return sizes


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


def _helper(work, tasks, results) -> None:
    """A helper: parts from `tasks` until killed, each result (or exception) to `results`.
    Ctrl-C is left to the parent, which stops cleanly after the current batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        number, i, part = tasks.get()
        try:
            results.put((number, i, work(part)))
        except Exception as exc:  # analyse_batch files an article's failure itself: this is a bug
            results.put((number, i, RuntimeError(f"{type(exc).__name__}: {exc}")))
