"""The words of a phrase that names a capital without naming the city ("the capital", "the
capital city", "the Ethiopian capital", "Kashmir's capital city"), shared by
`unnamed_capital` and `qualified_capital`.

The small parser reads "the capital city" as "capital" compounding "city": the phrase's
head is then "city", and its qualifiers ("the", "national", "Ethiopian", "Kashmir's") hang
on "city", not on "capital"."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def capital_head(t: Token) -> Token | None:
    """The head noun of the capital phrase whose word "capital" is `t`: `t` itself, or the
    "city" right after it that it compounds; None when `t` is no such word ("capital
    punishment", "the capital markets")."""
    if t.lower_ != "capital" or t.pos_ != "NOUN":
        return None
    if t.dep_ != "compound":
        return t
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt if nxt is not None and nxt.lower_ == "city" and t.head.i == nxt.i else None


def named_after(doc: Doc, head: Token) -> bool:
    """"the capital, Baghdad", "the capital Nur-Sultan", "the capital of Punjab", "the
    capital city of Tigray": the name or the place follows the phrase's head."""
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is None:
        return False
    after = doc[head.i + 2] if head.i + 2 < len(doc) else None
    linked = ("of", "region", "territory") if head.lower_ == "city" else ("of", "city", "region", "territory")
    return nxt.text[:1].isupper() or nxt.lower_ in linked or (nxt.text == "," and after is not None and after.text[:1].isupper())


def capital_word(head: Token) -> Token:
    """The word "capital" of a phrase whose head is `head` ("capital" or the "city" after)."""
    return head if head.lower_ == "capital" else head.doc[head.i - 1]
