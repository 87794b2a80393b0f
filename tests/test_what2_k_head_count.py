"""Whom a measure hits (helper what2): a head count of the people an area shutdown left
offline is no subscriber cut-off; counted people the measure itself acts on still are."""

from __future__ import annotations

from conftest import asserted


def kinds(analyse, text):
    return [(e["restriction"], e["services"]) for e in asserted(analyse(text))]


def test_people_left_offline_by_a_tower_shutdown_are_a_head_count(analyse):
    text = "Authorities in Kenya shut down about 900 mobile phone towers in Turkana on Monday, leaving 2 million subscribers offline."
    assert kinds(analyse, text) == [("network_shutdown", ["voice_calls"])]


def test_people_an_area_cut_reached_are_a_head_count(analyse):
    text = "The shutdown of some 900 mobile phone towers hit 12 districts of Kenya, with about 3 million mobile phone subscribers."
    assert kinds(analyse, text) == [("network_shutdown", ["voice_calls"])]


def test_counted_subscribers_the_measure_disconnects_are_cut_off(analyse):
    text = "Kenya's regulator disconnected 3 million unregistered subscribers on Monday."
    assert kinds(analyse, text) == [("subscriber_cutoff", ["mobile_service"])]


def test_the_lines_of_counted_subscribers_are_cut_off(analyse):
    text = "The regulator suspended the lines of 3 million subscribers in Kenya on Monday."
    assert kinds(analyse, text) == [("subscriber_cutoff", ["mobile_service"])]


def test_counted_users_a_clause_singles_out_are_cut_off(analyse):
    text = "Kenya blocked phone service for 2 million users who failed to register."
    assert kinds(analyse, text) == [("subscriber_cutoff", ["mobile_service"])]


def test_local_as_an_adjective_is_no_person(analyse):
    text = "Local impact\nThe shutdown of 800 mobile phone masts affected nine districts in Kenya, with some 4 million phone subscribers."
    assert kinds(analyse, text) == [("network_shutdown", ["voice_calls"])]
