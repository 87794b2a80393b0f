"""`cutoff export --format stop`: one row per canonical event in STOP's columns, every value in
the vocabulary documented in docs/stop-export.md and models/vocab/stop_export.json."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, make_event
from pipeline.cli import main
from pipeline.merge import canonicalize
from pipeline.stop_export import (
    country_name, country_vocabulary, other_platform_vocabulary, stop_row, stop_vocab, write_stop_csv,
)

STOP_COLUMNS = [
    "start_date", "end_date", "country", "geo_scope", "area_name", "shutdown_type", "affected_network",
    "shutdown_extent", "ordered_by", "decision_maker", "gov_justification", "facebook_affected",
    "twitter_affected", "whatsapp_affected", "instagram_affected", "telegram_affected", "other_affected",
    "sms_affected", "phonecall_affected", "telcos_involved", "users_targeted", "info_source_link", "event",
]
DOC = (ROOT / "docs" / "stop-export.md").read_text("utf-8")
PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def samples(tmp_path_factory, nlp) -> tuple[Path, list[dict], list[str], list[dict[str, str]]]:
    out = tmp_path_factory.mktemp("stop") / "out"
    assert main(["run", str(ROOT / "data" / "samples"), "--out", str(out), "--quiet"]) == 0
    assert main(["export", str(out), "--format", "stop"]) == 0
    canonical = [json.loads(line) for line in (out / "canonical_events.jsonl").read_text("utf-8").splitlines()]
    header, rows = read_csv(out / "export" / "stop.csv")
    return out, canonical, header, rows


def parts(cell: str, separator: str) -> list[str]:
    return [part for part in cell.split(separator)] if cell else []


def test_samples_export_writes_the_stop_columns_one_row_per_canonical_event(samples):
    out, canonical, header, rows = samples
    assert header == STOP_COLUMNS == stop_vocab()["columns"]
    assert len(rows) == len(canonical) >= 20
    assert sorted(p.name for p in (out / "export").iterdir()) == ["stop.csv"]


def test_every_sample_value_is_in_its_documented_vocabulary(samples):
    _, canonical, _, rows = samples
    v = stop_vocab()
    join, join_list = v["value_separator"], v["list_separator"]
    yes_no = set(v["yes_no"])
    countries = country_vocabulary()
    other_platforms = other_platform_vocabulary()
    for c, row in zip(canonical, rows):
        for column in ("start_date", "end_date"):
            assert row[column] == "" or PARTIAL_DATE.fullmatch(row[column]), (column, row[column])
        assert row["start_date"] == (c["date_start"] or "") and row["end_date"] == (c["date_end"] or "")
        assert row["country"] in countries and row["country"] == country_name(c["country"])
        assert row["geo_scope"] in v["geo_scope"].values()
        assert (row["area_name"] == v["nationwide_area_name"]) == (row["geo_scope"] == v["geo_scope"]["national"])
        if row["area_name"] != v["nationwide_area_name"]:
            assert set(parts(row["area_name"], ", ")) <= {c["city"], c["province"]}
        assert row["shutdown_type"] in v["shutdown_type"]["values"]
        assert (row["shutdown_type"] == "Throttle") == (c["restriction"] == "throttling")
        for column, vocabulary in (("affected_network", v["affected_network"]["values"]),
                                   ("shutdown_extent", v["shutdown_extent"]["values"]),
                                   ("ordered_by", v["ordered_by"]["values"]),
                                   ("gov_justification", v["gov_justification"]["values"])):
            values = parts(row[column], join)
            assert set(values) <= set(vocabulary) and len(values) == len(set(values)), (column, row[column])
        actor_names = {kind: {a["name"] for a in c["actors"] if a["kind"] == kind} for kind in
                       ("government", "police", "regulator", "court", "military", "carrier")}
        decision_names = set().union(*(actor_names[k] for k in v["decision_maker_kinds"]))
        assert set(parts(row["decision_maker"], join_list)) == decision_names
        assert set(parts(row["telcos_involved"], join_list)) == actor_names["carrier"]
        for column in (*v["platform_flags"], *v["service_flags"], "users_targeted"):
            assert row[column] in yes_no, (column, row[column])
        for column, ids in v["platform_flags"].items():
            assert (row[column] == "Yes") == bool(set(ids) & set(c["platforms"]))
        assert set(parts(row["other_affected"], join)) <= other_platforms
        links = parts(row["info_source_link"], join_list)
        assert all(re.match(r"https?://", link) for link in links)
        assert set(links) == {s["url"] for s in c["sources"] if s.get("url")}
        assert row["event"] and "\n" not in row["event"]
        first = next(sentence for s in c["sources"] for sentence in s["evidence"])
        assert row["event"] == " ".join(first.split())


def test_samples_use_both_sides_of_the_vocabulary(samples):
    """The samples are varied enough that the mapping is exercised, not just defaulted."""
    _, _, _, rows = samples
    column = {name: {r[name] for r in rows} for name in STOP_COLUMNS}
    assert column["shutdown_type"] == {"Shutdown", "Throttle"}
    assert set(stop_vocab()["geo_scope"].values()) <= column["geo_scope"]
    assert {"Full network", "Service-based"} <= column["shutdown_extent"]
    assert {"Yes", "No"} <= column["facebook_affected"] and {"Yes", "No"} <= column["phonecall_affected"]
    assert "Nationwide" in column["area_name"] and "Mobile" in column["affected_network"]
    assert any(r["telcos_involved"] for r in rows) and any(r["other_affected"] for r in rows)


def test_every_vocabulary_value_is_documented():
    v = stop_vocab()
    documented = [*v["geo_scope"].values(), v["nationwide_area_name"], *v["yes_no"], *v["country_names"].values(),
                  *v["platform_names"].values()]
    for key in ("shutdown_type", "shutdown_extent", "affected_network", "ordered_by", "gov_justification"):
        documented += v[key]["values"]
    assert [value for value in documented if f"`{value}`" not in DOC] == []
    assert [column for column in STOP_COLUMNS if f"| `{column}` |" not in DOC] == []
    # every mapping lands in its list of values
    assert set(v["shutdown_type"]["by_restriction"].values()) <= set(v["shutdown_type"]["values"])
    for table in ("by_restriction", "with_platforms"):
        assert {x for values in v["shutdown_extent"][table].values() for x in values} <= set(v["shutdown_extent"]["values"])
    assert set(v["affected_network"]["by_service"].values()) <= set(v["affected_network"]["values"])
    assert set(v["ordered_by"]["by_actor_kind"].values()) == set(v["ordered_by"]["values"])
    assert set(v["gov_justification"]["by_justification"].values()) == set(v["gov_justification"]["values"])


def test_every_spec_vocabulary_is_mapped():
    """Each restriction, justification and ordering actor kind of the spec has its STOP value."""
    v = stop_vocab()
    restrictions = {"subscriber_cutoff", "international_barring", "network_shutdown", "throttling", "service_block", "other"}
    assert set(v["shutdown_type"]["by_restriction"]) == restrictions
    assert set(v["shutdown_extent"]["by_restriction"]) == set(v["shutdown_extent"]["with_platforms"]) == restrictions
    assert set(v["gov_justification"]["by_justification"]) == {
        "fraud", "terrorism", "national_security", "public_order", "exams", "elections", "protests", "law"}
    assert set(v["ordered_by"]["by_actor_kind"]) == set(v["decision_maker_kinds"]) == {
        "government", "police", "regulator", "court", "military"}


def test_one_measure_as_stop_writes_it():
    reports = [
        make_event("levant#0", restriction="network_shutdown", country="IR", province="Sistan and Baluchestan",
                   province_code="IR-11", city="Zahedan", date_start="2022-09-30", date_end="2022-10-03",
                   services=["mobile_internet", "platform"], platforms=["instagram", "tiktok"],
                   actors=[{"name": "communications ministry", "kind": "government"},
                           {"name": "Irancell", "kind": "carrier"}],
                   justification=["protests", "national_security"], targets=["protesters"],
                   url="https://levant.example/zahedan", published="2022-10-03",
                   evidence=[{"text": "Mobile internet was cut in\nZahedan on Friday.", "start": 0, "end": 40}]),
        make_event("kavir#0", restriction="network_shutdown", country="IR", province="Sistan and Baluchestan",
                   province_code="IR-11", city="Zahedan", date_start="2022-09",
                   services=["mobile_internet"], url="javascript:alert(1)", published="2022-10-05"),
    ]
    canonical, _ = canonicalize(reports)
    assert len(canonical) == 1
    assert stop_row(canonical[0]) == {
        "start_date": "2022-09-30", "end_date": "2022-10-03", "country": "Iran",
        "geo_scope": "It only affected one city, county, or village", "area_name": "Zahedan, Sistan and Baluchestan",
        "shutdown_type": "Shutdown", "affected_network": "Mobile", "shutdown_extent": "Full network, Service-based",
        "ordered_by": "Executive government", "decision_maker": "communications ministry",
        "gov_justification": "Protests, National security", "facebook_affected": "No", "twitter_affected": "No",
        "whatsapp_affected": "No", "instagram_affected": "Yes", "telegram_affected": "No", "other_affected": "TikTok",
        "sms_affected": "No", "phonecall_affected": "No", "telcos_involved": "Irancell", "users_targeted": "Yes",
        "info_source_link": "https://levant.example/zahedan", "event": "Mobile internet was cut in Zahedan on Friday.",
    }


@pytest.mark.parametrize(("fields", "expected"), [
    ({"country": "RU", "province": None, "province_code": None, "restriction": "throttling", "services": ["platform"],
      "platforms": ["twitter"]},
     {"country": "Russia", "area_name": "Nationwide", "shutdown_type": "Throttle", "shutdown_extent": "Service-based",
      "geo_scope": "It affected locations in more than one state, province, or region", "twitter_affected": "Yes"}),
    ({"restriction": "international_barring", "services": ["international_sms"], "targets": []},
     {"country": "China", "area_name": "Xinjiang", "shutdown_extent": "Service-based", "sms_affected": "Yes",
      "phonecall_affected": "No", "users_targeted": "No", "affected_network": "Mobile"}),
    ({"restriction": "other", "services": ["internet"], "country": None, "province": None, "province_code": None},
     {"country": "", "geo_scope": "", "area_name": "", "shutdown_extent": "", "affected_network": ""}),
])
def test_mapping_rules(fields, expected):
    canonical, _ = canonicalize([make_event("a#0", date_start="2021-03-10", **fields)])
    row = stop_row(canonical[0])
    assert {key: row[key] for key in expected} == expected


def test_csv_cells_are_neutralised_for_spreadsheets(tmp_path: Path):
    hostile = make_event("a#0", actors=[{"name": "=HYPERLINK(\"http://x\")", "kind": "carrier"}],
                         evidence=[{"text": "-2+3 lines were cut.", "start": 0, "end": 20}])
    canonical, _ = canonicalize([hostile])
    write_stop_csv(tmp_path / "safe.csv", canonical)
    write_stop_csv(tmp_path / "raw.csv", canonical, csv_safe=False)
    safe, raw = read_csv(tmp_path / "safe.csv")[1][0], read_csv(tmp_path / "raw.csv")[1][0]
    assert safe["telcos_involved"] == "'=HYPERLINK(\"http://x\")" and safe["event"] == "'-2+3 lines were cut."
    assert raw["telcos_involved"] == "=HYPERLINK(\"http://x\")" and raw["event"] == "-2+3 lines were cut."


def test_stop_export_without_canonical_file_merges_events(tmp_path: Path, capsys):
    reports = [make_event("a#0", date_start="2015-11", url="https://a.example/1"),
               make_event("b#0", date_start="2015-11-20", url="https://b.example/2")]
    (tmp_path / "events.jsonl").write_text("".join(json.dumps(e) + "\n" for e in reports), "utf-8")
    assert main(["export", str(tmp_path), "--format", "stop", "--dest", str(tmp_path / "x")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "x" / "stop.csv")
    _, rows = read_csv(tmp_path / "x" / "stop.csv")
    assert len(rows) == 1 and rows[0]["info_source_link"] == "https://a.example/1; https://b.example/2"
    assert rows[0]["start_date"] == "2015-11-20"
