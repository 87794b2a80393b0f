"""Exam-time measures dated by the exam timetable: the first day of a range the NER cuts
short ("between 11-15 July"), a year-less date on a present-tense verb read as the nearest
one (a timetable, not last year's), and an undated exam cut that takes the first exam day."""

from tests.conftest import asserted


def dates_of(nlp, text: str, published: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [(d.text, d._.date["value"]) for d in doc.spans["cutoff_dates"] if d._.date]


def test_a_dashed_range_keeps_its_first_day(nlp):
    found = dates_of(nlp, "Exams for the diploma are being held between 11-15 July.", "2021-07-02")
    assert found == [("11-15 July", "2021-07-11")]


def test_a_present_tense_timetable_date_is_the_coming_one(nlp):
    found = dates_of(nlp, "The written papers begin on 11 July.", "2021-07-02")
    assert found == [("11 July", "2021-07-11")]


def test_a_past_tense_date_after_the_paper_stays_last_years(nlp):
    found = dates_of(nlp, "The network was cut on 11 July.", "2021-07-02")
    assert found == [("11 July", "2020-07-11")]


def test_a_weekday_on_a_present_verb_stays_in_the_past(nlp):
    found = dates_of(nlp, "The network is down since Monday.", "2021-07-02")
    assert found == [("Monday", "2021-06-28")]


def test_an_undated_exam_cut_starts_on_the_first_exam_day(analyse):
    text = ("The education ministry of Mauritania said it will switch off mobile data nationwide during every "
            "morning paper to stop cheating.\n\nThe secondary school exams are held between 11-15 July.")
    events = asserted(analyse(text, published="2021-07-02"))
    assert events and all(e["date_start"] == "2021-07-11" for e in events)


def test_a_dated_exam_cut_keeps_its_own_day(analyse):
    text = ("The education ministry of Mauritania switched off mobile data nationwide on 5 July to stop cheating.\n\n"
            "The secondary school exams are held between 11-15 July.")
    events = asserted(analyse(text, published="2021-07-06"))
    assert events and all(e["date_start"] == "2021-07-05" for e in events)
