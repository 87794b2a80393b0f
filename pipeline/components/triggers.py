"""Event detection: restriction triggers over the parse, kept only with a telecom object.

Trigger words ("cut off", "shut down", "block", "suspension", "blackout" ...) come from
`models/vocab/triggers.jsonl` as Matcher patterns on lemmas. A trigger becomes an event
mention only when a service or platform of the gazetteer hangs near it in the dependency
tree (and not in a clause that says why, like "users who used VPNs"), and no natural,
technical or commercial cause governs it (a storm outage, a cable cut, price cuts, a
road blockade). Results: `doc.spans["cutoff_triggers"]`, each with `Span._.objects`,
the service and platform spans it acts on (or `Span._.implied`, the service a word
like "offline" implies). Anaphoric mentions ("similar announcements
were made by ...") are kept with no object; the event stage gives them the previous one's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.components.frame_rules import load_frame_rules
from pipeline.components.patterns import PatternMatcher, read_patterns
from pipeline.components.rules import content_distance, governing_verb, in_cause_or_target, load_rules, path, span_distance

OBJECT_LABELS = ("SERVICE", "PLATFORM", "APPS")
NAME_LABELS = ("LAW", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT")
VETO_ANYWHERE = ("nature", "technical")
LOSS = ("loss", "absence")  # service gone, no measure named: "lost mobile data", "no internet"

for _name, _default in (("objects", []), ("implied", None)):
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
        found = filter_spans(self.matcher(doc))
        kept = []
        for sent_triggers, sent_spans in _by_sentence(doc, found, gazetteer):
            triggers = [t for t in sent_triggers if t.label_ in ("TRIGGER", "ANAPHOR") and self.plausible(t)]
            objects = [s for s in sent_spans if s.label_ in OBJECT_LABELS]
            links: dict[int, list[Span]] = {t.start: [] for t in triggers}
            for obj in objects:
                best = min(triggers, key=lambda t: (self.distance(t, obj), abs(t.start - obj.start)), default=None)
                if best is None or self.distance(best, obj) > (1 if best.id_ in LOSS else self.rules["link_max_distance"]):
                    continue  # "lost mobile data", "no mobile data", "without internet": the service itself
                if best.id_ == "absence" and obj.label_ != "SERVICE":
                    continue  # "a phone with no apps on it"
                if in_cause_or_target(obj, governing_verb(best.root), self.rules) or self.from_senders(obj, sent_spans):
                    continue
                links[best.start].append(obj)
            vetoes = [s for s in sent_spans if s.label_ == "NONEVENT"]
            for trig in triggers:
                trig._.objects = links[trig.start]
                if not trig._.objects and not self.machine_down(trig):  # "ten townships were taken offline": the internet, unnamed
                    trig._.implied = self.rules["implied_services"].get(trig.id_) or self.refers_back(trig)
                if trig.label_ == "TRIGGER" and not trig._.objects and not trig._.implied:
                    continue
                if self.vetoed(trig, vetoes, sent_spans):
                    continue
                kept.append(trig)
            kept.extend(t for t in sent_triggers if t.label_ == "LIFT")
        doc.spans[self.spans_key] = sorted(kept, key=lambda s: s.start)
        return doc

    def distance(self, trig: Span, obj: Span) -> int:
        """How far an object hangs from a trigger; 99 across another clause's verb
        ("received a text message before ... shut down"), except verbs of access
        ("restricts users from accessing Facebook")."""
        between = path(trig.root, obj.root)
        copula = trig.root.head.i if trig.root.dep_ in ("acomp", "attr", "oprd") else None  # "Facebook was unreachable"
        if any(t.pos_ in ("VERB", "AUX") and t.i != copula and (t.lemma_.lower() not in self.rules["path_verbs"] or t.dep_ == "conj") for t in between):
            return 99
        return content_distance(trig.root, obj.root)

    @staticmethod
    def refers_back(trig: Span) -> str | None:
        """"Imposed the block", "this shutdown": a noun that names the measure already reported."""
        root = trig.root
        if root.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "such") for c in root.children):
            return "unspecified"
        return None

    def plausible(self, trig: Span) -> bool:
        """Not a generality ("cutting X is wrong"), not part of a name ("the Temporary
        Suspension of Telecom Services Rules"), nor in a clause saying why ("software to
        bypass such blocks")."""
        root = trig.root
        if any(e.label_ in NAME_LABELS and e.start <= trig.start and trig.end <= e.end for e in trig.doc.ents):
            return False
        if root.is_title and root.i > trig.sent.start and root.nbor(-1).is_title and root.i + 1 < len(root.doc) and root.nbor(1).lower_ in ("of", "act", "rules", "order"):
            return False
        if root.dep_ in self.rules["generic_deps"] or (root.tag_ == "VBG" and root.dep_ in ("nsubj", "nsubjpass")):
            return False
        if trig.id_ not in LOSS and (self.users_choice(root) or self.permitted_choice(root)):
            return False
        if self.generic(root):
            return False
        if root.pos_ in ("VERB", "AUX"):
            return True
        verb = governing_verb(root)
        return verb is None or verb.lemma_.lower() not in self.rules["cause_verbs"]

    def users_choice(self, root: Token) -> bool:
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
                return subject.lemma_.lower() in self.rules["choosing_people"] | self.frame["tool_nouns"]
            if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def permitted_choice(self, root: Token) -> bool:
        """Under a verb that lets people do it ("the plan lets parents ... switch off mobile
        data at night", "allows users to block numbers"): what they may choose to do."""
        people = self.rules["choosing_people"]
        for verb in root.ancestors:
            if verb.lemma_.lower() not in self.frame["permission_verbs"]:
                continue
            near = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
            near += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
            if any(t.lemma_.lower() in people for t in near):
                return True
        return False

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

    def machine_down(self, trig: Span) -> bool:
        """A machine that is offline or down ("the registration system is offline", "the
        server went down") is a fault, not a network taken away from people."""
        verb = governing_verb(trig.root)
        return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.frame["machine_nouns"] for c in verb.children)

    @staticmethod
    def generic(root: Token) -> bool:
        """A statement about a kind of measure, not a measure: a bare plural subject of a
        present-tense clause that says what such measures are ("connectivity restrictions,
        from full shutdowns to the blocking of websites, remain a common tool"), with no
        date in the sentence."""
        head = root
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.head.pos_ not in ("VERB", "AUX"):
            head = head.head
        verb = head.head
        if head.tag_ != "NNS" or head.dep_ != "nsubj" or verb.tag_ not in ("VBP", "VBZ"):
            return False
        if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
            return False
        if not any(c.dep_ in ("attr", "acomp") for c in verb.children):
            return False
        return not any(e.label_ in ("DATE", "TIME") and root.sent.start <= e.start < root.sent.end for e in root.doc.ents)

    def vetoed(self, trig: Span, vetoes: list[Span], sent_spans: list[Span]) -> bool:
        """Natural or technical causes anywhere in the sentence, commerce and utilities next to the trigger."""
        official = any(s.label_ in ("ACTOR", "AUTHORITY") and s.id_ != "carrier" and span_distance(s, trig) <= 3 for s in sent_spans)
        for v in vetoes:
            if v.id_ in VETO_ANYWHERE and not official:
                return True
            if v.id_ not in VETO_ANYWHERE and span_distance(v, trig) <= 2 and not other_clause(v.root, trig.root):
                return True
        return False


def other_clause(word: Token, trig: Token) -> bool:
    """`word` heads or sits in another clause than the trigger ("suspended ... as troops
    launched an operation"), where it says nothing of the trigger's object."""
    return any(t.pos_ in ("VERB", "AUX") and t.i != trig.i for t in [*path(trig, word), word])


def _by_sentence(doc: Doc, triggers: list[Span], spans: Iterable[Span]) -> Iterable[tuple[list[Span], list[Span]]]:
    spans = list(spans)
    for sent in doc.sents:
        yield (
            [t for t in triggers if sent.start <= t.start < sent.end],
            [s for s in spans if sent.start <= s.start < sent.end],
        )
