"""Who acted in a mention: the actors of a measure (spec 4.3), read from the parse around its
triggers; what was cut and of what kind is `what_was_cut`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.actors import people
from pipeline.components.linking.context import in_sentence
from pipeline.components.linking.orders import ACTOR_RULES, clause_role, doer_of_another, gives_order, hears_case, in_order, notified, order_on_the_cut, order_owner, staff_of, staff_ordered, staff_told, told
from pipeline.components.linking.notices import in_its_message, still_running
from pipeline.components.linking.places import ACTOR_LABELS, country_of
from pipeline.components.linking.proper_names import describes_named, description_of_named, whole_name
from pipeline.components.linking.reproach import blamed, blames
from pipeline.components.linking.used_networks import network_used
from pipeline.components.rules import content_distance, governing_verb, in_cause_or_target, load_rules

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext
    from pipeline.components.linking.records import Mention

def orders_elsewhere(root: Token, ctx: ArticleContext) -> bool:
    """A body whose order, in a sentence without a trigger, is about something that is no
    telecommunications ("the Transport Authority halted the city's bus routes, then took the
    order back"): it gave no order of the measure."""
    _, verb = clause_role(root)
    inside = {t.i for t in verb.subtree}
    if any(s.start in inside and s.label_ in ("SERVICE", "PLATFORM", "APPS") and s.id_ != "unspecified" for s in in_sentence(ctx.all_spans, root.sent)):
        return False
    own = {t.i for t in root.subtree}  # "the Transport Authority" itself names no transport it stopped
    return any(t.lower_ in ctx.rules["other_service_nouns"] for t in verb.subtree if t.pos_ in ("NOUN", "ADJ") and t.i not in own)


def orders_access(verb: Token, ctx: ArticleContext) -> bool:
    """An order, in a sentence without a trigger, that names what it cuts or blocks ("told
    reporters she had issued a decree that takes X offline") or whose passive subject is a
    pronoun for the measure just told ("It was ordered by X"), not one about something else
    ("a messenger the President ordered built")."""
    if any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in verb.children):
        return True
    inside = {t.i for t in verb.subtree}
    return any(s.start in inside and s.label_ in ("SERVICE", "PLATFORM", "TRIGGER") and s.id_ != "unspecified" for s in in_sentence(ctx.all_spans, verb.sent))


def add_actors(m: Mention, spans: list[Span], trigs: list[Span], ctx: ArticleContext) -> None:
    """Add, once each, the actors among `spans` and the people the sentence names that imposed
    the measure of `trigs` (with no triggers: whoever a sentence about the order says gave it)."""
    for s in [*spans, *people(spans, ctx)]:
        if s.label_ in ACTOR_LABELS or s.label_ == "PERSON":
            for found in as_list(actor(s, trigs, m, ctx)):
                if found["name"].lower() not in {a["name"].lower() for a in m.actors}:
                    m.actors.append(found)


