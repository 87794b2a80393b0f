"""Issue 12: a part of a period dates a measure as the period (invented sentences)."""

import pytest

from tests.conftest import asserted


@pytest.mark.parametrize(("phrase", "expected"), [
    ("since the second week of March", ("2021-03", "month")),
    ("in the first half of 2019", ("2019", "year")),
    ("on the first day of 2020", ("2020-01-01", "day")),
    ("in the last fortnight of February", ("2021-02", "month")),
])
def test_a_part_of_a_period_is_read_as_the_period(analyse, phrase, expected):
    [event] = asserted(analyse(f"Regulators have blocked Signal across Kyrgyzstan {phrase}.", published="2021-05-04"))
    assert (event["date_start"], event["date_precision"]) == expected


def test_the_count_of_another_thing_is_still_no_date(read):
    doc, _ = read("Regulators blocked Signal across Kyrgyzstan on the second day of the strike.", "2021-05-04")
    assert not [s for s in doc.spans["cutoff_dates"] if s.label_ == "DATE"]
