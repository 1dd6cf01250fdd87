"""The Upload page driven as an analyst would, by widget key (Streamlit AppTest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def fresh() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_upload_page_is_the_landing_page_and_offers_demo_and_tutorial():
    at = fresh()
    assert at.title[0].value == "Upload intelligence reports"
    assert at.button(key="load_demo") is not None
    assert any("tutorial" in str(link.proto.page).lower() for link in at.get("page_link"))


def test_messy_files_are_accounted_for_row_by_row():
    at = fresh()
    good = (
        "URN,Intelligence Date,Intelligence Text\n"
        "A1,03/04/2025,John SMITH seen at 12 Mill Lane\n"
        "A2,31/02/2025,Kyle O'BRIEN on 07700 900123\n"
        "A3,01/01/2025,   \n"
        "A1,03/04/2025,John SMITH seen at 12 Mill Lane\n"
    ).encode("utf-8")
    at.file_uploader(key="upload_files").set_value([("rms.csv", good, "text/csv")])
    at.run()
    assert not at.exception
    shown = metrics(at)
    # 4 rows in: 2 kept, 1 rejected (blank text), 1 duplicate of A1.
    assert shown == {"Rows in": "4", "Kept": "2", "Rejected": "1", "Duplicates": "1"}
    tables = [d.value for d in at.dataframe]
    rejected = next(t for t in tables if "reason" in t.columns)
    assert rejected[["source", "row"]].values.tolist() == [["rms.csv", 3]]
    assert "text" in rejected["reason"].iloc[0].lower()
    duplicates = next(t for t in tables if "kept_row" in t.columns)
    assert duplicates[["row", "kept_row"]].values.tolist() == [[4, 1]]


def test_unreadable_and_unmappable_files_get_a_clear_message_not_a_traceback():
    at = fresh()
    corrupt = b"PK\x03\x04 this is not really a workbook"
    no_text = b"Ref,When\nA1,01/01/2025\nA2,02/01/2025\n"
    empty = b""
    at.file_uploader(key="upload_files").set_value(
        [("broken.xlsx", corrupt, "application/octet-stream"), ("codes.csv", no_text, "text/csv"),
         ("empty.csv", empty, "text/csv")]
    )
    at.run()
    assert not at.exception
    errors = " | ".join(e.value for e in at.error)
    assert "broken.xlsx" in errors or "Excel" in errors
    assert "text" in errors.lower()  # the unmappable file says what is missing
    assert "empty" in errors.lower()
    assert len(at.error) == 3
    assert any("None of the staged files" in w.value for w in at.warning)


def test_analyst_can_override_the_mapping():
    at = fresh()
    data = (
        "Log No,Logged,Summary,Report Narrative\n"
        "L1,01/02/2025,short,A long narrative about Jane DOE meeting Kyle O'BRIEN at the park near the school gates.\n"
        "L2,02/02/2025,short,Another long narrative about a silver Ford Focus AB12 CDE seen outside 4 Mill Lane.\n"
    ).encode()
    at.file_uploader(key="upload_files").set_value([("partner.csv", data, "text/csv")])
    at.run()
    text_box = at.selectbox(key="map::partner.csv::text")
    assert text_box.value == "Report Narrative"
    text_box.set_value("Summary")
    at.run()
    assert not at.exception
    assert at.selectbox(key="map::partner.csv::text").value == "Summary"
    from scanassist_ui import state

    assert at.session_state[state.OVERRIDES]["partner.csv"]["text"] == "Summary"


def test_removed_file_stays_removed():
    at = fresh()
    data = b"URN,Date,Text\nA1,01/01/2025,Some text about a person\n"
    at.file_uploader(key="upload_files").set_value([("one.csv", data, "text/csv")])
    at.run()
    at.button(key="remove::one.csv").click()
    at.run()
    assert not at.exception
    from scanassist_ui import state

    assert "one.csv" not in at.session_state[state.UPLOADS]
