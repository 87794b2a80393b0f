"""The day a report says a loss of service set in, told in words that name no measure of their
own ("the connection dropped on Sunday", "users first noticed the outages on the 10th",
"the ministry began limiting access on the 27th", "the blackout, which began on June 3"):
a coder dates the report's undated measure by it, though no trigger hangs on that date or
the sentence names no service the clustering keeps."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.date_resolve import parse_published, time_words
from pipeline.components.linking.date_roles import restore_verbs
from pipeline.components.linking.dates import in_dateline
from pipeline.components.linking.places import PLACE_LABELS, country_of, is_location
from pipeline.components.rules import governing_verb

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

ONSET_BEFORE_DAYS = 92  # how long before publication an onset may lie and still be the report's news
ONSET_AFTER_DAYS = 7  # how far after it a loss announced to come may lie ("will stop receiving calls from Friday")
LOSS_ROLES = ("nsubj", "nsubjpass", "dobj")  # the words of the verb that say what was lost


def onset_day(group: list[Mention], ctx: ArticleContext, taken: set[str], known: dict | None = None) -> dict | None:
    """The first day in the article on which a service, a loss of one, or a measure named by a
    trigger is said to begin, drop, stop or be first noticed (`date_guards.onset_verbs`), near
    publication, in no other country or region than the measure's, not the day of a
    restoration, and not a day another event already starts (`taken`); a day it was `known`
    to be in force or the date of its cause must be no earlier ("during the 2016 election":
    no measure that set in this week)."""
    if group[0].status != "asserted":
        return None
    period = parse_published(ctx.published)
    if period is None:
        return None
    first, last, _ = period
    words = time_words("vocab/date_guards.json")
    onset, losses = set(words["onset_verbs"]), set(words["loss_nouns"])
    returns = restore_verbs() | set(words["return_verbs"])
    measures = {i for t in ctx.triggers if t.label_ != "LIFT" for i in range(t.start, t.end)}
    lifted = {t.sent.start for t in ctx.triggers if t.label_ == "LIFT"}
    for d in ctx.dates:
        date = d._.date if d.label_ == "DATE" else None
        if not date or date["precision"] != "day" or "end" in date or date.get("end_only") or date["value"] in taken:
            continue
        day = dt.date.fromisoformat(date["value"])
        earliest = first - dt.timedelta(days=ONSET_BEFORE_DAYS)
        if not (earliest <= day <= last + dt.timedelta(days=ONSET_AFTER_DAYS)) or not before_known(date["value"], known, earliest):
            continue
        if d.sent.start in lifted or in_dateline(d) or not elsewhere_fits(d.sent, group, ctx):
            continue
        verbs = onset_chain(governing_verb(d.root))
        if any(v.lemma_.lower() in returns for v in verbs + [c for v in verbs for c in v.children if c.dep_ == "xcomp"]):
            continue
        if any(v.lemma_.lower() in onset and tells_a_loss(v, measures, losses, ctx) for v in verbs):
            return {**date, "role": "start"}
    return None


def before_known(value: str, known: dict | None, earliest: dt.date) -> bool:
    """The onset comes no later than the date the measure already has, itself a recent one."""
    if known is None:
        return True
    size = len(known["value"])
    return value[:size] <= known["value"] and earliest.isoformat()[:size] <= known["value"]


def onset_chain(verb: Token | None) -> list[Token]:
    """The date's verb and the verbs it completes ("began [limiting]", "will stop [receiving]")."""
    chain: list[Token] = []
    while verb is not None and verb not in chain:
        chain.append(verb)
        verb = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return chain


def tells_a_loss(verb: Token, measures: set[int], losses: set[str], ctx: ArticleContext) -> bool:
    """What the verb says set in is a service, a loss noun or a measure: its subject or object,
    the object of a verb it takes as complement ("began limiting access"), or the noun a
    relative clause of it describes ("the blackout, which began ...")."""
    services = {i for s in ctx.spans if s.label_ == "SERVICE" for i in range(s.start, s.end)}
    words = [c for c in verb.children if c.dep_ in LOSS_ROLES]
    words += [g for c in verb.children if c.dep_ == "xcomp" for g in c.children if g.dep_ in LOSS_ROLES]
    words += [c for c in verb.children if c.dep_ == "xcomp"]
    if verb.dep_ == "relcl":
        words.append(verb.head)
    return any(w.i in services or w.i in measures or w.lemma_.lower() in losses for w in words)


def elsewhere_fits(sent: Span, group: list[Mention], ctx: ArticleContext) -> bool:
    """The sentence names no country or region other than the measure's, as a place
    (`places.is_location`: not "a London-based monitor", where a body sits)."""
    first = group[0]
    spans = [s for s in ctx.spans if sent.start <= s.start < sent.end and (s.label_ not in PLACE_LABELS or is_location(s, ctx))]
    regions = {s.id_.split("|")[0] for s in spans if s.label_ in PLACE_LABELS and "-" in s.id_}
    countries = {country_of(s.id_.split("|")[0], ctx.regions) for s in spans if s.label_ in (*PLACE_LABELS, "COUNTRY")}
    return not (first.region and regions and first.region not in regions) and not (countries and first.country not in countries)
