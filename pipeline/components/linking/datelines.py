"""Datelines: where a wire-style opening line ("BEIJING, June 9 (Asia Wire) -", "CHANDIGARH:")
ends, so that the place the reporter files from is not read as the place of a measure; and the
table of country names a dateline may end in."""

from __future__ import annotations

import json
import re
from functools import lru_cache

import pycountry
from spacy.tokens import Doc

from pipeline.components.doc_text import doc_text
from pipeline.components.patterns import MODELS_DIR

# "BEIJING, June 9 (Asia Wire) - " / "Srinagar, Aug 5 -": where the reporter is, not the event
DATELINE = re.compile(r"(?m)^[ \t#*_]*[A-Z][\w .,'()/-]{1,60}?\s[-\u2013\u2014]{1,2}\s")
# "Karachi, Nov 13 (Wire) Officials said": after a date and an agency the story may begin with no dash
# "CHANDIGARH: As farmers marched ...", "NEW DELHI, India: ...", "GUWAHATI, Aug 22: ...": a capitalised place
# (and its country or the day) and a colon open the story
CAPS_DATELINE = re.compile(r"[ \t#*_]*[A-Z]{2}[A-Z.'\u2019 -]{1,38}(?:,\s*[A-Z][A-Za-z. ]{1,30}(?:\d{1,2}(?:,\s*\d{4})?)?)?:\s+")
# "A teaser line.\n\nLAHORE: More than ...": the same at the start of a later line of the head
LINE_CAPS_DATELINE = re.compile(r"(?m)^" + CAPS_DATELINE.pattern)
AGENCY_DATELINE = re.compile(r"(?m)^[ \t#*_]*[A-Z][\w .'/-]{1,40}?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)\n]{2,40}\)\s*[:\u2013\u2014-]{0,2}\s+")


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Lowercased English country names ("malawi", "the emirates") -> alpha-2, from pycountry
    and models/gazetteer/country_aliases.json."""
    codes = {(getattr(c, "common_name", None) or c.name).lower(): c.alpha_2 for c in pycountry.countries}
    codes |= {c.name.lower(): c.alpha_2 for c in pycountry.countries}
    aliases = json.loads((MODELS_DIR / "gazetteer/country_aliases.json").read_text("utf-8"))["aliases"]
    return codes | {name.lower(): code for code, names in aliases.items() for name in names}


def dateline_end(doc: Doc) -> int:
    """Character offset where a wire-style dateline at the top of the article ends (0: none):
    "BEIJING, June 9 (Asia Wire) -", "Karachi, Nov 13 (Wire)", "Jakarta, Indonesia -" (a place
    and its country) and "CHANDIGARH:" at the very top or opening a line of the head after a
    teaser; not a sentence that holds a dash."""
    head = doc_text(doc)[:400]
    match = AGENCY_DATELINE.search(head) or CAPS_DATELINE.match(head) or LINE_CAPS_DATELINE.search(head)
    if match is None:
        match = DATELINE.search(head)
        if not match or not (re.match(r"[ \t#*_]*[A-Z]{3,}|.*[(\d]", match.group()) or ends_in_a_country(match.group())):
            return 0
    if any(t.pos_ in ("VERB", "AUX") for t in doc.char_span(match.start(), match.end(), alignment_mode="expand") or []):
        return 0
    return match.end()


def ends_in_a_country(dateline: str) -> bool:
    """"Jakarta, Indonesia -": a short place name, a comma and a country's name before the dash."""
    parts = [p.strip() for p in dateline.strip(" \t#*_-\u2013\u2014").split(",")]
    return len(parts) in (2, 3) and len(parts[0].split()) <= 3 and parts[-1].lower() in country_codes()
