"""Place and scope rules of argument linking, on small Docs of the project's pipeline."""

from pipeline.components.linking.places import (
    country_of, deictic, foreign, home_country, is_location, locate, pick, region_cuts,
)
from pipeline.components.linking.datelines import dateline_end
from pipeline.components.linking.records import Mention


def span(ctx, text):
    return next(s for s in ctx.all_spans if s.text == text)


def test_country_of_a_code(read):
    _, ctx = read("Nothing happened.")
    assert country_of("CN-XJ", ctx.regions) == "CN"
    assert country_of("IN", ctx.regions) == "IN"
    assert country_of("", ctx.regions) is None
    assert country_of("government", ctx.regions) is None


def test_home_country_is_the_most_named(read):
    doc, ctx = read("Tehran and Isfahan lost mobile data. Iran blamed protests; France protested.")
    assert home_country(list(doc.spans["cutoff"]), ctx.regions) == "IR"


def test_an_ambiguous_region_is_the_one_the_article_names_most(read):
    _, pakistan = read("Mobile internet was suspended in Punjab on Monday. Lahore was hit hardest.")
    assert pick("IN-PB|PK-PB", pakistan) == "PK-PB"
    _, india = read("Mobile internet was suspended in Punjab on Monday. Amritsar was hit hardest.")
    assert pick("IN-PB|PK-PB", india) == "IN-PB"
    assert pick("CN-XJ", india) == "CN-XJ"


def test_places_that_are_no_place_of_the_measure(read):
    _, ctx = read("Hunan Mobile blocked calls to Taiwan. A Lagos court upheld it. Users in Xinjiang were cut off.")
    assert not is_location(span(ctx, "Taiwan"), ctx)  # where calls go
    assert not is_location(span(ctx, "Lagos"), ctx)  # where a court sits
    assert is_location(span(ctx, "Xinjiang"), ctx)
    _, based = read("Kazan-based users were cut off.")
    assert not is_location(span(based, "Kazan"), based)


def test_a_region_of_a_country_the_article_never_names_is_foreign(read):
    _, ctx = read("Authorities in Iran cut mobile internet in Tehran and in Kerala.")
    assert not foreign(span(ctx, "Tehran"), ctx)
    assert foreign(span(ctx, "Kerala"), ctx)  # India is never named


def test_several_regions_in_the_triggers_clause_cut_the_sentence(read):
    doc, ctx = read("Shandong imposed the block on February 3, Hunan last October, and Sichuan in July.", published="2022-04-10")
    cuts = region_cuts(ctx.triggers, ctx.spans, ctx)
    assert [doc[i].text for i in cuts] == ["Hunan", "Sichuan"]
    _, one = read("Shandong Mobile blocked calls in Shandong on February 3.")
    assert region_cuts(one.triggers, one.spans, one) == []


def locate_in(read, text):
    doc, ctx = read(text)
    [sent] = doc.sents
    trig = ctx.triggers[0]
    m = Mention(status="asserted", sent=sent, start=sent.start, end=sent.end, triggers=[trig])
    locate(m, [trig], ctx.spans, ctx.spans, ctx)
    return m


def test_a_city_gives_region_country_and_city(read):
    m = locate_in(read, "Police cut off phone lines in Kashgar on Monday.")
    assert (m.region, m.country, m.city) == ("CN-XJ", "CN", "Kashgar")


def test_a_regional_carrier_gives_its_region(read):
    m = locate_in(read, "Fujian Mobile suspended text messages from overseas numbers.")
    assert (m.region, m.country, m.city, m.international) == ("CN-FJ", "CN", None, True)


def test_a_country_named_as_the_scope_is_national(read):
    m = locate_in(read, "Authorities blocked Instagram across Iran.")
    assert (m.region, m.country, m.named_country) == (None, "IR", True)
    nationwide = locate_in(read, "Authorities in Iran blocked Instagram nationwide.")
    assert nationwide.national and nationwide.country == "IR"


def test_hong_kong_as_the_far_end_of_calls_makes_them_international_in_china(read):
    m = locate_in(read, "In China, Guangdong Mobile blocked Macao calls.")
    assert (m.international, m.region, m.country) == (True, "CN-GD", "CN")
    elsewhere = locate_in(read, "In Malaysia, Maxis blocked Macao calls.")
    assert not elsewhere.international


