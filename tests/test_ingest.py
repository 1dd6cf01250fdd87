"""Ingest: reading, mapping, dates, rejection reasons, duplicates and refusal of bad files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import openpyxl
import pandas as pd
import pytest

from scanassist_core.ingest import (
    EmptyFileError,
    FileTooLargeError,
    IngestError,
    MappingError,
    UnreadableFileError,
    combine,
    infer_mapping,
    ingest_file,
    ingest_files,
    parse_uk_date,
    read_table,
)
from scanassist_core.schemas import DuplicateSchema, RejectedSchema, ReportSchema

HEADER = ["URN", "Date Created", "Details"]


def make_csv(rows: list[list[str]], header: list[str] = HEADER, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode(encoding)


def make_xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # a text cell that looks like a formula, as exports contain
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def assert_conserved(res) -> None:
    dup = len(res.duplicates) if hasattr(res, "duplicates") else 0
    assert res.files["rows_in"].sum() == len(res.reports) + len(res.rejected) + dup
    for row in res.files.itertuples():
        assert row.rows_in == row.kept + row.rejected + row.duplicates


# --------------------------------------------------------------------------------- encodings

TRICKY = "Seen at Café Nero, paid £20 – ‘cash’ “quoted” … €5"


@pytest.mark.parametrize(
    "encoding, recorded",
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("utf-16", "utf-16")],
)
def test_encodings_are_detected_and_text_is_exact(encoding: str, recorded: str) -> None:
    data = make_csv([["IR/1", "03/04/2025", TRICKY]], encoding=encoding)
    res = ingest_file(data, "x.csv")
    assert res.encoding == recorded
    assert res.mapping.reference == "URN"  # the BOM did not leak into the first header
    assert res.reports["text"].tolist() == [TRICKY]


def test_bomless_utf16_is_detected() -> None:
    data = make_csv([["IR/1", "03/04/2025", TRICKY]], encoding="utf-16-le")
    res = ingest_file(data, "x.csv")
    assert res.encoding == "utf-16-le"
    assert res.reports["text"].tolist() == [TRICKY]


def test_undecodable_bytes_refuse_the_file() -> None:
    # 0x81 is undefined in Windows-1252 and invalid UTF-8: no codec reads it honestly.
    data = b"URN,Details\nA1,bad \x81 byte\n"
    with pytest.raises(UnreadableFileError, match="not valid"):
        read_table(data, "x.csv")


def test_mixed_utf8_and_cp1252_is_refused_not_mojibaked() -> None:
    data = "URN,Details\nA1,café\n".encode("utf-8") + "A2,£5\n".encode("cp1252")
    with pytest.raises(UnreadableFileError, match="mixes UTF-8 and Windows-1252"):
        read_table(data, "x.csv")


# --------------------------------------------------------------------------------- CSV shape


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    rows = [["A1", "03/04/2025", "Met X, Y; and Z | at the park"], ["A2", "04/04/2025", "Plain text here"]]
    res = ingest_file(make_csv(rows, delimiter=delimiter), "x.csv")
    assert res.reports["text"].tolist() == [rows[0][2], rows[1][2]]
    assert res.reports["reference"].tolist() == ["A1", "A2"]


def test_quoted_field_with_newlines_is_one_record() -> None:
    data = make_csv([["A1", "03/04/2025", "line one\nline two\r\nline three"], ["A2", "04/04/2025", "next"]])
    res = ingest_file(data, "x.csv")
    assert res.rows_in == 2
    assert res.reports["text"].tolist() == ["line one\nline two\nline three", "next"]
    assert res.reports["row"].tolist() == [1, 2]


def test_empty_file_raises_and_blank_file_too() -> None:
    with pytest.raises(EmptyFileError):
        ingest_file(b"", "x.csv")
    with pytest.raises(EmptyFileError):
        ingest_file(b"\r\n\r\n  \n", "x.csv")


def test_header_only_gives_zero_rows_and_a_notice() -> None:
    res = ingest_file(b"URN,Date Created,Details\r\n", "x.csv")
    assert res.rows_in == 0 and res.reports.empty and res.rejected.empty
    assert any("no data rows" in n for n in res.notices)
    # even with unfamiliar headers (nothing to infer from): no exception
    assert ingest_file(b"alpha,beta\n", "y.csv").rows_in == 0


def test_too_many_fields_rejected_fewer_kept_with_warning() -> None:
    data = b"URN,Date Created,Details\nA1,03/04/2025,text one,SURPLUS\nA2,03/04/2025\nA3\nA4,03/04/2025,ok,,\nA5,03/04/2025,short\n"
    res = combine([ingest_file(data, "x.csv")])
    rej = res.rejected.set_index("row")
    assert rej.loc[1, "reason"] == "row has 4 fields, header has 3"
    assert rej.loc[2, "reason"].startswith("empty text")
    assert rej.loc[3, "reason"].startswith("empty text")
    assert res.reports["reference"].tolist() == ["A4", "A5"]  # trailing blank extra fields are harmless
    assert_conserved(res)

    short = ingest_file(b"URN,Details,Officer\nA1,some text\n", "s.csv")
    assert short.reports["text"].tolist() == ["some text"]
    assert "row has 2 fields, header has 3" in short.reports["warnings"].iloc[0]


def test_unterminated_quote_rejects_that_row_and_recovers_the_rest() -> None:
    data = b'URN,Date Created,Details\nA1,03/04/2025,fine\nA2,04/04/2025,"never closed\nA3,05/04/2025,after one\nA4,06/04/2025,after two\n'
    res = combine([ingest_file(data, "x.csv")])
    assert res.reports["reference"].tolist() == ["A1", "A3", "A4"]
    (bad,) = res.rejected.itertuples()
    assert bad.row == 2 and bad.reference == "A2" and "unterminated quote" in bad.reason
    assert max(map(len, res.reports["text"])) < 20  # no giant swallowed report
    assert_conserved(res)


def test_unterminated_quote_on_last_line_without_newline() -> None:
    data = b'URN,Details\nA1,fine\nA2,"open'
    res = ingest_file(data, "x.csv")
    assert res.rows_in == 2 and len(res.reports) == 1
    assert "unterminated quote" in res.rejected["reason"].iloc[0]


def test_blank_rows_inside_are_rejected_trailing_ones_ignored() -> None:
    data = b"URN,Details\nA1,one\n,\n\nA2,two\n\n\n,,\n"
    res = ingest_file(data, "x.csv")
    assert res.rows_in == 4
    assert res.rejected["reason"].tolist() == ["blank row", "blank row"]
    assert res.rejected["row"].tolist() == [2, 3]
    assert any("after the last data row" in n for n in res.notices)


def test_duplicate_headers_are_disambiguated_with_notice() -> None:
    data = b"URN,Details,Details,details\nA1,first,second,third\n"
    table = read_table(data, "x.csv")
    assert table.headers == ["URN", "Details", "Details (2)", "details (3)"]
    assert sum("duplicate header" in n for n in table.notices) == 2
    res = ingest_file(data, "x.csv")
    assert res.reports["text"].iloc[0] == "first"
    assert json.loads(res.reports["extras"].iloc[0]) == {"Details (2)": "second", "details (3)": "third"}


# --------------------------------------------------------------------------------- hostile text


def test_nul_and_control_characters_are_removed_with_a_warning() -> None:
    text = "Name\x00 JOHN\x07 SMITH\x1b[31m\ttab\nnewline"
    res = ingest_file(make_csv([["A1", "03/04/2025", text]]), "x.csv")
    assert res.reports["text"].iloc[0] == "Name JOHN SMITH[31m\ttab\nnewline"
    assert "removed 3 control character(s)" in res.reports["warnings"].iloc[0]
    clean = ingest_file(make_csv([["A1", "03/04/2025", "plain"]]), "y.csv")
    assert clean.reports["warnings"].iloc[0] == ""


def test_200k_character_text_is_kept_whole() -> None:
    text = ("Subject seen at 14 Acacia Avenue with a grey Ford Focus. " * 4000)[:200_000]
    res = ingest_file(make_csv([["A1", "03/04/2025", text]]), "x.csv")
    assert res.reports["text"].iloc[0] == text.strip()
    assert len(res.reports["text"].iloc[0]) >= 199_990


def test_whitespace_only_text_and_missing_reference_are_rejected() -> None:
    rows = [["A1", "03/04/2025", "   \t \n "], ["", "03/04/2025", "Has text but no ref"], ["  ", "", "also no ref"]]
    res = ingest_file(make_csv(rows), "x.csv")
    assert res.reports.empty
    assert res.rejected["reason"].tolist() == ["empty text", "no reference", "no reference"]
    assert res.rejected["text"].tolist()[1] == "Has text but no ref"


def test_formula_like_text_is_kept_verbatim() -> None:
    text = '=HYPERLINK("http://evil.example","click") +SUM(A1) @cmd -2+3'
    res = ingest_file(make_csv([["A1", "03/04/2025", text]]), "x.csv")
    assert res.reports["text"].iloc[0] == text


# --------------------------------------------------------------------------------- mapping


@pytest.mark.parametrize(
    "header, expected",
    [
        (["URN", "Date Created", "Details"], ("URN", "Date Created", "Details")),
        (["Log Ref", "Report Date", "Narrative"], ("Log Ref", "Report Date", "Narrative")),
        (["Occurrence No", "Date", "Report Narrative"], ("Occurrence No", "Date", "Report Narrative")),
        (
            ["Intelligence Reference", "Intelligence Date", "Intelligence Text"],
            ("Intelligence Reference", "Intelligence Date", "Intelligence Text"),
        ),
        (["INTELLIGENCE_REF.", "date-created", "intelligence text"], ("INTELLIGENCE_REF.", "date-created", "intelligence text")),
    ],
)
def test_synonym_mapping_for_several_systems(header: list[str], expected: tuple[str, str, str]) -> None:
    table = read_table(make_csv([["R1", "03/04/2025", "some text"]], header=header), "x.csv")
    m = infer_mapping(table)
    assert (m.reference, m.date, m.text) == expected
    assert m.how == {"reference": "synonym", "date": "synonym", "text": "synonym"}


def test_narrative_preferred_over_summary_and_dob_is_not_the_date() -> None:
    header = ["Ref", "Date of Birth", "Summary", "Details", "Created"]
    table = read_table(make_csv([["R1", "01/01/1990", "short", "long narrative text here", "03/04/2025"]], header=header), "x.csv")
    m = infer_mapping(table)
    assert (m.reference, m.text, m.date) == ("Ref", "Details", "Created")


def test_optional_columns_and_extras() -> None:
    header = ["URN", "Date Created", "Details", "3x5x2", "Source System", "Submitted By", "Area", "Empty"]
    res = ingest_file(make_csv([["A1", "03/04/2025", "text", "1A P", "Niche", "PC 1234 Jones", "North", ""]], header=header), "x.csv")
    m = res.mapping
    assert (m.grading, m.system, m.officer) == ("3x5x2", "Source System", "Submitted By")
    row = res.reports.iloc[0]
    assert (row["grading"], row["system"], row["officer"]) == ("1A P", "Niche", "PC 1234 Jones")
    assert json.loads(row["extras"]) == {"Area": "North"}


def test_content_inference_with_unfamiliar_headers() -> None:
    header = ["Col A", "Blurb", "When", "Code", "Team"]
    rows = [
        [f"X{i:05d}", f"Subject number {i} was seen near the shops talking to a male", f"{i % 28 + 1}/03/2025", "B2", "North"]
        for i in range(30)
    ]
    res = ingest_file(make_csv(rows, header=header), "x.csv")
    m = res.mapping
    assert (m.reference, m.text, m.date, m.grading) == ("Col A", "Blurb", "When", "Code")
    assert set(m.how.values()) == {"content"}
    assert "long free text" in m.reasons["text"]
    assert res.reports["date"].iloc[0] == pd.Timestamp("2025-03-01")
    assert json.loads(res.reports["extras"].iloc[0]) == {"Team": "North"}


def test_unique_numbers_are_a_reference_not_excel_serials() -> None:
    header = ["Number", "Stuff"]
    rows = [[str(45000 + i), f"free text about event {i} in the town centre"] for i in range(20)]
    m = infer_mapping(read_table(make_csv(rows, header=header), "x.csv"))
    assert (m.reference, m.date, m.text) == ("Number", None, "Stuff")


def test_override_and_its_errors() -> None:
    header = ["URN", "Date Created", "Details", "Report Narrative"]
    data = make_csv([["A1", "03/04/2025", "short", "the real narrative"]], header=header)
    res = ingest_file(data, "x.csv", override={"text": "Report Narrative"})
    assert res.mapping.text == "Report Narrative" and res.mapping.how["text"] == "override"
    assert res.reports["text"].iloc[0] == "the real narrative"
    assert json.loads(res.reports["extras"].iloc[0]) == {"Details": "short"}
    with pytest.raises(MappingError, match="no column 'Narrative Text'"):
        ingest_file(data, "x.csv", override={"text": "Narrative Text"})
    with pytest.raises(MappingError, match="unknown field"):
        ingest_file(data, "x.csv", override={"body": "Details"})
    unmapped = ingest_file(data, "x.csv", override={"date": None})
    assert unmapped.mapping.date is None and unmapped.reports["date"].isna().all()


def test_no_text_column_raises_mapping_error() -> None:
    data = make_csv([["1", "2"], ["3", "4"]], header=["a", "b"])
    with pytest.raises(MappingError, match="no column looks like the report text"):
        ingest_file(data, "x.csv")


def test_no_reference_column_rejects_every_row_with_a_notice() -> None:
    data = make_csv([["Some long narrative about a person seen", "x"]], header=["Details", "Other"])
    res = ingest_file(data, "x.csv")
    assert res.reports.empty and res.rejected["reason"].iloc[0].startswith("no reference")
    assert any("no reference column" in n for n in res.notices)


# --------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("03/04/2025", "2025-04-03"),
        ("3/4/25", "2025-04-03"),
        ("03.04.2025", "2025-04-03"),
        ("03-04-2025", "2025-04-03"),
        ("13/04/2025", "2025-04-13"),
        ("2025-04-03", "2025-04-03"),
        ("2025-04-03 14:22", "2025-04-03 14:22"),
        ("2025-04-03T14:22:00", "2025-04-03 14:22"),
        ("2025/12/01", "2025-12-01"),
        ("3rd April 2025", "2025-04-03"),
        ("3 Apr 25", "2025-04-03"),
        ("Thursday 3rd of April 2025", "2025-04-03"),
        ("April 3, 2025", "2025-04-03"),
        ("21-SEP-2024", "2024-09-21"),
        ("03/04/2025 14:22", "2025-04-03 14:22"),
        ("03/04/2025 1422hrs", "2025-04-03 14:22"),
        ("03/04/2025 2.30pm", "2025-04-03 14:30"),
        ("01/01/70", "1970-01-01"),
        ("01/01/68", "2068-01-01"),
        ("45750", "2025-04-03"),
        (45750, "2025-04-03"),
        (45750.75, "2025-04-03 18:00"),
        (dt.datetime(2025, 4, 3, 9, 5), "2025-04-03 09:05"),
        (dt.date(2025, 4, 3), "2025-04-03"),
    ],
)
def test_parse_uk_date_reads(value: object, expected: str) -> None:
    assert parse_uk_date(value) == (pd.Timestamp(expected), None)


@pytest.mark.parametrize(
    "value, fragment",
    [
        ("31/02/2025", "impossible date"),
        ("03/13/2025", "impossible date"),  # never swapped to US order
        ("2025-02-30", "impossible date"),
        ("12345", "not a plausible date"),
        ("999999", "not a plausible date"),
        ("next Tuesday", "unreadable date"),
        ("", "no date"),
        (None, "no date"),
        (float("nan"), "no date"),
        ("01/01/1066", "out of range"),  # a real date, but not one a datetime64[ns] column can hold
        (dt.datetime(1000, 1, 1), "out of range"),
    ],
)
def test_parse_uk_date_refuses_to_invent(value: object, fragment: str) -> None:
    ts, warning = parse_uk_date(value)
    assert ts is None and fragment in warning


def test_unreadable_time_keeps_the_date_and_warns() -> None:
    ts, warning = parse_uk_date("03/04/2025 25:99")
    assert ts == pd.Timestamp("2025-04-03") and "time" in warning


def test_impossible_and_missing_dates_keep_the_report() -> None:
    rows = [["A1", "31/02/2025", "one"], ["A2", "", "two"], ["A3", "03/04/2025", "three"]]
    res = ingest_file(make_csv(rows), "x.csv")
    assert res.reports["reference"].tolist() == ["A1", "A2", "A3"]
    assert res.reports["date"].isna().tolist() == [True, True, False]
    assert "impossible date '31/02/2025'" in res.reports["warnings"].iloc[0]
    assert res.reports["warnings"].iloc[1] == "no date"
    assert res.reports["date_raw"].iloc[0] == "31/02/2025"


# --------------------------------------------------------------------------------- XLSX


def book() -> bytes:
    return make_xlsx(
        {
            "Cover": [],
            "Reports": [
                ["Log Ref", "Report Date", "Narrative", "Officer"],
                [1001, dt.datetime(2025, 4, 3, 14, 22), "Seen with a grey van", "PC 12"],
                ["L-2", "03/04/2025", "=HYPERLINK(\"x\")", None],
                [None, None, None, None],
                ["L-3", 45750, "Serial date", None, "stray note"],
            ],
            "Archive": [["Ref", "Text"], ["Z1", "older report"]],
        }
    )


def test_xlsx_first_sheet_with_data_real_dates_and_numbers() -> None:
    res = ingest_file(book(), "book.xlsx")
    assert res.sheet == "Reports" and res.source == "book.xlsx" and res.encoding is None
    assert res.reports["reference"].tolist() == ["1001", "L-2", "L-3"]  # 1001 not "1001.0"
    assert res.reports["date"].tolist() == [pd.Timestamp(d) for d in ("2025-04-03 14:22", "2025-04-03", "2025-04-03")]
    assert res.reports["text"].iloc[1] == '=HYPERLINK("x")'
    assert res.rejected["reason"].tolist() == ["blank row"]
    assert res.rows_in == 4
    # a value under an empty header cell gets a column name rather than being lost
    assert json.loads(res.reports["extras"].iloc[2]) == {"Column 5": "stray note"}
    assert any("other sheets: Cover, Archive" in n for n in res.notices)


def test_xlsx_named_sheet_and_missing_sheet() -> None:
    res = ingest_file(book(), "book.xlsx", sheet="Archive")
    assert res.source == "book.xlsx [Archive]" and res.reports["reference"].tolist() == ["Z1"]
    assert ingest_file(book(), "book.xlsx", sheet="Reports").source == "book.xlsx"
    with pytest.raises(IngestError, match="sheet 'Nope' not found.*Cover, Reports, Archive"):
        ingest_file(book(), "book.xlsx", sheet="Nope")


def test_xlsx_all_empty_is_empty_file() -> None:
    with pytest.raises(EmptyFileError):
        ingest_file(make_xlsx({"A": [], "B": []}), "e.xlsx")


def test_corrupt_encrypted_and_unsupported_files_are_refused() -> None:
    with pytest.raises(UnreadableFileError, match="not a valid Excel"):
        ingest_file(bytes(range(256)) * 4, "random.xlsx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a workbook")
    with pytest.raises(UnreadableFileError, match="not a readable Excel workbook"):
        ingest_file(buf.getvalue(), "zip.xlsx")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    for name in ("locked.xlsx", "old.xls", "locked.csv"):
        with pytest.raises(UnreadableFileError, match="password-protected"):
            ingest_file(ole, name)
    with pytest.raises(UnreadableFileError, match="unsupported file type"):
        ingest_file(b"%PDF-1.7 ...", "report.pdf")
    # a truncated real workbook
    with pytest.raises(UnreadableFileError):
        ingest_file(book()[:2000], "cut.xlsx")


def test_xlsx_is_parsed_with_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True
    src = zipfile.ZipFile(io.BytesIO(book()))
    out = io.BytesIO()
    # billion-laughs style entity declarations in the worksheet XML must be refused, not expanded
    doctype = '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            body = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                text = body.decode("utf-8")
                end = text.index("?>") + 2 if text.startswith("<?xml") else 0
                body = (text[:end] + doctype + text[end:]).encode("utf-8")
            zf.writestr(info, body)
    with pytest.raises(UnreadableFileError, match="forbidden XML"):
        ingest_file(out.getvalue(), "bomb.xlsx")


def test_size_caps() -> None:
    data = make_csv([["A1", "03/04/2025", "text"]] * 50)
    with pytest.raises(FileTooLargeError, match="limit"):
        ingest_file(data, "x.csv", max_bytes=100)
    with pytest.raises(FileTooLargeError, match="cells"):
        ingest_file(data, "x.csv", max_cells=60)
    with pytest.raises(FileTooLargeError, match="cells"):
        ingest_file(book(), "book.xlsx", max_cells=5)


# --------------------------------------------------------------------------------- combine


def test_duplicates_within_and_across_files() -> None:
    a = make_csv([["A1", "03/04/2025", "same text"], ["A1", "03/04/2025", "  same text  "], ["A1", "03/04/2025", "different"]])
    b = make_xlsx({"S": [["URN", "Date Created", "Details"], ["A1", dt.datetime(2025, 4, 3), "same text"], ["B7", None, "new"]]})
    res = ingest_files([("a.csv", a), ("b.xlsx", b), ("a.csv", a)])
    ReportSchema.validate(res.reports)
    DuplicateSchema.validate(res.duplicates)
    RejectedSchema.validate(res.rejected)
    assert res.reports["report_id"].tolist() == list(range(len(res.reports)))
    assert list(zip(res.reports["reference"], res.reports["text"])) == [("A1", "same text"), ("A1", "different"), ("B7", "new")]
    dups = list(res.duplicates[["source", "row", "kept_source", "kept_row"]].itertuples(index=False, name=None))
    assert dups == [
        ("a.csv", 2, "a.csv", 1),
        ("b.xlsx", 1, "a.csv", 1),
        ("a.csv (2)", 1, "a.csv", 1),
        ("a.csv (2)", 2, "a.csv", 1),
        ("a.csv (2)", 3, "a.csv", 3),
    ]
    assert res.files["source"].tolist() == ["a.csv", "b.xlsx", "a.csv (2)"]
    assert res.files["duplicates"].tolist() == [1, 1, 3]
    assert "reference <- 'URN' (synonym)" in res.files["mapping"].iloc[0]
    assert_conserved(res)


def test_ingest_files_with_per_file_overrides_and_dtypes() -> None:
    data = make_csv([["A1", "03/04/2025", "x", "y"]], header=["Key", "Created", "Details", "Other Words"])
    res = ingest_files([("k.csv", data)], overrides={"k.csv": {"reference": "Key", "text": "Other Words"}})
    assert res.reports[["reference", "text"]].values.tolist() == [["A1", "y"]]
    assert res.reports.dtypes.astype(str).to_dict() == ReportSchema.columns
    assert res.files.loc[0, "encoding"] == "utf-8"


def test_combine_of_nothing_is_empty_but_typed() -> None:
    res = combine([])
    assert res.reports.empty and list(res.reports.columns) == ReportSchema.names()
    assert res.files.empty


def test_title_lines_and_excel_sep_hint_above_the_header() -> None:
    data = b"sep=;\r\nIntelligence export 01/04/2025\r\n\r\nURN;Date Created;Details\r\nA1;03/04/2025;text, with comma\r\n"
    res = ingest_file(data, "x.csv")
    assert res.headers == ["URN", "Date Created", "Details"]
    assert res.reports["text"].tolist() == ["text, with comma"] and res.rows_in == 1
    assert any("Intelligence export 01/04/2025" in n for n in res.notices)
    xl = make_xlsx({"S": [["Force intelligence export"], [], ["Ref", "Narrative"], ["R1", "seen"]]})
    res = ingest_file(xl, "t.xlsx")
    assert res.reports[["reference", "text"]].values.tolist() == [["R1", "seen"]] and res.rows_in == 1


def test_single_column_file_is_not_mistaken_for_a_title() -> None:
    res = ingest_file(b"Details\nfirst report text here\nsecond report\n", "x.csv")
    assert res.rows_in == 2 and res.headers == ["Details"]
    assert res.rejected["reason"].tolist() == ["no reference (no reference column)"] * 2


def test_xlsx_that_unpacks_far_beyond_the_byte_cap_is_refused() -> None:
    data = make_xlsx({"S": [["Ref", "Details"]] + [[f"R{i}", "x" * 2000] for i in range(300)]})
    assert len(data) < 60_000  # compresses well: the cap must look at the unpacked size
    with pytest.raises(FileTooLargeError, match="unpacks to"):
        ingest_file(data, "zip.xlsx", max_bytes=60_000)
    assert ingest_file(data, "zip.xlsx").rows_in == 300
