"""The Excel workbook: the batch command's documented contract, which analysts' macros read.

Sheet names and the leading columns of each sheet are a contract (:data:`CONTRACT`); extra
columns only ever follow them. Report text is hostile, so every cell is written as a value,
never a formula: the writer (:mod:`._export_ooxml`) has no way to write one, and text that
starts like a formula gets Excel's quote prefix so re-editing keeps it text. Characters Excel
refuses to store are replaced by :data:`MARKER` and the row is noted; text longer than
Excel's cell limit continues in ``<column>_2``, ``<column>_3`` ... at the end of the sheet, so
no report is ever lost or cut.
"""

from __future__ import annotations

import io
import json
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from . import _export_ooxml as ooxml

from ._export_scope import ExportScope, describe_scope, scoped_analysis

__all__ = ["CONTRACT", "SHEET_ORDER", "CELL_LIMIT", "MARKER", "write_workbook"]

#: Excel's maximum characters in one cell (counted in UTF-16 code units).
CELL_LIMIT = 32_767
#: Shown in place of each character Excel cannot store (control characters).
MARKER = "\ufffd"
#: Leading columns of each data sheet, in order. Never rename or reorder.
CONTRACT: dict[str, list[str]] = {
    "Reports": ["reference", "date", "source", "text"],
    "Rejected": ["source", "row", "reason"],
    "Duplicates": ["source", "row", "reference", "kept_source", "kept_row"],
    "Subjects": ["subject_id", "type", "name", "aliases", "reports", "first_seen", "last_seen", "dob", "age",
                 "cohort_id", "soi", "flags"],
    "Mentions": ["subject_id", "type", "reference", "text", "start", "end"],
    "Links": ["source_id", "target_id", "weight", "references"],
    "Cohorts": ["cohort_id", "size", "reports", "members", "score"],
    "SOI matches": ["soi_name", "soi_row", "subject_id", "match", "score"],
}
SHEET_ORDER: tuple[str, ...] = ("README", *CONTRACT)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DATE_FORMAT = "yyyy-mm-dd"
_SURROGATES_RE = re.compile("[\ud800-\udfff]")

