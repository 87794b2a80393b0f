"""The review application: the queue, one page per article, and the JSON actions that save.

Pages are rendered by Jinja2 with autoescape (article text and metadata are always escaped);
the page's script (static/review.js) reads forms and posts JSON, then reloads: it never writes
HTML. Every action opens the store, changes it in one transaction and answers with the
reviewer's progress.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from flask import Flask, abort, g, jsonify, render_template, request, url_for
from markupsafe import Markup, escape

from pipeline.review import corrections, security
from pipeline.review.fields import ReviewError, countries, regions, vocabularies
from pipeline.review.highlight import pieces
from pipeline.review.queue import Filters, all_items, choices, next_key, progress, queue
from pipeline.store import Store

PAGE_SIZE = 200
STATE_LABELS = {
    corrections.UNREVIEWED: "not reviewed", corrections.IN_REVIEW: "review in progress",
    corrections.REVIEWED: "reviewed", corrections.STALE: "stale: the text changed after the review",
}
EVENT_STATES = {"pending": "pipeline, not checked", "accepted": "accepted", "corrected": "corrected", "added": "added by reviewer"}


def create_app(out_dir: str | Path, token: str, *, on_change: Callable[[], None] | None = None,
               export_now: Callable[[], dict] | None = None) -> Flask:
    """The application for the store in `out_dir`, guarded by `token`; `on_change` is called
    after every saved action (the server rebuilds the exports a moment later), `export_now`
    rebuilds them at once (default: `refresh_exports`)."""
    from pipeline.review.gold import refresh_exports

    app = Flask(__name__)
    app.config.update(OUT=Path(out_dir), ON_CHANGE=on_change, EXPORT_NOW=export_now or (lambda: refresh_exports(out_dir)))
    security.install(app, token)
    app.jinja_env.filters["verbatim"] = verbatim

    def store() -> Store:
        if "store" not in g:
            g.store = Store(app.config["OUT"])
        return g.store

    @app.teardown_appcontext
    def close(_exc: BaseException | None) -> None:
        if "store" in g:
            g.pop("store").close()

    def items():
        """The queue's articles, read once per page."""
        if "items" not in g:
            g.items = all_items(store())
        return g.items

    def common(filters: Filters) -> dict[str, Any]:
        reviewed, total = progress(store(), items())
        return {"filters": filters, "reviewed": reviewed, "total": total, "out": str(app.config["OUT"]),
                "csrf": app.config["CSRF_TOKEN"], "state_labels": STATE_LABELS}

    @app.get("/")
    def index():
        filters = Filters.from_args(request.args)
        listed = queue(store(), filters, items())
        page = max(1, request.args.get("page", 1, type=int))
        shown = listed[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        return render_template("queue.html", items=shown, n_items=len(listed), page=page, first=(page - 1) * PAGE_SIZE,
                               more=len(listed) > page * PAGE_SIZE, choices=choices(store()), **common(filters))

    @app.get("/article")
    def article():
        key = request.args.get("key", "")
        filters = Filters.from_args(request.args)
        try:
            row = corrections.article_row(store(), key)
        except ReviewError:
            abort(404)
        state, updated = corrections.review_state(store(), key)
        _, events = corrections.shown_events(store(), key)
        text = store().text(key)
        listed = queue(store(), filters, items())
        keys = [item.key for item in listed]
        following = next_key(listed, key)
        return render_template(
            "article.html", key=key, row=row, meta=row["metadata"], state=state, updated=updated, events=events,
            text=text, pieces=pieces(text, events) if text is not None else [], vocab=vocabularies(),
            event_states=EVENT_STATES, link=safe_link(row["metadata"].get("url")),
            stale_events=corrections.review_events(store(), key) if state == corrections.STALE else [],
            position=keys.index(key) + 1 if key in keys else None, n_items=len(listed),
            next_url=url_for("article", key=following, **filters.as_args()) if following else None,
            **common(filters),
        )

    @app.get("/vocab.json")
    def vocab():
        response = jsonify(regions={code: [r["name"], r["country"]] for code, r in regions().items()}, countries=countries())
        response.headers["Cache-Control"] = "private, max-age=3600"
        return response

    def act(action: Callable[[dict[str, Any]], Any]):
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance(body.get("key"), str):
            return jsonify(error="expected a JSON object with the article's key"), 400
        try:
            action(body)
        except ReviewError as exc:
            return jsonify(error=str(exc)), 400
        if app.config["ON_CHANGE"]:
            app.config["ON_CHANGE"]()
        state, _ = corrections.review_state(store(), body["key"])
        reviewed, total = progress(store())
        return jsonify(ok=True, state=state, reviewed=reviewed, total=total)

    def event_id(body: dict[str, Any]) -> str:
        if not isinstance(body.get("event_id"), str):
            raise ReviewError("expected the event's id")
        return body["event_id"]

    def fields(body: dict[str, Any], name: str = "fields") -> dict[str, Any]:
        value = body.get(name) or {}
        if not isinstance(value, dict):
            raise ReviewError(f"{name} must be an object")
        return value

    @app.post("/api/save")
    def save():
        return act(lambda b: corrections.save_event(store(), b["key"], event_id(b), fields(b)))

    @app.post("/api/delete")
    def delete():
        return act(lambda b: corrections.delete_event(store(), b["key"], event_id(b)))

    @app.post("/api/add")
    def add():
        def run(b: dict[str, Any]) -> None:
            evidence = b.get("evidence") or []
            if not isinstance(evidence, list):
                raise ReviewError("evidence must be a list of spans")
            corrections.add_event(store(), b["key"], fields(b) | {"evidence": evidence})
        return act(run)

    @app.post("/api/accept")
    def accept():
        def run(b: dict[str, Any]) -> None:
            forms = fields(b, "events")
            if not all(isinstance(v, dict) for v in forms.values()):
                raise ReviewError("events must map event ids to fields")
            corrections.accept_article(store(), b["key"], forms)
        return act(run)

    @app.post("/api/no-event")
    def no_event():
        return act(lambda b: corrections.no_event(store(), b["key"]))

    @app.post("/api/discard")
    def discard():
        return act(lambda b: corrections.discard(store(), b["key"]))

    @app.post("/api/export")
    def export():
        run = app.config["EXPORT_NOW"]()
        return jsonify(ok=True, events=run["counts"]["events"], reviewed=run["counts"]["articles_reviewed"])

    return app


def verbatim(text: str) -> Markup:
    """Escaped text whose carriage returns survive HTML parsing (which would fold CR LF into
    LF), so offsets counted in the page are offsets of the stored text."""
    return Markup(str(escape(text)).replace("\r", "&#13;"))


def safe_link(url: str | None) -> str | None:
    """The article's URL if it is a web address (never javascript: or data:)."""
    if not url:
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None
