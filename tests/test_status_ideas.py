"""A measure named as an idea or a suggestion ("floated the idea of a shutdown") is not done:
`hypothetical_words` of `models/vocab/event_rules.json`."""

from conftest import asserted


def test_an_idea_of_a_shutdown_is_no_shutdown(analyse):
    events = analyse("Party supporters floated the idea of an internet shutdown in Malawi until the count ends on Sunday.",
                     published="2025-09-17")
    assert asserted(events) == []
    assert [e["status"] for e in events] == ["hypothetical"]


def test_a_suggestion_to_cut_mobile_data_is_no_cut(analyse):
    events = analyse("A minister's suggestion of a mobile data shutdown in Kenya during the exams drew criticism.",
                     published="2025-09-17")
    assert asserted(events) == []


def test_a_regulator_preparing_to_cut_has_not_cut(analyse):
    events = analyse("An opposition lawmaker said on Monday the regulator was preparing to switch off 4G mobile data in Sri Lanka.",
                     published="2025-09-17")
    assert asserted(events) == []


def test_subscribers_who_risked_a_cut_off_were_not_cut_off(analyse):
    text = ("Lusaka - Subscribers of the largest carrier can now update their details online, good news for "
            "thousands in Zambia who risked seeing their SIM cards deactivated once the registration deadline passed.")
    assert asserted(analyse(text, published="2025-09-17")) == []
    done = "The regulator switched off 300,000 unregistered SIM cards in Zambia on Monday."
    assert [e["restriction"] for e in asserted(analyse(done, published="2025-09-17"))] == ["subscriber_cutoff"]
