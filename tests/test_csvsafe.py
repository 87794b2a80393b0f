"""CSV injection: cells a spreadsheet would run as formulas are shown as text."""

from __future__ import annotations

import pytest

from pipeline.csvsafe import safe_cell


@pytest.mark.parametrize("value", [
    "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
    "\t=1+1", "\r=1+1",
])
def test_formula_starts_are_quoted(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["", "Xinjiang", "China Mobile Zhejiang", "a=b", "2015-11-20", " =1", "'quoted"])
def test_ordinary_text_is_unchanged(value):
    assert safe_cell(value) == value
