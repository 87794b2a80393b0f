"""`OUT/cutoff.sqlite`: the one place a run's results live; every export is rebuilt from it.

Each batch of articles goes in as one SQLite transaction (WAL journal), so a run killed at
any moment, even by SIGKILL, leaves every article either fully stored or not at all, and the
next run resumes by skipping what is already done.

A researcher's review (`cutoff review`, tables `reviews` and `review_events`) is kept apart
from the pipeline's `events`, which reruns replace: every reader of events goes through the
`current_events` view, which gives an article's reviewed events while its review matches the
article's content hash, and the pipeline's otherwise (never reviewed, or the text changed since).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from pipeline import PIPELINE_VERSION
from pipeline.article import Article, ReadError
from pipeline.store_schema import CURRENT_EVENTS, SCHEMA, SORT_BY_DATE, STAGING_SCHEMA

DB_NAME = "cutoff.sqlite"
# errors.line is 0 for whole-file errors: SQLite treats NULLs as distinct in a key, which
# would let a rerun add the same file error again.
NO_LINE = 0


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def store_path(out_dir: str | Path) -> Path:
    return Path(out_dir) / DB_NAME


class Store:
    """Articles, their events, read errors and runs of one output folder."""

    def __init__(self, out_dir: str | Path) -> None:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        self.path = store_path(out_dir)
        # isolation_level=None: transactions are opened explicitly, so a batch is exactly one.
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # durable against process crashes in WAL mode
        self.db.executescript(SCHEMA)
        self.db.executescript(CURRENT_EVENTS)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- runs -------------------------------------------------------------------------

    def begin_run(self, info: dict[str, Any]) -> int:
        """Record a run as started. Runs still marked running were killed: say so."""
        with self._transaction() as db:
            db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cur = db.execute(
                "INSERT INTO runs (started, info, versions, status) VALUES (?, ?, ?, 'running')",
                (now(), _dumps(info), _dumps(info.get("versions", {}))),
            )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, counts: dict[str, Any], status: str) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE runs SET ended = ?, counts = ?, status = ? WHERE run_id = ?",
                (now(), _dumps(counts), status, run_id),
            )

    # --- articles ---------------------------------------------------------------------

    def needs_processing(self, article: Article, pipeline_version: str) -> bool:
        """False when this source was already processed with the same content and pipeline."""
        row = self.db.execute(
            "SELECT content_hash, pipeline_version, status FROM articles WHERE key = ?", (article.source,)
        ).fetchone()
        return row is None or row[:2] != (article.content_hash, pipeline_version) or row[2] == "error"

    def commit_batch(
        self,
        run_id: int,
        results: list[tuple[Article, list[dict[str, Any]]]],
        skipped: list[Article],
        errors: list[ReadError],
    ) -> None:
        """Store one batch atomically: it is all in, or (on any exception or kill) none of it.

        Each article's old events are replaced, so a rerun never duplicates them; an article
        that reads fine now loses the read error it had before. An error whose source is a
        stored article (a failure while processing it) marks that article `error` and drops
        its events, so the next run retries it.
        """
        stamp, version = now(), self._run_version(run_id)
        with self._transaction() as db:
            for article, events in results:  # one article at a time: a source read twice is replaced
                self._put_article(db, run_id, version, article, "done", stamp)
                self._put_text(db, article)
                db.executemany(
                    "INSERT INTO events (article_key, seq, event_id, record) VALUES (?, ?, ?, ?)",
                    [(article.source, seq, event["event_id"], _dumps(event)) for seq, event in enumerate(events)],
                )
            for article in skipped:
                self._put_article(db, run_id, version, article, "skipped", stamp)
                self._put_text(db, article)
            for error in errors:
                self._put_error(db, run_id, error, stamp)

    def touch(self, run_id: int, keys: list[str]) -> None:
        """Mark unchanged articles as seen by this run (so `prune` keeps them)."""
        with self._transaction() as db:
            db.executemany("UPDATE articles SET run_id = ? WHERE key = ?", [(run_id, key) for key in keys])

    def keep_texts(self, articles: list[Article]) -> None:
        """Store the texts of unchanged articles that a store of an older version lacks."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO texts (article_key, content_hash, text) VALUES (?, ?, ?)",
                [(a.source, a.content_hash, a.text) for a in articles],
            )

    def text(self, article_key: str) -> str | None:
        """The text an article was last analysed from (None in stores that never kept it)."""
        row = self.db.execute("SELECT text FROM texts WHERE article_key = ?", (article_key,)).fetchone()
        return row[0] if row else None

    def prune(self, run_id: int, roots: list[str]) -> int:
        """Forget articles, their events and errors under `roots` that this complete run did
        not see: files deleted or renamed since, whose events would otherwise stay (or double).
        Returns how many articles and errors were forgotten."""
        under = "(substr({col}, 1, length(?) + 1) IN (? || '/', ? || ':') OR {col} = ?)"
        removed = 0
        with self._transaction() as db:
            for root in roots:
                args = (root, root, root, root)
                stale = f"SELECT key FROM articles WHERE run_id != ? AND {under.format(col='key')}"
                db.execute(f"DELETE FROM events WHERE article_key IN ({stale})", (run_id, *args))
                db.execute(f"DELETE FROM texts WHERE article_key IN ({stale})", (run_id, *args))
                removed += db.execute(f"DELETE FROM articles WHERE run_id != ? AND {under.format(col='key')}", (run_id, *args)).rowcount
                removed += db.execute(f"DELETE FROM errors WHERE run_id != ? AND {under.format(col='source')}", (run_id, *args)).rowcount
        return removed

    def _run_version(self, run_id: int) -> str:
        """The pipeline version a run declared in `begin_run(info)` (`info["pipeline_version"]`)."""
        row = self.db.execute("SELECT info FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        if row is None:
            raise ValueError(f"no run {run_id} in {self.path}")
        return json.loads(row[0]).get("pipeline_version") or PIPELINE_VERSION

    def _put_article(
        self, db: sqlite3.Connection, run_id: int, version: str, article: Article, status: str, stamp: str
    ) -> None:
        meta = {k: v for k, v in article.to_dict().items() if k != "text"}
        db.execute("DELETE FROM events WHERE article_key = ?", (article.source,))
        db.execute(
            "INSERT OR REPLACE INTO articles (key, article_id, content_hash, pipeline_version, status, error,"
            " metadata, run_id, updated) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            (article.source, article.id, article.content_hash, version, status, _dumps(meta), run_id, stamp),
        )
        db.executemany("DELETE FROM errors WHERE source = ? AND line = ?", _error_keys(article.source))

    @staticmethod
    def _put_text(db: sqlite3.Connection, article: Article) -> None:
        db.execute(
            "INSERT OR REPLACE INTO texts (article_key, content_hash, text) VALUES (?, ?, ?)",
            (article.source, article.content_hash, article.text),
        )

    def _put_error(self, db: sqlite3.Connection, run_id: int, error: ReadError, stamp: str) -> None:
        db.execute(
            "INSERT OR REPLACE INTO errors (source, line, reason, extra, run_id) VALUES (?, ?, ?, ?, ?)",
            (error.source, error.line or NO_LINE, error.reason, _dumps(error.extra), run_id),
        )
        key = f"{error.source}:{error.line}" if error.line else error.source
        db.execute("DELETE FROM events WHERE article_key = ?", (key,))
        db.execute(
            "UPDATE articles SET status = 'error', error = ?, run_id = ?, updated = ? WHERE key = ?",
            (error.reason, run_id, stamp, key),
        )

    # --- reading ----------------------------------------------------------------------

    def iter_events(self, *, by_date: bool = False) -> Iterator[dict[str, Any]]:
        """Every current event (reviewed where an article's review is current), streamed: by
        article and position, or by `date_start` with undated events last (the timeline order)."""
        order = SORT_BY_DATE if by_date else "ORDER BY article_key, seq"
        for record, from_review in self.db.execute(f"SELECT record, from_review FROM {self._current()} {order}"):
            yield _load(record, from_review)

    def _current(self) -> str:
        """The table of current events: the view, or while no article has a review (most
        stores) the pipeline's table itself, which streams in key order without a sort."""
        if self.db.execute("SELECT EXISTS (SELECT 1 FROM main.reviews)").fetchone()[0]:
            return "temp.current_events"
        return "(SELECT article_key, seq, event_id, record, 0 AS from_review FROM main.events)"

    def iter_pipeline_events(self) -> Iterator[dict[str, Any]]:
        """The pipeline's own events, by article and position, whatever the reviews say."""
        for (record,) in self.db.execute("SELECT record FROM events ORDER BY article_key, seq"):
            yield json.loads(record)

    def iter_events_with_canonical_ids(self) -> Iterator[dict[str, Any]]:
        """Every stored event, by article and position, with the `canonical_id` staged for it
        (null for events no canonical event took in)."""
        rows = self.db.execute(
            f"SELECT e.record, e.from_review, c.canonical_id FROM {self._current()} e"
            " LEFT JOIN temp.canonical_ids c ON c.event_id = e.event_id"
            " ORDER BY e.article_key, e.seq"
        )
        for record, from_review, canonical_id in rows:
            yield _load(record, from_review) | {"canonical_id": canonical_id}

    @contextmanager
    def staging(self) -> Iterator[None]:
        """Empty the staging tables and fill them in one transaction (they touch no stored data)."""
        self.db.executescript(STAGING_SCHEMA)
        self.db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def stage_canonical(self, record: dict[str, Any], sort_key: str) -> None:
        """Keep one canonical event until `iter_canonical`, and the ids of its reports."""
        self.db.execute("INSERT INTO temp.canonical VALUES (?, ?)", (sort_key, _dumps(record)))
        self.db.executemany(
            "INSERT OR REPLACE INTO temp.canonical_ids VALUES (?, ?)",
            ((source["event_id"], record["canonical_id"]) for source in record["sources"]),
        )

    def iter_canonical(self) -> Iterator[dict[str, Any]]:
        """The staged canonical events, by `sort_key`."""
        for (record,) in self.db.execute("SELECT record FROM temp.canonical ORDER BY sort_key"):
            yield json.loads(record)

    def event(self, event_id: str) -> dict[str, Any]:
        """One current event by id."""
        record, from_review = self.db.execute(
            f"SELECT record, from_review FROM {self._current()} WHERE event_id = ? LIMIT 1", (event_id,)
        ).fetchone()
        return _load(record, from_review)

    def iter_errors(self) -> Iterator[dict[str, Any]]:
        """Every stored read error as an errors.jsonl record (source, line, reason, extras)."""
        rows = self.db.execute("SELECT source, line, reason, extra FROM errors ORDER BY source, line")
        for source, line, reason, extra in rows:
            yield ReadError(source, reason, line or None, json.loads(extra)).to_dict()

    def summary(self, last_runs: int = 5) -> dict[str, Any]:
        """What the store holds: articles by status, event and error counts, the latest runs."""
        by_status = dict.fromkeys(("done", "skipped", "error"), 0)
        by_status.update(self.db.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall())
        runs = self.db.execute(
            "SELECT run_id, started, ended, counts, status FROM runs ORDER BY run_id DESC LIMIT ?", (last_runs,)
        ).fetchall()
        return {
            "articles": by_status,
            "events": self.db.execute(f"SELECT count(*) FROM {self._current()}").fetchone()[0],
            "reviews": self.review_counts(),
            "errors": self.db.execute("SELECT count(*) FROM errors").fetchone()[0],
            "runs": [
                {"run_id": r[0], "started": r[1], "ended": r[2], "counts": json.loads(r[3] or "{}"), "status": r[4]}
                for r in runs
            ],
        }


    def review_counts(self) -> dict[str, int]:
        """Articles reviewed (every event checked, text unchanged since), in progress, stale
        (the text changed after the review), and the events a researcher checked."""
        reviewed, in_progress, stale = self.db.execute(
            "SELECT coalesce(sum(c.article_key IS NOT NULL AND p.n IS NULL), 0),"
            " coalesce(sum(c.article_key IS NOT NULL AND p.n IS NOT NULL), 0),"
            " coalesce(sum(c.article_key IS NULL), 0)"
            " FROM reviews r JOIN articles a ON a.key = r.article_key"
            " LEFT JOIN temp.current_reviews c ON c.article_key = r.article_key"
            " LEFT JOIN (SELECT article_key, count(*) AS n FROM review_events WHERE state = 'pending' GROUP BY article_key) p"
            " ON p.article_key = r.article_key"
        ).fetchone()
        events = self.db.execute(
            "SELECT count(*) FROM review_events WHERE state != 'pending'"
            " AND article_key IN (SELECT article_key FROM temp.current_reviews)"
        ).fetchone()[0]
        return {"articles_reviewed": reviewed, "articles_in_review": in_progress, "articles_review_stale": stale,
                "events_reviewed": events}


def _load(record: str, from_review: int) -> dict[str, Any]:
    """A stored event. A reviewed one was frozen when the researcher saved it: a field the
    schema gained since (a new list, a new flag) is given its empty value, so it stays valid."""
    event = json.loads(record)
    if from_review:
        for name, default in _field_defaults().items():
            event.setdefault(name, default)
    return event


@lru_cache(maxsize=1)
def _field_defaults() -> dict[str, Any]:
    """The empty value of each required event field: [] for lists, false for flags, else null."""
    from pipeline.schema import event_schema

    schema = event_schema()
    defaults: dict[str, Any] = {}
    for name in schema["required"]:
        prop = schema["properties"][name]
        ref = prop.get("$ref", "").rpartition("/")[2]
        kind = schema["$defs"][ref].get("type") if ref else prop.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        defaults[name] = [] if "array" in kinds else False if "boolean" in kinds else None
    return defaults


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _error_keys(article_key: str) -> list[tuple[str, int]]:
    """The errors rows a now-readable article supersedes: its own, and for a record
    `path:LINE` that line's error and any whole-file error of `path`."""
    keys = [(article_key, NO_LINE)]
    path, sep, line = article_key.rpartition(":")
    if sep and line.isdigit():
        keys += [(path, int(line)), (path, NO_LINE)]
    return keys
