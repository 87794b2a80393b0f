"""The roles a date plays for a measure that the parse shows: the day it ended, was
prolonged, ordered or said to have begun, a day of another act, of its cause, or a day it
was still in force (`linking/dates.add_date` reads them)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.components.date_resolve import time_words
from pipeline.components.rules import governing_verb, preposition_of

CLOCK_SPAN = 6  # tokens before "till" in which the start's own day is looked for ("on June 9 till")


def dated_cause(noun: Token, trigs: list[Span]) -> bool:
    """"The outage that came after the Sept. 3 vote", "cut after the May 9 arrest": the
    dated noun is what the measure came after or amid, whose day dates the measure only when
    nothing else does (not one it came before: "ahead of the Oct. 28 vote")."""
    words = time_words("vocab/date_guards.json")
    if noun.dep_ == "pobj" and noun.head.lower_ in words["cause_day_preps"]:
        if any(c.dep_ == "npadvmod" for c in noun.head.children):
            return False  # "a day after the May 9 arrest": another day
        link = noun.head.head
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["cause_day_verbs"]:
        link = noun.head
    else:
        return False
    return any(link == t.root or link in t.root.ancestors or t.root in link.ancestors or link.head == t.root for t in trigs)


COUNT_ENTITIES = ("CARDINAL", "PERCENT", "MONEY", "QUANTITY")


def of_a_count(verb: Token | None, trigs: list[Span]) -> bool:
    """"Kenya had 48 million data subscriptions in March, so the order cut most users off":
    the date hangs on a verb that reports a figure (a number for its subject or object), not
    on the measure's own verb, so it dates the statistic and not the measure."""
    if verb is None or verb.lemma_.lower() not in time_words("vocab/date_guards.json")["count_verbs"]:
        return False
    if any(governing_verb(t.root) == verb for t in trigs):
        return False
    args = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")]
    return any(a.ent_type_ in COUNT_ENTITIES or any(c.dep_ in ("nummod", "compound") and c.ent_type_ in COUNT_ENTITIES for c in a.children) for a in args)


def lifted_then(verb: Token | None, trigs: list[Span], rules: dict) -> bool:
    """"The government on Monday lifted the week-long ban", "the suspended data service was
    restored on Saturday", "lines, cut for a week, were reconnected on Friday": the measure
    is what the verb ends (its object or subject, or a word inside them), so the verb's
    date is its end."""
    if verb is None or verb.lemma_.lower() not in rules["lift_verbs"] and not brings_back(verb, trigs):
        return False
    ended = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return any(c.left_edge.i <= t.root.i <= c.right_edge.i for c in ended for t in trigs)


def reacted_then(verb: Token | None, trigs: list[Span]) -> bool:
    """"The shutdown was criticised on Saturday by the US", "rights groups condemned the ban on
    Monday": the measure is what a verb of reaction takes as subject or object, so the day is
    that of the reaction, one on which the measure was already in force, not its start
    (models/vocab/date_guards.json `reaction_verbs`)."""
    if verb is None or verb.lemma_.lower() not in time_words("vocab/date_guards.json")["reaction_verbs"]:
        return False
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.left_edge.i <= t.root.i <= c.right_edge.i for c in taken for t in trigs)


def begun_then(verb: Token, trigs: list[Span], rules: dict) -> bool:
    """"The watchdog told reporters on Tuesday it had started to block the app": what is said on
    the day is that the measure started, so the day is its start (not when it "will begin")."""
    for t in trigs:
        for head in t.root.ancestors:
            if head == verb:
                break
            if head.lemma_.lower() in rules["begin_verbs"] and verb in head.ancestors:
                return not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in head.children)
    return False


