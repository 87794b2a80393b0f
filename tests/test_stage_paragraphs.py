"""cutoff_paragraphs: a blank line ends a sentence before the parser runs."""

from __future__ import annotations


def test_a_headline_without_full_stop_is_a_sentence_of_its_own(nlp):
    doc = nlp("Turkey slows Twitter as earthquake survivors plead for help online\n\nAccess to Twitter was restricted on Wednesday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Turkey slows Twitter as earthquake survivors plead for help online",
        "Access to Twitter was restricted on Wednesday.",
    ]


def test_a_single_line_break_inside_a_paragraph_is_no_break(nlp):
    doc = nlp("Mobile internet was cut in the\ndistrict on Monday.")
    assert len(list(doc.sents)) == 1


def test_the_stage_runs_before_the_parser(nlp):
    assert nlp.pipe_names.index("cutoff_paragraphs") < nlp.pipe_names.index("parser")


def test_a_headline_without_final_punctuation_ends_at_its_line_break(nlp):
    doc = nlp("Mobile internet suspended in Nuh till 11 August\nCurfew will be relaxed from 9 am on Wednesday, officials said.\nThe order was issued on Tuesday.")
    assert [s.text.strip() for s in doc.sents][:2] == ["Mobile internet suspended in Nuh till 11 August",
                                                       "Curfew will be relaxed from 9 am on Wednesday, officials said."]
def test_a_dash_enclosed_list_stays_in_its_sentence(nlp):
    for dash in ("--", "\u2014"):
        doc = nlp(f"The junta restricted access to Meta platforms {dash} Facebook, WhatsApp and Instagram {dash} amid strikes.")
        assert len(list(doc.sents)) == 1
