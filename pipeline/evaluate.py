"""Scoring of predicted events against gold annotations (spec section 5).

The gold file defines the evaluation set: predictions for articles that have no
gold line are not scored (they would otherwise count as false positives for
articles nobody annotated); they are listed as "unscored articles" instead.
A gold article is matched to predictions by `article_id`, else by the file-name
stem of a prediction's `source` (HTML pages have no id field).

Counting choices where the spec is terse:
- pairs are made greedily, the candidate pair with most agreeing slots first;
  ties go to fewer disagreeing slots, then gold order, then prediction order;
- actors are paired one to one by maximum bipartite matching, so one predicted
  actor never satisfies two gold actors;
- services, platforms and remedies count once per distinct (case-folded) value;
- a ratio whose denominator is zero is undefined (None, shown as "-").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

FIELDS = ("location", "date", "actors", "services", "platforms", "remedies")
SET_FIELDS = ("services", "platforms", "remedies")


@dataclass
class Counts:
    """True positives, false positives and false negatives, and the ratios derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def as_dict(self) -> dict:
        ratios = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn} | {
            name: None if value is None else round(value, 4) for name, value in ratios.items()
        }


@dataclass
class Report:
    """Everything `cutoff evaluate` prints: totals, per-field counts and the error listing."""

    gold_articles: int = 0
    matched_articles: int = 0
    events: Counts = field(default_factory=Counts)
    fields: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in FIELDS})
    errors: list[dict] = field(default_factory=list)
    unscored_articles: list[str] = field(default_factory=list)
    confidence: list[tuple[float, bool]] = field(default_factory=list)  # per asserted prediction: (confidence, paired)

    @property
    def slots(self) -> Counts:
        return sum(self.fields.values(), Counts())


# ---------------------------------------------------------------- loading


