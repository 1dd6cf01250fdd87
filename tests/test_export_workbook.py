"""Excel workbook export: contract sheets round-trip, no formulas ever, long and dirty text, scope."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

import openpyxl
import pandas as pd
import pytest

from _export_data import LONG_TEXT, TEXTS, small_analysis
from scanassist_core import export
from scanassist_core._export_xlsx import CELL_LIMIT, CONTRACT, MARKER, SHEET_ORDER
from scanassist_core.pipeline import Analysis

HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "#N/A", "=1+1", "-", "="]


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return small_analysis()


@pytest.fixture(scope="module")
def book(analysis):
    return openpyxl.load_workbook(io.BytesIO(export.write_workbook(analysis)))


def _rows(ws) -> tuple[list[str], list[dict]]:
    values = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in values[0]]
    return header, [dict(zip(header, row)) for row in values[1:]]


def _joined(row: dict, column: str) -> str:
    """A text column with its continuation columns joined back, in order."""
    parts = [row[column] or ""]
    k = 2
    while f"{column}_{k}" in row:
        parts.append(row[f"{column}_{k}"] or "")
        k += 1
    return "".join(parts)


def test_sheets_in_order_with_contract_columns_first(book):
    assert book.sheetnames == list(SHEET_ORDER)
    for sheet, lead in CONTRACT.items():
        header, _ = _rows(book[sheet])
        assert header[: len(lead)] == lead, sheet


def test_reports_round_trip_exactly(analysis, book):
    header, rows = _rows(book["Reports"])
    assert len(rows) == len(analysis.reports)
    # Continuation columns come after every other column.
    assert header[-2:] == ["text_2", "text_3"]
    by_ref = {r["reference"]: r for r in rows}
    assert set(by_ref) == set(analysis.reports["reference"])
    for rec in analysis.reports.to_dict("records"):
        row = by_ref[rec["reference"]]
        text = _joined(row, "text")
        if "\x01" in rec["text"]:
            assert text == rec["text"].replace("\x01", MARKER).replace("\x02", MARKER)
        else:
            assert text == rec["text"]
        if pd.isna(rec["date"]):
            assert row["date"] is None
        else:
            assert row["date"] == rec["date"].to_pydatetime()
        assert row["source"] == rec["source"]
        assert row["grading"] == rec["grading"] and row["report_id"] == rec["report_id"]


def test_reports_sheet_dates_display_iso(book):
    ws = book["Reports"]
    header = [c.value for c in ws[1]]
    date_col = header.index("date") + 1
    formats = {ws.cell(row=r, column=date_col).number_format for r in range(2, ws.max_row + 1)
               if ws.cell(row=r, column=date_col).value is not None}
    assert formats == {"yyyy-mm-dd"}


def test_other_sheets_match_frames(analysis, book):
    _, subjects = _rows(book["Subjects"])
    assert len(subjects) == len(analysis.subjects)
    want = analysis.subjects.set_index("subject_id")
    for row in subjects:
        rec = want.loc[row["subject_id"]]
        assert row["name"] == rec["name"] and row["type"] == rec["type"]
        assert row["reports"] == rec["reports"]
        assert (row["dob"] or "") == rec["dob"]
        assert row["age"] == (None if pd.isna(rec["age"]) else int(rec["age"]))
        assert row["soi"] is bool(rec["soi"])
        assert (row["aliases"] or "") == rec["aliases"]
        assert (row["flags"] or "") == rec["flags"]
    _, mentions = _rows(book["Mentions"])
    got = sorted((m["subject_id"], m["reference"], m["start"], m["end"], m["text"]) for m in mentions)
    exp = sorted(zip(analysis.mentions["subject_id"], analysis.mentions["reference"], analysis.mentions["start"],
                     analysis.mentions["end"], analysis.mentions["text"]))
    assert got == exp
    _, links = _rows(book["Links"])
    assert sorted((r["source_id"], r["target_id"], r["weight"], r["references"]) for r in links) == sorted(
        analysis.links.itertuples(index=False, name=None))
    _, cohorts = _rows(book["Cohorts"])
    assert [(c["cohort_id"], c["size"], c["members"], c["score"], c["score_reports"]) for c in cohorts] == [
        ("C01", 3, "P_JO; P_SAM; P_KIM", 2.5, 1.4)]
    _, matches = _rows(book["SOI matches"])
    assert [(m["soi_name"], m["soi_row"], m["subject_id"], m["status"]) for m in matches] == [
        ("BLOGGS, Jo", 3, "P_JO", "confirmed")]
    _, rejected = _rows(book["Rejected"])
    assert [(r["source"], r["row"], r["reason"], r["reference"]) for r in rejected] == [
        ("intel_a.csv", 9, "no text", "=cmd|' /C calc'!A0")]
    _, dups = _rows(book["Duplicates"])
    assert [(d["row"], d["kept_row"]) for d in dups] == [(12, 6)]


def test_readme_documents_sheets_run_corrections_and_decisions(analysis, book):
    _, rows = _rows(book["README"])
    by_section: dict[str, list[dict]] = {}
    for r in rows:
        by_section.setdefault(r["section"], []).append(r)
    assert [r["item"] for r in by_section["Sheet"]] == list(SHEET_ORDER)
    documented = {r["item"] for r in by_section["Column"]}
    for sheet, lead in CONTRACT.items():
        assert {f"{sheet}.{c}" for c in lead} <= documented
    assert all(r["value"] for r in by_section["Column"])
    contract_docs = [r["value"] for r in by_section["Column"]
                     if r["item"].split(".", 1)[1] in CONTRACT[r["item"].split(".", 1)[0]]]
    assert len(contract_docs) == sum(map(len, CONTRACT.values()))
    assert "Additional column" not in " ".join(contract_docs)
    files = {r["item"]: r["value"] for r in by_section["File"]}
    assert set(files) == {"intel_a.csv", "intel_b.xlsx"} and "encoding=utf-8" in files["intel_a.csv"]
    assert "mapping=Ref->reference" in files["intel_a.csv"] and "rows_in=4" in files["intel_a.csv"]
    corrections = by_section["Correction"]
    assert [c["item"] for c in corrections[:2]] == ["1", "2"]
    assert "Joe Bloggs" in corrections[0]["value"] and corrections[1]["value"].startswith("not a subject")
    assert corrections[2]["value"] == analysis.corrections.to_json()
    assert [(d["item"], d["value"]) for d in by_section["SOI decision"]] == [("list#3->jo bloggs", "confirmed")]
    assert any(r["item"] == "min_cohort_size" for r in by_section["Setting"])
    assert {r["item"] for r in by_section["Run"]} >= {"finished_utc", "timings"}
    assert [r["item"] for r in by_section["Replaced"]] == ["Reports row 4"]
    assert by_section["Continued"][0]["value"] == "text split across 3 cells"


def test_no_cell_is_a_formula(analysis):
    data = export.write_workbook(analysis)
    book = openpyxl.load_workbook(io.BytesIO(data))
    for ws in book:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert len(sheets) == len(SHEET_ORDER)
        for name in sheets:
            assert not re.search(rb"<f[ >/]", z.read(name)), name


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_come_back_exactly_as_text(value):
    a = small_analysis()
    reports = a.reports.copy()
    reports.loc[0, "text"] = value
    reports.loc[1, "reference"] = value
    a = replace(a, reports=reports)
    data = export.write_workbook(a)
    book = openpyxl.load_workbook(io.BytesIO(data))
    _, rows = _rows(book["Reports"])
    first = next(r for r in rows if r["report_id"] == 0)
    second = next(r for r in rows if r["report_id"] == 1)
    assert first["text"] == value and second["reference"] == value
    for ws in book:
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert not any(re.search(rb"<f[ >/]", z.read(n)) for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_formula_like_cells_are_quote_prefixed_text(book):
    ws = book["Reports"]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert len(risky) >= 5
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)


def test_control_characters_replaced_visibly_and_row_noted(book):
    _, rows = _rows(book["Reports"])
    row = next(r for r in rows if r["reference"] == "@SUM(A1)")
    assert row["text"] == TEXTS[3].replace("\x01", MARKER).replace("\x02", MARKER)
    assert f"2 character(s) Excel cannot store shown as {MARKER}" in row["warnings"]
    assert "Kim LEE" in row["text"] and "was with Sam SMITH." in row["text"]


def test_long_text_split_and_rejoined_exactly(book):
    _, rows = _rows(book["Reports"])
    row = next(r for r in rows if r["reference"] == "R5/24")
    pieces = [row["text"], row["text_2"], row["text_3"]]
    assert all(len(p.encode("utf-16-le")) // 2 <= CELL_LIMIT for p in pieces)
    assert "".join(pieces) == LONG_TEXT
    others = [r for r in rows if r["reference"] != "R5/24"]
    assert all(r["text_2"] is None and r["text_3"] is None for r in others)


def test_split_never_breaks_an_astral_character():
    text = "\U0001F600" * 20_000  # 40,000 UTF-16 units
    a = small_analysis()
    reports = a.reports.copy()
    reports.loc[0, "text"] = text
    data = export.write_workbook(replace(a, reports=reports))
    _, rows = _rows(openpyxl.load_workbook(io.BytesIO(data))["Reports"])
    row = next(r for r in rows if r["report_id"] == 0)
    assert row["text"] + row["text_2"] == text
    assert len(row["text"]) == CELL_LIMIT // 2


def test_empty_analysis_still_has_every_sheet_with_headers():
    book = openpyxl.load_workbook(io.BytesIO(export.write_workbook(Analysis.empty())))
    assert book.sheetnames == list(SHEET_ORDER)
    for sheet, lead in CONTRACT.items():
        ws = book[sheet]
        assert ws.max_row == 1
        assert [c.value for c in ws[1]][: len(lead)] == lead


def test_readable_layout(book):
    for name in SHEET_ORDER:
        ws = book[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert all(c.font.b for c in ws[1]), name
    ws = book["Reports"]
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert 8 <= widths["A"] <= 60 and widths["D"] == 60


def test_writes_to_path_and_file_object(analysis, tmp_path):
    target = tmp_path / "out.xlsx"
    data = export.write_workbook(analysis, target)
    assert target.read_bytes() == data
    buffer = io.BytesIO()
    export.write_workbook(analysis, buffer)
    assert openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).sheetnames == list(SHEET_ORDER)


def test_cohort_scope_limits_every_sheet(analysis):
    scope = export.ExportScope(cohort_id="C01")
    book = openpyxl.load_workbook(io.BytesIO(export.write_workbook(analysis, scope=scope)))
    ids = export.scope_subject_ids(analysis, scope)
    assert "P_ALEX" not in ids and {"P_JO", "P_SAM", "P_KIM"} <= ids
    _, subjects = _rows(book["Subjects"])
    assert {s["subject_id"] for s in subjects} == ids
    _, reports = _rows(book["Reports"])
    mentioned = set(analysis.mentions.loc[analysis.mentions["subject_id"].isin(ids), "reference"])
    assert {r["reference"] for r in reports} == mentioned
    assert "R6/24" not in mentioned  # the Alex GREY report
    _, mentions = _rows(book["Mentions"])
    assert {m["subject_id"] for m in mentions} <= ids and mentions
    _, links = _rows(book["Links"])
    assert links and all(r["source_id"] in ids and r["target_id"] in ids for r in links)
    assert len(_rows(book["Rejected"])[1]) == 0
    _, readme = _rows(book["README"])
    assert next(r["value"] for r in readme if r["item"] == "Scope").startswith("Cohort C01")


def test_subject_set_scope(analysis):
    scope = export.ExportScope(subject_ids=frozenset({"P_ALEX"}))
    book = openpyxl.load_workbook(io.BytesIO(export.write_workbook(analysis, scope=scope)))
    assert [r["reference"] for r in _rows(book["Reports"])[1]] == ["R6/24"]
    assert _rows(book["Links"])[1] == []
    assert _rows(book["Cohorts"])[1] == []