def ordered_then(verb: Token | None, trigs: list[Span]) -> bool:
    """"A judge backed the watchdog on Friday by ordering it to block the app": the measure
    hangs from an order below the date's verb, so the date is that of the order; so it does
    from a decision told as a noun with the measure as its "to" infinitive ("a court upheld
    the regulator's motion to block the app on Friday"), unless the date's verb is one of
    taking effect ("the decision to cut data took effect on Friday")."""
    words = time_words("vocab/date_guards.json")
    orders, decisions = set(words["order_verbs"]), set(words["decision_nouns"])
    for t in trigs:
        below = t.root
        for head in t.root.ancestors:
            if head == verb:
                break
            if verb in head.ancestors and (head.pos_ == "VERB" and head.lemma_.lower() in orders or head.pos_ == "NOUN" and head.lemma_.lower() in decisions
                                           and below.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
                                           and verb.lemma_.lower() not in words["effect_verbs"]):
                return True
            below = head
    return False


def ends_by_the_clock(prep: Token, rules: dict) -> bool:
    """"Extended till 5 pm on Tuesday", "until midnight on February 2": the day of the
    clock time the measure runs until is its end, not a start."""
    clocks = set(time_words("vocab/date_guards.json")["clock_words"]) | rules["times_of_day"]
    clock, beside = prep.head, False
    if clock.lower_ not in clocks and prep.i > 0 and prep.doc[prep.i - 1].lower_ in clocks:
        clock, beside = prep.doc[prep.i - 1], True  # "till 5 pm on Tuesday" with "on Tuesday" hung on the verb
    if clock.lower_ not in clocks:
        return False
    outer = preposition_of(clock)
    if outer is None or outer.lower_ not in rules["end_preps"]:
        return False
    # hung on the verb, the day is the end's when the start has a day of its own ("from 5 pm on
    # Monday till 5 pm on Thursday") or no clock time at all ("suspended till 5 pm on Tuesday"),
    # not in "from 10 am to 2 pm on Sunday", where both times share the day
    before = prep.doc[outer.sent.start:outer.i]
    return not beside or any(t.ent_type_ == "DATE" for t in before[-CLOCK_SPAN:]) \
        or not any(t.ent_type_ == "TIME" or t.lower_ in clocks for t in before)


def begins_by_the_clock(prep: Token | None, rules: dict) -> bool:
    """"Data stays off for two days from 9 pm on Sunday": the day of a clock time
    the measure runs from is its start, even on a verb that says it stays in force."""
    if prep is None:
        return False
    clocks = set(time_words("vocab/date_guards.json")["clock_words"]) | rules["times_of_day"]
    head = prep.head  # the clock time, or the parser's "from" holding both the clock and "on Thursday"
    outer = head if head.dep_ == "prep" else preposition_of(head) if head.lower_ in clocks else None
    return outer is not None and outer.lower_ in rules["start_preps"] \
        and any(c.lower_ in clocks for c in (head, *outer.children))


def said_in_denial(date: Span, trigs: list[Span], triggers: list[Span], rules: dict) -> bool:
    """"The ministry insisted on Friday, about the blackout, that no network would be switched
    off": the day of a statement that denies a measure (a negated
    trigger under its verb) dates no asserted measure the statement only speaks about."""
    verb = governing_verb(date.root)
    speech = rules["report_verbs"] | rules["announce_verbs"] | set(time_words("vocab/date_guards.json")["statement_verbs"])
    if verb is None or verb.lemma_.lower() not in speech or any(t._.status != "asserted" for t in trigs):
        return False
    return any(t._.status == "negated" and verb in t.root.ancestors for t in triggers)


@lru_cache(maxsize=1)
def restore_verbs() -> frozenset[str]:
    """Verbs that bring a cut service back (models/vocab/date_guards.json)."""
    return frozenset(time_words("vocab/date_guards.json")["restore_verbs"])


def brings_back(verb: Token | None, trigs: list[Span]) -> bool:
    """The verb brings a service back: one of `restore_verbs`, or a verb of being or coming
    with "back" ("the internet was back on Saturday", "data came back on Monday"), whose
    day is the end of what was cut, never a start (models/vocab/date_guards.json
    `back_verbs`, `back_words`); not a measure itself back ("the ban is back this week"), but a
    service it had cut ("the suspended data service was back on Thursday")."""
    if verb is None:
        return False
    if verb.lemma_.lower() in restore_verbs():
        return True
    words = time_words("vocab/date_guards.json")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.lemma_.lower() in words["back_verbs"] and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in words["back_words"] for c in verb.children) \
        and not any(c.i == t.root.i for c in subjects for t in trigs)


