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
    # the shipped schema is checked against the metaschema by the tests, not at every start
    # (checking it costs about 40 ms of each process's start-up)
    return Draft202012Validator(event_schema())


def event_errors(event: dict) -> list[str]:
    """Every way `event` breaks the schema, as readable messages (empty when valid)."""
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '(record)'}: {err.message}"
        for err in sorted(_validator().iter_errors(event), key=lambda e: list(e.absolute_path))
    ]


def evidence_errors(event: dict, text: str) -> list[str]:
    """Every evidence item or field span of `event` whose offsets do not give back its
    words in the article `text` (a reader must find each quoted word where it says)."""
    problems = [
        f"evidence {item['start']}-{item['end']} is not the article's text there"
        for item in event.get("evidence", []) if text[item["start"]:item["end"]] != item["text"]
    ]
    problems += [
        f"field span {span['field']} {span['start']}-{span['end']} is outside the article's text"
        for span in event.get("field_spans", []) if not 0 <= span["start"] < span["end"] <= len(text)
    ]
    return problems
