"""The word lists of the false-alarm rules (`models/vocab/frame_rules.json`), checked when
the pipeline is built, so that a list a researcher renamed fails at once, not mid-batch."""

from __future__ import annotations

from functools import lru_cache

from pipeline.components.patterns import MODELS_DIR
from pipeline.components.rules import load_rules

FRAME_RULES_FILE = "vocab/frame_rules.json"
REQUIRED: dict[str, type] = {
    "negative_pronouns": set, "permission_verbs": set, "tool_nouns": set, "machine_nouns": set, "traffic_nouns": set, "sender_nouns": set, "count_nouns": set,
    "content_kinds": set, "kind_traffic_nouns": set, "kind_judging_verbs": set,
    "platform_owners": set, "company_pronouns": set, "account_nouns": set, "site_nouns": set, "enacting_verbs": set, "population_nouns": set,
    "accident_lone_cues": int, "speech_verbs": set, "consulted_verbs": set, "conduit_nouns": set, "damage_words": set, "line_services": set,
    "confidence": dict,
}
CONFIDENCE_NUMBERS = ("intercept", "floor", "ceiling", "more_evidence_cap", "lead_chars")


class FrameRulesError(ValueError):
    """The frame rules file lacks a list or weight the rules read, or has one of the wrong kind."""


@lru_cache(maxsize=4)
def load_frame_rules(path: str = FRAME_RULES_FILE) -> dict:
    rules = load_rules(path)
    bad = sorted(k for k, kind in REQUIRED.items() if not isinstance(rules.get(k), kind))
    if bad:
        raise FrameRulesError(f"{MODELS_DIR / path}: missing or of the wrong kind: {', '.join(bad)}")
    from pipeline.components.linking.confidence import FEATURES  # the linker imports this module

    model = rules["confidence"]
    weights = model.get("weights") if isinstance(model.get("weights"), dict) else {}
    bad = [k for k in CONFIDENCE_NUMBERS if not _number(model.get(k))] + [k for k in FEATURES if not _number(weights.get(k))]
    if bad:
        raise FrameRulesError(f"{MODELS_DIR / path}: confidence lacks the number(s) {', '.join(bad)}")
    return rules


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
