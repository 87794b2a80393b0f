"""Where people felt a measure that is set for the whole country.

A platform block or a cut-off of particular lines is set by whoever runs the platform or
the lines, for the country, unless the report places the measure itself. A place that only
says where some people are who noticed it or lost service ("users in two cities complained
the app would not load", "a shopkeeper in a border town who lost his number said ...") is
where the measure reached them, not its scope: a coder keeps such a measure national. The
lead of a report that names the region is another matter: there the people's place is the
report's place, and it stays.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Span

from pipeline.components.linking.place_phrases import place_words
from pipeline.components.linking.places import LEAD_SENTENCES, PLACE_LABELS, is_location, pick

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

COUNTRY_WIDE_KINDS = ("service_block", "subscriber_cutoff")  # set by a platform or a carrier for all its users


def people_placed(m: Mention, part: list[Span], ctx: ArticleContext) -> bool:
    """The mention's region comes only from places of people who noticed the measure, in a
    kind of measure set country-wide, and the report's lead does not name that region."""
    if m.restriction not in COUNTRY_WIDE_KINDS or not m.region:
        return False
    places = [s for s in part if s.label_ in PLACE_LABELS and is_location(s, ctx) and pick(s.id_, ctx) == m.region]
    return bool(places) and all(of_people(s) for s in places) and m.region not in lead_regions(ctx)


def of_people(span: Span) -> bool:
    """"users in Almaty and Astana", "a trader in Ngara": a place hanging on people who are
    the subject of their clause (they complained, said, lost)."""
    token = span.root
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in place_words()["witness_preps"]:
        return False
    people = prep.head
    return people.lemma_.lower() in place_words()["witness_nouns"] and people.dep_ in ("nsubj", "nsubjpass")


def lead_regions(ctx: ArticleContext) -> set[str]:
    """The first-level regions the lead (headline and the sentence under it) names as places
    (`ctx.spans` leave out the dateline's)."""
    lead = list(islice(ctx.doc.sents, LEAD_SENTENCES))
    end = lead[-1].end if lead else 0
    return {pick(s.id_, ctx) for s in ctx.spans if s.start < end and s.label_ in PLACE_LABELS and is_location(s, ctx)}