_SHEETS: dict[str, str] = {
    "README": "This sheet: what each sheet and column holds, the run, the analyst's corrections and SOI decisions.",
    "Reports": "Every kept report in scope, one row each, text exactly as uploaded.",
    "Rejected": "Source rows that could not become reports, with the reason (unscoped exports only).",
    "Duplicates": "Source rows dropped as exact duplicates (same reference and text) of a kept report.",
    "Subjects": "Resolved subjects: persons, addresses, phones, vehicles, emails, social handles, organisations, places.",
    "Mentions": "Every place a subject is mentioned: report reference and character span in the report text.",
    "Links": "Pairs of subjects mentioned in the same reports; weight = number of distinct shared reports.",
    "Cohorts": "Groups of persons who keep appearing together, highest score first.",
    "SOI matches": "Proposed and decided matches between the uploaded subject-of-interest lists and subjects.",
}
_COLUMNS: dict[str, str] = {
    "Reports.reference": "Intelligence reference as in the source system (not necessarily unique across systems).",
    "Reports.date": "Intelligence date (an Excel date shown yyyy-mm-dd; blank when missing or impossible).",
    "Reports.source": "File the report came from.",
    "Reports.text": "Report text; longer than 32,767 characters continues in text_2, text_3 ... (last columns).",
    "Reports.grading": "Grading / handling code when the source had one.",
    "Reports.officer": "Submitting officer when the source had one.",
    "Reports.system": "Source system when known.",
    "Reports.warnings": "Problems found reading the row, '; '-separated (e.g. impossible date, characters replaced).",
    "Reports.report_id": "Internal id used to join Mentions to Reports within this workbook.",
    "Reports.row": "1-based data row in the source file (header excluded).",
    "Reports.date_raw": "The date exactly as written in the source.",
    "Reports.extras": "Unmapped source columns as a JSON object.",
    "Rejected.source": "File name.",
    "Rejected.row": "1-based data row in the file.",
    "Rejected.reason": "Why the row was not kept.",
    "Rejected.reference": "Reference as written in the row, when there was one.",
    "Rejected.text": "Text as written in the row, when there was one.",
    "Duplicates.source": "File of the dropped copy.",
    "Duplicates.row": "Row of the dropped copy.",
    "Duplicates.reference": "Reference of both copies.",
    "Duplicates.kept_source": "File of the copy that was kept.",
    "Duplicates.kept_row": "Row of the copy that was kept.",
    "Subjects.subject_id": "Stable id (type prefix + hash of the canonical key); the i2 chart uses it as Identity.",
    "Subjects.type": "PERSON, ADDRESS, PHONE, EMAIL, VEHICLE, SOCIAL, ORGANISATION, LOCATION, NINO, PNC_ID, IMEI, IP_ADDRESS.",
    "Subjects.name": "Display name / normalised identifier.",
    "Subjects.aliases": "Other spellings and nicknames seen, '; '-separated.",
    "Subjects.reports": "Number of distinct reports mentioning the subject.",
    "Subjects.first_seen": "Earliest report date.",
    "Subjects.last_seen": "Latest report date.",
    "Subjects.dob": "Date of birth (yyyy-mm-dd) when stated in a report.",
    "Subjects.age": "Age at the latest report (from DOB or a stated age).",
    "Subjects.cohort_id": "Cohort the subject belongs to, blank when none.",
    "Subjects.soi": "TRUE when matched to a subject-of-interest list entry.",
    "Subjects.flags": "Safeguarding and status flags, '; '-separated (child, missing, SOI ...).",
    "Subjects.key": "Canonical key used for resolution.",
    "Mentions.subject_id": "Subject mentioned (blank when the analyst marked it not-a-subject).",
    "Mentions.type": "Subject type of the mention.",
    "Mentions.reference": "Report reference (join to Reports via report_id).",
    "Mentions.report_id": "Internal report id (Reports.report_id).",
    "Mentions.key": "Normalised form used to resolve the mention to a subject.",
    "Mentions.method": "rule (pattern) or model (statistical name finder).",
    "Mentions.attrs": "Attributes found next to the mention (dob, age, make, colour ...) as JSON.",
    "Mentions.text": "The mention exactly as written.",
    "Mentions.start": "Start offset in the report text (0-based, Python characters).",
    "Mentions.end": "End offset (exclusive).",
    "Links.source_id": "One subject (the smaller id).",
    "Links.target_id": "The other subject.",
    "Links.weight": "Number of distinct reports mentioning both.",
    "Links.references": "Those reports' references, '; '-separated.",
    "Links.source_name": "Name of source_id.",
    "Links.source_type": "Type of source_id.",
    "Links.target_name": "Name of target_id.",
    "Links.target_type": "Type of target_id.",
    "Cohorts.cohort_id": "C01, C02 ... in score order.",
    "Cohorts.size": "Number of member persons.",
    "Cohorts.reports": "Distinct reports linking two members.",
    "Cohorts.members": "Member subject ids, '; '-separated.",
    "Cohorts.score": "Priority score: sum of the score_* columns when present.",
    "Cohorts.member_names": "Member names, '; '-separated.",
    "Cohorts.hubs": "The most connected members inside the cohort.",
    "Cohorts.first_activity": "Earliest linking report.",
    "Cohorts.last_activity": "Latest linking report.",
    "Cohorts.recent_reports": "Linking reports in the latest 90 days of the data.",
    "Cohorts.density": "Links among members / possible links (0-1).",
    "Cohorts.soi_members": "Members on a subject-of-interest list.",
    "Cohorts.children": "Members flagged as children or aged under 18.",
    "SOI matches.soi_name": "Name as written on the SOI list.",
    "SOI matches.soi_row": "Row of the entry in its list.",
    "SOI matches.subject_id": "Matched subject.",
    "SOI matches.match": "How it matched (identifier, name + DOB, name ...).",
    "SOI matches.score": "Match confidence 0-1.",
    "SOI matches.evidence": "What the match rests on (identifiers, DOB, name forms).",
    "SOI matches.status": "proposed, confirmed or rejected by the analyst.",
}


