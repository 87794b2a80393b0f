"""CSV-injection guard: article text ends up in cells a researcher opens in a spreadsheet.

A cell starting with = + - @ (or tab / carriage return, which some spreadsheets skip before
reading a formula) can run as a formula. Following OWASP's advice, such a cell is prefixed
with a single quote so it is shown as text. Applied to text cells only, never to numbers.
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """`value`, with a leading single quote if a spreadsheet could read it as a formula."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value
