"""How the trigger stage reads a trigger's objects beyond the words linked to it.

- Exceptions: "every internet service but broadband was switched off", "mobile data
  and SMS, except voice calls, were suspended": the excepted service stays on, so it is no
  object of the trigger; an unspecified internet with one kind of it excepted is the other
  kind (all internet but broadband is mobile internet).
- Raising: "access is believed to have been blocked": the subject of the verb above a
  passive infinitive is what the infinitive acts on.
- Particular lines: "barring phone lines that were never tied to a voter card" names
  subscribers' lines, not an area's phone network.
- Media: "the apps are being restricted over landline and cellular networks": a service in an
  "on/over" phrase of a verb whose own object is no service is where a block was seen; a
  network another service is "offered over" carries it ("hotspot services offered over mobile
  networks").
- Lists the parser hangs apart ("suspension of mobile internet (2G/3G), bulk SMS ...").
- Devices and data lines: "access the internet through their phones" names the handset
  people use, "schools banned mobile phones" bans carrying the handset, and "mobile data
  lines" are lines of the data service, none a phone network cut.
- Carriers: "state-owned telecom MPT" says what MPT is; its "telecom" is nothing cut.
- Things: "web anonymisers", "internet addresses" name tools or addresses, not access; the
  owner of the addresses blocked ("Google-owned IP addresses") is no platform blocked.

The words are data in `models/vocab/event_rules.json`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

MARKER_POS = ("ADP", "SCONJ", "ADV", "ADJ", "VERB", "CCONJ")


def without_exceptions(trig: Span, objects: list[Span], rules: dict) -> list[Span]:
    """`objects` less those an exception word governs below the trigger; an unspecified
    internet left with one kind excepted becomes the complementary kind."""
    words = rules["object_exception_words"]
    excepted = {(o.start, o.end) for o in objects if excepted_phrase(o, trig.root, words)}
    if not excepted:
        return objects
    complements = rules["exception_complements"]
    other = {complements[o.id_] for o in objects if (o.start, o.end) in excepted and o.id_ in complements}
    kept = []
    for obj in objects:
        if (obj.start, obj.end) in excepted:
            continue
        if obj.id_ == "internet" and len(other) == 1:
            obj = Span(obj.doc, obj.start, obj.end, label=obj.label_, span_id=next(iter(other)))
        kept.append(obj)
    return kept


def excepted_phrase(obj: Span, stop: Token, words: set[str]) -> bool:
    """An exception word ("except", "apart from", "other than", "excluding", "all but")
    stands between `obj` and the trigger in the tree: the object is what was spared. "but"
    counts only as a preposition, not joining clauses ("cut data but not calls" has a
    negation of its own)."""
    for t in obj.root.ancestors:
        if t.i == stop.i:
            return False
        if t.lower_ in words and t.pos_ in MARKER_POS and (t.lower_ != "but" or t.dep_ == "prep"):
            return True
    return False


def particular_lines(obj: Span, rules: dict) -> Span:
    """Phone lines or numbers described by who holds them or their registration ("barring
    phone lines that were never tied to a voter card", "unregistered mobile lines"): the
    lines of particular subscribers, their head noun alone, which the event stage reads as
    the subscribers' lines a cut-off verb acts on (a subscriber cut-off), not an area's
    phone network."""
    root = obj.root
    if obj.id_ != "phone" or root.lower_ not in rules["subscriber_nouns"] or len(obj) == 1:
        return obj
    words = rules["registration_words"]
    qualifiers = [c for c in root.children if c.dep_ in ("relcl", "acl", "amod")]
    if any(t.lower_ in words or t.lemma_.lower() in words for c in qualifiers for t in c.subtree):
        return Span(obj.doc, root.i, root.i + 1, label=obj.label_, span_id=obj.id_)
    return obj


def seen_on(trig: Span, heads: list[Token], objects: list[Span], rules: dict) -> list[Span]:
    """A verb trigger whose own object is no service ("the platforms are restricted on fixed
    and cellular lines"): a service in an "on/over/via" phrase of the verb is where the block
    was seen, its medium, not a service cut; it is dropped. With the spread or sharing of
    something as the verb's object, apps in that phrase are the channel it spread by."""
    if trig.root.pos_ not in ("VERB", "AUX") or not heads:
        return objects
    inside = {t.i for h in heads for t in h.subtree}
    if any(o.root.i in inside for o in objects):
        return objects
    preps = rules["scope_preps"]
    media = {t.i for c in trig.root.children if c.dep_ == "prep" and c.lower_ in preps for t in c.subtree}
    # "curb the spread of rumours via social media": the apps carry what was curbed, no block
    flow = any(h.lemma_.lower() in rules["cause_verbs"] for h in heads)
    return [o for o in objects if not ((o.label_ == "SERVICE" or flow) and o.root.i in media)]


def describes_carrier(obj: Span, spans: list[Span]) -> bool:
    """A service word written before a carrier's name as what the carrier is ("state-owned
    telecom MPT", "mobile operator Zain"'s "mobile"): it says who the carrier is, not what was
    cut."""
    root = obj.root
    if obj.label_ != "SERVICE" or root.dep_ not in ("compound", "amod", "nmod"):
        return False
    return any(s.label_ == "CARRIER" and s.start <= root.head.i < s.end and not s.start <= root.i < s.end for s in spans)


def carrier_network(obj: Span, rules: dict) -> bool:
    """A network named as what carries another service ("hotspot services offered over mobile
    networks", "data offered over fixed lines"): where that service runs, not a service of
    its own that was cut."""
    root = obj.root
    prep = root.head
    if obj.label_ != "SERVICE" or root.dep_ != "pobj" or prep.lower_ not in rules["scope_preps"]:
        return False  # "calls made through WhatsApp": the platform is what was limited
    verb = prep.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")


def a_device(obj: Span, rules: dict) -> bool:
    """A handset as the means something is done by ("access the internet through their
    phones", "via smartphones"): the device people use, not a phone network cut."""
    root = obj.root
    return obj.label_ == "SERVICE" and obj.id_ == "phone" and root.lemma_.lower() in rules["device_nouns"] \
        and root.dep_ == "pobj" and root.head.lower_ in rules["means_preps"]


def banned_device(trig: Span, obj: Span, rules: dict) -> bool:
    """A handset as what a ban forbids ("schools banned mobile phones in class", "a ban on
    smartphones for pupils"): carrying or using the device is forbidden, no network or line
    is cut. A line, number or service word in the object ("phone lines") keeps it a cut. An
    app banned on or from handsets ("banned the app on staff phones") is a device rule too."""
    if trig.root.lemma_.lower() not in rules["device_ban_words"]:
        return False
    if obj.label_ in ("PLATFORM", "APPS"):
        return on_devices(trig.root, rules) or on_devices(obj.root, rules)
    if obj.label_ != "SERVICE" or obj.id_ != "phone":
        return False
    return obj.root.lemma_.lower() in rules["device_nouns"] and all(t.lemma_.lower() in rules["device_nouns"] or t.dep_ in ("amod", "compound", "det", "poss") for t in obj)


def on_devices(token: Token, rules: dict) -> bool:
    """An app banned "on staff phones" or "from government devices": a rule for what may run
    on some handsets, not a block of the app on a network."""
    return any(c.dep_ == "prep" and c.lower_ in rules["device_scope_preps"]
               and any(g.dep_ == "pobj" and g.lemma_.lower() in rules["device_nouns"] for g in c.children) for c in token.children)


def data_line(obj: Span, spans: list[Span]) -> bool:
    """A line or connection noun modified by a data service ("their mobile data lines",
    "internet connections"): the line of that service, named already, not a phone line."""
    if obj.label_ != "SERVICE" or obj.id_ != "phone" or len(obj) != 1:
        return False
    data = {t.i for s in spans if s.label_ == "SERVICE" and s.id_ in ("mobile_internet", "fixed_internet", "internet") for t in s}
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i in data for c in obj.root.children)


def names_a_thing(obj: Span, rules: dict) -> bool:
    """An internet or telecom word that only says what kind a thing is ("web anonymisers",
    "internet addresses", "telecom misuse"): the thing is what the sentence speaks of, not
    access."""
    root = obj.root
    return obj.label_ == "SERVICE" and obj.id_ in ("internet", "telecom_all") and root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in rules["thing_nouns"]


def owner_of_things(obj: Span, rules: dict) -> bool:
    """A platform named as the owner of the things blocked ("Google-owned IP addresses",
    "Google and Oracle-owned IP addresses", where the parser takes the first owner for an
    object of its own): those addresses were blocked, not the platform's service."""
    if obj.label_ != "PLATFORM":
        return False
    root = obj.root
    if root.dep_ in ("npadvmod", "nmod", "compound") and owned_things(root.head, rules):
        return True  # "Google-owned addresses"; "Google and Oracle-owned addresses" read as a modifier of the noun
    return any(owned_things(c, rules) for c in root.children if c.dep_ == "conj" and c.lemma_.lower() in rules["thing_nouns"]) \
        or (root.dep_ == "conj" and root.head.lemma_.lower() in rules["thing_nouns"] and owned_things(root.head, rules))


def owned_things(t: Token, rules: dict) -> bool:
    """A thing noun with a participle of ownership on it ("Oracle-owned addresses"), or
    that participle itself on such a noun."""
    if t.tag_ == "VBN" and t.dep_ == "amod":
        return t.head.lemma_.lower() in rules["thing_nouns"] and any(c.dep_ == "npadvmod" for c in t.children)
    return t.lemma_.lower() in rules["thing_nouns"] and any(c.tag_ == "VBN" and c.dep_ == "amod" and any(g.dep_ == "npadvmod" for g in c.children) for c in t.children)


def raised(verb: Token) -> bool:
    """A passive infinitive whose subject the verb above it holds ("access is believed to
    have been blocked", "Telegram appears to be blocked"): that subject is what was blocked;
    not under "be" ("SIMs are to be barred"), a duty, not a report."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def list_continues(prev: Span, obj: Span) -> bool:
    """`obj` comes next in a list after `prev` with only commas, "and"/"or", its own
    modifiers ("bulk SMS") and parenthetical notes between them, which the parser often
    hangs elsewhere; not the subject of a clause of its own ("the shutdown of mobile
    internet, broadband will remain out of the order")."""
    head = obj.root
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head  # "broadband" of "broadband internet"
    if head.dep_ in ("nsubj", "nsubjpass") and not _service_word(head.head):
        return False  # but "..., all SMS services and dongle services except the voice calls": "calls" parsed as their verb
    depth, joined = 0, False
    for t in prev.doc[prev.end : obj.start]:
        depth += (t.text == "(") - (t.text == ")")
        if depth > 0 or t.text == ")":
            continue
        if t.text == "," or t.lower_ in ("and", "or"):
            joined = True
        elif not ((t.head.i in range(obj.start, obj.end) or t.head.i == head.i) and t.dep_ in ("compound", "amod", "det")):
            return False
    return joined and depth == 0


def split_list(obj: Span, objects: list[Span]) -> list[Span]:
    """"Access to A, B, C, and D had been blocked": the parser often ends a list of platforms
    at its last comma and makes the last member the subject of a clause of its own. The
    platforms right before a platform object, with only commas and "and"/"or" between, that
    close a list of platforms (the one just before is a conjunct) are objects with it; a
    lone platform before ("moved from A, and D was blocked") is not."""
    if obj.label_ != "PLATFORM" or any(c.dep_ == "conj" for c in obj.root.children):
        return []
    before = sorted((o for o in objects if o.label_ == "PLATFORM" and o.end <= obj.start), key=lambda o: -o.start)
    if not before or before[0].root.dep_ != "conj":
        return []
    out, cur = [], obj
    for prev in before:
        between = obj.doc[prev.end : cur.start]
        if not len(between) or not all(t.text == "," or t.lower_ in ("and", "or") for t in between):
            break
        out.append(prev)
        cur = prev
    return out


def describes_subject(obj: Span) -> bool:
    """A service in a phrase of an appositive of a clause's subject ("the operator, the
    country's sole provider of telecom services, cut ..."): it says who acted, not what was
    cut; a list the parser hangs on its first member as an appositive is no description."""
    node, through = obj.root, False
    while node.dep_ in ("pobj", "prep", "compound", "amod", "nmod", "conj") and node.head.i != node.i:
        through = through or node.dep_ == "prep"
        node = node.head
    return through and node.dep_ == "appos" and node.head.dep_ in ("nsubj", "nsubjpass")  # not "landline, mobile and broadband services"


def _service_word(verb: Token) -> bool:
    """A "verb" the gazetteer read as a service ("voice calls"): a misparse, no clause."""
    return any(s.label_ == "SERVICE" and s.start <= verb.i < s.end for s in verb.doc.spans.get("cutoff", []))


def amid_another_measure(trig: Span, obj: Span, rules: dict) -> bool:
    """A platform in a phrase of circumstance under a trigger that acts on objects of its
    own ("blocked 50 VPNs amid its crackdown on Signal", "banned proxies after its ban on
    Signal"): the measure this one came amid, a block of its own, not one more object of
    this one."""
    if obj.label_ not in ("PLATFORM", "APPS"):
        return False
    root = trig.root
    if not any(c.dep_ in rules["object_deps"] for c in root.children):
        return False
    for t in obj.root.ancestors:
        if t.i == root.i:
            return False
        if t.dep_ == "prep" and t.lower_ in rules["circumstance_preps"]:
            return root in t.ancestors
    return False


def scope_of_another(trig: Span, found: list[Span], rules: dict) -> Span:
    """"Restrictions were at first limited to social media", "the blocks were limited to X
    and Y": a limiting verb whose subject is another trigger and which says what that measure
    reached ("to ...") tells the scope of that measure, no slowdown of its own; it stands for
    the measure its subject names, with the objects it reached."""
    root = trig.root
    if root.lemma_.lower() not in rules["access_limit_verbs"] or not any(c.dep_ == "prep" and c.lower_ == "to" for c in root.children):
        return trig
    clause = root.head if root.dep_ == "acomp" else root  # "were limited to", parsed as a copula's complement
    subjects = {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
    measure = next((t for t in found if t.start != trig.start and t.root.i in subjects), None)
    return trig if measure is None else Span(trig.doc, trig.start, trig.end, label=measure.label_, span_id=measure.id_)


def conjoined_media(objects: list[Span], rules: dict) -> list[Span]:
    """"Mobile and fixed internet", "fixed and mobile internet", "mobile and home internet
    connections": the phrase matched ends with one kind of internet, but a medium word
    coordinated with its modifier (a conjunct of it, or a modifier of the same head before
    the phrase) names the other kind over the same head; each is an object of its own."""
    media = rules["conjoined_media"]
    taken = {t.i for o in objects for t in o}
    extra = []
    for obj in objects:
        if obj.label_ != "SERVICE" or obj.id_ not in ("mobile_internet", "fixed_internet"):
            continue
        first = obj.root
        while first.dep_ == "conj":
            first = first.head  # "mobile and broadband": the list hangs on its first member
        head = obj.root if any(m.i != obj.root.i and m.lower_ in media for m in obj) else first.head
        after = obj.doc[obj.end] if obj.end < len(obj.doc) else head  # "broadband internet services", both nouns on "services"
        if not {head.lower_, after.lower_} & rules["online_words"]:
            continue  # "landline, mobile and broadband services": a list of services, not kinds of one internet
        words = [t for m in obj if m.lower_ in media for t in m.conjuncts]
        words += [c for c in head.children if c.i < obj.start and c.dep_ in ("amod", "compound", "nmod")]
        for word in words:
            kind = media.get(word.lower_)
            if kind and kind != obj.id_ and word.i not in taken:
                extra.append(Span(obj.doc, word.i, word.i + 1, label="SERVICE", span_id=kind))
                taken.add(word.i)
    return objects + extra


def internet_over_media(objects: list[Span], rules: dict) -> list[Span]:
    """"Internet access on mobile and wired links": an unspecified internet said to
    run over connections or networks of named media is the internet of those media, each
    kind an object of its own in place of the unspecified one."""
    media = rules["conjoined_media"]
    out = []
    for obj in objects:
        over = [p.children for p in obj.root.children if p.dep_ == "prep" and p.lower_ in rules["scope_preps"]] if obj.id_ == "internet" else []
        nouns = [n for kids in over for n in kids if n.dep_ == "pobj"]
        words = [w for n in nouns for m in n.children if m.dep_ in ("amod", "compound", "nmod") for w in (m, *m.conjuncts) if w.lower_ in media]
        out += [Span(obj.doc, w.i, w.i + 1, label="SERVICE", span_id=media[w.lower_]) for w in words] or [obj]
    return out


def crosses_clause(verb: Token, root: Token, rules: dict) -> bool:
    """A verb on the way from a trigger's `root` to an object that puts the object in
    another clause; not a verb of access ("restricts users from accessing Facebook"), nor a
    participle that only brings examples ("a ban on social media, including X"), nor a
    relative clause of the measure's noun that says what it reached ("a blackout that hit
    sites such as X and Y"), nor such a verb with the measure's noun for subject
    ("the curbs hit X on Tuesday"): there the objects are the measure's own."""
    if verb.lemma_.lower() in rules["path_verbs"] and verb.dep_ != "conj":
        return False
    if verb.lemma_.lower() in rules["aspect_verbs"] and _chain_above(root, verb):
        return False  # "services will continue to remain shut": the subject is the cut one's
    if verb.dep_ == "prep" and verb.lower_ in rules["example_preps"]:
        return False
    if root.pos_ != "NOUN" or verb.lemma_.lower() not in rules["reach_verbs"]:
        return True
    return not ((verb.dep_ in ("relcl", "acl") and verb.head.i == root.i) or (root.dep_ == "nsubj" and root.head.i == verb.i))


def _chain_above(root: Token, verb: Token) -> bool:
    """`verb` heads `root` through complements only ("continue" over "to remain shut")."""
    head = root
    while head.dep_ in ("xcomp", "acomp", "oprd") and head.head.i != head.i:
        head = head.head
        if head.i == verb.i:
            return True
    return False


def left_over(trig: Span, obj: Span, rules: dict) -> bool:
    """What a confining verb leaves people ("confining subscribers to 2G voice
    services only", "restricted subscribers to text messages"): the "to" phrase of the verb, beside
    an object of its own that is no access or service, is what still works, not what was cut.
    "Limited access to X" keeps X blocked."""
    root = trig.root
    if root.lemma_.lower() not in rules["confining_verbs"]:
        return False
    own = [c for c in root.children if c.dep_ == "dobj" and not (obj.start <= c.i < obj.end)]
    if not own or any(c.lemma_.lower() in rules["access_nouns"] for c in own):
        return False
    return any(t.dep_ == "prep" and t.lower_ == "to" and t.head.i == root.i for t in obj.root.ancestors)


def still_working(obj: Span, rules: dict) -> bool:
    """A service said to be still working ("fibre still active", "landlines
    operational", "voice services remained available"): what a measure told beside it left
    alone, no object of it; a state word before the noun ("all available internet services")
    only describes it, and negated ("no longer available") it is cut after all."""
    if obj.label_ != "SERVICE":
        return False
    head = obj.root
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "broadband" of "broadband services"
    states = rules["working_states"]
    if any(c.dep_ in ("amod", "acl") and c.i > head.i and c.lower_ in states and not any(g.dep_ == "neg" for g in c.children) for c in head.children):
        return True
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_ in ("be", "remain", "stay") and not any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ in ("acomp", "attr") and c.lower_ in states for c in verb.children)


def owner_only(actor: Span, spans: list[Span]) -> bool:
    """An authority named only as whose the things hit are ("hackers knocked out the tax
    office website", "the government's portal went dark"): it owns what
    went down and did nothing, so it is no official to keep a technical cause from vetoing
    the trigger. An authority on the measure itself ("the government's shutdown") still is."""
    root = actor.root
    return root.dep_ in ("compound", "poss", "amod", "nmod") and any(
        s.label_ in ("SERVICE", "PLATFORM", "APPS") and s.root.i == root.head.i for s in spans)
