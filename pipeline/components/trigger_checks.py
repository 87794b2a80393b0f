"""Checks that throw a matched trigger out: a generality, a name or somebody's own choice
rather than a measure (`plausible`), or a natural, technical or commercial cause beside it
(`vetoed`). Kept apart from `triggers.py`, which finds triggers and what they act on."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.kinds import of_a_kind
from pipeline.components.own_doing import official_beside
from pipeline.components.rules import governing_verb, habitual, of_a_class, path, span_distance

OBJECT_LABELS = ("SERVICE", "PLATFORM", "APPS")
NAME_LABELS = ("LAW", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT")
VETO_ANYWHERE = ("nature", "technical")
LOSS = ("loss", "absence", "down")  # service gone, no measure named: "lost mobile data", "no internet", "has been down"
SUFFERED = (*LOSS, "unable")  # the subject lost it ("users can no longer receive calls"), did not choose it


def plausible(trig: Span, rules: dict, frame: dict) -> bool:
    """Not a generality ("cutting X is wrong"), not part of a name ("the Temporary
    Suspension of Telecom Services Rules"), nor in a clause saying why ("software to
    bypass such blocks")."""
    root = trig.root
    if any(e.label_ in NAME_LABELS and e.start <= trig.start and trig.end <= e.end for e in trig.doc.ents):
        return False
    if root.is_title and root.i > trig.sent.start and root.nbor(-1).is_title and root.i + 1 < len(root.doc) and root.nbor(1).lower_ in ("of", "act", "rules", "order"):
        return False
    if root.dep_ in rules["generic_deps"] or (root.tag_ == "VBG" and root.dep_ in ("nsubj", "nsubjpass")):
        return False
    if trig.id_ not in SUFFERED and (users_choice(root, rules, frame) or permitted_choice(root, rules, frame)):
        return False
    if of_a_kind(root, rules) or habitual(root, rules) or of_a_class(root, rules):
        return False
    if root.pos_ in ("VERB", "AUX"):
        return True
    verb = governing_verb(root)
    return verb is None or verb.lemma_.lower() not in rules["cause_verbs"]


def users_choice(root: Token, rules: dict, frame: dict) -> bool:
    """People or their tools blocking for themselves ("customers can choose to block
    such calls", "parents can block apps", "a filter that blocks known malicious sites",
    "their filters stopped scam messages"): a feature, not a restriction. The subject is
    found up the chain of verbs the trigger completes; a relative pronoun stands for
    the noun its clause describes."""
    verb = root
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            subject = verb.head if subjects[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else subjects[0]
            return subject.lemma_.lower() in rules["choosing_people"] | frame["tool_nouns"]
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def permitted_choice(root: Token, rules: dict, frame: dict) -> bool:
    """Under a verb that lets people do it ("the plan lets parents ... switch off mobile
    data at night", "allows users to block numbers"): what they may choose to do."""
    people = rules["choosing_people"]
    for verb in root.ancestors:
        if verb.lemma_.lower() not in frame["permission_verbs"]:
            continue
        near = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
        near += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        if any(t.lemma_.lower() in people for t in near):
            return True
    return False


def vetoed(trig: Span, vetoes: list[Span], sent_spans: list[Span], rules: dict, frame: dict) -> bool:
    """Natural or technical causes anywhere in the sentence, commerce and utilities next to the trigger."""
    official = official_beside(trig, sent_spans, frame)
    for v in vetoes:
        if (v.root.lemma_.lower() in rules["data_traffic_nouns"] and data_traffic(v, sent_spans)) or time_anchor(v, rules):
            continue
        if v.id_ in VETO_ANYWHERE and not official:
            return True
        if v.id_ not in VETO_ANYWHERE and span_distance(v, trig) <= 2 and not other_clause(v.root, trig.root):
            return True
    return False


def time_anchor(veto: Span, rules: dict) -> bool:
    """A cause word that only dates the sentence, counted from ("two days after the quake",
    "a week before the floods"): a point in time, not what cut the service."""
    prep = veto.root.head
    return veto.root.dep_ == "pobj" and prep.lower_ in rules["time_anchor_preps"] and any(c.dep_ == "npadvmod" for c in prep.children)


def data_traffic(veto: Span, sent_spans: list[Span]) -> bool:
    """Traffic that heads a service or platform ("internet traffic"), or with one in
    the phrase right after it, which the parser often hangs on the verb ("choked traffic
    to Facebook's servers"): data, not road traffic, so no veto."""
    inside = {t.i for t in veto.root.subtree} - {t.i for t in veto}
    after = veto.doc[veto.end] if veto.end < len(veto.doc) else None
    if after is not None and after.dep_ == "prep":
        inside |= {t.i for t in after.subtree}
    return any(s.label_ in OBJECT_LABELS and s.root.i in inside for s in sent_spans)


def other_clause(word: Token, trig: Token) -> bool:
    """`word` heads or sits in another clause than the trigger ("suspended ... as troops
    launched an operation"), where it says nothing of the trigger's object."""
    return any(t.pos_ in ("VERB", "AUX") and t.i != trig.i for t in [*path(trig, word), word])
