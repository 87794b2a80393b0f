"""Calls or data cut on lines a quality or a clause singles out are those lines' own mobile
service, a subscriber cut-off (spec 4.1), not an area's network (`targeted.on_particular_lines`);
and the day a deadline ran out is the deadline's, not the cut-off's start
(`date_roles.deadline_passed`)."""

from tests.conftest import asserted, date_roles


def events(analyse, text: str) -> list[tuple]:
    return [(e["restriction"], e["services"], e["date_start"]) for e in asserted(analyse(text, "2022-04-06"))]


def test_calls_barred_on_unlinked_lines_are_a_subscriber_cutoff(analyse):
    text = "The government told carriers in Nigeria to bar outgoing calls on all unlinked lines from April 4."
    assert [e[:2] for e in events(analyse, text)] == [("subscriber_cutoff", ["mobile_service"])]


def test_calls_cut_on_mobile_lines_stay_a_network_measure(analyse):
    text = "Authorities in Nigeria cut calls on mobile lines across Kano state on April 4."
    assert [e[0] for e in events(analyse, text)] == ["network_shutdown"]


def test_calls_abroad_barred_on_new_numbers_stay_international_barring(analyse):
    text = "In Hainan, the carrier has barred outgoing international calls on newly activated numbers since November."
    assert [e[:2] for e in events(analyse, text)] == [("international_barring", ["international_calls"])]


def test_the_day_a_deadline_expired_is_not_the_start(analyse):
    text = ("Carriers in Nigeria were told to stop outgoing calls on unverified lines once the deadline for "
            "registration expired on March 31. Millions of lines were barred on April 4.")
    assert events(analyse, text) == [("subscriber_cutoff", ["mobile_service"], "2022-04-04")]


def test_a_deadline_hanging_on_its_prepositional_phrase_is_still_a_deadline(analyse):
    text = ("The ministry asked operators in Nigeria to stop every outgoing call on unverified lines when "
            "the deadline for the registration drive expired on March 31. Millions of lines were barred on April 4.")
    assert [e[2] for e in events(analyse, text)] == ["2022-04-04"]


def test_the_day_a_deadline_was_moved_to_is_the_deadlines(read):
    text = "The regulator in Nigeria extended the deadline to July 31 and then barred calls on unlinked lines on August 2."
    assert date_roles(read, text, "2022-08-05") == {"July 31": "deadline", "August 2": "start"}


def test_a_date_the_parser_gives_a_deadline_as_appositive_is_the_deadlines(read):
    text = "Carriers in Nigeria have begun barring calls on unlinked lines days before the regulator's July 31, 2024 deadline."
    assert date_roles(read, text, "2024-07-28") == {"July 31": "deadline"}
