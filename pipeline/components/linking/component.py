"""The `cutoff_events` stage: the order in which the linking rules read an article."""

from __future__ import annotations

import json
from bisect import bisect_right

import pycountry

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.linking.context import ArticleContext, build_context, load_linking_rules
from pipeline.components.linking.threatened_remedies import share_ways_back
from pipeline.components.linking.asides import asides_dropped
from pipeline.components.linking.early_challenges import challenge_told_first, hand_back_challenges
from pipeline.components.linking.discourse import (
    absorbed, add_context, backfill, context_target, hand_forward, inherit, name_the_apps, propagate_international,
)
from pipeline.components.linking.effects import drop_lone_losses, effects_joined, losses_as_effects
from pipeline.components.linking.frame import about_an_accident, deliberate, placed, withdraw_revoked_orders
from pipeline.components.linking.later_tellings import later_tellings_folded
from pipeline.components.linking.media import mobile_by_context
from pipeline.components.linking.mentions import sentence_mentions
from pipeline.components.linking.members import add_listed
from pipeline.components.linking.moderation import moderation_dropped
from pipeline.components.linking.named_back import remedy_named_back
from pipeline.components.linking.one_measure import kinds_folded
from pipeline.components.linking.outage import outages_dropped
from pipeline.components.linking.records import Mention, cluster, parts_folded, summaries_dropped, to_event
from pipeline.components.linking.restored_measures import restored_measure
from pipeline.components.linking.shared_actors import share_actors
from pipeline.components.linking.split import platform_blocks_apart
from pipeline.components.linking.unnamed_blocks import unnamed_blocks_folded
from pipeline.components.patterns import MODELS_DIR

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=[])


@Language.factory(
    "cutoff_events",
    default_config={
        "gazetteer_key": "cutoff",
        "places_key": "places",
        "dates_key": "cutoff_dates",
        "triggers_key": "cutoff_triggers",
        "regions_file": "gazetteer/regions.json",
        "rules_file": "vocab/event_rules.json",
        "places_vocab_file": "places/vocab.json",
    },
)
def make_events(nlp: Language, name: str, gazetteer_key: str, places_key: str, dates_key: str, triggers_key: str, regions_file: str, rules_file: str, places_vocab_file: str) -> EventLinker:
    return EventLinker(name, gazetteer_key=gazetteer_key, places_key=places_key, dates_key=dates_key, triggers_key=triggers_key, regions_file=regions_file, rules_file=rules_file, places_vocab_file=places_vocab_file)


