"""What a mention says was cut: its services and platforms from the triggers' objects, the
restriction type they make (spec 4.1) and the services named the way that type needs them
(spec 4.2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.descriptions import loose_beside_named, loose_word
from pipeline.components.linking.date_roles import brings_back
from pipeline.components.rules import governing_verb, in_target, spared
from pipeline.components.trigger_objects import amid_another_measure

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention

# Spec 4.2: calls and texts barred from abroad are the international services.
INTERNATIONAL = {"voice_calls": "international_calls", "sms": "international_sms"}


def read_objects(m: Mention, trigs: list[Span], spans: list[Span], rules: dict) -> None:
    """Services and platforms from the objects of the triggers; a trigger whose only object
    is "the service" leaves the mention vague, to be read from the services nearby."""
    for t in trigs:
        m.anaphoric |= t.label_ == "ANAPHOR" and not t._.objects
        m.copied |= t.label_ == "ANAPHOR" and t.id_ in rules["copy_anaphors"]
        if t._.implied and not t._.objects:
            m.services.add(t._.implied)  # "unspecified" makes the mention vague, below
        for obj in t._.objects:
            if loose_beside_named(obj, t._.objects, rules):
                continue
            if obj.label_ == "PLATFORM":
                m.platforms.add(obj.id_)
            elif obj.label_ == "APPS":
                m.services.add("platform")
            elif obj.id_ == "telecom_all" and personal(obj, rules):
                m.services.add("phone")  # "will have their communication service suspended": their line
                m.individual = True
            else:
                m.services.add(obj.id_)
            m.individual |= individual(obj, rules)
    m.loose = all(loose_word(o, rules) for t in trigs for o in t._.objects) and any(t._.objects for t in trigs)
    m.amid = {s.id_ for s in spans if any(amid_another_measure(t, s, rules) for t in trigs)}
    if m.platforms:
        m.services.add("platform")
    m.vague = m.services == {"unspecified"}  # "switched off the service": the one just named
    m.services.discard("unspecified")
    if m.vague:
        m.nearby = {s.id_ for s in spans if s.label_ == "SERVICE" and s.id_ != "unspecified" and not in_target(s, rules) and not spared(s, rules)}


def individual(obj: Span, rules: dict) -> bool:
    """A service that belongs to particular people: "their phone", "users' lines", "SIM
    cards", phones "without registration", and the bare subscribers, lines or SIMs a cut-off
    verb acts on ("switches off 2.4 million unregistered SIMs", "SIM holders were
    disconnected"; not "mobile lines", an area's)."""
    if obj.id_ != "phone":
        return False
    if any(t.lower_ in rules["individual_line_words"] for t in obj):
        return True
    root = obj.root
    if len(obj) == 1 and root.lower_ in rules["subscriber_nouns"] and root.dep_ in rules["object_deps"] and root.head.lemma_.lower() in rules["subscriber_cut_verbs"]:
        return True
    if any(c.dep_ == "prep" and c.lower_ in rules["lacking_preps"] for c in root.children):
        return True  # "mobile phones without real-name registration": particular phones
    return any(c.dep_ == "poss" for t in obj for c in t.children)


def personal(obj: Span, rules: dict) -> bool:
    """A service people own ("their communications services"), not a country's."""
    return any(c.dep_ == "poss" and (c.tag_ == "PRP$" or c.lemma_.lower() in rules["person_nouns"]) for t in obj for c in t.children)


def restriction(m: Mention, trigs: list[Span], rules: dict) -> str:
    """Restriction type from the trigger and its objects (spec 4.1), then the services
    named the way that type needs them (spec 4.2): a subscriber's "phone" is
    `mobile_service`, an area's is `voice_calls`, a slowed one's is `mobile_internet`
    ("slowed mobile connections"); "all telecommunications" is
    `voice_calls` plus `internet`."""
    if m.international and m.services & {"voice_calls", "sms"}:
        m.services = {INTERNATIONAL.get(s, s) for s in m.services}
    area = m.services & {"internet", "mobile_internet", "fixed_internet", "telecom_all"}
    if any(t.id_ in rules["throttling_triggers"] and not limits_access(t, rules) for t in trigs):
        kind = "throttling"
    elif m.services & {"international_calls", "international_sms"} and not area:  # beside the internet cut, a blackout's part
        kind = "international_barring"
    elif m.services and m.services <= {"platform", "vpn"}:
        kind = "service_block"
    elif "phone" in m.services and not area and m.individual:
        kind = "subscriber_cutoff"
    elif area or m.services & {"voice_calls", "sms", "phone"}:
        kind = "network_shutdown"
    else:
        kind = "other"
    # a slowed phone network is its data: calls are cut or kept, never slowed (spec 4.1)
    phone = {"subscriber_cutoff": "mobile_service", "throttling": "mobile_internet"}.get(kind, "voice_calls")
    named = set()
    for s in m.services:
        named |= {"voice_calls", "internet"} if s == "telecom_all" else {phone if s == "phone" else s}
    if kind in ("network_shutdown", "throttling"):
        named.discard("vpn")  # "internet services including broadband and VPN services": part of the internet cut
        if named == {"internet"} and any(mobile_carried(t, rules) for t in trigs):
            named = {"mobile_internet"}
    m.services = named
    return kind


def mobile_carried(trig: Span, rules: dict) -> bool:
    """An unspecified internet that mobile carriers were told to cut or that mobile users lost
    ("directed all mobile service providers to block internet access", "mobile users still
    face internet curbs") is the mobile internet (spec 4.2): a carrier or user noun with a
    mobile modifier is the subject, object or agent of the trigger or of a verb it hangs on,
    below any verb of saying ("the largest mobile operator said the internet was down" only
    reports), and no carrier of another kind is conjoined with it."""
    holders = rules["mobile_holders"]
    below = trig.root
    for head in (trig.root, *trig.root.ancestors):
        if below.dep_ != "xcomp" and head.i != below.i and head.lemma_.lower() in rules["source_verbs"]:
            return False  # the clause a source reports, not one it was told to carry out ("told providers to block")
        below = head
        for c in head.children:
            if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in holders["holder_preps"]:
                c = next((g for g in c.children if g.dep_ == "pobj"), c)  # "cut by mobile operators"
            elif c.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
                continue
            nouns = [n for n in (c, *c.conjuncts) if n.lemma_.lower() in holders["nouns"]]
            if nouns and all(_mobile(n, holders["modifiers"]) for n in nouns):
                return True
    return False


def _mobile(noun: Token, words: list[str]) -> bool:
    """"Mobile operators", "mobile phone service providers": a mobile word among the
    noun's modifiers before it."""
    return any(t.lower_ in words for t in noun.subtree if t.i < noun.i and t.dep_ in ("amod", "compound", "nmod", "npadvmod"))


def limits_access(trig: Span, rules: dict) -> bool:
    """"Limited access to Instagram": access was restricted, not slowed ("throttled access"
    still is); "limit" is a slowdown only when what it limits is speed, bandwidth or a service."""
    return trig.root.lemma_.lower() in rules["access_limit_verbs"] and any(c.dep_ in rules["object_deps"] and c.lemma_.lower() == "access" for c in trig.root.children)


def add_which_internet(m: Mention, spans: list[Span], trigs: list[Span], rules: dict) -> None:
    """A later sentence that says which internet the measure took or gave back."""
    add_restored(m, spans, trigs, rules)
    add_parts(m, spans, trigs, rules)


def add_parts(m: Mention, spans: list[Span], trigs: list[Span], rules: dict) -> None:
    """A later sentence that splits an internet cut into its mobile and fixed parts, named
    side by side ("neither home broadband nor mobile data worked", "both cellular data and
    office connections were hit"), tells which internet was cut (spec 4.2): the two parts
    replace the bare internet. One part alone, or two named apart, may be a contrast; parts
    that came back tell what returned, perhaps not all that was cut."""
    if m.restriction != "network_shutdown" or "internet" not in m.services or m.services & {"mobile_internet", "fixed_internet"}:
        return
    if any(s.label_ == "RESTORE" for s in spans) or any(t.label_ == "LIFT" for t in trigs):
        return
    parts = [s for s in spans if s.label_ == "SERVICE" and s.id_ in ("mobile_internet", "fixed_internet") and not in_target(s, rules)
             and not spared(s, rules) and not brings_back(governing_verb(s.root), trigs)]
    for a in parts:
        if any(b.id_ != a.id_ and conjoined(phrase(a), phrase(b)) for b in parts):
            m.services = (m.services - {"internet"}) | {"mobile_internet", "fixed_internet"}
            return


def phrase(span: Span) -> set[Token]:
    """A service phrase's words and the nouns it modifies ("home internet data": data;
    "mobile data and office connections": connections), where a parser may hang the
    conjunction."""
    words, t = set(span), span.root
    while t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
        t = t.head
        words.add(t)
    return words


def conjoined(a: set[Token], b: set[Token]) -> bool:
    """Two phrases coordinated with each other: a word of one is a conjunct of a word of the other."""
    return any(u in t.conjuncts for t in a for u in b)


def add_restored(m: Mention, spans: list[Span], trigs: list[Span], rules: dict) -> None:
    """A later sentence that says which internet came back ("broadband was restored on
    September 12") names a service that had been cut with the measure; one that only "could
    be restored" names none."""
    if m.restriction == "network_shutdown" and any(t.label_ == "LIFT" and t._.status == "asserted" for t in trigs):
        m.services |= {s.id_ for s in spans if s.label_ == "SERVICE" and s.id_ in rules["area_internet"] and not in_target(s, rules)}
