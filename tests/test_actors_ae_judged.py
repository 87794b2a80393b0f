"""A court that rules on a cut its clause gives a doer of its own judges that doer's measure
and is no actor of it; one that rules the carriers must block orders it
(arguments.judges_another)."""

from __future__ import annotations

from conftest import actor_names


def test_a_court_finding_a_government_acted_unlawfully_when_it_cut_access_is_no_actor(analyse):
    text = "A regional court found on Tuesday that the government of Benin had acted unlawfully when it cut internet access in April 2019."
    names = actor_names(analyse, text, "2022-06-08")
    assert names and all(not any("court" in name.lower() for name in event) for event in names)


def test_a_court_ruling_that_carriers_must_block_an_app_stays_its_actor(analyse):
    text = "A district court in Tver ruled on Friday that the carriers had to block Signal across Russia."
    events = analyse(text, published="2022-06-11")  # read as not yet done: any status
    assert any(any("court" in a["name"].lower() for a in e["actors"]) for e in events)
