"""A way back told inside a long "have ... back" clause ("have to report to a police
station to get their numbers back") keeps its remedy: the restoration phrase spans a few
words, not the whole clause, so it no longer swallows the remedy's span; and handing
something back ("asked reporters to hand back their permits") asks for no service."""

from tests.conftest import asserted


def test_a_police_visit_inside_a_get_back_clause_is_a_remedy(analyse):
    text = ("Carriers in Pakistan blocked thousands of SIM cards on Monday. "
            "Owners of the blocked lines have to report to a police station to get their numbers back.")
    [event] = asserted(analyse(text, published="2024-05-14"))
    assert event["remedies"] == ["police_station_visit"]


def test_handing_permits_back_is_no_request_for_service(analyse):
    text = ("Phone and internet links to the port city were cut on Tuesday. "
            "Officials asked most foreign reporters to hand back the passes that let them work there.")
    [event] = asserted(analyse(text, published="2023-09-20"))
    assert event["remedies"] == []
