"""Service words used in another sense, which the gazetteer must not read as services.

"Call" is a phone call in "calls to Hong Kong were barred", but an appeal in "a call for
renewed protests", "the strike call given by the unions" or "calls to march on the
capital": those name what a group urged, and no phone service was cut. Likewise "web" in
"the web version of the app" names an edition of an app, not the internet. The sense shows in
the parse: a "for" phrase that is no length of time, an infinitive saying what to do, a
participle saying who issued it, or a protest word modifying the noun. The words are data
(`summons` in `models/vocab/event_rules.json`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.components.rules import load_rules

TIME_ENTS = ("DATE", "TIME", "CARDINAL", "QUANTITY")


@lru_cache(maxsize=1)
def _summons_rules() -> dict:
    return load_rules()["summons"]


def a_summons(span: Span) -> bool:
    """A "call" span that is an appeal to act ("a call for protests", "the ‘Delhi Chalo’
    call given by farmers"), not a phone call; a phone word inside the span ("voice
    calls") keeps it a service."""
    rules = _summons_rules()
    root = span.root
    if root.lemma_.lower() != "call" or root.pos_ != "NOUN" or any(t.lower_ in rules["phone_words"] for t in span):
        return False
    return any(_urges(child, rules) for child in root.children)


def _urges(child: Token, rules: dict) -> bool:
    """A dependent of "call" that makes it an appeal: "for" + what is urged (not "for two
    hours"), "to" + a verb, "given/issued by", or a protest word before it ("strike call")."""
    if child.dep_ == "prep" and child.lower_ == "for":
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return bool(objects) and not any(o.ent_type_ in TIME_ENTS or o.lemma_.lower() in rules["time_nouns"] for o in objects)
    if child.dep_ in ("acl", "relcl", "xcomp") and child.pos_ == "VERB":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) or child.lemma_.lower() in rules["issuing_verbs"]
    if child.dep_ in ("compound", "nmod", "amod") and child.i < child.head.i:
        return child.lemma_.lower() in rules["appeal_words"]
    return False


def an_edition(span: Span) -> bool:
    """A general internet word ("web", "online", "internet service") that modifies a noun of
    an app's edition ("its web and desktop versions", "the web client"), directly or as a
    conjunct of a word that does: a part of a platform was blocked, the internet was not
    cut; or a carrier noun ("internet service providers were told to block the app"): it
    names who carries the traffic, not what was cut."""
    if span.label_ != "SERVICE" or span.id_ != "internet":
        return False
    word = span.root
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head  # "mobile and web versions": the first conjunct modifies the noun
    if word.dep_ not in ("compound", "nmod", "amod") or word.i > word.head.i:
        return False
    head = word.head
    while head.lemma_.lower() not in _modified_nouns() and head.dep_ == "compound" and head.i < head.head.i:
        head = head.head  # "internet service providers": the noun the whole compound names
    return head.lemma_.lower() in _modified_nouns()


@lru_cache(maxsize=1)
def _modified_nouns() -> frozenset[str]:
    rules = load_rules()
    return frozenset(rules["app_editions"]) | frozenset(rules["mobile_holders"]["nouns"]) - {"user", "subscriber", "customer"}
