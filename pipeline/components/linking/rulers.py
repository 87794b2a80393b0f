"""How coders name a state that rules by force: "the regime" stays the regime of its
country (a coder writes "Myanmar regime" or "junta", never "Myanmar government", for a
text that never calls it a government), and the country's armed forces are one actor
however often the text renames them ("the military regime", "the junta", "Burma Army",
"the Myanmar military")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.components.linking.orders import ACTOR_RULES
from pipeline.components.rules import load_rules

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext


def state_name(country: str, word: str, ctx: ArticleContext) -> str:
    """The country's state as the text calls it: "<Country> regime" for a word coders keep
    (actor_rules kept_state_words), else "<Country> government"."""
    kept = word.lower() if word.lower() in load_rules(ACTOR_RULES)["kept_state_words"] else "government"
    return f"{ctx.country_names.get(country, country)} {kept}"


def armed_forces(actor: dict, ctx: ArticleContext) -> bool:
    """A name made of nothing but words for the armed forces and the state they rule, and
    country names ("junta", "the military regime", "the military government", "Burma Army",
    "Myanmar's military"): the country's armed forces, one body. A force with a name of its
    own ("Rapid Support Forces") is not, nor a regime not called military ("Myanmar regime")."""
    rules = load_rules(ACTOR_RULES)
    military = set(rules["armed_force_words"])
    countries = {w for n in ctx.country_names.values() for w in re.findall(r"\w+", n.lower())}
    countries |= {w for s in ctx.by_label.get("COUNTRY", []) for w in re.findall(r"\w+", s.text.lower())}
    known = military | set(rules["kept_state_words"]) | ctx.rules["state_words"] | countries | {"the", "s"}  # "the military government"
    written = re.findall(r"[^\W\d_]+", actor["name"])
    while written and written[0].islower() and written[0] not in known:
        written = written[1:]  # "the embattled military government": a word said of it, no part of its name
    words = {w.lower() for w in written} - {"the", "s"}
    return bool(words & military) and words <= known
