#!/usr/bin/env bash
# Proves that Cutoff installs and runs as a user gets it, not only from the source tree:
# build the wheel, install it into a fresh `python3 -m venv` with that venv's own stock pip
# (no upgrade), pinned to requirements.lock, then run the seed articles, a text file and an
# HTML page through the installed `cutoff` from a folder outside the repository.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
seeds="$repo/../shared/seeds/articles.jsonl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
pip="$work/venv/bin/python -m pip"
echo "check-install: $($pip --version)"
$pip wheel --quiet --no-deps "$repo" -w "$work/dist" 2>&1 | grep -v "^WARNING: Location" || true
$pip install --quiet -c "$repo/requirements.lock" "$work"/dist/cutoff-*.whl 2>&1 | grep -v "^WARNING: Location" || true

mkdir "$work/inbox"
cp "$repo/data/samples/sample-01.txt" "$repo/tests/fixtures/webpage/article.html" "$work/inbox/"
[ -f "$seeds" ] && cp "$seeds" "$work/inbox/seeds.jsonl"
cd "$work"
"$work/venv/bin/cutoff" run inbox --out out --quiet
"$work/venv/bin/python" - <<'PY'
import json, sys
sources = {}
for line in open("out/events.jsonl", encoding="utf-8"):
    source = json.loads(line)["source"].split(":")[0]
    sources[source] = sources.get(source, 0) + 1
print("check-install: events per input from the installed cutoff:", sources)
wanted = ["inbox/sample-01.txt", "inbox/article.html"] + (["inbox/seeds.jsonl"] if __import__("os").path.exists("inbox/seeds.jsonl") else [])
missing = [s for s in wanted if not sources.get(s)]
if missing:
    sys.exit(f"check-install: no events from {', '.join(missing)}")
PY
# the report (map data) and the STOP export (its vocabulary) read package data too
"$work/venv/bin/cutoff" report out >/dev/null
"$work/venv/bin/cutoff" export out --format stop >/dev/null
grep -q 'id="topojson">{"arcs"' out/report.html || { echo "check-install: report.html has no map data"; exit 1; }
echo "check-install: ok"
