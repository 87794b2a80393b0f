"""A call or message service named after an app is that app's feature, not the phone network.

"Etisalat blocked WhatsApp voice calls", "Telegram calls and WhatsApp calls were
restricted": the calls cut are the app's, made over the internet; the phone network still
carries ordinary calls. The platform name sits before the service word as its modifier
("WhatsApp voice calls", "Telegram's calls"), or right before it, where the parser may
even read "WhatsApp calls" as a subject and its verb. Such a service object becomes its
platform, spread over the whole phrase so that it hangs where the service did, and the
event is the platform's block (`platform` + the app), as "calls on WhatsApp" already is
(`TriggerStage.platform_scope`). The service ids and dependencies are data
(`feature_services`, `feature_deps` in `models/vocab/event_rules.json`).

The kind of app named right before its name ("shut down messaging platform WhatsApp") is
that app too, however the parser hangs the name (it may read "messaging" as a verb and
leave the name out of the kind's phrase): an apps object directly followed by a platform
is that platform, with the platforms conjoined to it ("messaging apps Viber and Skype").
"""

from __future__ import annotations

from spacy.tokens import Span


def platform_features(objects: list[Span], sent_spans: list[Span], rules: dict) -> list[Span]:
    """`objects` with each call or message service that a platform name modifies replaced by
    that platform, once."""
    platforms = [s for s in sent_spans if s.label_ == "PLATFORM"]
    if not platforms:
        return objects
    kept: list[Span] = []
    for obj in objects:
        if obj.label_ == "APPS" and (named := _named_kind(obj, platforms)):
            kept.extend(named)
            continue
        owners = _owners(obj, platforms, rules) if obj.label_ == "SERVICE" and obj.id_ in rules["feature_services"] else []
        if owners:  # the first owner spans the phrase ("WhatsApp voice calls"), the others stay as named
            owners[0] = Span(obj.doc, owners[0].start, obj.end, label="PLATFORM", span_id=owners[0].id_)
        kept.extend(owners or [obj])
    return [o for i, o in enumerate(kept) if all((o.start, o.end, o.id_) != (k.start, k.end, k.id_) for k in kept[:i])]


def _owners(service: Span, platforms: list[Span], rules: dict) -> list[Span]:
    """The platforms before `service` whose name modifies a word of it, or that stand right
    before it attached to it, and those conjoined to one of them ("Telegram and WhatsApp
    calls"), in text order."""
    inside = {t.i for t in service}
    direct = [p for p in platforms if p.end <= service.start and p.root.head.i in inside
              and (p.root.dep_ in rules["feature_deps"] or p.end == service.start)]
    heads = {p.root.i for p in direct}
    joined = [p for p in platforms if p not in direct and p.end <= service.start and p.root.dep_ == "conj" and p.root.head.i in heads]
    return sorted(direct + joined, key=lambda s: s.start)


def _named_kind(apps: Span, platforms: list[Span]) -> list[Span]:
    """The platform that starts right after an apps noun, spread over the kind word so it
    hangs where the kind did, and those conjoined to it."""
    name = next((p for p in platforms if p.start == apps.end), None)
    if name is None:
        return []
    joined = [p for p in platforms if p.start > name.end and p.root.dep_ == "conj" and name.root.i in {a.i for a in p.root.ancestors}]
    return [Span(apps.doc, apps.start, name.end, label="PLATFORM", span_id=name.id_), *joined]
