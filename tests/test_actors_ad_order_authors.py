"""Who wrote the order that tells the cut, where the order noun, not the body, is the clause's
speaker or source: "an X order said data will stay off", "the order issued by X said ...",
"'...,' read the order passed by X" (the inverted subject parsed as an object), "according
to the X order, services will be suspended" (orders.in_order, orders.order_owner)."""

from __future__ import annotations

from conftest import actor_names


def test_a_body_written_before_the_order_noun_that_reports_the_cut(analyse):
    text = "A home department order stated that mobile data will stay switched off in Jind district of Haryana until Monday."
    names = actor_names(analyse, text, "2024-03-02")
    assert any("home department" in event for event in names)


def test_the_body_an_order_was_issued_by_when_the_order_reports_the_cut(analyse):
    text = "The notification issued by the home department said mobile internet in Anantnag would be cut for two days."
    names = actor_names(analyse, text, "2022-09-14")
    assert any("home department" in event for event in names)


def test_the_body_that_passed_an_order_quoted_before_its_verb(analyse):
    text = ('"Mobile internet will be suspended from 8 am to 4 pm on Sunday in Dausa," '
            "reads the order passed by the Jaipur divisional commissioner on Saturday.")
    names = actor_names(analyse, text, "2022-11-05")
    assert any(any("commissioner" in n for n in event) for event in names)


def test_a_body_whose_order_a_sentence_cites_for_the_cut(analyse):
    text = "According to the district magistrate order, internet services will be suspended on Friday in Hooghly district of West Bengal."
    names = actor_names(analyse, text, "2021-07-08")
    assert any(any("magistrate" in n for n in event) for event in names)


def test_an_order_to_restore_gives_its_author_no_part_in_the_cut(analyse):
    text = ("Mobile internet was suspended in Jind district of Haryana on Monday. "
            "A home department order issued on Thursday said services would be restored in the district.")
    names = actor_names(analyse, text, "2024-03-02")
    assert not any("home department" in event for event in names)


def test_the_body_whose_request_the_cut_followed(analyse):
    text = "A judge in Sao Paulo ordered the suspension of WhatsApp across Brazil on Monday, following a request from the state police."
    names = actor_names(analyse, text, "2016-05-03")
    assert any(any("police" in n for n in event) for event in names)


def test_the_body_an_order_came_from_before_the_cut_it_led_to(analyse):
    text = "Mobile data was switched off in Bhiwani district of Haryana on Sunday after a request from the deputy commissioner."
    names = actor_names(analyse, text, "2023-08-07")
    assert any(any("commissioner" in n for n in event) for event in names)
