""""Obstruct" is a restriction verb like "block" (`triggers.jsonl` verb pattern, its forms
in `triage.json`)."""

from tests.conftest import asserted


def test_apps_an_operator_obstructed_are_blocked(analyse):
    text = "The state operator in Laos obstructed Viber and Skype on Thursday."
    events = [(e["restriction"], e["platforms"]) for e in asserted(analyse(text, "2022-06-10"))]
    assert events == [("service_block", ["skype", "viber"])]