def actor(span: Span, trigs: list[Span], m: Mention, ctx: ArticleContext) -> dict | list[dict] | None:
    """Who imposed it. Named authorities and carriers near the trigger (with the names listed
    beside them); a generic noun ("police", "authorities") only as the subject or agent of
    the trigger's clause (police seen on the streets did not cut the network); "the carrier"
    is the carrier named before it; "the carriers" are the carriers the article names for
    that place, and carriers unnamed where they cut are the ones it lists. Who a report is
    credited to is no actor, unless a state body cited for a cut told without a doer; in a
    sentence about an order (no `trigs`) only who gave it is."""
    rules = ctx.rules
    if span.label_ == "ACTOR" and span.root.lower_ in load_rules(ACTOR_RULES)["many_states_words"]:
        return None  # "African governments have repeatedly blocked ...": many states, no one measure's doer
    span = whole_name(span) or span if span.label_ == "ACTOR" else span  # "the Delhi Police Special Cell"
    root = chain_head(span.root)
    dep, head = clause_role(root)
    recipient = (span.label_ == "CARRIER" or span.id_.startswith("regulator")) and told(root)  # "the directive was sent to A", "providers including A were told to", "the regulator was instructed to"
    if span.label_ == "AUTHORITY" and (reports_own_cut(root, trigs, ctx) or officer_tells_cut(root, trigs, ctx)):
        return named_actor(span, ctx)
    if is_source(root, trigs, ctx) and not any(in_order(root, t, rules) for t in trigs) or (not trigs and not gives_order(root, rules) and not recipient) or (trigs and doer_of_another(root, trigs, ctx.triggers)) or blames(root, trigs) or still_running(span, trigs) or description_of_named(span, ctx.by_label.get("AUTHORITY", [])):
        return None
    if span.id_.startswith("court") and (not trigs or hears_case(head) or judges_another(root, trigs, ctx)) or not trigs and orders_elsewhere(root, ctx):
        return None  # a court in a sentence naming no cut, or that issues notices, hears a petition or orders something else
    if span.label_ == "CARRIER" and (notified(root, trigs, rules) or in_its_message(root, trigs) or staff_told(root, {s.root.i for s in in_sentence(ctx.by_label.get("ACTOR", []), root.sent) if s.id_ == "carrier"}, rules)) or span.label_ == "AUTHORITY" and staff_ordered(root, rules):
        return named_actor(span, ctx)
    announces = span.label_ == "PERSON" and dep == "nsubj" and head.lemma_.lower() in rules["report_verbs"] - rules["source_verbs"] and tells_doerless(head, trigs, ctx)
    if span.label_ == "PERSON" and not (any(head.i == t.root.i or shares_subject(t.root, head) for t in trigs) or announces or gives_order(root, rules) and (trigs or orders_access(head.head if head.dep_ == "agent" else head, ctx))):
        return None  # a person credited only as doer of the cut, giver of an order about access or one who announces (not only says) a cut told without a doer
    if span.label_ == "ACTOR" and span.id_ == "carrier" and any(c.lower_ in rules["carrier_determiners"] for c in span.root.children):
        named = carriers_before(span, m, ctx)
        if named or span.root.tag_ != "NNS":
            return named[-1] if named and span.root.tag_ != "NNS" else (named or None)
        # "all operators" before any is named: the ones the article lists, if they cut or were told to
    if span.root.dep_ == "poss" and any(span.root.head.i == t.root.i for t in trigs):
        return named_actor(span, ctx) if span.label_ in ("CARRIER", "AUTHORITY") else generic_actor(span, ctx)  # "the regulator's suspension of X"
    if span.label_ == "ACTOR" and (span.root.dep_ in ("compound", "amod", "poss") or describes_named(span, ctx.by_label.get("AUTHORITY", []))):
        return generic_actor(span, ctx) if order_on_the_cut(span.root, trigs, rules) else None  # "suspended on government orders"
    if span.label_ == "ACTOR" and span.id_ == "carrier":  # "operators", "mobile carriers": named only by a list, who cut or were told to
        if span.root.tag_ != "NNS" or not trigs:
            return None
        return (carrier_list(m, ctx) or None) if is_agent(span, trigs, rules) else (carrier_list(m, ctx, near=span) or None) if told(root) else None
    if root.lemma_.lower() in rules["reporting_people"] and head.lemma_.lower() in rules["report_verbs"]:
        return None  # "officials said": a source, not who cut
    if any(in_order(root, t, rules) for t in trigs) or (not trigs and order_owner(root, rules) is not None):
        return named_actor(span, ctx) if span.label_ in ("CARRIER", "AUTHORITY") else generic_actor(span, ctx)
    if head.lower_ in load_rules(ACTOR_RULES)["opposed_preps"]:
        return None  # "orders military action against the X Front": whom a measure or an attack is against
    if span.label_ == "CARRIER" and not recipient and network_used(root):
        return None  # "unreachable on the main networks, including A and B": where users were
    if head.dep_ == "prep" and not recipient and (head.lower_ in rules["non_actor_preps"] or head.lower_ in rules["observation_preps"] and not blocks_itself(span, ctx)):
        return None
    if head.i == root.head.i and any(in_cause_or_target(span, means_verb(t.root), rules) or in_conflict(span, governing_verb(t.root)) for t in trigs):
        return None  # (a body the parser hung under a participle, "X exercising its powers suspends", is the verb's subject)
    if trigs and min(distance(root, t.root) for t in trigs) > rules["actor_max_distance"] and not complied(span, trigs, rules) and not recipient:
        return None  # named in the same sentence but about something else
    if span.id_.startswith("court") and dep not in ("nsubj", "agent", "nsubjpass") and not (head.dep_ == "agent" and head.head.i in {t.root.i for t in trigs}):
        return None  # the court petitioned, not a court that ordered the cut or the cut was done "by"
    if span.label_ in ("CARRIER", "AUTHORITY"):
        return named_actor(span, ctx)
    if trigs and not is_agent(span, trigs, rules):
        return None
    return generic_actor(span, ctx)


