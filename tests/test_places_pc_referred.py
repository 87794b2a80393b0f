"""A measure placed by "the state", "the region" or "the city" is in the one region of its
country the article names, even when that name sits only inside a body's name."""


def places(analyse, text: str, published: str = "2023-03-14") -> list[tuple]:
    return sorted(((e["country"], e["province_code"]) for e in analyse(text, published=published) if e["status"] == "asserted"), key=str)


def test_the_state_points_back_to_the_region_that_names_a_court(analyse):
    text = ("The Jharkhand High Court on Monday asked the government to explain under which rule mobile data in the state "
            "was switched off for six hours during a recruitment test.")
    assert places(analyse, text) == [("IN", "IN-JH")]


def test_the_region_points_back_to_the_region_named_in_a_government_s_name(analyse):
    text = ("Officials of the Tigray interim administration met aid agencies on Monday. "
            "Phone and internet services across the region were cut on Friday, residents said.")
    assert places(analyse, text) == [("ET", "ET-TI")]


def test_the_city_points_back_to_the_one_city_the_report_names(analyse):
    text = ("Lawyers for a digital rights group went to court in Kolkata last week. "
            "Their petition says the order that switched off telecom services in the city on Friday broke the rules.")
    assert places(analyse, text) == [("IN", "IN-WB")]


def test_the_state_stays_unresolved_when_the_report_names_two_states(analyse):
    text = ("Officials in Bihar and Jharkhand met on Monday. "
            "Mobile data in the state was switched off for six hours on Sunday, a notice said.")
    assert all(code is None for _, code in places(analyse, text))


def test_the_neighbouring_state_points_nowhere(analyse):
    text = ("The Jharkhand High Court heard a plea on Monday. "
            "Mobile data in the neighbouring state was switched off for six hours on Sunday, a notice said.")
    assert ("IN", "IN-JH") not in places(analyse, text)


def test_the_state_as_the_polity_places_nothing(analyse):
    text = ("Opposition marches filled the streets of Conakry on Wednesday. "
            "A media union said the blocking of news websites that day showed fear at the top of the state.")
    assert ("GN", "GN-C") not in places(analyse, text)


def test_a_definite_noun_points_back_to_where_the_report_named_it(analyse):
    text = ("Officials in Dhaka said on Tuesday that talks with Myanmar had stalled. "
            "Mobile data was cut on Monday in the refugee camps of Teknaf. "
            "The regulator had already ordered carriers on August 28 to stop all phone service in the camps.")
    assert places(analyse, text) == [("BD", "BD-B"), ("BD", "BD-B")]


def test_the_state_points_back_to_a_region_opening_a_name_the_ner_tagged(analyse):
    text = ("The Odisha High Court on Tuesday sought the state government's reply to a petition from a lawyers' group. "
            "Mobile internet in the state had been suspended for twelve hours on Sunday to stop cheating in a police recruitment test.")
    assert places(analyse, text) == [("IN", "IN-OD")]


def test_a_measure_after_a_lead_that_told_it_as_a_decision_keeps_the_lead_s_region(analyse):
    text = ("The Jharkhand High Court on Monday sought a reply from the state government over its decision to cut the internet "
            "across the state during a recruitment test. "
            "The home department had ordered the suspension of mobile data from 8 am to noon on Sunday.")
    assert places(analyse, text) == [("IN", "IN-JH")]


def test_the_state_government_of_a_report_naming_two_states_is_the_lead_s(analyse):
    text = ("Mobile data came back in Assam on Friday after nine days, a day after the high court told officials to lift the order. "
            "Judges said a shutdown brings daily life to a halt. "
            "A separate plea over the long cut in Jammu and Kashmir is still pending before the Supreme Court. "
            "The state government had suspended mobile internet on the evening of December 11 after violent protests.")
    assert places(analyse, text) == [("IN", "IN-AS")]
