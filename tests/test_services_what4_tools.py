"""VPN blocks (spec 4.2, 4.3): a relative clause that says what a VPN can do is no remedy
anyone used; people who got around a block with one still did."""

from __future__ import annotations

from tests.conftest import asserted


def remedies(analyse, text: str) -> list[list[str]]:
    return [e["remedies"] for e in asserted(analyse(text, published="2023-03-15"))]


def test_what_a_vpn_can_do_is_no_remedy(analyse):
    text = "Since then, VPNs, which are tools that can get around online censorship, have been blocked in Belarus, researchers said on Monday."
    assert remedies(analyse, text) == [[]]


def test_people_who_got_around_a_block_still_used_a_remedy(analyse):
    assert remedies(analyse, "Belarus blocked Signal on Monday, but many users got around the block by using VPNs.") == [["circumvention"]]
    assert remedies(analyse, "Belarus blocked VPNs on Monday, which people had used to get around the block on Signal.") == [["circumvention"]]


def test_a_vpn_block_amid_a_crackdown_on_an_app_blocks_only_vpns(analyse):
    text = ("Signal was blocked by the authorities in February after it refused to hand over user data. "
            "On March 9, 2023, Belarus's regulator blocked about 40 VPNs and proxies nationwide amid a crackdown on the Signal app.")
    got = [(e["date_start"], e["services"], e["platforms"]) for e in asserted(analyse(text, published="2023-03-15"))]
    assert got == [("2023-02", ["platform"], ["signal"]), ("2023-03-09", ["vpn"], [])]


def test_an_app_blocked_amid_protests_is_still_blocked(analyse):
    got = [(e["services"], e["platforms"]) for e in asserted(analyse("Belarus blocked Signal on Monday amid protests over the election.", published="2023-03-15"))]
    assert got == [(["platform"], ["signal"])]


def test_a_vpn_block_amid_a_crackdown_stays_apart_from_the_app_block_the_same_week(analyse):
    text = ("On March 9, 2023, Belarus's regulator blocked about 40 VPNs and proxies nationwide amid a crackdown on the Signal app. "
            "Notably, last week, the Signal app was blocked by the Belarusian government in February after it refused to hand over user data.")
    got = sorted((e["services"], e["platforms"]) for e in asserted(analyse(text, published="2023-03-15")))
    assert got == [(["platform"], ["signal"]), (["vpn"], [])]


def services(analyse, text: str) -> list[list[str]]:
    return [e["services"] for e in asserted(analyse(text, published="2023-03-15"))]


def test_communication_services_beside_a_named_service_are_that_service(analyse):
    text = "Officials in Zambia imposed curbs on mobile data and on communication services in Lusaka on Monday."
    assert services(analyse, text) == [["mobile_internet"]]


def test_all_communications_and_bare_communications_stay_all_telecommunications(analyse):
    assert services(analyse, "Officials in Zambia cut mobile internet and all communications in Lusaka on Monday.") == [["mobile_internet", "voice_calls"]]
    assert services(analyse, "Sudan's junta cut communications in Khartoum on Monday.") == [["internet", "voice_calls"]]
    assert services(analyse, "Phone and internet services and SMS were cut in Khartoum on Monday.") == [["internet", "sms", "voice_calls"]]


def kinds(analyse, text: str) -> list[tuple]:
    return [(e["restriction"], e["platforms"]) for e in asserted(analyse(text, published="2023-03-15"))]


def test_a_measure_limited_to_apps_is_that_measure_not_a_slowdown(analyse):
    assert kinds(analyse, "The blocks were limited to Facebook and Signal in Chad on Tuesday.") == [("service_block", ["facebook", "signal"])]
    text = "Restrictions were at first limited to some social media sites but were widened later on Tuesday, leaving Chad largely offline, the monitor said."
    assert "throttling" not in [r for r, _ in kinds(analyse, text)]


def test_media_coordinated_over_one_internet_are_both_kinds(analyse):
    assert services(analyse, "Authorities suspended mobile and fixed internet in Howrah on Monday.") == [["fixed_internet", "mobile_internet"]]
    assert services(analyse, "Authorities suspended fixed and mobile internet in Howrah on Monday.") == [["fixed_internet", "mobile_internet"]]
    assert services(analyse, "Authorities suspended mobile internet in Howrah on Monday, but home broadband kept working.") == [["mobile_internet"]]


def test_internet_over_named_media_is_the_internet_of_each(analyse):
    text = "Internet services over mobile and wired links were shut in Howrah district on Monday."
    assert services(analyse, text) == [["fixed_internet", "mobile_internet"]]
    assert services(analyse, "Internet was cut in Howrah on Monday, while voice calls on mobile networks kept working.") == [["internet"]]


def test_a_sentence_that_calls_the_measure_communications_adds_no_services(analyse):
    text = ("Mobile internet in Quetta had been suspended since Wednesday evening on the orders of the provincial home department, officials said. "
            "Pakistan has restricted communications around political unrest before.")
    assert services(analyse, text) == [["mobile_internet"]]


def test_a_list_of_services_is_no_pair_of_internet_kinds(analyse):
    assert services(analyse, "Cellular, landline and broadband services were shut down in Tigray on Friday.") == [["fixed_internet", "voice_calls"]]
