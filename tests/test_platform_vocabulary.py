"""The platform vocabulary (models/gazetteer/platforms.jsonl, issue 13): the apps, sites and
tools governments block around the world, each under the spec's one lowercase name, and no
ordinary word taken for one."""

import pytest

from conftest import asserted


def platforms(nlp, text):
    doc = nlp(text)
    return [(s.text, s.id_) for s in doc.spans["cutoff"] if s.label_ == "PLATFORM"]


@pytest.mark.parametrize("text, expected", [
    ("Vietnam's ministry ordered carriers to block Zalo and KakaoTalk.", [("Zalo", "zalo"), ("KakaoTalk", "kakaotalk")]),
    ("The regulator blocked Yandex, Mail.ru, OK.ru and LiveJournal.",
     [("Yandex", "yandex"), ("Mail.ru", "mail.ru"), ("OK.ru", "odnoklassniki"), ("LiveJournal", "livejournal")]),
    ("India banned SHAREit, CamScanner, UC Browser and Xender.",
     [("SHAREit", "shareit"), ("CamScanner", "camscanner"), ("UC Browser", "uc browser"), ("Xender", "xender")]),
    ("The authority blocked PUBG Mobile and Bigo Live.", [("PUBG Mobile", "pubg"), ("Bigo Live", "bigo live")]),
    ("The UAE lifted its ban on Botim calls.", [("Botim", "botim")]),
    ("CANTV blocked Microsoft Bing for an hour.", [("Microsoft Bing", "bing")]),
    ("A judge suspended Rumble across Brazil.", [("Rumble", "rumble")]),
    ("Users in China reach the LINE app through Astrill and LetsVPN.",
     [("LINE app", "line"), ("Astrill", "astrill"), ("LetsVPN", "letsvpn")]),
    ("Russia blocked the Steam store and Roblox.", [("Steam store", "steam"), ("Roblox", "roblox")]),
    ("The watchdog blocked Nord VPN and Express VPN.", [("Nord VPN", "nordvpn"), ("Express VPN", "expressvpn")]),
    ("The council kept Google Play and the Google Play Store closed.", [("Google Play", "google play"), ("Google Play Store", "google play")]),
])
def test_platforms_of_every_region_have_their_canonical_name(nlp, text, expected):
    assert platforms(nlp, text) == expected


def test_x_named_as_a_platform_is_twitter_also_at_the_end_of_a_sentence(nlp):
    # spaCy keeps a capital letter and its full stop as one token ("X.")
    assert [i for _, i in platforms(nlp, "The court suspended the social media platform X.")] == ["twitter"]
    assert [i for _, i in platforms(nlp, "Officials blocked Elon Musk’s X on Friday.")] == ["twitter"]


@pytest.mark.parametrize("text", [
    "The phone line was cut during the storm.",
    "Steam rose from the vents after the power was cut.",
    "Shelling along the Line of Control went on while the internet was cut.",
    "The outlook for the economy darkened after the network was cut.",
    "The army launched a counter-strike after mobile data was cut.",
    "In the next session, lawmakers voted to cut the budget for the wire service.",
    "Deforestation in the Amazon went on while the network was down.",
])
def test_ordinary_words_are_no_platforms(nlp, text):
    assert platforms(nlp, text) == []


def test_a_newly_listed_app_blocked_is_the_events_platform(analyse):
    (event,) = asserted(analyse("Pakistan's telecom authority blocked Bigo Live and Tinder on Monday.", published="2020-07-21"))
    assert event["restriction"] == "service_block"
    assert set(event["platforms"]) == {"bigo live", "tinder"}
    assert "platform" in event["services"]
