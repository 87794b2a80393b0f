"""Phrases that decide whether a place name says where a measure bites, read from the words
around it: a place left out ("except Islamabad"), part of an officer's or a court's name
("commissioner Rawalpindi", "the Sindh and Islamabad High Courts"), given as an example
("including Baghdad"), read as its city ("Baghdad"), beside the mainland ("the mainland
and Zanzibar": the whole country), or where a source of the report is ("according to
relatives in Dushanbe"). Word lists: models/vocab/place_linking.json."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.dates import in_clause
from pipeline.components.patterns import MODELS_DIR

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext


@lru_cache(maxsize=1)
def place_words() -> dict:
    """The word lists of models/vocab/place_linking.json (see its comment): a list becomes a
    set, an object of lists a dict of sets."""
    raw = json.loads((MODELS_DIR / "vocab/place_linking.json").read_text("utf-8"))
    return {k: {m: frozenset(w) for m, w in v.items()} if isinstance(v, dict) else frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def excepted(token: Token) -> bool:
    """A place in a phrase that leaves it out ("except Islamabad", "all provinces except the
    Kurdistan region", "apart from Delhi", "with the exception of Quetta"), up the phrase's
    own words only, so that a place of the measure's clause is never reached."""
    words = place_words()["exception_words"]
    for _ in range(6):
        if token.dep_ not in ("pobj", "conj", "appos", "compound", "amod", "nmod", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.dep_ == "prep" and (token.lower_ in words or token.head.lower_ in words):
            return True
    return False


def office(span: Span) -> bool:
    """A place written right after the office that serves it ("commissioner Rawalpindi",
    "DC Multan"): the two name the officer, not where a measure bites."""
    if span.start == 0:
        return False
    title = span.doc[span.start - 1]
    return title.lower_ in place_words()["office_titles"] and (title.head.i in range(span.start, span.end) or span.root.head.i == title.i)


def shares_a_seat(token: Token, ctx: ArticleContext) -> bool:
    """A place coordinated with a body's name that ends in a seat noun ("the Sindh and
    Islamabad High Courts", "the Delhi and Bombay high courts"): the first body's name
    too, its head noun shared."""
    seats = ctx.rules["seat_nouns"] | place_words()["seat_of_nouns"]
    return any(c.dep_ == "conj" and c.i > token.i and (c.lemma_.lower() in seats or c.lower_ in seats)
               and any(m.dep_ == "compound" for m in c.children) for c in token.children)


def named_as_city(span: Span) -> bool:
    """A region the place stage read under its city's name ("Baghdad", "Conakry"): in a
    sentence or lead that places nothing else, mostly the capital where news comes from."""
    return f"{span.start}:{span.end}" in (span.doc._.city_regions or ())


def example(token: Token, ctx: ArticleContext) -> bool:
    """A place given as an example of a larger area ("the north, including the Kurdish
    region", "towns such as Gonder"): the area, not the place, is what the sentence says."""
    for _ in range(4):
        if token.dep_ not in ("pobj", "conj", "appos", "compound", "amod", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.dep_ == "prep" and (token.lower_ in place_words()["example_words"] or token.head.lower_ in place_words()["example_words"]):
            return True
    return False


def with_the_mainland(token: Token) -> bool:
    """A region coordinated with the mainland ("in the mainland and Zanzibar", "on the
    mainland and in Zanzibar", "the mainland country and Zanzibar"): both parts of the
    country, the whole of it."""
    group = {token, *token.conjuncts}
    prep = next((t.head for t in group if t.dep_ == "pobj"), None)
    for p in (prep, *prep.conjuncts) if prep is not None else ():
        group |= {n for c in p.children if c.dep_ == "pobj" for n in (c, *c.conjuncts)}
    mainland = place_words()["mainland_nouns"]  # "on both the mainland Tanzania and Zanzibar": the noun may modify the country
    return any(t.lower_ in mainland or any(c.dep_ in ("compound", "amod") and c.lower_ in mainland for c in t.children) for t in group)


def source_place(token: Token, report_verbs: frozenset[str]) -> bool:
    """Where a source of the report is ("according to relatives in the capital", "wrote a
    reader in Maracaibo", "a correspondent in Nairobi reported"): people away from the
    measure or writing in about a national one, not a place the measure is named in.
    Residents and users are not such sources: where they are is mostly where the cut bites."""
    head = token.head
    if head.dep_ != "prep" or head.lower_ not in ("in", "from"):
        return False
    person = head.head
    if spoken_in(head):
        return True
    if person.pos_ == "VERB" and person.lemma_.lower() in report_verbs:  # "wrote a reader in Maracaibo", the place on the verb
        person = next((c for c in person.children if c.dep_ == "nsubj" and c.i < token.i), person)
    if person.pos_ != "NOUN" or person.lemma_.lower() not in place_words()["source_nouns"]:
        return False
    if person.dep_ in ("nsubj", "nsubjpass") and person.head.lemma_.lower() in report_verbs:
        return True
    return person.dep_ == "pobj" and person.head.lower_ == "to" and person.head.head.lower_ == "according"


def spoken_in(prep: Token) -> bool:
    """An "in" phrase on a verb of speaking, or on the people spoken to ("a spokesman said in
    Islamabad", "told reporters in Addis Ababa"): where the speaker was when the measure was
    told, mostly the capital, while the measure bites where the sentence's other place says.
    Not when the verb tells someone else ("told providers in Erbil to switch off"): the
    phrase may place those it was told to, who act there."""
    if prep.lower_ != "in":
        return False
    sources = place_words()["source_nouns"]
    on = prep.head
    if on.pos_ == "NOUN" and on.lemma_.lower() in sources and on.dep_ in ("dobj", "dative"):
        on = on.head  # "told reporters in Addis Ababa"
    told = [c for c in on.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in sources]
    return on.pos_ in ("VERB", "AUX") and on.lemma_.lower() in place_words()["speech_verbs"] and not told


def unnamed_parts(sent: Span, locative_words: frozenset[str]) -> bool:
    """The sentence places the measure in parts of a country it does not name ("in
    Cameroon's two English-speaking regions", "in a growing number of townships", "in parts
    of the country", "cut off services to several parts of the country"): not the whole
    country, though no region is said; "in all provinces" is the whole."""
    for t in sent:
        if not some_parts(t):
            continue
        head = t.head
        if head.lower_ == "of" and head.head.dep_ == "pobj" and head.head.lemma_.lower() in place_words()["quantity_nouns"]:
            head = head.head.head  # "in a number of townships", "in dozens of districts"
        if head.dep_ == "prep" and (head.lower_ in locative_words or head.lower_ in place_words()["part_preps"] and head.head.pos_ == "VERB"):
            return True  # "in parts of the country"; "cut off services to several parts of the country"
    return False


def spread_parts(span: Span) -> bool:
    """A scope phrase that says where counted parts lie ("in 80 townships across the
    country", "in dozens of districts throughout the state"): the parts are the measure's
    place, spread over the country, not the whole of it; "in all districts across the
    country" is the whole."""
    return span.root.dep_ == "prep" and some_parts(span.root.head)


def some_parts(noun: Token) -> bool:
    """A plural noun of parts of a country ("districts", "townships") that is not all of
    them ("all provinces")."""
    words = place_words()
    return noun.lemma_.lower() in words["part_nouns"] and noun.tag_ in ("NNS", "NNPS") \
        and not any(c.lower_ in words["whole_determiners"] for c in noun.children)


def regional_body(head: Token) -> bool:
    """"The State government", "the provincial authorities": a body of a first-level region,
    not of the nation (not "a state government", said of any)."""
    heads = place_words()["regional_bodies"]
    return any(c.dep_ in ("amod", "compound") and head.lower_ in heads.get(c.lower_, ()) for c in head.children) and not any(
        c.dep_ == "det" and c.lower_ in place_words()["generic_determiners"] for c in head.children)


def incident(prep: Token) -> bool:
    """A phrase of what a measure came after or amid ("after the bombing in Istanbul", "in
    response to protests rocking Baghdad", "in the wake of the attack"): a city in it is
    where that happened, not where the measure bites, unless the sentence's measure is a
    region's own ("the regional government cut the internet after the riots in Urumqi")."""
    words = place_words()
    if prep.lower_ not in words["incident_preps"] and prep.head.lower_ not in words["circumstance_nouns"]:
        return False
    return not any(regional_body(t) for t in prep.sent)


def subordinate(token: Token, stops: set[int]) -> bool:
    """A place in a clause of its own under the measure's ("cut in Kashmir, hours before the
    Centre split the state into Jammu and Kashmir and Ladakh"): what that clause tells, no
    second region the measure was taken in (`stops`: the measure's triggers and verbs)."""
    for t in (token, *token.ancestors):
        if t.i in stops:
            return False
        if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
    return False


def city_acts(span: Span, triggers: list[Span]) -> bool:
    """A city, or a region read as its city ("Tehran", "Beijing"), as the active subject of
    a verb that carries out a measure ("Tehran ordered the country's internet cut",
    "Beijing blocked the app"): the government seated there, as "Tehran" stands for Iran's,
    not where the measure bites. Not a verb of undergoing one ("Srinagar saw a shutdown")."""
    token = span.root
    if token.dep_ != "nsubj" or not (span.label_ == "CITY" or named_as_city(span)):
        return False
    verb = token.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in place_words()["undergo_verbs"]:
        return False
    inside = {t.root.i for t in triggers}
    return verb.i in inside or any(c.dep_ == "dobj" and any(d.i in inside for d in c.subtree) for c in verb.children)


def restored_there(span: Span, ctx: ArticleContext) -> bool:
    """A place in the clause of a restoration ("mobile internet was restored across Multan",
    "data in the capital was restored on Thursday"): where the service came back, so where
    it had been cut, even when it is a city, unlike a city where news of a measure comes
    from ("residents of Harare said ...")."""
    lifts = [t for t in ctx.triggers if t.label_ == "LIFT" and span.sent.start <= t.start < span.sent.end]
    return bool(lifts) and in_clause(span, lifts, ctx.rules)


def governs_region(span: Span, noun: Token) -> bool:
    """A first-level region hanging on a body that governs it ("the anti-terror commission
    in the Tula region", "the home office of Sindh province"): the region that body acts for,
    so where its measure bites; unlike a city where an embassy or a ministry sits."""
    return span.label_ == "REGION" and not named_as_city(span) and noun.lemma_.lower() in place_words()["jurisdiction_nouns"]
