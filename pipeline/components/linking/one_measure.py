"""One measure told in the words of another kind of restriction.

Grouping (`records.cluster`) keeps restrictions of different kinds apart, as it must: a
network cut and a block of named apps on the same day are two events (spec 4.1,
data/gold/README.md). But reporters often tell one measure in two kinds of words, and
each wording then became an event of its own:

- an order "to shut down high-speed mobile internet" that the headline calls a slowdown,
  or a slowdown whose lead calls it a shutdown: a throttling and a network shutdown of the
  same place and service, one of them with no date of its own or both of the same day;
- a platform said to be "limited" beside the dated block of that same platform;
- particular subscribers' lines barred, told as what those users lost ("unable to make
  calls", "calls and texts restricted on unlinked lines"): a network shutdown of calls or
  texts beside a subscriber cut-off of the same place and time;
- a lone sentence with neither date nor actor naming a known measure ("the blackout has
  hampered aid to the region") about a measure of its kind that began over a year before
  the news: grouping keeps an undated mention from such an old measure, taking it for
  today's news beside background.

Such a group is folded into the measure it describes (its mentions join that group, so
its evidence, actors and remedies stay), rather than dropped. Two measures the article
tells as such keep apart: another place or city, no shared service, two different dates
(a slowdown on Monday and a cut on Thursday).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
import datetime as dt
from dataclasses import replace

from spacy.tokens import Span

from pipeline.components.linking.apart import told_apart
from pipeline.components.linking.dates import dates_agree, share_a_service, when
from pipeline.components.linking.records import Mention

LINE_SERVICES = frozenset({"voice_calls", "sms", "internet", "mobile_internet"})  # what a barred line loses
PHONE_SERVICES = frozenset({"voice_calls", "sms"})
LINES_WITHIN_DAYS = 7  # "barred from Monday" told beside "the deadline passed on Thursday"
SLOWDOWN_KINDS = {frozenset({"throttling", "network_shutdown"}), frozenset({"throttling", "service_block"})}


def kinds_folded(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Each group that only retells another's measure in other words, folded into it
    (`lines_told_as_calls`, `wording_of`); the rest as they were, in order."""
    return folded(groups, lambda g, out: lines_told_as_calls(g, out) or wording_of(g, out))


def same_place(a: list[Mention], b: list[Mention]) -> bool:
    """Asserted both, in the same country and region, and in no two different cities."""
    x, y = a[0], b[0]
    cities = {m.city for m in a + b if m.city}
    return x.status == y.status == "asserted" and (x.country, x.region) == (y.country, y.region) and len(cities) <= 1


def services(group: list[Mention]) -> set[str]:
    return set().union(*(m.services for m in group))


def platforms(group: list[Mention]) -> set[str]:
    return set().union(*(m.platforms for m in group))


def lines_told_as_calls(group: list[Mention], groups: list[list[Mention]]) -> list[Mention] | None:
    """The subscriber cut-off of the same place and time that a network shutdown of only
    calls, texts and data ("phone lines disconnected", "outgoing calls barred") retells."""
    held = services(group)
    if group[0].restriction != "network_shutdown" or not held & PHONE_SERVICES or not held <= LINE_SERVICES or platforms(group):
        return None
    return next((g for g in groups if g is not group and g[0].restriction == "subscriber_cutoff" and same_place(g, group)
                 and close_in_time(when(g), when(group))), None)


def close_in_time(a: dict | None, b: dict | None) -> bool:
    """Dates that agree, or days less than a week apart."""
    if dates_agree(a, b):
        return True
    if a["precision"] != "day" or b["precision"] != "day":
        return False
    return abs((dt.date.fromisoformat(a["value"]) - dt.date.fromisoformat(b["value"])).days) < LINES_WITHIN_DAYS


def wording_of(group: list[Mention], groups: list[list[Mention]]) -> list[Mention] | None:
    """The measure of the same place, sharing its service or platform (`may_retell`), that
    a group retells in other words: `same_day_wording` for a dated group, else
    `undated_wording`."""
    order = [id(g) for g in groups]
    before = groups[:order.index(id(group))]
    candidates = [g for g in groups if g is not group and may_retell(g, group)]
    if when(group) is not None:
        return same_day_wording(group, [g for g in candidates if any(g is b for b in before)])
    return undated_wording(group, candidates, before)


