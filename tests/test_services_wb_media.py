"""An event whose own sentences say only "internet" is mobile data when the same measure's
exception sentence spares broadband (`linking/media.mobile_by_context`); a cut with no
such exception, or whose nearest exception is another event's, stays "internet"; voice
calls the exception spares are no service of a data cut told loosely as "mobile services"."""

from conftest import asserted


def test_broadband_spared_beside_the_order_makes_it_mobile_data(analyse):
    text = ("Internet services were suspended in Sonitpur district on Monday, the Assam home department said. "
            "Voice calls and broadband on fixed lines shall remain functional, the order added.")
    (event,) = asserted(analyse(text, published="2025-01-14"))
    assert event["services"] == ["mobile_internet"]


def test_an_exception_nearer_another_event_leaves_a_background_cut_unspecified(analyse):
    text = ("Mobile data was cut in Sistan and Baluchestan on Friday. Home broadband stayed available, monitors said. "
            "In 2019 the authorities shut down the internet nationwide for a week.")
    events = asserted(analyse(text, published="2023-10-07"))
    assert [e["services"] for e in events if e["date_start"] == "2019"] == [["internet"]]


def test_an_internet_cut_without_such_context_stays_internet(analyse):
    (event,) = asserted(analyse("Internet services were suspended in Sonitpur district on Monday, the Assam home department said.", published="2025-01-14"))
    assert event["services"] == ["internet"]


def test_voice_calls_spared_beside_a_data_cut_are_no_service_of_it(analyse):
    text = ("Mobile internet and bulk SMS will stay suspended in Jind district until Sunday, the order said. "
            "The mobile services were first suspended on Thursday morning. "
            "Person-to-person texts, voice calls and broadband lines are exempted, it added.")
    (event,) = asserted(analyse(text, published="2024-02-13"))
    assert event["services"] == ["mobile_internet", "sms"]
