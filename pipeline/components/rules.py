"""Helpers over the dependency parse shared by the trigger, status and event stages."""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.components.patterns import MODELS_DIR


@lru_cache(maxsize=8)
def load_rules(path: str = "vocab/event_rules.json") -> dict:
    """Word lists of the rules (models/vocab/event_rules.json), as sets where they are lists."""
    raw = json.loads((MODELS_DIR / path).read_text("utf-8"))
    return {k: set(v) if isinstance(v, list) else v for k, v in raw.items() if not k.startswith("_")}


def dep_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree (99 when unrelated)."""
    chain_a = [a, *a.ancestors]
    index_a = {t.i: k for k, t in enumerate(chain_a)}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in index_a:
            return k + index_a[t.i]
    return 99


FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "DET", "PUNCT"})
FLAT_DEPS = frozenset({"conj", "appos", "prep", "pobj", "cc"})


def span_distance(a: Span, b: Span) -> int:
    return dep_distance(a.root, b.root)


def path(a: Token, b: Token) -> list[Token]:
    """Tokens strictly between `a` and `b` on their dependency path (empty if unrelated)."""
    up_a = [a, *a.ancestors]
    index_a = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b, *b.ancestors]
    for k, t in enumerate(up_b):
        if t.i in index_a:
            middle = up_a[1 : index_a[t.i] + 1] + list(reversed(up_b[1:k]))
            return [x for x in middle if x.i not in (a.i, b.i)]
    return []


def content_distance(a: Token, b: Token) -> int:
    """Edges between two tokens, not counting prepositions, conjunctions and lists."""
    if dep_distance(a, b) == 99:
        return 99
    return 1 + sum(1 for t in path(a, b) if t.pos_ not in FUNCTION_POS and t.dep_ not in FLAT_DEPS)


def preposition_of(token: Token, steps: int = 3) -> Token | None:
    """The preposition a date phrase hangs from, through the nouns and numbers of the
    phrase itself ("until 5 pm Wednesday", "till the evening of June 15")."""
    head = token
    for _ in range(steps):
        if (head.dep_ == "prep" and head.lower_ != "of") or head.head.i == head.i:
            break  # "till 5 pm of January 27": through "of" to "till"
        head = head.head
        if head.pos_ not in ("NOUN", "PROPN", "NUM", "ADP", "SCONJ"):
            return None
    return head if head.dep_ == "prep" and head.lower_ != "of" else None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above `token` (the clause it belongs to)."""
    for t in (token, *token.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def spared(span: Span, rules: dict) -> bool:
    """A service under a denied verb of coverage ("the suspension does not affect home
    broadband", "the order doesn't cover voice calls"): what the measure left alone."""
    verb = governing_verb(span.root)
    return verb is not None and verb.lemma_.lower() in rules["coverage_verbs"] and any(c.dep_ == "neg" for c in verb.children)


def in_target(span: Span, rules: dict) -> bool:
    """True when `span` describes who was targeted ("users who linked no ID card")."""
    for k, t in enumerate([span.root, *span.root.ancestors]):
        if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in rules["person_nouns"]:
            return True
        if k > 0 and t.pos_ == "NOUN" and t.lemma_.lower() in rules["person_nouns"]:
            return True
    return False


def in_cause_or_target(span: Span, stop: Token | None, rules: dict) -> bool:
    """True when `span` sits in a clause saying why or whom ("users who used WhatsApp",
    "users of VPN services"), not what was cut: under a cause verb, a relative clause of
    a person noun, or a person noun itself. What the trigger keeps people from using is
    what was cut (`kept_from`)."""
    kept = kept_from(stop, rules) if span.label_ in ("PLATFORM", "APPS") else None  # not "stop telemarketers from using numbers"
    blocked_use = span.label_ in ("PLATFORM", "APPS") or span.id_ == "vpn"
    for k, t in enumerate([span.root, *span.root.ancestors]):
        if stop is not None and t.i == stop.i:
            return False
        if blocked_use and use_acted_on(t, stop, rules):
            continue
        if t.lemma_.lower() in rules["cause_verbs"] and (t.pos_ == "VERB" or k > 0):  # "used VPNs", "VPN use"
            if kept is not None and t.i == kept.i:
                continue
            return True
        if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in rules["person_nouns"]:
            return True
        if k > 0 and t.pos_ == "NOUN" and t.lemma_.lower() in rules["person_nouns"]:
            if kept is not None and t.dep_ == "nsubjpass" and t.head.i == stop.i and uses_generic(kept, rules):
                continue
            return True
    return False


def kept_from(stop: Token | None, rules: dict) -> Token | None:
    """The use a block verb keeps its subject from ("users were barred from using the
    apps", "blocked from accessing X"): the verb after its "from", whose object, an app or
    platform, is what was blocked, not what the users had done."""
    if stop is None:
        return None
    verbs = set(rules["cause_verbs"]) | set(rules["path_verbs"])
    return next((g for c in stop.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in verbs), None)


def use_acted_on(t: Token, stop: Token | None, rules: dict) -> bool:
    """The use the verb itself acts on ("blocked the use of X", "the use of X was
    restricted", "imposed a ban on the use of X"): its app or VPN is what was blocked, not
    a use that brought a measure on someone."""
    if stop is None or t.pos_ != "NOUN" or t.lemma_.lower() not in rules["cause_verbs"]:
        return False
    if t.dep_ in rules["object_deps"] and t.head.i == stop.i:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.dep_ in rules["object_deps"] and t.head.head.head.i == stop.i


def uses_generic(verb: Token, rules: dict) -> bool:
    """The use is of apps named only by a common noun or a pronoun ("from using the
    sites", "from using them"): the named apps are those the kept users are users of
    ("Signal and Telegram users were barred from using the apps"), not a way a rule was broken."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in rules["kept_from_objects"] or c.tag_ == "PRP") for c in verb.children)


def in_cause_phrase(span: Span, stop: Token | None, rules: dict) -> bool:
    """True when `span` sits in a reason given for the cut below `stop` ("because of subversive
    messages", "due to the failure of subscribers to register them"): why it came, not what
    it cut nor the way back."""
    markers = rules["cause_markers"]
    for t in [span.root, *span.root.ancestors]:
        if stop is not None and t.i == stop.i:
            return False
        if t.lower_ in markers or any(c.dep_ == "mark" and c.lower_ in markers for c in t.children):
            return True
    return False


def present(verb: Token, passive: bool = False) -> bool:
    """A simple present ("blocks", "cut" after "they"), or with `passive` also "is needed";
    not a perfect or a progressive ("has blocked", "is blocking")."""
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return passive and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def anchored(ent: Span, rules: dict) -> bool:
    """A date or time that places what is told in time ("on Monday", "last week", "in
    2023"), not a bare length of time ("for a week", "30 days", "within two hours"), which
    a rule in force can state as well as a single measure."""
    words = [t for t in ent if not t.is_punct]
    units = rules["length_units"]
    return not (any(t.lemma_.lower() in units for t in words)
                and all(t.like_num or t.lemma_.lower() in units or t.lower_ in rules["length_fillers"] for t in words))


def disposition(root: Token, rules: dict) -> bool:
    """A trigger under a denied reluctance of the present or the perfect ("does not
    hesitate to", "has never shied away from"): a readiness, where "did not hesitate to
    cut ... on Monday" told a measure (its status is left to the status stage)."""
    for t in root.ancestors:
        if t.lemma_.lower() in rules["reluctance_words"] or t.lower_ in rules["reluctance_words"]:
            denied = any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children)
            now = t.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("has", "have", "does", "do") for c in t.children)
            return denied and now
    return False


def of_a_class(root: Token, rules: dict) -> bool:
    """A kind of measure a class of states has met ("several nations like A and B have faced
    internet shutdowns during elections"): a statement about the class, not a measure; not
    "the two countries", "its neighbours", which are particular ones."""
    verb = governing_verb(root)
    if verb is None or verb.lemma_.lower() not in rules["experience_verbs"]:
        return False
    if not any(c.dep_ == "dobj" and c.left_edge.i <= root.i <= c.right_edge.i for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NNS" and subject.lemma_.lower() in rules["class_nouns"] \
        and not any(c.dep_ in ("det", "poss") and c.lower_ not in rules["class_determiners"] for c in subject.children)


def habitual(root: Token, rules: dict) -> bool:
    """What a state does as a rule, not a measure: a present-tense clause that holds
    "whenever", "when" or "every time" ("Azerbaijan slows and blocks social networks
    whenever tensions rise", "the junta cuts the internet every time students march"), or
    a present "when" clause under a present one ("when a government shuts down the
    internet, there are ways ..."), with no date in the sentence; or under a denied
    reluctance in the present or the perfect ("has never hesitated to cut the internet",
    dated or not: what it is ready to do, its instances only examples). A length of
    time in the sentence ("suspends the line for a week every time") is how long the rule's
    measure lasts, no date that makes it one measure (`anchored`). A present clause set off
    by a count ("numbers get blocked after ten complaints") is such a rule too (`threshold`)."""
    if disposition(root, rules):
        return True
    verb = governing_verb(root)
    if verb is None:
        return False
    sent = root.sent  # found anew at every call
    if any(e.label_ in ("DATE", "TIME") and sent.start <= e.start < sent.end and anchored(e, rules) for e in root.doc.ents):
        return False
    marks, nouns = rules["habitual_marks"], rules["habitual_nouns"]

    def when(clause: Token) -> bool:
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in clause.children) and present(clause, passive=True)

    def every(v: Token) -> bool:  # "every time", on the verb or on a length of time ("for a week every time")
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in nouns and any(d.lower_ in ("every", "each") for d in c.children)
                   and (c.head.i == v.i or (c.head.lemma_.lower() in rules["length_units"] and governing_verb(c) == v)) for c in v.subtree)

    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "slows and blocks ... whenever": the clause is the first verb's
    if present(verb) and any(every(v) or any(c.dep_ == "advcl" and when(c) for c in v.children) for v in chain):
        return True
    if present(verb, passive=True) and any(threshold(c, rules) for v in chain for c in v.children):
        return True  # "numbers get blocked after ten complaints": what happens to any number that draws them
    return verb.dep_ == "advcl" and when(verb) and present(verb.head)


def threshold(prep: Token, rules: dict) -> bool:
    """"After ten complaints", "upon three warnings": a count of things that sets off the
    measure, each time it is reached; not a length of time ("after two days")."""
    if prep.dep_ != "prep" or prep.lower_ not in rules["threshold_preps"]:
        return False
    return any(g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() not in rules["length_units"]
               and any(n.dep_ == "nummod" and n.like_num for n in g.children) for g in prep.children)


def workaround(obj: Span, rules: dict) -> bool:
    """A VPN the text reaches something with or through ("only with a VPN", "without a
    virtual private network (VPN)", "via VPNs"): a remedy, not a blocked service."""
    head = obj.root
    while head.dep_ in ("appos", "compound", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in rules["workaround_preps"]


def as_medium(obj: Span, rules: dict) -> Span:
    """Phones as the way to the internet ("internet on mobile phones and broadband",
    "accesses the internet only through their phones"): the internet of phones, mobile
    internet, not their calls."""
    root = obj.root
    prep = root.head
    if obj.id_ != "phone" or root.dep_ not in ("pobj", "conj"):
        return obj
    while prep.dep_ == "conj" or prep.pos_ not in ("ADP", "SCONJ"):  # "on both mobile phones and ..."
        if prep.head.i == prep.i or prep.pos_ in ("VERB", "AUX"):
            return obj
        prep = prep.head
    head = prep.head
    online = rules["online_words"]
    if prep.lower_ in rules["medium_preps"] and (head.lower_ in online or any(c.lower_ in online for c in head.children)):
        return Span(obj.doc, obj.start, obj.end, label="SERVICE", span_id="mobile_internet")
    return obj


def kind_of_traffic(noun: Token, frame: dict) -> bool:
    """Calls or messages narrowed to a kind ("illegal calls", "spam texts", "non-telemarketing
    robocalls", "calls considered illegal", "robocalls"): stopping them filters content,
    it takes no service from people."""
    if noun.lower_ in frame["kind_traffic_nouns"] or noun.lemma_.lower() in frame["kind_traffic_nouns"]:
        return True
    if noun.lemma_.lower() not in frame["traffic_nouns"]:
        return False
    kinds = frame["content_kinds"]
    if any(t.lower_ in kinds for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree):
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in frame["kind_judging_verbs"] for c in noun.children)


def agent(verb: Token) -> Token | None:
    """Who does what `verb` says: its subject, up a chain of verbs it completes ("kept
    working to restrict ..."), or the "by" phrase of a passive."""
    for _ in range(4):
        for c in verb.children:
            if c.dep_ == "nsubj":
                return verb.head if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else c
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def own_moderation(verb: Token, platforms: set[int], frame: dict) -> bool:
    """A platform or its owner acting on its own store or users ("Twitter suspended the
    account", "Google said it stopped 200,000 apps", "Meta removed the pages"): the agent
    is a platform, an owner, or "it"/"the company" after a platform or an owner in the
    sentence (the one it reports). Moderation, not a state restriction. The verb must act on something
    ("suspended the account"): a platform that "stopped working" or "would not load" is
    what was cut. A ban the platform enforces or imposes ("TikTok enforces the ban") is its
    own, and so is one who is banned "from" the platform (`banned_from_platform`)."""
    if banned_from_platform(verb, platforms, frame):
        return True
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.lemma_.lower() in frame["enacting_verbs"]:
        verb = verb.head  # "TikTok enforces the ban": who enforces it
    if not any(c.dep_ == "agent" or (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")) for c in verb.children):
        return False
    who = agent(verb)
    if who is None:
        return False
    if who.i in platforms or who.lower_ in frame["platform_owners"]:
        return True
    pronoun = who.lower_ in frame["company_pronouns"] or who.lemma_.lower() in frame["company_pronouns"]
    owner_before = any(t.lower_ in frame["platform_owners"] for t in who.doc[who.sent.start:who.i])  # "Microsoft said it will retire ...": the owner of itself
    return pronoun and (owner_before or any(who.sent.start <= i < who.i for i in platforms))


def banned_from_platform(verb: Token, platforms: set[int], frame: dict) -> bool:
    """"The group and its subsidiaries are banned from Facebook": someone put off a
    platform, the platform only what they are put off; moderation of a user, no block of
    the platform. A people or a place put off it ("Iranians were barred from Instagram",
    "users in the region") is kept for the other rules to judge."""
    held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    off = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj" and g.i in platforms]
    if not held or not off:
        return False
    return not any(h.ent_type_ in ("NORP", "GPE", "LOC") or h.lemma_.lower() in frame["population_nouns"]
                   or any(p.dep_ == "prep" and p.lower_ == "in" for p in h.children) for h in held)
