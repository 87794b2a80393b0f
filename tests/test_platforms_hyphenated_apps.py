"""Social media written with a hyphen ("a social-media blackout") is
the same kind of apps as with a space: the tokenizer splits the hyphen off, and the APPS
patterns of services.jsonl let it stand between the two words."""

from tests.conftest import asserted


def test_a_hyphenated_social_media_blackout_is_a_block(analyse):
    text = "The regulator ordered a social-media blackout on Wednesday, a day before the vote in Kampala."
    [event] = asserted(analyse(text, published="2021-01-14"))
    assert (event["country"], event["restriction"], event["date_start"]) == ("UG", "service_block", "2021-01-13")

