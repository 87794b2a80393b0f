"""Start days a coder works out when no date hangs on the measure itself: counted back from
the day a service came back by how long it was off, counted back from the day a sentence
calls the measure's third or fifth day, or, for a measure the lead reports in the present
perfect or progressive with no date at all, the day of publication (the news of that day)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.date_roles import days_counted, restore_verbs
from pipeline.components.linking.dates import LEAD_SENTENCES, parse_day
from pipeline.components.linking.places import ACTOR_LABELS, PLACE_LABELS, country_of
from pipeline.components.rules import governing_verb

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

DAYS_PER_UNIT = {"D": 1, "W": 7}
LENGTH_PREPS = ("for", "after")  # "suspended for six days", "back after ten days"
PERFECT_AUXILIARIES = ("has", "have", "'ve", "'s")


def counted_back(group: list[Mention], ctx: ArticleContext, within: Span | None = None) -> dict | None:
    """"Data came back in Assam on Friday, having been off for four days", "lines were
    reconnected on Sunday, three days after the curfew began": the measure began
    that many days before the restoration day. Only for a measure of the place the sentence
    restores (or one it does not name), of the country it names, and not one said to have ended another day; only
    from a restoration told in the sentence `within`, when given."""
    if group[0].status != "asserted":
        return None
    region = group[0].region
    ends = {d["value"] for m in group for d in m.dates if d["role"] == "end"}
    lifts = [t for t in ctx.triggers if t.label_ == "LIFT" and t._.status == "asserted"]
    for lift in (t for t in lifts if within is None or within.start <= t.start < within.end):
        sent = lift.sent
        named = {s.id_.split("|")[0] for s in ctx.spans if s.label_ in PLACE_LABELS and "-" in s.id_ and sent.start <= s.start < sent.end}
        countries = {country_of(s.id_.split("|")[0], ctx.regions) for s in ctx.spans if s.label_ in (*PLACE_LABELS, "COUNTRY") and sent.start <= s.start < sent.end}
        if (named and region not in named) or (countries and group[0].country not in countries):
            continue  # "Ethiopia restored the internet, ten days after": not the count of a cut in Sudan
        day = restoration_day(lift, ctx)
        if day is None or (ends and day["value"] not in ends):
            continue
        length = next((n for d in ctx.dates if sent.start <= d.start < sent.end and (n := days_off(d)) is not None), None)
        length = length if length is not None else day_count(sent, ctx)
        if length is not None:
            start = dt.date.fromisoformat(day["value"]) - dt.timedelta(days=length)
            return {"value": start.isoformat(), "precision": "day", "text": day["text"], "role": "start"}
    return None


def restoration_day(lift: Span, ctx: ArticleContext) -> dict | None:
    """The day the restoring verb of `lift` gives ("was restored on Monday")."""
    verb = governing_verb(lift.root)
    if verb is None or verb.lemma_.lower() not in restore_verbs() | ctx.rules["lift_verbs"]:
        return None
    sent = lift.sent
    for d in ctx.dates:
        if sent.start <= d.start < sent.end and d.label_ == "DATE" and d._.date and d._.date["precision"] == "day" \
                and "end" not in d._.date and governing_verb(d.root) == verb:
            return d._.date
    published = parse_day(ctx.published)
    if published is not None and has_perfect(verb):  # "has been restored on day four of the shutdown": today
        return {"value": published.isoformat(), "precision": "day", "text": ""}
    return None


def counted_days(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """"The blackout entered its fifth day on Tuesday", "remained cut for a third straight
    day", "has been suspended for the past three days": the measure began that many days
    before the day its sentence speaks of (the sentence's own day, else publication)."""
    if group[0].status != "asserted":
        return None
    for m in group:
        back = day_count(m.sent, ctx)
        if back is None:
            continue
        days = [d._.date["value"] for d in ctx.dates if m.sent.start <= d.start < m.sent.end and d.label_ == "DATE" and d._.date
                and d._.date["precision"] == "day" and "end" not in d._.date]
        day = dt.date.fromisoformat(days[0]) if days else parse_day(ctx.published)
        if day is not None:
            return {"value": (day - dt.timedelta(days=back)).isoformat(), "precision": "day", "text": "", "role": "start"}
    return None


def day_count(sent: Span, ctx: ArticleContext) -> int | None:
    """Days since the measure began that a phrase of the sentence counts (`days_counted`),
    not the count of another thing ("the third day of protests")."""
    measures = {i for t in ctx.triggers for i in range(t.start, t.end)}
    for ent in (e for e in sent.ents if e.label_ == "DATE"):
        of = [c for p in ent.root.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
        if any(c.i not in measures and c.lemma_.lower() not in ctx.rules["back_reference_nouns"] for c in of):
            continue
        if (back := days_counted(ent)) is not None:
            return back
    return None


def days_off(span: Span) -> int | None:
    """Whole days of a duration that tells how long the service was off: the object of "for"
    or "after" ("for six days", "after a week"), or the measure of an "after" clause ("five
    days after a clampdown was imposed"); not "another 24 hours" nor "the next three days"."""
    if span.label_ != "DURATION" or not span._.duration or {t.lower_ for t in span} & {"another", "next", "coming", "more"}:
        return None
    root = span.root
    if not ((root.dep_ == "pobj" and root.head.lower_ in LENGTH_PREPS) or (root.dep_ == "npadvmod" and after_clause(root.head))):
        return None
    m = re.fullmatch(r"P(\d+)([DW])|PT(\d+)H", span._.duration)
    if m is None:
        return None
    if m[3]:
        hours = int(m[3])
        return hours // 24 if hours % 24 == 0 else None
    return int(m[1]) * DAYS_PER_UNIT[m[2]]


def after_clause_days(sent: Span, ctx: ArticleContext) -> tuple[Token, int] | None:
    """"Two days after mobile data was cut in the district, residents still faced the
    blackout on Friday": a measure the sentence tells in an "after" clause that counts in days or
    hours how long before the main clause it came (`days_off`); that clause and the count."""
    trigs = [t for t in ctx.triggers if sent.start <= t.start < sent.end and t.label_ != "LIFT"]
    for d in (d for d in ctx.dates if sent.start <= d.start < sent.end):
        n = days_off(d) if not (d._.duration or "").endswith("W") else None  # "almost twelve weeks after": a rounded length, no day to count back to
        if n is not None and d.root.dep_ == "npadvmod" and any(governing_verb(t.root) == d.root.head for t in trigs):
            return d.root.head, n
    return None


def counted_from_after(m: Mention, added: list[dict], date: Span, back: tuple[Token, int], trigs: list[Span]) -> None:
    """The days `added` for `date` in the main clause of a counted "after" clause (`back`, from
    `after_clause_days`) are days the measure was still in force, that many days after it
    began: its start is counted back from them. Not a date inside that clause, nor one on the
    verb of another measure the main clause tells ("a day after data was cut, the state cut
    broadband on Tuesday")."""
    clause, n = back
    verb = governing_verb(date.root)
    if clause.left_edge.i <= date.start <= clause.right_edge.i or any(t.root == verb for t in trigs):
        return
    for d in added:
        if d["precision"] == "day" and d["role"] in ("start", "ongoing") and "end" not in d:
            start = dt.date.fromisoformat(d["value"]) - dt.timedelta(days=n)
            m.dates[m.dates.index(d)] = {**d, "value": start.isoformat(), "role": "start", "kept": False}


def after_clause(head: Token) -> bool:
    """`head` is an "after" clause or preposition ("five days after [a clampdown was imposed]")."""
    return head.lower_ == "after" or any(c.dep_ == "mark" and c.lower_ == "after" for c in head.children)


def news_of_the_day(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """"Internet services have been suspended in Aligarh", "officials are cutting mobile
    internet": a measure the lead reports in the present perfect or progressive, with no
    date anywhere, is the news of the day of publication (not one "has been extended", which
    began before it); of its month, in a paper dated only by its month."""
    day = parse_day(ctx.published)
    month = (ctx.published or "")[:7] if re.fullmatch(r"\d{4}-\d\d", (ctx.published or "").strip()) else None
    if group[0].status != "asserted" or (day is None and month is None):
        return None
    news = {"value": day.isoformat(), "precision": "day"} if day is not None else {"value": month, "precision": "month"}
    sents = [s.start for s in ctx.doc.sents]
    for m in group:
        if sum(1 for s in sents if s < m.sent.start) >= LEAD_SENTENCES:
            continue
        if any((verb := perfect(t, ctx.rules)) is not None and by_a_body(verb, ctx) for t in m.triggers):
            return {**news, "text": "", "role": "start"}
    return None


def perfect(trig: Span, rules: dict) -> Token | None:
    """The verb of the trigger's clause when it is in the present perfect ("have been
    suspended", "has decided to shut down") or the present progressive ("are cutting
    mobile internet": under way on the day of the report), and no extension of a measure
    already in force."""
    verb = governing_verb(trig.root)
    while verb is not None and verb.head.i != verb.i and not (has_perfect(verb) or progressive(verb)) \
            and (verb.dep_ == "xcomp" or shares_subject(verb) or infinitive_of(verb)):
        verb = verb.head  # "has shut down X and restricted Y", "has directed providers to block Y"
    if verb is None or verb.lemma_.lower() in rules["extension_verbs"]:
        return None
    return verb if has_perfect(verb) or progressive(verb) else None


def shares_subject(verb: Token) -> bool:
    """A verb joined to the one before with no subject of its own, so its tense too ("has shut
    down the internet and restricted social media")."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def infinitive_of(verb: Token) -> bool:
    """A "to" infinitive the parser hangs on the verb above it as an adverbial clause
    ("has directed the providers to block the app")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def has_perfect(verb: Token) -> bool:
    """"has cut", "have been suspended": a present perfect auxiliary on the verb."""
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def progressive(verb: Token) -> bool:
    """"are cutting", "is blocking": a present-tense auxiliary of be on a verb in -ing."""
    return verb.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def by_a_body(verb: Token, ctx: ArticleContext) -> bool:
    """The perfect is passive ("have been suspended") or its subject is a body or place the
    gazetteer knows ("authorities have cut", "Iran has shut down"), not people who "have
    blocked" someone."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "nsubjpass" for c in subjects) or any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return any(s.start <= c.i < s.end for c in subjects for s in ctx.spans if s.label_ in (*ACTOR_LABELS, *PLACE_LABELS, "COUNTRY"))
