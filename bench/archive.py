"""An archive run (issue 15): `cutoff run --workers 2` over a generated news archive where 1
article in 50 reports a restriction, at two sizes, and a run killed half-way and restarted.

    .venv/bin/python bench/archive.py                        # make bench-archive: 10,000 and 100,000 articles
    .venv/bin/python bench/archive.py --sizes 2000 --kill-at 2000   # a smoke run of a minute or two
    .venv/bin/python bench/archive.py --show bench/archive_results.json

The archive is generated, never copied: the relevant articles are `bench/run.py`'s varied
copies of the project's own articles (data/samples, data/gold/articles), the others ordinary
news from `bench/offtopic.py`'s templates, written for this project. It is a folder of JSONL
files of 1,000 records each, as a scraper leaves them.

For each size it reports articles per second (reading, triage, parsing, store and exports;
the model's load apart), the peak memory of all the run's processes (PSS summed: shared
pages split between them; and RSS summed), and the events found. Then, on the archive of
`--kill-at` articles (default: the largest size), `cutoff run` is started as a command,
killed with SIGKILL once half the archive is in the store, and started again: the second run
must end with exactly the events (ids included) of the uninterrupted run.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from run import base_articles, measure, varied  # noqa: E402  (bench/run.py)

RELEVANT_EVERY = 50
PER_FILE = 1000
KILL_TIMEOUT = 3600  # seconds: a run that never reaches half-way is a failure, not a hang


def archive_records(n: int, bases: list, seed: int = 0):
    """(relevant?, record) for the `n` articles of the archive, in order."""
    from offtopic import article

    for i in range(n):
        if i % RELEVANT_EVERY == RELEVANT_EVERY // 2:
            yield True, varied(bases[(i // RELEVANT_EVERY) % len(bases)], i, seed + 2)
        else:
            yield False, article(i, seed + 2)


def write_archive(folder: Path, n: int, bases: list, seed: int = 0) -> int:
    """The archive as JSONL files of PER_FILE records; returns how many are relevant."""
    folder.mkdir(parents=True, exist_ok=True)
    relevant, f = 0, None
    try:
        for i, (is_relevant, record) in enumerate(archive_records(n, bases, seed)):
            if i % PER_FILE == 0:
                if f:
                    f.close()
                f = open(folder / f"archive-{i // PER_FILE:05d}.jsonl", "w", encoding="utf-8")
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            relevant += is_relevant
    finally:
        if f:
            f.close()
    return relevant


def events_of(out: Path) -> list[str]:
    """events.jsonl as sorted canonical JSON strings (ids included)."""
    with open(out / "events.jsonl", encoding="utf-8") as f:
        return sorted(json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False) for line in f)


def pipeline_of(out: Path) -> str:
    return json.loads((out / "run.json").read_text("utf-8"))["versions"]["pipeline"]


def stored_articles(out: Path) -> int:
    try:
        with sqlite3.connect(f"file:{out / 'cutoff.sqlite'}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def killed_and_restarted(archive: Path, n: int, out: Path, model: str, workers: int) -> dict:
    """`cutoff run` killed (SIGKILL, whole process group) once half the archive is stored, then run again."""
    command = [str(Path(sys.executable).parent / "cutoff"), "run", str(archive), "--out", str(out),
               "--workers", str(workers), "--model", model, "--quiet"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + KILL_TIMEOUT
    try:
        while (done := stored_articles(out)) < n // 2:
            if proc.poll() is not None:
                raise RuntimeError(f"cutoff run ended before half-way (exit {proc.returncode}): {proc.stderr.read()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"cutoff run did not reach half-way in {KILL_TIMEOUT} s")
            time.sleep(0.5)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
    t = time.perf_counter()
    again = subprocess.run(command, capture_output=True, text=True)
    if again.returncode not in (0, 3):
        raise RuntimeError(f"the restarted run failed (exit {again.returncode}): {again.stderr[-2000:]}")
    report = json.loads((out / "run.json").read_text("utf-8"))
    return {"killed_at_articles": done, "restart_seconds": time.perf_counter() - t,
            "restart_analysed": report["counts"]["articles_read"] - report["counts"]["unchanged"],
            "restart_unchanged": report["counts"]["unchanged"]}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.show:
        print_table(json.loads(args.show.read_text("utf-8")))
        return 0
    from pipeline import DEFAULT_MODEL

    model = args.model or DEFAULT_MODEL
    sizes = sorted(int(s) for s in args.sizes.split(","))
    kill_at = args.kill_at or sizes[-1]
    bases = base_articles()
    results: dict = {"model": model, "workers": args.workers, "relevant_every": RELEVANT_EVERY,
                     "machine": {"cpus": os.cpu_count(), "load_before": os.getloadavg()}, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="cutoff-archive-", dir=args.tmp) as tmp:
        tmp = Path(tmp)
        for size in sorted(set(sizes) | {kill_at}):
            archive = tmp / f"archive-{size}"
            t = time.perf_counter()
            relevant = write_archive(archive, size, bases, args.seed)
            print(f"archive of {size:,} articles ({relevant:,} relevant) written in {time.perf_counter() - t:.0f} s")
            out = tmp / f"out-{size}"
            params = {"kind": "cutoff", "model": model, "corpus": str(archive), "out": str(out),
                      "workers": args.workers, "triage": True, "batch_size": args.batch_size}
            r = measure(f"cutoff run --workers {args.workers}, {size:,} articles", params)
            r["relevant"] = relevant
            if size in sizes:
                results["sizes"][str(size)] = r
            if size == kill_at:
                reference = events_of(out)
                k = killed_and_restarted(archive, size, tmp / f"killed-{size}", model, args.workers)
                k["size"] = size
                k["same_events"] = events_of(tmp / f"killed-{size}") == reference
                # someone editing the pipeline meanwhile changes its version, and so every event
                k["same_pipeline_version"] = pipeline_of(tmp / f"killed-{size}") == pipeline_of(out)
                k["events"] = len(reference)
                results["kill_restart"] = k
                print(f"  killed at {k['killed_at_articles']:,} of {size:,} articles, restarted: same events {k['same_events']}")
            for path in (archive, out, tmp / f"killed-{size}"):
                subprocess.run(["rm", "-rf", str(path)], check=False)
    low, high = (results["sizes"][str(s)] for s in (sizes[0], sizes[-1]))
    results["memory_growth_pss"] = high["peak_tree_pss_mb"] / low["peak_tree_pss_mb"] - 1
    results["memory_growth_rss"] = high["peak_tree_rss_mb"] / low["peak_tree_rss_mb"] - 1
    results["machine"]["load_after"] = os.getloadavg()
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    ok = results["memory_growth_pss"] <= 0.15 and results.get("kill_restart", {}).get("same_events", True)
    return 0 if ok else 1


def print_table(results: dict) -> None:
    print(f"\nArchive run: cutoff run --workers {results['workers']}, 1 relevant article in {results['relevant_every']},"
          f" model {results['model']}, {results['machine']['cpus']} CPUs (load average before: "
          f"{', '.join(f'{x:.2f}' for x in results['machine']['load_before'])})")
    print(f"{'articles':>9} {'relevant':>8} {'parsed':>7} {'seconds':>8} {'art/s':>7} {'load s':>6} {'PSS MB':>7} {'RSS MB':>7} {'events':>7} {'other load':>10}")
    for size, r in results["sizes"].items():
        print(f"{int(size):>9,} {r['relevant']:>8,} {r['parsed']:>7,} {r['seconds']:>8.1f} {r['articles_per_s']:>7.1f} {r['load_s']:>6.1f}"
              f" {r['peak_tree_pss_mb']:>7.0f} {r['peak_tree_rss_mb']:>7.0f} {r['events']:>7,} {r['other_load_cores']:>9.2f}c")
    print(f"peak memory, largest vs smallest size: {results['memory_growth_pss']:+.1%} PSS of all processes,"
          f" {results['memory_growth_rss']:+.1%} RSS of all processes (goal: within 15%)")
    if k := results.get("kill_restart"):
        print(f"killed (SIGKILL) at {k['killed_at_articles']:,} of {k['size']:,} articles and restarted: {k['restart_analysed']:,} analysed,"
              f" {k['restart_unchanged']:,} unchanged, {k['restart_seconds']:.0f} s; same {k['events']:,} events as the"
              f" uninterrupted run: {k['same_events']}")
        if not k.get("same_pipeline_version", True):
            print("  the pipeline's code or models changed between the two runs (an edit meanwhile): the check is void, run it again")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="10000,100000", help="archive sizes to run (default 10000,100000)")
    p.add_argument("--kill-at", type=int, default=None, help="archive size of the kill-and-restart check (default: the largest)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--model", default=None)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--tmp", default=None, help="folder for the archives and outputs (default: the system's)")
    p.add_argument("--json", type=Path, default=BENCH / "archive_results.json")
    p.add_argument("--show", type=Path, metavar="RESULTS.json")
    return p.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
