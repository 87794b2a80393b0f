"""Paragraph stage: a blank line ends a sentence, whatever the parser would make of it, and
so does the line break after a headline or standfirst at the top of the text that has no
final punctuation ("... suspended in Nuh till 11 August\nCurfew will be relaxed ...").

A headline, a dateline or a paragraph without final punctuation otherwise runs into the
next sentence ("... plead for help online\\n\\nAccess to Twitter was restricted"), and a
trigger, its date or a veto word then lands in the wrong sentence. It runs before the
parser, which keeps the sentence starts set before it.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


FINAL = frozenset(".!?:;\"'\u201d\u2019)")


@Language.factory("cutoff_paragraphs", default_config={"min_newlines": 2, "head_lines": 3})
def make_paragraphs(nlp: Language, name: str, min_newlines: int, head_lines: int) -> "ParagraphBreaks":
    return ParagraphBreaks(name, min_newlines=min_newlines, head_lines=head_lines)


class ParagraphBreaks:
    def __init__(self, name: str, *, min_newlines: int, head_lines: int = 3) -> None:
        self.name = name
        self.min_newlines = min_newlines  # newlines in a whitespace token that make a break
        self.head_lines = head_lines  # lines at the top where a headline may run into the next line

    def __call__(self, doc: Doc) -> Doc:
        for i in np.flatnonzero(doc.to_array(IS_SPACE)):
            if i + 1 < len(doc) and doc[int(i)].text.count("\n") >= self.min_newlines:
                doc[int(i) + 1].is_sent_start = True
        lines = 0
        for token in doc:
            if lines >= self.head_lines:
                break
            if "\n" not in token.text_with_ws:
                continue
            lines += 1
            following = next((t for t in doc[token.i + 1:] if not t.is_space), None)
            last = doc[token.i - 1] if token.is_space and token.i else token
            if following is not None and last.text[-1:] not in FINAL and following.is_title:
                following.is_sent_start = True
        return doc