def may_retell(g: list[Mention], group: list[Mention]) -> bool:
    return same_place(g, group) and shares_an_object(g, group) and not any(told_apart(x, m) for x in g for m in group)


def same_day_wording(group: list[Mention], before: list[list[Mention]]) -> list[Mention] | None:
    """"Slowed on July 15" after "shut on July 15": a measure of a kind that pairs with it
    (`SLOWDOWN_KINDS`) told before it, of the very same date, which keeps its kind."""
    date = when(group)
    return next((g for g in before if retold_kind(g, group) and (other := when(g)) is not None and other["value"] == date["value"]), None)


def undated_wording(group: list[Mention], candidates: list[list[Mention]], before: list[list[Mention]]) -> list[Mention] | None:
    """An undated throttling, shutdown or block told in the words of a kind that pairs with
    it (`SLOWDOWN_KINDS`); or a lone sentence with neither date nor actor that names its
    measure as one known (`known`: "the blackout has hampered aid") retelling one of its
    own kind, which grouping kept apart only because that one began long before the news
    ("mobile internet has been cut, residents say" is the day's news, and stays; so does a
    measure told over several sentences). A dated measure first; between undated ones, the
    one that names who acted, else the one told first ("X has been restricted ... X is
    being limited by the main providers")."""
    bare = len(group) == 1 and not group[0].actors and all(known(t) for t in group[0].triggers)
    retold = [g for g in candidates if retold_kind(g, group) or bare and g[0].restriction == group[0].restriction]
    dated = [g for g in retold if when(g) is not None]
    named = [g for g in retold if bare and any(m.actors for m in g)]
    told_before = [g for g in retold if retold_kind(g, group) and any(g is b for b in before)]
    return (dated or named or told_before or [None])[0]


def known(trigger: Span) -> bool:
    """A trigger that names the measure as a thing already known: a noun under a definite
    or demonstrative determiner ("the blackout", "this shutdown"), not a verb telling it."""
    root = trigger.root
    return root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")) for c in root.children)


def retold_kind(a: list[Mention], b: list[Mention]) -> bool:
    return frozenset({a[0].restriction, b[0].restriction}) in SLOWDOWN_KINDS


def shares_an_object(a: list[Mention], b: list[Mention]) -> bool:
    """A named platform in common when one is a block, else a network service."""
    if "service_block" in (a[0].restriction, b[0].restriction):
        return bool(platforms(a) & platforms(b))
    return share_a_service(services(a) - {"platform"}, services(b) - {"platform"})


def as_part_of(group: list[Mention], target: list[Mention]) -> list[Mention]:
    """`group`'s mentions as parts of `target`'s measure: a line's lost calls and data are
    its `mobile_service` (spec 4.2); a date of the retelling that is not `target`'s own
    (the deadline that passed, an earlier day lines went down) stays on the mention as
    `retold`, read by no rule that dates the measure: `target` keeps the date it had."""
    start = when(target)
    out = []
    for m in group:
        dates = [d if start is not None and dates_agree(d, start) else {**d, "role": "retold"} for d in m.dates]
        lines = target[0].restriction == "subscriber_cutoff" and m.restriction == "network_shutdown"
        out.append(replace(m, restriction=target[0].restriction, dates=dates, services={"mobile_service"} if lines else set(m.services)))
    return out


def folded(groups: list[list[Mention]], target_of: Callable[[list[Mention], list[list[Mention]]], list[Mention] | None],
           parts: Callable[[list[Mention], list[Mention]], Iterable[Mention]] = as_part_of) -> list[list[Mention]]:
    """Each group that `target_of` finds another group's measure for (among the groups left),
    folded into it as `parts`; the rest as they were, in order. The one loop of every rule
    that joins a retelling to the measure it tells."""
    out = [list(g) for g in groups]
    for g in list(out):
        target = target_of(g, out)
        if target is not None:
            target.extend(parts(g, target))
            out = [x for x in out if x is not g]
    return out
