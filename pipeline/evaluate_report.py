"""What `cutoff evaluate` prints: the scoring table, the confidence bands, the false-alarm
rate and the error listing, from a `pipeline.evaluate.Report`."""

from __future__ import annotations

from pipeline.evaluate import Report

def report_json(report: Report) -> dict:
    """The whole report as plain JSON-able data (for --json)."""
    return {
        "gold_articles": report.gold_articles,
        "matched_articles": report.matched_articles,
        "events": report.events.as_dict(),
        "slots": report.slots.as_dict(),
        "fields": {name: counts.as_dict() for name, counts in report.fields.items()},
        "unscored_articles": report.unscored_articles,
        "asserted_per_100_articles": asserted_rate(report),
        "confidence_bands": confidence_bands(report),
        "errors": report.errors,
    }


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render_table(report: Report) -> str:
    """A fixed-width plain-text table: reads the same in a terminal, a pipe or a file."""
    lines = [
        f"gold articles: {report.gold_articles}, with predictions: {report.matched_articles}, "
        f"unscored prediction articles: {len(report.unscored_articles)}",
        "",
        f"{'':16}{'TP':>6}{'FP':>6}{'FN':>6}{'precision':>11}{'recall':>8}{'F1':>7}",
    ]
    rows = [("events", report.events), ("slots (micro)", report.slots)]
    rows += [(f"  {name}", counts) for name, counts in report.fields.items()]
    for name, c in rows:
        lines.append(f"{name:16}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
                     f"{_ratio(c.precision):>11}{_ratio(c.recall):>8}{_ratio(c.f1):>7}")
    lines += ["", f"asserted events: {len(report.confidence)} in {report.gold_articles} gold articles "
              f"({asserted_rate(report)} per 100 articles)", "",
              "confidence band   predicted  paired with gold  share"]
    for band in confidence_bands(report):
        share = "-" if band["share"] is None else f"{band['share']:.2f}"
        lines.append(f"{band['band']:16}{band['predicted']:>11}{band['paired']:>18}{share:>7}")
    lines += ["", f"headline: slot micro F1 = {_ratio(report.slots.f1)}"]
    return "\n".join(lines)


CONFIDENCE_BANDS = ((0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01))


def confidence_bands(report: Report) -> list[dict]:
    """How often the asserted predictions of each confidence band pair with a gold event:
    a confidence worth its name is right more often in its higher bands."""
    out = []
    for low, high in CONFIDENCE_BANDS:
        inside = [paired for conf, paired in report.confidence if low <= conf < high]
        out.append({"band": f"{low:.1f}-{min(high, 1.0):.1f}", "predicted": len(inside), "paired": sum(inside),
                    "share": round(sum(inside) / len(inside), 3) if inside else None})
    return out


def asserted_rate(report: Report) -> float | None:
    """Asserted predictions per 100 gold articles: on a set of articles reporting no event,
    the false-alarm rate."""
    return round(100 * len(report.confidence) / report.gold_articles, 1) if report.gold_articles else None


def _show(value: object) -> str:
    """A predicted or gold value for the error listing; gold actor aliases joined with "/"."""
    if not value:
        return "-"
    if isinstance(value, list):
        return ", ".join("/".join(item) if isinstance(item, list) else str(item) for item in value)
    return str(value)


def render_problem(problem: dict) -> str:
    """One error line, predicted and gold side by side."""
    if problem["field"] == "event":
        kind, side = ("missed", "gold") if problem["fn"] else ("spurious", "pred")
        slots = problem["fn"] or problem["fp"]
        return f"{problem['event']}: {kind} event ({problem[side] or 'no restriction'}; {slots} slot{'s' * (slots != 1)})"
    line = f"{problem['event']}: {problem['field']}: pred {_show(problem['pred'])} | gold {_show(problem['gold'])}"
    if problem.get("gold_alternates"):
        line += f" (alts {_show(problem['gold_alternates'])})"
    return line


def render_errors(report: Report) -> str:
    """Per article, every missed and spurious slot; then the articles that were not scored."""
    lines = []
    for article in report.errors:
        lines.append(article["article_id"])
        lines += [f"  {render_problem(problem)}" for problem in article["problems"]]
    if report.unscored_articles:
        lines.append("unscored articles (predictions but no gold line): " + ", ".join(report.unscored_articles))
    return "\n".join(lines) or "no errors"
