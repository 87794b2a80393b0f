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
import re
from collections import Counter
from datetime import date
from functools import lru_cache
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

FIELD_NAMES = ("trigger", "place", "date", "actor", "service", "platform", "target", "remedy", "justification")
REVIEW_LABELS = {"yes": "reviewed", "partly": "partly reviewed", "no": "not reviewed"}


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


def map_figure(views: list[dict]) -> dict:
    """Canonical events on a world map: each country shaded by its number of events, and a point
    per region (ISO 3166-2, at its central town) sized by the events there, one colour per
    restriction. Events placed by country alone are the shading; where a country has no outline
    at this scale (Hong Kong, Singapore ...) they are a point at its central town."""
    import plotly.graph_objects as go

    regions, countries, outlined = _map_points()
    per_country = Counter(v["country"] for v in views if v.get("country"))
    fig = go.Figure()
    shaded = [(code, n) for code, n in sorted(per_country.items()) if _alpha3(code) in outlined]
    if shaded:
        fig.add_trace(go.Choropleth(
            locations=[_alpha3(code) for code, _ in shaded], z=[n for _, n in shaded], locationmode="ISO-3",
            colorscale=[[0, "#e3eef9"], [1, "#2b6cb0"]], zmin=0, marker={"line": {"color": "#777", "width": 0.5}},
            colorbar={"title": {"text": "events"}, "thickness": 12, "len": 0.6},
            hovertext=[_plot_text(f"{_country_label(code)}: {_count(n, 'canonical event')}") for code, n in shaded],
            hoverinfo="text", name="events per country", showlegend=False,
        ))
    points: dict[tuple, list[dict]] = {}
    for v in views:
        code, country = v.get("province_code"), v.get("country")
        where = regions.get(code) if code else None
        if where is None and country and _alpha3(country) not in outlined:
            where = countries.get(country)
        if where is not None:
            points.setdefault((v["restriction"], tuple(where)), []).append(v)
    for restriction, colour in RESTRICTION_COLOURS.items():
        spots = [(where, members) for (r, where), members in sorted(points.items()) if r == restriction]
        if spots:
            fig.add_trace(go.Scattergeo(
                lat=[w[0] for w, _ in spots], lon=[w[1] for w, _ in spots], mode="markers",
                name=_plot_text(restriction), hoverinfo="text",
                hovertext=[_map_hover(restriction, members) for _, members in spots],
                marker={"color": colour, "size": [8 + 4 * min(len(m), 6) for _, m in spots], "opacity": 0.85,
                        "line": {"width": 1, "color": "#333"}},
            ))
    fig.update_layout(
        title="Canonical events on the map (shading: events per country; points: regions, by restriction)",
        height=520, margin={"l": 10, "r": 10, "t": 50, "b": 10}, legend={"orientation": "h", "y": -0.02},
        geo={"scope": "world", "resolution": 110, "projection": {"type": "natural earth"}, "showframe": False,
             "showcountries": True, "countrycolor": "#999", "showland": True, "landcolor": "#f4f4f4",
             "showocean": True, "oceancolor": "#fbfdff", "showlakes": False, "showrivers": False,
             "lataxis": {"range": [-58, 85]}},
    )
    return fig.to_plotly_json()


def _map_hover(restriction: str, members: list[dict], limit: int = 8) -> str:
    e = _plot_text
    lines = [f"<b>{e(restriction)}</b>: {_count(len(members), 'event')}"]
    lines += [f"{e(v.get('date_start') or 'undated')} {e(place_label(v))}" for v in members[:limit]]
    if len(members) > limit:
        lines.append(f"and {len(members) - limit} more")
    return "<br>".join(lines)


@lru_cache(maxsize=1)
def _map_points() -> tuple[dict[str, list[float]], dict[str, list[float]], frozenset[str]]:
    """Region and country points, and the ISO alpha-3 codes that have an outline on the map."""
    points = json.loads(_map_file("points.json").read_text("utf-8"))
    outlined = frozenset(g.get("id") for g in json.loads(_topojson_raw())["objects"]["countries"]["geometries"])
    return points["regions"], points["countries"], outlined


@lru_cache(maxsize=1)
def _topojson_raw() -> str:
    return _map_file("world_110m.json").read_text("utf-8")


def _topojson_text() -> str:
    """The country outlines for the page's <script type="application/json">, unable to close it."""
    text = _topojson_raw().strip()
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escaped)
    return text


def _map_file(name: str) -> Path:
    from importlib import resources

    return Path(str(resources.files("pipeline.models").joinpath("map", name)))


