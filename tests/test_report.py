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
from pipeline.report import safe_link, script_json

from conftest import make_event

SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"


def event(event_id: str, **fields) -> dict:
    defaults = {"restriction": "international_barring", "province": None, "province_code": None,
                "services": ["international_calls"], "evidence": [{"text": "Calls abroad were blocked.", "start": 0, "end": 26}]}
    return make_event(event_id, **(defaults | fields))


def sample_events() -> list[dict]:
    """Two reports of the Xinjiang cut-off, five provinces barring international calls, one undated, one hostile."""
    xinjiang = {"restriction": "subscriber_cutoff", "province": "Xinjiang", "province_code": "CN-XJ",
                "services": ["mobile_service"], "remedies": ["police_station_visit"]}
    provinces = [("Zhejiang", "CN-ZJ", "2021-08"), ("Henan", "CN-HA", "2022-05-07"), ("Jiangxi", "CN-JX", "2022-03-21"),
                 ("Liaoning", "CN-LN", "2022-01-25"), ("Guizhou", "CN-GZ", "2021-11")]
    return [
        event("xj-times#0", outlet="Example Times", url="https://example-times.com/xj", published="2015-11-23",
              date_start="2015-11", date_precision="month", actors=[{"name": "local police", "kind": "police"}],
              evidence=[{"text": "Residents of Xinjiang had their phone service cut off.", "start": 0, "end": 54}],
              **xinjiang),
        event("xj-vpnwatch#0", outlet="VPN Watch", url="https://vpnwatch.example.org/xj", published="2015-11-25",
              date_start="2015-11-20", date_precision="day",
              evidence=[{"text": "Lines were suspended on November 20.", "start": 0, "end": 36}], **xinjiang),
        *[event(f"intl#{i}", province=name, province_code=code, date_start=date, outlet="Asia Wire",
                date_precision="day" if len(date) == 10 else "month", url="https://asiawire.example.net/calls",
                evidence=[{"text": f"{name} barred calls to other countries.", "start": 0, "end": 40}])
          for i, (name, code, date) in enumerate(provinces)],
        event("iran#0", restriction="network_shutdown", country="IR", services=["mobile_internet"],
              outlet="Gulf Desk", url="http://gulfdesk.example.com/iran",
              evidence=[{"text": "Mobile internet was switched off across the country.", "start": 0, "end": 52}]),
        event("hostile#0", restriction="service_block", country="MM", province=f"Yangon{IMG}",
              province_code="MM-06", city=SCRIPT, date_start="2021-02-04", date_precision="day",
              title=SCRIPT, outlet=IMG, url="javascript:document.title='pwned'", services=["platform"],
              platforms=["facebook"], actors=[{"name": IMG, "kind": "government"}],
              evidence=[{"text": f"Facebook was blocked {SCRIPT} {IMG}", "start": 0, "end": 99}]),
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
    assert page.count("<tr id=") == len(canonical) == 8
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
    assert sum("main-svg" in c.split() for c in classes) >= 3  # timeline + two bar charts drawn by plotly.js
    assert sum("js-plotly-plot" in c.split() for c in classes) == 3
    assert classes.count("point") >= 8  # timeline markers (and bars)
    rows = [attrs for tag, attrs in elements.tags if tag == "tr" and "data-country" in attrs]
    assert len(rows) == 8
    assert {r["data-country"] for r in rows} == {"CN", "IR", "MM"}


def test_hostile_article_runs_nothing(dom: str):
    elements = Elements(dom)
    assert elements.title == "Cutoff report: out"
    assert "pwned" not in elements.title
    assert not any("onerror" in attrs for _, attrs in elements.tags)
    assert not any(tag == "img" for tag, _ in elements.tags)
    assert SCRIPT not in dom and IMG not in dom
    assert "Facebook was blocked &lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom


def test_filter_box_hides_rows(out_dir: Path, tmp_path: Path):
    dumped = chromium(tmp_path, (out_dir / "report.html").as_uri() + "#q=henan", "--dump-dom").stdout
    rows = [attrs for tag, attrs in Elements(dumped).tags if tag == "tr" and "data-country" in attrs]
    assert [r["id"] for r in rows if "hidden" not in r] == [
        c["canonical_id"] for c in canonicalize(sample_events())[0] if c["province"] == "Henan"]
    assert '<span id="shown">1</span>' in dumped
