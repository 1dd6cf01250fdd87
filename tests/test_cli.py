"""The batch command: same pipeline as the app, headless, with a documented workbook contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from scanassist_core.cli import main

CONTRACT = {
    "Reports": ["reference", "date", "source", "text"],
    "Rejected": ["source", "row", "reason"],
    "Subjects": ["subject_id", "type", "name", "aliases", "reports", "first_seen", "last_seen", "dob", "age",
                 "cohort_id", "soi", "flags"],
    "Mentions": ["subject_id", "type", "reference", "text", "start", "end"],
    "Links": ["source_id", "target_id", "weight", "references"],
    "Cohorts": ["cohort_id", "size", "reports", "members", "score"],
    "SOI matches": ["soi_name", "soi_row", "subject_id", "match", "score"],
}


def header(sheet) -> list[str]:
    return [c for c in next(sheet.iter_rows(values_only=True)) if c is not None]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--out", str(out), "--reports", "400"]) == 0
    return out


def test_analyse_demo_writes_the_contract_workbook_and_side_outputs(demo_dir, tmp_path, capsys):
    files = sorted(str(p) for p in demo_dir.iterdir() if p.name != "soi_list.csv")
    out, anx, html = tmp_path / "a.xlsx", tmp_path / "a.anx", tmp_path / "n.html"
    code = main(["analyse", *files, "--soi", str(demo_dir / "soi_list.csv"), "--out", str(out), "--anx", str(anx),
                 "--html", str(html)])
    assert code == 0
    err = capsys.readouterr().err
    assert "rows in" in err and "extract" in err  # per-file accounting and progress on stderr
    book = load_workbook(out, read_only=True)
    for sheet, columns in CONTRACT.items():
        assert header(book[sheet])[: len(columns)] == columns, sheet
    reports = sum(1 for _ in book["Reports"].iter_rows(values_only=True)) - 1
    assert reports == 400 - 2  # one empty row rejected, one duplicate collapsed
    matches = sum(1 for _ in book["SOI matches"].iter_rows(values_only=True)) - 1
    assert matches > 0
    assert anx.read_bytes().lstrip().startswith(b"<?xml")
    page = html.read_text()
    assert "vis" in page and "https://" not in page.split("<body", 1)[0]


def test_map_override_and_messy_file(tmp_path):
    messy = tmp_path / "partner.csv"
    messy.write_bytes(
        "Log No;Logged;Summary;Report Narrative\r\n"
        "L1;01/02/2025;x;\"Kyle O'BRIEN seen with\nJohn SMITH at 12 Mill Lane, Wolverhampton WV1 4AB\"\r\n"
        "L2;31/02/2025;x;=HYPERLINK(\"http://x\",\"y\") 07700 900123\r\n"
        ";03/02/2025;x;no reference here\r\n".encode("cp1252")
    )
    out = tmp_path / "out.xlsx"
    assert main(["analyse", str(messy), "--map", "text=Report Narrative", "--map", "reference=Log No",
                 "--out", str(out)]) == 0
    book = load_workbook(out)
    reports = list(book["Reports"].iter_rows(values_only=True))
    assert [r[0] for r in reports[1:]] == ["L1", "L2"]
    assert reports[2][3].startswith("=HYPERLINK")  # kept as text, not a formula
    assert book["Reports"].cell(row=3, column=4).data_type == "s"
    rejected = list(book["Rejected"].iter_rows(values_only=True))
    assert len(rejected) == 2 and "reference" in rejected[1][2].lower()


@pytest.mark.parametrize(
    "argv, says",
    [
        (["analyse", "missing.csv", "--out", "x.xlsx"], "cannot read"),
        (["analyse", "f.csv", "--map", "text", "--out", "x.xlsx"], "FIELD=HEADER"),
        (["analyse", "f.csv", "--map", "colour=Red", "--out", "x.xlsx"], "must be one of"),
        (["analyse", "f.csv"], "--out"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_one_line_reason(argv, says, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.csv").write_text("URN,Date,Text\nA1,01/01/2025,hello there\n")
    assert main(argv) == 2
    assert says in capsys.readouterr().err


def test_unreadable_input_exits_2(tmp_path, capsys):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a workbook")
    assert main(["analyse", str(bad), "--out", str(tmp_path / "o.xlsx")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "broken.xlsx" in err[0]


def test_console_script_is_installed():
    exe = Path(sys.executable).with_name("scanassist")
    result = subprocess.run([str(exe), "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "analyse" in result.stdout
