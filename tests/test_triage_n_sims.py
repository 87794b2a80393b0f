"""Triage passes a report that speaks of SIMs blocked or deactivated and names no other
telecom word near the cut: the services vocabulary reads "SIMs" as a line, so the cheap
first pass must not drop the article before the pipeline sees it (models/vocab/triage.json)."""

from __future__ import annotations

from pipeline.triage import default_triage


def test_sims_blocked_after_a_deadline_pass_triage() -> None:
    text = "The regulator said 4 million SIMs were blocked after the verification deadline passed on Sunday."
    assert default_triage().is_candidate(text)


def test_unregistered_sims_deactivated_pass_triage() -> None:
    text = "Unregistered SIMs were deactivated at midnight, the commission said."
    assert default_triage().is_candidate(text)
