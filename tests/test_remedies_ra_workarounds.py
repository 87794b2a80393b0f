"""Ways round told where the measure is not named again. A sentence that says people
"keep talking without the internet" on an offline app names only what they lost; the loss
joins the measure that caused it, and the app it names is a way round that measure, in each
place the first sentence listed, not dropped with the loss (`linking/loss_remedies.py`).
A line or app that stays off "unless verified" tells of an ID check as the way back
(models/vocab/remedies.jsonl)."""

from __future__ import annotations


def remedies_by_place(analyse, text: str, published: str = "2024-05-10") -> dict:
    return {e["province_code"]: e["remedies"] for e in analyse(text, published=published) if e["status"] == "asserted"}


def test_an_offline_app_used_without_the_internet_gets_round_each_listed_cut(analyse):
    text = ("Officials switched off mobile internet in Sindh and Balochistan on Thursday ahead of the march. "
            "Organisers then showed marchers Bridgefy, a messenger that keeps working without the internet.")
    found = remedies_by_place(analyse, text)
    assert found == {"PK-SD": ["circumvention"], "PK-BA": ["circumvention"]}


def test_a_loss_without_a_way_round_adds_no_remedy(analyse):
    text = ("Officials switched off mobile internet in Sindh and Balochistan on Thursday ahead of the march. "
            "Shops in Quetta were left without the internet for the whole day.")
    assert all(r == [] for r in remedies_by_place(analyse, text).values())


def test_service_withheld_unless_verified_is_an_id_check(analyse):
    text = ("Mobile data was cut across Manipur on Monday. "
            "Data on prepaid connections will stay off unless verified by the operator.")
    assert remedies_by_place(analyse, text, "2023-05-10") == {"IN-MN": ["id_verification"]}
