"""Whom a measure hits: particular people (a subscriber cut-off, spec 4.1) or only a head
count of those an area measure reached, which makes no cut-off of anyone's own line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.rules import dep_distance

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention

LINE_SERVICES = {"voice_calls", "sms", "mobile_internet"}


def targets_people(trig: Span, rules: dict) -> bool:
    """A person noun close to the trigger: the measure hits particular people; "one" as a
    number ("within one kilometre of the border"), a determiner or an adjective ("local
    impact") is no person, and neither is a head count of those an area measure reached."""
    nouns = rules["person_nouns"]
    return any(t.lemma_.lower() in nouns and t.pos_ not in ("NUM", "DET", "ADJ") and dep_distance(t, trig.root) <= 3 and not head_count(t, trig, rules)
               and not of_an_area(t, rules) for t in trig.sent)


def of_an_area(t: Token, rules: dict) -> bool:
    """People named by where they live ("residents of eight townships saw phone services cut",
    "internet users in Sudan"): an area's population, whose phone network was cut, not
    particular people's lines; a clause of their own ("users in Xinjiang who used VPNs")
    still singles some out."""
    if any(c.dep_ in ("relcl", "acl") for c in t.children):
        return False
    area = rules["area_people"]
    preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in area["preps"]]
    return any(w.ent_type_ in ("GPE", "LOC") or w.lemma_.lower() in area["nouns"] for p in preps for w in p.subtree)


def head_count(t: Token, trig: Span, rules: dict) -> bool:
    """How many people an area measure reached ("shut the towers, leaving 2 million
    subscribers offline", "hit 12 districts, with 3 million subscribers"): a counted,
    unqualified person noun that is not what the trigger cuts. Counted people the trigger
    acts on ("disconnected 3 million subscribers", "the lines of 3 million subscribers") or
    that a clause singles out ("users who failed to register") stay particular people."""
    if not any(c.dep_ == "nummod" for c in t.children):
        return False
    if any(c.dep_ in ("relcl", "acl", "poss") or (c.dep_ == "prep" and c.lower_ in rules["lacking_preps"]) for c in t.children):
        return False
    if t.head.i == trig.root.i and t.dep_ in rules["object_deps"]:
        return False
    return not any(o.root.i == t.i or o.root in t.ancestors for o in trig._.objects)


def targets(trigs: list[Span], rules: dict) -> list[str]:
    """Who was targeted: person nouns near the trigger with their relative clause."""
    out = []
    for trig in trigs:
        for t in trig.sent:
            if t.lemma_.lower() in rules["person_nouns"] and t.pos_ in ("NOUN", "PROPN") and dep_distance(t, trig.root) <= 3:
                words = trig.doc[t.left_edge.i : t.right_edge.i + 1]
                text = words.text if len(words) <= 25 else t.text
                if text not in out:
                    out.append(text)
    return out


def lines_lose(trig: Span, rules: dict) -> bool:
    """Particular lines said to lose services ("unregistered SIMs will have outgoing calls
    and data blocked", "numbers that failed the check would have calls cut", "SIM cards
    will receive restrictions on services"): the services
    are the object of a having verb whose subject is a line, SIM, number or subscriber, so
    what was cut is those lines' own mobile service (spec 4.2), not an area's network; so
    are services cut on lines a quality singles out (`on_particular_lines`)."""
    if trig.root.dep_ == "dobj" and holds(trig.root.head, rules):
        return True  # "unregistered SIM cards will receive restrictions on services"
    if on_particular_lines(trig, rules):
        return True
    for obj in trig._.objects:
        root = obj.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        verb = root.head
        if root.dep_ == "dobj" and holds(verb, rules):
            return True
    return False


def on_particular_lines(trig: Span, rules: dict) -> bool:
    """Services cut on lines a quality singles out ("bar outgoing calls on unlinked lines",
    "block calls and data for SIM cards that were never registered"): those lines' own
    mobile service, a subscriber cut-off (spec 4.1), not an area's network. Lines named only
    by their kind ("on mobile lines") or all of them ("on all lines") are the network's, and
    calls abroad barred on some lines stay a barring of international calls."""
    if any(o.id_.startswith("international") for o in trig._.objects):
        return False
    for head in (trig.root, *(o.root for o in trig._.objects)):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in rules["line_preps"]):
            for line in (c for c in prep.children if c.dep_ == "pobj"):
                words = {line.lower_, *(c.lower_ for c in line.children if c.dep_ == "compound")}  # "SIM cards"
                if words & set(rules["subscriber_nouns"]) and singled_out(line, rules):
                    return True
    return False


def singled_out(line: Token, rules: dict) -> bool:
    """A clause ("lines that were not linked") or a quality ("unlinked", "unverified") that
    picks some lines out; a kind ("mobile", "fixed") picks none."""
    return any(c.dep_ in ("relcl", "acl") or (c.dep_ == "amod" and c.lower_ not in rules["line_kind_words"]) for c in line.children)


def holds(verb: Token, rules: dict) -> bool:
    """A having verb whose subject is a line, SIM, number or subscriber ("SIM cards will
    receive", "numbers would have")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = {w.lower_ for c in subjects for w in (c, *c.children) if w.i == c.i or w.dep_ == "compound"}  # "SIM cards"
    return verb.lemma_.lower() in rules["holder_verbs"] and bool(words & set(rules["subscriber_nouns"]))


def lines_carried_on(m: Mention, before: list[Mention]) -> None:
    """A measure told over several sentences: "unregistered SIMs will face restrictions
    from today ... Outgoing calls and data will be blocked for two days." After a sentence
    saying particular lines lose services (`lines_lose`), the calls and data of the next
    sentences, with no place or lines of their own, are what those lines lose,
    so the mention stays the subscriber cut-off just told (spec 4.1), not an area's cut."""
    previous = before[-1] if before else None
    if previous is None or not previous.lines_lose or previous.status != "asserted":
        return
    if m.restriction != "network_shutdown" or not m.services or not m.services <= LINE_SERVICES:
        return
    if m.region or m.national or m.named_country:
        return
    if sum(1 for s in m.sent.doc.sents if previous.sent.end <= s.start < m.sent.start) > 2:
        return  # told too far after the cut-off to go on with it
    m.restriction, m.services, m.individual = "subscriber_cutoff", {"mobile_service"}, True
