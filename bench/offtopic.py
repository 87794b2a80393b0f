"""Ordinary news for the benchmark and the tests: carrier earnings, storm outages, phone
launches, sports, weather, politics, the economy, health, culture, transport, environment.

Every article is generated from the templates in `bench/offtopic.json` (written for this
project, not taken from any outlet), deterministically from a seed and an index, so the
benchmark's mixed folder is the same on every machine. Some categories deliberately use
the vocabulary of restriction reports ("cut", "network", "mobile", "lines", "suspended"),
so triage has to earn its speed-up rather than being handed easy text. Categories come in
the proportions of a general news wire (`weight` in the JSON file).

    from offtopic import article
    record = article(7)            # {"id", "title", "text", "published", "outlet", "url"}
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("offtopic.json")
OUTLETS = ("Harbour Gazette", "The Morning Ledger", "Valley Times", "Coastline Daily", "Northern Courier", "City Observer")
# Slots that keep one value for the whole article (a story has one team, one storm, one city ...).
ARTICLE_SLOTS = (
    "city", "country", "carrier", "phonemaker", "phonemodel", "company", "utility", "team", "party",
    "ministry", "festival", "disease", "storm", "product",
)
SLOT = re.compile(r"\{(\w+)\}")
CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


@lru_cache(maxsize=1)
def templates() -> dict:
    return json.loads(DATA.read_text("utf-8"))


def _numbers(rng: random.Random) -> dict:
    """Generators for the numeric and derived slots (fresh at every use)."""
    return {
        "n_small": lambda: str(rng.randint(2, 12)),
        "n_small_tens": lambda: str(rng.randint(2, 9) * 10 + rng.randint(0, 9)),
        "n_small_hundreds": lambda: str(rng.randint(1, 9) * 100 + rng.randint(0, 9) * 10),
        "n_mid": lambda: f"{rng.randint(1, 95) * 1000 + rng.randint(0, 9) * 100:,}",
        "n_thousand": lambda: f"{rng.randint(1, 5) * 1000 + rng.randint(0, 9) * 100:,}",
        "n_million": lambda: f"{rng.randint(1, 40)}.{rng.randint(1, 9)}",
        "n_seats": lambda: str(rng.randint(160, 210)),
        "n_seats2": lambda: str(rng.randint(90, 150)),
        "pct": lambda: f"{rng.randint(0, 9)}.{rng.randint(1, 9)}",
        "pct_big": lambda: str(rng.randint(12, 74)),
        "decimal": lambda: f"{rng.randint(1, 14)}.{rng.randint(1, 9)}",
        "money": lambda: rng.choice(("$", "€", "£")) + f"{rng.randint(1, 9)}.{rng.randint(1, 9)} " + rng.choice(("billion", "million")),
        "money_small": lambda: rng.choice(("$", "€", "£")) + str(rng.randint(19, 89) * 10 - 1),
        "cents": lambda: str(rng.randint(5, 60)),
        "kmh": lambda: str(rng.randint(9, 17) * 10),
        "temp": lambda: str(rng.randint(31, 41)),
        "temp_low": lambda: str(rng.randint(19, 26)),
        "inch": lambda: f"6.{rng.randint(1, 9)}",
        "mp": lambda: str(rng.choice((12, 48, 50, 64, 108, 200))),
        "score": lambda: f"{rng.randint(1, 4)}-{rng.randint(0, 2)}",
        "ordinal": lambda: rng.choice(("second", "third", "fourth", "fifth", "sixth", "tenth", "twelfth", "20th", "25th")),
        "year": lambda: str(rng.randint(1880, 1961)),
        "year2": lambda: str(rng.randint(2025, 2029)),
        "year2_past": lambda: str(rng.randint(2005, 2011)),
    }


def article(index: int, seed: int = 0) -> dict:
    """The `index`-th ordinary news article of the stream `seed`: a JSON record as scrapers save it."""
    rng = random.Random(f"offtopic:{seed}:{index}")
    data = templates()
    slots = data["slots"]
    names = sorted(data["categories"])
    name = rng.choices(names, weights=[data["categories"][c].get("weight", 1) for c in names])[0]
    category = data["categories"][name]
    fixed = {key: rng.choice(slots[key]) for key in ARTICLE_SLOTS}
    fixed["CITY"] = fixed["city"].upper()
    fixed["team2"] = rng.choice([t for t in slots["team"] if t != fixed["team"]])
    numbers = _numbers(rng)

    def fill(template: str) -> str:
        template = CHOICE.sub(lambda m: rng.choice(m[1].split("|")), template)

        def slot(m: re.Match) -> str:
            key = m[1]
            if key in fixed:
                return fixed[key]
            if key in numbers:
                return numbers[key]()
            if key == "person":
                return f"{rng.choice(slots['first'])} {rng.choice(slots['last'])}"
            if key in ("weekday", "weekday2", "month"):
                return rng.choice(slots[key.rstrip("2")])
            raise KeyError(f"offtopic.json: unknown slot {{{key}}}")

        return SLOT.sub(slot, template)

    story = rng.randrange(len(category["leads"]))  # headline i goes with lead i
    body = rng.sample(category["body"], k=min(len(category["body"]), rng.randint(6, 9)))
    for extra in rng.sample(data["common"], k=rng.randint(1, 3)):
        body.insert(rng.randint(1, len(body)), extra)
    paragraphs = [fill(category["leads"][story])] + [fill(p) for p in body]
    year, month, day = rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28)
    outlet = rng.choice(OUTLETS)
    return {
        "id": f"offtopic-{seed}-{index:07d}",
        "title": fill(category["headlines"][story]),
        "text": "\n\n".join(paragraphs),
        "published": f"{year:04d}-{month:02d}-{day:02d}",
        "outlet": outlet,
        "url": f"https://{outlet.lower().replace(' ', '')}.example/{year}/{month:02d}/{name}-{index}",
        "category": name,
    }


def articles(n: int, seed: int = 0) -> Iterator[dict]:
    for i in range(n):
        yield article(i, seed)


if __name__ == "__main__":  # print a few, to read them
    import sys

    for record in articles(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        print(f"# {record['title']} ({record['category']}, {record['published']})\n\n{record['text']}\n")