def test_here_and_this_city_point_to_the_dateline(read):
    doc, ctx = read("Mobile data was cut across this far-western city. The cut here lasted days. This week was calm.")
    first, second, third = doc.sents
    assert deictic(first, ctx.rules) and deictic(second, ctx.rules)
    assert not deictic(third, ctx.rules)


def test_a_dateline_ends_where_the_story_begins(read):
    doc, _ = read("BEIJING, June 9 (Asia Wire) - Authorities cut mobile internet.")
    assert doc.text[dateline_end(doc):].startswith("Authorities")
    plain, _ = read("Authorities cut mobile internet - and phone lines - on Monday.")
    assert dateline_end(plain) == 0


def asserted_places(analyse, text: str, published: str = "2024-03-14") -> list[tuple]:
    return sorted((e["country"], e["province_code"], e["date_start"]) for e in analyse(text, published=published) if e["status"] == "asserted")


def test_regions_named_as_one_list_are_one_event_each_with_the_sentence_date(analyse):
    assert asserted_places(analyse, "Mobile internet was cut in the Tula, Kursk and Belgorod regions on Tuesday.") == [
        ("RU", "RU-BEL", "2024-03-12"), ("RU", "RU-KRS", "2024-03-12"), ("RU", "RU-TUL", "2024-03-12")]


def test_regions_of_clauses_of_their_own_keep_their_own_dates(analyse):
    text = "Liaoning Unicom imposed the block on international calls on January 25, and Guizhou Unicom last November."
    assert {p[1]: p[2] for p in asserted_places(analyse, text, "2022-05")} == {"CN-LN": "2022-01-25", "CN-GZ": "2021-11"}


def test_districts_of_one_state_are_one_event_for_the_state(analyse):
    assert asserted_places(analyse, "Mobile internet was suspended in Sirsa and Fatehabad districts on Tuesday.") == [("IN", "IN-HR", "2024-03-12")]


def test_a_demonym_before_a_place_noun_places_the_measure_and_one_of_people_does_not(analyse):
    assert asserted_places(analyse, "Authorities shut down mobile internet in Kashmiri towns on Tuesday.") == [("IN", "IN-JK", "2024-03-12")]
    text = "Iran blocked Instagram across the country on Wednesday as protests over the death of a Kurdish woman spread."
    assert [p[1] for p in asserted_places(analyse, text)] == [None]


def test_a_place_inside_a_longer_name_is_no_place_of_the_measure(analyse):
    text = "Iran blocked WhatsApp nationwide on Wednesday, the Fars news agency reported."
    assert [p[:2] for p in asserted_places(analyse, text)] == [("IR", None)]


def test_a_national_measure_is_not_pinned_to_the_place_of_what_happened_around_it(analyse):
    text = "Access to X and YouTube was restricted across Turkey on Wednesday, hours after an attack outside Ankara."
    assert [p[:2] for p in asserted_places(analyse, text)] == [("TR", None)]
    text = "The state provider blocked YouTube on Saturday as the opposition leader addressed a rally in Caracas."
    assert [p[1] for p in asserted_places(analyse, text)] == [None]


def test_a_region_in_a_clause_of_its_own_can_still_be_the_measure_place(analyse):
    text = "Mobile internet was suspended on Monday as clashes spread in Manipur."
    assert [p[1] for p in asserted_places(analyse, text)] == ["IN-MN"]


def test_connections_to_a_city_of_the_country_were_cut_there_and_a_witness_home_is_no_place(analyse):
    text = "DERNA, Libya - Telephone and internet connections to Derna were severed early on Tuesday, officials in Libya said."
    assert [p[:2] for p in asserted_places(analyse, text)] == [("LY", "LY-DR")]
    text = ("Rofino Fiel, a driver in Maputo, says mobile internet was switched off across Mozambique every evening "
            "from November 3.")
    assert [p[:2] for p in asserted_places(analyse, text)] == [("MZ", None)]


def test_a_region_of_its_own_country_is_a_place_but_a_region_of_a_region_is_not(analyse):
    events = [e for e in analyse("The government switched off internet services in the Oromia region of Ethiopia on Friday.", published="2023-03-10")
              if e["status"] == "asserted"]
    assert [e["province_code"] for e in events] == ["ET-OR"]


