"""A barring of calls from abroad holds the international services only (spec 4.1, 4.2;
`linking/records.far_end_only`)."""

from conftest import asserted


def test_calls_from_abroad_and_from_hong_kong_are_no_home_calls(analyse):
    (event,) = asserted(analyse(
        "Fujian Mobile told subscribers on Monday that it would stop the answering of international calls, "
        "and of calls from Hong Kong and Macao, by default.", published="2022-06-07"))
    assert event["restriction"] == "international_barring"
    assert event["services"] == ["international_calls"]
