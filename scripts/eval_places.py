#!/usr/bin/env python3
"""Score the cutoff_places stage against a benchmark of gold place mentions.

    python scripts/eval_places.py data/places/benchmark.jsonl [--errors] [--json] [--model NAME]

A benchmark line is ``{"id", "text", "published", "mentions": [{"start", "end", "text",
"country", "adm1", "kind"}]}`` (character offsets into ``text``; ``adm1`` null for a
country-level mention). The script runs the spaCy model with ``cutoff_paragraphs``,
``cutoff_gazetteer`` and ``cutoff_places`` and prints the ADM1 accuracy: the fraction of gold
mentions whose overlapping predicted place span (the one overlapping most) has the same
country and the same adm1; a mention no predicted span overlaps counts wrong. Per-kind figures
are by the gold kind. ``--errors`` lists every wrong mention.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_nlp(model: str):
    import spacy

    from pipeline.components import gazetteer, paragraphs, places  # noqa: F401  (registers the factories)

    nlp = spacy.load(model)
    nlp.add_pipe("cutoff_paragraphs", before="parser")
    for stage in ("cutoff_gazetteer", "cutoff_places"):
        nlp.add_pipe(stage)
        nlp.get_pipe(stage).initialize(nlp=nlp)
    return nlp


def predicted(doc) -> list[dict]:
    out = []
    for span in doc.spans.get("places", []):
        place = span._.place
        out.append({"start": span.start_char, "end": span.end_char, "text": span.text, "country": place.country,
                    "adm1": place.adm1, "kind": place.kind, "score": place.score})
    return out


def best_overlap(gold: dict, preds: list[dict]) -> dict | None:
    """The predicted span that overlaps the gold mention most (None if none overlaps)."""
    best, best_len = None, 0
    for p in preds:
        overlap = min(gold["end"], p["end"]) - max(gold["start"], p["start"])
        if overlap > best_len:
            best, best_len = p, overlap
    return best


def evaluate(records: list[dict], nlp) -> dict:
    total, right, country_right = Counter(), Counter(), Counter()
    errors = []
    started = time.perf_counter()
    docs = nlp.pipe((r["text"] for r in records), batch_size=64)
    for record, doc in zip(records, docs):
        preds = predicted(doc)
        for gold in record.get("mentions", []):
            kind = gold.get("kind") or "?"
            pred = best_overlap(gold, preds)
            if gold.get("country") is None:  # a "not_place" mention: right when nothing resolves it
                ok = pred is None
            else:
                ok = pred is not None and pred["country"] == gold.get("country") and (pred["adm1"] or None) == (gold.get("adm1") or None)
            for key in ("all", kind):
                total[key] += 1
                right[key] += ok
                country_right[key] += ok or (pred is not None and pred["country"] == gold.get("country"))
            if not ok:
                errors.append({"id": record.get("id"), "gold": gold, "predicted": pred,
                               "context": record["text"][max(0, gold["start"] - 80) : gold["end"] + 80].replace("\n", " ")})
    seconds = time.perf_counter() - started
    return {
        "mentions": total["all"],
        "adm1_accuracy": right["all"] / total["all"] if total["all"] else 0.0,
        "country_accuracy": country_right["all"] / total["all"] if total["all"] else 0.0,
        "by_kind": {k: {"mentions": n, "adm1_accuracy": right[k] / n, "country_accuracy": country_right[k] / n}
                    for k, n in sorted(total.items()) if k != "all"},
        "articles": len(records),
        "seconds": round(seconds, 2),
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    from pipeline import DEFAULT_MODEL

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("benchmark", type=Path, help="JSONL of {id, text, published, mentions}")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--errors", action="store_true", help="list every wrong or missed mention")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    try:
        records = [json.loads(line) for line in args.benchmark.read_text("utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:  # a folder, a missing or a broken file
        parser.error(f"cannot read the benchmark {args.benchmark}: {err}")
    result = evaluate(records, build_nlp(args.model))
    if args.json:
        print(json.dumps(result if args.errors else {k: v for k, v in result.items() if k != "errors"}, indent=2, ensure_ascii=False))
        return 0
    print(f"{result['articles']} articles, {result['mentions']} gold mentions, {result['seconds']} s")
    print(f"ADM1 accuracy     {result['adm1_accuracy']:.3f}   (country {result['country_accuracy']:.3f})")
    for kind, r in result["by_kind"].items():
        print(f"  {kind:10} {r['mentions']:5d}  adm1 {r['adm1_accuracy']:.3f}  country {r['country_accuracy']:.3f}")
    if args.errors:
        print(f"\nErrors ({len(result['errors'])}):")
        for e in result["errors"]:
            g, p = e["gold"], e["predicted"]
            got = f"{p['text']!r} {p['country']} {p['adm1'] or '-'} {p['kind']} {p['score']}" if p else "MISSED"
            print(f"- [{e['id']}] {g['text']!r} ({g.get('kind')}) gold {g.get('country')} {g.get('adm1') or '-'} -> {got}")
            print(f"    ...{e['context']}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
