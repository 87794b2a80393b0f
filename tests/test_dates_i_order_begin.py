"""Issue 12: the day a measure is said to have begun is its start; the day it was ordered is an announcement."""

from tests.conftest import asserted, date_roles


def roles(read, text: str) -> dict[str, str]:
    return date_roles(read, text, "2022-05-18")


def test_said_to_have_begun_on_a_day_starts_then(read):
    assert roles(read, "The watchdog said on Tuesday that it had started blocking Signal nationwide.") == {"Tuesday": "start"}
    assert roles(read, "The watchdog said on Tuesday that it would start blocking Signal nationwide.") == {"Tuesday": "announced"}


def test_a_day_of_an_order_below_another_verb_is_an_announcement(read):
    found = roles(read, "On Saturday, a district court agreed with the watchdog in ordering it to block Signal.")
    assert found == {"Saturday": "announced"}


def test_the_order_and_the_start_make_one_measure_dated_by_its_start(analyse):
    text = ("The watchdog said on Tuesday that it had started blocking Signal nationwide. "
            "On Saturday, a district court agreed with the watchdog in ordering it to block Signal.")
    [event] = asserted(analyse(text))
    assert event["date_start"] == "2022-05-17"
