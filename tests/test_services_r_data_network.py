""""The data network" is mobile data (spec 4.2), so an order to shut it down is a mobile
internet cut with whoever gave and carried out the order (services.jsonl)."""

from __future__ import annotations

from conftest import asserted


def test_the_data_network_shut_down_is_mobile_internet(analyse):
    text = ("Ooredoo said the Ministry of Transport and Communications had told every operator to switch off "
            "the data network across Myanmar on Saturday. Calls still went through.")
    events = asserted(analyse(text, published="2021-02-07"))
    assert any("mobile_internet" in e["services"] and e["country"] == "MM" for e in events)