def _read_jsonl(path: Path) -> Iterable[tuple[int, dict]]:
    """(line number, record) for each non-blank line; a bad line is a ValueError naming it."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object")
            yield number, record


def load_gold(paths: Iterable[Path]) -> dict[str, list[dict]]:
    """Gold events by article id, files concatenated; a repeated id is an error, not a silent merge."""
    gold: dict[str, list[dict]] = {}
    for path in paths:
        for number, record in _read_jsonl(Path(path)):
            article_id = record.get("article_id")
            if not article_id:
                raise ValueError(f"{path}:{number}: gold line has no article_id")
            if article_id in gold:
                raise ValueError(f"{path}:{number}: article_id {article_id!r} appears twice in the gold")
            gold[str(article_id)] = list(record.get("events") or [])
    return gold


def predictions_file(path: Path) -> Path:
    """The events.jsonl meant by PRED: the file itself, or the one inside an output folder."""
    path = Path(path)
    return path / "events.jsonl" if path.is_dir() else path


def load_predictions(path: Path) -> list[dict]:
    """Predicted event records from an events.jsonl file or an output folder holding one."""
    return [record for _, record in _read_jsonl(predictions_file(path))]


# ---------------------------------------------------------------- matching rules


def date_agrees(pred: str, gold_dates: Iterable[str | None]) -> bool:
    """Equal to a gold date, or more precise and inside it ("2022-05-07" agrees with "2022-05")."""
    return any(gold and (pred == gold or pred.startswith(gold + "-")) for gold in gold_dates)


def _actor_words(name: str) -> frozenset[str]:
    words = re.findall(r"\w+", name.casefold())
    return frozenset(words[1:] if words[:1] == ["the"] else words)


def actor_agrees(pred_name: str, gold_names: Iterable[str]) -> bool:
    """Case-folded, leading "the" dropped: equal, or one name's words contain the other's."""
    pred = _actor_words(pred_name)
    return bool(pred) and any(gold and (pred <= gold or gold <= pred) for gold in map(_actor_words, gold_names))


def match_actors(pred_names: list[str], gold_actors: list[list[str]]) -> dict[int, int]:
    """Gold actor index -> predicted actor index, one to one, as many agreeing pairs as possible.

    Augmenting paths (maximum bipartite matching): "police" agreeing with two
    gold actors still counts once, and never steals a partner another name needed.
    """
    owner: dict[int, int] = {}

    def place(pred_index: int, seen: set[int]) -> bool:
        for gold_index, names in enumerate(gold_actors):
            if gold_index not in seen and actor_agrees(pred_names[pred_index], names):
                seen.add(gold_index)
                if gold_index not in owner or place(owner[gold_index], seen):
                    owner[gold_index] = pred_index
                    return True
        return False

    for pred_index in range(len(pred_names)):
        place(pred_index, set())
    return owner


def same_place(pred: dict, gold: dict) -> bool:
    """Pairing precondition: equal country and equal province_code (null equals null)."""
    return pred.get("country") == gold.get("country") and pred.get("province_code") == gold.get("province_code")


# ---------------------------------------------------------------- scoring


def _gold_actors(event: dict) -> list[list[str]]:
    return [[names] if isinstance(names, str) else list(names) for names in event.get("actors") or []]


def _pred_actors(event: dict) -> list[str]:
    return [actor["name"] for actor in event.get("actors") or []]


def _values(event: dict, name: str) -> set[str]:
    return {value.casefold() for value in event.get(name) or []}


def _slot_counts(event: dict, gold: bool) -> dict[str, int]:
    """How many slots each field of an event has (spec 5.2)."""
    actors = _gold_actors(event) if gold else _pred_actors(event)
    counts = {"location": 1, "date": int(bool(event.get("date_start"))), "actors": len(actors)}
    return counts | {name: len(_values(event, name)) for name in SET_FIELDS}


def _label(event: dict) -> str:
    """Where and when an event is, to tell events of one article apart in the error listing."""
    place = event.get("province_code") or event.get("country") or "no place"
    return " ".join(filter(None, [place, event.get("date_start")]))


def compare_pair(pred: dict, gold: dict) -> tuple[dict[str, Counts], list[dict]]:
    """Slot counts per field for a paired predicted and gold event, and their disagreements."""
    label = _label(gold)
    counts = {"location": Counts(tp=1)}
    problems: list[dict] = []

    pred_date, gold_date = pred.get("date_start"), gold.get("date_start")
    alternates = list(gold.get("date_alternates") or [])
    ok = bool(pred_date and gold_date and date_agrees(pred_date, [gold_date, *alternates]))
    counts["date"] = Counts(int(ok), int(bool(pred_date) and not ok), int(bool(gold_date) and not ok))
    if not ok and (pred_date or gold_date):
        problems.append({"event": label, "field": "date", "pred": pred_date, "gold": gold_date,
                         "gold_alternates": alternates})

    pred_actors, gold_actors = _pred_actors(pred), _gold_actors(gold)
    paired = match_actors(pred_actors, gold_actors)
    spurious = [name for i, name in enumerate(pred_actors) if i not in paired.values()]
    missed = [names for i, names in enumerate(gold_actors) if i not in paired]
    counts["actors"] = Counts(len(paired), len(spurious), len(missed))
    if spurious or missed:
        problems.append({"event": label, "field": "actors", "pred": spurious, "gold": missed})

    for name in SET_FIELDS:
        pred_values, gold_values = _values(pred, name), _values(gold, name)
        spurious, missed = sorted(pred_values - gold_values), sorted(gold_values - pred_values)
        counts[name] = Counts(len(pred_values & gold_values), len(spurious), len(missed))
        if spurious or missed:
            problems.append({"event": label, "field": name, "pred": spurious, "gold": missed})
    return counts, problems


def _unpaired(event: dict, gold: bool) -> tuple[dict[str, Counts], dict]:
    """All slots of an unpaired event as false negatives (gold) or false positives (predicted)."""
    slots = _slot_counts(event, gold)
    counts = {name: Counts(fn=n) if gold else Counts(fp=n) for name, n in slots.items()}
    summary = " ".join(filter(None, [event.get("restriction"), event.get("date_start")]))
    total = sum(slots.values())
    problem = {"event": _label(event), "field": "event", "pred": None if gold else summary,
               "gold": summary if gold else None, "fp": 0 if gold else total, "fn": total if gold else 0}
    return counts, problem


def score_article(predicted: list[dict], gold: list[dict], paired_out: list[tuple[float, bool]] | None = None) -> tuple[Counts, dict[str, Counts], list[dict]]:
    """Event counts, slot counts per field and problems for one article (spec 5.1-5.4).

    Only asserted predictions take part. Candidate pairs are taken most agreeing
    first, a non-optional gold event first on a tie; what stays unpaired is wholly false positive, or false negative unless optional.
    `paired_out`, if given, gets (confidence, paired) for every asserted prediction.
    """
    predicted = [event for event in predicted if event.get("status") == "asserted"]
    candidates = []
    for g, gold_event in enumerate(gold):
        for p, pred_event in enumerate(predicted):
            if same_place(pred_event, gold_event):
                counts, problems = compare_pair(pred_event, gold_event)
                agreeing = sum(c.tp for c in counts.values())
                disagreeing = sum(c.fp + c.fn for c in counts.values())
                # spec 5.1: most agreeing first; on a tie the reported measure (non-optional
                # gold) before a background mention; then the fewest disagreeing slots
                candidates.append(((-agreeing, bool(gold_event.get("optional")), disagreeing, g, p), counts, problems))
    candidates.sort(key=lambda candidate: candidate[0])

    fields = {name: Counts() for name in FIELDS}
    problems: list[dict] = []
    paired_gold: set[int] = set()
    paired_pred: set[int] = set()

    def add(counts: dict[str, Counts]) -> None:
        for name, value in counts.items():
            fields[name] += value

    for (*_, g, p), counts, pair_problems in candidates:
        if g not in paired_gold and p not in paired_pred:
            paired_gold.add(g)
            paired_pred.add(p)
            add(counts)
            problems += pair_problems
    missed = 0
    for g, gold_event in enumerate(gold):
        if g not in paired_gold and not gold_event.get("optional"):
            missed += 1
            counts, problem = _unpaired(gold_event, gold=True)
            add(counts)
            problems.append(problem)
    for p, pred_event in enumerate(predicted):
        if p not in paired_pred:
            counts, problem = _unpaired(pred_event, gold=False)
            add(counts)
            problems.append(problem)

    if paired_out is not None:
        paired_out.extend((float(e.get("confidence") or 0.0), p in paired_pred) for p, e in enumerate(predicted))
    events = Counts(len(paired_gold), len(predicted) - len(paired_gold), missed)
    return events, fields, problems


def _source_stem(source: str) -> str:
    """"pages/sample-12.html" -> "sample-12" (a JSONL ":LINE" suffix dropped first)."""
    return PurePosixPath(re.sub(r":\d+$", "", source).replace("\\", "/")).stem


def evaluate(gold: dict[str, list[dict]], predictions: Iterable[dict]) -> Report:
    """Score predictions against gold, article by article, over the gold's articles only."""
    by_article: dict[str, list[dict]] = {}
    for event in predictions:
        by_article.setdefault(str(event.get("article_id")), []).append(event)
    by_stem: dict[str, str] = {}
    for article_id, events in by_article.items():
        if article_id not in gold:
            for event in events:
                if event.get("source"):
                    by_stem.setdefault(_source_stem(event["source"]), article_id)

    report = Report(gold_articles=len(gold))
    used: set[str] = set()
    for gold_id, gold_events in gold.items():
        article_id = gold_id if gold_id in by_article else by_stem.get(gold_id)
        if article_id is not None:
            used.add(article_id)
            report.matched_articles += 1
        events, fields, problems = score_article(by_article.get(article_id, []), gold_events, report.confidence)
        report.events += events
        for name, counts in fields.items():
            report.fields[name] += counts
        if problems:
            report.errors.append({"article_id": gold_id, "problems": problems})
    report.unscored_articles = [article_id for article_id in by_article if article_id not in used]
    return report
