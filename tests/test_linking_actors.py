"""Actors read over the whole article (linking/actors.py): generic names resolved to the
body the article names, the state when the country itself is the subject."""

from __future__ import annotations


def actors_of(analyse, text: str) -> list[list[tuple[str, str]]]:
    return [[(a["name"], a["kind"]) for a in e["actors"]] for e in analyse(text, published="2024-03-14") if e["status"] == "asserted"]


def test_a_country_as_the_subject_of_the_cut_is_its_government(analyse):
    assert actors_of(analyse, "Iran cut the internet on Wednesday as protests spread.") == [[("Iran government", "government")]]


def test_the_bare_government_is_the_country_government_but_a_state_government_stays(analyse):
    assert actors_of(analyse, "The government suspended mobile internet in Tigray on Monday.") == [[("Ethiopia government", "government")]]
    assert actors_of(analyse, "The Haryana government suspended mobile internet in Sirsa on Monday.") == [[("Haryana government", "government")]]


def test_the_regulator_is_the_regulator_the_article_names(analyse):
    text = ("The Pakistan Telecommunication Authority met operators on Friday. "
            "On Saturday the regulator blocked WhatsApp in Balochistan, officials said.")
    assert actors_of(analyse, text) == [[("Pakistan Telecommunication Authority", "regulator")]]


def test_authorities_stay_as_written(analyse):
    assert actors_of(analyse, "Authorities shut down mobile data in Manipur on Monday.") == [[("Authorities", "government")]]


def test_a_law_name_gives_no_service_and_throttled_is_throttling(analyse):
    (event,) = [e for e in analyse("Under the 2013 Communications Act, Pakistan blocked WhatsApp last week.", published="2024-03-14") if e["status"] == "asserted"]
    assert (event["restriction"], event["services"], event["platforms"]) == ("service_block", ["platform"], ["whatsapp"])
    (event,) = [e for e in analyse("Turkey throttled access to Twitter after the bombing on Sunday.", published="2024-03-14") if e["status"] == "asserted"]
    assert event["restriction"] == "throttling"


def test_a_body_that_ordered_the_cut_in_another_sentence_is_its_actor(analyse):
    text = ("Mobile data was cut across Chittagong division on Thursday. "
            "The Bangladesh Telecommunication Regulatory Commission had ordered operators to stop 3G and 4G services, an official said.")
    assert actors_of(analyse, text) == [[("Bangladesh Telecommunication Regulatory Commission", "regulator")]]



def test_a_body_of_another_country_that_ordered_something_is_not_credited(analyse):
    text = ("Mobile data was cut across Bangladesh on Thursday. "
            "In neighbouring India, the Ministry of Electronics and Information Technology ordered operators to block TikTok.")
    bd = [e for e in analyse(text, published="2024-03-14") if e["status"] == "asserted" and e["country"] == "BD"]
    assert [e["actors"] for e in bd] == [[]]


def test_a_body_a_report_is_credited_to_is_no_actor(analyse):
    text = "According to officials of the Pakistan Telecommunication Authority, mobile internet was suspended in Quetta on Monday."
    assert actors_of(analyse, text) == [[]]
    text = "Vodafone said in a statement: 'The authorities have cut mobile internet nationwide since Monday.'"
    assert actors_of(analyse, text) == [[("authorities", "government")]]


def test_the_government_of_a_region_is_that_region_government(analyse):
    text = "The government of Haryana announced on Monday that mobile internet had been suspended in Nuh district."
    assert actors_of(analyse, text) == [[("Haryana government", "government")]]


def test_who_is_told_to_carry_out_an_order_or_asked_to_comply_is_no_actor(analyse):
    text = ("Mobile internet was suspended in Peshawar on Monday. "
            "The government of Khyber Pakhtunkhwa instructed the police and relevant authorities to ensure the order is implemented.")
    assert actors_of(analyse, text) == [[("Khyber Pakhtunkhwa government", "government")]]
    text = "Mobile internet was suspended in Lahore on Monday. Under the order, service could return if Jazz complies with the new rules."
    assert actors_of(analyse, text) == [[]]


def test_who_says_it_carried_out_an_order_is_an_actor(analyse):
    text = "Mobile internet was suspended in Lahore on Monday. Jazz and Telenor confirmed they had received the directive and complied with it."
    assert actors_of(analyse, text) == [[("Jazz", "carrier"), ("Telenor", "carrier")]]


def test_initials_of_a_named_body_are_that_body(analyse):
    text = ("The Uganda Communications Commission met operators on Friday. "
            "On Saturday the UCC cut mobile internet in Kampala.")
    assert actors_of(analyse, text) == [[("Uganda Communications Commission", "regulator")]]


def test_passive_agents_and_their_conjuncts_are_actors(analyse):
    assert actors_of(analyse, "Mobile internet was switched off by the army in Khartoum on Monday.") == [[("army", "military")]]
    text = "Mobile internet was cut in Accra on Monday by providers Vodafone and GhanaNet."
    assert actors_of(analyse, text) == [[("Vodafone", "carrier"), ("GhanaNet", "carrier")]]
    text = "Mobile internet was cut in Yangon on Monday by the country's new rulers, the military."
    assert actors_of(analyse, text) == [[("military", "military")]]


def test_bare_authorities_beside_the_named_government_are_that_government(analyse):
    text = "The Kazakh government cut mobile internet in Almaty on Monday, and the authorities also cut fixed lines there."
    assert [[n for n, _ in actors] for actors in actors_of(analyse, text)] == [["Kazakh government"]]


def test_a_state_spelled_by_its_name_and_by_its_demonym_is_one_actor(analyse):
    text = "Mali's government cut mobile internet on Friday. The Malian government said the cut was needed for security."
    assert actors_of(analyse, text) == [[("Mali government", "government")]]


def test_a_possessive_country_of_two_words_names_the_government_whole(analyse):
    (event,) = [e for e in analyse("Costa Rica's government switched off mobile data nationwide on Friday.", published="2021-06-08") if e["status"] == "asserted"]
    assert (event["country"], [a["name"] for a in event["actors"]]) == ("CR", ["Costa Rica government"])


def test_a_body_that_rescinded_an_order_about_buses_gave_no_order_of_the_cut(analyse):
    text = ("The home department ordered a week-long mobile data blackout in Sindh from Nov. 10. "
            "On Tuesday the Provincial Transport Authority announced a two-day suspension of public transport before withdrawing the order.")
    (event,) = [e for e in analyse(text, published="2021-11-11") if e["status"] == "asserted"]
    assert [a["name"] for a in event["actors"]] == ["home department"]
