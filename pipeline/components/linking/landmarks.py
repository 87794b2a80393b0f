"""A place named only to say where another place lies ("Noida on the outskirts of New
Delhi", "Qom province adjacent to the capital Tehran", "the town of Kale near Monywa").

Reports place a less known town or province by a better known neighbour. The neighbour is
a landmark: the measure bites in the place it describes, and the landmark, often in
another first-level region, is neither a further region of the measure nor its place.
When the sentence names no other place before it ("villages near Srinagar were cut off"),
the landmark is all the reader has and stays the measure's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.place_phrases import place_words

if TYPE_CHECKING:
    from pipeline.components.linking.context import ArticleContext

PLACE_LABELS = ("REGION", "CITY")


def landmark(span: Span, ctx: ArticleContext) -> bool:
    """The place is the object of a word of nearness ("adjacent to", "near", "on the
    outskirts of") and its sentence names another place before it, the one it locates."""
    if not near_word(span.root):
        return False
    return any(s.label_ in PLACE_LABELS and span.sent.start <= s.start and s.end <= span.start and not near_word(s.root)
               for s in ctx.spans)


def near_word(token: Token) -> bool:
    """The token (or the noun it stands beside: "the capital Tehran") hangs on a word of
    nearness: "near X", "adjacent to X", "close to X", "on the outskirts of X"."""
    words = place_words()
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in words["near_words"]:
        return True  # "near Monywa"
    if prep.lower_ == "of" and prep.head.lemma_.lower() in words["outskirt_nouns"]:
        return True  # "on the outskirts of New Delhi"
    return prep.lower_ in ("to", "from") and prep.head.lower_ in words["near_words"]  # "adjacent to Tehran", "next to"
