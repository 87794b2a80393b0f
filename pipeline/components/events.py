"""Argument linking: turns trigger mentions into events, each with its own place, date,
actors, services, platforms, targets and remedies.

How a hand coder reads an article, as rules over the parse and the gazetteer spans:
1. Each sentence with a trigger gives one mention per status; a sentence naming several
   regions is split at each region ("Liaoning imposed the block on January 25, Guizhou
   last November, and Zhejiang in August" gives three mentions, each with its own date).
2. A mention's place is a region, city or regional carrier in its own part of the
   sentence; with none, a mention of the same kind of measure inherits the place of the
   one before it; a country named alone (or "nationwide") makes it national.
3. Restriction type and services follow from the objects of the trigger (spec 4.1-4.2).
4. Sentences without a trigger that follow one (remedies, reasons, penalties) add to the
   latest mention: "users must present their ID cards to request reactivation".
5. Mentions with the same status, place and restriction whose dates agree (or one is
   undated) are one event; a different date in the same place is a different event.
The result is `Doc._.events`, a list of dicts with the event fields of the spec that
come from the text; `pipeline.extract` adds the article's metadata and ids.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.patterns import MODELS_DIR
from pipeline.components.status import own_clause
from pipeline.components.rules import content_distance, dep_distance, governing_verb, in_cause_or_target, in_target, load_rules
from pipeline.components.triggers import LOSS

PLACE_LABELS = ("REGION", "CITY")
ACTOR_LABELS = ("ACTOR", "AUTHORITY", "CARRIER")
PHONE_TO_AREA = {"phone": "voice_calls"}
INTERNATIONAL = {"voice_calls": "international_calls", "sms": "international_sms"}
FAR_END_OF_CALLS = {"HK", "MO", "TW"}
PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
# "BEIJING, June 9 (Asia Wire) - " / "Srinagar, Aug 5 -": where the reporter is, not the event
DATELINE = re.compile(r"(?m)^[ \t#*_]*[A-Z][\w .,'()/-]{1,60}?\s[-\u2013\u2014]{1,2}\s")
LOCATIVE = frozenset({"in", "across", "throughout", "within", "inside", "around", "over", "of", "nationwide"})
DEICTIC_NOUNS = frozenset({"city", "town", "valley", "capital", "region", "province", "district"})
GENERIC_CARRIER = frozenset({"carrier", "operator", "company", "provider", "telco", "firm"})

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=[])


@dataclass
class Mention:
    """What one sentence (or one region's part of it) says about a restriction."""

    status: str
    sent: Span
    start: int
    end: int
    triggers: list[Span]
    services: set[str] = field(default_factory=set)
    platforms: set[str] = field(default_factory=set)
    region: str | None = None
    country: str | None = None
    city: str | None = None
    national: bool = False
    named_country: bool = False
    international: bool = False
    individual: bool = False
    anaphoric: bool = False
    vague: bool = False
    nearby: set[str] = field(default_factory=set)  # services elsewhere in a vague mention's sentence
    restriction: str = "other"
    dates: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    remedies: set[str] = field(default_factory=set)
    remedy_text: list[str] = field(default_factory=list)
    justification: set[str] = field(default_factory=set)
    duration: str | None = None
    evidence: list[Span] = field(default_factory=list)
    latest: Span | None = None  # the last sentence that spoke of it: context windows count from here


@Language.factory(
    "cutoff_events",
    default_config={
        "gazetteer_key": "cutoff",
        "dates_key": "cutoff_dates",
        "triggers_key": "cutoff_triggers",
        "regions_file": "gazetteer/regions.json",
        "rules_file": "vocab/event_rules.json",
    },
)
def make_events(nlp: Language, name: str, gazetteer_key: str, dates_key: str, triggers_key: str, regions_file: str, rules_file: str) -> "EventLinker":
    return EventLinker(name, gazetteer_key=gazetteer_key, dates_key=dates_key, triggers_key=triggers_key, regions_file=regions_file, rules_file=rules_file)


class EventLinker:
    def __init__(self, name: str, *, gazetteer_key: str, dates_key: str, triggers_key: str, regions_file: str, rules_file: str) -> None:
        self.name = name
        self.keys = (gazetteer_key, dates_key, triggers_key)
        self.regions_file = regions_file
        self.rules = load_rules(rules_file)
        self.regions: dict[str, dict] = {}
        self.region_counts: dict[str, int] = {}  # unambiguous places of the article, to read ambiguous ones
        self.dateline_place: str | None = None  # "URUMQI, China (Wire) -": the city "here" means
        self.named: set[str | None] = set()  # countries the article names: a region of another is a false friend
        self.aliases: dict[str, str] = {}  # "PTA" -> "Pakistan Telecommunication Authority", from "... Authority (PTA)"

    def initialize(self, get_examples=None, *, nlp: Language | None = None, regions: dict | None = None) -> None:
        """Load region names and countries (models/gazetteer/regions.json)."""
        self.regions = regions if regions is not None else json.loads((MODELS_DIR / self.regions_file).read_text("utf-8"))

    def __call__(self, doc: Doc) -> Doc:
        gaz_key, dates_key, trig_key = self.keys
        gazetteer = list(doc.spans.get(gaz_key, []))
        dateline = dateline_end(doc)
        dates = [d for d in doc.spans.get(dates_key, []) if d.start_char >= dateline]
        triggers = list(doc.spans.get(trig_key, []))
        if not any(t.label_ != "LIFT" for t in triggers):
            doc._.events = []
            return doc
        home = self.home_country(gazetteer)
        self.region_counts = {}
        for span in gazetteer:
            if span.label_ in (*PLACE_LABELS, "CARRIER") and "|" not in span.id_:
                self.region_counts[span.id_] = self.region_counts.get(span.id_, 0) + 1
        self.dateline_place = next((self.pick(s.id_, home) for s in gazetteer if s.start_char < dateline and s.label_ in PLACE_LABELS), None)
        self.named = {self.country_of(c) for s in gazetteer if s.label_ == "COUNTRY" for c in s.id_.split("|")} | {home}
        self.aliases = acronyms(doc, [s for s in gazetteer if s.label_ in ACTOR_LABELS])
        gazetteer = [s for s in gazetteer if s.start_char >= dateline or s.label_ not in (*PLACE_LABELS, "COUNTRY")]
        mentions: list[Mention] = []
        for i, sent in enumerate(doc.sents):
            spans = [s for s in gazetteer if sent.start <= s.start < sent.end]
            sent_dates = [d for d in dates if sent.start <= d.start < sent.end]
            sent_trigs = [t for t in triggers if sent.start <= t.start < sent.end]
            events_here = [t for t in sent_trigs if t.label_ != "LIFT"]
            if events_here:
                for m in self.sentence_mentions(sent, events_here, spans, sent_dates, home):
                    if not self.absorbed(m, mentions):  # judged on what the sentence itself says
                        self.inherit(m, mentions, home)
                        mentions.append(m)
            elif mentions:
                self.add_context(mentions[-1], sent, spans, sent_dates, sent_trigs, i)
        if not any(m.status == "asserted" and not is_loss(m) for m in mentions):
            mentions = [m for m in mentions if not is_loss(m)]  # a loss alone is an outage, not a measure
        self.backfill(mentions)
        self.propagate_international(mentions)
        doc._.events = [self.to_event(group) for group in self.cluster(mentions)]
        return doc

    # -- places ---------------------------------------------------------------------------

    def home_country(self, spans: list[Span]) -> str | None:
        """The country the article is mostly about, from every place and carrier it names."""
        counts: dict[str, int] = {}
        for s in spans:
            codes = s.id_.split("|")[1:] if s.label_ == "AUTHORITY" else s.id_.split("|")
            for country in {self.country_of(code) for code in codes} if s.label_ in (*PLACE_LABELS, "COUNTRY", "CARRIER", "AUTHORITY") else ():
                if country:
                    counts[country] = counts.get(country, 0) + 1
        return max(counts, key=lambda c: (counts[c], c)) if counts else None

    def country_of(self, code: str) -> str | None:
        if not code:
            return None
        if code in self.regions:
            return self.regions[code]["country"]
        return code.split("-")[0] if len(code.split("-")[0]) == 2 else None

    def pick(self, ident: str, home: str | None) -> str:
        """One code of an ambiguous name ("IN-PB|PK-PB"): the region the article names most,
        else one in the article's country."""
        codes = ident.split("|")
        if len(codes) == 1:
            return codes[0]
        return max(codes, key=lambda c: (self.region_counts.get(c, 0), self.country_of(c) == home, -codes.index(c)))

    def is_location(self, span: Span) -> bool:
        """Not a place that only says where someone is from or where calls go ("calls to Taiwan",
        "messages from overseas, Hong Kong and Macao")."""
        token = span.root
        while token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head
        head = token.head
        if head.dep_ == "prep" and head.lower_ in ("from", "to") and head.head.pos_ in ("NOUN", "PROPN"):
            return False
        if token.dep_ == "poss" and not self.is_service_word(head):  # "Beijing's campaign": the government
            return False
        if token.dep_ in ("compound", "amod", "nmod") and token.head.lemma_.lower() in self.rules["seat_nouns"]:
            return False  # "a Dakar court convicted ...": where the court sits, not where the measure bites
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in token.children):
            return False  # "the North-West region of Xinjiang": the place named after "of"
        following = span.doc[span.end : span.end + 2]
        return not (len(following) == 2 and following[0].text == "-" and following[1].lower_ == "based")

    @staticmethod
    def modifies_actor(span: Span) -> bool:
        head = span.root.head
        return any(s.label_ in ACTOR_LABELS and s.start <= head.i < s.end for s in span.doc.spans.get("cutoff", []))

    @staticmethod
    def is_service_word(token: Token) -> bool:
        return any(s.label_ == "SERVICE" and s.start <= token.i < s.end for s in token.doc.spans.get("cutoff", []))

    # -- mentions -------------------------------------------------------------------------

    def sentence_mentions(self, sent: Span, triggers: list[Span], spans: list[Span], dates: list[Span], home: str | None) -> list[Mention]:
        """One mention per trigger; a sentence naming several regions is cut at each, and a
        part with no trigger of its own takes the nearest one ("Liaoning imposed the block
        on January 25, Guizhou last November")."""
        places = [s for s in spans if self.is_location(s) and (s.label_ in PLACE_LABELS or (s.label_ == "CARRIER" and "-" in s.id_))]
        places = [s for s in places if self.country_of(self.pick(s.id_, home)) in self.named and self.in_clause(s, triggers)]
        regions: list[tuple[int, str]] = []
        for s in places:
            code = self.pick(s.id_, home)
            if "-" in code and (not regions or regions[-1][1] != code):
                regions.append((s.start, code))
        cuts = [start for start, _ in regions[1:]] if len({c for _, c in regions}) > 1 else []
        bounds = [sent.start, *cuts, sent.end]
        parts = list(zip(bounds, bounds[1:]))
        owner = {}
        for lo, hi in parts:
            inside = [t for t in triggers if lo <= t.start < hi]
            before = [t for t in triggers if t.start < lo]
            owner[(lo, hi)] = inside or [before[-1] if before else triggers[0]]
        out = []
        for trig in triggers:
            for lo, hi in parts:
                if trig not in owner[(lo, hi)]:
                    continue
                m = Mention(status=trig._.status, sent=sent, start=lo, end=hi, triggers=[trig], evidence=[sent])
                part = [s for s in spans if lo <= s.start < hi] if cuts else spans
                own = [d for d in ([d for d in dates if lo <= d.start < hi] if cuts else dates) if not other_clause_date(d, trig, triggers)]
                self.fill(m, [trig], spans, part, own, home, bool(cuts))
                out.append(m)
        return out

    def fill(self, m: Mention, trigs: list[Span], spans: list[Span], part: list[Span], dates: list[Span], home: str | None, cut_up: bool = False) -> None:
        r = self.rules
        foreign = lambda s: self.country_of(self.pick(s.id_, home)) not in self.named  # noqa: E731
        part = [s for s in part if s.label_ not in PLACE_LABELS or not foreign(s)]
        spans = [s for s in spans if s.label_ not in (*PLACE_LABELS, "COUNTRY") or not foreign(s)]
        if not cut_up:  # places of another clause ("a court in Kazan fined ...") are not this measure's
            part = [s for s in part if s.label_ not in PLACE_LABELS or self.in_clause(s, trigs)]
            spans = [s for s in spans if s.label_ != "COUNTRY" or self.in_clause(s, trigs)]
        for t in trigs:
            m.anaphoric |= t.label_ == "ANAPHOR" and not t._.objects
            if t._.implied and not t._.objects:
                m.services.add(t._.implied)  # "unspecified" makes the mention vague, below
            for obj in t._.objects:
                if obj.label_ == "PLATFORM":
                    m.platforms.add(obj.id_)
                elif obj.label_ == "APPS":
                    m.services.add("platform")
                else:
                    m.services.add(obj.id_)
                m.individual |= self.individual(obj)
        if m.platforms:
            m.services.add("platform")
        m.vague = m.services == {"unspecified"}  # "switched off the service": the one just named
        m.services.discard("unspecified")
        if m.vague:
            m.nearby = {s.id_ for s in spans if s.label_ == "SERVICE" and s.id_ != "unspecified" and not in_target(s, r)}
        for s in part:
            if s.label_ in PLACE_LABELS and self.is_location(s):
                code = self.pick(s.id_, home)
                m.region = m.region or (code if "-" in code else None)
                m.country = m.country or self.country_of(code)
                if s.label_ == "CITY":
                    m.city = m.city or s.text
            elif s.label_ == "CARRIER" and self.is_location(s):
                code = self.pick(s.id_, home)
                if "-" in code:
                    m.region = m.region or code
                m.country = m.country or self.country_of(code)
        stop = governing_verb(trigs[0].root)
        for s in spans:
            if s.label_ == "COUNTRY" and self.is_location(s) and not in_cause_or_target(s, stop, r):
                code = self.pick(s.id_, home)
                if code in FAR_END_OF_CALLS and home == "CN" and code != home:
                    m.international = True
                elif s.root.dep_ in ("nsubj", "nsubjpass", "dobj") or (s.root.head.dep_ == "prep" and s.root.head.lower_ in LOCATIVE):
                    m.country = m.country or code  # "in China", "across Iran", "Iran blocked"
                    m.named_country = True
                elif self.modifies_actor(s):
                    m.country = m.country or code  # "the Chinese government", "Russia's regulator"
            elif s.label_ in ("AUTHORITY", "CARRIER") and not m.country:
                m.country = self.country_of(self.pick(s.id_.split("|", 1)[-1] if s.label_ == "AUTHORITY" else s.id_, home))
            elif s.label_ == "INTL":
                m.international = True
            elif s.label_ == "NATIONAL":
                m.national = True
        for s in part:
            if s.label_ in ACTOR_LABELS:
                for actor in as_list(self.actor(s, trigs, m)):
                    if actor["name"].lower() not in {a["name"].lower() for a in m.actors}:
                        m.actors.append(actor)
        m.individual |= any(self.targets_people(t) for t in trigs)
        m.targets = self.targets(trigs)
        for d in dates:
            if not cut_up and not self.in_clause(d, trigs):  # "Queues formed on Friday as the blackout went on"
                continue
            self.add_date(m, d, trigs)
        self.add_remedies(m, spans, trigs)
        m.restriction = self.restriction(m, trigs)

    def individual(self, obj: Span) -> bool:
        """A service that belongs to particular people: "their phone", "users' lines", "SIM cards"."""
        if obj.id_ != "phone":
            return False
        if any(t.lower_ in ("number", "numbers", "sim", "account", "accounts", "subscription") for t in obj):
            return True
        return any(c.dep_ == "poss" for t in obj for c in t.children)

    def targets_people(self, trig: Span) -> bool:
        nouns = self.rules["person_nouns"]
        return any(t.lemma_.lower() in nouns and dep_distance(t, trig.root) <= 3 for t in trig.sent)

    def targets(self, trigs: list[Span]) -> list[str]:
        """Who was targeted: person nouns near the trigger with their relative clause."""
        out = []
        for trig in trigs:
            for t in trig.sent:
                if t.lemma_.lower() in self.rules["person_nouns"] and t.pos_ in ("NOUN", "PROPN") and dep_distance(t, trig.root) <= 3:
                    words = trig.doc[t.left_edge.i : t.right_edge.i + 1]
                    text = words.text if len(words) <= 25 else t.text
                    if text not in out:
                        out.append(text)
        return out

    def actor(self, span: Span, trigs: list[Span], m: Mention) -> dict | None:
        """Who imposed it. Named authorities and carriers near the trigger; a generic noun
        ("police", "authorities") only as the subject or agent of the trigger's clause (police
        seen on the streets did not cut the network); "the carrier" is the carrier named
        before it; "the carriers" are the carriers the article names for that place."""
        head = span.root.head
        if span.label_ == "ACTOR" and span.id_ == "carrier" and any(c.lower_ in ("the", "this", "its", "all", "three", "four") for c in span.root.children):
            named = self.carriers_before(span, m)
            return named[-1] if named and span.root.tag_ != "NNS" else (named or None)
        if span.label_ == "ACTOR" and span.root.dep_ in ("compound", "amod", "poss"):
            return None
        if span.label_ == "ACTOR" and span.id_ == "carrier":
            return None  # "operators", "mobile carriers": no one a coder can name
        if span.root.lemma_.lower() in self.rules["reporting_people"] and head.lemma_.lower() in self.rules["report_verbs"]:
            return None  # "officials said": a source, not who cut
        if head.dep_ == "prep" and head.lower_ in ("to", "with", "from") or head.lower_ in ("according",):
            return None
        if any(in_cause_or_target(span, governing_verb(t.root), self.rules) for t in trigs):
            return None
        if trigs and min(content_distance(span.root, t.root) for t in trigs) > self.rules["actor_max_distance"]:
            return None  # named in the same sentence but about something else
        if span.id_.startswith("court") and span.root.dep_ not in ("nsubj", "agent", "nsubjpass"):
            return None  # the court petitioned, not a court that ordered the cut
        if span.label_ == "CARRIER":
            return {"name": self.aliases.get(span.text, span.text), "kind": "carrier"}
        if span.label_ == "AUTHORITY":
            return {"name": self.aliases.get(span.text, span.text), "kind": span.id_.split("|")[0] or "government"}
        if trigs and not self.is_agent(span, trigs):
            return None
        words = [t for t in span.doc[span.root.left_edge.i : span.end] if t.dep_ not in ("det", "poss", "punct", "case") and not t.is_stop]
        if span.root.lower_ in ("ministry", "department", "council", "court", "commission"):
            tail = [t for t in span.root.rights if t.dep_ == "prep" and t.lower_ == "of"]
            if tail:
                words += [t for t in span.doc[tail[0].i : tail[0].right_edge.i + 1]]
        words = [t for t in words if t.i >= span.start or t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        name = " ".join(t.text for t in words) or span.text
        return {"name": self.aliases.get(name, name), "kind": span.id_ or "government"}

    def is_agent(self, span: Span, trigs: list[Span]) -> bool:
        """Subject or agent ("by X", "on the orders of X") of the trigger's clause or of a verb above it."""
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") or (root.head.lower_ == "by" and root.head.dep_ == "agent"):
            return any(root.head in (t.root, *t.root.ancestors) or root.head.i == t.root.i for t in trigs)
        return root.head.lower_ in ("of", "by") and root.head.head.lemma_.lower() in self.rules["order_words"]

    def carriers_before(self, span: Span, m: Mention) -> list[dict]:
        """Named carriers of the article up to `span`, of the mention's place when it has one."""
        found = [s for s in span.doc.spans.get("cutoff", []) if s.label_ == "CARRIER" and s.start < span.start]
        regional = [s for s in found if m.region and s.id_ == m.region]
        chosen = regional or found[-1:]
        return list({s.text.lower(): {"name": s.text, "kind": "carrier"} for s in chosen}.values())

    def in_clause(self, date: Span, trigs: list[Span]) -> bool:
        """A date or place belongs to a trigger when it hangs in the trigger's clause, or on an
        announcing verb above it ("On April 26 X said it would deactivate ...")."""
        verb = governing_verb(date.root)
        for t in trigs:
            own = governing_verb(t.root)
            local, beyond = own_clause(t.root)
            clause = {x.i for x in local + beyond}
            if verb is None or own is None or verb.i in clause or t.root in date.root.ancestors or date.root in t.root.subtree:
                return True
            if verb in own.ancestors and verb.lemma_.lower() in self.rules["announce_verbs"] | self.rules["report_verbs"]:
                return True
            if own in verb.ancestors and dep_distance(verb, own) <= 2:
                return True
        return False

    def add_date(self, m: Mention, span: Span, trigs: list[Span]) -> None:
        if span.label_ == "DURATION":
            attached = span.root.head
            if (attached.dep_ == "prep" and attached.lower_ == "for") or span.root.dep_ in ("npadvmod", "compound", "amod", "nummod") and attached.lemma_ in {t.root.lemma_ for t in trigs} | {"suspension", "ban", "penalty", "shutdown", "block"}:
                m.duration = m.duration or span._.duration
            return
        head = span.root.head
        if span.root.dep_ in ("compound", "amod", "nummod", "poss") and head.pos_ == "NOUN" and head.i not in {t.root.i for t in trigs} \
                and head.lemma_.lower() not in self.rules["times_of_day"]:
            return  # "the 2019 law": a date of something else (but "on Sunday afternoon" is a date)
        value = dict(span._.date)
        value["distance"] = min(dep_distance(span.root, t.root) for t in trigs)
        prep = span.root.head if span.root.head.dep_ == "prep" else None
        verb = governing_verb(span.root)
        own = {governing_verb(t.root).i for t in trigs if governing_verb(t.root) is not None}
        if prep is not None and prep.lower_ in self.rules["end_preps"]:
            value["role"] = "end"
        elif verb is not None and verb.lemma_.lower() in self.rules["announce_verbs"] and verb.i not in own:
            value["role"] = "announced"
        elif any(self.continues(t) for t in trigs):
            value["role"] = "ongoing"
        else:
            value["role"] = "start"
        m.dates.append(value)

    def continues(self, trig: Span) -> bool:
        """"Remained suspended on Friday", "the blackout entered its third day": the date
        is one on which the measure was still in force, not the one it began."""
        root, verbs = trig.root, self.rules["continuation_verbs"]
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in verbs for c in root.children):
            return True  # the parser's reading of "remained suspended" (an auxiliary keeps its form as lemma)
        return root.dep_ in ("acomp", "xcomp", "oprd", "attr", "nsubj", "nsubjpass") and root.head.lemma_.lower() in verbs

    def add_remedies(self, m: Mention, spans: list[Span], trigs: list[Span]) -> None:
        """Remedies said as such: a place or desk named ("a business hall", "customer service")
        counts only where the sentence speaks of getting service back or of what users must do."""
        sent = spans[0].sent if spans else None
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent} if sent is not None else set()
        backed = bool(words & self.rules["obligation_words"]) or any(s.label_ == "RESTORE" for s in spans)
        done_there = {s.id_ for s in spans if s.label_ == "REMEDY" and s.id_ != "carrier_contact"}
        for s in spans:
            if s.label_ == "JUSTIFICATION":
                m.justification.add(s.id_)
            elif s.label_ == "REMEDY" and s.id_ == "carrier_contact" and s.root.pos_ != "VERB" and done_there:
                continue  # "re-register at a business hall": the desk is where another remedy is done
            elif s.label_ == "REMEDY" and (backed or s.id_ in self.rules["self_evident_remedies"]) and not in_target(s, self.rules):
                m.remedies.add(s.id_)
                if s.text not in m.remedy_text:
                    m.remedy_text.append(s.text)

    def restriction(self, m: Mention, trigs: list[Span]) -> str:
        """Restriction type from the trigger and its objects (spec 4.1), then the services
        named the way that type needs them (spec 4.2): a subscriber's "phone" is
        `mobile_service`, an area's is `voice_calls`; "all telecommunications" is
        `voice_calls` plus `internet`."""
        if m.international and m.services & {"voice_calls", "sms"}:
            m.services = {INTERNATIONAL.get(s, s) for s in m.services}
        area = m.services & {"internet", "mobile_internet", "fixed_internet", "telecom_all"}
        if any(t.id_ in ("throttle", "slow") for t in trigs):
            kind = "throttling"
        elif m.services & {"international_calls", "international_sms"}:
            kind = "international_barring"
        elif m.services and m.services <= {"platform", "vpn"}:
            kind = "service_block"
        elif "phone" in m.services and not area and m.individual:
            kind = "subscriber_cutoff"
        elif area or m.services & {"voice_calls", "sms", "phone"}:
            kind = "network_shutdown"
        else:
            kind = "other"
        phone = "mobile_service" if kind == "subscriber_cutoff" else "voice_calls"
        named = set()
        for s in m.services:
            named |= {"voice_calls", "internet"} if s == "telecom_all" else {phone if s == "phone" else s}
        m.services = named
        return kind

    # -- discourse ------------------------------------------------------------------------

    def inherit(self, m: Mention, before: list[Mention], home: str | None) -> None:
        """Fill what a mention leaves unsaid from the one before it (same article, same kind)."""
        previous = before[-1] if before else None
        if (m.anaphoric or m.vague) and previous:
            here = [p for p in before if m.region and p.region == m.region] or before
            prior = next((p for p in reversed(here) if p.status == "asserted" and p.services), None)
            if prior:
                m.services, m.platforms, m.restriction = set(prior.services), set(prior.platforms), prior.restriction
                m.international = prior.international
        if m.vague and not m.services and m.nearby:  # "switched off the service" of the calls just named
            m.services, m.vague = set(m.nearby), False
            m.restriction = self.restriction(m, m.triggers)
        if not m.region and self.dateline_place and "-" in self.dateline_place and deictic(m.sent):
            m.region = self.dateline_place
            m.country = self.country_of(m.region)
            return
        if m.region or m.national or m.named_country:
            m.country = m.country or self.country_of(m.region) if m.region else (m.country or home)
            return
        same_kind = next((p for p in reversed(before) if p.restriction == m.restriction and p.status == "asserted"), None)
        if same_kind and same_kind.region and m.country in (None, same_kind.country) and not m.anaphoric:
            m.region, m.city = same_kind.region, m.city or same_kind.city
            m.country = same_kind.country
        m.country = m.country or (previous.country if previous else None) or home

    def backfill(self, mentions: list[Mention]) -> None:
        """A lead that names no place ("users have found their service cut off") takes the
        place of the first later mention of the same kind, as a reader would."""
        for i, m in enumerate(mentions):
            if m.region or m.national or m.named_country:
                continue
            same = [n for n in mentions if n.restriction == m.restriction and n.region and n.status == "asserted"]
            later = next((n for n in mentions[i + 1 :] if n in same), None)
            if later and later.country == m.country and len({n.region for n in same}) == 1:
                m.region, m.city = later.region, m.city or later.city

    def add_order_actors(self, m: Mention, spans: list[Span]) -> None:
        """A sentence about the order behind the measure names who gave and who carried it out."""
        for s in spans:
            if s.label_ in ACTOR_LABELS:
                for actor in as_list(self.actor(s, [], m)):
                    if actor["name"].lower() not in {a["name"].lower() for a in m.actors}:
                        m.actors.append(actor)

    def absorbed(self, m: Mention, mentions: list[Mention]) -> bool:
        """A vague mention with no place of its own ("the ban was imposed on Friday")
        adds to the latest mention of the same status instead of starting an event."""
        if not (m.vague and not m.region and not m.national) or not mentions:
            return False
        target = next((p for p in reversed(mentions) if p.status == m.status), None)
        if target is None:
            return False
        target.actors += [a for a in m.actors if a["name"].lower() not in {x["name"].lower() for x in target.actors}]
        if any(t.lemma_.lower() in self.rules["order_words"] for t in m.sent):
            self.add_order_actors(target, [s for s in m.sent.doc.spans.get("cutoff", []) if m.sent.start <= s.start < m.sent.end])
        target.remedies |= m.remedies
        target.remedy_text += [t for t in m.remedy_text if t not in target.remedy_text]
        target.justification |= m.justification
        if not any(d["role"] == "start" for d in target.dates):
            target.dates += m.dates
        target.evidence.append(m.sent)
        target.latest = m.sent
        return True

    def add_context(self, m: Mention, sent: Span, spans: list[Span], dates: list[Span], trigs: list[Span], index: int) -> None:
        """A following sentence with no trigger adds remedies, reasons and penalties: a near
        one, or, however far, one that points back at the measure ("challenging the
        suspension", "the order came from ...") or says what users must do to get it back."""
        window = self.rules["restore_window_sentences"] if any(s.label_ == "RESTORE" for s in spans) or trigs else self.rules["context_window_sentences"]
        last = m.latest or m.sent
        remedy = any(s.label_ == "REMEDY" for s in spans)  # "There is a way back: ... must take an ID card to ..."
        if sent.start - last.end > 0 and self.sentences_between(last, sent) > window and not (self.points_back(sent) or remedy):
            return
        if any(s.label_ in PLACE_LABELS and "-" in s.id_ and s.id_.split("|")[0] != m.region for s in spans):
            return
        before = set(m.remedies)
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        self.add_remedies(m, spans, [])
        if words & self.rules["order_words"]:
            self.add_order_actors(m, spans)
        for t in trigs:
            if t.label_ == "LIFT":
                m.dates.extend({**d._.date, "role": "end"} for d in dates if d.label_ == "DATE")
        for d in dates:
            if d.label_ == "DURATION" and m.duration is None and any(s.label_ == "REMEDY" for s in spans):
                m.duration = d._.duration
        if m.remedies != before or any(t.label_ == "LIFT" for t in trigs):
            m.evidence.append(sent)

    def points_back(self, sent: Span) -> bool:
        """The sentence names the measure already told with a definite noun ("the shutdown",
        "this ban", "the authorities' order")."""
        return any(
            t.lemma_.lower() in self.rules["back_reference_nouns"] and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for c in t.children)
            for t in sent
        )

    @staticmethod
    def sentences_between(a: Span, b: Span) -> int:
        return sum(1 for s in a.doc.sents if a.end <= s.start < b.end)

    def propagate_international(self, mentions: list[Mention]) -> None:
        """In an article about barring calls from abroad, "calls" and "messages" mean those."""
        if any(m.restriction == "international_barring" and m.status == "asserted" for m in mentions):
            for m in mentions:
                if m.restriction in ("network_shutdown", "subscriber_cutoff", "other") and m.services and m.services <= {"voice_calls", "sms", "mobile_service"}:
                    m.services = {INTERNATIONAL.get(s, s) for s in m.services if s != "mobile_service"} or {"international_calls"}
                    m.restriction = "international_barring"

    def cluster(self, mentions: list[Mention]) -> list[list[Mention]]:
        """Same status, place and restriction, dates that agree: one event. Dated mentions
        are grouped first; an undated one then joins the group it shares most services
        with ("switched off mobile data" joins "mobile internet was cut on Wednesday"),
        so the order of sentences does not decide it."""
        kept = [m for m in mentions if m.services or m.platforms]
        key = lambda m: (m.status, m.country, m.region, m.restriction)  # noqa: E731
        groups: list[list[Mention]] = []
        for m in sorted(kept, key=lambda m: start_of([m]) is None):
            date = start_of([m])
            fits = [g for g in groups if key(g[0]) == key(m) and _dates_agree(start_of(g), date)]
            if not fits:
                groups.append([m])
            elif date is not None:
                fits[0].append(m)
            else:
                max(fits, key=lambda g: (_overlap(g, m), -groups.index(g))).append(m)
        return sorted(groups, key=lambda g: min(m.start for m in g))

    def reporting_period(self, group: list[Mention]) -> dict | None:
        """An undated measure its sentences place in the week or month of publication
        ("is again in the news this week") dates to the publication month."""
        if group[0].status != "asserted":
            return None
        doc = group[0].sent.doc
        published = (doc._.published or "")[:7]
        if len(published) != 7:
            return None
        for m in group:
            for d in doc.spans.get(self.keys[1], []):
                if m.sent.start <= d.start < m.sent.end and d._.date and d._.date["value"].startswith(published) and d._.date["precision"] != "year":
                    return {"value": published, "precision": "month", "text": d.text, "role": "start"}
        return None

    def to_event(self, group: list[Mention]) -> dict:
        first = group[0]
        starts = [d for m in group for d in m.dates if d["role"] == "start"]
        announced = [d for m in group for d in m.dates if d["role"] == "announced"]
        ends = [d for m in group for d in m.dates if d["role"] == "end"]
        ongoing = [d for m in group for d in m.dates if d["role"] == "ongoing"]
        start = _best(starts) or _best(announced) or in_force(_best(ongoing)) or self.reporting_period(group)
        sentences = list({s.start: s for m in group for s in m.evidence}.values())
        actors: list[dict] = []
        for m in group:
            actors += [a for a in m.actors if a["name"].lower() not in {x["name"].lower() for x in actors}]
        remedies = set().union(*(m.remedies for m in group))
        duration = next((m.duration for m in group if m.duration), None)
        if duration and first.restriction == "subscriber_cutoff":
            remedies.add("waiting_period")
        filled = sum(bool(x) for x in (first.region or first.country, start, actors))
        return {
            "status": first.status,
            "restriction": first.restriction,
            "country": first.country,
            "province_code": first.region,
            "province": self.regions.get(first.region, {}).get("name") if first.region else None,
            "city": next((m.city for m in group if m.city), None),
            "date_start": start["value"] if start else None,
            "date_precision": start["precision"] if start else None,
            "date_announced": announced[0]["value"] if announced and start is not announced[0] else None,
            "date_end": ends[0]["value"] if ends else None,
            "date_text": list(dict.fromkeys(d["text"] for d in starts + announced + ends)),
            "actors": actors,
            "services": sorted(specific(set().union(*(m.services for m in group)))),
            "platforms": sorted(set().union(*(m.platforms for m in group))),
            "targets": list(dict.fromkeys(t for m in group for t in m.targets)),
            "remedies": sorted(remedies),
            "remedy_text": list(dict.fromkeys(t for m in group for t in m.remedy_text)),
            "justification": sorted(set().union(*(m.justification for m in group))),
            "duration": duration,
            "evidence": [evidence(s) for s in sorted(sentences, key=lambda s: s.start)],
            "confidence": round(min(0.95, 0.5 + 0.1 * filled + 0.05 * (len(group) > 1)), 2),
        }


