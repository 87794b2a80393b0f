"""Place and scope of a mention: which region, city or country the measure applies in.

A place name is the measure's place only where it says where the measure bites: not where
calls go ("calls to Taiwan"), where a court sits ("a Dakar court") or where the reporter
files from (the dateline), and not a region of a country the article never names.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.doc_text import doc_text
from pipeline.components.linking.dates import in_clause
from pipeline.components.linking.datelines import country_codes
from pipeline.components.linking.landmarks import landmark
from pipeline.components.linking.place_phrases import (
    city_acts, example, excepted, governs_region, incident, named_as_city, office, place_words, regional_body, restored_there, shares_a_seat,
    source_place, spread_parts, subordinate, unnamed_parts, with_the_mainland,
)
from pipeline.components.rules import governing_verb, in_cause_or_target

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

PLACE_LABELS = ("REGION", "CITY")
ACTOR_LABELS = ("ACTOR", "AUTHORITY", "CARRIER")
LEAD_SENTENCES = 2  # a headline and the sentence under it


def country_of(code: str, regions: dict[str, dict]) -> str | None:
    """The country of a gazetteer code: a region's from regions.json, else its alpha-2 prefix."""
    if not code:
        return None
    if code in regions:
        return regions[code]["country"]
    return code.split("-")[0] if len(code.split("-")[0]) == 2 else None


def home_country(spans: list[Span], regions: dict[str, dict], outlet: str | None = None) -> str | None:
    """The country the article is mostly about, from every place and carrier it names; on a tie
    (a carrier of several countries named alone) the outlet's country if one of them, else `outlet`."""
    counts: dict[str, int] = {}
    for s in spans:
        codes = s.id_.split("|")[1:] if s.label_ == "AUTHORITY" else s.id_.split("|")
        for country in {country_of(code, regions) for code in codes} if s.label_ in (*PLACE_LABELS, "COUNTRY", "CARRIER", "AUTHORITY") else ():
            if country:
                counts[country] = counts.get(country, 0) + 1
    tied = [c for c in counts if counts[c] == max(counts.values())]
    return outlet if outlet in tied or not tied else max(tied)


def pick(ident: str, ctx: ArticleContext) -> str:
    """One code of an ambiguous name ("IN-PB|PK-PB"): the region the article names most,
    else one in the article's country."""
    codes = ident.split("|")
    if len(codes) == 1:
        return codes[0]
    return max(codes, key=lambda c: (ctx.region_counts.get(c, 0), country_of(c, ctx.regions) == ctx.home, -codes.index(c)))


def foreign(span: Span, ctx: ArticleContext) -> bool:
    """A place of a country the article never names ("Georgia" in a report on Iran)."""
    return country_of(pick(span.id_, ctx), ctx.regions) not in ctx.named


