"""A country-wide line dated only by when the measure was prolonged is the regional measures
told again, not a national event of its own."""

from tests.conftest import asserted


def test_a_summary_dated_by_its_extensions_folds_into_the_regional_measures(analyse):
    text = ("Data blackout in Rakhine, Chin States ends\n\n"
            "YANGON: Mobile internet is working again in Rakhine and Chin States, an official said.\n\n"
            "He said that since last year, the ministry had prolonged the internet blackout every three months.\n\n"
            "The government cut mobile data in Rakhine's Maungdaw and Chin's Paletwa townships on June 19 last year.")
    events = asserted(analyse(text, published="2020-08-04"))
    assert sorted((e["province_code"], e["date_start"]) for e in events) == [("MM-14", "2019-06-19"), ("MM-16", "2019-06-19")]


def test_a_national_measure_found_in_force_stays_beside_a_regional_one(analyse):
    text = ("Authorities blocked Instagram in Kurdistan province on October 22. "
            "Instagram has remained blocked across Iran this month, users say.")
    events = asserted(analyse(text, published="2022-10-25"))
    assert None in {e["province_code"] for e in events}
