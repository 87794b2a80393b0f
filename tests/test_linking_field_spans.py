"""Field evidence (spec section 3): each value of an event with the words it came from."""

from __future__ import annotations

TEXT = ("The Pakistan Telecommunication Authority (PTA) ordered operators to suspend mobile internet and block "
        "WhatsApp in Balochistan on Friday, citing security. Users turned to VPNs.")


def test_each_value_points_at_its_words(analyse):
    events = {e["restriction"]: e for e in analyse(TEXT, published="2024-03-14") if e["status"] == "asserted"}
    block = events["service_block"]
    words = {(f["field"], f["value"]): TEXT[f["start"]:f["end"]] for f in block["field_spans"]}
    assert words[("platform", "whatsapp")] == "WhatsApp"
    assert words[("place", "PK-BA")] == "Balochistan"
    assert words[("date", "2024-03-08")] == "Friday"
    assert words[("trigger", "service_block")] == "block"
    assert "VPNs" in words[("remedy", "circumvention")]
    assert TEXT[slice(*next((f["start"], f["end"]) for f in block["field_spans"] if f["field"] == "actor"))] in ("Pakistan Telecommunication Authority", "PTA")
    shutdown = events["network_shutdown"]
    assert ("service", "mobile_internet") in {(f["field"], f["value"]) for f in shutdown["field_spans"]}
    assert ("platform", "whatsapp") not in {(f["field"], f["value"]) for f in shutdown["field_spans"]}
