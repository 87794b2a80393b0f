"""A measure told with no place and an earlier date of its own, in a report on several
regions, is the country's background measure, not one more in the region named last; in
a report on one region it stays that region's."""


def places_of(analyse, text: str, published: str) -> list[tuple]:
    return sorted({(e["country"], e["province_code"], e["date_start"]) for e in analyse(text, published=published) if e["status"] == "asserted"}, key=str)


def test_an_earlier_unplaced_measure_in_a_report_on_several_regions_is_national(analyse):
    text = ("Mobile data was switched off in Mandalay Region on 14 May, residents said.\n\n"
            "In Chin State, mobile data has been cut in Falam since 20 May.\n\n"
            "The junta has shut the internet off again and again since it took power in February.")
    events = places_of(analyse, text, "2021-05-25")
    assert ("MM", "MM-14", "2021-02") not in events and ("MM", None, "2021-02") in events


def test_an_earlier_unplaced_measure_in_a_report_on_one_region_keeps_it(analyse):
    text = ("Mobile internet was cut in Manipur on 26 September after students protested.\n\n"
            "Authorities had already cut the internet there on 3 May, when ethnic clashes broke out.")
    assert ("IN", "IN-MN", "2023-05-03") in places_of(analyse, text, "2023-09-28")