def other_clause_date(date: Span, trig: Span, triggers: list[Span]) -> bool:
    """The date sits in the clause of another trigger of the sentence, a clause with its own
    subject ("cut mobile internet on Sunday, and access to social media remained restricted
    on Tuesday"); a date after verbs that share a subject ("cut X and blocked Y on Sunday")
    stays with both."""
    mine = clause_head(trig.root)
    for other in triggers:
        verb = clause_head(other.root)
        if other is trig or verb is None or verb == mine or not has_subject(verb):
            continue
        if verb.left_edge.i <= date.root.i <= verb.right_edge.i and not verb.left_edge.i <= trig.root.i <= verb.right_edge.i:
            return True
    return False


def has_subject(verb: Token) -> bool:
    """A subject of its own, on the verb or on its auxiliary (the parser hangs "access" of
    "access remained restricted" there at times)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(c.dep_ in ("nsubj", "nsubjpass") for h in heads for c in h.children)


def clause_head(token: Token) -> Token | None:
    """The verb heading the clause of `token`, through complements ("remained restricted")."""
    verb = governing_verb(token)
    while verb is not None and verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def acronyms(doc: Doc, actors: list[Span]) -> dict[str, str]:
    """Short names the article defines in brackets after a body's name ("the Information and
    Communication Technologies Authority (BTK)"), so both are one actor."""
    found = {}
    for span in actors:
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")" and doc[span.end + 1].is_upper:
            found[doc[span.end + 1].text] = span.text
    return found


