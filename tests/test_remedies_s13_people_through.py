"""Ways round a measure told of the people who took them (linking/remedies.got_through,
models/vocab/remedies.jsonl): a VPN or foreign SIM cards in a phrase describing people whose
own clause says what they still do are circumvention, while people a measure cut or
punished stay its target; moving to virtual private networks and using a VPN to reach a
site are ways round too, but no VPN gets round a block of VPNs, nor does any workaround get
round a measure that punishes the use of one."""

from __future__ import annotations


def remedies_of(analyse, text: str, published: str = "2024-09-06") -> list[list[str]]:
    return [e["remedies"] for e in analyse(text, published=published) if e["status"] == "asserted"]


def test_a_site_that_still_loads_for_people_on_a_vpn_is_circumvention(analyse):
    text = ("The regulator blocked Telegram across Kenya on Monday. "
            "The app still loads for people using a VPN, though running one without a permit is illegal.")
    assert remedies_of(analyse, text, "2024-03-05") == [["circumvention"]]


def test_users_who_moved_to_virtual_private_networks_and_could_post_is_circumvention(analyse):
    text = ("Authorities blocked Facebook across Jordan on Friday. "
            "Users who moved to virtual private networks could post as before.")
    assert remedies_of(analyse, text, "2021-05-09") == [["circumvention"]]


def test_people_with_sim_cards_bought_across_the_border_is_circumvention(analyse):
    text = ("Mobile internet was cut across Chad on Sunday. "
            "In the south, people with SIM cards bought in Garoua pick up Cameroonian networks near the border.")
    assert remedies_of(analyse, text, "2022-10-24") == [["circumvention"]]


def test_using_a_vpn_to_open_a_blocked_site_is_circumvention(analyse):
    text = ("The ministry blocked the Reddit website across Nepal on Tuesday. "
            "Many readers said they used a VPN to open the site.")
    assert remedies_of(analyse, text, "2023-06-14") == [["circumvention"]]


def test_people_who_used_vpns_and_were_then_cut_off_took_no_way_round(analyse):
    text = ("Operators suspended the lines of subscribers who switched to VPNs across Iran on Monday.")
    assert all("circumvention" not in r for r in remedies_of(analyse, text, "2023-01-10"))


def test_a_vpn_gets_round_no_block_of_vpns(analyse):
    text = ("The regulator blocked unregistered VPNs across Pakistan on Sunday. "
            "Many students had used VPNs to reach the banned platform.")
    events = [e for e in analyse(text, published="2024-11-12") if e["status"] == "asserted" and "vpn" in e["services"]]
    assert events and all("circumvention" not in e["remedies"] for e in events)


def test_a_vpn_used_before_a_cut_that_punishes_it_is_no_way_round(analyse):
    text = ("Police in the region cut the phone lines of residents who installed software to bypass the filters in March. "
            "One trader said he had used a VPN to read foreign news before his line went dead.")
    assert all("circumvention" not in r for r in remedies_of(analyse, text, "2016-04-02"))
