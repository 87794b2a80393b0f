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


def test_an_instruction_to_register_at_a_shop_is_registration(analyse):
    text = ("The regulator barred outgoing calls on unlinked SIMs across Ghana on Monday. "
            "To register for an identity number, visit any branch of your network.")
    (remedies,) = remedies_of(analyse, text, "2022-04-05")
    assert "registration" in remedies


def test_a_platform_reachable_only_unless_users_use_a_vpn_is_circumvention(analyse):
    text = ("The regulator blocked Signal across Venezuela on Friday. "
            "The app stays out of reach for most subscribers unless they use a VPN.")
    assert remedies_of(analyse, text, "2024-08-12") == [["circumvention"]]


def test_relying_on_a_few_satellite_terminals_is_circumvention(analyse):
    text = ("The junta cut mobile internet across Chin State on Monday. "
            "Villagers now rely on a few shared satellite terminals.")
    assert remedies_of(analyse, text, "2021-09-20") == [["circumvention"]]


def test_vpns_that_get_users_back_onto_the_apps_go_to_the_block_not_the_later_blackout(analyse):
    text = ("Authorities blocked Facebook and WhatsApp across Togo on Tuesday evening. "
            "Later that night, mobile data was cut across the country too. "
            "Before the full shutdown, people traded tips on which VPNs could get them back onto the apps.")
    events = [e for e in analyse(text, published="2017-09-07") if e["status"] == "asserted"]
    assert {e["restriction"]: e["remedies"] for e in events} == {"service_block": ["circumvention"], "network_shutdown": []}


def test_a_carrier_of_several_countries_named_alone_is_read_in_the_outlets_country(nlp):
    from pipeline import DEFAULT_MODEL
    from pipeline.article import Article
    from pipeline.extract import events_from_doc, prepare_doc
    from pipeline.version import pipeline_version

    text = ("Telcos barred outgoing calls on all SIMs not linked to an identity number on Tuesday. "
            "MTN told customers that their lines had been barred.")
    article = Article(text=text, source="test.txt", published="2022-04-05", url="https://news.example.ng/2022/04/05/lines-barred")
    events = events_from_doc(nlp(prepare_doc(nlp, article)), article, pipeline_version(DEFAULT_MODEL))
    assert {e["country"] for e in events if e["status"] == "asserted"} == {"NG"}


def test_a_line_cut_for_using_software_to_bypass_the_filters_names_no_workaround(analyse):
    text = ("Police cut the mobile lines of residents across Xinjiang on Monday. "
            "One user said his number was blocked for using software to bypass the firewall.")
    assert remedies_of(analyse, text, "2015-11-25") == [[]]


def test_a_line_cut_after_making_use_of_vpns_names_no_workaround(analyse):
    text = ("Police cut the mobile lines of residents across Xinjiang on Monday. "
            "Some lost their connection after making use of VPN services to evade the firewall.")
    assert remedies_of(analyse, text, "2015-11-25") == [[]]


def test_a_line_cut_after_users_installed_a_tool_that_gets_around_filters_names_no_workaround(analyse):
    text = "Police switched off the numbers of residents across Xinjiang on Monday after they installed software that gets around the filters."
    assert remedies_of(analyse, text, "2015-12-02") == [[]]


def test_users_back_online_after_switching_to_vpns_still_got_round_the_block(analyse):
    text = ("The regulator blocked X across Pakistan on Saturday. "
            "Users got back online after they switched to VPNs.")
    assert remedies_of(analyse, text, "2024-02-20") == [["circumvention"]]
