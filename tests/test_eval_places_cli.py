"""scripts/eval_places.py (`make eval`'s place benchmark) turns a benchmark path it cannot read
(a folder, a missing file, a broken line) into a usage error naming it, not a traceback."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def eval_places():
    spec = importlib.util.spec_from_file_location("eval_places", ROOT / "scripts" / "eval_places.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("make", [lambda tmp: tmp, lambda tmp: tmp / "missing.jsonl", lambda tmp: _broken(tmp)])
def test_an_unreadable_benchmark_is_a_usage_error(tmp_path: Path, make, capsys) -> None:
    path = make(tmp_path)
    with pytest.raises(SystemExit) as stop:
        eval_places().main([str(path)])
    assert stop.value.code == 2
    assert f"cannot read the benchmark {path}" in capsys.readouterr().err


def _broken(tmp: Path) -> Path:
    path = tmp / "broken.jsonl"
    path.write_text('{"id": "a", "text": "Mobile data was cut in Quetta."\n', encoding="utf-8")
    return path
