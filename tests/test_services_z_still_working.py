"""A service said to be still working beside a measure (`trigger_objects.still_working`):
"fibre still active" in a headline is what the cut left alone; a state word before
the noun only describes the service, and a negated one says it is gone."""

from conftest import asserted


def test_a_service_still_active_in_a_headline_is_no_object_of_the_cut(analyse):
    (event,) = asserted(analyse("Mobile data, messaging apps stay shut in Sudan; fibre active for now", published="2023-04-20"))
    assert event["services"] == ["mobile_internet"]


def test_a_state_word_before_the_service_only_describes_it(analyse):
    (event,) = asserted(analyse("Officials cut all available internet services in Khartoum on Wednesday.", published="2023-04-20"))
    assert event["services"] == ["internet"]


def test_a_service_no_longer_available_was_cut(analyse):
    (event,) = asserted(analyse("Mobile data and fibre were cut in Khartoum on Wednesday; fibre is no longer available.", published="2023-04-20"))
    assert event["services"] == ["fixed_internet", "mobile_internet"]
