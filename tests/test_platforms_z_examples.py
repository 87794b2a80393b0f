"""Apps a measure names by their kind and then by example (`trigger_objects.crosses_clause`):
a participle that brings examples ("a shutdown of social media, including P and Q") and a
relative clause of the measure's noun saying what it reached ("a blackout that reached apps
such as P") leave the named apps the measure's platforms; a relative clause of any other
verb still puts its words in a clause of their own."""

from conftest import asserted


def test_apps_given_as_examples_after_including_are_the_blocked_platforms(analyse):
    (event,) = asserted(analyse("On Monday the regulator in Malawi imposed a shutdown of social media, including Facebook and Telegram.", published="2024-03-06"))
    assert event["restriction"] == "service_block"
    assert event["platforms"] == ["facebook", "telegram"]
    assert event["services"] == ["platform"]


def test_examples_hung_on_the_block_verb_are_its_platforms(analyse):
    (event,) = asserted(analyse("Authorities in Malawi blocked social media on Monday, including Facebook and Telegram.", published="2024-03-06"))
    assert event["platforms"] == ["facebook", "telegram"]


def test_apps_listed_in_a_relative_clause_of_the_blackout_are_its_platforms(analyse):
    text = "Malawians queued to vote on Monday under a social media blackout that hit services such as Instagram, Signal and YouTube."
    (event,) = asserted(analyse(text, published="2024-03-06"))
    assert event["platforms"] == ["instagram", "signal", "youtube"]


def test_an_app_excluded_by_example_word_stays_unblocked(analyse):
    (event,) = asserted(analyse("On Monday the regulator in Malawi ordered a block on social media, including Facebook, excluding Viber.", published="2024-03-06"))
    assert event["platforms"] == ["facebook"]


def test_a_relative_clause_of_another_verb_names_no_blocked_app(analyse):
    events = asserted(analyse("Malawi imposed a mobile data shutdown on Monday that activists denounced on Facebook.", published="2024-03-06"))
    assert [e["platforms"] for e in events] == [[]]


def test_an_app_a_measure_is_said_to_have_hit_is_its_platform(analyse):
    (event,) = asserted(analyse("Monitors said restrictions hit Signal in Malawi on Monday.", published="2024-03-06"))
    assert event["platforms"] == ["signal"]


def test_an_app_a_measure_noun_reached_in_a_participle_is_its_platform(analyse):
    (event,) = asserted(analyse("Metrics showed restrictions hitting Threads in Malawi overnight into Monday.", published="2024-03-06"))
    assert event["platforms"] == ["threads"]