def shares_subject(verb: Token, head: Token) -> bool:
    """A verb conjoined after `head` with no subject of its own ("X followed the manual and
    cut the network"): `head`'s subject does it too."""
    return verb.dep_ == "conj" and verb.head.i == head.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def means_verb(trigger: Token) -> Token | None:
    """The verb whose "to" clause of purpose holds the trigger ("used its powers to suspend
    data", "a rule was used by the department to halt the internet"), else the trigger's own
    verb: the body that uses a means to cut is its doer, whatever the means verb's sense of
    use elsewhere ("users who used VPNs")."""
    verb = governing_verb(trigger)
    while verb is not None and verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head
    return verb


def blocks_itself(span: Span, ctx: ArticleContext) -> bool:
    """A network named where a block was seen ("restricted on fixed lines on CarrierA") is
    no actor, unless the article says elsewhere that this carrier itself cut or blocked."""
    verbs = {t.root.i for t in ctx.triggers if t.label_ != "LIFT"}
    roles = (clause_role(chain_head(s.root)) for s in ctx.by_label.get(span.label_, []) if s.text.lower() == span.text.lower())
    return any(dep == "nsubj" and head.i in verbs for dep, head in roles)


def complied(span: Span, trigs: list[Span], rules: dict) -> bool:
    """A body that says it carried out or received the order that holds the cut, however far
    from it ("all four operators, A, B, C and D, confirmed that they had received a directive
    from the ministry to suspend internet services"), or a person who says she issued it
    ("President X told reporters she had issued a decree that blocks ..."): it carried the
    measure out."""
    return span.label_ in ("CARRIER", "AUTHORITY", "PERSON") and is_agent(span, trigs, rules) and gives_order(chain_head(span.root), rules)


def named_actor(span: Span, ctx: ArticleContext) -> list[dict]:
    """A body the gazetteer knows, with the unknown names listed beside it."""
    kind = "carrier" if span.label_ == "CARRIER" else span.id_.split("|")[0] or "government"
    return [{"name": ctx.aliases.get(span.text, span.text), "kind": kind}, *listed_beside(span, kind, ctx)]


def in_conflict(span: Span, stop: Token | None) -> bool:
    """A side of a fight the sentence gives as the measure's occasion ("cut the internet after
    clashes between the army and the X militia", "following an attack by rebels"): a noun
    of strife between the body and the trigger's verb."""
    words = load_rules(ACTOR_RULES)["conflict_nouns"]
    for t in span.root.ancestors:
        if stop is not None and t.i == stop.i:
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in words:
            return True
    return False


def generic_actor(span: Span, ctx: ArticleContext) -> dict:
    """A body named by its common noun, with the words that tell which ("the Ministry of
    Interior"); the government of a region is that region's government, as "the Haryana
    government" is, so that it is never taken for the country's."""
    rules = ctx.rules
    owners = [c for t in span.root.rights if t.dep_ == "prep" and t.lower_ == "of" for c in t.children if c.dep_ == "pobj"]
    region = next((r.text for c in owners for r in ctx.by_label.get("REGION", []) if r.start <= c.i < r.end), None)
    if region is None and span.root.lower_ in rules["state_words"]:  # "Government of Nagaland" where no place span covers the name
        region = next((c.text for c in owners if c.pos_ == "PROPN" and c.lower_ in region_names(ctx)), None)
    if span.root.lower_ in rules["state_words"] and region is not None:
        return {"name": f"{region} {span.root.text}", "kind": "government", "generic": True}
    owner = {t.i for c in span.root.children if c.dep_ == "poss" for t in c.subtree}  # "Sierra Leone's": the whole possessor, not "Sierra"
    words = [t for t in span.doc[span.root.left_edge.i : span.end] if (t.i == span.root.i or t.dep_ not in ("det", "poss", "punct", "case")) and t.i not in owner and not t.is_stop]
    if span.root.lower_ in rules["body_nouns"]:  # "the Ministry of Interior"
        tail = [t for t in span.root.rights if t.dep_ == "prep" and t.lower_ == "of"]
        if tail:
            words += [t for t in span.doc[tail[0].i : tail[0].right_edge.i + 1]]
    # only the modifiers right before the noun: none from before a punctuation mark or the possessor ("LUSAKA, Aug 12 - Zambia's government")
    cut = max((t.i for t in span.doc[span.root.left_edge.i : span.start] if t.dep_ == "punct" or t.i in owner), default=-1)
    words = [t for t in words if t.i >= span.start or (t.i > cut and t.dep_ in ("compound", "amod", "nmod", "npadvmod"))]
    name = "".join(t.text_with_ws for t in words).strip() or span.text  # as written: "communication, telecommunications"
    return {"name": ctx.aliases.get(name, name), "kind": span.id_ or "government", "generic": True}


