"""The day of a statement that denies a measure ("the regulator insisted on Monday, about the
outage, that it would not switch off mobile data") dates no asserted measure it speaks about;
a plain statement's day still counts."""

from tests.conftest import asserted, date_roles


def test_the_day_of_a_denial_does_not_date_the_measure_it_speaks_about(analyse):
    text = ("Mobile data was cut across Guinea on polling day, residents of Conakry said.\n\n"
            "The telecoms regulator insisted on Monday, regarding the internet shutdown, that the government would not "
            "switch off mobile data during the vote.")
    events = asserted(analyse(text, published="2025-09-23"))
    assert events and all(e["date_start"] != "2025-09-22" for e in events)


def test_a_plain_statement_day_still_dates_the_measure(read):
    found = date_roles(read, "The telecoms regulator said on Monday that mobile data had been switched off in Conakry.", "2025-09-23")
    assert "Monday" in found