def extended_then(verb: Token | None, trigs: list[Span], rules: dict) -> bool:
    """"The state prolonged its mobile data ban on Monday", "the suspension was extended on
    Monday", "the extension of the suspension takes effect on Monday", "must continue to
    remain off from Friday", "shall be further suspended from Friday": the verb's date is
    when a measure already in force was made to last longer."""
    if verb is None:
        return False
    if verb.lemma_.lower() in rules["extension_verbs"] and any(t.root.head == verb and t.root.dep_ in ("dobj", "nsubjpass") for t in trigs):
        return True
    if further(verb, rules) and any(governing_verb(t.root) == verb for t in trigs):
        return True  # "data shall be further suspended from Monday"
    return any(extension_of(t, verb, rules) or continued(t, rules) for t in trigs)


def further(verb: Token, rules: dict) -> bool:
    """An adverb on the verb makes it the prolongation of a measure already in force ("shall
    be further suspended from Monday")."""
    return any(c.dep_ == "advmod" and c.lower_ in rules["extension_adverbs"] for c in verb.children)


def continued(trig: Span, rules: dict) -> bool:
    """"Data services must continue to remain off from Friday": a trigger under a verb of
    going on, through its complements, tells a measure already in force."""
    head = trig.root
    while head.dep_ in ("xcomp", "acomp", "oprd") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in rules["continuing_verbs"]:
            return True
    return False


def extension_of(trig: Span, verb: Token, rules: dict) -> bool:
    """The trigger is what an extension noun on the way up to `verb` prolongs ("the order of
    extension of the suspension", "an extension of the ban")."""
    for head in trig.root.ancestors:
        if head == verb:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in rules["extension_nouns"]:
            return True
    return False


def of_another_act(verb: Token | None, trigs: list[Span], rules: dict) -> bool:
    """The date tells when something else was done that the measure only comes up in, as a
    participle or adverbial clause under it ("lawyers filed a petition on Thursday
    challenging the suspension"): not an announcement or an order of the measure."""
    if verb is None or verb.lemma_.lower() in rules["announce_verbs"] | rules["order_words"]:
        return False
    for t in trigs:
        own = governing_verb(t.root)
        if own is not None and own is not verb and own.head == verb and own.dep_ in ("advcl", "acl", "pcomp") and own.tag_ == "VBG":
            return True
    return False


def deadline_passed(verb: Token | None, trigs: list[Span], rules: dict) -> bool:
    """The date is when a deadline ran out or was moved to ("as the deadline for verification
    expired on March 31", "extended the deadline to July 31"): the day the measure could
    begin, told as the deadline's own; the measure's start is its own date, if the text
    gives one."""
    if verb is None or any(governing_verb(t.root) is verb for t in trigs):
        return False
    nouns = rules["deadline_nouns"]
    if verb.dep_ in ("acl", "relcl"):  # "as the deadline (for the check) expired": the parser may hang the verb on the noun
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head if noun.head.head.lemma_.lower() in nouns else noun
        if noun.lemma_.lower() in nouns:
            return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in nouns for c in verb.children)  # "extended the deadline to July 31"


def names_a_deadline(date: Token, rules: dict) -> bool:
    """The date is a deadline's own, which the parser may hang the noun on as an
    appositive ("days before the regulator's July 31, 2024 deadline")."""
    return any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in rules["deadline_nouns"] for c in date.children)


def continues(trig: Span, rules: dict) -> bool:
    """"Remained suspended on Friday", "the blackout entered its third day", "was still in force on Friday": the date
    is one on which the measure was still in force, not the one it began."""
    root, verbs = trig.root, rules["continuation_verbs"]
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in verbs for c in root.children):
        return True  # the parser's reading of "remained suspended" (an auxiliary keeps its form as lemma)
    verb = governing_verb(root)
    if verb is not None and any(c.dep_ == "advmod" and c.lower_ in rules["still_words"] for c in (*verb.children, *root.children)):
        return True  # "the blocks were still in force on Wednesday"
    return root.dep_ in ("acomp", "xcomp", "oprd", "attr", "nsubj", "nsubjpass") and root.head.lemma_.lower() in verbs



