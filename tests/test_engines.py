"""The local engine with helpers: parts shared through one queue, results back in order."""

from __future__ import annotations

import os
import time

import pytest

from pipeline import engines
from pipeline.analyse import BatchResult
from pipeline.article import Article


def slow_work(part: list[Article]) -> BatchResult:
    """A stand-in for `analyse_batch` that says which process analysed each article."""
    if any(a.text == "bad" for a in part):
        raise ValueError("a bug in the analysis")
    time.sleep(0.02 * len(part))
    return BatchResult(results=[(a, [{"pid": os.getpid()}]) for a in part])


def engine(monkeypatch, workers: int = 2) -> engines.LocalEngine:
    monkeypatch.setattr(engines, "warm_up", lambda model: None)  # no model: the work is a stand-in
    local = engines.LocalEngine("no-model", workers=workers)
    local.work = slow_work
    return local


def batches(sizes: list[int]) -> list[list[Article]]:
    return [[Article(text=f"article {b}-{i}", source=f"{b}-{i}") for i in range(n)] for b, n in enumerate(sizes)]


def test_every_batch_comes_back_whole_and_in_order(monkeypatch) -> None:
    given = batches([16, 16, 5, 16, 1])
    out = list(engine(monkeypatch).map(iter(given)))
    assert [[a.source for a, _ in r.results] for r in out] == [[a.source for a in b] for b in given]
    pids = {event["pid"] for r in out for _, events in r.results for event in events}
    assert len(pids) == 2  # this process and its helper both took parts


def test_a_failing_part_stops_the_run_with_its_error(monkeypatch) -> None:
    given = batches([16, 16])
    given[1][7] = Article(text="bad", source="bad")
    with pytest.raises((ValueError, RuntimeError), match="a bug"):  # raised here, or in the helper
        list(engine(monkeypatch).map(iter(given)))


def test_a_run_stopped_early_leaves_no_helper(monkeypatch) -> None:
    import multiprocessing as mp

    results = engine(monkeypatch).map(iter(batches([16] * 6)))
    next(results)
    results.close()  # what `run` does when Ctrl-C asks it to stop after a batch
    assert not mp.active_children()


def test_a_helper_that_dies_stops_the_run(monkeypatch) -> None:
    def dying_work(part: list[Article]) -> BatchResult:
        if os.getpid() != parent:
            os._exit(9)
        return slow_work(part)

    parent = os.getpid()
    local = engine(monkeypatch)
    local.work = dying_work
    with pytest.raises(RuntimeError, match="exit code 9"):
        list(local.map(iter(batches([16] * 4))))


@pytest.mark.parametrize("n, workers", [(64, 2), (64, 4), (7, 2), (1, 2), (200, 2)])
def test_a_batch_is_cut_into_shrinking_parts_that_end_with_single_articles(n: int, workers: int) -> None:
    largest = max(engines.LocalEngine.MIN_PART, -(-n // (8 * workers)))
    sizes = engines.part_sizes(n, workers, largest)
    assert sum(sizes) == n and sizes == sorted(sizes, reverse=True)
    assert sizes[0] == min(largest, -(-n // (2 * workers))) and sizes[-1] == 1
    assert sizes.count(1) <= 2 * workers  # the short parts are only the tail, not the batch
