"""Who a sentence about an order names (linking/orders.py): who gave it, who was told to
carry it out, whether it orders a cut, and a body's clause role past a parenthesis."""

from __future__ import annotations

from pipeline.components.linking.orders import clause_role, gives_order, told


def token(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_verb_after_a_bracketed_acronym_is_the_body_subject_where_the_parser_took_as_for_a_preposition(read):
    doc, _ = read("Namibian Facebook users lost service as the Namibia Information and Broadcasting Technology Authority (NIBTA) "
                  "ordered a temporary suspension of the messaging platform.")
    authority = token(doc, "Authority")
    assert authority.dep_ == "pobj"  # the parser's slip the rule repairs
    dep, head = clause_role(authority)
    assert (dep, head.text) == ("nsubj", "ordered")


def test_a_body_keeps_its_own_role_when_the_parse_holds(read):
    doc, _ = read("The regulator ordered operators to block Telegram.")
    dep, head = clause_role(token(doc, "regulator"))
    assert (dep, head.text) == ("nsubj", "ordered")


def test_who_orders_a_restoration_gives_no_order_to_cut(read):
    doc, ctx = read("A judge ordered the operators to restore internet access on Tuesday.")
    assert not gives_order(token(doc, "judge"), ctx.rules)
    doc, ctx = read("A judge ordered the operators to block internet access on Tuesday.")
    assert gives_order(token(doc, "judge"), ctx.rules)


def test_whom_an_order_tells_to_act_is_told(read):
    doc, _ = read("Safaricom and Airtel were instructed to enforce the measure.")
    assert told(token(doc, "Safaricom"))
    doc, _ = read("Safaricom said the measure was enforced.")
    assert not told(token(doc, "Safaricom"))


def test_the_author_of_an_order_noun_gives_the_order(read):
    doc, ctx = read("Operators received a directive from the Uganda Communications Commission on Sunday.")
    assert gives_order(token(doc, "Commission"), ctx.rules)
    doc, ctx = read("Operators received a directive from the Uganda Communications Commission to restore access.")
    assert not gives_order(token(doc, "Commission"), ctx.rules)


def test_the_author_of_a_letter_that_says_lines_will_be_cut_is_the_actor(analyse):
    text = "A letter to the operators from the Uganda Communications Commission said that all unregistered SIM cards will be deactivated after midnight on Friday."
    (event,) = [e for e in analyse(text, published="2024-03-14") if e["status"] == "asserted"]
    assert [a["name"] for a in event["actors"]] == ["Uganda Communications Commission"]
