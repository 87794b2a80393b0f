"""A measure said once in passing, with no date, doer or place of its own, is an aside and
no event (pipeline/components/linking/asides.py); one told with any of them stays."""

from tests.conftest import asserted


def test_talk_of_shutdowns_in_general_beside_a_report_is_no_event(analyse):
    text = ("The Kenyan regulator has ordered Telegram blocked, a monitor said. "
            "Critics say internet shutdowns can no longer be treated as a first response.")
    events = asserted(analyse(text, published="2024-03-06"))
    assert [(e["restriction"], e["platforms"]) for e in events] == [("service_block", ["telegram"])]


def test_a_lone_measure_with_a_place_of_its_own_stays(analyse):
    text = "The internet was shut down in Kerala."
    events = asserted(analyse(text, published="2024-03-06"))
    assert [e["province_code"] for e in events] == ["IN-KL"]


def test_a_lone_measure_someone_is_said_to_do_stays(analyse):
    text = ("The Kenyan regulator has ordered Telegram blocked, a monitor said. "
            "Critics say they switched off the internet as well.")
    events = asserted(analyse(text, published="2024-03-06"))
    assert sorted(e["restriction"] for e in events) == ["network_shutdown", "service_block"]


def test_the_rule_reads_date_doer_and_place():
    from pipeline.components.linking.asides import lone_aside
    bare = {"status": "asserted", "evidence": [{"text": "x"}], "date_start": None, "actors": [], "platforms": [], "field_spans": []}
    assert lone_aside(bare)
    assert not lone_aside(bare | {"date_start": "2024-03"})
    assert not lone_aside(bare | {"actors": [{"name": "police"}]})
    assert not lone_aside(bare | {"field_spans": [{"field": "place"}]})
    assert not lone_aside(bare | {"evidence": [{"text": "x"}, {"text": "y"}]})
    assert not lone_aside(bare | {"status": "hypothetical"})
    assert not lone_aside(bare | {"platforms": ["telegram"]})
