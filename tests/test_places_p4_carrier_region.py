"""A region inside a carrier's name ("the Yunnan branch of China Mobile") is where that
carrier's measure bites; the "of" phrase inside the name is no other place it belongs to."""

from tests.conftest import places_of


def test_a_region_named_in_a_carrier_s_subsidiary_places_its_measure(analyse):
    text = ("Subscribers of the Yunnan subsidiary of China Unicom say they can no longer make calls abroad, "
            "after the carrier turned off the service on Monday to fight fraud.")
    assert places_of(analyse, text, "2022-03-10") == [("CN", "CN-YN")]
