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


def test_a_pil_heard_against_the_shutdown_is_a_challenge(analyse):
    text = ("The home department suspended the internet across Bihar on Sunday for a recruitment test. "
            "Hearing a PIL against the shutdown, the High Court asked the state to explain its policy.")
    assert ["legal_challenge"] in remedies_of(analyse, text)


def test_a_group_that_went_to_court_challenged_the_block(analyse):
    text = ("The regulator blocked Facebook and Twitter across Malawi on Thursday. "
            "A rights group went to court on Friday to have the block lifted.")
    assert ["legal_challenge"] in remedies_of(analyse, text)


def test_a_body_that_may_go_to_court_to_enforce_its_order_is_no_challenge(analyse):
    text = ("The regulator blocked Facebook and Twitter across Malawi on Thursday. "
            "The ministry says it may go to court to enforce the block.")
    assert all("legal_challenge" not in r for r in remedies_of(analyse, text))
