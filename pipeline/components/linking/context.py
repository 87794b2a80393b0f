"""What the linking rules know about one article, read once per Doc and passed to every
rule that needs it, so that nothing of one article is left on the component for the next."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

import pycountry

from spacy.tokens import Doc, Span

from pipeline.components.doc_text import doc_text
from pipeline.components.gazetteer import BODY_REGIONS
from pipeline.components.linking.national_scope import scope_of_something_else
from pipeline.components.linking.datelines import dateline_end
from pipeline.components.linking.places import ACTOR_LABELS, PLACE_LABELS, country_of, home_country, pick
from pipeline.components.patterns import MODELS_DIR
from pipeline.components.rules import load_rules

if not Doc.has_extension("url"):
    Doc.set_extension("url", default=None)  # the article's address: its country when the text names none

# Every word list and number of event_rules.json the linking rules read, with its kind.
REQUIRED_RULES: dict[str, type] = {
    **dict.fromkeys((
        "announce_verbs", "back_reference_nouns", "block_workarounds", "body_nouns", "carrier_determiners", "cause_verbs",
        "circumstance_preps", "continuation_verbs", "deadline_preps", "deictic_nouns", "duration_nouns", "end_preps",
        "extension_nouns", "far_end_preps", "window_verbs",
        "indefinite_determiners", "individual_line_words", "lift_verbs", "locative_words", "begin_verbs", "non_actor_preps", "cause_markers", "area_internet", "lacking_preps",
        "obligation_words", "caught_verbs", "habit_adverbs", "order_preps", "order_words", "person_nouns", "report_verbs", "reporting_people",
        "seat_nouns", "self_evident_remedies", "unreachable_words", "outcome_verbs", "means_remedies", "penalised_use_preps", "observation_preps", "order_modals", "state_words", "still_words", "throttling_triggers", "time_nouns", "times_of_day",
        "hypothetical_marks", "hypothetical_modals", "loose_state_words", "source_preps", "source_verbs", "speaker_pronouns", "kept_from_objects", "path_verbs", "coverage_verbs", "access_limit_verbs", "out_of_reach_words", "line_preps", "line_kind_words", "deadline_nouns",
        "copy_anaphors", "holder_verbs", "request_verbs", "subscriber_nouns", "contact_verbs", "fallback_verbs", "fallback_channels", "fallback_people",
        "fallback_use_verbs", "fallback_route_preps",
    ), set),
    **dict.fromkeys(("accident_min_cues", "actor_max_distance", "context_window_sentences", "restore_window_sentences", "placeless_min_sentences"), int),
    "far_end_of_calls": dict,
    "mobile_holders": dict,
    "area_people": dict,
}
KINDS = {set: "a list", int: "a number", dict: "an object"}


class RulesError(ValueError):
    """The rules file lacks a word list the linking rules read, or has one of the wrong kind."""


def load_linking_rules(rules_file: str) -> dict:
    """The rules of `rules_file` (under models/), checked at load so that a list a researcher
    renamed or deleted fails when the pipeline is built, not halfway through a batch."""
    rules = load_rules(rules_file)
    missing = sorted(k for k in REQUIRED_RULES if k not in rules)
    if missing:
        raise RulesError(f"{MODELS_DIR / rules_file} lacks the linking rules' {', '.join(missing)}")
    wrong = sorted(k for k, kind in REQUIRED_RULES.items() if not isinstance(rules[k], kind))
    if wrong:
        raise RulesError(f"{MODELS_DIR / rules_file}: " + "; ".join(f"{k} must be {KINDS[REQUIRED_RULES[k]]}" for k in wrong))
    return rules


@dataclass
class ArticleContext:
    """Everything per article the rules read besides the sentence at hand."""

    doc: Doc
    rules: dict  # word lists of models/vocab/event_rules.json
    regions: dict[str, dict]  # ISO 3166-2 code -> name and country (models/gazetteer/regions.json)
    spans: list[Span]  # gazetteer spans but the dateline's places: where the reporter is is no event's place
    all_spans: list[Span]  # every gazetteer span, the dateline's too
    by_label: dict[str, list[Span]]  # every gazetteer span by label, in document order
    dates: list[Span]  # dates after the dateline
    all_dates: list[Span]  # the dateline's too: they still tell the reporting period
    triggers: list[Span]
    published: str | None
    home: str | None  # the country the article is mostly about
    region_counts: dict[str, int]  # unambiguous places of the article, to read ambiguous ones
    named: set[str | None]  # countries the article names: a region of another is a false friend
    aliases: dict[str, str]  # "PTA" -> "Pakistan Telecommunication Authority"
    dateline_place: str | None = None  # "URUMQI, China (Wire) -": the place "here" means
    country_names: dict[str, str] = field(default_factory=dict)  # "IR" -> "Iran"
    text: str = ""  # doc.text, which spaCy joins anew at every call
    named_regions: frozenset[str] = frozenset()  # first-level codes of every place named after the dateline, inside bodies' names too


def build_context(doc: Doc, keys: tuple[str, str, str, str], rules: dict, regions: dict[str, dict], place_nouns: frozenset[str] = frozenset(),
                  country_names: dict[str, str] | None = None) -> ArticleContext:
    """Read the article-wide facts from the spans of the earlier stages (`keys`: gazetteer,
    places, dates and triggers span keys; `place_nouns`: the nouns after a demonym that make
    it a place, from the place stage's vocabulary)."""
    gaz_key, places_key, dates_key, trig_key = keys
    spans = with_resolved_places(doc, list(doc.spans.get(gaz_key, [])), place_nouns, places_key)
    measures = [*spans, *doc.spans.get(trig_key, [])]  # "nationwide protests": the scope of the unrest, not the measure
    spans = [s for s in spans if not (s.label_ == "NATIONAL" and scope_of_something_else(s, measures))]
    dateline = dateline_end(doc)
    by_label: dict[str, list[Span]] = {}
    counts: dict[str, int] = {}
    for span in spans:
        by_label.setdefault(span.label_, []).append(span)
        if span.label_ in (*PLACE_LABELS, "CARRIER") and "|" not in span.id_:
            counts[span.id_] = counts.get(span.id_, 0) + 1
    home = home_country(spans, regions, web_country(doc._.url))
    ctx = ArticleContext(
        doc=doc,
        text=doc_text(doc),
        rules=rules,
        regions=regions,
        spans=[s for s in spans if s.start_char >= dateline or s.label_ not in (*PLACE_LABELS, "COUNTRY")],
        all_spans=spans,
        by_label=by_label,
        dates=[d for d in doc.spans.get(dates_key, []) if d.start_char >= dateline],
        all_dates=list(doc.spans.get(dates_key, [])),
        triggers=list(doc.spans.get(trig_key, [])),
        published=doc._.published,
        home=home,
        region_counts=counts,
        named={country_of(c, regions) for s in by_label.get("COUNTRY", []) for c in s.id_.split("|")} | {home},
        aliases=acronyms(doc, [s for s in spans if s.label_ in ACTOR_LABELS]),
        country_names=country_names or {},
        named_regions=named_regions(doc, [*spans, *doc.spans.get(gaz_key, []), *doc.spans.get(gaz_key + BODY_REGIONS, [])], places_key, dateline, regions),
    )
    # an ambiguous dateline name is read like any other, with the article's counts
    ctx.dateline_place = next((pick(s.id_, ctx) for s in spans if s.start_char < dateline and s.label_ in PLACE_LABELS), None)
    return ctx


def named_regions(doc: Doc, spans: list[Span], places_key: str, dateline: int, regions: dict[str, dict]) -> frozenset[str]:
    """The first-level codes of the article's unambiguous regions and cities after the
    dateline, as the place stage resolved them and as the gazetteer matched them (a region
    opening a body's name, whether the NER missed the name, "the Jharkhand State Bar
    Council", or tagged it, "The Jharkhand High Court"): the regions a word pointing back
    ("the state") can mean."""
    codes = {s.id_ for s in spans if s.label_ in PLACE_LABELS and s.start_char >= dateline and "|" not in s.id_}
    codes |= {p._.place.adm1 for p in doc.spans.get(places_key, []) if p.start_char >= dateline and p._.place is not None and p._.place.adm1}
    return frozenset(c for c in codes if c in regions)


# How a mention of the place stage reads to the linking rules: districts and a demonym of
# a region ("Kashmiri towns") place a measure in their region, a landmark in its city.
PLACE_STAGE_LABELS = {"COUNTRY": "COUNTRY", "REGION": "REGION", "DISTRICT": "REGION", "CITY": "CITY", "LANDMARK": "CITY"}


NAMES = ("ORG", "PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT")


def with_resolved_places(doc: Doc, spans: list[Span], place_nouns: frozenset[str], places_key: str) -> list[Span]:
    """The gazetteer's spans with each place read as the place stage resolved it (one code,
    not the gazetteer's "IN-PB|PK-PB"), plus the places only that stage found (districts,
    towns, type-word and demonym forms), in document order. Not a place inside a longer name
    ("the Fars news agency"), nor a demonym that does not name land ("a Kurdish woman", but
    "Kashmiri towns"). Without the place stage, the gazetteer's spans as they are."""
    if places_key not in doc.spans:
        return spans
    out = [s for s in spans if s.label_ not in (*PLACE_LABELS, "COUNTRY")]
    taken = {i for s in out for i in range(s.start, s.end)}
    names = [e for e in doc.ents if e.label_ in NAMES]
    for place in doc.spans[places_key]:
        resolved = place._.place
        label = PLACE_STAGE_LABELS.get(place.label_) or ("REGION" if resolved and resolved.adm1 else "COUNTRY")
        if resolved is None or taken.intersection(range(place.start, place.end)):
            continue
        if any(e.start <= place.start and place.end <= e.end and len(e) > len(place) and not only_places(e, doc.spans[places_key])
               and not in_place_list(e, doc.spans[places_key]) for e in names):
            continue
        if place.label_ == "DEMONYM" and resolved.adm1 and not {t.lower_ for t in doc[place.end - 1:place.end + 1]} & place_nouns:
            continue
        code = resolved.adm1 if label != "COUNTRY" and resolved.adm1 else resolved.country
        label = label if label == "COUNTRY" or resolved.adm1 else "COUNTRY"
        out.append(Span(doc, place.start, place.end, label=label, span_id=code))
    return sorted(out, key=lambda s: (s.start, s.end))


PLACE_GLUE = frozenset({"in", ",", "and", "the", "'s", "\u2019s"})  # "Sierra Leone's" tagged ORG is the country


def only_places(name: Span, places: Iterable[Span]) -> bool:
    """A "name" the NER made of places and the words between them ("Hpakant in Kachin
    State" tagged ORG) is no longer name: its places stand."""
    inside = {i for p in places if name.start <= p.start and p.end <= name.end for i in range(p.start, p.end)}
    return all(t.i in inside or t.lower_ in PLACE_GLUE for t in name)


LIST_GLUE = frozenset({",", "and", "or", "&"})


def in_place_list(name: Span, places: Iterable[Span]) -> bool:
    """A "name" that opens with a place and goes on a list of places ("in Cairo, Alexandria,
    Suez and Daqahliya", the last two tagged ORG because the second is unknown) is more of
    the list: the places in it stand."""
    places = list(places)
    before = name.start - 1
    return (before > 0 and name.doc[before].lower_ in LIST_GLUE and any(p.end == before for p in places)
            and any(p.start == name.start for p in places))


@lru_cache(maxsize=1)
def web_countries() -> dict:
    return json.loads((MODELS_DIR / "gazetteer/web_countries.json").read_text("utf-8"))


def generic_endings() -> frozenset[str]:
    return frozenset(web_countries()["generic_endings"])


@lru_cache(maxsize=1)
def outlet_countries() -> dict[str, str]:
    """Web domain of a national outlet with a generic ending ("dawn.com") -> its country."""
    return {domain: code for code, domains in web_countries()["outlets"].items() for domain in domains}


def web_country(url: str | None) -> str | None:
    """The country of an article's url ("https://news.example.com.ph/...": PH) for an article
    that names no place: what a coder reads from the outlet, by its country's ending or, for
    a known national outlet with a generic one ("dawn.com"), by the outlet. Not vanity
    endings (".io")."""
    host = (urlsplit(url or "").hostname or "").lower()
    labels = host.split(".")
    known = next((code for i in range(len(labels) - 1) if (code := outlet_countries().get(".".join(labels[i:])))), None)
    if known:
        return known
    ending = labels[-1]
    if len(ending) != 2 or ending in generic_endings():
        return None
    country = pycountry.countries.get(alpha_2=ending.upper())
    return country.alpha_2 if country else None


def acronyms(doc: Doc, actors: list[Span]) -> dict[str, str]:
    """Short names of a body the article names in full, so both are one actor: defined in
    brackets after the name ("the Information and Communication Technologies Authority
    (BTK)"), or, undefined, the initials of the name's content words ("the Tanzania
    Communications Regulatory Authority" ... "the TCRA")."""
    found = {}
    for span in actors:
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")" and doc[span.end + 1].is_upper:
            found[doc[span.end + 1].text] = span.text
    initials = {"".join(t.text[0] for t in s if not t.is_stop and t.is_alpha).upper(): s.text for s in actors if len(s) > 1}
    for span in actors:
        if len(span) == 1 and span.text.isupper() and span.text not in found and span.text in initials:
            found[span.text] = initials[span.text]
    return found


def in_sentence(spans: list[Span], sent: Span) -> list[Span]:
    """The spans that start in `sent`."""
    return [s for s in spans if sent.start <= s.start < sent.end]
