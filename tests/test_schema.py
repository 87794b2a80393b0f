"""The event JSON Schema shipped with the package is a valid Draft 2020-12 schema, and the
spec's enums are what it checks (it is checked here, not at every process start)."""

from __future__ import annotations

from jsonschema import Draft202012Validator

from pipeline.schema import event_errors, event_schema


def test_the_shipped_schema_is_a_valid_draft_2020_12_schema():
    Draft202012Validator.check_schema(event_schema())


def test_the_validator_rejects_a_service_outside_the_taxonomy():
    assert any("services" in problem for problem in event_errors({"services": ["carrier_pigeon"]}))
