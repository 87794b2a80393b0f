"""A measure told as like one in an earlier sentence, in other regions of the same country,
with no date or doer of its own, takes that measure's start and doers."""

from tests.conftest import asserted


def test_similar_notices_elsewhere_take_the_first_measures_start_and_doers(analyse):
    text = ("Last week, the Punjab home department announced that mobile internet would be switched off for two days. "
            "Officials in Sindh and Balochistan published similar notices at about the same time.")
    events = {e["province_code"]: e for e in asserted(analyse(text, published="2024-03-14"))}
    assert {code: events[code]["date_start"] for code in ("PK-SD", "PK-BA")} == {"PK-SD": "2024-03", "PK-BA": "2024-03"}
    assert "Punjab home department" in [a["name"] for a in events["PK-SD"]["actors"]]


def test_similar_notices_with_a_date_of_their_own_keep_it(analyse):
    text = ("Last week, the Punjab home department announced that mobile internet would be switched off for two days. "
            "Officials in Sindh published similar notices on Wednesday.")
    events = {e["province_code"]: e for e in asserted(analyse(text, published="2024-03-14"))}
    assert events["PK-SD"]["date_start"] == "2024-03-13"


def test_a_likeness_drawn_in_the_same_sentence_is_a_second_act(analyse):
    text = ("The Punjab government extended the suspension of mobile internet on Tuesday, "
            "while federal regulators ordered similar curbs in Sindh.")
    events = asserted(analyse(text, published="2024-03-14"))
    sindh = [e for e in events if e["province_code"] == "PK-SD"]
    assert all("Punjab government" not in [a["name"] for a in e["actors"]] for e in sindh)
