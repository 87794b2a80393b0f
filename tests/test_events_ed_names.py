"""Words that belong to a name are no facts of the measure: the year in a law's name dates
nothing (dates.DateStage.in_a_name, time_words law_nouns), a service word that says what a
carrier is names nothing cut (trigger_objects.describes_carrier), and a place name listed
among apps is one more app (gazetteer.in_app_list)."""

from spacy.tokens import Span

from tests.conftest import asserted


def test_the_year_of_a_rule_in_its_name_dates_nothing(analyse):
    text = ("Under the Telecom Suspension Rule, 2017, the Assam home department halted mobile internet across "
            "the state on August 21 for two hours.")
    events = asserted(analyse(text, published="2022-08-23"))
    assert [(e["province_code"], e["date_start"]) for e in events] == [("IN-AS", "2022-08-21")]


def test_the_year_of_a_bill_in_its_name_dates_nothing(analyse):
    text = "The Kenya Information and Communications Amendment Bill 2024 was cited when Safaricom blocked Telegram on August 21."
    events = asserted(analyse(text, published="2024-08-03"))
    assert [(e["country"], e["date_start"]) for e in events] == [("KE", "2023-08-21")]  # the last August 21, not one to come


def test_a_carrier_called_a_telecom_cuts_no_telecoms(analyse):
    text = "State-run telecom Ethio Telecom blocked Telegram on Monday, users said."
    events = asserted(analyse(text, published="2022-08-23"))
    assert [(e["restriction"], e["platforms"]) for e in events] == [("service_block", ["telegram"])]


def test_a_place_name_listed_among_apps_is_no_place(nlp):
    from pipeline.components.gazetteer import _apps_not_places, in_app_list

    doc = nlp("Users said that Viber, Telegram and Imo still work, unlike in Owerri and Imo.")
    apps = {t.i for s in doc.spans["cutoff"] if s.label_ == "PLATFORM" for t in s}
    listed = next(Span(doc, t.i, t.i + 1, label="REGION") for t in doc if t.text == "Imo")
    placed = Span(doc, len(doc) - 2, len(doc) - 1, label="REGION")
    assert placed.text == "Imo"
    assert in_app_list(listed, apps)
    assert not in_app_list(placed, apps)  # listed with a city, it is the state
    platforms = [s for s in doc.spans["cutoff"] if s.label_ == "PLATFORM"]
    kept = _apps_not_places([*platforms, listed, placed])
    assert placed in kept and listed not in kept
