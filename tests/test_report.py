"""report.html: self-contained, shows a chart and the table in a real browser, and runs nothing from articles."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import UsageError
from pipeline.commands import report as report_command
from pipeline.merge import canonicalize
from pipeline.report import render_report, script_json
from pipeline.report_map import map_figure
from pipeline.report_table import _view, duration_text, highlight, safe_link

from conftest import ROOT, make_event

SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"


def event(event_id: str, **fields) -> dict:
    defaults = {"restriction": "international_barring", "province": None, "province_code": None,
                "services": ["international_calls"], "evidence": [{"text": "Calls abroad were blocked.", "start": 0, "end": 26}]}
    return make_event(event_id, **(defaults | fields))


XJ_TEXT = "Residents of Xinjiang had their phone service cut off by local police."


def sample_events() -> list[dict]:
    """Two reports of the Xinjiang cut-off (one reviewed, with field spans), five provinces barring
    international calls, one undated, one in Hong Kong, one hostile."""
    xinjiang = {"restriction": "subscriber_cutoff", "province": "Xinjiang", "province_code": "CN-XJ",
                "services": ["mobile_service"], "remedies": ["police_station_visit"]}
    provinces = [("Zhejiang", "CN-ZJ", "2021-08"), ("Henan", "CN-HA", "2022-05-07"), ("Jiangxi", "CN-JX", "2022-03-21"),
                 ("Liaoning", "CN-LN", "2022-01-25"), ("Guizhou", "CN-GZ", "2021-11")]
    return [
        event("xj-times#0", outlet="Example Times", url="https://example-times.com/xj", published="2015-11-23",
              date_start="2015-11", date_precision="month", actors=[{"name": "local police", "kind": "police"}],
              evidence=[{"text": XJ_TEXT, "start": 100, "end": 100 + len(XJ_TEXT)}], reviewed=True,
              field_spans=[{"field": "place", "value": "CN-XJ", "start": 113, "end": 121},
                           {"field": "service", "value": "mobile_service", "start": 132, "end": 145},
                           {"field": "trigger", "value": "cut off", "start": 146, "end": 153},
                           {"field": "actor", "value": "local police", "start": 157, "end": 169},
                           {"field": "date", "value": "2015-11", "start": 20, "end": 28}],  # outside the quote
              **xinjiang),
        event("xj-vpnwatch#0", outlet="VPN Watch", url="https://vpnwatch.example.org/xj", published="2015-11-25",
              date_start="2015-11-20", date_precision="day",
              evidence=[{"text": "Lines were suspended on November 20.", "start": 0, "end": 36}], **xinjiang),
        *[event(f"intl#{i}", province=name, province_code=code, date_start=date, outlet="Asia Wire",
                date_precision="day" if len(date) == 10 else "month", url="https://asiawire.example.net/calls",
                justification=["fraud"], date_end="2022-05-20" if name == "Henan" else None,
                actors=[{"name": "Bangladesh Telecommunication Regulatory Commission", "kind": "regulator"}],
                evidence=[{"text": f"{name} barred calls to other countries.", "start": 0, "end": 40}])
          for i, (name, code, date) in enumerate(provinces)],
        event("hk#0", restriction="service_block", country="HK", province=None, province_code=None,
              date_start="2020-07-01", services=["platform"], platforms=["telegram"], duration="P3D",
              outlet="Harbour Post", url="https://harbour.example/hk", confidence=0.55,
              evidence=[{"text": "Telegram was blocked in Hong Kong for three days.", "start": 0, "end": 48}]),
        event("iran#0", restriction="network_shutdown", country="IR", services=["mobile_internet"],
              outlet="Gulf Desk", url="http://gulfdesk.example.com/iran",
              evidence=[{"text": "Mobile internet was switched off across the country.", "start": 0, "end": 52}]),
        event("hostile#0", restriction="service_block", country="MM", province=f"Yangon{IMG}",
              province_code="MM-06", city=SCRIPT, date_start="2021-02-04", date_precision="day",
              title=SCRIPT, outlet=IMG, url="javascript:document.title='pwned'", services=["platform"],
              platforms=["facebook"], actors=[{"name": IMG, "kind": "government"}],
              evidence=[{"text": f"Facebook was blocked {SCRIPT} {IMG}", "start": 0, "end": 99}],
              field_spans=[{"field": "platform", "value": IMG, "start": 0, "end": 8},
                           {"field": "<b>x</b>", "value": SCRIPT, "start": 21, "end": 60}]),
    ]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "out"
    out.mkdir()
    (out / "events.jsonl").write_text("".join(json.dumps(e) + "\n" for e in sample_events()), "utf-8")
    assert run_report([str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def page(out_dir: Path) -> str:
    return (out_dir / "report.html").read_text("utf-8")


def run_report(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    report_command.add_parser(parser.add_subparsers())
    args = parser.parse_args(["report", *argv])
    return args.func(args)


def test_page_is_self_contained(page: str):
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", page, re.I)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert len(page) > 1_000_000  # plotly.js inlined


def test_one_row_per_canonical_event_with_evidence_and_links(page: str):
    canonical, _ = canonicalize(sample_events())
    assert page.count("<tr id=") == len(canonical) == 9
    assert "Lines were suspended on November 20." in page
    assert '<a href="https://example-times.com/xj" rel="noopener noreferrer" target="_blank">Example Times</a>' in page
    assert "2 articles, 2 outlets" in page


def test_hostile_strings_appear_only_escaped(page: str):
    assert SCRIPT not in page and IMG not in page and "onerror=\"" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert 'href="javascript:' not in page
    figures = page.split('id="figures">', 1)[1].split("</script>", 1)[0]
    assert "<" not in figures and ">" not in figures


def test_script_json_cannot_close_its_script():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


@pytest.mark.parametrize(("url", "linked"), [
    ("https://example.org/a?b=1&c=2", True), ("HTTP://example.org", True), ("javascript:alert(1)", False),
    (" javascript:alert(1)", False), ("java\tscript:alert(1)", False), ("data:text/html,<b>x</b>", False),
    ("/relative/path", False), ("https:///nohost", False), (None, False),
])
def test_only_http_links(url, linked):
    assert ("<a href=" in safe_link(url, "label")) is linked


def test_report_prefers_the_runs_canonical_events(out_dir: Path, tmp_path: Path):
    shutil.copy(out_dir / "events.jsonl", tmp_path / "events.jsonl")
    canonical, _ = canonicalize(sample_events())
    canonical[0]["canonical_id"] = "ce-from-run"
    (tmp_path / "canonical_events.jsonl").write_text("".join(json.dumps(c) + "\n" for c in canonical), "utf-8")
    assert run_report([str(tmp_path)]) == 0
    assert '<tr id="ce-from-run"' in (tmp_path / "report.html").read_text("utf-8")


def test_report_without_events_is_a_usage_error(tmp_path: Path):
    with pytest.raises(UsageError, match="no events.jsonl"):
        run_report([str(tmp_path)])


# --- in a real browser ----------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")


def chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    """Headless Chromium on a file:// URL, with no network or background services."""
    if CHROMIUM is None:
        pytest.skip("chromium not installed: apt-get install chromium")
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'chromium-profile'}", "--virtual-time-budget=5000", *args, url]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


