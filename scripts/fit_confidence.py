"""Fit the confidence model (pipeline/components/linking/confidence.py) on gold sets.

    .venv/bin/python scripts/fit_confidence.py            # make fit-confidence: fit, print, change nothing
    .venv/bin/python scripts/fit_confidence.py --write    # and write the weights to models/vocab/frame_rules.json
    .venv/bin/python scripts/fit_confidence.py --set my/articles my/gold.jsonl   # your own gold too

Each development set is run through `cutoff run`; every asserted event is paired with gold as
`cutoff evaluate` pairs it (spec section 5), and a paired event is a success. An L2-penalised
logistic regression (Newton's method, numpy) over the events' features gives the weights, so
`confidence` is the probability that an event like it pairs with a coder's. Only the
development sets take part, with any `--set` of yours (a corpus you reviewed and exported
with `cutoff review --export-gold`); the blind sets stay for measuring, never for fitting.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.components.linking.confidence import FEATURES, confidence, features  # noqa: E402
from pipeline.evaluate import score_article  # noqa: E402

RULES = ROOT / "models" / "vocab" / "frame_rules.json"
DEV_SETS = {  # name: (articles, gold files)
    "gold": ("data/gold/articles", ["data/gold/gold_cn.jsonl", "data/gold/gold_row.jsonl"]),
    "samples": ("data/samples", ["data/samples_gold.jsonl"]),
    "heldout": ("data/heldout/articles", ["data/heldout/gold.jsonl"]),
    "realdev": ("data/realdev/articles", ["data/realdev/gold.jsonl"]),
    "seeds": ("../shared/seeds/articles.jsonl", ["../shared/seeds/gold.jsonl"]),
}
PENALTY = 1.0  # L2 on the weights (not the intercept): a few hundred events, a dozen features


def labelled(events: list[dict], gold: dict[str, list[dict]]) -> list[tuple[dict, bool]]:
    """(event, paired with gold?) for every asserted event of the gold's articles."""
    by_article: dict[str, list[dict]] = {}
    for event in events:
        by_article.setdefault(str(event["article_id"]), []).append(event)
    rows = []
    for article_id, gold_events in gold.items():
        asserted = [e for e in by_article.get(article_id, []) if e.get("status") == "asserted"]
        flags: list[tuple[float, bool]] = []
        score_article(asserted, gold_events, flags)
        rows += [(event, paired) for event, (_, paired) in zip(asserted, flags)]
    return rows


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY, steps: int = 50) -> tuple[float, np.ndarray]:
    """Intercept and weights of an L2-penalised logistic regression, by Newton's method."""
    design = np.hstack([np.ones((len(x), 1)), x])
    ridge = np.diag([0.0] + [penalty] * x.shape[1])
    beta = np.zeros(design.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-design @ beta))
        gradient = design.T @ (y - p) - ridge @ beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-8:
            break
    return float(beta[0]), beta[1:]


def bands(rows: list[tuple[dict, bool]], model: dict) -> str:
    """Paired share per confidence band, as `cutoff evaluate` prints it."""
    edges = [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)]
    scores = [(confidence(e, model), ok) for e, ok in rows]
    cells = []
    for lo, hi in edges:
        inside = [ok for s, ok in scores if lo <= s < hi]
        cells.append(f"{lo:.1f}-{min(hi, 1.0):.1f}: {sum(inside)}/{len(inside)}" + (f" ({sum(inside) / len(inside):.2f})" if inside else ""))
    return "  ".join(cells)


def run_sets(out: Path, sets: dict[str, tuple[str, list[str]]]) -> dict[str, list[tuple[dict, bool]]]:
    rows = {}
    for name, (articles, golds) in sets.items():
        folder = out / name
        subprocess.run([str(Path(sys.executable).parent / "cutoff"), "run", str(ROOT / articles), "--out", str(folder), "--quiet"],
                       check=False, cwd=ROOT)
        gold = {}
        for path in golds:
            for line in (ROOT / path).read_text("utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    gold[str(record["article_id"])] = record["events"]
        events = [json.loads(line) for line in (folder / "events.jsonl").read_text("utf-8").splitlines() if line.strip()]
        rows[name] = labelled(events, gold)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the fitted weights to models/vocab/frame_rules.json")
    parser.add_argument("--set", nargs=2, action="append", default=[], metavar=("ARTICLES", "GOLD"),
                        help="another gold set to fit on: its articles (folder or file) and gold JSONL (repeatable)")
    args = parser.parse_args(argv)
    sets = {**DEV_SETS, **{f"set{i + 1}": (str(Path(a).resolve()), [str(Path(g).resolve())]) for i, (a, g) in enumerate(args.set)}}
    rules = json.loads(RULES.read_text("utf-8"))
    old = rules["confidence"]
    with tempfile.TemporaryDirectory(prefix="cutoff-fit-") as tmp:
        by_set = run_sets(Path(tmp), sets)
    rows = [row for set_rows in by_set.values() for row in set_rows]
    x = np.array([[features(e, old)[f] for f in FEATURES] for e, _ in rows])
    y = np.array([ok for _, ok in rows], dtype=float)
    intercept, weights = fit(x, y)
    new = {**old, "intercept": round(intercept, 3), "weights": {f: round(float(w), 3) for f, w in zip(FEATURES, weights)}}
    print(f"{len(rows)} asserted events, {int(y.sum())} paired with gold")
    print("weights:", json.dumps({"intercept": new["intercept"], **new["weights"]}))
    for name, set_rows in [*by_set.items(), ("all", rows)]:
        print(f"{name:8s} now     {bands(set_rows, old)}")
        print(f"{'':8s} fitted  {bands(set_rows, new)}")
    if args.write:
        rules["confidence"] = new
        RULES.write_text(json.dumps(rules, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"written to {RULES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