@lru_cache(maxsize=512)
def _alpha3(code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else None


def _country_label(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return f"{getattr(country, 'common_name', None) or country.name} ({code})" if country else code


def events_table(views: list[dict]) -> str:
    """The filter controls, the dated events' table and the undated events' table (one escaped
    row per canonical event; `views` as made by `_view`, or plain canonical records)."""
    views = [v if "review" in v else _view(v, {}) for v in views]
    countries = sorted({v.get("country") or "" for v in views} - {""})
    restrictions = sorted({v["restriction"] for v in views})
    platforms = sorted({p for v in views for p in v.get("platforms") or []})
    dated = [v for v in views if v.get("date_start")]
    undated = [v for v in views if not v.get("date_start")]
    status = "".join(f'<option value="{key}">{label}</option>' for key, label in REVIEW_LABELS.items())
    legend = " ".join(f'<mark class="hl f-{name}">{name}</mark>' for name in FIELD_NAMES)
    return f"""<h2>Events</h2>
<div class="filters"><input id="q" type="search" placeholder="filter text" aria-label="filter text">
<select id="f-country" aria-label="country"><option value="">all countries</option>{_options(countries)}</select>
<select id="f-restriction" aria-label="restriction"><option value="">all restrictions</option>{_options(restrictions)}</select>
<select id="f-platform" aria-label="platform"><option value="">all platforms</option>{_options(platforms)}</select>
<select id="f-status" aria-label="review status"><option value="">reviewed or not</option>{status}</select>
<label>from <input id="f-from" type="date" aria-label="from date"></label>
<label>to <input id="f-to" type="date" aria-label="to date"></label>
<span class="muted"><span id="shown">{len(views)}</span> of {len(views)} shown
(a date range hides the undated events)</span></div>
<p class="legend muted">Words each value was read from: {legend}</p>
<h3>Dated events <small class="muted">(<span data-count-of="events">{len(dated)}</span> shown)</small></h3>
{_table("events", dated)}
<h3>Undated events <small class="muted">(<span data-count-of="undated-events">{len(undated)}</span> shown;
no start date in the reports, so not on the timeline)</small></h3>
{_table("undated-events", undated)}"""


def _table(table_id: str, views: list[dict]) -> str:
    rows = "\n".join(_row(v) for v in views)
    return f"""<div class="scroll"><table id="{table_id}" class="events"><thead><tr><th>Start</th><th>End, duration</th><th>Place</th>
<th>Restriction</th><th>Services</th><th>Platforms</th><th>Actors</th><th>Remedies</th><th>Justification</th>
<th>Conf.</th><th>Reviewed</th><th>Reports</th><th>Evidence and sources</th></tr></thead>
<tbody>
{rows}
</tbody></table></div>"""


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


def _row(v: dict) -> str:
    e = html.escape
    start = e(v.get("date_start") or "undated")
    if v.get("date_precision"):
        start += f'<br><span class="muted">({e(v["date_precision"])})</span>'
    if v.get("conflict"):
        start += f'<br><span class="conflict">conflicting dates: {e(", ".join(v.get("date_conflicts") or []))}</span>'
    end = e(v.get("date_end") or "")
    if v["duration_text"]:
        end += (f"<br>" if end else "") + f'<span class="duration">{e(v["duration_text"])}</span>'
    actors = "".join(f'<li><span class="name">{e(a["name"])}</span> <span class="muted">({e(a["kind"])})</span></li>'
                     for a in v.get("actors") or [])
    review = v["review"]
    review_note = f' ({v["n_reviewed"]} of {len(v.get("sources") or [])})' if review == "partly" else ""
    return (f'<tr id="{e(v["canonical_id"])}" data-country="{e(v.get("country") or "")}" '
            f'data-restriction="{e(v["restriction"])}" data-platforms="{e(" ".join(v.get("platforms") or []))}" '
            f'data-reviewed="{review}" data-start="{e(v.get("date_start") or "")}" data-end="{e(v.get("date_end") or "")}">'
            f'<td class="date">{start}</td><td class="date">{end}</td><td>{e(place_label(v))}</td><td>{_codes([v["restriction"]])}</td>'
            f'<td>{_codes(v.get("services"))}</td><td>{_codes(v.get("platforms"))}</td>'
            f'<td class="actors"><ul class="actors">{actors}</ul></td><td>{_codes(v.get("remedies"))}</td>'
            f'<td>{_codes(v.get("justification"))}</td>'
            f'<td class="num">{float(v.get("confidence") or 0):.2f}</td>'
            f'<td><span class="badge rv-{review}">{REVIEW_LABELS[review]}{review_note}</span></td>'
            f"<td>{_count(v.get('n_articles', 0), 'article')}, {_count(v.get('n_outlets', 0), 'outlet')}</td>"
            f'<td class="evidence"><ul class="sources">{"".join(_source_item(s) for s in v.get("sources") or [])}</ul></td></tr>')


def _codes(values: list[str] | None) -> str:
    """Vocabulary values ("police_station_visit"), escaped, free to wrap after an underscore so a
    narrow column breaks them there and not mid-word."""
    return ", ".join(html.escape(value).replace("_", "_<wbr>") for value in values or [])


def _source_item(source: dict) -> str:
    e = html.escape
    host = urlsplit(source.get("url") or "").hostname
    label = source.get("outlet") or source.get("title") or host or source["article_id"]
    meta = ", ".join(v for v in (source.get("title") if source.get("outlet") else None, source.get("published")) if v)
    quotes = "".join(f"<blockquote>{quote}</blockquote>" for quote in _quotes(source))
    meta_html = f' <span class="muted">{e(meta)}</span>' if meta else ""
    return f"<li>{safe_link(source.get('url'), label)}{meta_html}{quotes}</li>"


def _quotes(source: dict) -> list[str]:
    """The report's evidence sentences as escaped HTML, the words of its field spans marked.

    A source joined with its per-article event (`_view`) carries `evidence_items` (text and
    offsets) and `field_spans`; otherwise its plain sentences are shown unmarked."""
    items = source.get("evidence_items")
    if not items:
        return [html.escape(text) for text in source.get("evidence") or []]
    spans = source.get("field_spans") or []
    return [highlight(item["text"], [
        (sp["start"] - item["start"], sp["end"] - item["start"], sp.get("field") or "", str(sp.get("value") or ""))
        for sp in spans if sp["start"] < item["end"] and sp["end"] > item["start"]]) for item in items]


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """`text` escaped, with each (start, end, field, value) span wrapped in <mark>. Overlapping
    spans are cut at every boundary: a piece is marked with every field that covers it."""
    spans = [(max(0, a), min(len(text), b), f, v) for a, b, f, v in spans if max(0, a) < min(len(text), b)]
    cuts = sorted({0, len(text), *(a for a, _, _, _ in spans), *(b for _, b, _, _ in spans)})
    out = []
    for left, right in zip(cuts, cuts[1:]):
        piece = html.escape(text[left:right])
        covering = [(f, v) for a, b, f, v in spans if a <= left and right <= b]
        if covering:
            fields = list(dict.fromkeys(re.sub(r"[^a-z_]", "", f.lower()) or "field" for f, _ in covering))
            title = "; ".join(dict.fromkeys(f"{f}: {v}" if v else f for f, v in covering))
            piece = (f'<mark class="hl {" ".join("f-" + f for f in fields)}" title="{html.escape(title)}">'
                     f"{piece}</mark>")
        out.append(piece)
    return "".join(out)


# ------------------------------------------------------------------------ one canonical event


def _view(c: dict, events: dict[str, dict]) -> dict:
    """A canonical event with what the page shows beside its merged fields: its review state,
    duration, and each report's evidence with offsets and field spans (from `events`)."""
    sources = []
    reports = []
    for source in c.get("sources") or []:
        event = events.get(source.get("event_id"))
        if event is not None:
            reports.append(event)
            source = {**source, "evidence_items": [i for i in event.get("evidence") or [] if isinstance(i, dict)],
                      "field_spans": [sp for sp in event.get("field_spans") or [] if _is_span(sp)]}
        sources.append(source)
    if reports:
        n_reviewed = sum(1 for r in reports if r.get("reviewed") is True)
        review = "yes" if n_reviewed == len(sources) else "partly" if n_reviewed else "no"
    else:  # no per-article events to ask: the canonical record's own word, missing is not reviewed
        n_reviewed = len(sources) if c.get("reviewed") is True else 0
        review = "yes" if c.get("reviewed") is True else "no"
    return {**c, "sources": sources, "review": review, "n_reviewed": n_reviewed,
            "duration_text": duration_text(c, reports)}


def _is_span(span: object) -> bool:
    return (isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int)
            and span["start"] < span["end"])


_ISO_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?")


def duration_text(c: dict, reports: list[dict] = ()) -> str:
    """How long the measure lasted: the duration a report states ("3 days"), else the days
    between day-precise start and end dates; empty when neither is known."""
    for report in sorted(reports, key=lambda r: r.get("duration") is None):
        match = _ISO_DURATION.fullmatch(report.get("duration") or "")
        if match and any(match.groups()):
            units = ("year", "month", "week", "day", "hour", "minute")
            return " ".join(_count(int(n), unit) for n, unit in zip(match.groups(), units) if n)
    start, end = c.get("date_start") or "", c.get("date_end") or ""
    if len(start) == len(end) == 10:
        try:
            days = (date.fromisoformat(end) - date.fromisoformat(start)).days
        except ValueError:
            return ""
        if days >= 0:
            return _count(days, "day") + " (from dates)"
    return ""


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
