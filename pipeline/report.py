"""`report.html`: one self-contained page to check the canonical events against: a map, a
timeline, counts, and a filterable table with each event's evidence and sources.

The page must work offline and from a mail attachment, so plotly.js is inlined, and so is the
map's geometry (country outlines and region points of models/map/, vendored at build time by
scripts/build_map.py): a Content-Security-Policy forbids any network access. Article text is
untrusted: every string is HTML-escaped (plotly renders its labels as a subset of HTML, so
those too), the figure JSON is escaped for embedding in <script>, and only http(s) URLs become links.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path

from pipeline.merge import MergeOptions
from pipeline.report_map import RESTRICTION_COLOURS, _plot_text, _topojson_text, map_figure
from pipeline.report_table import _count, _view, events_table, place_label

PRECISION_SYMBOLS = {"day": "circle", "month": "square", "year": "diamond"}
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{margin:0 0 .2em}h2 small{font-weight:normal}.muted{color:#666}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1em}.wide{grid-column:1/-1}
.filters{margin:1em 0;display:flex;flex-wrap:wrap;gap:.6em;align-items:center}
.filters label{display:inline-flex;gap:.3em;align-items:center}
table{border-collapse:collapse;width:100%;table-layout:auto;font-size:13px}
th,td{border:1px solid #ddd;padding:.3em .35em;vertical-align:top;text-align:left;overflow-wrap:break-word}
th{background:#f3f3f3;position:sticky;top:0;z-index:1}tr[hidden]{display:none}
td.num{text-align:right}td.date{white-space:nowrap}.duration{white-space:normal}
td.evidence{min-width:16em;width:30%;overflow-wrap:anywhere}
.scroll{overflow-x:auto}
td.actors{min-width:7em;overflow-wrap:normal;word-break:normal;hyphens:manual}
ul.actors{margin:0;padding:0;list-style:none}ul.actors li{margin-bottom:.2em}
ul.sources{margin:0;padding-left:1.1em}blockquote{margin:.2em 0 .4em;color:#444;font-style:italic}
.conflict{color:#b00;font-weight:bold}
.badge{display:inline-block;padding:0 .4em;border-radius:.6em;font-size:12px}
.rv-yes{background:#d9f2d9;color:#1b5e20}.rv-partly{background:#fff1c2;color:#7a5a00}.rv-no{background:#eee;color:#555}
mark.hl{padding:0 .1em;border-radius:.2em;background:#fff3a8;font-style:normal}
mark.f-trigger{background:#ffd6d6}mark.f-place{background:#d6e8ff}mark.f-date{background:#e3d6ff}
mark.f-actor{background:#d6f5e3}mark.f-service,mark.f-platform{background:#ffe8cc}
mark.f-target{background:#f5d6f0}mark.f-remedy{background:#d6f5f5}mark.f-justification{background:#eeeeaa}
.legend mark{margin-right:.3em}
"""

FILTER_JS = """
(function () {
  var ids = ['q', 'f-country', 'f-restriction', 'f-platform', 'f-status', 'f-from', 'f-to'];
  var keys = ['q', 'country', 'restriction', 'platform', 'status', 'from', 'to'];
  var el = {};
  ids.forEach(function (id, i) { el[keys[i]] = document.getElementById(id); });
  var rows = document.querySelectorAll('table.events tbody tr');
  function low(d) { return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d; }
  function high(d) { return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d; }
  function apply() {
    var text = el.q.value.toLowerCase(), from = el.from.value, to = el.to.value, n = 0, counts = {};
    rows.forEach(function (row) {
      var d = row.dataset, start = d.start || '', end = d.end || start;
      var ok = (!el.country.value || d.country === el.country.value) &&
               (!el.restriction.value || d.restriction === el.restriction.value) &&
               (!el.platform.value || (' ' + d.platforms + ' ').indexOf(' ' + el.platform.value + ' ') >= 0) &&
               (!el.status.value || d.reviewed === el.status.value) &&
               (!(from || to) || (start && (!from || high(end) >= from) && (!to || low(start) <= to))) &&
               (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
      row.hidden = !ok;
      if (ok) { n++; var t = row.closest('table').id; counts[t] = (counts[t] || 0) + 1; }
    });
    document.getElementById('shown').textContent = n;
    document.querySelectorAll('[data-count-of]').forEach(function (span) {
      span.textContent = counts[span.dataset.countOf] || 0;
    });
  }
  Object.keys(el).forEach(function (k) {
    el[k].addEventListener('input', apply); el[k].addEventListener('change', apply);
  });
  // a shareable filtered view: report.html#q=Henan&platform=whatsapp&from=2022-01-01
  var shared = new URLSearchParams(location.hash.slice(1));
  keys.forEach(function (k) { if (shared.get(k)) el[k].value = shared.get(k); });
  apply();
})();
"""

PLOT_JS = """
(function () {
  // the map's country outlines travel with the page: plotly looks here before it would fetch
  window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};
  window.PlotlyGeoAssets.topojson.world_110m = JSON.parse(document.getElementById('topojson').textContent);
  var figures = JSON.parse(document.getElementById('figures').textContent);
  Object.keys(figures).forEach(function (id) {
    Plotly.newPlot(id, figures[id].data, figures[id].layout, {displaylogo: false, responsive: true});
  });
})();
"""


