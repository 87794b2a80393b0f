"""The place index marks every national capital (CAPITAL flag), whichever form of its name
GeoNames lists first and however it spells it, and no namesake town elsewhere."""

from __future__ import annotations

import json

from pipeline.components.patterns import MODELS_DIR
from pipeline.components.place_index import CAPITAL


def index_flags(key: str) -> dict[tuple[str, str], int]:
    for line in (MODELS_DIR / "places/index.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["key"] == key:
            return {(c[0], c[2]): c[5] for c in row["candidates"]}
    return {}


def test_the_place_index_marks_the_national_capitals():
    for key, country in (("nairobi", "KE"), ("islamabad", "PK"), ("addisababa", "ET"), ("yaounde", "CM"), ("harare", "ZW")):
        assert index_flags(key)[(country, "city")] & CAPITAL, key


def test_a_namesake_town_of_a_capital_is_no_capital():
    assert not index_flags("kabul")[("IL", "city")] & CAPITAL


def test_a_capital_named_as_its_country_is_no_capital_under_that_name():
    flags = index_flags("djibouti")
    assert not flags[("DJ", "city")] & CAPITAL and ("DJ", "country") in flags
