"""Paragraph stage: a blank line ends a sentence, whatever the parser would make of it.

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


@Language.factory("cutoff_paragraphs", default_config={"min_newlines": 2})
def make_paragraphs(nlp: Language, name: str, min_newlines: int) -> "ParagraphBreaks":
    return ParagraphBreaks(name, min_newlines=min_newlines)


class ParagraphBreaks:
    def __init__(self, name: str, *, min_newlines: int) -> None:
        self.name = name
        self.min_newlines = min_newlines  # newlines in a whitespace token that make a break

    def __call__(self, doc: Doc) -> Doc:
        for i in np.flatnonzero(doc.to_array(IS_SPACE)):
            if i + 1 < len(doc) and doc[int(i)].text.count("\n") >= self.min_newlines:
                doc[int(i) + 1].is_sent_start = True
        return doc
