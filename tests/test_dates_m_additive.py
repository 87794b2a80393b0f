"""A sentence that opens by adding a measure ("In addition, ...") carries the date of the sentence before."""

from tests.conftest import asserted

LEAD = "Protests spread across Georgia. Police detained dozens. The opposition called a strike. Shops stayed shut.\n\n"
BEFORE = "The mobile data blackout that began on May 9 was imposed on the orders of the home office.\n\n"


def test_an_added_measure_takes_the_date_of_the_sentence_before(analyse):
    events = asserted(analyse(LEAD + BEFORE + "In addition, access to Facebook, Telegram and YouTube was blocked.", published="2023-05-12"))
    assert {e["restriction"]: e["date_start"] for e in events} == {"network_shutdown": "2023-05-09", "service_block": "2023-05-09"}


def test_without_the_opener_it_stays_undated(analyse):
    events = asserted(analyse(LEAD + BEFORE + "Access to Facebook, Telegram and YouTube was blocked.", published="2023-05-12"))
    assert {e["restriction"]: e["date_start"] for e in events} == {"network_shutdown": "2023-05-09", "service_block": None}


def test_a_day_of_speaking_is_not_carried_over(analyse):
    said = "The interior ministry said on Thursday that mobile internet had been suspended.\n\n"
    events = asserted(analyse(LEAD + said + "In addition, access to Facebook, Telegram and YouTube was blocked.", published="2023-05-12"))
    assert [e["date_start"] for e in events if e["restriction"] == "service_block"] == [None]
