"""The SQL of `OUT/cutoff.sqlite` (see pipeline/store.py): its tables, the per-connection views
and staging tables, and the timeline order events are read in.

Split out of pipeline/store.py to keep modules under ~400 lines; only store.py runs these.
"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'error')),
    error TEXT,
    metadata TEXT NOT NULL,
    run_id INTEGER,
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    article_key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (article_key, seq)
);
CREATE INDEX IF NOT EXISTS events_by_id ON events (event_id);
CREATE TABLE IF NOT EXISTS errors (
    source TEXT NOT NULL,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    extra TEXT NOT NULL,
    run_id INTEGER,
    PRIMARY KEY (source, line)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    ended TEXT,
    info TEXT NOT NULL,
    versions TEXT NOT NULL,
    counts TEXT,
    status TEXT NOT NULL
);
-- The text each article was analysed from, for `cutoff review` (stores of older versions have
-- none until their articles are read again).
CREATE TABLE IF NOT EXISTS texts (
    article_key TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL
);
-- One researcher's review per article: its events (review_events) are the article's while
-- content_hash is still the article's; a pipeline run never writes these tables.
CREATE TABLE IF NOT EXISTS reviews (
    article_key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    started TEXT NOT NULL,
    updated TEXT NOT NULL
);
-- state: pending (the pipeline's event, not yet checked), accepted, corrected, added.
CREATE TABLE IF NOT EXISTS review_events (
    article_key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'corrected', 'added')),
    original TEXT,
    record TEXT NOT NULL,
    PRIMARY KEY (article_key, seq)
);
CREATE INDEX IF NOT EXISTS review_events_by_id ON review_events (event_id);
-- Every review action with what it replaced, so no correction is ever lost without trace.
CREATE TABLE IF NOT EXISTS review_log (
    article_key TEXT NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    event_id TEXT,
    detail TEXT NOT NULL
);
"""
# The events every export reads: an article's reviewed events while its review is current
# (same content hash as the article), else the pipeline's. TEMP: defined per connection, so
# changing it needs no migration.
CURRENT_EVENTS = """
CREATE TEMP VIEW IF NOT EXISTS current_reviews AS
SELECT r.article_key, r.content_hash FROM main.reviews r
JOIN main.articles a ON a.key = r.article_key AND a.content_hash = r.content_hash;
CREATE TEMP VIEW IF NOT EXISTS current_events AS
SELECT e.article_key, e.seq, e.event_id, e.record, 0 AS from_review FROM main.events e
WHERE e.article_key NOT IN (SELECT article_key FROM temp.current_reviews)
UNION ALL
SELECT v.article_key, v.seq, v.event_id, v.record, 1 FROM main.review_events v
WHERE v.article_key IN (SELECT article_key FROM temp.current_reviews);
"""
# Canonical events while the exports are rebuilt: staged one place at a time, read back in
# timeline order, so no export holds the whole table in memory. TEMP: private to this connection.
STAGING_SCHEMA = """
CREATE TEMP TABLE IF NOT EXISTS canonical (sort_key TEXT NOT NULL, record TEXT NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS canonical_ids (event_id TEXT PRIMARY KEY, canonical_id TEXT NOT NULL);
DELETE FROM temp.canonical;
DELETE FROM temp.canonical_ids;
"""
SORT_BY_DATE = (
    "ORDER BY json_extract(record, '$.date_start') IS NULL, json_extract(record, '$.date_start'), article_key, seq"
)
