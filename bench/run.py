"""Speed, start-up and memory of `cutoff run` against the bare spaCy model underneath it (issue 15).

    .venv/bin/python bench/run.py                 # make bench: the issue's table (about 15 minutes on 2 idle cores)
    .venv/bin/python bench/run.py --quick         # a smoke run of a few minutes
    .venv/bin/python bench/run.py --show bench/results.json             # the table of the last run again

Every configuration runs in its own subprocess, side by side in one run, so a ratio compares
two figures taken under the same load; the machine's other load during each is recorded
(`other_load_cores`, a `*` in the table). What it measures:

1. real reports: `cutoff run --no-triage` against bare `spacy.load(model)` + `nlp.pipe(texts)`
   on N long reports (default 300): the project's articles (data/samples, data/gold/articles)
   varied (paragraphs shuffled, places, years and months swapped) with two dozen paragraphs of
   ordinary news woven in (bench/offtopic.py), as wire copy speaks of a restriction in a few
   paragraphs of forty; articles per second (the model's load apart) and peak memory (PSS).
2. start-up: one article, whole processes: `cutoff run` on a folder of it (compiled cache warm)
   against `python -c "spacy.load(model); nlp(text)"`, alternating, median of three.
3. two workers against one on 240 long reports.
4. an archive where 1 article in 20 is relevant (4,000 articles): `cutoff run` (with triage)
   against bare `nlp.pipe` on the same texts, and its events against those of the relevant
   articles alone.
5. saved web pages (default 300, generated: an article inside menus, related headlines and
   comments, 5,000 to 60,000 characters): peak memory of all of `cutoff run`'s processes.

Corpora are generated (no text copied from anywhere), written as JSONL in a temporary folder
and streamed. Results: the table on stdout and bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(BENCH)]

SOURCES = [ROOT / "data" / "samples", ROOT / "data" / "gold" / "articles"]
RELEVANT_EVERY = 20
# Names that can stand in for one another in a varied copy (same country, same kind of place).
PLACE_GROUPS = [
    ["Xinjiang", "Tibet", "Fujian", "Henan", "Guangdong", "Zhejiang", "Sichuan", "Shandong", "Jiangsu", "Hunan", "Yunnan", "Gansu"],
    ["Urumqi", "Kashgar", "Guangzhou", "Chengdu", "Lhasa", "Fuzhou", "Zhengzhou", "Hangzhou"],
    ["Manipur", "Rajasthan", "Punjab", "Haryana", "Assam"],
    ["Tigray", "Amhara", "Oromia"],
    ["Sagaing", "Rakhine", "Magway"],
    ["Sindh", "Balochistan"],
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
YEAR_RE = re.compile(r"\b(19[89]\d|20[0-2]\d)\b")
PUBLISHED_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(.*)$")


# --- corpora ------------------------------------------------------------------------------


def base_articles() -> list:
    """The articles of data/ (a few dozen, small: the only list the benchmark keeps)."""
    from pipeline.article import Article
    from pipeline.readers import iter_articles

    return [a for a in iter_articles(SOURCES) if isinstance(a, Article)]


def varied(base, index: int, seed: int = 0) -> dict:
    """A deterministic variation of `base`: its body paragraphs shuffled, place names swapped
    within their group, years and months moved together with the publication date."""
    rng = random.Random(f"relevant:{seed}:{index}")
    paragraphs = [p for p in base.text.split("\n\n") if p.strip()]
    lead, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    if len(body) > 4 and rng.random() < 0.3:
        body.pop(rng.randrange(len(body)))
    text = "\n\n".join(lead + body)
    for group in PLACE_GROUPS:
        if rng.random() < 0.6:
            mapping = dict(zip(group, rng.sample(group, len(group))))
            text = re.sub(r"\b(" + "|".join(group) + r")\b", lambda m: mapping[m[1]], text)
    years, months = rng.randint(-4, 2), rng.randint(0, 11)
    text = YEAR_RE.sub(lambda m: str(int(m[1]) + years), text)
    text = MONTH_RE.sub(lambda m: MONTHS[(MONTHS.index(m[1]) + months) % 12], text)
    return {
        "id": f"bench-{seed}-{index:07d}-{base.id}",
        "title": base.title,
        "text": text,
        "published": shift_published(base.published, years, months),
        "outlet": base.outlet,
        "url": f"{base.url}?v={index}" if base.url else None,
    }


def shift_published(published: str | None, years: int, months: int) -> str | None:
    m = PUBLISHED_RE.match(published or "")
    if not m:
        return published
    year = int(m[1]) + years
    if not m[2]:
        return f"{year:04d}"
    month = int(m[2]) - 1 + months
    year, month = year + month // 12, month % 12 + 1
    day = f"-{min(int(m[3]), 28):02d}" if m[3] else ""
    return f"{year:04d}-{month:02d}{day}"


def relevant_records(n: int, bases: list, seed: int = 0) -> Iterator[dict]:
    for i in range(n):
        yield varied(bases[i % len(bases)], i, seed)


BACKGROUND = ("politics", "economy", "transport", "health", "environment")


def wire_copy(base, index: int, seed: int = 0, background: int = 24) -> dict:
    """Long wire copy: a varied relevant article with `background` paragraphs of ordinary news
    (politics, the economy ...: bench/offtopic.py) woven in after its lead, as a report of
    forty paragraphs speaks of the restriction in a few and of everything around it in the rest."""
    from offtopic import article

    record = varied(base, index, seed)
    rng = random.Random(f"wire:{seed}:{index}")
    extra, k = [], 0
    while len(extra) < background:
        other = article(index * 97 + k, seed + 7)
        k += 1
        if other["category"] in BACKGROUND:
            extra += other["text"].split("\n\n")[1:]
    paragraphs = record["text"].split("\n\n")
    body = paragraphs[2:]
    for paragraph in extra[:background]:
        body.insert(rng.randint(0, len(body)), paragraph)
    return {**record, "id": record["id"].replace("bench-", "wire-", 1), "text": "\n\n".join(paragraphs[:2] + body)}


def wire_records(n: int, bases: list, seed: int = 0) -> Iterator[dict]:
    for i in range(n):
        yield wire_copy(bases[i % len(bases)], i, seed)


def mixed_records(n: int, bases: list, seed: int = 0) -> Iterator[tuple[bool, dict]]:
    """(relevant?, record): one article in RELEVANT_EVERY is a restriction report."""
    from offtopic import article

    for i in range(n):
        if i % RELEVANT_EVERY == RELEVANT_EVERY // 2:
            yield True, varied(bases[(i // RELEVANT_EVERY) % len(bases)], i, seed + 1)
        else:
            yield False, article(i, seed)


def write_jsonl(path: Path, records) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def texts_of(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


# --- one measured configuration (runs in a subprocess) ----------------------------------


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (a pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def child(params: dict) -> dict:
    """Run one configuration in this (fresh) process and say what it took."""
    out: dict = {}
    if params["kind"] == "bare":
        import spacy

        t = time.perf_counter()
        nlp = spacy.load(params["model"])
        out["load_s"] = time.perf_counter() - t
        t, cpu = time.perf_counter(), cpu_seconds()
        n = sum(1 for _ in nlp.pipe(texts_of(Path(params["corpus"])), batch_size=params["batch_size"]))
        out["seconds"] = time.perf_counter() - t
        out["articles"] = n
    else:
        from pipeline.analyse import get_nlp
        from pipeline.run import RunOptions, run

        t = time.perf_counter()
        get_nlp(params["model"])  # loaded once; a worker pool forks with it already built
        out["load_s"] = time.perf_counter() - t
        options = RunOptions(
            model=params["model"], workers=params["workers"], triage=params["triage"],
            batch_size=params["batch_size"], quiet=True, full_parse=params.get("full_parse", False),
        )
        t, cpu = time.perf_counter(), cpu_seconds()
        report = run([params["corpus"]], params["out"], options)
        out["seconds"] = time.perf_counter() - t
        counts = report["counts"]
        out["articles"] = counts["articles_read"]
        out["parsed"] = counts["processed"]
        out["triaged_out"] = counts["triaged_out"]
        out["events"] = counts["events"]
        out["errors"] = counts["errors"]
    out["cpu_s"] = cpu_seconds() - cpu
    out["cpu_total_s"] = cpu_seconds()
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["maxrss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


MAX_RSS_GB = 8.0


def measure(name: str, params: dict, verbose: bool = True, max_rss: float | None = None) -> dict:
    """`child(params)` in a subprocess, sampling the RSS of its whole process tree."""
    import psutil

    if verbose:
        print(f"  {name} ...", end="", flush=True)
    max_rss = (max_rss or MAX_RSS_GB) * 2**30
    started, busy = time.perf_counter(), _busy_cpu()
    own_before = _own_cpu()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", json.dumps(params)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    peak_rss = peak_pss = 0
    try:
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
                peak_rss = max(peak_rss, sum(_memory(p, "rss") for p in tree))
                peak_pss = max(peak_pss, sum(_memory(p, "pss") for p in tree))
            except psutil.NoSuchProcess:
                pass
            if peak_rss > max_rss:  # a runaway configuration must not take the machine down
                proc.kill()
                raise RuntimeError(f"{name}: over {max_rss / 2**30:.0f} GB of RSS, stopped (--max-rss-gb)")
            time.sleep(0.2)
    finally:
        stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"{name} failed (exit {proc.returncode}):\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - started
    # CPU that other processes on the machine used meanwhile, in cores: a busy machine
    # (someone's test suite) makes the wall-clock figures of this configuration unreliable.
    others = _busy_cpu() - busy - result["cpu_total_s"] - (_own_cpu() - own_before)
    result["other_load_cores"] = max(0.0, others / result["wall_s"])
    result["peak_tree_rss_mb"] = peak_rss / 2**20
    result["peak_tree_pss_mb"] = peak_pss / 2**20
    result["articles_per_s"] = result["articles"] / result["seconds"] if result["seconds"] else None
    result["articles_per_cpu_s"] = result["articles"] / result["cpu_s"] if result["cpu_s"] else None
    if verbose:
        print(f" {result['articles']} articles in {result['seconds']:.1f} s ({result['articles_per_s']:.1f}/s,"
              f" {result['articles_per_cpu_s']:.1f}/CPU-s), peak RSS {result['maxrss_mb']:.0f} MB,"
              f" other load {result['other_load_cores']:.2f} cores")
    return result


def _memory(p, kind: str) -> int:
    try:
        return p.memory_full_info().pss if kind == "pss" else p.memory_info().rss
    except Exception:
        return 0


def _busy_cpu() -> float:
    """CPU seconds the whole machine has spent busy since boot."""
    import psutil

    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0) - getattr(t, "guest", 0.0) - getattr(t, "guest_nice", 0.0)


def _own_cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


# --- the benchmark ---------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    global MAX_RSS_GB
    args = parse_args(argv)
    MAX_RSS_GB = args.max_rss_gb
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0
    if args.show:  # print the table of an earlier run again
        print_table(json.loads(args.show.read_text("utf-8")))
        return 0
    from pipeline import DEFAULT_MODEL

    model = args.model or DEFAULT_MODEL
    results: dict = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "load_before": os.getloadavg()},
        "model": model, "batch_size": args.batch_size, "quick": args.quick,
        "sizes": {"reports": args.n, "scaling": args.scaling_n, "mixed": args.mixed_n, "pages": args.pages},
    }
    try:
        import spacy

        results["machine"]["spacy"] = spacy.__version__
    except ImportError:
        pass
    bases = base_articles()
    with tempfile.TemporaryDirectory(prefix="cutoff-bench-") as tmp:
        tmp = Path(tmp)
        common = {"model": model, "batch_size": args.batch_size}

        def cutoff(corpus: Path, workers: int = 1, triage: bool = True, **extra) -> dict:
            out = tempfile.mkdtemp(dir=tmp, prefix="out-")
            return {**common, "kind": "cutoff", "corpus": str(corpus), "out": out, "workers": workers, "triage": triage, **extra}

        # 1. real reports: long wire copy, several events each; cutoff --no-triage against bare spaCy
        reports = tmp / "reports.jsonl"
        write_jsonl(reports, wire_records(args.n, bases, args.seed))
        print(f"reports: {args.n} long reports (project articles varied, with background paragraphs woven in;"
              f" {reports.stat().st_size / 2**20:.1f} MB)")
        r = results["reports"] = {}
        r["bare_spacy"] = measure("bare nlp.pipe", {**common, "kind": "bare", "corpus": str(reports)})
        r["cutoff_no_triage"] = measure("cutoff run --no-triage", cutoff(reports, triage=False))
        r["ratio"] = r["cutoff_no_triage"]["articles_per_s"] / r["bare_spacy"]["articles_per_s"]
        r["cpu_ratio"] = r["bare_spacy"]["cpu_s"] / r["cutoff_no_triage"]["cpu_s"]

        # 2. start-up: one article, whole processes, warm cache
        results["startup"] = startup(tmp, bases[0], model, args.startup_runs)

        # 3. two workers against one on a small folder
        small = tmp / "scaling.jsonl"
        write_jsonl(small, wire_records(args.scaling_n, bases, args.seed + 3))
        s = results["scaling"] = {}
        s["workers_1"] = measure(f"cutoff run, {args.scaling_n} reports, 1 worker", cutoff(small))
        s["workers_2"] = measure(f"cutoff run, {args.scaling_n} reports, --workers 2", cutoff(small, workers=2))
        s["speedup"] = s["workers_2"]["articles_per_s"] / s["workers_1"]["articles_per_s"]

        # 4. an archive where 1 article in 20 is relevant, against bare spaCy on the same texts
        x = results["mixed"] = {"n": args.mixed_n, "relevant_every": RELEVANT_EVERY}
        mixed, alone = tmp / "mixed.jsonl", tmp / "relevant-alone.jsonl"
        with open(mixed, "w", encoding="utf-8") as fm, open(alone, "w", encoding="utf-8") as fa:
            for is_relevant, record in mixed_records(args.mixed_n, bases, args.seed):
                line = json.dumps(record, ensure_ascii=False) + "\n"
                fm.write(line)
                if is_relevant:
                    fa.write(line)
        x["bare_spacy"] = measure("mixed: bare nlp.pipe", {**common, "kind": "bare", "corpus": str(mixed)})
        mixed_params, alone_params = cutoff(mixed), cutoff(alone)
        x["cutoff"] = measure("mixed: cutoff run", mixed_params)
        x["cutoff_relevant_alone"] = measure("mixed: cutoff run, relevant articles alone", alone_params)
        x["speedup"] = x["bare_spacy"]["seconds"] / x["cutoff"]["seconds"]
        x["cpu_speedup"] = x["bare_spacy"]["cpu_s"] / x["cutoff"]["cpu_s"]
        x["same_events"], x["events_difference"] = compare_events(Path(mixed_params["out"]), Path(alone_params["out"]))

        # 5. saved web pages: long, mostly boilerplate and comments; peak memory of the run
        pages = tmp / "pages.jsonl"
        write_jsonl(pages, page_records(args.pages, bases, args.seed))
        results["pages"] = measure(f"{args.pages} saved web pages: cutoff run", cutoff(pages))
        results["pages"]["mb"] = pages.stat().st_size / 2**20
    results["machine"]["load_after"] = os.getloadavg()
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    print(f"\nfigures written to {args.json.relative_to(ROOT) if args.json.is_relative_to(ROOT) else args.json}")
    return 0


def page_records(n: int, bases: list, seed: int = 0) -> Iterator[dict]:
    """Saved web pages: an article (1 in 4 a long report, the rest ordinary news) inside a
    page's text as extraction leaves it: menus, link lists, related headlines, comments;
    5,000 to 60,000 characters."""
    from offtopic import article

    for i in range(n):
        rng = random.Random(f"page:{seed}:{i}")
        record = wire_copy(bases[i % len(bases)], i, seed + 5) if i % 4 == 0 else article(i, seed + 5)
        target = rng.randint(5_000, 60_000)
        chunks, k = [record["text"]], 0
        while sum(map(len, chunks)) < target:
            other = article(n + i * 31 + k, seed + 6)
            k += 1
            kind = rng.random()
            if kind < 0.3:  # a menu or a list of links: short lines
                chunks.append("\n".join(w.capitalize() for w in other["title"].split()[:8]))
            elif kind < 0.6:  # related headlines
                chunks.append("Related: " + other["title"] + "\n" + other["text"].split("\n\n")[0])
            else:  # a reader's comment quoting the story
                chunks.append(f"Comment {k}: " + " ".join(other["text"].split("\n\n")[1:3]))
        rng.shuffle(chunks[1:])
        yield {**{key: record[key] for key in ("title", "published", "outlet", "url")}, "id": f"page-{seed}-{i:05d}",
               "text": "\n\n".join(chunks)[:target]}


def startup(tmp: Path, base, model: str, runs: int) -> dict:
    """Wall time of one whole process analysing one article: `cutoff run` on a folder of it
    (a warm compiled cache, as after the first run of a version) and bare spaCy (`spacy.load`
    and `nlp(text)`); runs alternate, the medians are compared."""
    folder = tmp / "one"
    folder.mkdir()
    text_file = folder / "article.txt"
    text_file.write_text(base.text, encoding="utf-8")
    cutoff_cmd = lambda out: [str(Path(sys.executable).parent / "cutoff"), "run", str(folder), "--out", str(out), "--quiet", "--model", model]  # noqa: E731
    bare_cmd = [sys.executable, "-c", f"import spacy, sys; nlp = spacy.load({model!r}); nlp(open(sys.argv[1], encoding='utf-8').read())", str(text_file)]
    subprocess.run(cutoff_cmd(tmp / "one-out-warm"), check=False, capture_output=True)  # builds the cache if missing
    times: dict[str, list[float]] = {"cutoff": [], "bare": []}
    print("  start-up, one article ...", end="", flush=True)
    for i in range(runs):
        for name, cmd in (("bare", bare_cmd), ("cutoff", cutoff_cmd(tmp / f"one-out-{i}"))):
            t = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True)
            times[name].append(time.perf_counter() - t)
            if done.returncode not in (0, 3):
                raise RuntimeError(f"start-up {name} failed: {done.stderr[-2000:]}")
    out = {name: sorted(v)[len(v) // 2] for name, v in times.items()}
    out["runs"] = times
    out["ratio"] = out["cutoff"] / out["bare"]
    print(f" cutoff {out['cutoff']:.1f} s, bare spaCy {out['bare']:.1f} s (x{out['ratio']:.2f})")
    return out


SOURCE_FIELDS = ("event_id", "source", "canonical_id")  # depend on where an article was read from


def comparable_events(out: Path) -> list[str]:
    """events.jsonl without the fields that depend on the file an article was read from
    (event ids hash the source), as sorted canonical JSON strings."""
    events = []
    with open(out / "events.jsonl", encoding="utf-8") as f:
        for line in f:
            event = {k: v for k, v in json.loads(line).items() if k not in SOURCE_FIELDS}
            events.append(json.dumps(event, sort_keys=True, ensure_ascii=False))
    return sorted(events)


def compare_events(mixed_out: Path, alone_out: Path) -> tuple[bool, dict]:
    a, b = comparable_events(mixed_out), comparable_events(alone_out)
    only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
    article = lambda e: json.loads(e)["article_id"]  # noqa: E731
    diff = {
        "events_mixed": len(a), "events_alone": len(b),
        "articles_only_mixed": sorted({article(e) for e in only_a})[:20],
        "articles_only_alone": sorted({article(e) for e in only_b})[:20],
    }
    asserted = lambda events: [e for e in events if json.loads(e)["status"] == "asserted"]  # noqa: E731
    diff["same_asserted_events"] = asserted(a) == asserted(b)
    return a == b, diff


GOALS = {
    "reports": ("at least 1.0: faster than bare spaCy", lambda r: r["reports"]["ratio"] >= 1.0),
    "startup": ("at most 1.3x bare spaCy", lambda r: r["startup"]["ratio"] <= 1.3),
    "scaling": ("at least 1.8x from 240 articles up", lambda r: r["scaling"]["speedup"] >= 1.8),
    "mixed": ("at least 10x at 4,000 articles", lambda r: r["mixed"]["speedup"] >= 10 and r["mixed"]["same_events"]),
    "pages": ("at most 500 MB", lambda r: r["pages"]["peak_tree_pss_mb"] <= 500),
}


def print_table(results: dict) -> None:
    """The issue's table (issue 15): each measure, this run's figure and the goal."""
    r, st, s, x, pg = results["reports"], results["startup"], results["scaling"], results["mixed"], results["pages"]
    n = results["sizes"]
    star = lambda *cfgs: "*" if any(c["other_load_cores"] > 0.25 for c in cfgs) else ""  # noqa: E731
    # the same ratio in CPU seconds of the process: what another process's load cannot move
    cpu = lambda part, key, unit="": f" (CPU time: {part[key]:.2f}{unit})" if key in part else ""  # noqa: E731
    rows = [
        ("reports", f"`cutoff run --no-triage` vs bare `nlp.pipe`, {n['reports']} long reports",
         f"{r['cutoff_no_triage']['seconds']:.1f} s vs {r['bare_spacy']['seconds']:.1f} s: ratio {r['ratio']:.2f}{star(r['cutoff_no_triage'], r['bare_spacy'])}"
         f"{cpu(r, 'cpu_ratio')};"
         f" peak {r['cutoff_no_triage']['peak_tree_pss_mb']:.0f} vs {r['bare_spacy']['peak_tree_pss_mb']:.0f} MiB"),
        ("startup", "start-up: one article, whole process",
         f"{st['cutoff']:.1f} s vs {st['bare']:.1f} s ({st['ratio']:.2f}x)"),
        ("scaling", f"two workers vs one, {n['scaling']} long reports",
         f"{s['speedup']:.2f}x ({s['workers_2']['seconds']:.1f} s vs {s['workers_1']['seconds']:.1f} s){star(s['workers_1'], s['workers_2'])}"),
        ("mixed", f"archive with 1 relevant article in {x['relevant_every']}, {n['mixed']:,} articles, vs bare `nlp.pipe`",
         f"{x['speedup']:.1f}x ({x['cutoff']['seconds']:.1f} s vs {x['bare_spacy']['seconds']:.1f} s){star(x['cutoff'], x['bare_spacy'])}"
         f"{cpu(x, 'cpu_speedup', 'x')};"
         f" events as the relevant alone: {x['same_events']}"),
        ("pages", f"{n['pages']:,} saved web pages (peak memory, PSS of all processes)",
         f"{pg['peak_tree_pss_mb']:.0f} MB ({pg['mb']:.0f} MB of text, {pg['seconds']:.0f} s)"),
    ]
    load = results["machine"]
    print(f"\nCutoff benchmark (issue 15): model {results['model']}, {load['cpus']} CPUs, load average before"
          f" {', '.join(f'{v:.2f}' for v in load['load_before'])}, after {', '.join(f'{v:.2f}' for v in load.get('load_after', ()))}")
    print("| measure | this run | goal | met |")
    print("|---|---|---|---|")
    for key, label, figure in rows:
        goal, check = GOALS[key]
        print(f"| {label} | {figure} | {goal} | {'yes' if check(results) else 'NO'} |")
    if any(c["other_load_cores"] > 0.25 for c in _measured(results)):
        print("* other processes used more than a quarter of a core meanwhile: that row's wall-clock figures are pessimistic")
    print("Seconds exclude loading the model (the start-up row is whole processes); both sides of a ratio ran in this run."
          " The goals are read on wall-clock figures; the CPU-time ratio in brackets is the same comparison in CPU seconds"
          " of the one process, which the machine's other load barely moves.")


def _measured(results: dict) -> list[dict]:
    """Every measured configuration in `results`."""
    found = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if "other_load_cores" in node:
                found.append(node)
            else:
                for value in node.values():
                    walk(value)

    walk({k: v for k, v in results.items() if k != "targets"})
    return found


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=None, help="long reports for the throughput ratio (default 300; --quick 40)")
    p.add_argument("--scaling-n", type=int, default=None, help="long reports for two workers against one (default 240; --quick 60)")
    p.add_argument("--mixed-n", type=int, default=None, help="articles in the archive with 1 relevant in 20 (default 4000; --quick 400)")
    p.add_argument("--pages", type=int, default=None, help="saved web pages for peak memory (default 300; --quick 60)")
    p.add_argument("--startup-runs", type=int, default=3, help="runs of each start-up measure (the median counts)")
    p.add_argument("--batch-size", type=int, default=64, help="articles per batch, for nlp.pipe and cutoff run alike")
    p.add_argument("--model", default=None, help="spaCy model (default: Cutoff's)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--quick", action="store_true", help="small corpora: a smoke test of the benchmark itself")
    p.add_argument("--json", type=Path, default=BENCH / "results.json", help="where to write the figures")
    p.add_argument("--max-rss-gb", type=float, default=MAX_RSS_GB, help="stop a configuration whose processes use more (default 8)")
    p.add_argument("--show", type=Path, metavar="RESULTS.json", help="print the table of an earlier run's figures and exit")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    for name, full, quick in (("n", 300, 40), ("scaling_n", 240, 60), ("mixed_n", 4000, 400), ("pages", 300, 60)):
        if getattr(args, name) is None:
            setattr(args, name, quick if args.quick else full)
    return args


if __name__ == "__main__":
    sys.exit(main())
