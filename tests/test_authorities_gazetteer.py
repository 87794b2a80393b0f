"""Named telecom regulators and ministries of authorities.json beyond the first countries:
AUTHORITY spans with their kind and country, full names that win over a shorter name of
another country's body, and ambiguous names read by the article's country."""

from __future__ import annotations

import pytest

from conftest import asserted


def authorities(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(s.text, s.id_) for s in doc.spans["cutoff"] if s.label_ == "AUTHORITY"}


@pytest.mark.parametrize(("text", "name", "ident"), [
    ("Ghana's National Communications Authority told operators to restore data services.", "Ghana's National Communications Authority", "regulator|GH"),
    ("The Philippine Department of Information and Communications Technology asked carriers to switch off signals along the route.",
     "Philippine Department of Information and Communications Technology", "government|PH"),
    ("ZICTA warned service providers on Tuesday.", "ZICTA", "regulator|ZM"),
    ("Officials at Anatel met the operators in Brasília.", "Anatel", "regulator|BR"),
    ("The NBTC sent a letter to mobile operators.", "NBTC", "regulator|TH"),
    ("Kominfo said the measure was temporary.", "Kominfo", "government|ID"),
    ("The Georgian National Communications Commission published the list.", "Georgian National Communications Commission", "regulator|GE"),
    ("Uzbekistan's Ministry of Digital Technologies confirmed the outage.", "Uzbekistan's Ministry of Digital Technologies", "government|UZ"),
    ("TELCOR issued the order to cable companies.", "TELCOR", "regulator|NI"),
    ("Pakistan's interior ministry wrote to the regulator.", "Pakistan's interior ministry", "government|PK"),
    ("The Ministry of Posts and Telecommunications did not comment.", "Ministry of Posts and Telecommunications", "government|"),
])
def test_new_bodies_are_authorities_of_their_country(nlp, text, name, ident):
    assert (name, ident) in authorities(nlp, text)


def test_a_full_name_is_not_cut_to_another_country_s_shorter_name(nlp):
    spans = authorities(nlp, "The Malawi Communications Regulatory Authority ordered operators to suspend mobile internet.")
    assert spans == {("Malawi Communications Regulatory Authority", "regulator|MW")}


@pytest.mark.parametrize(("text", "country", "actor"), [
    ("The Malawi Communications Regulatory Authority ordered operators to suspend mobile internet on Monday.",
     "MW", "Malawi Communications Regulatory Authority"),
    ("MACRA told operators to suspend data services in Lilongwe on Monday.", "MW", "MACRA"),
    ("Chad's ARCEP ordered operators to cut access to social media on Monday.", "TD", "Chad's ARCEP"),
])
def test_the_event_is_placed_in_the_country_of_the_body_that_ordered_it(analyse, text, country, actor):
    (event,) = asserted(analyse(text, published="2024-03-14"))
    assert event["country"] == country
    assert (actor, "regulator") in [(a["name"], a["kind"]) for a in event["actors"]]


def test_a_name_several_countries_share_is_read_by_the_article_s_country(nlp, analyse):
    assert ("Telecommunications Regulatory Authority", "regulator|AE|BH|LB|OM") in authorities(nlp, "The Telecommunications Regulatory Authority replied.")
    text = "In Bahrain, the Telecommunications Regulatory Authority ordered operators to block Telegram on Monday."
    (event,) = asserted(analyse(text, published="2024-03-14"))
    assert event["country"] == "BH"


def test_organisations_jsonl_was_rebuilt_from_authorities_json():
    """The matcher reads the generated organisations.jsonl, not authorities.json: an edit
    of the hand-kept list needs `make gazetteer` (scripts/build_gazetteer.py) to count."""
    import importlib.util
    import json
    import sys

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = build  # its dataclasses look their module up
    spec.loader.exec_module(build)
    expected = list(build.pattern_lines("AUTHORITY", build.authority_phrases(build.HandData.load())))
    with open(ROOT / "models" / "gazetteer" / "organisations.jsonl", encoding="utf-8") as fh:
        generated = [line for line in map(json.loads, fh) if line["label"] == "AUTHORITY"]
    assert generated == expected