def is_location(span: Span, ctx: ArticleContext) -> bool:
    """Not a place that only says where someone is from or where calls go ("calls to Taiwan", "messages from overseas, Hong Kong and Macao")."""
    token = span.root
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    head = token.head
    if excepted(span.root) or landmark(span, ctx):
        return False  # "in every city except Islamabad": where the measure does not bite; "Noida on the outskirts of New Delhi": where Noida lies
    if office(span):
        return False  # "after former commissioner Rawalpindi alleged ...": a person
    if head.dep_ == "prep" and head.lower_ in ctx.rules["far_end_preps"] and head.head.pos_ in ("NOUN", "PROPN") \
            and (span.label_ == "COUNTRY" or country_of(pick(span.id_, ctx), ctx.regions) != ctx.home):
        return False  # "calls to Taiwan" (but "connections to Derna", a city of the country, were cut there)
    if head.dep_ == "prep" and head.head.dep_ == "appos":
        return False  # "Rofino Fiel, a driver in Maputo, says ...": where a witness lives
    if source_place(token, ctx.rules["report_verbs"]):
        return False  # "according to relatives in Dushanbe": where a source of the report is
    possessive = token.dep_ == "poss" and any(c.dep_ == "case" for c in token.children)  # not "the Tula, Kursk and Bryansk regions"
    if possessive and not is_service_word(head, ctx):  # "Beijing's campaign": the government
        return False
    if token.dep_ in ("compound", "amod", "nmod") and token.head.lemma_.lower() in ctx.rules["seat_nouns"]:
        return False  # "a Dakar court convicted ...", "the Fars news agency": where a body sits or its name
    if shares_a_seat(token, ctx):
        return False  # "the Sindh and Islamabad High Courts": the Sindh High Court
    if head.dep_ == "prep" and (seat_of(head.head) and not governs_region(span, head.head) or head.head.lemma_.lower() in place_words()["seat_verbs"] and head.head.dep_ in ("acl", "amod")):
        return False  # "the British embassy in Nairobi says ...", "a group based in Dharamsala": where the body sits
    if head.dep_ == "prep" and head.lower_ in ("with", "from") and head.head.lemma_.lower() in place_words()["border_nouns"]:
        return False  # "villages close to the state's border with Haryana": the neighbour across it
    if head.dep_ == "prep" and head.lower_ == "from" and head.head.lemma_.lower() in ctx.rules["order_words"] and (span.label_ == "CITY" or named_as_city(span)):
        return False  # "based on a decision from Baghdad": the government seated there gave it
    if span.label_ in PLACE_LABELS and speaks(token):
        return False  # "as Dhaka grows impatient", "Beijing insists": the government, not a place
    if token.i == span.root.i and city_acts(span, ctx.triggers):
        return False  # "Tehran ordered the country's internet cut": the government seated there
    countries = ctx.by_label.get("COUNTRY", [])
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" and not span.start <= g.i < span.end and not any(k.start <= g.i < k.end for k in countries)
                                                         for g in c.children) for c in token.children):
        return False  # "the North-West region of Xinjiang": the place named after "of" (but "the Oromia region of Ethiopia", "the Sichuan subsidiary of China Telecom")
    following = span.doc[span.end : span.end + 2]
    return not (len(following) == 2 and following[0].text == "-" and following[1].lower_ == "based")


def seat_of(noun: Token) -> bool:
    """A noun of a body or its building ("embassy", "consulate", "office"), or a phrase of
    one ("the embassy of Norway in Harare"): a place hanging on it is its seat."""
    seats = place_words()["seat_of_nouns"]
    for _ in range(3):
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if noun.lemma_.lower() in seats or noun.lower_ in seats:
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


def speaks(token: Token) -> bool:
    """A city or region as the subject of saying, wanting or judging ("Beijing insists"), or
    of a linking verb with a feeling ("as Dhaka grows impatient"): its government speaks."""
    if token.dep_ != "nsubj":
        return False
    words, verb = place_words(), token.head
    if verb.lemma_.lower() in words["voice_verbs"]:
        return True
    return verb.lemma_.lower() in words["linking_verbs"] and any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in words["feeling_words"] for c in verb.children)


def modifies_actor(span: Span, ctx: ArticleContext) -> bool:
    """"The Chinese government", "Russia's regulator": the country of whoever acted."""
    head = span.root.head
    return any(s.start <= head.i < s.end for label in ACTOR_LABELS for s in ctx.by_label.get(label, []))


def is_service_word(token: Token, ctx: ArticleContext) -> bool:
    """"Kashmir's internet": the place whose service it is, unlike "Beijing's campaign"."""
    return any(s.start <= token.i < s.end for s in ctx.by_label.get("SERVICE", []))


def region_cuts(triggers: list[Span], spans: list[Span], ctx: ArticleContext) -> list[int]:
    """Where a sentence naming several regions in its triggers' clauses is cut, one part per
    region ("Liaoning imposed the block on January 25, Guizhou last November"); none when it
    names one region or none."""
    return [s.start for s in region_spans(triggers, spans, ctx)[1:]]


def region_spans(triggers: list[Span], spans: list[Span], ctx: ArticleContext) -> list[Span]:
    """The first place of each region a sentence names in its triggers' clauses, when it
    names more than one; else none."""
    places = [s for s in spans if is_location(s, ctx) and (s.label_ in PLACE_LABELS or (s.label_ == "CARRIER" and "-" in s.id_))]
    stops = {t.root.i for t in triggers} | {v.i for t in triggers if (v := governing_verb(t.root)) is not None}
    places = [s for s in places if not foreign(s, ctx) and in_clause(s, triggers, ctx.rules) and not subordinate(s.root, stops)]
    regions: list[tuple[Span, str]] = []
    for s in places:
        code = pick(s.id_, ctx)
        if "-" in code and (not regions or regions[-1][1] != code):
            regions.append((s, code))
    return [s for s, _ in regions] if len({c for _, c in regions}) > 1 else []


