"""Who imposed a measure, read as a coder reads the whole article: a body the text calls
only "the regulator" or "the ministry" is the one it names elsewhere; "the government" is
the country's government, and so is the country itself as the subject of the cut ("Iran
cut the internet": Iran government), the last resort when no one is named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.context import in_sentence
from pipeline.components.linking.known_names import body_of
from pipeline.components.linking.orders import ACTOR_RULES, clause_role
from pipeline.components.linking.places import country_of
from pipeline.components.linking.rulers import armed_forces, state_name
from pipeline.components.rules import load_rules

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention



def finish_actors(group: list[Mention], ctx: ArticleContext) -> list[dict]:
    """The actors of one event: generic names resolved, duplicates merged, and the state as
    the last resort when the text makes the country or its authorities the subject."""
    country = group[0].country
    out: list[dict] = []
    for m in group:
        for a in m.actors:
            add(out, resolve(a, country, ctx), ctx)
    if any(a["kind"] in ("government", "regulator", "police") and not loose(a, ctx) for a in out):
        out = [a for a in out if not loose(a, ctx)]  # "the authorities" are the government or regulator the article names
    if country and any(particular(a, country, ctx) for a in out):
        out = [a for a in out if not is_state(a, country, ctx)]  # "the government" is the ministry or office it names
    if group[0].region:
        out = one_regional_government(out, group[0].region, ctx)
    out = [a for a in out if not any(shorter_name(a, b) for b in out)]
    if not out and country and state_is_subject(group, country, ctx):
        add(out, state(country, ctx), ctx)
    if not out and group[0].status == "asserted":
        agents = article_agents(country, ctx)
        if agents:
            add(out, max(agents, key=lambda a: (sum(b["name"] == a["name"] for b in agents), len(a["name"]))), ctx)
    return out


def shorter_name(one: dict, other: dict) -> bool:
    """`one` is `other` said with fewer words, of the same kind ("the regulator" beside "the
    media regulator", "police" beside "local police", "the military government" beside "the
    embattled military government"): one body, which the fuller name stands for."""
    words = [set(re.findall(r"\w+", a["name"].lower())) - {"the"} for a in (one, other)]
    return one["kind"] == other["kind"] != "carrier" and words[0] < words[1]


def one_regional_government(actors: list[dict], region: str, ctx: ArticleContext) -> list[dict]:
    """A region's government named several ways in one event ("the Manipur government", "the
    Home Department", "the state government", "the administration", "the Home Commissioner")
    is one body, as coders list it: the first name stands for the others. A body that names
    anything else (a country, a ministry of the union) stays."""
    own = set(load_rules(ACTOR_RULES)["regional_body_words"]) | set(re.findall(r"\w+", ctx.regions.get(region, {}).get("name", "").lower()))
    parts = [a for a in actors if a["kind"] == "government" and set(re.findall(r"\w+", a["name"].lower())) <= own]
    return [a for a in actors if a not in parts[1:]]


def article_agents(country: str | None, ctx: ArticleContext) -> list[dict]:
    """Who the article says cut or ordered, in whatever sentence: the named authorities that
    are the subject or agent of a trigger or of an order anywhere in it ("the regulator said
    it had ordered operators to suspend ..."), of the event's country, once per time named.
    A coder credits the one named most with a measure the sentences that describe it leave
    unattributed; so too the junta or the regime that cut, or imposed or extended a cut, as
    its subject (`ruling_force_words`). ("Authorities" alone is too loose to credit from afar.)"""
    cuts = {t.root.i for t in ctx.triggers if t.label_ != "LIFT"}
    verbs = cuts | {t.i for t in ctx.doc if t.pos_ == "VERB" and t.lemma_.lower() in ctx.rules["order_words"]}
    found: list[dict] = []
    for span in ctx.by_label.get("AUTHORITY", []):
        if country and not of_country(span, country, ctx):
            continue
        if span.id_.startswith("court") and clause_role(span.root)[1].i not in cuts:
            continue  # a court that directs or issues notices hears a petition; only one that blocks is credited
        root = span.root
        dep, head = clause_role(root)
        head = head.head if dep == "pobj" and head.dep_ == "agent" else head
        if dep in ("nsubj", "pobj") and head.i in verbs and head.i != root.i or dep == "nsubj" and (says_it_did(head, verbs, ctx) or imposes(head, cuts)):
            found.append({"name": ctx.aliases.get(span.text, span.text), "kind": span.id_.split("|")[0] or "government"})
    for span in ruling_force_words(ctx):
        dep, head = clause_role(span.root)
        ruler = resolve({"name": span.text, "kind": span.id_ or "government", "generic": True}, country, ctx)
        if dep == "nsubj" and (head.i in cuts or imposes(head, cuts)) and ruler is not None:
            found.append(ruler)  # "the junta cut ...", "the military extended the blackout ..."
    return found


def ruling_force_words(ctx: ArticleContext) -> list[Span]:
    """The generic words that name one ruler, not the state at large: the armed forces
    ("the junta", "the military") and a regime ("the regime"), which, unlike "authorities"
    or "officials", a coder credits from afar with a cut the article leaves unattributed
    ("the junta cut the network in A on Sunday; residents of B saw lines cut on Tuesday")."""
    rules = load_rules(ACTOR_RULES)
    words = set(rules["armed_force_words"]) | set(rules["kept_state_words"])
    return [s for s in ctx.by_label.get("ACTOR", []) if len(s) == 1 and s.root.lower_ in words]


def imposes(verb: Token, cuts: set[int]) -> bool:
    """A verb of imposing whose object is a cut ("imposed a blackout", "extended the shutdown
    to six more towns"): its subject did the measure; one who condemns the cut did not."""
    return (verb.lemma_.lower() in load_rules(ACTOR_RULES)["imposing_verbs"]
            and any(c.dep_ == "dobj" and c.i in cuts for c in verb.children))


def says_it_did(verb: Token, cuts: set[int], ctx: ArticleContext) -> bool:
    """A report verb whose reported clause tells the speaker's own cut ("the regulator says it
    has switched off three million SIMs"): the speaker did it."""
    if verb.lemma_.lower() not in ctx.rules["source_verbs"]:
        return False
    return any(t.i in cuts and any(c.dep_ == "nsubj" and c.lower_ in ctx.rules["speaker_pronouns"] for c in t.children)
               and verb in t.ancestors for t in verb.subtree)


def of_country(span: Span, country: str, ctx: ArticleContext) -> bool:
    """An authority of `country`, or of no country the gazetteer knows."""
    codes = [c for c in span.id_.split("|")[1:] if c]
    return not codes or country in {country_of(c, ctx.regions) for c in codes}


def is_state(actor: dict, country: str, ctx: ArticleContext) -> bool:
    """The country's government as a whole ("the government", "Iraq's government"): coders
    credit it only when the article names no more particular office of it for the measure."""
    return actor["kind"] == "government" and identity(actor, ctx) == f"state of {country}"


def particular(actor: dict, country: str, ctx: ArticleContext) -> bool:
    """An office of the government above the local level ("the Home Ministry", "the Council of
    Ministers", a region's government, the telecoms regulator that passed the order on), not
    "the authorities", the state itself, or a district's or a town's administration, which
    acts below the state, not for it. Coders name the regulator, not "the government" beside
    it ("the government shut mobile internet ... the regulator sent a directive to all
    operators"), and so a police body named by its proper name ("the Delhi Police"); "the
    police" or "local police" are the police at large, beside which the government stays."""
    words = set(re.findall(r"\w+", actor["name"].lower()))
    if actor["kind"] == "regulator" or actor["kind"] == "police" and actor["name"][:1].isupper():
        return True
    return (actor["kind"] == "government" and not loose(actor, ctx) and not is_state(actor, country, ctx)
            and not words & set(load_rules(ACTOR_RULES)["local_body_words"]))


def loose(actor: dict, ctx: ArticleContext) -> bool:
    """"Authorities" alone: the state, whichever of its bodies the article names."""
    return actor["name"].lower().removeprefix("the ") in ctx.rules["loose_state_words"]


def add(actors: list[dict], actor: dict | None, ctx: ArticleContext) -> None:
    """Add `actor` unless it is one already there, by name or as the same state, or names
    the same carrier or court as one there."""
    if actor is None or identity(actor, ctx) in {identity(a, ctx) for a in actors}:
        return
    if any(same_carrier(actor, a, ctx) for a in actors):
        return  # "Telenor" after "Telenor Myanmar"
    court = next((i for i, a in enumerate(actors) if actor["kind"] == a["kind"] == "court"), None)
    if court is not None:  # "the judge" and the court that ruled are one: its fullest name
        actors[court] = max(actors[court], actor, key=lambda a: len(a["name"]))
        return
    actors.append(actor)


def same_carrier(one: dict, other: dict, ctx: ArticleContext) -> bool:
    """One carrier under a longer or shorter name ("Telenor", "Telenor Group", "Telenor
    Myanmar"; "Vodafone" and a hyphened "Vodafone-Idea"): one name's words hold all of the
    other's, or both hold a carrier name the article uses ("Telenor Group" and "Telenor
    Myanmar", where it also says "Telenor")."""
    if one["kind"] != "carrier" or other["kind"] != "carrier":
        return False
    a, b = set(re.findall(r"\w+", one["name"].lower())), set(re.findall(r"\w+", other["name"].lower()))
    named = (set(re.findall(r"\w+", s.text.lower())) for s in ctx.by_label.get("CARRIER", []))
    return a <= b or b <= a or any(n <= a and n <= b for n in named)


def bracketed(ctx: ArticleContext) -> dict[str, str]:
    """Short names the article defines in brackets after a body's name, mixed case included
    ("the Ministry of Transport and Communications (MoTC)"): short name -> the name."""
    found = {}
    for label in ("AUTHORITY", "CARRIER", "ACTOR"):
        for span in ctx.by_label.get(label, []):
            doc = span.doc
            if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
                short = doc[span.end + 1].text
                if short[:1].isupper() and sum(c.isupper() for c in short) >= 2:
                    found[short.lower()] = ctx.aliases.get(span.text, span.text)
    return found


def identity(actor: dict, ctx: ArticleContext) -> str:
    """What makes two actors one: the name, case aside, or the name a bracketed short name
    stands for; a gazetteer body under any of its names ("Roskomnadzor", "the Federal Service
    for Supervision of ..."); a country's government however the article spells the country
    ("Gabon's government", "the Gabonese government"); a body named either way round ("the Ministry of
    Interior", "the interior ministry"); "authorities" loosely said, however qualified; the
    armed forces however renamed (linking/rulers.py)."""
    if loose(actor, ctx):
        return "loose authorities"  # "authorities" and "government authorities" in one event are one
    if armed_forces(actor, ctx):
        return "armed forces"  # "the military regime" and "Burma Army" in one event are one
    name = actor["name"].lower().removeprefix("the ")
    name = body_of(bracketed(ctx).get(name, name).lower().removeprefix("the "))  # "Roskomnadzor" and its full title
    words = name.split()
    if len(words) > 2 and words[0] in ctx.rules["body_nouns"] and words[1] == "of":
        return " ".join([*" ".join(words[2:]).removeprefix("the ").split(), words[0]])
    if actor["kind"] == "government" and len(words) > 1 and words[-1] in ctx.rules["state_words"]:
        place = " ".join(words[:-1]).removesuffix("'s").removesuffix("’s")
        codes = {country_of(s.id_.split("|")[0], ctx.regions) for s in ctx.by_label.get("COUNTRY", []) if s.text.lower() == place}
        codes |= {code for code, name in ctx.country_names.items() if name.lower() == place}
        if len(codes) == 1:
            return f"state of {codes.pop()}"
    return name


def resolve(actor: dict, country: str | None, ctx: ArticleContext) -> dict | None:
    """A generic actor as the body the article names ("the regulator" -> the named
    regulator of the event's country), "authorities" as the state; named ones as they are."""
    if not actor.get("generic"):
        return {"name": actor["name"], "kind": actor["kind"]}
    words = actor["name"].lower().split()
    head, bare = words[-1], len(words) == 1  # "the government", not "the Haryana government"
    named = named_body(actor["kind"], head, country, ctx) if bare or actor["kind"] == "regulator" else None
    if named is not None:
        return named
    if bare and head in ctx.rules["state_words"] and country:  # "authorities" stays as written
        return state(country, ctx, head)
    return {"name": actor["name"], "kind": actor["kind"]}


def named_body(kind: str, head: str, country: str | None, ctx: ArticleContext) -> dict | None:
    """The body of `kind` the article names most (of the event's country), when one word of
    its name is the generic word ("ministry" -> "the Ministry of Information"), or for a
    regulator, any named regulator ("the watchdog" -> "Roskomnadzor")."""
    counts: dict[str, int] = {}
    for span in ctx.by_label.get("AUTHORITY", []):
        body_kind, *codes = span.id_.split("|")
        countries = {country_of(c, ctx.regions) for c in codes if c}
        if body_kind != kind or (country and countries and country not in countries):
            continue
        if kind == "regulator" or head in span.text.lower().split():
            name = ctx.aliases.get(span.text, span.text)
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return {"name": max(counts, key=lambda n: (counts[n], len(n))), "kind": kind}


def state(country: str, ctx: ArticleContext, word: str = "government") -> dict:
    return {"name": state_name(country, word, ctx), "kind": "government"}


def state_is_subject(group: list[Mention], country: str, ctx: ArticleContext) -> bool:
    """"Iran cut the internet", "Pakistan blocked X": the country is who did it; so too when
    it is the subject of the verb the trigger is the object or reported clause of, the
    trigger's own subject being none or a pronoun ("Kazakhstan imposed a blackout", "Nepal
    announced it was blocking twelve apps"); not a plural noun, a habit ("campaigners say
    the country imposes more shutdowns than any other")."""
    countries = [s for s in ctx.by_label.get("COUNTRY", []) if country_of(s.id_.split("|")[0], ctx.regions) == country]
    pronouns = ctx.rules["speaker_pronouns"]
    for m in group:
        for t in m.triggers:
            node = t.root
            while True:
                subjects = [c for c in node.children if c.dep_ == "nsubj"]
                if any(s.start <= c.i < s.end for c in subjects for s in countries):
                    return True
                if any(c.lower_ not in pronouns for c in subjects) or node.dep_ not in ("dobj", "ccomp") or node.head.i == node.i:
                    break
                if node.tag_ == "NNS":
                    break  # "it imposes more shutdowns than any other state": a habit, not this measure
                node = node.head
    return False


def people(spans: list[Span], ctx: ArticleContext) -> list[Span]:
    """The people named with a title of state or bench in the sentence of `spans` ("President
    X", "Communications Minister Y", "Judge Z") that no gazetteer span covers: one who signed
    or ordered the measure is who a coder credits with it ("President X told reporters she had
    issued a decree that blocks ..."); the actor rules decide whether the sentence makes them
    its doer. A bare surname is left out: the titled mention names the same person."""
    if not spans:
        return []
    sent = spans[0].sent
    taken = {i for s in in_sentence(ctx.all_spans, sent) for i in range(s.start, s.end)}
    words = load_rules(ACTOR_RULES)
    found = []
    for e in sent.ents:
        if e.label_ != "PERSON" or not all(t.pos_ == "PROPN" for t in e) or any(i in taken for i in range(e.start, e.end)):
            continue
        title = {t.lower_ for t in e.doc[e.root.left_edge.i : e.end]}  # "Venezuelan President Nicolas Maduro"
        if e.root.dep_ == "appos" and e.root.head.i < e.start:
            title.add(e.root.head.lower_)  # "President Nicolas Maduro" parsed as the name in apposition to the title
        title |= {c.lower_ for c in e.root.children if c.dep_ == "appos" and c.i >= e.end}  # "X, the additional chief secretary"
        if title & set(words["person_titles"]):
            found.append(Span(e.doc, e.start, e.end, label="PERSON", span_id="court" if title & set(words["court_titles"]) else ""))
    return found
