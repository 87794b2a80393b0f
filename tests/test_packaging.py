"""The installed package carries its rule data (issue 11): every package of the source tree
is listed in pyproject.toml, models/ included as `pipeline.models`, read through
importlib.resources. `make check-install` (run by CI) proves the built wheel end to end."""

from __future__ import annotations

import tomllib
from importlib import resources

from conftest import ROOT
from pipeline.components.patterns import MODELS_DIR


def test_every_package_and_data_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    code = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "pipeline").rglob("__init__.py")}
    data = {"pipeline.models." + ".".join(d.relative_to(ROOT / "models").parts) for d in (ROOT / "models").rglob("*") if d.is_dir() and any(d.glob("*.json*"))}
    assert config["package-dir"]["pipeline.models"] == "models"
    assert code | data | {"pipeline.models"} == listed


def test_rule_data_is_read_from_the_package_resources():
    assert MODELS_DIR == ROOT / "models"  # an editable install maps pipeline.models to models/
    assert resources.files("pipeline.models").joinpath("gazetteer", "regions.json").is_file()


def test_the_lock_pins_every_declared_dependency():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    lock = {line.split("==")[0].lower().replace("_", "-") for line in (ROOT / "requirements.lock").read_text().splitlines() if "==" in line}
    declared = config["dependencies"] + config["optional-dependencies"]["test"]
    names = {d.split("[")[0].split(">")[0].split("=")[0].split("<")[0].strip().lower().replace("_", "-") for d in declared}
    assert names <= lock, names - lock
