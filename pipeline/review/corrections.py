"""A researcher's corrections, in the store's review tables (schema in `pipeline.store`).

A review starts at the first action on an article: the pipeline's events are copied into
`review_events` as `pending`, with the article's content hash and the time. From then on the
article's events are the reviewer's (the store's `current_events` view gives them to every
export), and a rerun, `--reprocess` or a new pipeline version, which rewrite only the
pipeline's `events`, never touch them. The article is reviewed once no event is pending. If the
article's text (or metadata) changes, its content hash no longer matches: the review is stale,
the pipeline's new events are current again, and the next action starts a new review (the old
one stays in `review_log`).

Every action is one transaction, so a server killed at any moment loses at most that action.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

from pipeline.review.fields import ReviewError, apply_fields, differs
from pipeline.store import Store, _dumps, now

UNREVIEWED, IN_REVIEW, REVIEWED, STALE = "unreviewed", "in_review", "reviewed", "stale"


def article_row(store: Store, key: str) -> dict[str, Any]:
    """The stored article: key, id, content hash, status, metadata. ReviewError if unknown."""
    row = store.db.execute(
        "SELECT key, article_id, content_hash, pipeline_version, status, metadata FROM articles WHERE key = ?", (key,)
    ).fetchone()
    if row is None:
        raise ReviewError(f"no article {key!r} in this store")
    return dict(zip(("key", "article_id", "content_hash", "pipeline_version", "status"), row)) | {"metadata": json.loads(row[5])}


def review_state(store: Store, key: str) -> tuple[str, str | None]:
    """(state, time of the last change) of an article's review."""
    row = store.db.execute(
        "SELECT r.content_hash = a.content_hash, r.updated,"
        " EXISTS (SELECT 1 FROM review_events v WHERE v.article_key = r.article_key AND v.state = 'pending')"
        " FROM reviews r JOIN articles a ON a.key = r.article_key WHERE r.article_key = ?", (key,)
    ).fetchone()
    if row is None:
        return UNREVIEWED, None
    current, updated, pending = row
    return (STALE if not current else IN_REVIEW if pending else REVIEWED), updated


def pipeline_events(store: Store, key: str) -> list[dict[str, Any]]:
    """The pipeline's own events of an article, whatever its review says."""
    rows = store.db.execute("SELECT record FROM events WHERE article_key = ? ORDER BY seq", (key,))
    return [json.loads(record) for (record,) in rows]


def review_events(store: Store, key: str) -> list[dict[str, Any]]:
    """The review's events with their state (`_state`) and seq (`_seq`), in order."""
    rows = store.db.execute("SELECT seq, state, record FROM review_events WHERE article_key = ? ORDER BY seq", (key,))
    return [json.loads(record) | {"_seq": seq, "_state": state} for seq, state, record in rows]


def shown_events(store: Store, key: str) -> tuple[str, list[dict[str, Any]]]:
    """(review state, events) as the article page shows them: the review's while it is
    current, else the pipeline's as pending."""
    state, _ = review_state(store, key)
    if state in (IN_REVIEW, REVIEWED):
        return state, review_events(store, key)
    return state, [e | {"_seq": seq, "_state": "pending"} for seq, e in enumerate(pipeline_events(store, key))]


def _log(db, key: str, action: str, event_id: str | None, detail: Any) -> None:
    db.execute("INSERT INTO review_log (article_key, at, action, event_id, detail) VALUES (?, ?, ?, ?, ?)",
               (key, now(), action, event_id, _dumps(detail)))


def _begin(db, store: Store, key: str) -> dict[str, Any]:
    """Inside a transaction: the article's current review, started from the pipeline's events
    if it has none or only a stale one."""
    article = article_row(store, key)
    row = db.execute("SELECT content_hash FROM reviews WHERE article_key = ?", (key,)).fetchone()
    if row is not None and row[0] == article["content_hash"]:
        return article
    if row is not None:  # the text changed since: keep the old review in the log, start again
        _log(db, key, "superseded", None, {"content_hash": row[0], "events": review_events(store, key)})
        db.execute("DELETE FROM review_events WHERE article_key = ?", (key,))
    stamp = now()
    db.execute("INSERT OR REPLACE INTO reviews (article_key, article_id, content_hash, started, updated) VALUES (?, ?, ?, ?, ?)",
               (key, article["article_id"], article["content_hash"], stamp, stamp))
    db.executemany(
        "INSERT INTO review_events (article_key, seq, event_id, state, original, record) VALUES (?, ?, ?, 'pending', ?, ?)",
        [(key, seq, e["event_id"], _dumps(e), _dumps(e)) for seq, e in enumerate(pipeline_events(store, key))],
    )
    _log(db, key, "begin", None, {"content_hash": article["content_hash"]})
    return article


def _touch(db, key: str) -> None:
    db.execute("UPDATE reviews SET updated = ? WHERE article_key = ?", (now(), key))


def _row(db, key: str, event_id: str) -> tuple[int, str, dict, dict | None]:
    row = db.execute("SELECT seq, state, record, original FROM review_events WHERE article_key = ? AND event_id = ?",
                     (key, event_id)).fetchone()
    if row is None:
        raise ReviewError(f"no event {event_id!r} in this article (reload the page)")
    return row[0], row[1], json.loads(row[2]), json.loads(row[3]) if row[3] else None