@dataclass
class _Notes:
    """Cells changed on the way into Excel, for the README sheet."""

    cleaned: list[tuple[str, int, str, int]] = field(default_factory=list)
    split: list[tuple[str, int, str, int]] = field(default_factory=list)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _chunks(text: str) -> list[str]:
    """Split ``text`` into pieces Excel accepts, never inside a character."""
    if len(text) <= CELL_LIMIT // 2 or _utf16_len(text) <= CELL_LIMIT:
        return [text]
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + CELL_LIMIT)
        if _utf16_len(text[i:j]) > CELL_LIMIT:
            # Astral characters count twice: find the longest piece that fits.
            lo, hi = i + CELL_LIMIT // 2, j
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if _utf16_len(text[i:mid]) <= CELL_LIMIT:
                    lo = mid
                else:
                    hi = mid - 1
            j = lo
        out.append(text[i:j])
        i = j
    return out


def _clean(text: str) -> tuple[str, int]:
    """Replace what Excel refuses (control characters) and what UTF-8 cannot hold (lone surrogates)."""
    text, n = ILLEGAL_CHARACTERS_RE.subn(MARKER, text)
    text, m = _SURROGATES_RE.subn(MARKER, text)
    return text, n + m


def _column_values(series: pd.Series) -> tuple[str, list]:
    """(kind, python values) with missing values as None."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date", [None if pd.isna(v) else v.to_pydatetime() for v in series]
    if pd.api.types.is_bool_dtype(series):
        return "plain", [None if v is pd.NA or v is None else bool(v) for v in series.astype(object)]
    if pd.api.types.is_integer_dtype(series):
        return "plain", [None if v is pd.NA or v is None else int(v) for v in series.astype(object)]
    if pd.api.types.is_float_dtype(series):
        return "plain", [None if v is None or v is pd.NA or math.isnan(v) else float(v) for v in series.astype(object)]
    values = []
    for v in series.astype(object):
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            values.append(None)
        elif isinstance(v, (dict, list)):
            values.append(json.dumps(v, ensure_ascii=False, default=str))
        elif isinstance(v, (bool, int, float)):
            values.append(v)
        elif isinstance(v, (pd.Timestamp, datetime)):
            values.append(v.to_pydatetime() if isinstance(v, pd.Timestamp) else v)
        else:
            values.append(str(v))
    return "text", values


def _write_sheet(book: ooxml.Writer, name: str, frame: pd.DataFrame, notes: _Notes) -> None:
    """One frame as a sheet: bold frozen header, autofilter, widths, text-safe cells."""
    columns = [str(c) for c in frame.columns]
    kinds: list[str] = []
    values: list[list] = []
    for c in frame.columns:
        kind, vals = _column_values(frame[c])
        kinds.append(kind)
        values.append(vals)
    n_rows = len(frame)
    warn_col = columns.index("warnings") if "warnings" in columns else None

    # Clean and split text columns up front: the header must name every continuation column.
    extra_cols: dict[int, int] = {}  # column index -> number of pieces needed
    pieces: dict[tuple[int, int], list[str]] = {}
    cleaned_rows: dict[int, int] = {}
    for ci, kind in enumerate(kinds):
        if kind != "text":
            continue
        col = values[ci]
        for ri, v in enumerate(col):
            if not isinstance(v, str):
                continue
            if ILLEGAL_CHARACTERS_RE.search(v) or _SURROGATES_RE.search(v):
                v, n = _clean(v)
                col[ri] = v
                cleaned_rows[ri] = cleaned_rows.get(ri, 0) + n
                notes.cleaned.append((name, ri + 2, columns[ci], n))
            if len(v) > CELL_LIMIT // 2:
                parts = _chunks(v)
                if len(parts) > 1:
                    pieces[(ri, ci)] = parts
                    col[ri] = parts[0]
                    extra_cols[ci] = max(extra_cols.get(ci, 1), len(parts))
                    notes.split.append((name, ri + 2, columns[ci], len(parts)))
    if warn_col is not None:
        for ri, n in cleaned_rows.items():
            note = f"export: {n} character(s) Excel cannot store shown as {MARKER}"
            old = values[warn_col][ri]
            values[warn_col][ri] = f"{old}; {note}" if old else note
    continuation: list[tuple[int, int]] = []  # (source column, piece number)
    header = list(columns)
    for ci in sorted(extra_cols):
        for k in range(2, extra_cols[ci] + 1):
            header.append(f"{columns[ci]}_{k}")
            continuation.append((ci, k))

    widths = []
    for i, title in enumerate(header):
        if i < len(columns) and kinds[i] == "date":
            widths.append(12.0)
        elif i < len(columns):
            sample = [v for v in values[i][:300] if v is not None]
            longest = max((len(str(v)) for v in sample), default=0)
            widths.append(float(min(60, max(len(title) + 3, longest + 2, 8))))
        else:
            widths.append(60.0)

    def rows():
        for ri in range(n_rows):
            row = [values[ci][ri] for ci in range(len(columns))]
            for ci, k in continuation:
                parts = pieces.get((ri, ci))
                row.append(parts[k - 1] if parts and len(parts) >= k else None)
            yield row

    book.add_sheet(name, header, rows(), widths=widths)


def _sheet_frames(a) -> dict[str, pd.DataFrame]:
    """Each data sheet's frame: contract columns first, then the rest of the analysis columns."""

    def ordered(frame: pd.DataFrame, sheet: str, extra_first: list[str] | None = None) -> pd.DataFrame:
        lead = CONTRACT[sheet]
        frame = frame.copy()
        for c in lead:
            if c not in frame.columns:
                frame[c] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
        rest = [c for c in (extra_first or []) if c in frame.columns and c not in lead]
        rest += [c for c in frame.columns if c not in lead and c not in rest]
        return frame[lead + rest].reset_index(drop=True)

    reports = a.reports
    if len(reports):
        reports = reports.sort_values(["date", "report_id"], kind="stable", na_position="last")
    reports = ordered(reports, "Reports", ["grading", "officer", "system", "warnings", "report_id", "row", "date_raw"])
    mentions = ordered(a.mentions.sort_values(["report_id", "start", "end"], kind="stable"), "Mentions",
                       ["report_id", "key", "method", "attrs"])
    names = a.subjects.set_index("subject_id")[["name", "type"]] if len(a.subjects) else None
    links = a.links.copy()
    if names is not None and len(links):
        links["source_name"] = links["source_id"].map(names["name"])
        links["source_type"] = links["source_id"].map(names["type"])
        links["target_name"] = links["target_id"].map(names["name"])
        links["target_type"] = links["target_id"].map(names["type"])
    subjects = a.subjects
    if len(subjects):
        subjects = subjects.sort_values(["type", "reports", "name"], ascending=[True, False, True], kind="stable")
    return {
        "Reports": reports,
        "Rejected": ordered(a.rejected, "Rejected"),
        "Duplicates": ordered(a.duplicates, "Duplicates"),
        "Subjects": ordered(subjects, "Subjects"),
        "Mentions": mentions,
        "Links": ordered(links, "Links"),
        "Cohorts": ordered(a.cohorts, "Cohorts"),
        "SOI matches": ordered(a.soi_matches, "SOI matches"),
    }