def is_loss(m: Mention) -> bool:
    """"Users lost mobile data", "have had no mobile data": service gone, no measure named.
    Such a mention places a measure the article reports (a region, a date), never alone."""
    return all(t.id_ in LOSS for t in m.triggers)


def evidence(sent: Span) -> dict:
    """A sentence as evidence: its text without surrounding blank space, with its offsets."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return {"text": text, "start": start, "end": start + len(text)}


def as_list(actor: dict | list[dict] | None) -> list[dict]:
    return actor if isinstance(actor, list) else [actor] if actor else []


def deictic(sent: Span) -> bool:
    """"Across this far-western city", "here": the place of the dateline."""
    tokens = list(sent)
    for i, t in enumerate(tokens):
        if t.lower_ == "here" and t.pos_ == "ADV":
            return True
        if t.lower_ == "this" and any(n.lower_ in DEICTIC_NOUNS and n.pos_ == "NOUN" for n in tokens[i + 1 : i + 6]):
            return True
    return False


def specific(services: set[str]) -> set[str]:
    """"Internet" beside "mobile internet" is the same thing said loosely."""
    if services & {"mobile_internet", "fixed_internet"}:
        return services - {"internet"}
    return services


def _overlap(group: list[Mention], m: Mention) -> int:
    services = specific(set().union(*(x.services for x in group)))
    platforms = set().union(*(x.platforms for x in group))
    return len(services & specific(m.services)) + len(platforms & m.platforms)


def start_of(group: list[Mention]) -> dict | None:
    return _best([d for m in group for d in m.dates if d["role"] == "start"])


def in_force(date: dict | None) -> dict | None:
    """A day the measure was still in force places it in that month, no more precisely."""
    if date is None or date["precision"] != "day":
        return date
    return {**date, "value": date["value"][:7], "precision": "month"}


def _best(dates: list[dict]) -> dict | None:
    """The date hanging closest to a trigger, the most precise among equals."""
    return min(dates, key=lambda d: (d.get("distance", 99), -PRECISION_RANK[d["precision"]]), default=None)


def dateline_end(doc: Doc) -> int:
    """Character offset where a wire-style dateline at the top of the article ends (0: none)."""
    match = DATELINE.search(doc.text[:400])
    if not match or not re.match(r"[ \t#*_]*[A-Z]{3,}|.*[(\d]", match.group()):
        return 0
    if any(t.pos_ in ("VERB", "AUX") for t in doc.char_span(match.start(), match.end(), alignment_mode="expand") or []):
        return 0
    return match.end()


def _dates_agree(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return True
    n = min(len(a["value"]), len(b["value"]))
    return a["value"][:n] == b["value"][:n]
