"""The world map of `report.html`: countries shaded by their number of canonical events, and
a point per region, from the geometry vendored in models/map/ (see scripts/build_map.py).

Split out of pipeline/report.py to keep modules under ~400 lines; report.py assembles the page.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

from pipeline.report_table import _count, place_label

RESTRICTION_COLOURS = {
    "subscriber_cutoff": "#1f77b4", "international_barring": "#ff7f0e", "network_shutdown": "#d62728",
    "throttling": "#9467bd", "service_block": "#2ca02c", "other": "#7f7f7f",
}


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


def _plot_text(text: str) -> str:
    """Text for plotly labels, which read a subset of HTML: no tag can form once < and > are entities.

    (plotly decodes &lt; &gt; &amp; but shows &quot; literally, hence not html.escape.)
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
