"""Where a source of the report is ("according to relatives in the capital", "wrote a reader
in Maracaibo") is no place of the measure; where residents are still is."""

from tests.conftest import places_of


def test_relatives_elsewhere_do_not_split_the_cut(analyse):
    text = ("Since Tuesday, phone calls have stopped connecting in Rushan district, where, according to "
            "relatives in Dushanbe, troops have detained dozens.")
    assert places_of(analyse, text) == [("TJ", "TJ-GB")]


def test_a_reader_writing_in_about_a_national_block(analyse):
    text = ("On Monday the state carrier CANTV began blocking Psiphon. "
            "\"Each morning one more app stops working,\" wrote a reader in Maracaibo.")
    assert places_of(analyse, text) == [("VE", None)]


def test_residents_still_place_the_cut(analyse):
    text = "Residents in Srinagar said mobile internet had been cut on Monday."
    assert places_of(analyse, text) == [("IN", "IN-JK")]
