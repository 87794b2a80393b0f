"""Regional parts of a measure told in a lead and retold ("the move ...") take the lead's
day and doer; "fibre optic internet" is a service, not a cable cut."""

from tests.conftest import asserted


def test_regions_take_the_day_of_the_lead_before_its_retelling(analyse):
    text = ("KABUL: The authorities widened their campaign against the web on Monday, cutting home broadband in several provinces. "
            "The move has shut down home broadband in several regions, leaving traders without access. "
            "In Herat province, home broadband was banned outright, a provincial official said. "
            "Home broadband was also banned in Balkh province.")
    events = {e["province_code"]: e for e in asserted(analyse(text, published="2025-03-12"))}
    assert {code: events[code]["date_start"] for code in ("AF-HER", "AF-BAL")} == {"AF-HER": "2025-03-10", "AF-BAL": "2025-03-10"}


def test_fibre_optic_internet_banned_is_a_measure(analyse):
    text = "Residents said fibre optic internet in Herat province had been banned outright on Monday."
    events = asserted(analyse(text, published="2025-03-12"))
    assert [e["province_code"] for e in events] == ["AF-HER"]


def test_a_cut_fibre_optic_cable_is_no_measure(analyse):
    text = "In Herat province, a fibre optic cable was cut on Monday by road works, leaving homes without internet."
    assert asserted(analyse(text, published="2025-03-12")) == []