@pytest.fixture(scope="module")
def dom(out_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    return chromium(tmp_path_factory.mktemp("dom"), (out_dir / "report.html").as_uri(), "--dump-dom").stdout


class Elements(HTMLParser):
    """Every start tag with its attributes, and the title text, of a dumped DOM."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.title, self._in_title = "", False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title" and not self.title

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def test_screenshot_shows_something(out_dir: Path, tmp_path: Path):
    shot = tmp_path / "report.png"
    chromium(tmp_path, (out_dir / "report.html").as_uri(), f"--screenshot={shot}", "--window-size=1400,1800")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1400, 1800)
    assert len(data) > 50_000  # a blank page compresses to a few kB


def test_browser_renders_charts_and_table(dom: str):
    elements = Elements(dom)
    classes = [attrs.get("class", "") for _, attrs in elements.tags]
    assert sum("main-svg" in c.split() for c in classes) >= 4  # map, timeline, two bar charts drawn by plotly.js
    assert sum("js-plotly-plot" in c.split() for c in classes) == 4
    assert classes.count("point") >= 8  # timeline markers (and bars)
    rows = [attrs for tag, attrs in elements.tags if tag == "tr" and "data-country" in attrs]
    assert len(rows) == 9
    assert {r["data-country"] for r in rows} == {"CN", "IR", "MM", "HK"}


def test_hostile_article_runs_nothing(dom: str):
    elements = Elements(dom)
    assert elements.title == "Cutoff report: out"
    assert "pwned" not in elements.title
    assert not any("onerror" in attrs for _, attrs in elements.tags)
    assert not any(tag == "img" for tag, _ in elements.tags)
    assert SCRIPT not in dom and IMG not in dom
    unmarked = re.sub(r"</?mark\b[^>]*>", "", dom)  # the field spans cut the sentence into marked pieces
    assert "Facebook was blocked &lt;script&gt;document.title='pwned'&lt;/script&gt;" in unmarked


def test_filter_box_hides_rows(out_dir: Path, tmp_path: Path):
    dumped = chromium(tmp_path, (out_dir / "report.html").as_uri() + "#q=henan", "--dump-dom").stdout
    rows = [attrs for tag, attrs in Elements(dumped).tags if tag == "tr" and "data-country" in attrs]
    assert [r["id"] for r in rows if "hidden" not in r] == [
        c["canonical_id"] for c in canonicalize(sample_events())[0] if c["province"] == "Henan"]
    assert '<span id="shown">1</span>' in dumped


# --- map, undated events apart, new columns, field spans, filters, actor names (issue 14) ---------

POINTS = json.loads((ROOT / "models" / "map" / "points.json").read_text("utf-8"))


def row_html(page: str, canonical_id: str) -> str:
    return re.search(rf'<tr id="{re.escape(canonical_id)}".*?</tr>', page, re.S).group(0)


def canonical_id(**where) -> str:
    return next(c["canonical_id"] for c in canonicalize(sample_events())[0]
                if all(c.get(k) == v for k, v in where.items()))


def test_nothing_is_loaded_from_the_network(page: str):
    tags = re.findall(r"<(script|link|img|iframe|source|embed|object|audio|video)\b([^>]*)>", page, re.I)
    assert tags and not [attrs for _, attrs in tags if re.search(r"\b(src|href|data|srcset)\s*=", attrs, re.I)]
    assert not re.search(r"<(script|link)\b[^>]*https?://", page, re.I)
    # the map's outlines travel inside the page, for plotly to find before it would fetch them
    assert '<script type="application/json" id="topojson">{"arcs":' in page
    assert "PlotlyGeoAssets.topojson.world_110m = JSON.parse" in page


def test_map_shades_countries_and_puts_regions_and_small_countries_at_their_points():
    canonical, _ = canonicalize(sample_events())
    figure = map_figure([_view(c, {}) for c in canonical])
    shading = [t for t in figure["data"] if t["type"] == "choropleth"]
    assert len(shading) == 1 and sorted(shading[0]["locations"]) == ["CHN", "IRN", "MMR"]  # no outline for HK
    points = {(t["name"], lat, lon) for t in figure["data"] if t["type"] == "scattergeo"
              for lat, lon in zip(t["lat"], t["lon"])}
    regions, countries = POINTS["regions"], POINTS["countries"]
    assert ("subscriber_cutoff", *regions["CN-XJ"]) in points
    assert ("service_block", *countries["HK"]) in points and ("service_block", *regions["MM-06"]) in points
    assert len(points) == 1 + 5 + 2  # Xinjiang, five provinces, Yangon and Hong Kong; Iran is its shading
    assert figure["layout"]["geo"]["resolution"] == 110 and figure["layout"]["geo"]["scope"] == "world"


def test_map_data_is_plotlys_world_and_first_level_regions():
    topology = json.loads((ROOT / "models" / "map" / "world_110m.json").read_text("utf-8"))
    ids = {g.get("id") for g in topology["objects"]["countries"]["geometries"]}
    assert {"CHN", "IRN", "IND", "MMR", "ETH", "CUB"} <= ids and len(ids) > 150
    assert len(POINTS["regions"]) > 3000 and len(POINTS["countries"]) > 200
    assert all(re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code) for code in POINTS["regions"])
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in [*POINTS["regions"].values(), *POINTS["countries"].values()])
    lat, lon = POINTS["regions"]["CN-XJ"]
    assert 35 < lat < 49 and 73 < lon < 96  # inside Xinjiang
    lat, lon = POINTS["regions"]["FJ-C"]
    assert -19 < lat < -15 and 177 < lon < 180  # the antimeridian does not pull Fiji's point to Africa


def test_undated_events_are_listed_apart_not_dropped(page: str):
    dated, undated = page.split('<table id="undated-events"', 1)
    iran = canonical_id(country="IR")
    assert f'<tr id="{iran}"' in undated and f'<tr id="{iran}"' not in dated
    assert undated.count("<tr id=") == 1 and dated.count("<tr id=") == 8
    assert "8 dated on the timeline, 1 undated listed apart" in page


def test_table_gives_end_duration_platforms_justification_confidence_and_review(page: str):
    header = page.split('<table id="events"', 1)[1].split("</thead>", 1)[0]
    for name in ("Start", "End, duration", "Platforms", "Actors", "Justification", "Conf.", "Reviewed"):
        assert f"<th>{name}</th>" in header
    henan = row_html(page, canonical_id(province="Henan"))
    assert "2022-05-20<br>" in henan and "13 days (from dates)" in henan and "<td>fraud</td>" in henan
    hong_kong = row_html(page, canonical_id(country="HK"))
    assert "3 days" in hong_kong and "<td>telegram</td>" in hong_kong and '<td class="num">0.55</td>' in hong_kong
    assert 'data-platforms="telegram"' in hong_kong and 'data-reviewed="no"' in hong_kong
    xinjiang = row_html(page, canonical_id(province="Xinjiang"))
    assert 'data-reviewed="partly"' in xinjiang and "partly reviewed (1 of 2)" in xinjiang
    assert "not reviewed" in hong_kong


def test_review_state_of_a_canonical_event():
    events = sample_events()[:2]
    canonical, _ = canonicalize(events)
    everyone = [e | {"reviewed": True} for e in events]
    assert _view(canonical[0], {e["event_id"]: e for e in everyone})["review"] == "yes"
    missing = [{k: v for k, v in e.items() if k != "reviewed"} for e in events]  # runs before review existed
    assert _view(canonical[0], {e["event_id"]: e for e in missing})["review"] == "no"
    assert _view(canonical[0] | {"reviewed": True}, {})["review"] == "yes"  # no events: the record's own word
    page = render_report(canonical, n_events=2, title="t", events=everyone)
    assert '<span class="badge rv-yes">reviewed</span>' in page and "1 reviewed, 0 partly reviewed" in page


@pytest.mark.parametrize(("fields", "reports", "text"), [
    ({"date_start": "2022-09-21", "date_end": "2022-10-03"}, [], "12 days (from dates)"),
    ({"date_start": "2022-09", "date_end": "2022-10-03"}, [], ""),
    ({"date_start": "2022-09-21"}, [{"duration": None}, {"duration": "P3D"}], "3 days"),
    ({}, [{"duration": "P1Y2M"}], "1 year 2 months"),
    ({}, [{"duration": "PT48H"}], "48 hours"),
    ({}, [{"duration": "nonsense"}], ""),
])
def test_duration_is_reported_or_read_from_day_dates(fields, reports, text):
    assert duration_text(fields, reports) == text


def test_field_spans_are_marked_in_the_evidence(page: str):
    assert '<mark class="hl f-place" title="place: CN-XJ">Xinjiang</mark>' in page
    assert '<mark class="hl f-actor" title="actor: local police">local police</mark>' in page
    assert '<mark class="hl f-trigger" title="trigger: cut off">cut off</mark>' in page
    assert 'title="date: 2015-11"' not in page  # a span outside the quoted sentence marks nothing there
    # a report without field spans keeps its sentence as it was
    assert "<blockquote>Lines were suspended on November 20.</blockquote>" in page


def test_overlapping_spans_are_cut_at_every_boundary_and_escaped():
    assert highlight("a <b> c", [(0, 5, "actor", "A"), (2, 7, "place", "P&Q")]) == (
        '<mark class="hl f-actor" title="actor: A">a </mark>'
        '<mark class="hl f-actor f-place" title="actor: A; place: P&amp;Q">&lt;b&gt;</mark>'
        '<mark class="hl f-place" title="place: P&amp;Q"> c</mark>')
    assert highlight("plain", []) == "plain"
    assert highlight("short", [(3, 99, "date", "")]) == 'sho<mark class="hl f-date" title="date">rt</mark>'


def shown_rows(out_dir: Path, tmp_path: Path, fragment: str) -> list[str]:
    dumped = chromium(tmp_path, (out_dir / "report.html").as_uri() + "#" + fragment, "--dump-dom").stdout
    return sorted(attrs["id"] for tag, attrs in Elements(dumped).tags
                  if tag == "tr" and "data-country" in attrs and "hidden" not in attrs)


@pytest.mark.parametrize(("fragment", "where"), [
    ("platform=facebook", [{"country": "MM"}]),
    ("platform=telegram", [{"country": "HK"}]),
    ("status=partly", [{"province": "Xinjiang"}]),
    ("from=2022-01-01&to=2022-12-31", [{"province": "Henan"}, {"province": "Jiangxi"}, {"province": "Liaoning"}]),
    ("from=2021-11-15&to=2021-11-20", [{"province": "Guizhou"}]),  # "2021-11" overlaps the range
    ("from=2022-05-10", [{"province": "Henan"}]),  # began May 7, lifted May 20
])
def test_filters_by_platform_status_and_date_range(out_dir: Path, tmp_path: Path, fragment: str, where: list[dict]):
    assert shown_rows(out_dir, tmp_path, fragment) == sorted(canonical_id(**w) for w in where)


def test_browser_draws_the_map_offline(dom: str):
    """The page forbids every network request (CSP), so the map's outlines drawn prove they came with it."""
    classes = [attrs.get("class", "") for _, attrs in Elements(dom).tags]
    assert "layer countries" in classes and "layer land" in classes
    assert classes.count("choroplethlocation") == 3  # China, Iran, Myanmar shaded
    assert classes.count("trace scattergeo") == 3  # subscriber_cutoff, international_barring, service_block


MEASURE_JS = """<script>
window.addEventListener('load', function () {
  var broken = [], names = document.querySelectorAll('td.actors .name');
  names.forEach(function (name) {
    var node = name.firstChild, re = /\\S+/g, m;
    while (node && (m = re.exec(node.textContent))) {
      var range = document.createRange(), lines = {};
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      [].forEach.call(range.getClientRects(), function (r) { if (r.width > 0) lines[Math.round(r.top)] = 1; });
      if (Object.keys(lines).length > 1) broken.push(m[0]);
    }
  });
  document.body.setAttribute('data-names', names.length);
  document.body.setAttribute('data-broken', JSON.stringify(broken));
});
</script></body>"""


@pytest.mark.parametrize("width", [800, 1400])
def test_actor_names_are_never_broken_mid_word(out_dir: Path, tmp_path: Path, width: int):
    measured = tmp_path / "measure.html"
    measured.write_text((out_dir / "report.html").read_text("utf-8").replace("</body>", MEASURE_JS), "utf-8")
    dumped = chromium(tmp_path, measured.as_uri(), "--dump-dom", f"--window-size={width},1200").stdout
    body = next(attrs for tag, attrs in Elements(dumped).tags if tag == "body")
    assert int(body["data-names"]) >= 7  # "Bangladesh Telecommunication Regulatory Commission" among them
    assert json.loads(body["data-broken"]) == []
