"""Words that describe rather than name what a measure did.

"Curbs on mobile data and on communication services": beside a
named service, a bare "communication services" is that service said loosely, not all
telecommunications (spec 4.2); "all communications" still is.

"VPNs, which are tools that can get around censorship, were blocked": the relative clause
says what a VPN is for; no one is said to have got around the block, so it names no
remedy (spec 4.3). "Users got around the block with VPNs" or "VPNs, which people use to
get around the block" still do: there people are the subject, not the tool, unless the
sentence blocks the tool itself ("cracked down on VPNs, which people relied on to get around
the block", "blocks the VPNs used to bypass it"): that clause tells what the blocked tool
had been for, and the way round it names is gone."""

from __future__ import annotations

from spacy.tokens import Span, Token

RELATIVE_TAGS = ("WDT",)  # "which", "that" heading a relative clause


def loose_beside_named(obj: Span, objects: list[Span], rules: dict) -> bool:
    """`obj` is a bare "communications" ("communication services"; not "all
    communications", "phone and internet") and the same trigger names another service it
    acts on: the named service is what was cut."""
    if not loose_word(obj, rules):
        return False
    return any(o.label_ == "SERVICE" and o.id_ not in ("telecom_all", "unspecified") for o in objects)


def describes_tool(remedy: Span, spans: list[Span], rules: dict) -> bool:
    """`remedy` lies in a relative clause whose subject is a relative pronoun, or in a clause
    on a VPN that the sentence blocks, below a VPN named in the sentence: the clause tells
    what the tool can do, or could do before it was blocked."""
    tools = {t.i for s in spans if s.label_ == "SERVICE" and s.id_ == "vpn" for t in s}
    if not tools:
        return False
    blocked = {t.i for trig in remedy.doc.spans.get("cutoff_triggers", []) for o in trig._.objects if o.id_ == "vpn" for t in o}
    described = False
    for a in (remedy.root, *remedy.root.ancestors):
        if a.i in tools:
            return described
        if a.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in RELATIVE_TAGS for c in a.children):
            described = True
        elif a.dep_ in ("relcl", "acl") and (_noun_of(a).i in blocked or _blocked_tool(_noun_of(a), rules)):
            described = True  # "blocked the VPNs used to bypass it": what the blocked tool was for
    return False


def _blocked_tool(noun: Token, rules: dict) -> bool:
    """A noun a verb of blocking acts on: its object, or the object of its preposition
    ("cracking down on VPNs")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and verb.lemma_.lower() in rules["out_of_reach_words"]


def _noun_of(clause: Token) -> Token:
    """The noun a relative clause or participle hangs on, or the first of the list it is
    the last of ("VPNs and the Tor network, which ...")."""
    noun = clause.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def loose_word(obj: Span, rules: dict) -> bool:
    """A bare "communications" ("communication services"), not "all communications"."""
    return obj.id_ == "telecom_all" and obj[0].lower_ in rules["loose_telecom_words"]
