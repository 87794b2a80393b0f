"""Paragraph stage: a blank line ends a sentence, and a dash never does, whatever the
parser would make of them; so does the line break after a headline or standfirst at the
top of the text that has no final punctuation ("... suspended in Nuh till 11 August\\n
Curfew will be relaxed ...").

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


@Language.factory("cutoff_paragraphs", default_config={"min_newlines": 2, "dashes": ["--", "---", "\u2013", "\u2014", "-"], "head_lines": 3})
def make_paragraphs(nlp: Language, name: str, min_newlines: int, dashes: list[str], head_lines: int) -> "ParagraphBreaks":
    return ParagraphBreaks(name, min_newlines=min_newlines, dashes=dashes, head_lines=head_lines)


class ParagraphBreaks:
    def __init__(self, name: str, *, min_newlines: int, dashes: list[str] | None = None, head_lines: int = 3) -> None:
        self.name = name
        self.min_newlines = min_newlines  # newlines in a whitespace token that make a break
        self.dashes = frozenset(dashes or ())  # a hyphen counts only with spaces around it
        self.head_lines = head_lines  # lines at the top where a headline may run into the next line

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:-1]:
            spaced = tok.text != "-" or (tok.whitespace_ and doc[tok.i - 1].whitespace_)
            inline = "\n" not in tok.whitespace_ and not doc[tok.i - 1].is_space and not doc[tok.i + 1].is_space
            if tok.text in self.dashes and spaced and inline:  # not a bullet or a line's last word
                tok.is_sent_start = False
                doc[tok.i + 1].is_sent_start = False
        for i in np.flatnonzero(doc.to_array(IS_SPACE)):
            if i + 1 < len(doc) and doc[int(i)].text.count("\n") >= self.min_newlines:
                doc[int(i) + 1].is_sent_start = True
        self.break_after_headlines(doc)
        return doc

    def break_after_headlines(self, doc: Doc) -> None:
        """A line of the first `head_lines` without final punctuation, followed by a line
        that starts with a capital, is a sentence of its own."""
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
