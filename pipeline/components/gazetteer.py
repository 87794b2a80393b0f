"""Gazetteer stage: places, carriers, authorities, services, platforms and cue words.

Every label the later stages look for comes from pattern files in `models/`, loaded in
`initialize` like spaCy's SpanRuler. Matches go to `doc.spans[spans_key]`, without
overlaps (the longest match wins, so "China Mobile Zhejiang" beats "China" and
"Zhejiang"), and place and service names inside a longer name are dropped ("Nan" in
"Lu Nan", "New York" in "New York Times", "Communications" in "the Communications Act").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.components.app_anaphors import app_anaphors
from pipeline.components.named_sites import named_sites
from pipeline.components.patterns import PatternMatcher, read_patterns
from pipeline.components.service_senses import a_summons, an_edition

PLACE_LABELS = frozenset({"COUNTRY", "REGION", "CITY"})
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PRODUCT"})
# Labels that mean nothing inside a longer name: "New York" in "New York Times",
# "Communications" in "the Communications Act" or "Ministry of Information and Communications".
INSIDE_NAMES = PLACE_LABELS | {"SERVICE"}
# Suffix of the span key of the regions that open a body's name ("the Balochistan Home Department"),
# which the main key drops as places inside a name; the linker reads them as regions the article names.
BODY_REGIONS = "_body_regions"
DEFAULT_FILES = [
    "gazetteer/places.jsonl",
    "gazetteer/organisations.jsonl",
    "gazetteer/platforms.jsonl",
    "vocab/services.jsonl",
    "vocab/actors.jsonl",
    "vocab/remedies.jsonl",
    "vocab/justifications.jsonl",
    "vocab/cues.jsonl",
]


@Language.factory(
    "cutoff_gazetteer",
    default_config={"spans_key": "cutoff", "pattern_files": DEFAULT_FILES, "sites_file": "vocab/named_sites.json"},
)
def make_gazetteer(nlp: Language, name: str, spans_key: str, pattern_files: list[str], sites_file: str) -> "Gazetteer":
    return Gazetteer(nlp, name, spans_key=spans_key, pattern_files=pattern_files, sites_file=sites_file)


class Gazetteer:
    def __init__(self, nlp: Language, name: str, *, spans_key: str, pattern_files: list[str], sites_file: str = "vocab/named_sites.json") -> None:
        self.name = name
        self.spans_key = spans_key
        self.pattern_files = pattern_files
        self.sites_file = sites_file
        self.matcher = PatternMatcher(nlp)

    def initialize(
        self,
        get_examples: Callable | None = None,
        *,
        nlp: Language | None = None,
        patterns: Iterable[dict] | None = None,
    ) -> None:
        """Load the configured pattern files, or the `patterns` given (tests)."""
        self.matcher.add(patterns if patterns is not None else read_patterns(self.pattern_files))

    def __call__(self, doc: Doc) -> Doc:
        names = [e for e in doc.ents if e.label_ in NAME_LABELS]
        matched = list(self.matcher(doc))
        spans = [s for s in matched if not (s.label_ in INSIDE_NAMES and (_inside(s, names) or _straddles(s, names)))
                 and not (s.label_ == "SERVICE" and (_names_something(s) or a_summons(s) or an_edition(s) or _a_clause(s)))]
        spans = filter_spans(_platform_first(_apps_not_places(spans)) + self.capitalised_dateline(doc) + named_sites(doc, self.sites_file, spans))
        doc.spans[self.spans_key] = filter_spans(spans + app_anaphors(doc, spans))
        doc.spans[self.spans_key + BODY_REGIONS] = [s for s in matched if s.label_ == "REGION" and _opens_a_body(s, names)]
        return doc

    def capitalised_dateline(self, doc: Doc) -> list[Span]:
        """Places in an upper-case dateline ("URUMQI, China -"), matched as if title-cased."""
        first = next((t.i for t in doc[:8] if not t.is_space), 0)  # a record may open with blank lines
        words = []
        for token in doc[first:first + 6]:
            if not (token.is_upper and token.is_alpha and len(token) > 1):
                break
            words.append(token.text.title())
        if not words:
            return []
        titled = self.matcher.nlp.make_doc(" ".join(words))
        if len(titled) != len(words):
            return []
        return [Span(doc, first + s.start, first + s.end, label=s.label_, span_id=s.id_) for s in self.matcher(titled, phrases_only=True) if s.label_ in PLACE_LABELS]


def _names_something(span: Span) -> bool:
    """A capitalised service word that starts a name the NER missed ("the Communications
    Act", "Internet Service Providers Association"), outside a title-case headline."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or not (after.is_title and after.pos_ == "PROPN") or not all(t.is_title for t in span):
        return False
    words = [t for t in span.sent if t.is_alpha]
    return sum(t.is_title for t in words) < 0.6 * len(words)


def _opens_a_body(span: Span, names: list[Span]) -> bool:
    """A region that opens an organisation's name ("the Manipur government", "The Jharkhand
    High Court"): no place of a measure, but the region the report is about."""
    return any(o.label_ == "ORG" and o.start <= span.start and span.end < o.end and all(t.pos_ == "DET" for t in o.doc[o.start : span.start]) for o in names)


def _inside(span: Span, names: list[Span]) -> bool:
    """Part of a longer name: "York" in "New York Times", "Nan" in "Lu Nan"."""
    return any(o.start <= span.start and span.end <= o.end and len(o) > len(span) for o in names)


def _straddles(span: Span, names: list[Span]) -> bool:
    """Opens inside a name and runs past its end: "International called" in "Amnesty
    International called the shutdown ..." is the end of a name and a verb, no service."""
    return any(o.start < span.start < o.end < span.end for o in names)


def _a_clause(span: Span) -> bool:
    """A capitalised subject and its verb ("... International called the cut unlawful", "...
    International calls for"): the end of a name the NER missed and what it did, no service;
    "voice calls" the parser reads as a subject and a verb stays one."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.is_title and t.head.i in range(span.start, span.end) and t.head.pos_ == "VERB" for t in span)


def _apps_not_places(spans: list[Span]) -> list[Span]:
    """The gazetteer's spans but places listed among apps (`in_app_list`) or joined to their
    country's name (`country_by_its_city`), which the country's span stands for."""
    platforms = {t.i for s in spans if s.label_ == "PLATFORM" for t in s}
    countries = {s.end: s.id_ for s in spans if s.label_ == "COUNTRY"}
    return [s for s in spans if not (s.label_ in ("REGION", "CITY") and (in_app_list(s, platforms) or country_by_its_city(s, countries)))]


def in_app_list(span: Span, platforms: set[int]) -> bool:
    """A place name in a list of platforms and nothing else ("WhatsApp, Telegram and Imo", Imo
    also a Nigerian state) is one more app of the list, no place (`platforms`: the tokens of
    the platform names)."""
    conjuncts = span.root.conjuncts
    return bool(conjuncts) and all(c.i in platforms for c in conjuncts)


def country_by_its_city(span: Span, countries: dict[int, str]) -> bool:
    """A place written with a hyphen right after its country's name ("Guinea-Conakry",
    "Congo-Brazzaville"), or that whole compound, names the country, told apart from a
    namesake by its capital (`countries`: a COUNTRY span's end -> its code)."""
    doc = span.doc
    for i in range(max(span.start, 1), min(span.end, len(doc) - 1) + 1):  # the hyphen before the place or inside it
        hyphen = doc[i - 1] if i == span.start else doc[i]
        end = hyphen.i
        if hyphen.text in ("-", "\u2013") and not hyphen.whitespace_ and end > 0 and not doc[end - 1].whitespace_ and doc[end - 1].pos_ == "PROPN" \
                and all(t.is_title for t in doc[end + 1:span.end]) and span.id_.split("-")[0] == countries.get(end, "").split("|")[0]:
            return True  # not "Indian-administered Kashmir": a demonym and a participle
    return False


def _platform_first(spans: list[Span]) -> list[Span]:
    """A name that is both a platform and a carrier's brand ("Bluesky", also a network in
    American Samoa) is the platform: reports of blocks name the app far more often than a
    small operator; the carrier's match of the very same words is dropped. A name that is
    both a platform and a place ("Imo", a messenger and a Nigerian state) is the platform
    in a list of platforms (`in_app_list`, which also drops the place there) and the place
    elsewhere."""
    platforms = {(s.start, s.end) for s in spans if s.label_ == "PLATFORM"}
    places = {(s.start, s.end) for s in spans if s.label_ in PLACE_LABELS}
    tokens = {t.i for s in spans if s.label_ == "PLATFORM" for t in s}
    return [s for s in spans if not (s.label_ == "CARRIER" and (s.start, s.end) in platforms)
            and not (s.label_ == "PLATFORM" and (s.start, s.end) in places and not in_app_list(s, tokens))]
