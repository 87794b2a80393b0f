"""Services that "will remain suspended" are cut, and a place in the clause of a measure
told otherwise (denied, not happening) is that clause's, not the cut one's."""

from tests.conftest import places_of


def test_services_that_will_remain_suspended_are_cut(analyse):
    text = "In Sindh, mobile phone and internet services will remain suspended in Hyderabad and Sukkur on Friday."
    assert places_of(analyse, text, "2021-11-02") == [("PK", "PK-SD")]


def test_one_province_each_when_a_list_says_services_would_remain_suspended(analyse):
    text = ("The interior ministry said phone services would be halted for the procession on Friday.\n\n"
            "In Punjab, cellular services would remain suspended in Multan and Sialkot. "
            "In Balochistan, cellular services would remain suspended in Quetta only.")
    assert {("PK", "PK-PB"), ("PK", "PK-BA")} <= set(places_of(analyse, text, "2021-11-02"))


def test_a_place_in_a_clause_told_as_not_happening_is_not_the_cut_one(analyse):
    text = ("Mobile data in the listed districts will be switched off on Friday, while there will be "
            "no suspension of mobile data in Islamabad.")
    assert ("PK", "PK-IS") not in places_of(analyse, text, "2021-11-02")
