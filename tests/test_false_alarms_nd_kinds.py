"""False alarms (noevent8): sentences that speak of measures as a class, count them, spread
them over the world, tell a state's habit, grant a power to cut, warn of a cut or tell a law
a court halted are no event, nor is a blackout no one is said to cause (a body named only as
the owner of "government services" acts on nothing); a measure told beside them still is.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-03-04") if e["status"] == "asserted"]


@pytest.mark.parametrize("text", [
    # a class: a bare plural subject of a present clause, no date, no place
    "Mobile data blackouts hurt small traders and students alike, economists say.",
    # a count of measures, or a series of them
    "Rights monitors counted 45 internet shutdowns in Pakistan over the past two years.",
    "Lawyers in Lahore filed a petition against repeated mobile internet shutdowns in Punjab.",
    "There were 120 cases of internet shutdown in India last year, the tracker says.",
    "The Indian state has cut mobile internet in Kashmir more than 30 times.",
    # every measure of a sort
    "Every order suspending mobile internet in Assam must now be published, the new rules say.",
    # over the whole world
    "The Nigerian group keeps a database of internet shutdowns around the world.",
    # a habit
    "Ethiopia has a long history of cutting mobile data during national exams.",
    "The army routinely cuts phone lines in Rakhine where it fights.",
    # what states do
    "Kenya's regulator said on Monday it saw no need to act. Governments can switch off mobile networks for many reasons, a lawyer told reporters.",
])
def test_talk_of_measures_is_no_event(analyse, text):
    assert asserted(analyse, text) == []


@pytest.mark.parametrize("text", [
    "The new law gives police in Uganda powers to block websites.",
    "The Act empowers state governments in India to suspend mobile internet during emergencies.",
    "The court upheld the governor's right to cut mobile data in Manipur.",
    "On Monday, rights groups in Kenya warned the government against cutting mobile data during the protests.",
    "A federal court in Texas blocked the state law banning TikTok on Friday.",
])
def test_a_power_a_warning_or_a_halted_law_is_no_measure(analyse, text):
    assert asserted(analyse, text) == []


@pytest.mark.parametrize("text", [
    "The government used its powers to shut down mobile internet in Manipur on Monday.",
    "Mobile internet was cut in two districts of Manipur on Monday.",
    # a natural cause that only dates the sentence vetoes nothing
    "Access to Twitter was restricted in Turkey on Monday, two days after the earthquake. The telecom regulator ordered the restriction, two industry sources said.",
    "In 2019 internet services in Kashmir were also suspended frequently after the new law.",
])
def test_a_measure_told_beside_them_is_still_one(analyse, text):
    assert asserted(analyse, text)


def test_a_class_of_states_copying_a_measure_is_no_event(analyse):
    events = asserted(analyse, "Authorities in Togo cut mobile internet on Monday during the protests. "
                               "Since then, during unrest, Chad, Niger and other countries have followed suit.")
    assert {e["country"] for e in events} == {"TG"}


def test_a_blackout_nobody_is_said_to_cause_is_an_outage(analyse):
    text = ("An internet blackout hit customers across Chile on Tuesday. "
            "For most of the day millions had no access to banking, transport and government services. "
            "By evening Entel said its network was coming out of the blackout.")
    assert asserted(analyse, text) == []


def test_a_blackout_a_government_imposed_is_still_a_measure(analyse):
    text = ("An internet blackout was imposed across Tigray on Tuesday by the federal government. "
            "Millions had no access to banking and government services.")
    assert asserted(analyse, text)
