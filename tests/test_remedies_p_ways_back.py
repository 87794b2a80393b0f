"""Ways back and around a measure as reports word them (linking/remedies.py,
models/vocab/remedies.jsonl): a perfect tense is no duty ("the police have warned"), a
register of banned sites is no registration, a court dragged into or ruling on a measure
is a legal challenge of the measure in force, and VPNs that get users around a block or a
trip made to get online are circumvention."""

from __future__ import annotations


def remedies_of(analyse, text: str, published: str = "2024-09-06") -> list[list[str]]:
    return [e["remedies"] for e in analyse(text, published=published) if e["status"] == "asserted"]


def test_a_perfect_tense_is_no_duty_to_visit_a_police_station(analyse):
    text = ("The regulator blocked Telegram across Tanzania on Saturday. "
            "The police have warned opposition members that raids on police stations will be punished.")
    assert remedies_of(analyse, text) == [[]]


def test_having_to_report_to_a_police_station_is_still_a_duty(analyse):
    text = ("Police had the mobile numbers of dozens of residents in Hotan suspended on Monday. "
            "Owners have to report to a police station in person.")
    assert remedies_of(analyse, text) == [["police_station_visit"]]


def test_a_register_of_banned_sites_is_no_registration(analyse):
    text = ("The regulator blocked Telegram across Russia on Monday. "
            "Its web addresses had been added to the official register of banned sites the Friday before.")
    (remedies,) = remedies_of(analyse, text, "2018-04-17")
    assert "registration" not in remedies


def test_dragging_a_minister_to_the_high_court_is_a_legal_challenge(analyse):
    text = ("Mobile internet was cut across Zimbabwe on Tuesday. "
            "Two lawyers' groups dragged the security minister to the High Court over the cut.")
    assert remedies_of(analyse, text, "2019-01-20") == [["legal_challenge"]]


def test_a_named_court_ruling_the_ban_unconstitutional_challenges_the_measure_in_force(analyse):
    text = ("The regulator throttled Twitter across Turkey on Monday. "
            "Access only returned after the Constitutional Court ruled that the ban violated the charter.")
    assert remedies_of(analyse, text, "2023-02-09") == [["legal_challenge"]]


def test_a_court_directing_restoration_after_a_bracketed_name_is_a_legal_challenge(analyse):
    text = ("X was suspended across Pakistan on February 17. "
            "The Lahore High Court (LHC) on Friday directed the regulator to restore the platform.")
    events = [e for e in analyse(text, published="2024-02-24") if e["status"] == "asserted"]
    assert [e["remedies"] for e in events] == [["legal_challenge"]]
    assert not any(a["kind"] == "court" for e in events for a in e["actors"])


def test_a_vpn_that_gets_users_around_a_block_is_circumvention(analyse):
    text = ("The regulator blocked WhatsApp across Venezuela on Saturday. "
            "Activists told readers that a VPN would get them around the block.")
    assert remedies_of(analyse, text, "2019-11-18") == [["circumvention"]]


def test_posting_through_various_vpns_is_circumvention(analyse):
    text = ("X was blocked across Pakistan on Saturday. "
            "Many users kept posting on the platform using various VPNs.")
    assert remedies_of(analyse, text, "2024-02-20") == [["circumvention"]]


def test_travelling_to_get_online_is_circumvention(analyse):
    text = ("Authorities cut mobile internet and broadband across Manipur on May 3. "
            "Students now travel for hours by bus to get online and file their forms.")
    assert remedies_of(analyse, text, "2023-06-20") == [["circumvention"]]


def test_a_ruling_dated_years_back_challenges_the_older_measure(analyse):
    text = ("The regulator throttled Twitter across Turkey on Monday. "
            "The authorities had blocked Wikipedia in April 2017. "
            "Access came back in December 2019, after the Constitutional Court ruled that the ban violated the charter.")
    events = [e for e in analyse(text, published="2023-02-09") if e["status"] == "asserted"]
    assert [(e["date_start"], e["remedies"]) for e in events] == [("2023-02-06", []), ("2017-04", ["legal_challenge"])]
