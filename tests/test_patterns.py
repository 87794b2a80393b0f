"""PatternMatcher: phrase patterns, and token patterns run only around their anchor words,
must find exactly what one spaCy Matcher over the whole Doc finds."""

from __future__ import annotations

from spacy.matcher import Matcher

from pipeline.components.patterns import AnchoredMatcher, anchor_words, max_length

PATTERNS = [
    # bounded, anchor in the middle, optional tokens on both sides
    [{"LOWER": {"IN": ["mobile", "cell"]}, "OP": "?"}, {"LEMMA": {"IN": ["phone"]}}, {"LEMMA": {"IN": ["line", "service"]}}],
    # unbounded: anchored on the rarer word, run over its sentence
    [{"LEMMA": {"IN": ["get", "have"]}}, {"OP": "*", "IS_ALPHA": True}, {"LOWER": {"IN": ["restored", "reconnected"]}}],
    # a bounded repeat and a POS condition on the anchor token
    [{"LEMMA": "cut", "POS": "VERB"}, {"OP": "{0,3}", "IS_PUNCT": False}, {"LOWER": "off"}],
    # no token pinned to words: runs over the whole Doc
    [{"LIKE_NUM": True}, {"IS_PUNCT": True}],
]
TEXTS = [
    "Phone lines were cut off across the region. Some residents got their service restored, others have never had it reconnected.",
    "Service in 12, but not here. The mobile phone service of a cell phone line went dead; officials cut the mobile lines off.",
    "phone line",
    "Nothing here matches at all.",
]


def test_anchor_is_a_required_rare_word_set():
    stop = {"the", "to", "have", "in"}
    assert anchor_words(PATTERNS[0], stop) == ("LEMMA", ["phone"])
    assert anchor_words(PATTERNS[1], stop) == ("LOWER", ["restored", "reconnected"])
    assert anchor_words([{"LOWER": "opt"}, {"LOWER": "in"}], stop) == ("LOWER", ["opt"])
    assert anchor_words(PATTERNS[3], stop) is None
    assert anchor_words([{"LOWER": "sim", "OP": "?"}], stop) is None


def test_max_length_counts_repeats_and_sees_unbounded_ones():
    assert max_length(PATTERNS[0]) == 3
    assert max_length(PATTERNS[1]) is None
    assert max_length(PATTERNS[2]) == 5
    assert max_length([{"LOWER": "a", "OP": "{2,}"}]) is None


def test_anchored_matcher_finds_what_one_matcher_over_the_doc_finds(nlp):
    anchored, whole = AnchoredMatcher(nlp), Matcher(nlp.vocab)
    for i, pattern in enumerate(PATTERNS):
        anchored.add(f"P{i}", pattern)
        whole.add(f"P{i}", [pattern])
    keys = set()
    for doc in nlp.pipe(TEXTS):
        expected = sorted(set(whole(doc)), key=lambda m: (m[1], m[2], m[0]))
        assert anchored(doc) == expected
        keys |= {nlp.vocab.strings[m[0]] for m in expected}
    assert keys == {f"P{i}" for i in range(len(PATTERNS))}  # every pattern exercised, at the Doc's edges too


def remedies(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [s.id_ for s in doc.spans["cutoff"] if s.label_ == "REMEDY"]


def test_remedies_need_their_own_form(nlp):
    """"Re-election" is no re-activation; "appeals for calm" no legal appeal."""
    assert "registration" not in remedies(nlp, "Mobile data was cut in Lome after protests over the president's re-election.")
    assert "legal_challenge" not in remedies(nlp, "Mobile data was cut in Lome after the union's appeals for calm.")
    assert "registration" in remedies(nlp, "Subscribers may request re-activation of the line at a shop.")
    assert "registration" in remedies(nlp, "Owners can re-activate the line with an ID card.")
    assert "legal_challenge" in remedies(nlp, "The bar association filed an appeal against the shutdown.")
