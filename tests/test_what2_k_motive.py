"""What a block blocks (helper what2): the platform a block is done to enforce a ban on is
that ban's, not one more platform of the block; the owner of the addresses blocked is no
platform blocked."""

from __future__ import annotations

from conftest import asserted


def blocked(analyse, text):
    return sorted((e["services"], e["platforms"]) for e in asserted(analyse(text)))


def test_a_block_done_to_enforce_a_ban_does_not_take_the_banned_app(analyse):
    assert blocked(analyse, "Kenya blocks VPNs to enforce its ban on Signal") == [(["platform"], ["signal"]), (["vpn"], [])]


def test_banning_an_app_by_blocking_vpns_is_two_measures(analyse):
    text = "Kenya has answered the trouble of banning Signal by blocking over 2 million IP addresses and some 30 services including VPNs and proxies."
    assert blocked(analyse, text) == [(["platform"], ["signal"]), (["vpn"], [])]


def test_coordinated_blocks_are_still_one_measure(analyse):
    assert blocked(analyse, "Kenya blocked Facebook and banned Twitter.") == [(["platform"], ["facebook", "twitter"])]


def test_the_owner_of_blocked_addresses_is_no_platform(analyse):
    text = "Kenya's regulator banned Signal on Monday. Kenya then blocked Google and Oracle-owned IP addresses that Signal relied on to keep running there."
    assert blocked(analyse, text) == [(["platform"], ["signal"])]


def test_the_owner_of_blocked_addresses_is_no_platform_when_hyphenated(analyse):
    text = "Kenya's regulator banned Signal on Monday. Kenya then blocked Google-owned IP addresses that Signal relied on."
    assert blocked(analyse, text) == [(["platform"], ["signal"])]


def test_platforms_users_only_cannot_reach_are_not_the_ban_s(analyse):
    text = ("Kenya's regulator banned Signal on 16 April. \"We know of reports that some users in Kenya are unable "
            "to access some Google products,\" a Google spokesperson said.")
    events = blocked(analyse, text)
    assert (["platform"], ["signal"]) in events and all(p != ["google", "signal"] for _, p in events)


def test_a_platform_users_cannot_reach_beside_the_blocked_one_stays_in_the_block(analyse):
    text = "Kenya's regulator blocked Facebook on Monday. Users were also unable to access Facebook and Instagram."
    assert blocked(analyse, text) == [(["platform"], ["facebook", "instagram"])]
