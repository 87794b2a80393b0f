"""Mentions and the events made of them: mentions of one measure (same status, place,
restriction, agreeing dates) are grouped, and each group becomes one event record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Span

from pipeline.components.frame_rules import load_frame_rules
from pipeline.components.linking.actors import finish_actors
from pipeline.components.linking.restorers import restorers
from pipeline.components.linking.apart import told_apart
from pipeline.components.linking.confidence import confidence
from pipeline.components.linking.dates import dateline_day, long_before, start_of, reporting_period, share_a_service, timelines_agree, when
from pipeline.components.linking.additive_dates import added_date
from pipeline.components.linking.field_spans import field_spans
from pipeline.components.linking.shared_start import shared_start
from pipeline.components.linking.day_tallies import tallied_start
from pipeline.components.linking.exam_days import exam_day
from pipeline.components.linking.onset_dates import onset_day
from pipeline.components.linking.worked_dates import counted_back, counted_days, news_of_the_day

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext


@dataclass
class Mention:
    """What one sentence (or one region's part of it) says about a restriction."""

    status: str
    sent: Span
    start: int
    end: int
    triggers: list[Span]
    services: set[str] = field(default_factory=set)
    platforms: set[str] = field(default_factory=set)
    region: str | None = None
    country: str | None = None
    city: str | None = None
    national: bool = False
    named_country: bool = False
    unnamed_parts: bool = False  # "in Cameroon's two English-speaking regions": parts of the country, none named
    tallied: bool = False  # its region came from sentences listing where its counted parts are ("in 80 townships ... all Rakhine townships")
    international: bool = False
    individual: bool = False
    lines_lose: bool = False  # "SIMs will have calls barred": particular lines said to lose services
    anaphoric: bool = False
    loose: bool = False  # its services are only a bare "communications", the measure said loosely
    amid: set[str] = field(default_factory=set)  # platforms of the measure it came amid ("amid its crackdown on Signal")
    copied: bool = False  # "B did the same", "B followed suit": another body's copy of a measure told
    vague: bool = False
    nearby: set[str] = field(default_factory=set)  # services elsewhere in a vague mention's sentence
    restriction: str = "other"
    dates: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    remedies: set[str] = field(default_factory=set)
    remedy_text: list[str] = field(default_factory=list)
    justification: set[str] = field(default_factory=set)
    duration: str | None = None
    evidence: list[Span] = field(default_factory=list)
    inherited_region: bool = False  # the region came from the measure before it, the sentence naming none
    latest: Span | None = None  # the last sentence that spoke of it: context windows count from here


def cluster(mentions: list[Mention], published: str | None = None, before: int = 0) -> list[list[Mention]]:
    """Same status, place and restriction, dates that agree: one event, unless one sentence
    tells the two as means and end (`apart.told_apart`). Dated mentions
    are grouped first; an undated one then joins the group it shares most services
    with ("switched off mobile data" joins "mobile internet was cut on Wednesday"),
    so the order of sentences does not decide it, but not a measure of a year or more
    before publication: the news is about now, the old measure is background. An
    announcement joins the measure it announces up to `before` days ahead of its start, when
    it follows the start of none."""
    kept = [m for m in mentions if m.services or m.platforms]
    key = lambda m: (m.status, m.country, m.region, m.restriction)  # noqa: E731
    groups: list[list[Mention]] = []
    for m in sorted(kept, key=lambda m: when([m]) is None):
        date = when([m])
        fits = next((f for ahead in (0, before) if (f := [g for g in groups if key(g[0]) == key(m) and timelines_agree(g, m, ahead)
                                                            and (date or not long_before(when(g), published))
                                                            and not any(told_apart(x, m) for x in g)])), [])
        if not fits:
            groups.append([m])
        elif date is not None:
            fits[0].append(m)
        else:
            max(fits, key=lambda g: (overlap(g, m), -groups.index(g))).append(m)
    return sorted(groups, key=lambda g: min(m.start for m in g))


def summaries_dropped(groups: list[list[Mention]], ctx: ArticleContext) -> list[list[Mention]]:
    """An undated measure placed only in its country ("townships in Myanmar have lost the
    internet") beside the same kind of measure placed in that country's regions is the
    article's summary of those, not a measure of its own; so is a dated one placed in
    parts of the country it does not name ("cut in Cameroon's two English-speaking regions
    since Saturday"), or dated only by a prolongation of a regional one (`told_of_the_parts`);
    "nationwide" keeps it."""
    regional = {(g[0].country, g[0].restriction) for g in groups if g[0].region and g[0].status == "asserted"}
    starts = {(g[0].country, g[0].restriction, s["value"]) for g in groups if g[0].region and g[0].status == "asserted" and (s := when(g))}
    return [g for g in groups if not (
        g[0].status == "asserted" and not g[0].region and not any(m.national for m in g)
        and (g[0].country, g[0].restriction) in regional
        and (any(m.unnamed_parts for m in g) or when(g) is None and reporting_period(g, ctx) is None or told_of_the_parts(g, starts)))]


def told_of_the_parts(group: list[Mention], starts: set[tuple]) -> bool:
    """"Data is back in both provinces ... the ministry renewed the order each quarter from
    2019 on": a summary that no start dates, only the time it was prolonged, in the year or
    month a regional measure of its kind began, is that measure told for the whole country
    (one found still in force then may be a national measure of its own)."""
    date = when(group)
    if date is None or date["role"] != "extended":
        return False
    return any(c == group[0].country and r == group[0].restriction and v.startswith(date["value"]) for c, r, v in starts)


def parts_folded(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A region's part of a measure told nationwide ("mobile services were suspended across
    the country on polling day ... services also stay off in the north's hill districts")
    or over the country named ("connections were down across Sudan on Monday ... lines
    stopped working in the capital Khartoum"), of the same kind as a dated national one of the country, sharing a service with it and
    undated or dated the very same, is that measure seen in one place, no regional event of
    its own. A regional measure dated otherwise, even only less precisely ("in 2020" beside
    "in June 2020"), or of other services is another and stays."""
    national = [g for g in groups if g[0].status == "asserted" and not g[0].region and any(m.national or m.named_country for m in g) and when(g) is not None]
    out: list[list[Mention]] = []
    for g in groups:
        services = set().union(*(m.services for m in g))
        if g[0].status == "asserted" and g[0].region and any(
                n[0].country == g[0].country and n[0].restriction == g[0].restriction and (when(g) is None or when(g)["value"] == when(n)["value"])
                and share_a_service(services, set().union(*(m.services for m in n))) for n in national):
            continue
        out.append(g)
    return out


def overlap(group: list[Mention], m: Mention) -> int:
    """Services and platforms a mention shares with a group."""
    services = specific(set().union(*(x.services for x in group)))
    platforms = set().union(*(x.platforms for x in group))
    return len(services & specific(m.services)) + len(platforms & m.platforms)


def specific(services: set[str]) -> set[str]:
    """"Internet" beside "mobile internet" is the same thing said loosely."""
    if services & {"mobile_internet", "fixed_internet"}:
        return services - {"internet"}
    return services


def lines_only(restriction: str, services: set[str]) -> set[str]:
    """Calls or texts barred on particular subscribers' lines ("unlinked SIMs barred from
    outgoing calls") are what those lines lost, their `mobile_service` (spec 4.2), not an
    area's phone network."""
    if restriction == "subscriber_cutoff" and "mobile_service" in services:
        return services - {"voice_calls", "sms"}
    return services


def far_end_only(restriction: str, services: set[str]) -> set[str]:
    """Calls barred from abroad are `international_calls` (spec 4.1, 4.2): a call word a
    sentence also reads as the home network's ("switch off the answering of international
    calls, and of calls from Hong Kong") adds no `voice_calls` to a barring that names an
    international service."""
    if restriction == "international_barring" and services & {"international_calls", "international_sms"}:
        return services - {"voice_calls"}
    return services


def services_named(group: list[Mention]) -> set[str]:
    """The services of a group; a sentence that calls the measure only "communications"
    ("the country has restricted communications before") adds none beside sentences that
    name what was cut."""
    named = [m for m in group if m.services and not m.loose]
    return set().union(*(m.services for m in (named or group)))


def named_platforms(services: set[str], group: list[Mention]) -> set[str]:
    """`platform` is a service only with the platforms named (spec 4.2: "when `platforms`
    names them"): apps blocked by their kind alone ("social media was blocked") leave the
    block's services to what else was cut."""
    if any(m.platforms for m in group):
        return services
    return services - {"platform"}


def to_event(group: list[Mention], ctx: ArticleContext, groups: list[list[Mention]] | None = None) -> dict:
    """The event fields of the spec that come from the text, from one group of mentions
    (`groups`: all the article's, where another region's measure may lend its start)."""
    first = group[0]
    starts = [d for m in group for d in m.dates if d["role"] == "start"]
    announced = [d for m in group for d in m.dates if d["role"] == "announced"]
    ends = [d for m in group for d in m.dates if d["role"] == "end"]
    context = [d for m in group for d in m.dates if d["role"] == "context"]
    tally = any(m.tallied for m in group)  # a list of places a report tallies: each part began some time of its own before the report
    start = (None if tally else shared_start(group, groups or [])) or tallied_start(group, ctx) or when(group)
    if start is None or start["role"] in ("ongoing", "context"):  # a day worked back from the restoration beats both
        taken = {s["value"] for g in groups or [] if g is not group and (s := start_of(g)) is not None}
        start = counted_back(group, ctx) or counted_days(group, ctx) or onset_day(group, ctx, taken, start) or start
    start = start or added_date(group, ctx) or exam_day(group, ctx) or (None if tally else published_news(group, ctx))
    sentences = list({s.start: s for m in group for s in m.evidence}.values())
    actors = finish_actors(group, ctx) or restorers(group, ctx)
    remedies = set().union(*(m.remedies for m in group))
    duration = next((m.duration for m in group if m.duration), None)
    if first.restriction != "subscriber_cutoff":
        remedies.discard("waiting_period")  # an area's service coming back after hours is no way back users take
    elif duration:
        remedies.add("waiting_period")
    event = {
        "status": first.status,
        "restriction": first.restriction,
        "country": first.country,
        "province_code": first.region,
        "province": ctx.regions.get(first.region, {}).get("name") if first.region else None,
        "city": next((m.city for m in group if m.city), None),
        "date_start": start["value"] if start else None,
        "date_precision": start["precision"] if start else None,
        "date_announced": announced[0]["value"] if announced and start is not announced[0] else None,
        "date_end": ends[0]["value"] if ends else None,
        "date_text": list(dict.fromkeys(d["text"] for d in starts + announced + ends + ([start] if start in context else []))),
        "actors": actors,
        "services": sorted(named_platforms(far_end_only(first.restriction, lines_only(first.restriction, specific(services_named(group)))), group)),
        "platforms": sorted(set().union(*(m.platforms for m in group))),
        "targets": list(dict.fromkeys(t for m in group for t in m.targets)),
        "remedies": sorted(remedies),
        "remedy_text": list(dict.fromkeys(t for m in group for t in m.remedy_text)),
        "justification": sorted(set().union(*(m.justification for m in group))),
        "duration": duration,
        "evidence": [evidence(s) for s in sorted(sentences, key=lambda s: s.start)],
    }
    event["field_spans"] = field_spans(group, event, ctx)  # before confidence, which asks where the place was read
    event["confidence"] = confidence(event, load_frame_rules()["confidence"])
    return event


def published_news(group: list[Mention], ctx: ArticleContext) -> dict | None:
    """The day or month of the report as the undated measure's start, as its sentences,
    dateline, lead or tense place it there."""
    return reporting_period(group, ctx) or dateline_day(group, ctx) or news_of_the_day(group, ctx)


def evidence(sent: Span) -> dict:
    """A sentence as evidence: its text without surrounding blank space, with its offsets."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return {"text": text, "start": start, "end": start + len(text)}
