"""One body under the several names the gazetteer gives it: an article that names a
regulator by its short name and by its full title ("Roskomnadzor", "the Federal Service
for Supervision of ...") speaks of one actor, as a coder lists it once."""

from __future__ import annotations

import json
from functools import lru_cache

from pipeline.components.patterns import MODELS_DIR

AUTHORITIES_FILE = "gazetteer/authorities.json"


@lru_cache(maxsize=1)
def gazetteer_bodies() -> dict[str, str]:
    """Each name or alias of a gazetteer authority (lower case) -> the entry's name (lower
    case); a name that several entries share ("ICTA" of Turkey and of Mauritius) names none
    of them for sure and is left out."""
    entries = json.loads((MODELS_DIR / AUTHORITIES_FILE).read_text("utf-8"))["authorities"]
    owners: dict[str, set[str]] = {}
    for entry in entries:
        for name in [entry["name"], *entry.get("aliases", [])]:
            owners.setdefault(name.lower().removeprefix("the "), set()).add(entry["name"].lower())
    return {name: next(iter(found)) for name, found in owners.items() if len(found) == 1}


def body_of(name: str) -> str:
    """The gazetteer entry a body's name (lower case, no leading "the") stands for, or the name."""
    return gazetteer_bodies().get(name, name)
