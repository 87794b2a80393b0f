"""Words that describe rather than name what a measure did.

"Curbs on mobile data and on communication services": beside a
named service, a bare "communication services" is that service said loosely, not all
telecommunications (spec 4.2); "all communications" still is.

"VPNs, which are tools that can get around censorship, were blocked": the relative clause
says what a VPN is for; no one is said to have got around the block, so it names no
remedy (spec 4.3). "Users got around the block with VPNs" or "VPNs, which people use to
get around the block" still do: there people are the subject, not the tool."""

from __future__ import annotations

from spacy.tokens import Span

RELATIVE_TAGS = ("WDT",)  # "which", "that" heading a relative clause


def loose_beside_named(obj: Span, objects: list[Span], rules: dict) -> bool:
    """`obj` is a bare "communications" ("communication services"; not "all
    communications", "phone and internet") and the same trigger names another service it
    acts on: the named service is what was cut."""
    if not loose_word(obj, rules):
        return False
    return any(o.label_ == "SERVICE" and o.id_ not in ("telecom_all", "unspecified") for o in objects)


def describes_tool(remedy: Span, spans: list[Span]) -> bool:
    """`remedy` lies in a relative clause whose subject is a relative pronoun, below a
    VPN named in the sentence: the clause tells what the tool can do."""
    tools = {t.i for s in spans if s.label_ == "SERVICE" and s.id_ == "vpn" for t in s}
    if not tools:
        return False
    described = False
    for a in (remedy.root, *remedy.root.ancestors):
        if a.i in tools:
            return described
        if a.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in RELATIVE_TAGS for c in a.children):
            described = True
    return False


def loose_word(obj: Span, rules: dict) -> bool:
    """A bare "communications" ("communication services"), not "all communications"."""
    return obj.id_ == "telecom_all" and obj[0].lower_ in rules["loose_telecom_words"]
