"""Two readings that made events of no restriction: a handset a ban forbids is no network
cut, and apps blocked only by their kind give no `platform` service (spec 4.2: it goes with
named platforms)."""

from __future__ import annotations

from tests.conftest import asserted


def test_a_ban_on_handsets_in_schools_is_no_shutdown(analyse):
    text = "The board voted on Monday to ban mobile phones in most of the state's schools, citing pupils' concentration."
    assert asserted(analyse(text, published="2023-03-15")) == []


def test_a_ban_on_phone_service_is_still_a_cut(analyse):
    text = "The government banned mobile phone services in Quetta on Monday."
    assert [e["services"] for e in asserted(analyse(text, published="2023-03-15"))] == [["voice_calls"]]


def test_apps_blocked_by_kind_alone_name_no_platform_service(analyse):
    events = asserted(analyse("Officials in Chad blocked social media across the country on Monday.", published="2023-03-15"))
    assert [(e["restriction"], e["services"], e["platforms"]) for e in events] == [("service_block", [], [])]


def test_named_apps_keep_the_platform_service(analyse):
    events = asserted(analyse("Officials in Chad blocked social media, including WhatsApp, on Monday.", published="2023-03-15"))
    assert [(e["services"], e["platforms"]) for e in events] == [(["platform"], ["whatsapp"])]