def region_names(ctx: ArticleContext) -> set[str]:
    """The names of the regions of the countries the article names, lower case."""
    return {r["name"].lower() for r in ctx.regions.values() if r.get("country") in ctx.named}


def distance(root: Token, target: Token) -> int:
    """Content words between a body and a trigger, through the verb the body is subject of."""
    dep, head = clause_role(root)
    if dep != root.dep_:
        return min(content_distance(root, target), 1 + content_distance(head, target))
    return content_distance(root, target)


def chain_head(token: Token) -> Token:
    """The first of a list or apposition ("providers A and B", "the group, the Forces"): it holds the list's place."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def listed_beside(span: Span, kind: str, ctx: ArticleContext) -> list[dict]:
    """Proper names listed with a named body that no gazetteer knows ("Vodafone and GhanaNet")."""
    if any(t.dep_ == "prep" for t in span):
        return []  # "the Ministry of Communication and Information Technology": one name, not a list
    taken = {i for s in ctx.all_spans for i in range(s.start, s.end)}
    out = []
    for t in span.root.conjuncts:
        if t.pos_ == "PROPN" and t.i not in taken:
            first = min([c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"], default=t.i)
            while first > 0 and not span.doc[first - 1].whitespace_ and span.doc[first - 1].text[-1:].isalnum():
                first -= 1  # a name the tokenizer split with no space ("Zong4G" as "Zong4", "G") is whole
            out.append({"name": span.doc[first : t.i + 1].text, "kind": kind})
    return out


def is_source(root: Token, trigs: list[Span], ctx: ArticleContext) -> bool:
    """Who a report is credited to: a body anywhere in "according to (officials of) X", or
    the subject of a report verb whose quoted or reported clause holds the trigger and names
    another body as its doer ("Vodafone said: 'The authorities cut ...'"). A speaker who
    did it ("it had cut") or who reports a cut without a named doer ("services were
    suspended, the state government said"; "Indonesia has shut down ..., the ministry
    said") is the actor, as coders credit; so is one that says the named doer told it to
    ("A said it had been instructed by the regulator to suspend data"): it carried it out."""
    rules = ctx.rules
    for t in root.ancestors:
        if t.lower_ in rules["source_preps"]:
            return True
        if t.pos_ in ("VERB", "AUX"):
            break
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in rules["source_verbs"]:
        return False
    bodies = {s.root.i for label in ACTOR_LABELS for s in ctx.by_label.get(label, [])} - {root.i}
    for t in trigs:
        path = [t.root, *t.root.ancestors]
        if verb.i == t.root.i or verb.i not in {a.i for a in path}:
            continue
        clause = path[: [a.i for a in path].index(verb.i)]  # from the trigger up to the report verb
        doers = [d for a in clause for c in a.children if c.dep_ in ("nsubj", "agent")
                 for d in ([c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"])]
        told = any(c.dep_ == "nsubjpass" and c.lower_ in rules["speaker_pronouns"] and a.lemma_.lower() in rules["order_words"] for a in clause for c in a.children)
        if any(d.i in bodies for d in doers) and not any(d.lower_ in rules["speaker_pronouns"] for d in doers) and not told:
            return True
    return False


def reports_own_cut(root: Token, trigs: list[Span], ctx: ArticleContext) -> bool:
    """"According to the regulator, two million SIMs have been blocked": a regulator, ministry
    or police body the gazetteer knows, itself cited for a cut its sentence tells without a
    doer, is who did it, as when it "said" so; a monitor or a witness cited so, or the body's
    unnamed officials, are only a source."""
    if not (root.dep_ == "pobj" and root.head.head.lower_ in ctx.rules["source_preps"]):
        return False  # "according to officials of X": officials speak, as "officials said"
    kinds = load_rules(ACTOR_RULES)["self_reporting_kinds"]
    known = any(s.root.i == root.i and s.id_.split("|")[0] in kinds for s in ctx.by_label.get("AUTHORITY", []))
    return known and bool(trigs) and not any(c.dep_ in ("nsubj", "agent") for t in trigs for c in t.root.children)


def officer_tells_cut(root: Token, trigs: list[Span], ctx: ArticleContext) -> bool:
    """"UCC Executive Director A B says the switch-off will bar all calls", "a spokesman for
    the regulator said data had been suspended": the officer of a regulator, ministry or
    police body the gazetteer knows, who tells a cut with no doer of its own, speaks for the
    body, which is credited as when it "said" so itself (`is_source`, `reports_own_cut`)."""
    rules = load_rules(ACTOR_RULES)
    if not any(s.root.i == root.i and s.id_.split("|")[0] in rules["self_reporting_kinds"] for s in ctx.by_label.get("AUTHORITY", [])):
        return False
    people = set(rules["staff_nouns"]) | ctx.rules["reporting_people"]
    person, titled = root, False
    while person.dep_ in ("compound", "nmod") and person.head.pos_ in ("PROPN", "NOUN") and person.head.i != person.i:
        person = person.head  # "UCC Executive Director A B", "the PTA spokesman": up to the person
        titled |= person.lemma_.lower() in people
    staff = staff_of(root, rules)
    if staff.i != root.i and staff.lemma_.lower() in people:
        person, titled = staff, True  # "the director of X"
    verb = person.head
    return titled and person.dep_ == "nsubj" and verb.lemma_.lower() in ctx.rules["source_verbs"] and tells_doerless(verb, trigs, ctx)


def judges_another(root: Token, trigs: list[Span], ctx: ArticleContext) -> bool:
    """A court whose verb, no order, rules on a cut its clause gives a doer of its own ("the
    court found that the government acted unlawfully when it cut access", "ruled that Togo
    violated rights when it shut down the internet"): it judges that doer's measure."""
    dep, verb = clause_role(root)
    if dep != "nsubj" or verb.lemma_.lower() in ctx.rules["order_words"] or any(verb.i == t.root.i for t in trigs):
        return False
    below = [t for t in trigs if verb in t.root.ancestors]
    duty = ctx.rules["obligation_words"]
    for t in below:  # "ruled that the operators must (had to) block X": the court orders it
        clause = [t.root, *[a for a in t.root.ancestors if verb in a.ancestors]]
        if any(a.lemma_.lower() in duty or any(c.dep_ == "aux" and c.lower_ in duty for c in a.children) for a in clause):
            return False
    return bool(below) and (not tells_doerless(verb, below, ctx) or any(standing(t, ctx) for t in below))


def standing(trig: Span, ctx: ArticleContext) -> bool:
    """A cut named as a noun that another verb acts on ("set up a panel to review the curbs",
    "upheld the ban"): a measure already in force that a court weighs, not one it imposes or
    orders (`imposing_verbs`, `order_words`)."""
    noun = trig.root
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in ctx.rules["order_words"] | set(load_rules(ACTOR_RULES)["imposing_verbs"]))


def tells_doerless(verb: Token, trigs: list[Span], ctx: ArticleContext) -> bool:
    """`verb` (a report verb) holds a cut in its reported clause that names no doer: no body,
    proper name or pronoun as subject or agent between the cut and it."""
    bodies = {s.root.i for label in ACTOR_LABELS for s in ctx.by_label.get(label, [])}
    for t in trigs:
        path = [t.root, *t.root.ancestors]
        if verb.i in {a.i for a in path} and verb.i != t.root.i:
            clause = path[: [a.i for a in path].index(verb.i)]
            doers = [d for a in clause for c in a.children if c.dep_ in ("nsubj", "agent") or c.dep_ == "poss" and a.i == t.root.i
                     for d in ([c] if c.dep_ != "agent" else [g for g in c.children if g.dep_ == "pobj"])]  # "X's suspension of Y": X did it
            if not any(d.i in bodies or d.pos_ == "PROPN" or d.lower_ in ctx.rules["speaker_pronouns"] for d in doers):
                return True
    return False


def is_agent(span: Span, trigs: list[Span], rules: dict) -> bool:
    """Subject or agent ("by X", "on the orders of X") of the trigger's clause or of a verb above it."""
    root = chain_head(span.root)
    dep, head = clause_role(root)
    passive = dep == "pobj" and head.dep_ == "agent"
    if dep in ("nsubj", "nsubjpass") or passive:
        verb = head.head if passive else head  # "by X": the verb "by" hangs on
        if passive and measure_by(verb, trigs, rules):
            return True
        return any(verb.i in {a.i for a in (t.root, *t.root.ancestors)} for t in trigs)
    return root.head.lower_ in rules["order_preps"] and root.head.head.lemma_.lower() in rules["order_words"] or blamed(root, trigs)


def measure_by(verb: Token, trigs: list[Span], rules: dict) -> bool:
    """"Unavailable under an emergency measure declared by the Ministry": the agent of a
    participle that describes the measure noun of the trigger's clause gave the measure."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in rules["back_reference_nouns"]:
        return False
    above = {a.i for a in (noun, *noun.ancestors)}
    return any(t.root.i in above or (v := governing_verb(t.root)) is not None and v.i in above for t in trigs)


def carriers_before(span: Span, m: Mention, ctx: ArticleContext) -> list[dict]:
    """Named carriers of the article up to `span`, of the mention's place when it has one,
    else the last one named with those listed beside it ("A, B and C confirmed it. The
    operators then ...": all three; "the operator": C)."""
    found = [s for s in ctx.by_label.get("CARRIER", []) if s.start < span.start]
    regional = [s for s in found if m.region and s.id_ == m.region]
    chosen = regional or [s for s in found if same_list(s, found[-1])]
    return list({s.text.lower(): {"name": s.text, "kind": "carrier"} for s in chosen}.values())


def carrier_list(m: Mention, ctx: ArticleContext, near: Span | None = None) -> list[dict]:
    """The carriers of the mention's country the article names as a list of two or more
    ("Grameenphone, Robi, Banglalink and Teletalk confirmed ..."): who "mobile operators",
    unnamed where they cut, are; a brand of several countries ("Zain", "MTN") is one of them.
    A mention not yet placed in a country is in the article's own.
    Operators only told to cut (`near`) are the ones listed in
    their sentence or the next two ("directed all operators to ... The order went to A, B
    and C"), not a list told with another measure further off, nor the networks users
    were on."""
    spans = [s for s in ctx.by_label.get("CARRIER", []) if (m.country or ctx.home) in {country_of(c, ctx.regions) for c in s.id_.split("|")}]  # "Zain": IQ|JO|SD
    spans = [s for s in spans if not network_used(chain_head(s.root))]  # "seen on the networks, including A and B": where users were, not who was told
    if near is not None:
        sents = list(near.doc.sents)
        at = next(i for i, sent in enumerate(sents) if sent.start <= near.start < sent.end)
        window = {sent.start for sent in sents[at : at + 3]}
        spans = [s for s in spans if s.sent.start in window]
    for first in spans:
        listed = [s for s in spans if same_list(s, first)]
        if len(listed) > 1:
            return list({s.text.lower(): {"name": s.text, "kind": "carrier"} for s in listed}.values())
    return []


def same_list(one: Span, other: Span) -> bool:
    """Two names in one coordinated list ("A, B and C") or one name twice."""
    return one.sent.start == other.sent.start and chain_head(one.root).i == chain_head(other.root).i


def as_list(found: dict | list[dict] | None) -> list[dict]:
    """An actor rule's answer (one actor, several, or none) as a list."""
    return found if isinstance(found, list) else [found] if found else []
