"""Session 12 (dates): order days, prolongations and counted days (invented sentences).

- a year-less day in a future clause after a date that named its year is the first such
  day after that date, not one a year later;
- the model running a day into the next words ("Thursday days after") still reads the day.
"""


def test_a_future_day_after_a_dated_order_is_in_the_order_s_year(read):
    doc, _ = read("An order dated 2 March 2022 said that mobile data in the district shall be suspended from March 5 (10.00 hours) to March 7.",
                  "2022-03")
    values = [s._.date["value"] for s in doc.spans["cutoff_dates"] if s.label_ == "DATE"]
    assert values == ["2022-03-02", "2022-03-05", "2022-03-07"]


def test_a_day_the_model_runs_into_the_next_words_still_reads(read):
    doc, _ = read("Operators in the country were blocking the messaging app on Thursday days after the disputed vote.", "2023-05-12")
    assert [s._.date["value"] for s in doc.spans["cutoff_dates"] if s.label_ == "DATE"] == ["2023-05-11"]
