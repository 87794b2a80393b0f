"""Mistakes users make get a clear one-line answer and the right exit code (issue 11)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, write
from pipeline.api import run_to_dataframe
from pipeline.cli import main

SAMPLES = ROOT / "data" / "samples"
CUTOFF_BIN = ROOT / ".venv" / "bin" / "cutoff"
CUTOFF = [str(CUTOFF_BIN)] if CUTOFF_BIN.exists() else [sys.executable, "-m", "pipeline.cli"]


@pytest.fixture()
def inbox(tmp_path) -> Path:
    root = tmp_path / "inbox"
    for name in ("sample-01.txt", "sample-02.txt"):
        write(root / name, (SAMPLES / name).read_bytes())
    write(root / "report.pdf", b"%PDF-1.7\n")
    write(root / "notes.docx", b"PK\x03\x04")
    return root


def last_lines(capsys) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def test_files_of_other_types_are_listed_and_a_rerun_says_what_the_store_holds(inbox, tmp_path, capsys, nlp):
    out = tmp_path / "out"
    assert main(["run", str(inbox), "--out", str(out)]) == 0
    lines = last_lines(capsys)
    assert lines[-2] == "skipped 2 files of other types: notes.docx, report.pdf"
    stored = len((out / "events.jsonl").read_text().splitlines())
    assert lines[-1].startswith(f"done: 2 articles (2 analysed, 0 unchanged), {stored} events in the store, 0 errors in ")
    assert main(["run", str(inbox), "--out", str(out)]) == 0
    assert last_lines(capsys)[-1].startswith(f"done: 2 articles (0 analysed, 2 unchanged), {stored} events in the store, 0 errors")


def test_a_file_of_another_type_named_on_the_command_line_is_a_usage_error(inbox, tmp_path, capsys):
    assert main(["run", str(inbox / "report.pdf"), "--out", str(tmp_path / "out")]) == 2
    assert last_lines(capsys) == [f"cutoff run: not a kind of file Cutoff reads: {inbox / 'report.pdf'} (it reads .txt, .md, .html, .htm, .jsonl, .json)"]


def test_an_output_folder_inside_the_input_folder_is_never_read_as_articles(inbox, capsys, nlp):
    out = inbox / "out"
    assert main(["run", str(inbox), "--out", str(out), "--quiet"]) == 0
    first = sorted(e["event_id"] for e in map(json.loads, (out / "events.jsonl").read_text().splitlines()))
    assert main(["run", str(inbox), "--out", str(out), "--quiet", "--reprocess"]) == 0
    assert (out / "errors.jsonl").read_text() == ""
    again = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert sorted(e["event_id"] for e in again) == first
    assert all(not e["source"].startswith("inbox/out/") for e in again)


def test_out_that_is_a_file_is_a_usage_error(inbox, tmp_path, capsys):
    afile = write(tmp_path / "afile", "x")
    assert main(["run", str(inbox), "--out", str(afile)]) == 2
    assert last_lines(capsys) == [f"cutoff run: --out {afile} is a file; give a folder (it is created if missing)"]


def test_no_arguments_lists_the_commands(capsys):
    assert main([]) == 2
    err = capsys.readouterr().err
    for command in ("run", "evaluate", "schema", "validate", "status", "report", "export"):
        assert f"\n    {command} " in err


def test_a_closed_pipe_ends_quietly():
    proc = subprocess.Popen([*CUTOFF, "schema"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before anything is written, as `| head -0`
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""


def test_validate_says_what_it_checks_and_refuses_canonical_events(tmp_path, capsys, nlp):
    out = tmp_path / "out"
    shutil.copytree(SAMPLES, tmp_path / "samples", ignore=shutil.ignore_patterns("*.html", "*.json*"))
    assert main(["run", str(tmp_path / "samples"), "--out", str(out), "--quiet"]) == 0
    assert main(["validate", str(out / "canonical_events.jsonl")]) == 2
    assert last_lines(capsys) == [f"cutoff validate: {out / 'canonical_events.jsonl'} holds merged canonical events; validate checks event files (events.jsonl, or an output folder holding one)"]
    assert main(["validate", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"checking {out / 'events.jsonl'} against the event schema (`cutoff schema`)"


def test_status_names_each_event_by_its_article_title_or_file(inbox, tmp_path, capsys, nlp):
    out = tmp_path / "out"
    write(inbox / "untitled.txt", (SAMPLES / "sample-03.txt").read_text("utf-8").split("---")[-1].strip())
    assert main(["run", str(inbox), "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["status", str(out), "--events"]) == 0
    shown = capsys.readouterr().out
    titles = {e["title"] for e in map(json.loads, (out / "events.jsonl").read_text().splitlines()) if e["title"]}
    assert titles and all(title[:20] in shown for title in titles)
    assert "untitled.txt" in shown


def test_run_to_dataframe_returns_the_events_of_the_inputs_given(inbox, tmp_path, nlp):
    out = tmp_path / "out"
    other = write(tmp_path / "other" / "sample-03.txt", (SAMPLES / "sample-03.txt").read_bytes())
    everything = run_to_dataframe([inbox, other.parent], out)
    assert {"inbox/sample-01.txt", "other/sample-03.txt"} <= set(everything["source"])
    one = run_to_dataframe([inbox / "sample-01.txt"], out)
    assert len(one) and set(one["source"]) == {"sample-01.txt"}


def test_the_readme_says_where_export_writes():
    assert "out/export/" in (ROOT / "README.md").read_text("utf-8")
