"""The review loop (issue 14): corrections kept in the store apart from the pipeline's events,
used by every export with `reviewed: true`, never overwritten by a rerun, stale when the text
changes, written back as gold; and the review server's guards (token, CSRF, Origin, Host, CSP,
escaping), through Flask's test client."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, make_event, write
from pipeline import PIPELINE_VERSION
from pipeline.article import Article
from pipeline.cli import main
from pipeline.exports import export_all
from pipeline.review import corrections
from pipeline.review.app import create_app
from pipeline.review.fields import ReviewError, apply_fields, kept_spans
from pipeline.review.gold import gold_lines, refresh_exports
from pipeline.review.highlight import pieces
from pipeline.review.queue import Filters, progress, queue
from pipeline.store import Store

TOKEN = "test-token"
LEAD = "Phone service was cut off. "
XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'


def article(name: str, body: str = "Police in Urumqi said so.", **meta) -> Article:
    return Article(text=LEAD + body, source=f"in/{name}.txt", id=name, **meta)


def event(art: Article, n: int, **fields) -> dict:
    return make_event(f"{art.id}#{n}", article_id=art.id, source=art.source, **fields)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A store of three articles: two with events (confidence 0.9 and 0.4), one without."""
    out = tmp_path / "out"
    a, b, c = article("a"), article("b", title=XSS, url="javascript:alert(1)"), article("c", "Nothing here.")
    with Store(out) as store:
        run = store.begin_run({"pipeline_version": PIPELINE_VERSION})
        store.commit_batch(run, [(a, [event(a, 0, confidence=0.9)]),
                                 (b, [event(b, 0, confidence=0.4, country="IN", province="Manipur", province_code="IN-MN"),
                                      event(b, 1, status="negated", confidence=0.7)]),
                                 (c, [])], [], [])
        export_all(store, out, {"counts": {}})
    return out


@pytest.fixture
def client(out: Path):
    app = create_app(out, TOKEN)
    client = app.test_client()
    assert client.get(f"/?token={TOKEN}").status_code == 303  # sets the cookie
    client.csrf = app.config["CSRF_TOKEN"]
    return client


def post(client, path: str, body: dict, **headers):
    sent = {"X-CSRF-Token": client.csrf, "Origin": "http://localhost"} | headers
    return client.post(path, json=body, headers={k: v for k, v in sent.items() if v is not None})


def events_of(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "events.jsonl").read_text("utf-8").splitlines()]


# --- the store side ----------------------------------------------------------------------


