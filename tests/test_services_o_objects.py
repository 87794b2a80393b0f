"""Services and platforms read from what a trigger acts on (spec 4.2): a slowed phone
network is its data, a handset used or a data line is no phone network, lines said to
lose calls and data lost their own mobile service, apps that carried what was curbed are
no platforms blocked, and the use a verb blocks is its app's block."""

from __future__ import annotations

from tests.conftest import asserted


def kinds(analyse, text: str, published: str = "2023-03-15") -> list[tuple]:
    return [(e["restriction"], e["country"], e["services"], e["platforms"]) for e in asserted(analyse(text, published=published))]


def test_slowed_mobile_connections_are_mobile_data(analyse):
    text = "Regulators in Iran deliberately slowed mobile connections in Zahedan on Monday."
    assert [(r, s) for r, _, s, _ in kinds(analyse, text)] == [("throttling", ["mobile_internet"])]


def test_a_handset_people_use_is_no_phone_network(analyse):
    text = "Officials switched off the internet in Zahedan on Friday, which most families reach via their phones."
    assert [s for _, _, s, _ in kinds(analyse, text)] == [["internet"]]


def test_a_data_line_is_no_phone_line(analyse):
    text = "In Havana several bloggers said on Sunday that their mobile data lines had been cut by the state carrier."
    assert all("voice_calls" not in s for _, _, s, _ in kinds(analyse, text))


def test_lines_that_lose_calls_and_data_lost_their_mobile_service(analyse):
    text = "Ghana's regulator said on Monday that unverified SIMs will have outgoing calls and data barred for three days."
    assert [(r, s) for r, _, s, _ in kinds(analyse, text)] == [("subscriber_cutoff", ["mobile_service"])]


def test_apps_that_carried_the_rumours_were_not_blocked(analyse):
    text = ("The home department shut down mobile internet in Pune on Tuesday. "
            "It was done to curb circulation of doctored clips via social media and chat apps, the order said.")
    assert [r for r, _, _, _ in kinds(analyse, text)] == ["network_shutdown"]


def test_the_use_a_verb_blocks_is_a_block_of_the_app(analyse):
    assert kinds(analyse, "Uganda's regulator blocked the use of Telegram and Signal on Tuesday.") == [
        ("service_block", "UG", ["platform"], ["signal", "telegram"])]
    assert [(r, s) for r, _, s, _ in kinds(analyse, "Myanmar's junta imposed a ban on the use of VPNs on Tuesday.")] == [("service_block", ["vpn"])]


def test_a_use_punished_is_still_no_block(analyse):
    assert kinds(analyse, "Police in Tehran detained two students on Tuesday over their use of VPNs.") == []


def test_the_state_that_acted_is_the_place_not_an_example_before_it(analyse):
    text = "As messaging apps face scrutiny in several countries, including in Brazil, Kenya has restricted Telegram on exam day."
    assert [c for _, c, _, _ in kinds(analyse, text)] == ["KE"]
