"""Session 13: dates of a measure a report tallies over places, and of a "when" clause on a
date (invented sentences).

- a measure in counted, unnamed parts that later sentences place in several regions is a
  tally of places at the time of the report: neither the report's day nor another region's
  start dates each region's part;
- "ran until March 3, when data was cut": the date is the day of the cut, not its end.
"""

from tests.conftest import asserted


def test_a_tally_of_parts_over_regions_takes_no_day_of_the_report(analyse):
    text = ("The military has cut off mobile internet in around 40 townships across Myanmar, a monitoring group reported. "
            "All Kachin State townships were on its list, as were 15 townships in Magway Region. "
            "Residents said prices of fuel had doubled.")
    events = asserted(analyse(text, published="2024-05-20"))
    assert len(events) >= 2 and all(e["province_code"] for e in events)
    assert [e["date_start"] for e in events] == [None] * len(events)


def test_a_when_clause_on_the_date_tells_the_day_of_the_cut(analyse):
    text = "Operators in Tanzania kept phones working in Zanzibar until March 3, when all mobile data was cut."
    [event] = asserted(analyse(text, published="2024-03-10"))
    assert event["date_start"] == "2024-03-03" and event["date_end"] is None
