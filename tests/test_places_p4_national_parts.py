"""A region's part of a measure told nationwide, undated, is that measure seen in one
place, not a regional event of its own; a region with its own date is another measure."""

from tests.conftest import places_of


def test_an_undated_region_of_a_nationwide_cut_folds_into_it(analyse):
    text = ("The interior ministry suspended mobile phone services nationwide on Tuesday as voters went to the polls.\n\n"
            "Calls and mobile data also stay suspended in Balochistan's Gwadar and nearby districts.")
    assert places_of(analyse, text, "2024-02-13") == [("PK", None)]


def test_a_region_cut_on_a_day_of_its_own_stays_its_own_event(analyse):
    text = ("The interior ministry suspended mobile phone services nationwide on Tuesday as voters went to the polls.\n\n"
            "Mobile data was also suspended in Balochistan on March 3 after an attack on a bus.")
    assert places_of(analyse, text, "2024-03-05") == [("PK", "PK-BA"), ("PK", None)]