class EventLinker:
    """Holds only what is the same for every article: span keys, rules and regions."""

    def __init__(self, name: str, *, gazetteer_key: str, dates_key: str, triggers_key: str, regions_file: str, rules_file: str,
                 places_key: str = "places", places_vocab_file: str = "places/vocab.json") -> None:
        self.name = name
        self.keys = (gazetteer_key, places_key, dates_key, triggers_key)
        self.regions_file = regions_file
        self.rules = load_linking_rules(rules_file)
        self.regions: dict[str, dict] = {}
        self.country_names: dict[str, str] = {}
        self.place_nouns = frozenset(json.loads((MODELS_DIR / places_vocab_file).read_text("utf-8"))["place_nouns"])

    def initialize(self, get_examples=None, *, nlp: Language | None = None, regions: dict | None = None) -> None:
        """Load region names and countries (models/gazetteer/regions.json)."""
        self.regions = regions if regions is not None else json.loads((MODELS_DIR / self.regions_file).read_text("utf-8"))
        aliases = json.loads((MODELS_DIR / "gazetteer/country_aliases.json").read_text("utf-8"))["aliases"]
        self.country_names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
        self.country_names.update({code: names[0] for code, names in aliases.items()})  # the common English name comes first

    def context(self, doc: Doc) -> ArticleContext:
        """What the rules know about this article, read from the earlier stages' spans."""
        return build_context(doc, self.keys, self.rules, self.regions, self.place_nouns, self.country_names)

    def __call__(self, doc: Doc) -> Doc:
        """The passes, in order: mentions sentence by sentence; none in an article about an
        accident but those a deliberate actor is named with, nor a block of a platform the
        article shows moderating its users; an order taken back is none; a
        loss of service that stands alone is no measure, one after a measure of another kind
        is its effect, as is a measure named back as the cause of what people went through; a
        vague lead dates the measure described next; apps left unnamed are the ones just
        named; a lead takes the place of what follows; calls are international in an article
        about barring them from abroad; in a whole article, mentions placed in no country are
        dropped; mentions grouped into events, an undated country-wide summary of regional
        measures dropped; a measure retold in another kind's words folded into it, as is
        one told again on a later day with no start of its own, and a doerless block of
        unnamed apps into the network cut of its place and time; an
        event's bare "internet" is mobile data when broadband is spared beside it; a measure said
        once with no date, doer or place of its own is an aside, no event."""
        ctx = self.context(doc)
        if not ctx.triggers:  # a restoration alone may still tell its measure (`restored_measure`)
            doc._.events = []
            return doc
        mentions = read_mentions(ctx)
        if about_an_accident(ctx):  # outages from storms, cut fibres, hacks: no restriction
            mentions = [m for m in mentions if deliberate(m, ctx)]
        mentions = outages_dropped(mentions, ctx)  # users unable to use an app, nobody acting: its own outage
        mentions = moderation_dropped(mentions, ctx)  # a platform shown suspending accounts: its "ban" is that
        withdraw_revoked_orders(mentions, ctx.rules)  # an order taken back before it was carried out
        mentions = effects_joined(losses_as_effects(drop_lone_losses(mentions)), ctx.rules)
        hand_forward(mentions, ctx.rules)
        name_the_apps(mentions, ctx)
        backfill(mentions)
        propagate_international(mentions)
        share_ways_back(mentions, ctx.rules)  # a way back told with the measure only threatened or wished away
        groups = parts_folded(summaries_dropped(cluster(placed(mentions, ctx), ctx.published, ctx.rules["announced_before_days"]), ctx))
        groups = kinds_folded(groups)  # one measure told in two kinds of words is one event
        groups = later_tellings_folded(groups, ctx.published)  # a measure told again on a later day, with no start of its own
        groups = unnamed_blocks_folded(groups)  # doerless "apps would not load" beside a network cut: what the cut did
        mobile_by_context(groups, ctx)
        doc._.events = asides_dropped(groups, [to_event(group, ctx, groups) for group in groups])  # a measure said once in passing
        return doc


def by_sentence(spans: list[Span], starts: list[int]) -> list[list[Span]]:
    """The spans that start in each sentence (`starts`: the sentences' first tokens), in the
    order of `spans`: `in_sentence` for every sentence in one pass, not one pass each."""
    out: list[list[Span]] = [[] for _ in starts]
    for span in spans:
        out[bisect_right(starts, span.start) - 1].append(span)
    return out


def read_mentions(ctx: ArticleContext) -> list[Mention]:
    """Sentence by sentence, as a reader goes: a sentence with triggers gives mentions (a
    network cut it tells with a platform block is two), each
    added to the one before it when it is too vague to stand alone, else completed from the
    ones before; a sentence without adds to the latest mention."""
    mentions: list[Mention] = []
    held: list[Mention] = []  # court challenges a report leads with, before the measure is told
    sents = list(ctx.doc.sents)
    starts = [s.start for s in sents]
    per_sentence = [by_sentence(found, starts) for found in (ctx.spans, ctx.dates, ctx.triggers)]
    for k, sent in enumerate(sents):
        spans, dates, trigs = (found[k] for found in per_sentence)
        measures = [t for t in trigs if t.label_ != "LIFT"]
        if measures:
            for m in platform_blocks_apart(sentence_mentions(sent, measures, spans, dates, ctx)):
                add_listed(m, sent, spans, ctx.rules)  # "the blocked sites include P and Q"
                if not absorbed(m, mentions, ctx) and not remedy_named_back(m, mentions):  # judged on what the sentence itself says
                    inherit(m, mentions, ctx)
                    share_actors(m, mentions)
                    mentions.append(m)
        elif (restored := restored_measure(sent, trigs, spans, dates, ctx)) is not None:  # "back yesterday, ten days after it was cut"
            inherit(restored, mentions, ctx)
            mentions.append(restored)
        elif mentions:  # what follows a measure speaks of a real one, not of one only feared
            add_context(context_target(mentions, spans, ctx.rules, ctx.published), sent, spans, dates, trigs, ctx)
        elif (challenge := challenge_told_first(sent, spans, ctx)) is not None:
            held.append(challenge)
    hand_back_challenges(held, mentions, ctx)
    return mentions