def _save(db, key: str, event_id: str, form: dict[str, Any], text: str | None) -> dict[str, Any]:
    seq, state, record, original = _row(db, key, event_id)
    new = apply_fields(record, form)
    if form.get("evidence") is not None:
        new["evidence"] = evidence_from(form["evidence"], text) or new["evidence"]
    if state != "added":
        state = "corrected" if differs(new, original or record) else "accepted"
    db.execute("UPDATE review_events SET state = ?, record = ? WHERE article_key = ? AND seq = ?", (state, _dumps(new), key, seq))
    _log(db, key, state, event_id, {"before": record, "after": new})
    return new


def save_event(store: Store, key: str, event_id: str, form: dict[str, Any]) -> dict[str, Any]:
    """Accept one event, with the form's corrections if any ('corrected' when it differs from
    the pipeline's event, else 'accepted')."""
    with store._transaction() as db:
        _begin(db, store, key)
        new = _save(db, key, event_id, form, store.text(key))
        _touch(db, key)
    return new


def delete_event(store: Store, key: str, event_id: str) -> None:
    """The event is not one: it leaves the article's events (kept in the log)."""
    with store._transaction() as db:
        _begin(db, store, key)
        seq, _, record, _ = _row(db, key, event_id)
        db.execute("DELETE FROM review_events WHERE article_key = ? AND seq = ?", (key, seq))
        _log(db, key, "deleted", event_id, {"before": record})
        _touch(db, key)


def add_event(store: Store, key: str, form: dict[str, Any]) -> dict[str, Any]:
    """A missed event: the form's fields on an empty asserted event of this article. Its
    evidence is the span the reviewer selected (`form["evidence"]`), else the article's lead."""
    text = store.text(key)
    with store._transaction() as db:
        article = _begin(db, store, key)
        meta = article["metadata"]
        seq = db.execute("SELECT coalesce(max(seq) + 1, 0) FROM review_events WHERE article_key = ?", (key,)).fetchone()[0]
        event_id = "rv-" + hashlib.sha256(f"{key}|{article['content_hash']}|{secrets.token_hex(8)}".encode()).hexdigest()[:17]
        blank = {
            "event_id": event_id, "article_id": article["article_id"], "source": key, "url": meta.get("url"),
            "title": meta.get("title"), "outlet": meta.get("outlet"), "published": meta.get("published"),
            "status": "asserted", "restriction": "other", "country": None, "province": None, "province_code": None,
            "city": None, "date_start": None, "date_precision": None, "date_announced": None, "date_end": None,
            "date_text": [], "actors": [], "services": [], "platforms": [], "targets": [], "remedies": [],
            "remedy_text": [], "justification": [], "duration": None,
            "evidence": evidence_from(form.get("evidence") or [], text) or lead_evidence(text, meta),
            "field_spans": [], "confidence": 1.0, "reviewed": True, "pipeline_version": article["pipeline_version"],
        }
        if "field_spans" not in _schema_fields():
            blank.pop("field_spans")
        record = apply_fields(blank, {k: v for k, v in form.items() if k != "evidence"})
        db.execute("INSERT INTO review_events (article_key, seq, event_id, state, original, record) VALUES (?, ?, ?, 'added', NULL, ?)",
                   (key, seq, event_id, _dumps(record)))
        _log(db, key, "added", event_id, {"after": record})
        _touch(db, key)
    return record


def accept_article(store: Store, key: str, forms: dict[str, dict[str, Any]] | None = None) -> None:
    """Accept the article as shown: each event with its form's corrections (`forms` by event
    id), every other pending event as it is. The article is then reviewed."""
    text = store.text(key)
    with store._transaction() as db:
        _begin(db, store, key)
        for event_id, form in (forms or {}).items():
            _save(db, key, event_id, form, text)
        pending = db.execute("SELECT event_id FROM review_events WHERE article_key = ? AND state = 'pending'", (key,)).fetchall()
        for (event_id,) in pending:
            _save(db, key, event_id, {}, text)
        _log(db, key, "accepted_article", None, {})
        _touch(db, key)


def no_event(store: Store, key: str) -> None:
    """The article reports no event: all its events go (kept in the log); it is reviewed."""
    with store._transaction() as db:
        _begin(db, store, key)
        _log(db, key, "no_event", None, {"before": review_events(store, key)})
        db.execute("DELETE FROM review_events WHERE article_key = ?", (key,))
        _touch(db, key)


def discard(store: Store, key: str) -> None:
    """Drop the article's review: the pipeline's events are current again (kept in the log)."""
    with store._transaction() as db:
        _log(db, key, "discarded", None, {"events": review_events(store, key)})
        db.execute("DELETE FROM review_events WHERE article_key = ?", (key,))
        db.execute("DELETE FROM reviews WHERE article_key = ?", (key,))


def evidence_from(spans: list[dict[str, Any]], text: str | None) -> list[dict[str, Any]]:
    """Evidence items for character spans of the stored text (the words are read from the
    store, never taken from the browser); spans outside the text or blank are dropped."""
    out = []
    for span in spans or []:
        try:
            start, end = int(span["start"]), int(span["end"])
        except (KeyError, TypeError, ValueError):
            raise ReviewError("evidence needs start and end offsets") from None
        if text is None or not 0 <= start < end <= len(text):
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append({"text": text[start:end], "start": start, "end": end})
    return out


def lead_evidence(text: str | None, meta: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's first non-blank line, for an added event whose reviewer selected nothing."""
    if text:
        offset = 0
        for line in text.splitlines(keepends=True):
            if line.strip():
                found = evidence_from([{"start": offset, "end": offset + min(len(line), 600)}], text)
                if found:
                    return found
            offset += len(line)
    raise ReviewError("select the words that report the event in the article text first")


def _schema_fields() -> dict[str, Any]:
    from pipeline.schema import event_schema

    return event_schema()["properties"]
