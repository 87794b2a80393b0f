"""Workarounds that are no remedy of the measure told (spec 4.3; `linking/remedies.py`,
`linking/descriptions.describes_tool`): what a tool is commonly used for, what people do as
a rule, a use the state punishes, and what a tool the same sentence blocks had been for."""

from pipeline.components.linking.descriptions import describes_tool
from pipeline.components.linking.remedies import penalised_use
from tests.conftest import asserted


def remedies(analyse, text: str) -> list[list[str]]:
    return [e["remedies"] for e in asserted(analyse(text, "2023-03-10"))]


def test_what_vpns_are_commonly_used_for(analyse):
    text = ("The regulator blocked access to VPN services across Ruritania on Monday. "
            "VPN apps are commonly used around the world to bypass blocked content.")
    assert remedies(analyse, text) == [[]]


def test_what_people_often_do(analyse):
    text = ("The state carrier blocked the Google Play Store in Ruritania on Monday. "
            "Residents often download VPN apps straight from the store.")
    assert remedies(analyse, text) == [[]]


def remedy_span(doc, remedy: str):
    return next(s for s in doc.spans["cutoff"] if s.label_ == "REMEDY" and s.id_ == "circumvention" and s.text == remedy)


def test_a_use_the_state_punishes(read):
    doc, ctx = read("Residents caught using a VPN or proxy server face fines, a rights group says.")
    assert penalised_use(remedy_span(doc, "using a VPN or proxy"), ctx.rules)


def test_what_the_blocked_tool_had_been_for(read):
    doc, ctx = read("The same week it began to crack down on VPN apps and the Tor network, which reporters have relied on to circumvent the blocking of social media.")
    sent = list(doc.sents)[0]
    spans = [s for s in doc.spans["cutoff"] if sent.start <= s.start < sent.end]
    assert describes_tool(remedy_span(doc, "circumvent"), spans, ctx.rules)


def test_users_who_turned_to_vpns_got_round_the_block(analyse):
    text = ("Ruritania blocked Facebook and Twitter on Monday. "
            "Many users turned to VPN services to get past the block.")
    assert remedies(analyse, text) == [["circumvention"]]
