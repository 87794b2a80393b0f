"""The events table of `report.html`: filter controls and one escaped row per canonical event
with its evidence, and the per-event view (review state, duration, field spans) it shows.

Split out of pipeline/report.py to keep modules under ~400 lines; report.py assembles the page.
"""

from __future__ import annotations

import html
import re
from datetime import date
from urllib.parse import urlsplit

FIELD_NAMES = ("trigger", "place", "date", "actor", "service", "platform", "target", "remedy", "justification")
REVIEW_LABELS = {"yes": "reviewed", "partly": "partly reviewed", "no": "not reviewed"}


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
        end += ("<br>" if end else "") + f'<span class="duration">{e(v["duration_text"])}</span>'
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


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
