"""The indexed attribute ruler and the memoised lemmatizer give exactly the annotations of
the model's own components (they only make them cheaper)."""

from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline import DEFAULT_MODEL
from pipeline.components.model_rules import IndexedAttributeRuler, MemoLemmatizer, swap_in

TEXTS = [
    "Regulators in the province cut mobile data on Tuesday, and y'all ain't got nothin' to say about it.\n\n"
    "The carriers didn't restore calls; they'd been told to wait.",
    "  Two  spaces, a tab\tand\n\na blank line: the ruler's SPACE rules must fire as before.",
    "Users who had registered were reconnected; others queued at business halls with their ID cards.",
]


def annotations(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_swapped_pipeline_annotates_every_token_as_the_model_does(nlp):
    model = spacy.load(DEFAULT_MODEL)
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    model_names = list(model.pipe_names)
    with nlp.select_pipes(enable=model_names):
        ours = list(nlp.pipe(TEXTS * 2))  # twice: the second time from the lemma memo
    theirs = list(model.pipe(TEXTS * 2))
    assert [annotations(d) for d in ours] == [annotations(d) for d in theirs]


def ruler_pair(patterns: list[dict]) -> tuple[AttributeRuler, IndexedAttributeRuler]:
    vocab = spacy.blank("en").vocab
    spacy_ruler, ours = AttributeRuler(vocab), IndexedAttributeRuler(vocab)
    spacy_ruler.add_patterns(patterns)
    ours.add_patterns(patterns)
    return spacy_ruler, ours


def tagged(vocab, words: list[str], tags: list[str], deps: list[str] | None = None) -> Doc:
    doc = Doc(vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words) if deps else None)
    return doc


def test_operators_sets_regexes_offsets_and_precedence_match_spacy():
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": "data", "TAG": "NN"}]], "attrs": {"POS": "PROPN"}},  # later wins
        {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}}]], "attrs": {"POS": "VERB", "LEMMA": "cut"}},
        {"patterns": [[{"LOWER": {"REGEX": "^re"}}, {"TAG": "NN"}]], "attrs": {"LEMMA": "again"}, "index": -1},
        {"patterns": [[{"DEP": {"NOT_IN": [""]}, "LOWER": "mobile"}]], "attrs": {"DEP": "amod"}},
        {"patterns": [[{"LOWER": "the"}, {"LOWER": "carrier", "OP": "?"}, {"TAG": "VBD"}]], "attrs": {"POS": "DET"}},
    ]
    spacy_ruler, ours = ruler_pair(patterns)
    assert len(ours.rest) == 1  # the operator pattern goes to the Matcher, the others to array tests
    words = ["the", "carrier", "cut", "mobile", "data", "and", "restored", "service", "later"]
    tags = ["DT", "NN", "VBD", "JJ", "NN", "CC", "VBN", "NN", "RB"]
    deps = ["det", "nsubj", "ROOT", "compound", "dobj", "cc", "conj", "dobj", "advmod"]
    for with_deps in (deps, None):
        a = spacy_ruler(tagged(spacy_ruler.vocab, words, tags, with_deps))
        b = ours(tagged(ours.vocab, words, tags, with_deps))
        assert annotations(a) == annotations(b)
    assert b[4].pos_ == "PROPN" and b[7].lemma_ == "again" and b[2].lemma_ == "cut"


def test_the_lemma_memo_gives_the_model_lemmatizer_s_lemmas(nlp):
    model = spacy.load(DEFAULT_MODEL)
    swap_in(model)
    lemmatizer = model.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, MemoLemmatizer)
    with model.select_pipes(enable=list(model.pipe_names)):
        docs = list(model.pipe(["Phones were cut and lines were cut again.", "The lines are cut."]))
    assert [t.lemma_ for t in docs[0]][:4] == ["phone", "be", "cut", "and"]
    assert lemmatizer.memo  # the second doc's repeated words came from the memo
