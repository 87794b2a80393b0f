"""Words that only look like a service or a date: the end of an organisation's name before a
verb (`gazetteer._straddles`) and a bare number the NER tags as a date (`date_resolve`)."""

from conftest import asserted


def test_the_end_of_a_name_before_a_verb_is_no_service(nlp):
    doc = nlp("Human Rights International called the blackout a collective punishment.")
    assert not [s for s in doc.spans["cutoff"] if s.label_ == "SERVICE"]


def test_international_calls_as_a_noun_stay_a_service(nlp):
    doc = nlp("Carriers barred international calls in the province on Monday.")
    assert [s.id_ for s in doc.spans["cutoff"] if s.label_ == "SERVICE"] == ["international_calls"]


def test_an_age_is_no_year_of_a_measure(analyse):
    events = analyse(
        "Mobile internet was cut across Chad on Sunday, the day of a vote that follows a change "
        "removing the age limit of 75 for candidates. Human Rights International called the cut unlawful.",
        published="2024-05-07",
    )
    assert [e["date_start"] for e in asserted(events)] == ["2024-05-05"]
    assert all(e["restriction"] != "international_barring" for e in events)
