"""`report.html`: one self-contained page to look at the canonical events (charts + filterable table).

The page must work offline and from a mail attachment, so plotly.js is inlined and a
Content-Security-Policy forbids any network access. Article text is untrusted: every
string is HTML-escaped (plotly renders its labels as a subset of HTML, so those too), the
figure JSON is escaped for embedding in <script>, and only http(s) URLs become links.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.merge import MergeOptions

RESTRICTION_COLOURS = {
    "subscriber_cutoff": "#1f77b4", "international_barring": "#ff7f0e", "network_shutdown": "#d62728",
    "throttling": "#9467bd", "service_block": "#2ca02c", "other": "#7f7f7f",
}
PRECISION_SYMBOLS = {"day": "circle", "month": "square", "year": "diamond"}
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{margin:0 0 .2em}.muted{color:#666}.charts{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.wide{grid-column:1/-1}.filters{margin:1em 0;display:flex;gap:.6em;align-items:center}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left;overflow-wrap:break-word}
th:nth-child(1){width:7em}th:nth-child(3),th:nth-child(4){width:11em}th:nth-child(7){width:8em}th:last-child{width:32%}
th{background:#f3f3f3;position:sticky;top:0}tr[hidden]{display:none}
ul.sources{margin:0;padding-left:1.1em}blockquote{margin:.2em 0 .4em;color:#444;font-style:italic}
.conflict{color:#b00;font-weight:bold}
"""

FILTER_JS = """
(function () {
  var q = document.getElementById('q'), c = document.getElementById('f-country'),
      r = document.getElementById('f-restriction'), shown = document.getElementById('shown');
  var rows = document.querySelectorAll('#events tbody tr');
  function apply() {
    var text = q.value.toLowerCase(), n = 0;
    rows.forEach(function (row) {
      var ok = (!c.value || row.dataset.country === c.value) &&
               (!r.value || row.dataset.restriction === r.value) &&
               (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n;
  }
  [q, c, r].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
  var shared = new URLSearchParams(location.hash.slice(1)).get('q');  // a shareable filtered view: report.html#q=Henan
  if (shared) q.value = shared;
  apply();
})();
"""

PLOT_JS = """
(function () {
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
    page = render_report(load_canonical(out, options, events), n_events=asserted, title=out.resolve().name)
    path = Path(dest) if dest else out / "report.html"
    write_atomic(path, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    return path


def render_report(canonical: list[dict], *, n_events: int, title: str) -> str:
    """The whole page as one string; `n_events` is the number of asserted per-article events merged."""
    from plotly.offline import get_plotlyjs

    figures = {"timeline": timeline_figure(canonical), "by-country": count_figure(canonical, "country"),
               "by-restriction": count_figure(canonical, "restriction")}
    undated = sum(1 for c in canonical if not c.get("date_start"))
    e = html.escape
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cutoff report: {e(title)}</title><style>{STYLE}</style></head>
<body>
<h1>Cutoff report</h1>
<p class="muted">{e(title)}: {len(canonical)} canonical events merged from {n_events} asserted per-article events
({undated} undated, listed in the table but not on the timeline).</p>
<div class="charts"><div id="timeline" class="wide"></div><div id="by-country"></div><div id="by-restriction"></div></div>
{events_table(canonical)}
<script>{get_plotlyjs()}</script>
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


def events_table(canonical: list[dict]) -> str:
    """The filter controls and one escaped table row per canonical event."""
    countries = sorted({c.get("country") or "" for c in canonical} - {""})
    restrictions = sorted({c["restriction"] for c in canonical})
    rows = "\n".join(_row(c) for c in canonical)
    return f"""<h2>Events</h2>
<div class="filters"><input id="q" type="search" placeholder="filter text" aria-label="filter text">
<select id="f-country" aria-label="country"><option value="">all countries</option>{_options(countries)}</select>
<select id="f-restriction" aria-label="restriction"><option value="">all restrictions</option>{_options(restrictions)}</select>
<span class="muted"><span id="shown">{len(canonical)}</span> of {len(canonical)} shown</span></div>
<table id="events"><thead><tr><th>Start</th><th>Place</th><th>Restriction</th><th>Services</th><th>Actors</th>
<th>Remedies</th><th>Reports</th><th>Evidence and sources</th></tr></thead>
<tbody>
{rows}
</tbody></table>"""


def place_label(event: dict) -> str:
    place = ", ".join(p for p in (event.get("city"), event.get("province")) if p)
    country = event.get("country") or "unknown country"
    return f"{place} ({country})" if place else f"{country} (no province)"


def safe_link(url: str | None, label: str) -> str:
    """An <a> for http(s) URLs; anything else (javascript:, data:, relative) is shown as text only."""
    e = html.escape
    parts = urlsplit(url or "")
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return f'<a href="{e(url)}" rel="noopener noreferrer" target="_blank">{e(label)}</a>'
    return e(label) + (f' <span class="muted">({e(url)})</span>' if url else "")


def _options(values: list[str]) -> str:
    return "".join(f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in values)


def _row(c: dict) -> str:
    e = html.escape
    date = e(c.get("date_start") or "undated")
    if c.get("date_precision"):
        date += f' <span class="muted">({e(c["date_precision"])})</span>'
    if c.get("date_end"):
        date += f"<br>until {e(c['date_end'])}"
    if c.get("conflict"):
        date += f'<br><span class="conflict">conflicting dates: {e(", ".join(c.get("date_conflicts") or []))}</span>'
    services = ", ".join(c.get("services") or []) + (f" ({', '.join(c['platforms'])})" if c.get("platforms") else "")
    actors = ", ".join(f"{a['name']} ({a['kind']})" for a in c.get("actors") or [])
    return (f'<tr id="{e(c["canonical_id"])}" data-country="{e(c.get("country") or "")}" '
            f'data-restriction="{e(c["restriction"])}">'
            f"<td>{date}</td><td>{e(place_label(c))}</td><td>{e(c['restriction'])}</td><td>{e(services)}</td>"
            f"<td>{e(actors)}</td><td>{e(', '.join(c.get('remedies') or []))}</td>"
            f"<td>{_count(c.get('n_articles', 0), 'article')}, {_count(c.get('n_outlets', 0), 'outlet')}</td>"
            f'<td><ul class="sources">{"".join(_source_item(s) for s in c.get("sources") or [])}</ul></td></tr>')


def _source_item(source: dict) -> str:
    e = html.escape
    host = urlsplit(source.get("url") or "").hostname
    label = source.get("outlet") or source.get("title") or host or source["article_id"]
    meta = ", ".join(v for v in (source.get("title") if source.get("outlet") else None, source.get("published")) if v)
    quotes = "".join(f"<blockquote>{e(text)}</blockquote>" for text in source.get("evidence") or [])
    meta_html = f' <span class="muted">{e(meta)}</span>' if meta else ""
    return f"<li>{safe_link(source.get('url'), label)}{meta_html}{quotes}</li>"


def _axis_label(c: dict, limit: int = 40) -> str:
    """The place as a timeline row label, shortened (the hover text has it in full)."""
    label = place_label(c)
    return _plot_text(label if len(label) <= limit else label[: limit - 1] + "…")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


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


def _plot_text(text: str) -> str:
    """Text for plotly labels, which read a subset of HTML: no tag can form once < and > are entities.

    (plotly decodes &lt; &gt; &amp; but shows &quot; literally, hence not html.escape.)
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
