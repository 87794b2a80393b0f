"""Court challenges as reports lead with them: a ruling told before the measure it ended
(linking/early_challenges.py), a court order "to end" the blackout, and a service restored
"by order of" a court (models/vocab/remedies.jsonl)."""

from __future__ import annotations


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [e["remedies"] for e in analyse(text, published="2021-06-30") if e["status"] == "asserted"]


def test_a_court_order_a_report_leads_with_goes_to_the_measure_told_after(analyse):
    text = ("Web access returned across Chad this week once a judge ordered an end to the long outage. "
            "The junta cut the internet nationwide on May 2 after clashes in the capital.")
    assert remedies_of(analyse, text) == [["legal_challenge"]]


def test_a_service_restored_by_order_of_a_court_was_challenged(analyse):
    text = ("The provincial government suspended mobile data across Sindh on Friday. "
            "Last year data was likewise cut before coming back by order of the Sindh High Court.")
    assert ["legal_challenge"] in remedies_of(analyse, text)


def test_a_vpn_named_before_any_measure_is_no_way_back(analyse):
    text = ("Downloads of one VPN app rose sharply in Chad last month, analysts said. "
            "The junta cut the internet nationwide on May 2 after clashes in the capital.")
    assert remedies_of(analyse, text) == [[]]


def test_a_block_imposed_by_order_of_a_court_is_no_challenge(analyse):
    text = ("Authorities cut mobile data across Khuzestan on Thursday. "
            "Signal, blocked by order of a Tehran court since 2019, is still used by many.")
    assert all("legal_challenge" not in r for r in remedies_of(analyse, text))
