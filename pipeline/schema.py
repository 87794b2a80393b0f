"""The event JSON Schema shipped with the package, and one validator built once per process."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from jsonschema import Draft202012Validator


@lru_cache(maxsize=1)
def event_schema() -> dict:
    return json.loads(resources.files("pipeline").joinpath("event.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = event_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def event_errors(event: dict) -> list[str]:
    """Every way `event` breaks the schema, as readable messages (empty when valid)."""
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '(record)'}: {err.message}"
        for err in sorted(_validator().iter_errors(event), key=lambda e: list(e.absolute_path))
    ]
