"""Session 12 (dates): order days, prolongations and counted days (invented sentences).

- a year-less day in a future clause after a date that named its year is the first such
  day after that date, not one a year later;
- the model running a day into the next words ("Thursday days after") still reads the day;
- "shall be further suspended from" a day prolongs the measure in force: no new start, nor
  does the "from" day of a trigger-less sentence after it that prolongs it so;
- the date signing a quoted social media post is the day the post told of the measure;
- "two days after data was suspended ..., ... on Friday": the measure began on the Wednesday
  (a count in weeks is a rounded length, which dates nothing);
- the day a court upheld a "motion to block" an app is the decision's, an announcement,
  but the day "the decision to block" it took effect is its start;
- "said it would cut lines on Tuesday": the Tuesday nearer the paper, past or to come
  ("will cut" keeps the one to come).
"""

from tests.conftest import asserted, date_roles


def test_a_future_day_after_a_dated_order_is_in_the_order_s_year(read):
    doc, _ = read("An order dated 2 March 2022 said that mobile data in the district shall be suspended from March 5 (10.00 hours) to March 7.",
                  "2022-03")
    values = [s._.date["value"] for s in doc.spans["cutoff_dates"] if s.label_ == "DATE"]
    assert values == ["2022-03-02", "2022-03-05", "2022-03-07"]


def test_a_day_the_model_runs_into_the_next_words_still_reads(read):
    doc, _ = read("Operators in the country were blocking the messaging app on Thursday days after the disputed vote.", "2023-05-12")
    assert [s._.date["value"] for s in doc.spans["cutoff_dates"] if s.label_ == "DATE"] == ["2023-05-11"]


def test_further_suspended_from_a_day_is_an_extension(read):
    assert date_roles(read, "Mobile internet in the district shall be further suspended from May 12.", "2023-05-10") == {"May 12": "extended"}
    assert date_roles(read, "Mobile internet in the district shall be suspended from May 12.", "2023-05-10") == {"May 12": "start"}


def test_a_sentence_after_a_measure_that_prolongs_it_from_a_day_dates_no_start(read):
    from pipeline.components.linking.discourse import felt_since

    for text, found in (("Under the order, service will be further withheld from March 6.", []),
                        ("Under the order, service will be withheld from March 6.", ["March 6"])):
        doc, ctx = read(text, "2023-03")
        [sent] = doc.sents
        assert [d.text for d in felt_since(sent, ctx.dates, ctx.rules)] == found


def test_the_date_signing_a_post_is_the_day_it_told_of_the_measure(read, analyse):
    post = "Internet bans in the valley hurt small traders https://t.co/abc123 — Valley Rights Watch (@valleywatch) May 9, 2023"
    assert date_roles(read, post, "2023-05-10") == {"May 9, 2023": "announced"}
    text = ("Mobile data was suspended across Nagaland on May 3. Internet bans hurt small traders in Nagaland https://t.co/abc123 "
            "— Valley Rights Watch (@valleywatch) May 9, 2023")
    assert [e["date_start"] for e in asserted(analyse(text, published="2023-05-10"))] == ["2023-05-03"]


def test_a_counted_after_clause_dates_its_measure_back_from_the_main_clause(analyse):
    text = "Two days after mobile internet was suspended in Nagaland, residents still faced the restriction on Friday."
    assert [e["date_start"] for e in asserted(analyse(text, published="2023-05-12"))] == ["2023-05-10"]
    weeks = "Two weeks after mobile internet was suspended in Nagaland, residents still faced the restriction on Friday."
    assert [e["date_start"] for e in asserted(analyse(weeks, published="2023-05-12"))] != ["2023-04-28"]


def test_a_decision_noun_above_the_measure_makes_its_day_an_announcement(read):
    assert date_roles(read, "On Friday, a district court upheld the regulator's motion to block the messaging app.", "2023-05-15") == {"Friday": "announced"}
    assert date_roles(read, "The decision to block the messaging app took effect on Friday.", "2023-05-15") == {"Friday": "start"}


def test_a_day_of_a_future_seen_from_the_past_is_the_nearer_one(read):
    def days(text: str, published: str) -> list[str]:
        doc, _ = read(text, published)
        return [s._.date["value"] for s in doc.spans["cutoff_dates"] if s.label_ == "DATE"]

    said = "The regulator said it would cut unregistered lines on Tuesday."
    assert days(said, "2023-07-26") == ["2023-07-25"]
    assert days(said, "2023-07-29") == ["2023-08-01"]
    assert days("The regulator will cut unregistered lines on Tuesday.", "2023-07-26") == ["2023-08-01"]
