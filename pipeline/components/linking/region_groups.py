"""A measure placed in a group of regions known by one name ("the Anglophone regions",
"English-speaking parts of the country", "Anglophone Cameroon") is a measure in each
region of the group, as a coder reads it.

Some countries' regions are spoken of as a set with a name of its own, the name a report
uses far more often than the regions' own: Cameroon's North-West and South-West are "the
English-speaking regions". Without that reading the measure keeps only its country and
the article loses both regional events. The groups are data (models/vocab/region_groups.json,
per country: the words of the group's name and its codes); the words count only before a noun of parts of a country ("regions", "parts",
"areas") or before the country's own name, so that "English-speaking Cameroonians" or "the
Anglophone struggle" place nothing.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.components.linking.dates import in_clause
from pipeline.components.linking.place_phrases import place_words
from pipeline.components.linking.counted_regions import in_each_region
from pipeline.components.patterns import MODELS_DIR

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention


@lru_cache(maxsize=1)
def region_groups() -> dict[str, dict[str, list[str]]]:
    """Per country, the words of each group's name -> its region codes (models/vocab/region_groups.json)."""
    raw = json.loads((MODELS_DIR / "vocab/region_groups.json").read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def grouped_regions_named(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """Each mention placed only by a group's name, as one mention per region of the group;
    every other mention as it is. A region the mention holds already counts as placed by
    the name when it is one of the group's: the place stage reads a group word that is
    also a demonym ("Anglophone") as one of its regions."""
    out: list[Mention] = []
    for m in mentions:
        codes = [] if m.city or m.national or m.international else group_codes(m, ctx)
        if not codes or m.region not in (None, *codes):
            out.append(m)
            continue
        out.extend(in_each_region(m, codes, ctx))
    return out


def group_codes(m: Mention, ctx: ArticleContext) -> list[str]:
    """The codes of the group named before a part noun or the country's name in the
    measure's clause, for the measure's country."""
    groups = region_groups().get(m.country or ctx.home or "", {})
    if not groups:
        return []
    doc = ctx.doc
    for t in doc[m.start : m.end]:
        if not grouped_noun(t, m.country or ctx.home or "", ctx) or not in_clause(doc[t.i : t.i + 1], m.triggers, ctx.rules):
            continue
        before = doc[t.left_edge.i : t.i].text.lower()
        for name, codes in groups.items():
            if name in before:
                return sorted(codes)
    return []


def grouped_noun(token: Token, country: str, ctx: ArticleContext) -> bool:
    """A plural noun of parts of a country ("regions", "parts") or the country's own name."""
    if token.lemma_.lower() in place_words()["part_nouns"] and token.tag_ in ("NNS", "NNPS"):
        return True
    return any(s.label_ == "COUNTRY" and s.start <= token.i < s.end and country in s.id_.split("|") for s in ctx.by_label.get("COUNTRY", []))
