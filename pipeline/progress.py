"""What `cutoff run` shows while it works, on stderr so stdout stays clean for pipes.

A live bar on a terminal; in logs and CI (no TTY) a plain line every few seconds, because
a redrawn bar turns into thousands of lines there; nothing at all when quiet.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Callable, TextIO


class Progress:
    """`with Progress(total) as p: p.advance(articles, events, errors)` during a run."""

    def __init__(
        self,
        total: int | None = None,
        *,
        quiet: bool = False,
        stream: TextIO | None = None,
        every: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total, self.quiet, self.every, self.clock = total, quiet, every, clock
        self.stream = stream if stream is not None else sys.stderr
        self.articles = self.events = self.errors = 0
        self.summary: str | None = None  # the closing line's counts, when the run knows better
        self.notes: list[str] = []  # lines shown just before it
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        self.started = self._last_line = self.clock()
        if not self.quiet and self.stream.isatty():
            self._start_bar()
        return self

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        columns = [SpinnerColumn(), TextColumn("articles"), BarColumn(), MofNCompleteColumn()]
        columns.append(TextColumn("{task.fields[rate]:.1f}/s"))
        if self.total:
            columns.append(TimeRemainingColumn())
        columns.append(TextColumn("{task.fields[events]} events, {task.fields[errors]} errors"))
        self._bar = RichProgress(*columns, console=Console(file=self.stream))
        self._task = self._bar.add_task("run", total=self.total, rate=0.0, events=0, errors=0)
        self._bar.start()

    def advance(self, n_articles: int = 1, n_events: int = 0, n_errors: int = 0) -> None:
        self.articles += n_articles
        self.events += n_events
        self.errors += n_errors
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.update(
                self._task, advance=n_articles, rate=self.rate(), events=self.events, errors=self.errors
            )
        elif self.clock() - self._last_line >= self.every:
            self._last_line = self.clock()
            print(
                f"processed {self.articles} articles ({self.rate():.1f}/s), {self.events} events, {self.errors} errors",
                file=self.stream,
                flush=True,
            )

    def rate(self) -> float:
        elapsed = self.clock() - self.started
        return self.articles / elapsed if elapsed > 0 else 0.0

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
        if self.quiet:
            return
        word = "done" if exc_type is None else "stopped"
        for note in self.notes:
            print(note, file=self.stream)
        counts = self.summary or f"{self.articles} articles, {self.events} events, {self.errors} errors"
        print(
            f"{word}: {counts} in {self.clock() - self.started:.1f}s",
            file=self.stream,
            flush=True,
        )
