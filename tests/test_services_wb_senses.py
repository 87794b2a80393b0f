"""Service words in another sense and services reached through a chain of verbs:
a "call" that urges people to act is no phone call (`service_senses.a_summons`), and
"will continue to remain shut" keeps its subject as what was cut
(`trigger_objects.crosses_clause`, `aspect_verbs`)."""

from conftest import asserted


def test_a_call_given_by_a_union_is_no_voice_service(analyse):
    (event,) = asserted(analyse("Mobile data was suspended in Hisar in view of the tractor rally call given by farmer unions.", published="2024-03-04"))
    assert event["services"] == ["mobile_internet"]


def test_calls_for_protests_are_no_voice_service(analyse):
    (event,) = asserted(analyse("Authorities cut mobile internet in Zanjan on Tuesday, a day before the calls for fresh rallies.", published="2021-05-04"))
    assert "voice_calls" not in event["services"]


def test_calls_for_some_hours_are_still_calls(analyse):
    (event,) = asserted(analyse("Operators blocked phone calls for six hours in Gilgit on Friday.", published="2021-05-07"))
    assert event["services"] == ["voice_calls"]


def test_services_that_continue_to_remain_shut_are_the_cut_ones(analyse):
    (event,) = asserted(analyse("Mobile data and bulk text messaging will continue to remain shut in Sirsa district till Friday, the state home department said on Tuesday.", published="2024-03-05"))
    assert event["services"] == ["mobile_internet", "sms"]


def test_a_date_of_services_that_continue_to_remain_shut_is_no_new_start(analyse):
    text = ("Mobile data was suspended in Bathinda on April 2 by the Punjab government. "
            "The order says mobile data in Bathinda shall continue to remain suspended from April 4 till April 6.")
    (event,) = asserted(analyse(text, published="2023-04-04"))
    assert event["date_start"] == "2023-04-02"