def _summarise_op(op: dict) -> str:
    def who(anchor: dict) -> str:
        return f"{anchor.get('name') or anchor.get('key')} ({anchor.get('type')})"

    kind = op.get("op")
    if kind == "merge":
        return "merge: " + " + ".join(who(s) for s in op.get("subjects", []))
    if kind == "split":
        moved = ", ".join(op.get("variants", [])) or f"{len(op.get('mentions', []))} mention(s)"
        return f"split: {moved} moved out of {who(op.get('subject', {}))}"
    if kind == "not_a_subject":
        return f"not a subject: {who(op.get('subject', {}))}"
    return json.dumps(op, ensure_ascii=False, sort_keys=True, default=str)


def _describe(sheet: str, column: str) -> str:
    if f"{sheet}.{column}" in _COLUMNS:
        return _COLUMNS[f"{sheet}.{column}"]
    if sheet == "Cohorts" and column.startswith("score_"):
        return f"Score component ({column[6:]}), already weighted; the components add up to score."
    return "Additional column carried through from the analysis."


def _readme(a, scope: ExportScope | None, frames: dict[str, pd.DataFrame], notes: _Notes) -> pd.DataFrame:
    rows: list[tuple[str, str, str]] = [
        ("About", "Scan Assist workbook",
         "Generated by Scan Assist. Every cell is a value: nothing in this workbook is a formula."),
        ("About", "Exported (UTC)", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")),
        ("About", "Scope", describe_scope(a, scope)),
        ("About", "Text safety",
         "Text that starts with = + - @ tab or CR is stored as text (quote prefix), never run as a formula."),
        ("About", "Long text",
         f"Cells hold at most {CELL_LIMIT:,} characters: longer text continues in <column>_2, <column>_3 ... "
         "at the end of the sheet; join them in order to get the original exactly."),
        ("About", "Characters replaced",
         f"Control characters Excel cannot store are shown as {MARKER}; the row is listed below and noted "
         "in Reports.warnings."),
    ]
    for sheet in SHEET_ORDER:
        n = 0 if sheet == "README" else len(frames[sheet])
        count = "" if sheet == "README" else f" ({n:,} row{'' if n == 1 else 's'})"
        rows.append(("Sheet", sheet, _SHEETS[sheet] + count))
    for sheet, frame in frames.items():
        for c in frame.columns:
            rows.append(("Column", f"{sheet}.{c}", _describe(sheet, str(c))))
    for file in a.files.to_dict("records") if isinstance(a.files, pd.DataFrame) else []:
        detail = "; ".join(f"{k}={'' if v is None or (isinstance(v, float) and math.isnan(v)) else v}"
                           for k, v in file.items() if k != "source")
        rows.append(("File", str(file.get("source", "")), detail))
    for k, v in (a.settings.as_dict() if a.settings is not None else {}).items():
        rows.append(("Setting", str(k), str(v)))
    for k, v in (a.run_info or {}).items():
        if k in ("settings", "soi_decisions"):
            continue
        rows.append(("Run", str(k), v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)))
    ops = list(getattr(a.corrections, "ops", []) or [])
    for i, op in enumerate(ops, 1):
        rows.append(("Correction", str(i), _summarise_op(op)))
    if ops and hasattr(a.corrections, "to_json"):
        rows.append(("Correction", "JSON (re-importable)", a.corrections.to_json()))
    if not ops:
        rows.append(("Correction", "-", "No corrections made."))
    decisions = (a.run_info or {}).get("soi_decisions") or {}
    for key, status in sorted(dict(decisions).items()):
        rows.append(("SOI decision", str(key), str(status)))
    if not decisions:
        rows.append(("SOI decision", "-", "No SOI decisions made."))
    for sheet, row, column, n in notes.cleaned[:1000]:
        rows.append(("Replaced", f"{sheet} row {row}", f"{n} character(s) in {column}"))
    if len(notes.cleaned) > 1000:
        rows.append(("Replaced", "...", f"{len(notes.cleaned) - 1000} more cells"))
    for sheet, row, column, n in notes.split[:1000]:
        rows.append(("Continued", f"{sheet} row {row}", f"{column} split across {n} cells"))
    return pd.DataFrame(rows, columns=["section", "item", "value"])


def write_workbook(
    analysis,
    out: str | Path | BinaryIO | None = None,
    *,
    scope: ExportScope | None = None,
) -> bytes:
    """Write the analysis (limited to ``scope``) as an .xlsx; return the bytes and also save to ``out``."""
    a = scoped_analysis(analysis, scope)
    frames = _sheet_frames(a)
    buffer = io.BytesIO()
    notes = _Notes()
    with ooxml.Writer(buffer) as book:
        # Data sheets first (they produce the notes); the README sheet is listed first in the workbook.
        for sheet in CONTRACT:
            _write_sheet(book, sheet, frames[sheet], notes)
        _write_sheet(book, "README", _readme(a, scope, frames, notes), _Notes())
        book.order = ["README", *CONTRACT]
    data = buffer.getvalue()
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    elif out is not None:
        out.write(data)
    return data
