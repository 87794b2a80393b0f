"""An internet cut that a later sentence splits into its mobile and fixed parts, named side by
side, is a cut of both (spec 4.2; gold README: "mobile and home internet" is
`mobile_internet` + `fixed_internet`); parts told as coming back say what returned, not what
was cut (linking/what_was_cut.add_parts)."""

from __future__ import annotations

from conftest import asserted


def _services(events: list[dict]) -> list[set[str]]:
    return [set(e["services"]) for e in asserted(events) if e["restriction"] == "network_shutdown"]


def test_parts_named_together_after_the_cut_replace_the_bare_internet(analyse):
    text = ("Chad's government switched off the internet on Friday ahead of the count. "
            "Traders say neither household broadband nor cellular data has worked since then.")
    assert {"mobile_internet", "fixed_internet"} in _services(analyse(text, published="2021-03-02"))


def test_both_parts_in_the_sentence_of_the_cut(analyse):
    text = "Phone internet and fixed home connections went dark across Sudan on Monday, shop owners said."
    assert {"mobile_internet", "fixed_internet"} in _services(analyse(text, published="2019-06-12"))


def test_parts_that_came_back_leave_the_cut_as_the_internet(analyse):
    text = ("The authorities cut the internet across Gabon on Saturday after the polls closed. "
            "Mobile data and home connections came back two days later.")
    found = _services(analyse(text, published="2023-08-30"))
    assert found and all("fixed_internet" not in s for s in found)
