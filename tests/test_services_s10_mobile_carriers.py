"""An unspecified internet that mobile carriers are told to cut, or that mobile users lose,
is the mobile internet (spec 4.2; `linking/what_was_cut.mobile_carried`)."""

from pipeline.components.linking.what_was_cut import mobile_carried
from tests.conftest import asserted


def services(analyse, text: str) -> list[list[str]]:
    return [e["services"] for e in asserted(analyse(text, "2022-05-18"))]


def test_mobile_providers_told_to_block_the_internet(analyse):
    text = "The communications ministry told all mobile service providers to block internet access in four townships of Rakhine state on Friday."
    assert services(analyse, text) == [["mobile_internet"]]


def test_mobile_phone_operators_ordered_to_shut_the_internet(analyse):
    text = "The regulator ordered every mobile phone operator to shut down internet services in Chin state on Saturday."
    assert services(analyse, text) == [["mobile_internet"]]


def test_mobile_users_who_lose_the_internet(read):
    doc, ctx = read("A day after internet services were halted in parts of Haryana, mobile users continued to face internet restriction into Wednesday.")
    trig = next(t for t in doc.spans["cutoff_triggers"] if t.text == "restriction")
    assert mobile_carried(trig, ctx.rules)


def test_a_mobile_operator_who_only_reports_the_cut(analyse):
    text = "Internet services were cut in Punjab on Monday, the largest mobile operator said."
    assert services(analyse, text) == [["internet"]]


def test_mobile_operators_beside_internet_providers(analyse):
    text = "The ministry ordered mobile operators and internet service providers to cut the internet in Punjab on Monday."
    assert services(analyse, text) == [["internet"]]