def listed(regions: list[Span]) -> bool:
    """Regions named as one list ("in the Tula, Kursk and Belgorod regions", "Sirsa and
    Jind"): one measure in each, sharing the sentence's dates and actors, unlike regions
    of clauses of their own ("Liaoning on January 25, Guizhou last November")."""
    if len(regions) < 2:
        return False
    doc = regions[0].doc
    return all(t.is_punct or t.dep_ in ("cc", "det", "preconj") for a, b in zip(regions, regions[1:]) for t in doc[a.end:b.start])


def locate(m: Mention, trigs: list[Span], spans: list[Span], part: list[Span], ctx: ArticleContext) -> None:
    """The mention's region, city and country from the places and regional carriers of its
    part of the sentence; its scope (national, international) from the whole sentence."""
    spans = [s for s in spans if not (s.label_ == "NATIONAL" and spread_parts(s))]  # "in 80 townships across the country"
    national = any(s.label_ == "NATIONAL" for s in spans) or any(s.label_ == "COUNTRY" and over_the_country(s.root, ctx) for s in spans)
    # "across Iraq, including in the capital, Baghdad": an example inside the national scope
    part = [s for s in part if not beside_the_measure(s, trigs, national, ctx.rules) and not (national and example(s.root, ctx))]
    for s in part:
        if s.label_ in PLACE_LABELS and with_the_mainland(s.root):
            m.national = True  # "in Tanzania's mainland and Zanzibar": the whole country
        elif s.label_ in PLACE_LABELS and is_location(s, ctx):
            code = pick(s.id_, ctx)
            m.region = m.region or (code if "-" in code else None)
            m.country = m.country or country_of(code, ctx.regions)
            if s.label_ == "CITY":
                m.city = m.city or s.text
        elif s.label_ == "CARRIER" and is_location(s, ctx) and not brand_elsewhere(s, ctx):
            code = country_in_name(s) or pick(s.id_, ctx)
            if "-" in code:
                m.region = m.region or code
            m.country = m.country or country_of(code, ctx.regions)
    stop = governing_verb(trigs[0].root)
    far_ends = ctx.rules["far_end_of_calls"].get(ctx.home, ())
    roots = {t.root.i for t in trigs}
    # "as platforms face scrutiny in India, Zambia has restricted ...": the state that acted first
    for s in sorted(spans, key=lambda s: not (s.label_ == "COUNTRY" and s.root.dep_ == "nsubj" and s.root.head.i in roots)):
        if s.label_ == "COUNTRY" and is_location(s, ctx) and not in_cause_or_target(s, stop, ctx.rules):
            code = pick(s.id_, ctx)
            if code in far_ends and code != ctx.home:
                m.international = True  # "calls from Hong Kong" in China
            elif s.root.dep_ in ("nsubj", "nsubjpass", "dobj") or over_the_country(s.root, ctx):
                m.country = m.country or code  # "in China", "across Iran", "Iran blocked"
                if compass(s):  # "in western China": a part of the country, the one the article names
                    m.region = m.region or sole_region(code, ctx)
                elif not (s.root.dep_ == "nsubj" and s.root.head.i in {t.root.i for t in trigs}):
                    m.named_country = True  # but "Bangladesh cut 3G in the camps": the state that acted, the scope unsaid
            elif modifies_actor(s, ctx):
                m.country = m.country or code  # "the Chinese government", "Russia's regulator"
        elif s.label_ == "INTL":
            m.international = True
        elif s.label_ == "NATIONAL":
            m.national = True
    if not m.region and not m.national and regional_actor(m.sent, trigs, ctx):
        m.region = sole_region(m.country or ctx.home or "", ctx)  # "the State government" of the one state named
        m.country = country_of(m.region, ctx.regions) if m.region else m.country
    m.unnamed_parts = not (m.region or m.national) and unnamed_parts(m.sent, ctx.rules["locative_words"])
    if not (m.region or m.city or m.national or m.named_country or m.international):
        m.region = sentence_region(spans, trigs, m.country or ctx.home, ctx)  # "news from Karakalpakstan slowed after the decision to cut ..."
        if not m.region and not m.vague and not any(s.label_ in (*PLACE_LABELS, "COUNTRY") for s in spans):
            m.region = lead_region(m.country or ctx.home, ctx)  # "Internet restored in Kashmir" ... "Access stays limited to ..."
        m.country = m.country or (country_of(m.region, ctx.regions) if m.region else None)
    bodies = [s for s in spans if s.label_ in ("AUTHORITY", "CARRIER") and not brand_elsewhere(s, ctx)]  # after the countries the sentence names ("providers in Malawi")
    m.country = m.country or next((c for s in bodies if (c := country_in_name(s))), None) or next(
        (c for s in bodies if (c := country_of(pick(s.id_.split("|", 1)[-1] if s.label_ == "AUTHORITY" else s.id_, ctx), ctx.regions))), None)


