"""'Telephony' is phone service: "mobile telephony was suspended" is an area's phone network cut
(voice calls, spec 4.2), and triage lets such an article through."""

from __future__ import annotations

from pipeline.triage import default_triage


def test_mobile_telephony_cut_in_a_district_is_a_phone_network_shutdown(analyse):
    text = "The administration suspended mobile telephony and internet services in Anantnag district on Monday."
    assert default_triage().is_candidate(text)
    events = [e for e in analyse(text, published="2021-09-03") if e["status"] == "asserted"]
    assert [(e["restriction"], e["services"], e["province_code"], e["date_start"]) for e in events] == [
        ("network_shutdown", ["internet", "voice_calls"], "IN-JK", "2021-08-30")]


def test_telephony_alone_is_enough():
    assert default_triage().is_candidate("Telephony was cut across the region on Friday.")
