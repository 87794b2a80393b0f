"""An app named back with a definite noun ("the app", "the messenger") is the platform before it.

Reports name the app once and go on with a common noun: "Users of Signal could not send
messages ... an engineer said this showed a blocking of the messenger", "the regulator
blocked the app on Friday". Left unread, the block has no object and is lost. A singular
noun for an app with a definite determiner, and no name of its own on it ("the Telegram
app" is already the platform; "the app of the ministry" is another one), is read as the
platform of the nearest sentence before it (or earlier in its own sentence) that names
platforms, when that sentence names only one and lies no more than a few sentences back;
so is an app's edition told with "its" ("its web version", `app_editions`).
The nouns, determiners and window are data (`app_anaphor_*` in
`models/vocab/event_rules.json`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.components.rules import load_rules

OWN_NAME_DEPS = ("compound", "nmod", "poss", "appos")


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_rules()


def app_anaphors(doc: Doc, spans: list[Span]) -> list[Span]:
    """PLATFORM spans, one per definite app noun whose platform is clear from the sentences
    before it."""
    rules = _rules()
    platforms = [s for s in spans if s.label_ == "PLATFORM"]
    if not platforms:
        return []
    index = [0] * len(doc)  # token -> number of its sentence
    for k, sent in enumerate(doc.sents):
        index[sent.start : sent.end] = [k] * len(sent)
    found = []
    for token in doc:
        if (_definite_app_noun(token, rules) or _its_edition(token, rules)) and (platform := _antecedent(token, platforms, index, rules)) is not None:
            found.append(Span(doc, token.i, token.i + 1, label="PLATFORM", span_id=platform))
    return found


def _definite_app_noun(token: Token, rules: dict) -> bool:
    """A singular app noun with a definite determiner and no name or owner of its own, not
    itself an owner ("the app's features" are what the sentence speaks of)."""
    if token.tag_ != "NN" or token.lower_ not in rules["app_anaphor_nouns"] or token.dep_ == "poss":
        return False
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ in rules["app_anaphor_determiners"] for c in children) \
        and not any(c.dep_ in OWN_NAME_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in children)


def _its_edition(token: Token, rules: dict) -> bool:
    """An edition of an app the sentence has just named, told with "its" ("blocked the
    messenger, cutting off its web and desktop versions"): a part of that platform."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in rules["app_editions"] \
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children)


def _antecedent(token: Token, platforms: list[Span], index: list[int], rules: dict) -> str | None:
    """The one platform id of the nearest sentence before `token` (or of its own sentence
    before it) that names platforms, within the window; None when it names several."""
    before = [p for p in platforms if p.end <= token.i and index[token.i] - index[p.start] <= rules["app_anaphor_window"]]
    if not before:
        return None
    nearest = index[before[-1].start]
    ids = {p.id_ for p in before if index[p.start] == nearest}
    return ids.pop() if len(ids) == 1 else None