def brand_elsewhere(body: Span, ctx: ArticleContext) -> bool:
    """A carrier brand of several countries none of which the article names ("MTN" in a
    report on Eswatini, whose local arm the gazetteer lists apart): it tells no country, and
    the measure keeps the article's."""
    codes = body.id_.split("|")
    return body.label_ == "CARRIER" and len(codes) > 1 and not country_in_name(body) and not any(country_of(c, ctx.regions) in ctx.named for c in codes)


def over_the_country(token: Token, ctx: ArticleContext) -> bool:
    """A country after a locative word ("in Iran", "across Iraq") or after one through the
    bulk of it ("across much of Iraq", "throughout most of Sudan"): the measure's scope."""
    head = token.head
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.lower_ in place_words()["bulk_words"]:
        head = head.head.head if head.head.dep_ == "pobj" else head
    return head.dep_ == "prep" and head.lower_ in ctx.rules["locative_words"]


def sentence_region(spans: list[Span], trigs: list[Span], country: str | None, ctx: ArticleContext) -> str | None:
    """The one first-level region of the measure's country that its sentence names outside
    the measure's clause ("getting news out of Karakalpakstan grew harder after the decision
    to cut mobile internet"): a sentence that places nothing else places the measure there,
    as a reader takes it. Not a region beside the measure ("after a raid in Oromia")."""
    codes = {pick(s.id_, ctx) for s in spans if s.label_ == "REGION" and not named_as_city(s) and is_location(s, ctx) and not foreign(s, ctx)
             and not beside_the_measure(s, trigs, True, ctx.rules) and not example(s.root, ctx)}
    codes = {c for c in codes if "-" in c and country in (None, country_of(c, ctx.regions))}
    return codes.pop() if len(codes) == 1 else None


def lead_region(country: str | None, ctx: ArticleContext) -> str | None:
    """The region of an article that names one only, as a region, in a lead sentence that
    tells no measure (a restoration, a scene): the place of a measure told later without one
    ("2G restored in the Kashmir Valley" ... "Access remains limited to listed sites"), as a
    reader carries the lead's place through the report. A lead measure's own mention carries
    its place already; a city there is mostly where news of a national measure comes from,
    unless the lead restores service there ("mobile data restored across Multan")."""
    region = sole_region(country or "", ctx)
    lead = list(islice(ctx.doc.sents, LEAD_SENTENCES))
    end = lead[-1].end if lead else 0
    told = {s.sent.start for s in ctx.by_label.get("NATIONAL", []) if s.start < end}  # "Tamale: data slowed across the country"
    told |= {t.sent.start for t in ctx.triggers if t.label_ != "LIFT" and t.start < end}  # a measure there: its mention has the place
    return region if any(s.start < end and (s.label_ == "REGION" and not named_as_city(s) or s.label_ in PLACE_LABELS and restored_there(s, ctx))
                         and pick(s.id_, ctx) == region and is_location(s, ctx) and not heading(s) and s.sent.start not in told for s in ctx.spans) else None


def country_in_name(body: Span) -> str | None:
    """The country a body's name begins or a carrier's name ends with ("the Malawi Communications
    Regulatory Authority", "Vodafone India"), which the gazetteer's entry for the rest may not share."""
    doc = body.doc
    for k in (1, 2, 3):
        if body.start - k >= 0 and (code := country_codes().get(doc[body.start - k : body.start].text.lower())):
            return code
    return country_codes().get(doc[body.end].text.lower()) if body.label_ == "CARRIER" and body.end < len(doc) and doc[body.end].pos_ == "PROPN" else None


