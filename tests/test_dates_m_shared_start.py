"""Regions told in one sentence share the start that a later sentence gives one of them."""

from tests.conftest import asserted


def test_a_region_named_with_another_takes_its_start(analyse):
    text = ("JAKARTA - Indonesia has shut down mobile data in Maluku and North Maluku provinces, the ministry said on Thursday. "
            "The ministry said the shutdown began on Monday and would last until calm returned to Maluku.")
    events = asserted(analyse(text, published="2024-03-14"))
    assert {e["province_code"]: e["date_start"] for e in events} == {"ID-MA": "2024-03-11", "ID-MU": "2024-03-11"}


def test_a_region_with_a_start_of_its_own_keeps_it(analyse):
    text = ("Mobile data was cut in Maluku on Monday and in North Maluku on Wednesday, the ministry said on Thursday.")
    events = asserted(analyse(text, published="2024-03-14"))
    assert {e["province_code"]: e["date_start"] for e in events} == {"ID-MA": "2024-03-11", "ID-MU": "2024-03-13"}
