"""Which dates of a sentence belong to a trigger, and in which role: start, announcement,
end, or a day the measure was still in force. An event's date is then the one that hangs
closest to its trigger."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.date_phrases import DOTTED_DATE
from pipeline.components.date_resolve import PRECISION_RANK, time_words
from pipeline.components.doc_text import doc_text
from pipeline.components.linking.date_roles import (
    begins_by_the_clock, begun_then, brings_back, continues, counted_day, dated_cause, days_before, deadline_passed, ends_by_the_clock, extended_then, kept_ahead,
    lifted_then, names_a_deadline, of_a_count, of_another_act, order_then, ordered_then, posted_on, reacted_then, when_clause_of,
)
from pipeline.components.rules import dep_distance, governing_verb, preposition_of
from pipeline.components.status import own_clause

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention



def in_clause(span: Span, trigs: list[Span], rules: dict) -> bool:
    """A date or place belongs to a trigger when it hangs in the trigger's clause, or on an
    announcing verb above it ("On April 26 X said it would deactivate ...")."""
    if span.label_ == "DATE" and (in_since_clause(span, trigs, rules) or order_then(span, trigs, rules)):
        return True
    verb = governing_verb(span.root)
    for t in trigs:
        own = governing_verb(t.root)
        local, beyond = own_clause(t.root)
        clause = {x.i for x in local + beyond}
        if verb is None or own is None or verb.i in clause or t.root in span.root.ancestors or span.root in t.root.subtree:
            return True
        if verb in own.ancestors and verb.lemma_.lower() in rules["announce_verbs"] | rules["report_verbs"]:
            return True
        if own in verb.ancestors and dep_distance(verb, own) <= 2:
            return True
    return False


def in_since_clause(span: Span, trigs: list[Span], rules: dict) -> bool:
    """"Has had no mobile data since fighting began between the army and militias loyal to the
    governor in May 2021": a date anywhere inside a clause that says since when the trigger's
    state holds, however deep the parser hangs it there (here on "loyal"), tells when it began."""
    for head in span.root.ancestors:
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in rules["start_preps"] for c in head.children):
            return any(governing_verb(t.root) == head.head for t in trigs)
    return False


def other_clause_date(date: Span, trig: Span, triggers: list[Span]) -> bool:
    """The date sits in the clause of another trigger of the sentence, a clause with its own
    subject ("cut mobile internet on Sunday, and access to social media remained restricted
    on Tuesday"); a date after verbs that share a subject ("cut X and blocked Y on Sunday")
    stays with both."""
    mine = clause_head(trig.root)
    for other in triggers:
        verb = clause_head(other.root)
        if other is trig or verb is None or verb == mine or not has_subject(verb):
            continue
        if verb.left_edge.i <= date.root.i <= verb.right_edge.i and not verb.left_edge.i <= trig.root.i <= verb.right_edge.i:
            return True
    return False


def has_subject(verb: Token) -> bool:
    """A subject of its own, on the verb or on its auxiliary (the parser hangs "access" of
    "access remained restricted" there at times), or "there" ("while there will be no
    suspension in Islamabad")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for h in heads for c in h.children)


def clause_head(token: Token) -> Token | None:
    """The verb heading the clause of `token`, through complements ("remained restricted")."""
    verb = governing_verb(token)
    while verb is not None and verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def add_date(m: Mention, span: Span, trigs: list[Span], rules: dict) -> None:
    """Add a date of the mention's clause with its role and distance to the trigger, or a
    duration ("for three days", "a 30-day suspension") as the mention's duration."""
    if span.label_ == "DURATION":
        attached = span.root.head
        if (attached.dep_ == "prep" and attached.lower_ == "for") or span.root.dep_ in ("npadvmod", "compound", "amod", "nummod") \
                and attached.lemma_ in {t.root.lemma_ for t in trigs} | rules["duration_nouns"]:
            m.duration = m.duration or span._.duration
        return
    head = span.root.head
    if span.root.dep_ in ("compound", "amod", "nummod", "poss", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i not in {t.root.i for t in trigs} \
            and head.lemma_.lower() not in rules["times_of_day"] and not re.fullmatch(DOTTED_DATE, span.text):  # the parser misreads "03.10.2022"
        if not dated_cause(head, trigs) or head.lemma_.lower() in rules["deadline_nouns"]:
            return  # "the 2019 law", "a Feb. 1 coup d'état", "the July 31 deadline": a date of something else (but "on Sunday afternoon" is a date)
        m.dates.append({**span._.date, "distance": min(dep_distance(span.root, t.root) for t in trigs), "role": "context"})
        return
    value = dict(span._.date)
    value["distance"] = 9 if in_dateline(span) else min(dep_distance(span.root, t.root) for t in trigs)
    end, end_only = value.pop("end", None), value.pop("end_only", False)
    if deadline_passed(governing_verb(span.root), trigs, rules) or names_a_deadline(span.root, rules):
        m.dates.append({**value, "role": "deadline"})  # the day a time limit ran out or was moved to: no day of the measure, not even a fallback
        return
    if end is not None:  # "from January 12 to January 14": a start and an end
        m.dates.append({**end, "text": span.text, "distance": value["distance"], "role": "end"})
    prep = preposition_of(span.root)
    prep = prep if prep is not None and prep.i < span.start else None  # not the "to" inside "January 12 to January 14"
    verb = governing_verb(span.root)
    own = {governing_verb(t.root).i for t in trigs if governing_verb(t.root) is not None}
    if posted_on(span):
        value["role"] = "announced"  # "— A rights group (@handle) March 20, 2023": the day a post told of it
    elif when_clause_of(span, trigs):
        value["role"] = "start"
    elif end_only or prep is not None and (prep.lower_ in rules["end_preps"] or ends_by_the_clock(prep, rules)) or lifted_then(verb, trigs, rules) \
            or (prep is None and after_an_end(span, rules)):
        value["role"] = "end"
    elif brings_back(verb, trigs) or of_a_count(verb, trigs):
        return  # "data came back in the hill towns on Monday while the ban went on", "had 9 million users in May": no day of this measure
    elif in_since_clause(span, trigs, rules):
        value["role"] = "start"
    elif extended_then(verb, trigs, rules):
        value["role"] = "extended"  # the day a measure already in force was prolonged: not a new start
    elif ordered_then(verb, trigs):
        value["role"] = "announced"  # the day it was ordered: the measure may start later
    elif of_another_noun(span, trigs, rules) or of_another_act(verb, trigs, rules) or conjoined_act(verb, trigs, rules):
        value["role"] = "context"  # a date of the cause: the measure's only if nothing else dates it
    elif verb is not None and verb.lemma_.lower() in rules["announce_verbs"] and verb.i not in own and not begun_then(verb, trigs, rules):
        value["role"] = "announced"
    elif reacted_then(verb, trigs):
        value["role"] = "ongoing"  # the day it was criticised or defended: it was in force by then
    elif any(continues(t, rules) for t in trigs) or counted_day(span):  # "remained suspended since May 6" began then; "on Friday", it was still on
        starts = span[0].lower_ in rules["start_preps"] or (prep is not None and prep.lower_ in rules["start_preps"]) or begins_by_the_clock(prep, rules)
        value["role"] = "start" if starts else "ongoing"
        value["kept"] = not starts and not counted_day(span) and all(kept_ahead(t) for t in trigs)  # "will remain suspended on Sunday"
    else:
        value["role"] = "start"
    m.dates.append(value)


def after_an_end(span: Span, rules: dict) -> bool:
    """"Extended the ban to Saturday and then Sunday": a bare day that follows an end
    ("to", "until" ...) of the same verb, as the next step of it, is a later end, not a
    start."""
    root = span.root
    return root.dep_ in ("npadvmod", "conj") and any(
        c.dep_ == "prep" and c.lower_ in rules["end_preps"] and c.i < span.start for c in root.head.children)


def in_dateline(span: Span) -> bool:
    """"GUWAHATI, Aug 22: Mobile internet was switched off on Sunday": the day of the report
    heading the sentence gives way to any date the sentence itself gives."""
    doc, first = span.doc, span.sent.start
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.text in (":", "-", "\u2013", "\u2014") and span.start - first <= 6 \
        and all(t.pos_ == "PROPN" or t.is_punct for t in doc[first:span.start])


def of_another_noun(span: Span, trigs: list[Span], rules: dict) -> bool:
    """The date tells when something else happened, something the sentence names as the
    measure's time or cause ("a day after his arrest on May 9", "after violence in Urumqi
    in July 2009"), not the measure itself: on its way to the trigger's verb
    it passes a noun (not a time, "after the first hours of Tuesday") that is the object of
    a preposition of time or cause."""
    stops = {i for t in trigs for i in range(t.start, t.end)} | {v.i for t in trigs if (v := governing_verb(t.root)) is not None}
    times = rules["times_of_day"] | rules["time_nouns"]
    for t in span.root.ancestors:
        if t.i in stops:
            return False
        if t.pos_ == "NOUN" and not span.start <= t.i < span.end and t.lemma_.lower() not in times and t.dep_ == "pobj" \
                and t.head.lower_ in rules["circumstance_preps"]:
            return True
    return False


def conjoined_act(verb: Token | None, trigs: list[Span], rules: dict) -> bool:
    """The date hangs on a second verb joined to the trigger's that does something else ("cut
    the internet and imposed a curfew from Sunday"): the date of that act, not of the measure
    (an announcement, order, extension or end keeps its own role)."""
    if verb is None or verb.dep_ != "conj":
        return False
    kept = rules["announce_verbs"] | rules["order_words"] | rules["extension_verbs"] | rules["lift_verbs"] | rules["begin_verbs"]
    inside = {t.i for t in verb.subtree}
    return verb.lemma_.lower() not in kept and any(clause_head(t.root) == verb.head for t in trigs) \
        and not any(i in inside for t in trigs for i in range(t.start, t.end))


def in_force(date: dict | None) -> dict | None:
    """A day the measure was still in force places it in that month, no more precisely; a
    day it is told to be kept off, still to come, is its day (`date_roles.kept_ahead`)."""
    if date is None or date["precision"] != "day" or date.get("kept"):
        return date
    return {**date, "value": date["value"][:7], "precision": "month"}


def best_date(dates: list[dict]) -> dict | None:
    """The date hanging closest to a trigger, the most precise among equals; a more precise
    one inside it stands for it ("last month the services were cut again on May 27": the
    27th, not May)."""
    best = min(dates, key=lambda d: (d.get("distance", 99), -PRECISION_RANK[d["precision"]]), default=None)
    inside = [d for d in dates if best is not None and d["value"].startswith(best["value"] + "-")]
    return max(inside, key=lambda d: (PRECISION_RANK[d["precision"]], -d.get("distance", 99))) if inside else best


def start_of(group: list[Mention]) -> dict | None:
    """When the measure of these mentions began, as far as they say."""
    return best_date([d for m in group for d in m.dates if d["role"] == "start"])


def when(group: list[Mention]) -> dict | None:
    """The date an event of these mentions takes: its start, else the day it was announced,
    else the day it was extended, else the month it was in force, else the date of its cause."""
    dates = [d for m in group for d in m.dates]
    by_role = lambda role: best_date([d for d in dates if d["role"] == role])  # noqa: E731
    return by_role("start") or by_role("announced") or by_role("extended") or in_force(by_role("ongoing")) or by_role("context")


def long_before(date: dict | None, published: str | None) -> bool:
    """`date` lies in a year before the one before publication ("July 2009" in 2013)."""
    return bool(date and published and published[:4].isdigit() and int(date["value"][:4]) < int(published[:4]) - 1)


def timelines_agree(group: list[Mention], m: Mention, before: int = 0) -> bool:
    """A mention fits a group when their dates agree, or when one is dated only by the day
    it was announced, extended or found still in force and that day falls in the month after
    the other's start ("operators switched off 3G on Wednesday" and "the regulator confirmed
    on Thursday that it had ordered the suspension"), and the two share a service or platform
    ("internet services" said loosely shares one with "mobile internet")."""
    if dates_agree(when(group), when([m])):
        return True
    if not share_a_service(m.services | m.platforms, set().union(*(x.services | x.platforms for x in group))):
        return False  # loosely dated mentions of other services are other measures
    return told_after(group, [m], before) or told_after([m], group, before)


INTERNET_KINDS = frozenset({"mobile_internet", "fixed_internet"})


def share_a_service(a: set[str], b: set[str]) -> bool:
    """A service or platform in common, "internet" unspecified being any kind of internet."""
    return bool(a & b or ("internet" in a and b & INTERNET_KINDS) or ("internet" in b and a & INTERNET_KINDS))


def told_after(started: list[Mention], told: list[Mention], before: int = 0) -> bool:
    """`told` has no start of its own, and announces or finds in force, within a month after
    it, the day on which `started` began; an announcement may also come up to `before` days
    ahead of it ("the chief minister announced on Wednesday" a cut made on Sunday)."""
    start = start_of(started)
    if start is None or start["precision"] != "day" or start_of(told) is not None:
        return False
    days = [d for x in told for d in x.dates if d["role"] in ("announced", "ongoing", "extended") and d["precision"] == "day"]
    return any((-before if d["role"] == "announced" else 0) <= days_between(start, d) <= 31 for d in days)


def days_between(a: dict, b: dict) -> int:
    return (dt.date.fromisoformat(b["value"]) - dt.date.fromisoformat(a["value"])).days


def dates_agree(a: dict | None, b: dict | None) -> bool:
    """Two dates that could be one (one undated, or one more precise than the other)."""
    if a is None or b is None:
        return True
    n = min(len(a["value"]), len(b["value"]))
    return a["value"][:n] == b["value"][:n]


def reporting_period(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """An undated measure its sentences place in the week or month of publication
    ("is again in the news this week") dates to the publication month; a day of that month
    that is not its start ("extended till tomorrow") does not, nor does the month it runs
    until ("suspended until the end of August"): that month is its end."""
    if group[0].status != "asserted":
        return None
    published = (ctx.published or "")[:7]
    if len(published) != 7:
        return None
    for m in group:
        for d in ctx.all_dates:
            if m.sent.start <= d.start < m.sent.end and d._.date and d._.date["value"].startswith(published) and d._.date["precision"] == "month" \
                    and not runs_until(d, ctx.rules):
                return {"value": published, "precision": "month", "text": d.text, "role": "start"}
    return None


def runs_until(date: Span, rules: dict) -> bool:
    """The date is the object of a preposition a measure runs until ("till the end of May")."""
    prep = preposition_of(date.root)
    return prep is not None and prep.i < date.start and prep.lower_ in rules["end_preps"]


def dateline_day(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """An undated measure reported in an article headed by the day of the report ("MAY 22,
    2019" on a line of its own, "Bharatpur, November 14:") is dated by it, as a coder reads it;
    else by the news day its lead gives (`neighbour_day`)."""
    if group[0].status != "asserted":
        return None
    first = next((d for d in ctx.all_dates if d._.date and d._.date["precision"] == "day"), None)
    if first is None:
        return None
    text = ctx.text or doc_text(ctx.doc)
    line_start = text.rfind("\n", 0, first.start_char) + 1
    line_end = text.find("\n", first.start_char)
    line_end = len(text) if line_end < 0 else line_end
    leading = text[:line_start].strip() == ""
    alone = text[line_start:line_end].strip(" .,:-\u2013\u2014") == first.text.strip()
    if leading and (alone or in_dateline(first)):
        return {**first._.date, "role": "start"}
    return neighbour_day(group, ctx)


NEWS_DAYS = 7  # how far before publication a neighbour's day may lie and still be the news of the report
LEAD_SENTENCES = 4  # the title and the first sentences: where a report tells its news


def neighbour_day(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """An undated measure in the lead of a report, told right after or before a sentence that
    dates the news ("Crowds filled the squares on Sunday. The ministry told the regulator to
    suspend Facebook ..."), takes that day, as a coder reads the two together: the nearest day
    of the sentence before, else of the first sentence after that tells of something else,
    within a week before publication (or after it, for a measure still to come), counted
    back when it is the measure's second or third day ("offline for a second day on Friday":
    the Thursday). Not a day the measure ended ("until Monday", a sentence of its
    restoration), the day someone spoke of it ("a rights group said today") nor that of a
    clause of circumstance ("after protests ended late Tuesday")."""
    published = parse_day(ctx.published)
    if group[0].status != "asserted" or published is None:
        return None
    doc, rules = ctx.doc, ctx.rules
    first = min((m.sent for m in group), key=lambda s: s.start)
    ahead = -NEWS_DAYS if told_ahead(group) else 0  # "will be cut ... The exams begin tomorrow": a day to come
    if sum(1 for s in doc.sents if s.start < first.start) >= LEAD_SENTENCES:
        return None
    told, after = {m.sent.start for m in group}, first.end
    while after < len(doc) and doc[after].sent.start in told:  # past the measure's own sentences
        after = doc[after].sent.end
    around = ([doc[first.start - 1].sent] if first.start else []) + ([doc[after].sent] if after < len(doc) else [])
    for sent in around:
        if any(sent.start <= t.start < sent.end and t.label_ == "LIFT" for t in ctx.triggers):
            continue
        for d in sorted((d for d in ctx.dates if sent.start <= d.start < sent.end), key=lambda d: -d.start if sent.start < first.start else d.start):
            if not d._.date or d._.date["precision"] != "day" or "end" in d._.date or d._.date.get("end_only"):
                continue
            verb = governing_verb(d.root)
            spoken = verb is not None and verb.lemma_.lower() in rules["report_verbs"] | rules["announce_verbs"]
            other = verb is not None and verb.dep_ == "advcl"  # "the restoration came after protests ended late Tuesday"
            before = doc[d.start - 1].lower_ if d.start else ""
            if not spoken and not other and before not in rules["end_preps"] and ahead <= (published - dt.date.fromisoformat(d._.date["value"])).days <= NEWS_DAYS:
                first_day = dt.date.fromisoformat(d._.date["value"]) - dt.timedelta(days=days_before(d) or 0)  # "for the second day on Friday"
                return {**d._.date, "value": first_day.isoformat(), "role": "start"}
    return None


def told_ahead(group: list[Mention]) -> bool:
    """The measure is told in the future tense ("internet will be suspended during the
    exams"): the news day a neighbour gives it may lie after publication."""
    future = set(time_words("vocab/time_words.json")["future_auxiliaries"])
    verbs = [v for m in group for t in m.triggers if (v := governing_verb(t.root)) is not None]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in future for v in verbs for c in v.children)


def parse_day(published: str | None) -> dt.date | None:
    """The publication day, when `published` gives one."""
    try:
        return dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