def order_then(span: Span, trigs: list[Span], rules: dict) -> bool:
    """"An order issued by the magistrate on May 12, suspending internet service", "a
    directive that took effect on Saturday, suspending bulk SMS": the parser hangs the
    participle after the comma on the sentence's verb, but it tells what the dated order
    right before it did, so the order's date is the measure's."""
    verb = governing_verb(span.root)
    if verb is None or verb.dep_ not in ("acl", "relcl") or verb.head.lemma_.lower() not in rules["order_words"]:
        return False
    edge = verb.head.right_edge.i
    return any(t.root.tag_ == "VBG" and t.root.dep_ == "advcl" and t.root.i == edge + 2 and t.doc[edge + 1].text == "," for t in trigs)


def kept_ahead(trig: Span) -> bool:
    """"Services would remain suspended for today", "mobile data will stay off on Sunday": a
    measure told to be kept off on a day still to come is announced for that day, which is
    then its day, not one on which it was found still in force."""
    future = set(time_words("vocab/time_words.json")["future_auxiliaries"])
    root = trig.root  # "will" hangs on "remain", which the parser hangs on "suspended" or the other way round
    heads = [root, root.head, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in future for h in heads for c in h.children)


def days_counted(ent: Span) -> int | None:
    """Days since a measure began that a date phrase counts: "its fifth day" and "day four"
    are four and three days after the first, "the past three days" three; None for any
    other phrase (models/vocab/time_words.json ordinals, day_count_fillers)."""
    words = time_words("vocab/time_words.json")
    tokens = [t.lower_ for t in ent if t.lower_ not in words["day_count_fillers"]]
    if len(tokens) == 2 and tokens[1] == "day" and (n := ordinal(tokens[0], words)):
        return n - 1
    if len(tokens) == 2 and tokens[0] == "day" and (n := cardinal(tokens[1], words)):
        return n - 1
    if len(tokens) == 3 and tokens[0] in ("past", "last") and tokens[2] == "days" and (n := cardinal(tokens[1], words)):
        return n
    return None


def ordinal(word: str, words: dict) -> int | None:
    """3 for "third" or "3rd"."""
    m = re.fullmatch(r"(\d+)(st|nd|rd|th)", word)
    return int(m[1]) if m else words["ordinals"].get(word)


def cardinal(word: str, words: dict) -> int | None:
    """3 for "three" or "3"."""
    return int(word) if word.isdigit() else words["numbers"].get(word)


def counted_day(span: Span) -> bool:
    """"Remained suspended for a third day on Friday", "the blackout entered its fifth day on
    Tuesday": a count of the measure's days on the verb the date hangs on makes the date a
    day it was in force, whichever trigger of the sentence it is read for."""
    return days_before(span) is not None


def days_before(span: Span) -> int | None:
    """Days between the first day and the date `span`, as a count on the verb it hangs on
    tells them ("unable to connect for the second day on Friday": one); None without one."""
    verb = governing_verb(span.root)
    if verb is None:
        return None
    return next((n for e in span.sent.ents if e.label_ == "DATE" and e.root.i != span.root.i and governing_verb(e.root) == verb
                 and (n := days_counted(e)) is not None), None)


def posted_on(date: Span) -> bool:
    """"— A rights group (@handle) March 20, 2023": the date signs a social media post quoted
    in the page, after its author's handle; it is the day the post was written, one on which
    what the post tells was known, not the day a measure began."""
    before = [t for t in date.doc[date.sent.start:date.start] if not t.is_punct or t.text.startswith("@")][-1:]
    return bool(before) and before[0].text.startswith("@") and len(before[0].text) > 1


def when_clause_of(date: Span, trigs: list[Span]) -> bool:
    """"Service ran until February 16, when all data was cut": the measure is told in a
    "when" clause on the date itself, so the date is the day it happened, whatever verb
    of the sentence the date's preposition belongs to."""
    for t in trigs:
        verb = governing_verb(t.root)
        if verb is not None and verb.dep_ in ("relcl", "advcl") and verb.head.i == date.root.i \
                and any(c.lower_ == "when" for c in verb.children):
            return True
    return False
