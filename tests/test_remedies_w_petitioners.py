"""Ways back named by who takes them or by what they are for (models/vocab/remedies.jsonl):
a petitioner arguing before a bench is a court challenge, as a petition is; a court asked to
order "the restoration" of access is one, as "to restore" is; having to link "my" or "our" ID
number is an ID check as linking "your" is, though a subscriber who says the link was made long
ago tells of no way back; and a sentence that opens with getting a signal tells
what people do to get around a cut."""

from __future__ import annotations


def remedies_of(analyse, text: str, published: str = "2023-06-14") -> list[list[str]]:
    return [e["remedies"] for e in analyse(text, published=published) if e["status"] == "asserted"]


def test_a_petitioner_arguing_before_the_bench_is_a_legal_challenge(analyse):
    text = ("Mobile internet was suspended across Punjab on Tuesday. "
            "At Thursday's hearing the petitioner, a Lahore trader, argued that the cut ruined his shop.")
    assert remedies_of(analyse, text) == [["legal_challenge"]]


def test_a_court_asked_to_order_the_restoration_of_access_is_a_legal_challenge(analyse):
    text = ("Mobile data was switched off across Balochistan on Monday. "
            "A lawyers' body wants the court to issue an order for the prompt restoration of service.")
    assert remedies_of(analyse, text) == [["legal_challenge"]]


def test_linking_my_id_number_to_the_line_is_id_verification(analyse):
    text = ("Airtel suspended thousands of phone lines across Nigeria on Friday. "
            "One trader wrote: \"I had to link my NIN twice before my line came back.\"")
    assert "id_verification" in remedies_of(analyse, text, "2024-03-02")[0]


def test_an_id_number_linked_long_ago_is_no_way_back(analyse):
    text = ("Airtel suspended thousands of phone lines across Nigeria on Friday. "
            "One trader wrote: \"I linked my NIN last year and my line is still dead.\"")
    assert remedies_of(analyse, text, "2024-03-02") == [[]]


def test_a_sentence_opening_with_getting_a_signal_is_circumvention(analyse):
    text = ("Phone and internet service was cut across Rakhine State on Sunday. "
            "To get a signal, fishermen now row out past the headland twice a day.")
    assert remedies_of(analyse, text, "2023-11-20") == [["circumvention"]]


def test_being_unable_to_get_a_signal_is_no_circumvention(analyse):
    text = ("Phone and internet service was cut across Rakhine State on Sunday. "
            "Fishermen said they were unable to get a signal anywhere along the coast.")
    assert remedies_of(analyse, text, "2023-11-20") == [[]]