def write_report(out_dir: Path | str, dest: Path | str | None = None, options: MergeOptions = MergeOptions()) -> Path:
    """Render OUT/report.html (or `dest`) from the folder's canonical events, atomically."""
    from pipeline.tables import load_canonical, read_jsonl, write_atomic

    out = Path(out_dir)
    events = read_jsonl(out / "events.jsonl")
    asserted = sum(1 for e in events if e.get("status") == "asserted")
    page = render_report(load_canonical(out, options, events), n_events=asserted, title=out.resolve().name,
                         events=events)
    path = Path(dest) if dest else out / "report.html"
    write_atomic(path, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    return path


def render_report(canonical: list[dict], *, n_events: int, title: str, events: list[dict] | None = None) -> str:
    """The whole page as one string; `n_events` is the number of asserted per-article events merged.

    `events` (the per-article events) give each report's evidence offsets, field spans, duration
    and review state; without them the evidence sentences are shown plain.
    """
    from plotly.offline import get_plotlyjs

    by_id = {e["event_id"]: e for e in events or [] if e.get("event_id")}
    views = [_view(c, by_id) for c in canonical]
    dated = [v for v in views if v.get("date_start")]
    undated = [v for v in views if not v.get("date_start")]
    figures = {"map": map_figure(views), "timeline": timeline_figure(views),
               "by-country": count_figure(views, "country"), "by-restriction": count_figure(views, "restriction")}
    reviewed = Counter(v["review"] for v in views)
    e = html.escape
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cutoff report: {e(title)}</title><style>{STYLE}</style></head>
<body>
<h1>Cutoff report</h1>
<p class="muted">{e(title)}: {len(canonical)} canonical events merged from {n_events} asserted per-article events;
{len(dated)} dated on the timeline, {len(undated)} undated listed apart;
{reviewed["yes"]} reviewed, {reviewed["partly"]} partly reviewed.</p>
<div class="charts"><div id="map" class="wide"></div><div id="timeline" class="wide"></div>
<div id="by-country"></div><div id="by-restriction"></div></div>
{events_table(views)}
<script>{get_plotlyjs()}</script>
<script type="application/json" id="topojson">{_topojson_text()}</script>
<script type="application/json" id="figures">{script_json(figures)}</script>
<script>{PLOT_JS}</script>
<script>{FILTER_JS}</script>
</body></html>
"""


def script_json(value: object) -> str:
    """JSON that cannot end or break the <script> element it sits in."""
    from plotly.utils import PlotlyJSONEncoder

    text = json.dumps(value, cls=PlotlyJSONEncoder, ensure_ascii=False)
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def timeline_figure(canonical: list[dict]) -> dict:
    """Dated canonical events: date on x, place on y, one colour per restriction."""
    import plotly.graph_objects as go

    dated = [c for c in canonical if c.get("date_start")]
    places = sorted({_axis_label(c) for c in dated}, reverse=True)
    fig = go.Figure()
    for restriction, colour in RESTRICTION_COLOURS.items():
        points = [c for c in dated if c["restriction"] == restriction]
        if points:
            fig.add_trace(go.Scatter(
                x=[_plot_date(c["date_start"]) for c in points], y=[_axis_label(c) for c in points],
                mode="markers", name=_plot_text(restriction), hovertext=[_hover(c) for c in points],
                hoverinfo="text",
                marker={"color": colour, "size": [9 + 3 * min(c.get("n_articles") or 1, 5) for c in points],
                        "symbol": [PRECISION_SYMBOLS.get(c.get("date_precision"), "circle") for c in points],
                        "line": {"width": 1, "color": "#333"}},
            ))
    fig.update_layout(title="Canonical events by start date and place (square: month known, diamond: year known)",
                      height=max(320, 140 + 32 * len(places)),
                      yaxis={"type": "category", "categoryorder": "array", "categoryarray": places, "automargin": True},
                      xaxis={"type": "date", "title": "start date"})
    return fig.to_plotly_json()


def count_figure(canonical: list[dict], field: str) -> dict:
    """Bar chart of canonical events per value of `field` (country or restriction)."""
    import plotly.graph_objects as go

    counts = Counter(c.get(field) or "unknown" for c in canonical)
    keys = sorted(counts, key=lambda k: (-counts[k], k))
    colours = [RESTRICTION_COLOURS.get(k, "#4c78a8") for k in keys] if field == "restriction" else "#4c78a8"
    fig = go.Figure(go.Bar(x=[_plot_text(k) for k in keys], y=[counts[k] for k in keys], marker_color=colours,
                           hovertext=[f"{_plot_text(k)}: {counts[k]}" for k in keys], hoverinfo="text"))
    fig.update_layout(title=f"Canonical events by {field}", height=340, xaxis={"type": "category"},
                      yaxis={"title": "events", "rangemode": "tozero",
                             "dtick": 1 if max(counts.values(), default=0) < 10 else None})
    return fig.to_plotly_json()


def _axis_label(c: dict, limit: int = 40) -> str:
    """The place as a timeline row label, shortened (the hover text has it in full)."""
    label = place_label(c)
    return _plot_text(label if len(label) <= limit else label[: limit - 1] + "…")


def _plot_date(partial: str) -> str:
    """A partial ISO date placed at the start of its month or year."""
    return partial + "-01" * ((10 - len(partial)) // 3)


def _hover(c: dict) -> str:
    e = _plot_text
    lines = [f"<b>{e(c['restriction'])}</b>", f"{e(c['date_start'])} ({e(c.get('date_precision') or '?')})",
             e(place_label(c))]
    if c.get("services"):
        lines.append("services: " + e(", ".join(c["services"])))
    if c.get("actors"):
        lines.append("actors: " + e(", ".join(a["name"] for a in c["actors"])))
    lines.append(f"{_count(c.get('n_articles', 0), 'article')}, {_count(c.get('n_outlets', 0), 'outlet')}")
    return "<br>".join(lines)
