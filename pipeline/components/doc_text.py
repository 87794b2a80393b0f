"""The text of a Doc, joined once per Doc.

spaCy's `Doc.text` joins every token's text anew at each call (milliseconds for a long
article), and the stages and the passage picker each ask for it; the joined text is kept in
the Doc's `user_data`, which `Doc.from_docs` callers copy to the joined Doc of the same text.
"""

from __future__ import annotations

from spacy.tokens import Doc

KEY = "cutoff.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, from the Doc's user data when it holds this Doc's text (same length)."""
    text = doc.user_data.get(KEY)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != length:
        text = doc.user_data[KEY] = doc.text
    return text
