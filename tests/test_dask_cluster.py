"""A real Dask cluster, started from the command line with the very lines of the README's
"Running on a Dask cluster" section: `dask scheduler` and two `dask worker` processes on
127.0.0.1 (a free port instead of 8786), then `cutoff run --engine dask --scheduler
tcp://127.0.0.1:PORT` as a separate process. Its events
must be those of the local engine, event ids included (ids hash the source path, the
article's content, the pipeline version and the event's position, none of which depends on
the engine). Every process is started in a session of its own and torn down whatever happens.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from pipeline import DEFAULT_MODEL
from pipeline.run import RunOptions, run

pytest.importorskip("dask.distributed")

SAMPLES = ROOT / "data" / "samples"
BIN = Path(sys.executable).parent
START_TIMEOUT = 90  # seconds for the scheduler and both workers to come up
RUN_TIMEOUT = 300  # seconds for `cutoff run` over data/samples on the cluster


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args: list[str], log: Path) -> subprocess.Popen:
    """A process in a session of its own (a worker's nanny and its child die with it)."""
    with log.open("wb") as out:
        return subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, cwd=log.parent)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        except ProcessLookupError:
            pass


def wait_for_workers(address: str, n: int, procs: list[subprocess.Popen], logs: list[Path]) -> None:
    from dask.distributed import Client

    deadline = time.monotonic() + START_TIMEOUT
    while True:
        dead = [log for proc, log in zip(procs, logs) if proc.poll() is not None]
        if dead:
            raise AssertionError(f"a cluster process ended early:\n{dead[0].read_text(errors='replace')[-3000:]}")
        try:
            with Client(address, timeout=5) as client:
                client.wait_for_workers(n, timeout=max(1.0, deadline - time.monotonic()))
                return
        except (OSError, TimeoutError) as exc:
            if time.monotonic() > deadline:
                raise AssertionError(f"no {n} workers at {address} after {START_TIMEOUT} s: {exc}") from exc
            time.sleep(1)


def readme_commands() -> list[list[str]]:
    """The shell lines of the README's cluster section, split into arguments."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Running on a Dask cluster", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)[1]
    return [shlex.split(line) for line in block.splitlines() if line.strip() and not line.startswith("#")]


def localised(args: list[str], port: int, out: Path) -> list[str]:
    """A README line with this venv's binaries, the free port, the samples and `out`."""
    swap = {"data/samples": str(SAMPLES), "out/dask": str(out)}
    args = [a for a in args if a != "&"]
    args = [swap.get(a, a.replace(":8786", f":{port}")) for a in args]
    if args[0].startswith(".venv/bin/"):
        args[0] = str(BIN / args[0].removeprefix(".venv/bin/"))
    return [a if a != "8786" else str(port) for a in args]


@pytest.fixture
def cluster(tmp_path):
    """(port, the README's cutoff command) with its scheduler and two workers running."""
    *background, client = readme_commands()
    assert [a[1] for a in background] == ["scheduler", "worker", "worker"] and client[1] == "run"
    port = free_port()
    logs = [tmp_path / name for name in ("scheduler.log", "worker-1.log", "worker-2.log")]
    procs = []
    try:
        for args, log in zip(background, logs):
            procs.append(start(localised(args, port, tmp_path / "dask"), log))
        wait_for_workers(f"tcp://127.0.0.1:{port}", 2, procs, logs)
        yield port, localised(client, port, tmp_path / "dask")
    finally:
        for proc in reversed(procs):
            stop(proc)


def events_of(out: Path) -> list[dict]:
    """The events by id. Two field spans of one word and one field with two values ("phone
    lines": voice calls and internet) come in set order, which follows the process's string
    hash seed: they are put in value order, the only thing compared apart from the engine."""
    with open(out / "events.jsonl", encoding="utf-8") as f:
        events = sorted((json.loads(line) for line in f), key=lambda e: e["event_id"])
    for event in events:
        event["field_spans"] = sorted(event.get("field_spans", []), key=lambda f: (f["start"], f["end"], f["field"], f["value"]))
    return events


def test_cutoff_run_on_a_dask_cluster_started_from_the_command_line(tmp_path, cluster, nlp):
    port, command = cluster
    run([str(SAMPLES)], tmp_path / "local", RunOptions(model=DEFAULT_MODEL, quiet=True))
    local = events_of(tmp_path / "local")
    assert len(local) >= 10

    done = subprocess.run(command, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert done.returncode == 0, done.stderr[-3000:]
    assert events_of(tmp_path / "dask") == local
    report = json.loads((tmp_path / "dask" / "run.json").read_text("utf-8"))
    assert report["options"]["engine"] == "dask" and report["options"]["scheduler"] == f"tcp://127.0.0.1:{port}"
