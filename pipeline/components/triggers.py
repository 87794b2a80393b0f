"""Event detection: restriction triggers over the parse, kept only with a telecom object.

Trigger words ("cut off", "shut down", "block", "suspension", "blackout" ...) come from
`models/vocab/triggers.jsonl` as Matcher patterns on lemmas. A trigger becomes an event
mention only when a service or platform of the gazetteer hangs near it in the dependency
tree (and not in a clause that says why, like "users who used VPNs"), and no natural,
technical or commercial cause governs it (a storm outage, a cable cut, price cuts, a
road blockade). Results: `doc.spans["cutoff_triggers"]`, each with `Span._.objects`,
the service and platform spans it acts on (or `Span._.implied`, the service a word
like "offline" implies), also deep in its object phrase ("receipt of calls"); a service
word describing the actor ("telecoms firms") is none, a platform's network or feature
("on the mobile network", "calls on WhatsApp") is the platform's block, and subscribers or
SIMs cut off are their lines. In an article naming no service, "networks" are all of
them. Anaphoric mentions ("similar announcements were made by ...") are kept with no
object; the event stage gives them the previous one's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.components.frame_rules import load_frame_rules
from pipeline.components.patterns import PatternMatcher, read_patterns
from pipeline.components.own_doing import own_doing
from pipeline.components.platform_features import platform_features
from pipeline.components.rules import as_medium, content_distance, governing_verb, in_cause_or_target, in_cause_phrase, kind_of_traffic, load_rules, path, workaround
from pipeline.components.trigger_checks import LOSS, OBJECT_LABELS, plausible, vetoed
from pipeline.components.trigger_objects import (a_device, amid_another_measure, banned_device, conjoined_media, carrier_network, describes_carrier, crosses_clause, data_line, describes_subject, internet_over_media, left_over, list_continues, split_list, names_a_thing, still_working,
    owner_of_things, particular_lines, raised, scope_of_another, seen_on, without_exceptions)


for _name, _default in (("objects", []), ("implied", None), ("cue", None)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


@Language.factory(
    "cutoff_triggers",
    default_config={
        "spans_key": "cutoff_triggers",
        "gazetteer_key": "cutoff",
        "pattern_files": ["vocab/triggers.jsonl"],
        "rules_file": "vocab/event_rules.json",
    },
)
def make_triggers(nlp: Language, name: str, spans_key: str, gazetteer_key: str, pattern_files: list[str], rules_file: str) -> "TriggerStage":
    return TriggerStage(nlp, name, spans_key=spans_key, gazetteer_key=gazetteer_key, pattern_files=pattern_files, rules_file=rules_file)


class TriggerStage:
    def __init__(self, nlp: Language, name: str, *, spans_key: str, gazetteer_key: str, pattern_files: list[str], rules_file: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.gazetteer_key = gazetteer_key
        self.pattern_files = pattern_files
        self.rules = load_rules(rules_file)
        self.frame = load_frame_rules()
        self.matcher = PatternMatcher(nlp)

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None, patterns: Iterable[dict] | None = None) -> None:
        self.matcher.add(patterns if patterns is not None else read_patterns(self.pattern_files))

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = doc.spans[self.gazetteer_key] if self.gazetteer_key in doc.spans else []
        found = [to_verb(s) for s in filter_spans(self.matcher(doc))]
        kept = []
        for sent_triggers, sent_spans in _by_sentence(doc, found, gazetteer):
            triggers = [scope_of_another(t, sent_triggers, self.rules) for t in sent_triggers if t.label_ in ("TRIGGER", "ANAPHOR") and plausible(t, self.rules, self.frame)]
            objects = [as_medium(s, self.rules) for s in sent_spans if s.label_ in OBJECT_LABELS and not self.modifies_actor(s) and not describes_carrier(s, sent_spans)
                       and not carrier_network(s, self.rules)
                       and not names_a_thing(s, self.rules) and not owner_of_things(s, self.rules) and not a_device(s, self.rules) and not data_line(s, sent_spans) and not still_working(s, self.rules)]
            objects = platform_features(internet_over_media(conjoined_media(objects, self.rules), self.rules), sent_spans, self.rules)
            links: dict[int, list[Span]] = {t.start: [] for t in triggers}
            linked: list[tuple[Span, Span]] = []
            for obj in objects:
                best = min(triggers, key=lambda t: (self.distance(t, obj), abs(t.start - obj.start)), default=None)
                if best is None or self.distance(best, obj) > (1 if best.id_ in LOSS else self.rules["link_max_distance"]):
                    best = self.holder(triggers, obj)  # "halt receipt of international calls": deep in the object
                if best is None and linked and list_continues(linked[-1][0], obj):
                    best = linked[-1][1]  # "suspension of mobile internet (2G/3G), bulk SMS (...) and ...", parsed apart
                if best is None or self.a_count(obj.root) or kind_of_traffic(obj.root, self.frame):
                    continue  # "lost mobile data", "no mobile data", "without internet": the service itself
                if best.id_ == "absence" and obj.label_ != "SERVICE":
                    continue  # "a phone with no apps on it"
                if amid_another_measure(best, obj, self.rules):
                    continue  # "blocked VPNs amid its crackdown on Signal": that earlier block
                if obj.id_ == "vpn" and workaround(obj, self.rules):
                    continue  # "unreachable without a VPN": the way around the block, not blocked
                if best.id_ == "unable" and not self.direct_object(best, obj):
                    continue  # "handsets can no longer make calls", "reach it over mobile networks": who lost it, or where
                clause = governing_verb(best.root)
                if in_cause_or_target(obj, clause, self.rules) or in_cause_phrase(obj, clause, self.rules) or self.from_senders(obj, sent_spans):
                    continue
                links[best.start].append(obj)
                linked.append((obj, best))
            taken = {(o.start, o.end) for o, _ in linked}
            for obj, trig in list(linked):
                links[trig.start] += [o for o in split_list(obj, objects) if (o.start, o.end) not in taken]  # "access to A, B, and C had been blocked"
            vetoes = [s for s in sent_spans if s.label_ == "NONEVENT"]
            for trig in triggers:
                trig._.objects = without_exceptions(trig, self.platform_scope(self.beside_accounts(trig, links[trig.start])), self.rules) or self.subscribers(trig)
                trig._.objects = [particular_lines(o, self.rules) for o in seen_on(trig, self.object_phrase(trig), trig._.objects, self.rules) if not banned_device(trig, o, self.rules) and not left_over(trig, o, self.rules)]
                if not trig._.objects and not self.machine_down(trig):  # "ten townships were taken offline": the internet, unnamed
                    trig._.implied = self.rules["implied_services"].get(trig.id_) or self.refers_back(trig)
                if trig.label_ == "TRIGGER" and not trig._.objects and not trig._.implied:
                    continue
                if (trig.id_ == "throttle" and self.counts_down(trig)) or self.filters_content(trig) or self.moderated(trig, sent_spans):
                    continue
                if trig.id_ == "measured":
                    trig._.objects = self.measured(trig)
                    if not trig._.objects:
                        continue
                if vetoed(trig, vetoes, sent_spans, self.rules, self.frame):
                    continue
                kept.append(trig)
            kept.extend(t for t in sent_triggers if t.label_ == "LIFT")
        if not any(s.label_ in OBJECT_LABELS and s.id_ != "unspecified" for s in gazetteer):
            self.whole_networks(kept)
        doc.spans[self.spans_key] = sorted(kept, key=lambda s: s.start)
        return doc

    def measured(self, trig: Span) -> list[Span]:
        """The objects a measurement trigger ("fell to 9%") reports cut: only what the measure
        is of, its subject as a service ("connectivity fell") or a service's traffic ("internet
        traffic dropped"), not its use, share or price ("mobile internet use fell to 40%"), nor
        the networks it was seen across; speeds falling are a slowdown, not read here."""
        subjects = {c.i for c in trig.root.children if c.dep_ in ("nsubj", "nsubjpass")}
        nouns = self.rules["measured_nouns"]
        named = [o for o in trig._.objects if o.id_ != "unspecified" or o.root.lemma_.lower() in nouns]  # not "speeds fell"
        return [o for o in named if o.root.i in subjects or (o.root.head.i in subjects and o.root.head.lemma_.lower() in nouns)]

    def object_phrase(self, trig: Span) -> list[Token]:
        """The heads of what a trigger acts on: a verb's object or passive subject, a
        noun's "of/on/to" phrase ("suspension of messaging app Telegram"), the subject raised
        over a passive infinitive ("access is believed to have been blocked")."""
        root = trig.root
        heads = [c for c in root.children if c.dep_ in self.rules["object_deps"]]
        if not heads and raised(root):
            heads = [c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return heads + [c for c in root.children if c.dep_ == "prep" and c.lower_ in self.rules["object_preps"] and root.pos_ == "NOUN"]

    def holder(self, triggers: list[Span], obj: Span) -> Span | None:
        """The trigger whose object phrase holds `obj` however deep ("receipt of calls", "the
        SMS-receiving functions", "Meta's apps, including WhatsApp"), not across a clause of its
        own ("the site that reported the shutdown"); never a lost or absent service."""
        for trig in triggers:
            if trig.id_ in LOSS or trig.start <= obj.start < trig.end:
                continue
            for head in self.object_phrase(trig):
                if head.left_edge.i <= obj.root.i <= head.right_edge.i and obj.root.i != head.i:
                    if not any(t.dep_ in self.rules["clause_deps"] for t in [obj.root, *path(head, obj.root)]):
                        return trig
        return None

    def direct_object(self, trig: Span, obj: Span) -> bool:
        """`obj` is in the phrase the trigger verb acts on ("receive calls from abroad", "be
        reached"), not its subject nor a place or way ("over mobile networks")."""
        return any(head.left_edge.i <= obj.root.i <= head.right_edge.i for head in self.object_phrase(trig))

    def modifies_actor(self, obj: Span) -> bool:
        """A service word that only describes who acted ("telecoms firms shut down Twitter", "the
        firm, a provider of phone services, cut ...") or is the subject of a verb with an object
        of its own ("state telecoms choked traffic"): who acted, not what was cut."""
        root = obj.root
        if obj.label_ == "SERVICE" and root.dep_ == "nsubj" and root.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in root.head.children):
            return True  # "state telecoms choked traffic to Facebook": the subject of a verb with its own object acted
        return (root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in self.rules["actor_nouns"]) or describes_subject(obj)

    def platform_scope(self, objects: list[Span]) -> list[Span]:
        """With a platform or apps blocked, a service it was blocked on or over is its scope
        ("Facebook was shut down on the mobile network") and a service with a platform after
        on/via is a feature of that platform ("voice calls on WhatsApp", "calls on foreign
        messaging platforms"): the block stays a platform block."""
        platforms = {t.i for o in objects if o.label_ in ("PLATFORM", "APPS") for t in o}
        if not platforms:
            return objects
        preps = self.rules["scope_preps"]

        def scope(obj: Span) -> bool:
            under = obj.root.head.dep_ == "prep" and obj.root.head.lower_ in preps
            group = [obj.root, *obj.root.conjuncts]  # "voice and video calls on WhatsApp"
            group += [c for w in group for c in w.children if c.dep_ == "acl"]  # "calls made through WhatsApp"
            on_platform = any(c.dep_ == "prep" and c.lower_ in preps and {t.i for t in c.subtree} & platforms for w in group for c in w.children)
            return obj.label_ == "SERVICE" and (under or on_platform)

        return [o for o in objects if not scope(o)]

    def subscribers(self, trig: Span) -> list[Span]:
        """A cut-off verb whose object or passive subject is a subscriber or a SIM ("SIM
        holders were disconnected"): their lines, a `phone` object of particular people."""
        if trig.root.lemma_.lower() not in self.rules["subscriber_cut_verbs"]:
            return []
        doc = trig.doc
        return [Span(doc, c.i, c.i + 1, label="SERVICE", span_id="phone") for c in trig.root.children
                if c.dep_ in self.rules["object_deps"] and c.lower_ in self.rules["subscriber_nouns"]]

    def whole_networks(self, triggers: list[Span]) -> None:
        """An article that names no service but "networks" or "communications" ("networks in
        Chad were switched off"): all telecommunications (spec 4.2), voice calls and internet."""
        for trig in triggers:
            if trig.label_ == "TRIGGER" and trig._.objects and all(o.id_ == "unspecified" and o.root.lower_ in self.rules["network_nouns"] for o in trig._.objects):
                trig._.objects = [Span(trig.doc, o.start, o.end, label="SERVICE", span_id="telecom_all") for o in trig._.objects]

    def distance(self, trig: Span, obj: Span) -> int:
        """How far an object hangs from a trigger; 99 across another clause's verb
        ("received a text message before ... shut down"), except verbs of access
        ("restricts users from accessing Facebook") and the others `crosses_clause` lets by."""
        between = path(trig.root, obj.root)
        copula = trig.root.head.i if trig.root.dep_ in ("acomp", "attr", "oprd") or raised(trig.root) else None  # "Facebook was unreachable", "appears to be blocked"
        auxiliary = {t.i for t in between if t.dep_ in ("aux", "auxpass") and t.head.i == trig.root.i}  # "services will remain suspended": the subject parsed under "remain"
        if any(t.pos_ in ("VERB", "AUX") and t.i != copula and t.i not in auxiliary and crosses_clause(t, trig.root, self.rules) for t in between):
            return 99
        return content_distance(trig.root, obj.root)

    @staticmethod
    def refers_back(trig: Span) -> str | None:
        """"Imposed the block", "this shutdown": a noun that names the measure already reported;
        "In Sindh, these will stay suspended": a demonstrative subject, the services just named."""
        root = trig.root
        if root.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "such") for c in root.children):
            return "unspecified"
        verbs = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))] + ([root.head] if root.dep_ in ("acomp", "oprd", "xcomp") else [])
        if root.pos_ in ("VERB", "ADJ") and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ in ("these", "those")
                                                and not any(r.dep_ == "relcl" for r in c.children) for v in verbs for c in v.children):
            return "unspecified"
        return None

    def from_senders(self, obj: Span, sent_spans: list[Span]) -> bool:
        """Messages or calls from some senders ("block SMS messages from unregistered
        sender IDs"): filtering what certain numbers send, not a service taken away; but
        not messages from a place ("from abroad", "from these areas"), which is barring."""
        for prep in (c for t in obj if t.lemma_.lower() in self.frame["traffic_nouns"] for c in t.children):
            if prep.dep_ == "prep" and prep.lower_ == "from":
                inside = {t.i for t in prep.subtree}
                senders = any(t.dep_ == "pobj" and t.lemma_.lower() in self.frame["sender_nouns"] for t in prep.children)
                return senders and not any(s.label_ in ("INTL", "COUNTRY") and s.start in inside for s in sent_spans)
        return False

    def a_count(self, noun: Token) -> bool:
        """A singular count noun heading an "of" phrase ("the number of plans"), not people's
        numbers ("the phone numbers of Tibetans", "their mobile numbers")."""
        return noun.lemma_.lower() in self.frame["count_nouns"] and noun.tag_ == "NN" and not any(c.dep_ == "compound" for c in noun.children) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)

    def counts_down(self, trig: Span) -> bool:
        """"Reduced the number of plans", "limited the number of calls to three": a count going
        down, not access slowed; throttling needs a speed, a service, a quality."""
        return any(self.a_count(h) for h in self.object_phrase(trig))

    def filters_content(self, trig: Span) -> bool:
        """What the trigger acts on is a kind of traffic ("restrictions on robocalls to home
        phones", "blocking of calls considered illegal"): a filter, whatever it reaches."""
        heads = self.object_phrase(trig)
        heads += [c for h in heads if h.dep_ == "prep" for c in h.children if c.dep_ == "pobj"]
        return any(kind_of_traffic(h, self.frame) for h in heads)

    def moderated(self, trig: Span, sent_spans: list[Span]) -> bool:
        """A platform moderating its own store or users, or a site going dark by itself, with
        no state body acting in its clause ("Twitter suspended the account", not "Apple
        pulled the apps at regulators' request"; `own_doing`)."""
        return own_doing(trig, sent_spans, self.frame)

    def beside_accounts(self, trig: Span, objects: list[Span]) -> list[Span]:
        """"The account was suspended for breaking Twitter's rules": an account suspended, the
        platform only its host; no platform block."""
        if not any(h.lemma_.lower() in self.frame["account_nouns"] for h in self.object_phrase(trig)):
            return objects
        return [o for o in objects if o.label_ not in ("PLATFORM", "APPS")]

    def machine_down(self, trig: Span) -> bool:
        """A machine that is offline or down ("the registration system is offline", "the
        server went down") is a fault, not a network taken away from people."""
        verb = governing_verb(trig.root)
        return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.frame["machine_nouns"] for c in verb.children)


def to_verb(trig: Span) -> Span:
    """"No longer able to receive", "have not been able to send": the trigger is the verb at
    its end, which governs the object, and keeps the whole phrase as its `cue` (its "not" is
    the loss itself, no denial of it). A measurement ("connectivity fell to 9%", "was at 2%
    of ordinary levels") is its verb, whose subject is what was cut."""
    if trig.id_ == "measured":
        head = trig.root if trig.root.pos_ in ("VERB", "AUX") else trig.root.head
        verb = Span(trig.doc, head.i, head.i + 1, label=trig.label_, span_id=trig.id_)
    elif trig.id_ == "unable" and trig.end - trig.start >= 2:
        verb = Span(trig.doc, trig.end - 1, trig.end, label=trig.label_, span_id=trig.id_)
    else:
        return trig
    verb._.cue = (trig.start, trig.end)
    return verb



def _by_sentence(doc: Doc, triggers: list[Span], spans: Iterable[Span]) -> Iterable[tuple[list[Span], list[Span]]]:
    spans = list(spans)
    for sent in doc.sents:
        yield (
            [t for t in triggers if sent.start <= t.start < sent.end],
            [s for s in spans if sent.start <= s.start < sent.end],
        )
