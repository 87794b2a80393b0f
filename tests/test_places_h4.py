"""A sentence that names one region outside the clause of the cut, and nothing else, places
the cut there ("news out of Karakalpakstan slowed after the decision to cut ...")."""


def test_a_region_outside_the_clause_of_the_cut_places_it(analyse):
    text = "Getting news out of Karakalpakstan has grown harder since the government decided to cut mobile internet on June 27."
    [event] = [e for e in analyse(text) if e["status"] == "asserted"]
    assert (event["country"], event["province_code"]) == ("UZ", "UZ-QR")


def test_a_national_cut_keeps_no_region(analyse):
    text = "Getting news out of Karakalpakstan has grown harder since the government cut mobile internet across Uzbekistan on June 27."
    [event] = [e for e in analyse(text) if e["status"] == "asserted"]
    assert (event["country"], event["province_code"]) == ("UZ", None)


def test_a_region_given_as_an_example_does_not_place_the_cut(analyse):
    text = "Getting news out of the south of Iraq, including the Kurdistan region, grew harder after the ministry decided to cut the internet on June 27."
    [event] = [e for e in analyse(text) if e["status"] == "asserted"]
    assert (event["country"], event["province_code"]) == ("IQ", None)
