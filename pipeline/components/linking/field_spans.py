"""Field evidence (spec section 3, `field_spans`): for each value of an event, the words of
its evidence sentences it was read from, so a reader sees why each value is there. Read
back from the spans the stages found in those sentences: the triggers, the places of the
event's region or country, its dates, the bodies among its actors, the services,
platforms, remedies and reasons it lists, and the words of its targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from pipeline.components.linking.what_was_cut import INTERNATIONAL
from pipeline.components.linking.places import country_of, pick

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

# A gazetteer service word and the spec's services it can stand for (spec 4.2).
SERVICE_WORDS = {"phone": {"voice_calls", "mobile_service"}, "telecom_all": {"voice_calls", "internet"}}


def field_spans(group: list[Mention], event: dict, ctx: ArticleContext) -> list[dict]:
    """Every (field, value, start, end) of `event` found in its sentences, in text order."""
    sentences = list({s.start: s for m in group for s in m.evidence}.values())
    spans = [s for s in ctx.all_spans if any(x.start <= s.start < x.end for x in sentences)]
    dates = [d for d in ctx.all_dates if any(x.start <= d.start < x.end for x in sentences)]
    out: list[tuple[str, str, int, int]] = []
    for m in group:
        out += [("trigger", event["restriction"], t.start_char, t.end_char) for t in m.triggers]
    for s in spans:
        out += [(field, value, s.start_char, s.end_char) for field, value in values_of(s, event, ctx)]
    wanted = set(event["date_text"])
    out += [("date", d._.date["value"], d.start_char, d.end_char) for d in dates if d.text in wanted and d._.date]
    for target in event["targets"]:
        for sent in sentences:
            at = sent.text.find(target)
            if at >= 0:
                out.append(("target", target, sent.start_char + at, sent.start_char + at + len(target)))
                break
    unique = sorted(set(out), key=lambda f: (f[2], f[3], f[0], f[1]))  # a full order: the same in every process
    return [{"field": f, "value": v, "start": a, "end": b} for f, v, a, b in unique]


def values_of(span: Span, event: dict, ctx: ArticleContext) -> list[tuple[str, str]]:
    """The event values one gazetteer span supports."""
    label = span.label_
    if label in ("REGION", "CITY") and event["province_code"] and pick(span.id_, ctx) == event["province_code"]:
        return [("place", event["province_code"])]
    if label == "COUNTRY" and event["country"] and country_of(pick(span.id_, ctx), ctx.regions) == event["country"] and not event["province_code"]:
        return [("place", event["country"])]
    if label in ("AUTHORITY", "CARRIER", "ACTOR"):
        name = ctx.aliases.get(span.text, span.text).lower()
        return [("actor", a["name"]) for a in event["actors"] if name in a["name"].lower() or a["name"].lower() in name]
    if label == "SERVICE":
        words = SERVICE_WORDS.get(span.id_, {span.id_})
        words |= {INTERNATIONAL[w] for w in words if w in INTERNATIONAL}
        return [("service", s) for s in sorted(words & set(event["services"]))]
    if label == "PLATFORM" and span.id_ in event["platforms"]:
        return [("platform", span.id_)]
    if label == "REMEDY" and span.id_ in event["remedies"]:
        return [("remedy", span.id_)]
    if label == "JUSTIFICATION" and span.id_ in event["justification"]:
        return [("justification", span.id_)]
    return []
