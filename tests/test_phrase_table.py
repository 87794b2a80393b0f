"""PhraseTable finds what PhraseMatcher(attr="ORTH") finds, from arrays that load at once."""

from __future__ import annotations

import spacy
from spacy.matcher import PhraseMatcher

from pipeline.components.phrase_table import PhraseTable

PHRASES = {
    "CITY\tUS-NY": ["New York", "New York City", "NYC"],
    "REGION\tUS-NY": ["New York State"],
    "CARRIER\tCN": ["China Mobile", "China Mobile Hong Kong", "China"],
    "PLATFORM\tx": ["X", "Twitter"],
    "AUTHORITY\tregulator|PK": ["Pakistan Telecommunication Authority", "PTA"],
}
TEXTS = [
    "China Mobile Hong Kong and China Mobile cut service in New York City, New York State and NYC.",
    "The PTA, Pakistan Telecommunication Authority, blocked X (formerly Twitter) and Twitter again.",
    "new york and NEW YORK are other words; York alone is nothing; New",
    "",
    "China",
]


def matchers():
    nlp = spacy.blank("en")
    table, reference = PhraseTable(nlp.vocab), PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, texts in PHRASES.items():
        docs = list(nlp.tokenizer.pipe(texts))
        table.add(key, docs + docs[:1])  # a phrase added twice matches once
        reference.add(key, docs)
    return nlp, table, reference


def test_the_same_matches_as_phrase_matcher_overlaps_included():
    nlp, table, reference = matchers()
    for text in TEXTS:
        doc = nlp(text)
        assert sorted(table(doc)) == sorted(reference(doc)), text
    doc = nlp(TEXTS[0])
    labels = [doc.vocab.strings[m] for m, _, _ in table(doc)]
    assert labels.count("CARRIER\tCN") == 5 and "REGION\tUS-NY" in labels  # China x2, China Mobile x2, China Mobile Hong Kong


def test_matches_come_by_start_then_length():
    nlp, table, _ = matchers()
    found = [(s, e) for _, s, e in table(nlp(TEXTS[0]))]
    assert found == sorted(found) and found[:3] == [(0, 1), (0, 2), (0, 4)]


def test_a_table_survives_its_arrays():
    nlp, table, _ = matchers()
    loaded = PhraseTable(spacy.blank("en").vocab).load({k: (v.tolist() if k == "keys" else v) for k, v in table.to_arrays().items()})
    doc = nlp(TEXTS[1])
    assert loaded(doc) == table(doc) and len(loaded) == len(table)
