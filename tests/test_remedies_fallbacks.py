"""Moving to another channel that still works is a way round the measure
(`linking/fallbacks.py`, the README's coding rule for `circumvention`)."""

from conftest import asserted


def test_switching_to_home_wifi_gets_round_a_mobile_data_cut(analyse):
    (event,) = asserted(analyse("Mobile data was cut across Gabon on Saturday. Many residents switched to home Wi-Fi.", published="2023-08-28"))
    assert event["remedies"] == ["circumvention"]


def test_traders_connecting_to_a_neighbours_broadband(analyse):
    (event,) = asserted(analyse(
        "Authorities in Assam suspended mobile internet on Sunday during the recruitment exam. Some shopkeepers "
        "said they kept trading by connecting their card machines to a neighbour's broadband.", published="2022-08-22"))
    assert event["remedies"] == ["circumvention"]


def test_the_body_moving_to_cut_another_channel_is_no_way_round(analyse):
    (event,) = asserted(analyse("Mobile data was cut across Gabon on Saturday. The regulator then moved to cut broadband too.", published="2023-08-28"))
    assert event["remedies"] == []


def test_businesses_that_depended_on_a_channel_took_no_step(analyse):
    (event,) = asserted(analyse(
        "Mobile data was cut across Gabon on Saturday. Shops that depended on landlines for card payments closed early.", published="2023-08-28"))
    assert event["remedies"] == []


def test_the_platform_blocked_is_no_channel_round_its_block(analyse):
    (event,) = asserted(analyse(
        "A judge ordered carriers to block WhatsApp across Brazil on Monday. Many people have come to rely on WhatsApp to send messages.",
        published="2016-05-03"))
    assert event["remedies"] == []


def test_people_urged_to_use_landlines_far_from_the_cut(analyse):
    (event,) = asserted(analyse(
        "Mobile data was cut across Tatarstan on Monday, residents said. The regional government called the step a defence "
        "against drones. \"The enemy must not be able to guide them,\" a deputy minister wrote. The governor urged people "
        "to use landline phones until further notice.", published="2025-06-03"))
    assert event["remedies"] == ["circumvention"]


def test_videos_sent_over_a_neighbours_wifi(analyse):
    (event,) = asserted(analyse(
        "Mobile data was cut across Gabon on Saturday. The regulator gave no reason. Monitors saw traffic fall by half. "
        "A baker said customers had been coming to his shop to send photos over his Wi-Fi.", published="2023-08-28"))
    assert event["remedies"] == ["circumvention"]


def test_people_using_a_platform_take_no_way_round(analyse):
    (event,) = asserted(analyse(
        "Mobile data was cut across Gabon on Saturday. Before the cut, many people used WhatsApp to share results.",
        published="2023-08-28"))
    assert event["remedies"] == []