def test_an_existing_store_gains_the_review_tables(tmp_path):
    db = sqlite3.connect(tmp_path / "cutoff.sqlite")  # a store made before reviews existed
    db.executescript("CREATE TABLE articles (key TEXT PRIMARY KEY, article_id TEXT NOT NULL, content_hash TEXT NOT NULL,"
                     " pipeline_version TEXT NOT NULL, status TEXT NOT NULL, error TEXT, metadata TEXT NOT NULL,"
                     " run_id INTEGER, updated TEXT NOT NULL);"
                     "CREATE TABLE events (article_key TEXT NOT NULL, seq INTEGER NOT NULL, event_id TEXT NOT NULL,"
                     " record TEXT NOT NULL, PRIMARY KEY (article_key, seq));"
                     "INSERT INTO articles VALUES ('a.txt', 'a', 'h', 'v', 'done', NULL, '{}', 1, 'now');"
                     "INSERT INTO events VALUES ('a.txt', 0, 'e0', '{\"event_id\": \"e0\"}');")
    db.close()
    with Store(tmp_path) as store:
        tables = {name for (name,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"texts", "reviews", "review_events", "review_log"} <= tables
        assert list(store.iter_events()) == [{"event_id": "e0"}]
        assert store.text("a.txt") is None


def test_a_correction_replaces_the_pipeline_event_in_every_export(out):
    with Store(out) as store:
        assert store.text("in/a.txt") == LEAD + "Police in Urumqi said so."
        saved = corrections.save_event(store, "in/a.txt", "a#0", {"province_code": "CN-HE", "services": ["mobile_service", "sms"]})
        assert (saved["province"], saved["country"], saved["reviewed"], saved["confidence"]) == ("Hebei", "CN", True, 1.0)
        assert corrections.review_state(store, "in/a.txt")[0] == corrections.REVIEWED  # its only event is checked
        current = {e["event_id"]: e for e in store.iter_events()}
        assert current["a#0"]["province_code"] == "CN-HE" and current["a#0"]["services"] == ["mobile_service", "sms"]
        assert current["b#0"]["reviewed"] is False
        assert corrections.pipeline_events(store, "in/a.txt")[0]["province_code"] == "CN-XJ"  # the pipeline's is kept apart
        refresh_exports(out)
    written = {e["event_id"]: e for e in events_of(out)}
    assert written["a#0"]["reviewed"] is True and written["a#0"]["province"] == "Hebei"
    assert main(["validate", str(out)]) == 0
    canonical = [json.loads(line) for line in (out / "canonical_events.jsonl").read_text("utf-8").splitlines()]
    assert "CN-HE" in {c["province_code"] for c in canonical}  # merging and the timeline read the reviewed event
    assert "Hebei" in (out / "timeline.csv").read_text("utf-8")
    counts = json.loads((out / "run.json").read_text("utf-8"))["counts"]
    assert (counts["articles_reviewed"], counts["events_reviewed"]) == (1, 1)


def test_each_action_and_the_article_states(out):
    key = "in/b.txt"
    with Store(out) as store:
        assert corrections.review_state(store, key)[0] == corrections.UNREVIEWED
        corrections.save_event(store, key, "b#1", {"status": "asserted"})  # a negated event switched
        assert corrections.review_state(store, key)[0] == corrections.IN_REVIEW  # b#0 is still pending
        states = {e["event_id"]: e["_state"] for e in corrections.review_events(store, key)}
        assert states == {"b#0": "pending", "b#1": "corrected"}
        corrections.delete_event(store, key, "b#0")
        added = corrections.add_event(store, key, {"restriction": "network_shutdown", "country": "IN",
                                                   "services": ["internet"], "evidence": [{"start": 27, "end": 52}]})
        assert added["evidence"] == [{"text": "Police in Urumqi said so.", "start": 27, "end": 52}]
        assert added["status"] == "asserted" and added["reviewed"] is True and added["title"] == XSS
        assert corrections.review_state(store, key)[0] == corrections.REVIEWED
        assert [e["event_id"] for e in store.iter_events() if e["source"] == key] == ["b#1", added["event_id"]]
        corrections.no_event(store, "in/a.txt")
        assert [e for e in store.iter_events() if e["source"] == "in/a.txt"] == []
        assert corrections.review_state(store, "in/a.txt")[0] == corrections.REVIEWED
        corrections.discard(store, "in/a.txt")  # the pipeline's events come back
        assert [e["event_id"] for e in store.iter_events() if e["source"] == "in/a.txt"] == ["a#0"]
        actions = [a for (a,) in store.db.execute("SELECT action FROM review_log WHERE article_key = ?", ("in/a.txt",))]
        assert actions == ["begin", "no_event", "discarded"]


def test_a_correction_the_schema_refuses_changes_nothing(out):
    with Store(out) as store:
        for form, message in (({"province_code": "CN-ZZ"}, "unknown ISO 3166-2 code"), ({"services": ["fax"]}, "unknown services"),
                              ({"date_start": "May 2022"}, "YYYY"), ({"actors": [{"name": "X", "kind": "alien"}]}, "actor kind")):
            with pytest.raises(ReviewError, match=message):
                corrections.save_event(store, "in/a.txt", "a#0", form)
        assert corrections.review_state(store, "in/a.txt")[0] == corrections.UNREVIEWED  # rolled back, review and all
        assert store.db.execute("SELECT count(*) FROM review_events").fetchone()[0] == 0


def test_place_fields_stay_consistent():
    before = make_event("x#0")  # Xinjiang, CN-XJ
    assert apply_fields(before, {"province_code": "in-jk"})["country"] == "IN"
    moved = apply_fields(before, {"country": "IN", "province_code": "CN-XJ"})  # the country changed, not the code
    assert (moved["country"], moved["province_code"], moved["province"]) == ("IN", None, None)
    assert apply_fields(before, {"date_start": "2022-05"})["date_precision"] == "month"
    spans = [{"field": "place", "value": "Xinjiang", "start": 0, "end": 5}, {"field": "service", "value": "mobile_service", "start": 6, "end": 9},
             {"field": "trigger", "value": "cut", "start": 10, "end": 13}]
    kept = kept_spans(before | {"field_spans": spans}, apply_fields(before, {"province_code": "CN-HE"}))
    assert [s["field"] for s in kept] == ["service", "trigger"]  # the old place no longer supports the event


def test_queue_is_least_confident_first_with_filters_and_progress(out):
    with Store(out) as store:
        assert [i.key for i in queue(store, Filters())] == ["in/b.txt", "in/a.txt", "in/c.txt"]  # no events last
        assert [i.key for i in queue(store, Filters(country="IN"))] == ["in/b.txt"]
        assert [i.key for i in queue(store, Filters(status="negated"))] == ["in/b.txt"]
        assert queue(store, Filters(restriction="throttling")) == []
        assert progress(store) == (0, 3)
        corrections.accept_article(store, "in/a.txt")
        assert [i.key for i in queue(store, Filters())] == ["in/b.txt", "in/c.txt"]
        assert [i.key for i in queue(store, Filters(review="reviewed"))] == ["in/a.txt"]
        assert progress(store) == (1, 3)


def test_text_pieces_carry_field_spans_else_evidence():
    text = "Mobile data was cut in Manipur on May 3."
    spans = [{"field": "trigger", "value": "cut", "start": 15, "end": 18}, {"field": "place", "value": "Manipur", "start": 23, "end": 30}]
    cut = pieces(text, [{"field_spans": spans, "evidence": []}, {"evidence": [{"text": text, "start": 0, "end": len(text)}]}])
    assert "".join(p.text for p in cut) == text
    manipur = next(p for p in cut if p.text == "Manipur")
    assert (manipur.start, manipur.fields, manipur.events) == (23, ["evidence", "place"], [0, 1])
    long = pieces("x" * 300_000, [{"evidence": [{"text": "x", "start": 200_000, "end": 200_010}]}])
    assert sum(p.gap for p in long) == 2 and sum(len(p.text) for p in long if not p.gap) < 10_000


# --- reruns, stale reviews and gold, through the real pipeline -------------------------------


@pytest.fixture(scope="module")
def reviewed_run(tmp_path_factory):
    """sample-01 and sample-02 run through the pipeline; sample-01's first event corrected
    (province and a service), a missed event added; sample-02 reviewed as reporting no event."""
    tmp = tmp_path_factory.mktemp("review")
    inbox, out = tmp / "inbox", tmp / "out"
    inbox.mkdir()
    for name in ("sample-01.txt", "sample-02.txt"):
        shutil.copy(ROOT / "data" / "samples" / name, inbox / name)
    assert main(["run", str(inbox), "--out", str(out), "--quiet"]) == 0
    with Store(out) as store:
        first = corrections.pipeline_events(store, "inbox/sample-01.txt")[0]
        corrections.save_event(store, "inbox/sample-01.txt", first["event_id"], {"province_code": "CN-QH", "services": ["sms"]})
        added = corrections.add_event(store, "inbox/sample-01.txt", {"restriction": "network_shutdown", "country": "CN",
                                      "province_code": "CN-XJ", "date_start": "2009-07", "services": ["internet"],
                                      "actors": [{"name": "the government", "kind": "government"}]})
        corrections.accept_article(store, "inbox/sample-01.txt")
        corrections.no_event(store, "inbox/sample-02.txt")
    return inbox, out, first["event_id"], added["event_id"]


def test_a_review_survives_reruns_and_reprocess(reviewed_run):
    inbox, out, corrected, added = reviewed_run
    for extra in ([], ["--reprocess"]):
        assert main(["run", str(inbox), "--out", str(out), "--quiet", *extra]) == 0
        events = {e["event_id"]: e for e in events_of(out) if e["source"] == "inbox/sample-01.txt"}
        assert events[corrected]["province_code"] == "CN-QH" and events[corrected]["services"] == ["sms"]
        assert events[added]["restriction"] == "network_shutdown"
        assert all(e["reviewed"] for e in events.values())
        assert not [e for e in events_of(out) if e["source"] == "inbox/sample-02.txt"]
    counts = json.loads((out / "run.json").read_text("utf-8"))["counts"]
    assert counts["articles_reviewed"] == 2


def test_export_gold_then_evaluate_scores_one(reviewed_run, tmp_path, capsys):
    _, out, _, _ = reviewed_run
    gold = tmp_path / "gold.jsonl"
    assert main(["review", str(out), "--export-gold", str(gold)]) == 0
    assert "2 reviewed articles" in capsys.readouterr().out
    lines = {line["article_id"]: line for line in map(json.loads, gold.read_text("utf-8").splitlines())}
    assert lines["sample-02"]["events"] == []  # reviewed as reporting no event
    assert {e["province_code"] for e in lines["sample-01"]["events"]} >= {"CN-QH", "CN-XJ"}
    assert main(["evaluate", "--gold", str(gold), str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["slots"]["f1"] == 1.0 and report["events"]["f1"] == 1.0
    assert main(["evaluate", "--gold", str(gold), str(out), "--json", "--pipeline"]) == 0  # the pipeline itself
    pipeline_report = json.loads(capsys.readouterr().out)
    assert pipeline_report["slots"]["f1"] < 1.0 and pipeline_report["events"]["fp"] > 0  # sample-02's events, the missed one
    assert main(["evaluate", "--gold", str(gold), str(gold), "--pipeline"]) == 2


def test_a_changed_text_makes_the_review_stale(reviewed_run, tmp_path, capsys):
    inbox, out, corrected, _ = reviewed_run
    copy_in, copy_out = tmp_path / "inbox", tmp_path / "out"
    shutil.copytree(inbox, copy_in)
    shutil.copytree(out, copy_out)
    page = copy_in / "sample-01.txt"
    page.write_text(page.read_text("utf-8") + "\n\nThe measure was lifted a week later.\n", "utf-8")
    assert main(["run", str(copy_in), "--out", str(copy_out), "--quiet"]) == 0
    with Store(copy_out) as store:
        assert corrections.review_state(store, "inbox/sample-01.txt")[0] == corrections.STALE
        assert [i.key for i in queue(store, Filters(review="stale"))] == ["inbox/sample-01.txt"]
        assert store.review_counts()["articles_review_stale"] == 1
    events = [e for e in events_of(copy_out) if e["source"] == "inbox/sample-01.txt"]
    assert events and not any(e["reviewed"] for e in events)  # the pipeline's events for the new text
    capsys.readouterr()
    assert main(["status", str(copy_out)]) == 0
    shown = capsys.readouterr().out
    assert re.search(r"reviewed articles\s*│\s*1", shown) and re.search(r"reviews stale \(text changed\)\s*│\s*1", shown)
    with Store(copy_out) as store:  # reviewing again starts from the new events, the old review is in the log
        corrections.accept_article(store, "inbox/sample-01.txt")
        assert corrections.review_state(store, "inbox/sample-01.txt")[0] == corrections.REVIEWED
        assert store.db.execute("SELECT count(*) FROM review_log WHERE action = 'superseded'").fetchone()[0] == 1


# --- the server's guards ------------------------------------------------------------------


def test_every_request_needs_the_token(out):
    app = create_app(out, TOKEN)
    anonymous = app.test_client()
    for path in ("/", "/article?key=in/a.txt", "/static/review.js", "/vocab.json", "/?token=wrong"):
        response = anonymous.get(path)
        assert response.status_code == 403, path
        assert "Content-Security-Policy" in response.headers
    assert anonymous.post("/api/no-event", json={"key": "in/a.txt"}).status_code == 403
    first = anonymous.get(f"/article?key=in/a.txt&token={TOKEN}")
    assert first.status_code == 303 and first.headers["Location"] == "/article?key=in%2Fa.txt"  # token out of the URL
    assert "HttpOnly" in first.headers["Set-Cookie"] and "SameSite=Strict" in first.headers["Set-Cookie"]
    assert anonymous.get("/article?key=in/a.txt").status_code == 200  # the cookie now
    with Store(out) as store:
        assert corrections.review_state(store, "in/a.txt")[0] == corrections.UNREVIEWED


def test_cross_site_requests_are_refused(client, out):
    body = {"key": "in/a.txt"}
    assert post(client, "/api/no-event", body, **{"X-CSRF-Token": None}).status_code == 403
    assert post(client, "/api/no-event", body, **{"X-CSRF-Token": "guess"}).status_code == 403
    assert post(client, "/api/no-event", body, Origin="https://evil.example").status_code == 403
    assert post(client, "/api/no-event", body, Origin=None).status_code == 403  # neither Origin nor Referer
    assert post(client, "/api/no-event", body, Origin=None, Referer="https://evil.example/x").status_code == 403
    form = client.post("/api/no-event", data=body, headers={"X-CSRF-Token": client.csrf, "Origin": "http://localhost"})
    assert form.status_code == 415  # only JSON, which a cross-site form cannot send
    assert client.get("/api/no-event").status_code == 405
    with Store(out) as store:
        assert corrections.review_state(store, "in/a.txt")[0] == corrections.UNREVIEWED
    ok = post(client, "/api/no-event", body, Origin=None, Referer="http://localhost/article?key=in/a.txt")
    assert ok.status_code == 200 and ok.json["state"] == "reviewed" and ok.json["reviewed"] == 1


def test_actions_through_the_app(client, out):
    saved = post(client, "/api/save", {"key": "in/b.txt", "event_id": "b#0", "fields": {"province_code": "IN-JK", "services": "internet"}})
    assert saved.status_code == 200 and saved.json["state"] == "in_review"
    refused = post(client, "/api/save", {"key": "in/b.txt", "event_id": "b#0", "fields": {"province_code": "XX-1"}})
    assert refused.status_code == 400 and "unknown ISO 3166-2 code" in refused.json["error"]
    assert post(client, "/api/save", {"key": "nope", "event_id": "b#0", "fields": {}}).status_code == 400
    assert post(client, "/api/accept", {"key": "in/b.txt", "events": {}}).json["state"] == "reviewed"
    page = client.get("/article?key=in/b.txt").get_data(as_text=True)
    assert 'value="IN-JK"' in page and "Jammu and Kashmir" in page and "corrected" in page
    assert "1 of 3 articles reviewed" in page


def test_pages_escape_article_text_and_forbid_inline_script(tmp_path):
    out = tmp_path / "out"
    hostile = Article(text=LEAD + XSS + " Mobile lines in Hebei.\r\nNext line.", source="in/x.txt", id="x", title=XSS, outlet=XSS,
                      url="javascript:alert(1)")
    with Store(out) as store:
        store.commit_batch(store.begin_run({}), [(hostile, [event(hostile, 0)])], [], [])
    app = create_app(out, TOKEN)
    client = app.test_client()
    client.get(f"/?token={TOKEN}")
    for path in ("/", "/article?key=in/x.txt"):
        response = client.get(path)
        html = response.get_data(as_text=True)
        assert "<script>window" not in html and "<img src=x" not in html
        assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html
        assert all('src="/static/' in tag for tag in re.findall(r"<script[^>]*>", html))  # no inline script at all
        assert "javascript:" not in html
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "&#13;" in html  # a CR kept, so offsets in the page are the stored text's


def test_server_listens_on_loopback_with_a_token_and_checks_host(out):
    from pipeline.review.server import start

    server, url = start(out, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert server.server_address[0] == "127.0.0.1"
        base, token = url.split("?token=")
        assert len(token) >= 32 and url.startswith("http://127.0.0.1:")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base, timeout=10)
        assert refused.value.code == 403
        request = urllib.request.Request(url, headers={"Host": "evil.example"})
        with pytest.raises(urllib.error.HTTPError) as rebinding:
            urllib.request.urlopen(request, timeout=10)
        assert rebinding.value.code == 403
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with opener.open(url, timeout=10) as response:
            assert response.status == 200 and "articles reviewed" in response.read().decode()
    finally:
        server.shutdown()
        server.server_close()


def test_review_command_mistakes(tmp_path, out, capsys):
    assert main(["review", str(tmp_path / "none")]) == 2
    assert "no Cutoff store" in capsys.readouterr().err
    assert main(["review", str(out), "--export-gold", str(tmp_path)]) == 2
    assert main(["review", str(out), "--export-gold", str(tmp_path / "g.jsonl")]) == 0
    assert (tmp_path / "g.jsonl").read_text() == ""  # nothing reviewed yet
    with Store(out) as store:
        assert list(gold_lines(store)) == []


def test_a_reviewed_event_gains_fields_the_schema_adds_later(out):
    from pipeline.schema import event_errors

    with Store(out) as store:
        corrections.accept_article(store, "in/a.txt")
        store.db.execute("UPDATE review_events SET record = json_remove(record, '$.reviewed', '$.targets')")
        (event,) = [e for e in store.iter_events() if e["source"] == "in/a.txt"]
    assert (event["reviewed"], event["targets"]) == (False, [])  # frozen before those fields existed: their empty values
    assert event_errors(event) == []


def test_exports_follow_the_review_as_it_goes(out):
    import time

    from pipeline.review.server import Exporter

    exporter = Exporter(out, delay=0.1)
    app = create_app(out, TOKEN, on_change=exporter.schedule, export_now=exporter.now)
    client = app.test_client()
    client.get(f"/?token={TOKEN}")
    client.csrf = app.config["CSRF_TOKEN"]
    assert post(client, "/api/save", {"key": "in/a.txt", "event_id": "a#0", "fields": {"city": "Kashgar"}}).status_code == 200
    deadline = time.time() + 20
    while time.time() < deadline and not any(e["reviewed"] for e in events_of(out)):
        time.sleep(0.1)
    assert [e["city"] for e in events_of(out) if e["reviewed"]] == ["Kashgar"]  # rebuilt a moment after the change
    written = post(client, "/api/export", {"key": ""})
    assert written.status_code == 200 and written.json == {"ok": True, "events": 3, "reviewed": 1}


def test_platform_names_may_be_lowercase_words_of_any_script():
    from pipeline.review.fields import PLATFORM_NAME
    import re
    assert re.search(PLATFORM_NAME, "algérie part") and re.search(PLATFORM_NAME, "tout sur l'algérie")
    assert not re.search(PLATFORM_NAME, "Algérie Part") and not re.search(PLATFORM_NAME, " twitter")
