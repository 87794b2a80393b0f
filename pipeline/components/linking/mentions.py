"""One sentence with triggers becomes mentions: one per trigger, or one per region when the
sentence names several ("Liaoning imposed the block on January 25, Guizhou last November,
and Zhejiang in August" gives three mentions, each with its own date)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.linking.arguments import add_actors
from pipeline.components.linking.background_places import placed_by_its_circumstances
from pipeline.components.linking.what_was_cut import read_objects, restriction
from pipeline.components.linking.remedies import add_remedies
from pipeline.components.linking.context import ArticleContext
from pipeline.components.linking.counted_regions import counted_regions_named
from pipeline.components.linking.dates import add_date, in_clause, other_clause_date
from pipeline.components.linking.felt_places import people_placed
from pipeline.components.linking.date_roles import said_in_denial
from pipeline.components.linking.places import PLACE_LABELS, foreign, listed, locate, region_spans
from pipeline.components.linking.records import Mention
from pipeline.components.linking.referred_place import referred_regions
from pipeline.components.linking.region_groups import grouped_regions_named
from pipeline.components.linking.targeted import lines_lose, targets, targets_people
from pipeline.components.linking.worked_dates import after_clause_days, counted_from_after


def sentence_mentions(sent: Span, triggers: list[Span], spans: list[Span], dates: list[Span], ctx: ArticleContext) -> list[Mention]:
    """One mention per trigger; a sentence naming several regions is cut at each, and a
    part with no trigger of its own takes the nearest one before it."""
    regions = region_spans(triggers, spans, ctx)
    if listed(regions):  # one measure in each region of a list: a mention each, the sentence's dates
        return [listed_mention(sent, trig, region, triggers, spans, dates, ctx) for trig in triggers for region in regions]
    cuts = [r.start for r in regions[1:]]
    bounds = [sent.start, *cuts, sent.end]
    parts = list(zip(bounds, bounds[1:]))
    owner = {}
    for (lo, hi), region in zip(parts, [None, *regions[1:]]):
        inside = [t for t in triggers if lo <= t.start < hi]
        before = [t for t in triggers if t.start < lo]
        owner[(lo, hi)] = inside or [governing_trigger(region, triggers) or (before[-1] if before else triggers[0])]
    out = []
    for trig in triggers:
        # "cut in these areas, while there will be no suspension in Islamabad": a place in the clause of a trigger told otherwise is that one's
        unlike = [t for t in triggers if t._.status != trig._.status]
        for lo, hi in parts:
            if trig not in owner[(lo, hi)]:
                continue
            m = Mention(status=trig._.status, sent=sent, start=lo, end=hi, triggers=[trig], evidence=[sent])
            part = [s for s in spans if lo <= s.start < hi] if cuts else spans
            part = [s for s in part if s.label_ not in PLACE_LABELS or not other_clause_date(s, trig, unlike)]
            own = [d for d in ([d for d in dates if lo <= d.start < hi] if cuts else dates) if not other_clause_date(d, trig, triggers)]
            if cuts and not own:  # "A in Mandalay and B in Magway have been cut off since May 3"
                own = shared_dates(trig, parts, dates, triggers, ctx)
            fill(m, [trig], spans, part, own, ctx, bool(cuts))
            out.append(m)
    # "throttled in the two provinces", "in the English-speaking regions": a measure in each; "suspended in the state": the one the article names
    return referred_regions(grouped_regions_named(counted_regions_named(out, ctx), ctx), ctx)


def governing_trigger(region: Span | None, triggers: list[Span]) -> Span | None:
    """The trigger whose phrase a region of a list hangs in ("access in Mandalay, Sagaing
    and Magway was blocked"): the first trigger up the parse from the region."""
    if region is None:
        return None
    roots = {t.root.i: t for t in triggers}
    return next((roots[a.i] for a in region.root.ancestors if a.i in roots), None)


def shared_dates(trig: Span, parts: list[tuple[int, int]], dates: list[Span], triggers: list[Span], ctx: ArticleContext) -> list[Span]:
    """The dates a part of a cut-up sentence with none of its own shares: those of its
    trigger's part, else those after the last region, which the whole list shares ("cut
    the internet in A, B and C since May 3")."""
    mine = next(p for p in parts if p[0] <= trig.start < p[1])
    for lo, hi in (mine, parts[-1]):
        found = [d for d in dates if lo <= d.start < hi and not other_clause_date(d, trig, triggers) and in_clause(d, [trig], ctx.rules)]
        if found:
            return found
    return []


def listed_mention(sent: Span, trig: Span, region: Span, triggers: list[Span], spans: list[Span], dates: list[Span], ctx: ArticleContext) -> Mention:
    """The mention of one region of a list: the whole sentence but the other places."""
    m = Mention(status=trig._.status, sent=sent, start=sent.start, end=sent.end, triggers=[trig], evidence=[sent])
    part = [s for s in spans if s.label_ not in PLACE_LABELS or s.start == region.start]
    own = [d for d in dates if not other_clause_date(d, trig, triggers)]
    fill(m, [trig], spans, part, own, ctx, False)
    return m


def fill(m: Mention, trigs: list[Span], spans: list[Span], part: list[Span], dates: list[Span], ctx: ArticleContext, cut_up: bool) -> None:
    """Read a mention from the spans of its sentence (`spans`) and of its own part of it
    (`part`): what was cut, where, by whom, against whom, when, and the way back."""
    rules = ctx.rules
    part = [s for s in part if s.label_ not in PLACE_LABELS or not foreign(s, ctx)]
    spans = [s for s in spans if s.label_ not in (*PLACE_LABELS, "COUNTRY") or not foreign(s, ctx)]
    if not cut_up:  # places of another clause ("a court in Kazan fined ...") are not this measure's
        part = [s for s in part if s.label_ not in PLACE_LABELS or in_clause(s, trigs, rules)]
        spans = [s for s in spans if s.label_ != "COUNTRY" or in_clause(s, trigs, rules)]
    read_objects(m, trigs, spans, rules)
    locate(m, trigs, spans, part, ctx)
    add_actors(m, part, trigs, ctx)
    m.individual |= any(targets_people(t, rules) for t in trigs)
    if any(lines_lose(t, rules) for t in trigs):  # the lines' own calls and data: their mobile service
        m.services = (m.services - {"voice_calls", "sms", "mobile_internet"}) | {"phone"}
        m.individual = m.lines_lose = True
    m.targets = targets(trigs, rules)
    back = after_clause_days(m.sent, ctx)  # "a day after data was cut, ... on Wednesday"
    for d in dates:
        if not cut_up and not in_clause(d, trigs, rules) or said_in_denial(d, trigs, ctx.triggers, rules):  # "Queues formed on Friday as the blackout went on"
            continue
        before = len(m.dates)
        add_date(m, d, trigs, rules)
        if back is not None:
            counted_from_after(m, m.dates[before:], d, back, trigs)
    add_remedies(m, spans, rules)
    m.restriction = restriction(m, trigs, rules)
    if people_placed(m, part, ctx) or placed_by_its_circumstances(m, part, trigs, ctx):  # "users in two cities said the app would not load": where it reached them
        m.region = m.city = None
