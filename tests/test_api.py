"""The notebook API: one text to events, a batch to a DataFrame, an output folder to tables."""

from conftest import ROOT
from pipeline.api import extract_events, load_output, run_to_dataframe


def test_extract_events_from_text(nlp):
    events = extract_events(
        "Authorities in Manipur suspended mobile internet on Tuesday to stop rumours.",
        published="2023-07-14", title="Manipur curbs", article_id="t-1",
    )
    [event] = [e for e in events if e["status"] == "asserted"]
    assert (event["article_id"], event["title"], event["province_code"]) == ("t-1", "Manipur curbs", "IN-MN")
    assert event["date_start"] == "2023-07-11" and event["services"] == ["mobile_internet"]


def test_run_to_dataframe_and_load_output(tmp_path, nlp):
    frame = run_to_dataframe([ROOT / "data" / "samples"], tmp_path / "out")
    assert len(frame) > 20 and {"event_id", "province_code", "services", "canonical_id"} <= set(frame.columns)
    assert isinstance(frame["services"].iloc[0], list)
    tables = load_output(tmp_path / "out")
    assert set(tables) == {"events", "canonical_events", "sources"}
    assert len(tables["sources"]) == tables["canonical_events"]["n_articles"].sum()