def test_the_seat_of_an_embassy_or_office_is_no_place_of_the_measure(analyse):
    text = ("A notice from the Swedish consulate in Lagos says the Nigerian government has cut phone and internet "
            "service in Borno and Yobe states since March 4, 2024.")
    assert asserted_places(analyse, text) == [("NG", "NG-BO", "2024-03-04"), ("NG", "NG-YO", "2024-03-04")]
    text = "The embassy of Norway in Harare, Zimbabwe reported that the government had blocked WhatsApp across the country on Monday."
    assert [p[:2] for p in asserted_places(analyse, text)] == [("ZW", None)]


def test_a_part_of_the_country_is_the_one_region_of_it_the_article_names(analyse):
    text = ("Security forces cut mobile internet around a monastery in north-western China on Sunday after a protest. "
            "Officials in Qinghai province's Golog prefecture also closed the schools.")
    assert [p[:2] for p in asserted_places(analyse, text, "2023-06-20")] == [("CN", "CN-QH")]
    text = ("Security forces cut mobile internet in western China on Sunday. "
            "Officials in Qinghai and Gansu also closed the schools.")
    assert [p[:2] for p in asserted_places(analyse, text, "2023-06-20")] == [("CN", None)]  # which of the two is unsaid


def test_a_capital_that_speaks_or_feels_is_its_government_not_a_place(analyse):
    text = "Ethiopia switched off mobile data in Tigray on Friday as Addis Ababa grows impatient with the rebels."
    assert [p[:2] for p in asserted_places(analyse, text, "2021-07-03")] == [("ET", "ET-TI")]
    text = "China blocked Telegram in Xinjiang on Monday, and Beijing insists the app spreads extremism."
    assert [p[:2] for p in asserted_places(analyse, text, "2021-07-03")] == [("CN", "CN-XJ")]


def test_an_explicit_country_beats_the_gazetteer_country_of_a_body(analyse):
    text = "The Malawi Communications Regulatory Authority told providers to block Snapchat on Monday."
    assert [p[:2] for p in asserted_places(analyse, text, "2023-05-10")] == [("MW", None)]  # the name's own country
    text = "The Communications Regulatory Authority directed providers in Malawi to block Snapchat on Monday."
    assert [p[:2] for p in asserted_places(analyse, text, "2023-05-10")] == [("MW", None)]  # the gazetteer's is Iran's


def test_a_place_of_another_action_beside_the_cut_is_no_place_of_it(analyse):
    text = "Crowds gathered in Kampala on Monday. Troops cut mobile data and sealed the roads that lead into Kampala."
    assert [p[:2] for p in asserted_places(analyse, text, "2023-05-10")] == [("UG", None)]
    text = "Troops cut mobile data in Kampala and sealed the roads on Monday."
    assert [p[:2] for p in asserted_places(analyse, text, "2023-05-10")] == [("UG", "UG-C")]


def test_the_state_government_is_that_of_the_one_state_the_article_names(analyse):
    text = ("A Bihar police officer said the recruitment board wanted the step. During the written test, "
            "the State government suspended mobile internet for four hours on Sunday.")
    assert [p[:2] for p in asserted_places(analyse, text, "2023-03-13")] == [("IN", "IN-BR")]
    text = ("Officers from Bihar and Assam said the board wanted the step. During the written test, "
            "the State government suspended mobile internet for four hours on Sunday.")
    assert [p[1] for p in asserted_places(analyse, text, "2023-03-13")] == [None]  # which of the two is unsaid


def test_a_country_that_cuts_is_the_actor_and_the_scope_is_told_later(analyse):
    text = ("Myanmar cut mobile internet in refugee camps on Tuesday. The junta told operators to switch off "
            "mobile data in the camps in Sittwe.")
    assert [p[:2] for p in asserted_places(analyse, text, "2023-05-10")] == [("MM", "MM-16")]


def test_a_place_heading_the_line_before_a_colon_gives_way_to_across_the_country(analyse):
    text = "Internet slowed\nTamale: Mobile data across the country has been slowed for two days on the regulator's orders, operators said."
    events = [e for e in analyse(text, published="2021-06-08") if e["status"] == "asserted"]
    assert [(e["country"], e["province_code"]) for e in events] == [("GH", None)]
