"""An internet word before "resources" only says what kind of resource it is ("the web
resources of the app"): the block is the owner's, no internet cut (`thing_nouns` in
`event_rules.json`, `trigger_objects.names_a_thing`)."""

from tests.conftest import asserted


def test_web_resources_of_an_app_restricted_are_no_internet_cut(analyse):
    text = ("On Monday the regulator in Belarus began restricting access to the web resources "
            "of the messaging company Viber.")
    events = [e["restriction"] for e in asserted(analyse(text, "2022-06-10"))]
    assert "network_shutdown" not in events
