"""Issue 12: the day of the clock time a measure runs until is its end."""

from pipeline.components.linking.dates import add_date
from pipeline.components.linking.records import Mention


def roles(read, text: str, published: str = "2021-03-08") -> dict[str, str]:
    doc, ctx = read(text, published)
    [sent] = doc.sents
    trigs = [t for t in ctx.triggers if t.label_ != "LIFT"][:1]
    m = Mention(status="asserted", sent=sent, start=sent.start, end=sent.end, triggers=trigs)
    for d in ctx.dates:
        add_date(m, d, trigs, ctx.rules)
    return {d["text"]: d["role"] for d in m.dates}


def test_a_day_after_an_until_clock_time_is_the_end(read):
    found = roles(read, "An official order says the suspension of mobile data in Jind stays until 6 pm on Wednesday.")
    assert found.get("Wednesday") == "end"


def test_a_day_after_a_starting_clock_time_is_still_the_start(read):
    found = roles(read, "Mobile data in Jind was suspended from 6 pm on Wednesday.")
    assert found.get("Wednesday") == "start"
