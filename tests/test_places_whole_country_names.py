"""A country named by parts that make the whole of it, or by its name with its capital, is the
country: "the mainland Tanzania and Zanzibar" (place_phrases.with_the_mainland reads the
mainland noun as the country's modifier too) and "Guinea-Conakry" (gazetteer.country_by_its_city)."""

from tests.conftest import asserted


def test_a_block_on_the_mainland_country_and_its_islands_is_national(analyse):
    text = "WhatsApp and Instagram were blocked on Tuesday on both the mainland Tanzania and Zanzibar, monitors said."
    events = asserted(analyse(text, published="2024-05-16"))
    assert [(e["country"], e["province_code"]) for e in events] == [("TZ", None)]


def test_a_country_written_with_its_capital_is_the_country(analyse):
    text = "On Monday, authorities in Guinea-Conakry blocked TikTok and Facebook ahead of planned protests."
    events = asserted(analyse(text, published="2024-05-16"))
    assert [(e["country"], e["province_code"]) for e in events] == [("GN", None)]


def test_a_city_with_a_hyphen_after_it_stays_the_city(analyse):
    text = "Mobile data was switched off in Conakry on Monday, a Conakry-based activist said."
    events = asserted(analyse(text, published="2024-05-16"))
    assert [(e["country"], e["province_code"]) for e in events] == [("GN", "GN-C")]
