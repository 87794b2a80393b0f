"""Statements about kinds or tallies of measures, not about one measure: "blackouts
harm small traders", "the tracker logged sixty shutdowns that year", "a plea against
repeated blackouts", "every suspension order must be gazetted", "has cut the signal more
than 30 times". A researcher codes one event per measure; a sentence that speaks of
measures as a class, of every measure of a sort, or of how many there were names none to
code (the measures it counts are told, if at all, in sentences of their own)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.rules import governing_verb

PLACE_ENTS = ("GPE", "LOC", "NORP", "FAC")


def of_a_kind(root: Token, rules: dict) -> bool:
    """The trigger speaks of a class (`generic`, `class_agent`), of every measure of a sort
    (`quantified`), counts several (`tallied`), spans the world (`worldwide`) or tells a
    habit (`a_habit`)."""
    return generic(root) or class_agent(root, rules) or quantified(root, rules) or tallied(root, rules) or worldwide(root, rules) or a_habit(root, rules)


def generic(root: Token) -> bool:
    """A bare plural subject of a present-tense clause that says what such measures are or
    do, with no date in the sentence: "connectivity restrictions ... remain a common tool"
    (a copula), or, with no place either, "blackouts harm small traders" (any verb: a
    headline's present "shutdowns hit the north" names a place)."""
    head = root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.head.pos_ not in ("VERB", "AUX"):
        head = head.head
    verb = head.head
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or verb.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    sent = root.sent
    ents = [e for e in root.doc.ents if sent.start <= e.start < sent.end]
    if any(e.label_ in ("DATE", "TIME") for e in ents):
        return False
    return any(c.dep_ in ("attr", "acomp") for c in verb.children) or not any(e.label_ in PLACE_ENTS for e in ents)


def class_agent(root: Token, rules: dict) -> bool:
    """A trigger verb whose subject is, or lists, a plural of states as a class, in a sentence
    with no date and no place beside the states it may list ("governments can switch off
    networks for many reasons", "A, B and other countries have done the same"): what states
    do, no measure of one."""
    if root.pos_ != "VERB":
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(a_class(s, rules) for s in (subject, *subject.conjuncts)):
        return False
    listed = {t.i for t in subject.subtree}
    sent = root.sent
    return not any(e.label_ in ("DATE", "TIME", *PLACE_ENTS) and e.root.i not in listed for e in root.doc.ents if sent.start <= e.start < sent.end)


def a_class(noun: Token, rules: dict) -> bool:
    """A plural of states, bare or with a determiner that leaves it a class ("governments",
    "other countries")."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in rules["class_nouns"] and not any(
        c.dep_ in ("poss", "nummod", "compound", "prep") or (c.dep_ in ("det", "amod") and c.lower_ not in rules["class_determiners"]) for c in noun.children)


def quantified(root: Token, rules: dict) -> bool:
    """The trigger, or the noun its phrase describes up to its verb, is quantified over
    every instance ("any shutdown", "all orders cutting mobile data"): a rule about
    measures of a sort, not one measure."""
    for t in (root, *root.ancestors):
        if t.pos_ in ("VERB", "AUX") and t.i != root.i:
            return False
        if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in rules["universal_determiners"] for c in t.children):
            return True
    return False


def tallied(root: Token, rules: dict) -> bool:
    """A count of measures: a plural trigger, or the plural noun it is "of", with a number
    of two or more or a word of number or repetition ("sixty shutdowns", "these 90
    shutdowns", "repeated blackouts", "the most shutdowns", "200 cases of internet
    shutdown"), or a trigger verb done a counted number of times ("has blocked the signal
    over 30 times")."""
    counted = [root] + ([root.head.head] if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() not in rules["length_units"] else [])  # not "40 days of the blackout"
    if any(n.tag_ == "NNS" and any(many(c) or (c.dep_ == "amod" and c.lower_ in rules["tally_words"]) for c in n.children) for n in counted):
        return True
    if root.pos_ != "VERB":
        return False
    clause = [t for t in root.subtree if t.i == root.i or governing_verb(t) == root]  # the parser hangs "30 times" anywhere in it
    return any((n.tag_ == "NNS" and n.lemma_.lower() in rules["habitual_nouns"] and any(many(c) for c in n.children))
               or (n.like_num and any(c.tag_ == "NNS" and c.lemma_.lower() in rules["habitual_nouns"] for c in n.children) and many_value(n)) for n in clause)


def worldwide(root: Token, rules: dict) -> bool:
    """A plural trigger placed over the whole world ("blackouts all over the world",
    "shutdowns around the globe", "restrictions worldwide"): measures of many countries, none
    one could code."""
    if root.tag_ != "NNS":
        return False
    return any((c.dep_ == "advmod" and c.lower_ in rules["world_words"])
               or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in rules["world_words"] for g in c.children)) for c in root.children)


def a_habit(root: Token, rules: dict) -> bool:
    """What a state is in the habit of doing: the trigger is what a history or practice is
    "of" ("the regime has a long record of cutting phone lines", "a pattern of blocking news
    sites"), or a verb done routinely with no date in the sentence ("the army routinely cuts
    the network where it fights")."""
    if root.dep_ in ("pobj", "pcomp") and root.head.lower_ == "of" and root.head.head.lemma_.lower() in rules["habit_nouns"]:
        return True
    if root.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in rules["frequency_adverbs"] for c in root.children):
        return False
    sent = root.sent
    return not any(e.label_ in ("DATE", "TIME") for e in root.doc.ents if sent.start <= e.start < sent.end)


def many(token: Token) -> bool:
    """A number of two or more modifying a noun ("sixty", "two", "90")."""
    return token.dep_ == "nummod" and many_value(token)


def many_value(token: Token) -> bool:
    """A number word of two or more."""
    if not token.like_num:
        return False
    text = token.lower_.replace(",", "")
    return int(text) >= 2 if text.isdigit() else text != "one"
