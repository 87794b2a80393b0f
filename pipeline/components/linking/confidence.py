"""How likely an event is to be right, so that researchers review the doubtful ones first.

The score is a logistic model over what a coder would want an event to say: a date the text
gives (not only the reporting period), who did it, where (its province or country named in its
own sentences, not carried over from elsewhere in the article), why, the way back, more than
one sentence on it, a mention in the lead, and the kind of measure. Its weights are data
(`models/vocab/frame_rules.json`, key `confidence`), fitted by `scripts/fit_confidence.py` on
the development sets (an event that pairs with a coder's is a success), so the score is a
probability: 0.8 means that about four events in five like it pair with gold.
"""

from __future__ import annotations

import math

from pipeline.components.linking.frame import DELIBERATE_KINDS

# restriction types that get their own weight (network_shutdown is the baseline)
RESTRICTIONS = ("service_block", "subscriber_cutoff", "throttling", "international_barring")
FEATURES = ("date_in_text", "day_or_month", "actor", "state_actor", "place_in_text", "more_evidence", "justification", "remedy", "in_lead",
            *(f"restriction_{r}" for r in RESTRICTIONS))


def features(event: dict, model: dict) -> dict[str, float]:
    """The event's values of FEATURES (`model` gives the evidence cap and the lead's length).
    `place_in_text` reads the event's `field_spans`, so they are made first."""
    evidence = event["evidence"]
    starts = [item["start"] for item in evidence if "start" in item]
    values = {
        "date_in_text": bool(event["date_text"]),
        "day_or_month": event["date_precision"] in ("day", "month"),
        "actor": bool(event["actors"]),
        "state_actor": any(a.get("kind") in DELIBERATE_KINDS for a in event["actors"]),
        "place_in_text": any(span["field"] == "place" for span in event.get("field_spans", ())),
        "more_evidence": min(len(evidence) - 1, model["more_evidence_cap"]),
        "justification": bool(event["justification"]),
        "remedy": bool(event["remedies"]),
        "in_lead": bool(starts) and min(starts) < model["lead_chars"],
        **{f"restriction_{r}": event.get("restriction") == r for r in RESTRICTIONS},
    }
    return {name: float(value) for name, value in values.items()}


def confidence(event: dict, model: dict) -> float:
    """The fitted probability that `event` pairs with a coder's, kept within the model's
    floor and ceiling (no rule is ever certain, nor worthless), to two decimals."""
    z = model["intercept"] + sum(model["weights"][name] * value for name, value in features(event, model).items())
    return round(min(model["ceiling"], max(model["floor"], 1.0 / (1.0 + math.exp(-z)))), 2)