def compass(span: Span) -> bool:
    """"western China", "south-west Ethiopia": a part of the country, not all of it."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in place_words()["compass_words"] for c in span.root.children)


def sole_region(country: str, ctx: ArticleContext) -> str | None:
    """The one first-level region of `country` the article names, if it names one only: what
    a coder reads "in western China" as in an article that places the events in Sichuan."""
    found = {code for s in ctx.spans if s.label_ in PLACE_LABELS and "-" in (code := pick(s.id_, ctx)) and country_of(code, ctx.regions) == country}
    return found.pop() if len(found) == 1 else None


def regional_actor(sent: Span, trigs: list[Span], ctx: ArticleContext) -> bool:
    """"The State government", "the provincial authorities" in the measure's clause."""
    return any(regional_body(t) and in_clause(t.doc[t.i : t.i + 1], trigs, ctx.rules) for t in sent)


def lead_named_region(country: str | None, ctx: ArticleContext) -> str | None:
    """The one first-level region of `country` that the article's lead (headline and first
    sentence) names as a place: in a report that names several, the one it is about, whose
    government "the state government" told later without a place is, as a reader takes it."""
    lead = list(islice(ctx.doc.sents, LEAD_SENTENCES))
    end = lead[-1].end if lead else 0
    codes = {pick(s.id_, ctx) for s in ctx.spans if s.start < end and s.label_ in PLACE_LABELS and is_location(s, ctx) and not foreign(s, ctx)}
    codes = {c for c in codes if "-" in c and country in (None, country_of(c, ctx.regions))}
    return codes.pop() if len(codes) == 1 else None


def beside_the_measure(span: Span, trigs: list[Span], national: bool, rules: dict) -> bool:
    """In a sentence that calls the measure national ("across Turkey", "nationwide"), a
    place of what happened around it, not of the measure: in a clause of its own ("as
    protesters marched in the capital"), a phrase of time or cause ("after an attack
    outside Ankara") or of purpose ("to crush unrest in Kurdish regions"). Without such
    words a region there may well be the measure's ("cut as clashes spread in Manipur"),
    but a city in a clause of its own or in a phrase of time or cause is where people
    were ("blocked YouTube as the opposition leader spoke in Caracas", "throttled after
    the bombing in Istanbul"). Whatever the sentence, a place that only
    describes a thing another action of the same actors touched ("cut mobile data and
    closed the roads that link Nairobi to its suburbs") is none."""
    stops = {t.root.i for t in trigs} | {v.i for t in trigs if (v := governing_verb(t.root)) is not None}
    if in_other_action(span, stops):
        return True
    if national and heading(span):
        return True
    city = span.label_ == "CITY" or named_as_city(span)
    if not national and not city:
        return False
    for t in (span.root, *span.root.ancestors):
        if t.i in stops:
            return False
        if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        if t.dep_ == "prep" and (national and t.lower_ in rules["circumstance_preps"] or city and incident(t)):
            return True  # "after the bombing in Istanbul", "in response to protests rocking Baghdad": where it happened
        if national and t.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True  # "cut nationwide to crush unrest in Kurdish regions": where the purpose lies
    return False


def heading(span: Span) -> bool:
    """"Kumasi: Mobile data across the country was slowed": a place opening the sentence
    before a colon is where the report was filed from, as a dateline is."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ":":
        return False
    return span.start == span.sent.start or doc_text(doc)[: span.start_char].rstrip(" \t#*_").endswith("\n")


def in_other_action(span: Span, stops: set[int]) -> bool:
    """The place sits in a clause describing a thing ("the roads that link Nairobi", "bridges
    connecting Khartoum") that is the object of a verb coordinated with the measure's but no
    measure itself ("... and closed the roads"): where that action was, not the cut."""
    described = False
    for t in (span.root, *span.root.ancestors):
        if t.i in stops:
            return False
        if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB":
            described = True
        elif t.dep_ == "conj" and t.pos_ == "VERB" and t.head.i in stops:
            return described
    return False


def deictic(sent: Span, rules: dict) -> bool:
    """"Across this far-western city", "here": the place of the dateline."""
    tokens = list(sent)
    for i, t in enumerate(tokens):
        if t.lower_ == "here" and t.pos_ == "ADV":
            return True
        if t.lower_ == "this" and any(n.lower_ in rules["deictic_nouns"] and n.pos_ == "NOUN" for n in tokens[i + 1 : i + 6]):
            return True
    return False
