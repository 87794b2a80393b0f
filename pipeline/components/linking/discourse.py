"""How mentions read across sentences, as a reader carries what an article said before:
a mention that leaves its place or services unsaid takes them from an earlier one, a vague
one adds to the latest, and sentences with no trigger add remedies, orders and end dates."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from pipeline.components.linking.arguments import add_actors
from pipeline.components.linking.what_was_cut import INTERNATIONAL, add_which_internet, restriction
from pipeline.components.linking.referred_place import article_region
from pipeline.components.linking.fallbacks import fallback
from pipeline.components.linking.remedies import add_remedies, challenged, dated_earlier, window_to_act, works_round
from pipeline.components.linking.context import ArticleContext, in_sentence
from pipeline.components.linking.dates import dates_agree, long_before, when
from pipeline.components.linking.date_roles import further
from pipeline.components.linking.effects import is_loss
from pipeline.components.linking.members import add_listed
from pipeline.components.linking.places import PLACE_LABELS, country_of, deictic, lead_named_region, regional_actor, sole_region
from pipeline.components.linking.shared_actors import join_actors, listed_with
from pipeline.components.linking.similar_measures import like_the_one_before
from pipeline.components.linking.targeted import lines_carried_on
from pipeline.components.rules import governing_verb, spared
from pipeline.schema import event_schema

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def inherit(m: Mention, before: list[Mention], ctx: ArticleContext) -> None:
    """Fill what a mention leaves unsaid from the one before it (same article, same kind)."""
    previous = before[-1] if before else None
    if (m.anaphoric or m.vague) and previous:
        here = [p for p in before if m.region and p.region == m.region] or before
        prior = next((p for p in reversed(here) if p.status == "asserted" and p.services), None)
        if prior:
            m.services, m.platforms, m.restriction = set(prior.services), set(prior.platforms), prior.restriction
            m.international = prior.international
            like_the_one_before(m, before, country_of(m.region, ctx.regions) if m.region else None)
    if m.vague and not m.services and m.nearby:  # "switched off the service" of the calls just named
        m.services, m.vague = set(m.nearby), False
        m.restriction = restriction(m, m.triggers, ctx.rules)
    if m.region and not m.actors and (summaries := summaries_before(m, before)):
        m.actors = next(([dict(a) for a in s.actors] for s in summaries if s.actors), [])  # who cut "several parts of the country" cut each named
        m.dates = m.dates or next(([dict(d) for d in s.dates] for s in summaries if s.dates), [])
    lines_carried_on(m, before)
    if not m.region and ctx.dateline_place and "-" in ctx.dateline_place and deictic(m.sent, ctx.rules):
        m.region = ctx.dateline_place
        m.country = country_of(m.region, ctx.regions)
        return
    if m.region or m.national or m.named_country:
        m.country = (m.country or country_of(m.region, ctx.regions)) if m.region else (m.country or ctx.home)
        return
    same_kind = next((p for p in reversed(before) if p.restriction == m.restriction and p.status == "asserted" and not effect_in_sentence(p, before)), None)
    if same_kind and same_kind.region and m.country in (None, same_kind.country) and not m.anaphoric and not earlier_elsewhere(m, same_kind, ctx):
        m.region, m.city = same_kind.region, m.city or same_kind.city
        m.country = same_kind.country
        m.inherited_region = True
    elif same_kind is None and not m.anaphoric and (source := placed_before(m, before, ctx)) is not None:
        m.region, m.city, m.country = source.region, m.city or source.city, source.country
        m.inherited_region = True
    if not m.region and m.country in (None, ctx.home) and regional_actor(m.sent, m.triggers, ctx) and not any(p.sent.start == m.sent.start for p in before):
        m.region = lead_named_region(ctx.home, ctx)  # "the state government" left unplaced in a report naming several states: the lead's
    m.country = m.country or (previous.country if previous else None) or ctx.home


def earlier_elsewhere(m: Mention, last: Mention, ctx: ArticleContext) -> bool:
    """A measure told with no place and a date of its own a month or more before that of the
    last measure of its kind, in a report on several regions ("the army has blocked the
    internet since it took power in February" after a township cut in September): the
    country's background measure, not one more in the region named last. In a report on
    one region the earlier measure is mostly that region's own, and keeps its place."""
    mine, theirs = when([m]), when([last])
    if mine is None or theirs is None or dates_agree(mine, theirs) or mine["value"][:7] >= theirs["value"][:7]:
        return False  # days before in the same month: mostly the same measure's first day, told again
    return sole_region(m.country or ctx.home or "", ctx) is None


def summaries_before(m: Mention, before: list[Mention]) -> list[Mention]:
    """The leads that told a measure in parts of the country they did not name ("services
    will stay suspended in different parts of the country today, the ministry said"), when
    the measures of its kind told since are each one region of its list ("In Sindh, services
    will stay suspended in Karachi"): who ordered it and when hold for each of them. The
    latest first; a lead retold ("the move, ordered by ...") may give the doer and the one
    before it the day."""
    found: list[Mention] = []
    for p in reversed(before):
        if p.status != "asserted" or p.restriction != m.restriction:
            continue
        if p.unnamed_parts and not p.region:
            found.append(p)
        elif p.national or p.named_country:
            break
    return found


def placed_before(m: Mention, before: list[Mention], ctx: ArticleContext) -> Mention | None:
    """The measure whose place a first measure of a new kind, told with no place of its
    own, is read in: the other half of its own sentence ("cut mobile data and blocked
    WhatsApp" in a sentence placed in one district), or, in a report whose measures so far
    all sit in the one region of the country it names, the latest of them ("Social media
    stays blocked on the restored lines"), as a reader carries the report's place on; the
    same after a lead that told the measure only as a decision or plan in that region. Not
    after a measure told without a region: a national measure may be what it adds to; nor for
    a measure dated years before the report ("in April 2016, access was also cut"), which a
    report recalls as the country's."""
    asserted = [p for p in before if p.status == "asserted"]
    sibling = next((p for p in reversed(asserted) if p.sent.start == m.sent.start and p.region), None)
    if sibling is not None:
        return sibling
    if not asserted and before and {p.region for p in before} == {article_region(m.country or ctx.home, ctx)} - {None}:
        return before[-1]
    region = sole_region(m.country or ctx.home or "", ctx)
    if region is None or not asserted or any(p.region != region for p in asserted) or long_before(when([m]), ctx.published):
        return None  # an old measure recalled in a region's report is the country's background, not the region's
    return asserted[-1]


def effect_in_sentence(p: Mention, before: list[Mention]) -> bool:
    """A loss of service told in the sentence of the measure that caused it ("cut mobile
    data, leaving millions without access"): that measure's effect, no place of its own to
    hand on (`losses_as_effects` joins it to the measure)."""
    return is_loss(p) and any(q.sent.start == p.sent.start and q.status == "asserted" and not is_loss(q) for q in before)


def absorbed(m: Mention, mentions: list[Mention], ctx: ArticleContext) -> bool:
    """A vague mention with no place of its own ("the ban was imposed on Friday")
    adds to the latest mention of the same status instead of starting an event, with the
    services it says the measure covers; one that petitions against it, to the latest
    asserted measure of the year of publication; a VPN that gets round it, to the latest block."""
    if not (m.vague and not m.region and not m.national) or not mentions:
        return False
    status = "asserted" if worded_order(m, ctx.rules) or challenged(m) else m.status
    same = [p for p in reversed(mentions) if p.status == status]
    late = bool(ctx.published) and "legal_challenge" in m.remedies and not dated_earlier(in_sentence(ctx.dates, m.sent), ctx.published)
    same.sort(key=lambda p: (works_round(m, ctx.rules) and p.restriction not in ("service_block", "throttling"), late and told_of_earlier_year(p, ctx.published)))
    target = next(iter(same), None)
    if target is None:
        return False
    for p in listed_with(target, mentions):  # "the cuts were made on X's instruction" after cuts in three regions: each
        join_actors(p, m.actors)
        if any(t.lemma_.lower() in ctx.rules["order_words"] for t in m.sent):
            add_actors(p, in_sentence(ctx.all_spans, m.sent), [], ctx)  # who gave the order or says it carried it out
    if points_back(m.sent, ctx.rules):  # "The suspension also covers bulk SMS."
        target.services |= covered(in_sentence(ctx.spans, m.sent), ctx.rules)
    target.remedies |= m.remedies
    target.remedy_text += [t for t in m.remedy_text if t not in target.remedy_text]
    target.justification |= m.justification
    if not any(d["role"] == "start" for d in target.dates):  # an old date of a measure told as news is its background
        target.dates += [d for d in m.dates if not (target.dates and long_before(d, ctx.published))]
    target.evidence.append(m.sent)
    target.latest = m.sent
    return True


def worded_order(m: Mention, rules: dict) -> bool:
    """"This suspension should take effect at 7pm": the wording of the order of the measure
    the article names back, a duty, not speculation; it tells the asserted measure's start."""
    if m.status != "hypothetical" or not points_back(m.sent, rules):
        return False
    verbs = [v for t in m.triggers for v in (t.root, t.root.head)]
    return any(c.dep_ == "aux" and c.lower_ in rules["order_modals"] for v in verbs for c in v.children)


def context_target(mentions: list[Mention], spans: list[Span], rules: dict, published: str | None = None) -> Mention:
    """The measure a sentence without a trigger speaks of: the latest asserted one, or, when
    the sentence names the region of an earlier one ("Internet was cut in A and in B. A letter
    from the magistrate of A ..."), the latest asserted one of that region; what follows a
    measure speaks of a real one, not of one only feared. A VPN or a proxy gets round a
    block, not a network that is off: such a workaround goes to the latest block told; a
    court petition goes to the latest measure of the year of publication, before older ones."""
    asserted = [p for p in reversed(mentions) if p.status == "asserted"]
    named = {s.id_.split("|")[0] for s in spans if s.label_ in PLACE_LABELS and "-" in s.id_}
    if any(s.label_ == "REMEDY" and s.id_ == "circumvention" for s in spans) and \
            any(t.lower_ in rules["block_workarounds"] for s in spans if s.label_ in ("REMEDY", "SERVICE") for t in s):
        asserted = [p for p in asserted if p.restriction in ("service_block", "throttling")] + [p for p in asserted if p.restriction not in ("service_block", "throttling")]
    if published and any(s.label_ == "REMEDY" and s.id_ == "legal_challenge" for s in spans):
        asserted = sorted(asserted, key=lambda p: told_of_earlier_year(p, published))  # a petition is against the measure in force
    return next((p for p in asserted if p.region in named), asserted[0] if asserted else mentions[-1])


def told_of_earlier_year(m: Mention, published: str) -> bool:
    """A measure dated in a year before publication: background by the time a petition
    against "the suspension" is filed, which goes to the measure of the day."""
    date = when([m])
    return bool(date and published[:4].isdigit() and date["value"][:4] < published[:4])


def add_context(m: Mention, sent: Span, spans: list[Span], dates: list[Span], trigs: list[Span], ctx: ArticleContext) -> None:
    """A following sentence with no trigger (`trigs` are restorations at most) adds remedies,
    reasons and penalties: a near one, or, however far, one that points back at the measure
    ("challenging the suspension", "the order came from ...") or says what users must do
    to get service back, or when the measure it points back to began. Remedy sentences
    count whatever their distance, and so do sentences of people moving to a channel the
    measure left (`fallbacks`)."""
    rules = ctx.rules
    window = rules["restore_window_sentences"] if any(s.label_ == "RESTORE" for s in spans) or trigs else rules["context_window_sentences"]
    last = m.latest or m.sent
    remedy = any(s.label_ == "REMEDY" for s in spans) or fallback(spans, m.services | m.platforms, rules) is not None  # "There is a way back: ... must take an ID card to ...", "Residents used landlines"
    if sent.start - last.end > 0 and sentences_between(last, sent) > window and not (points_back(sent, rules) or remedy):
        return
    if any(s.label_ in PLACE_LABELS and "-" in s.id_ and s.id_.split("|")[0] != m.region for s in spans):
        return
    before = set(m.remedies)
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    add_remedies(m, spans, rules)
    add_which_internet(m, spans, trigs, rules)
    if words & rules["order_words"]:
        add_actors(m, spans, [], ctx)  # who gave the order or says it carried it out, not whom it told
    if points_back(sent, rules):
        m.services |= covered(spans, rules)
    add_listed(m, sent, spans, rules)  # "P and Q are among the apps that can no longer be reached"
    for t in trigs:
        if t.label_ == "LIFT":
            m.dates.extend({**d._.date, "role": "end"} for d in dates if d.label_ == "DATE")
    if not any(d["role"] == "start" for d in m.dates) and points_back(sent, rules):
        began = [d for d in dates if d.label_ == "DATE" and (v := governing_verb(d.root)) is not None and v.lemma_.lower() in rules["begin_verbs"]]
        m.dates.extend({**d._.date, "role": "start", "distance": 9} for d in began)  # "The outage, which began on March 1, ..."
    if not any(d["role"] == "start" for d in m.dates) and sentences_between(last, sent) == 1:
        m.dates.extend({**d._.date, "role": "start", "distance": 9} for d in felt_since(sent, dates, rules))
    for d in dates:
        if d.label_ == "DURATION" and m.duration is None and any(s.label_ == "REMEDY" for s in spans) and not deadline(d, rules) and not window_to_act(d, rules):
            m.duration = d._.duration
    if m.remedies != before or any(t.label_ == "LIFT" for t in trigs):
        m.evidence.append(sent)
    if words & rules["order_words"] and points_back(sent, rules):
        m.latest = sent  # "He said the order covers ...": the order is still the subject, and the window runs on from here


def deadline(duration: Span, rules: dict) -> bool:
    """A length of time that is a deadline ("will be blocked within a week", "must register
    by then"), not how long a suspension lasts: no waiting period a user sits out."""
    phrase = duration.root
    while phrase.dep_ in ("det", "compound", "amod", "nummod", "nmod") and phrase.head.pos_ in ("NOUN", "PROPN"):
        phrase = phrase.head  # "within the 90-day period": the length names the period a prep governs
    return phrase.head.dep_ == "prep" and phrase.head.lower_ in rules["deadline_preps"]


@lru_cache(maxsize=1)
def named_services() -> frozenset[str]:
    """The spec's services a sentence can name outright (event.schema.json), less a
    subscriber's line and "platform", which stand for what is blocked, not a service covered."""
    return frozenset(event_schema()["properties"]["services"]["items"]["enum"]) - {"mobile_service", "platform"}


def covered(spans: list[Span], rules: dict) -> set[str]:
    """Services a sentence naming the measure back says it covers ("The order also covers
    every SMS service apart from banking texts"), less those it excepts."""
    found = set()
    for s in spans:
        if s.label_ != "SERVICE" or s.id_ not in named_services():
            continue
        path = list(s.root.ancestors)
        verb = next((t for t in path if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() not in rules["coverage_verbs"] or spared(s, rules):
            continue  # "it does not affect broadband": left alone
        if not any(t.lower_ in rules["exception_words"] for t in path[:path.index(verb)]):
            found.add(s.id_)
    return found


def felt_since(sent: Span, dates: list[Span], rules: dict) -> list[Span]:
    """The sentence right after an undated measure that says since when its outage is felt
    ("Since early this morning, users have reported outages"): when the measure began."""
    if not any(t.lemma_.lower() in rules["back_reference_nouns"] for t in sent):
        return []
    preps = [t for t in sent if t.lower_ in rules["start_preps"] and t.dep_ == "prep" and not further(t.head, rules)]  # "further suspended from Monday": prolonged then
    return [d for d in dates if d.label_ == "DATE" and any(p.i < d.start <= p.right_edge.i + 1 for p in preps)]  # "since early morning today"


def points_back(sent: Span, rules: dict) -> bool:
    """The sentence names the measure already told with a definite noun ("the shutdown",
    "this ban", "the authorities' order")."""
    return any(
        t.lemma_.lower() in rules["back_reference_nouns"]
        and any(c.dep_ in ("det", "poss") and c.lower_ not in rules["indefinite_determiners"] for c in t.children)
        for t in sent
    )


def sentences_between(a: Span, b: Span) -> int:
    """Sentences from the end of `a` up to and including `b`."""
    return sum(1 for s in a.doc.sents if a.end <= s.start < b.end)


def hand_forward(mentions: list[Mention], rules: dict) -> None:
    """A vague lead no earlier mention took ("The blackout began at 10 am on Thursday.")
    introduces the measure the next sentences describe: its dates and actors go to the
    first mention of the same status within the context window that names what was cut."""
    for i, m in enumerate(mentions):
        if m.services or m.platforms or not m.vague:
            continue
        later = next((n for n in mentions[i + 1:] if n.status == m.status and (n.services or n.platforms)), None)
        if later is None or sentences_between(m.sent, later.sent) > rules["context_window_sentences"]:
            continue
        if not any(d["role"] == "start" for d in later.dates):
            later.dates += [d for d in m.dates if d["role"] == "start"]
        join_actors(later, m.actors)
        later.evidence.insert(0, m.sent)


def name_the_apps(mentions: list[Mention], ctx: ArticleContext) -> None:
    """"The activities of the two apps had been limited": apps the sentence points back to
    without naming them are the platforms of the measure told before it (same status and
    country), and so is the measure ("blocking news sites" in general points at none)."""
    pointed = [s for s in ctx.by_label.get("APPS", []) if any(c.dep_ in ("det", "nummod", "predet") and c.lower_ not in ctx.rules["indefinite_determiners"]
                                                             for c in s.root.children)]
    for i, m in enumerate(mentions):
        if m.platforms or m.services != {"platform"} or not any(m.sent.start <= s.start < m.sent.end for s in pointed):
            continue
        before = next((p for p in reversed(mentions[:i]) if p.platforms and p.status == m.status and p.country == m.country), None)
        if before is not None and dates_agree(when([before]), when([m])):
            m.platforms, m.restriction, m.region = set(before.platforms), before.restriction, before.region


def backfill(mentions: list[Mention]) -> None:
    """A lead that names no place ("users have found their service cut off") takes the
    place of the first later mention of the same kind, as a reader would; after a national
    measure of that kind told before it, a mention with no place is that measure."""
    for i, m in enumerate(mentions):
        if m.region or m.national or m.named_country:
            continue
        if any(n.national and n.restriction == m.restriction and n.status == "asserted" for n in mentions[:i]):
            continue
        same = [n for n in mentions if n.restriction == m.restriction and n.region and n.status == "asserted"]
        later = next((n for n in mentions[i + 1 :] if n in same), None)
        if later and later.country == m.country and len({n.region for n in same}) == 1:
            m.region, m.city = later.region, m.city or later.city


def propagate_international(mentions: list[Mention]) -> None:
    """In an article about barring calls from abroad, "calls" and "messages" mean those."""
    if any(m.restriction == "international_barring" and m.status == "asserted" for m in mentions):
        for m in mentions:
            if m.restriction in ("network_shutdown", "subscriber_cutoff", "other") and m.services and m.services <= {"voice_calls", "sms", "mobile_service"}:
                m.services = {INTERNATIONAL.get(s, s) for s in m.services if s != "mobile_service"} or {"international_calls"}
                m.restriction = "international_barring"
