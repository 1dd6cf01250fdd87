"""Ingest: uploaded CSV/XLSX exports -> one accountable set of intelligence reports.

Why this layer is strict: every later fact (a subject, a link, a cohort) is traced back to a
report reference, so nothing may be invented or silently dropped here. For every file

    rows_in = kept + rejected + duplicates

where ``rows_in`` counts the data records after the header (a quoted field with newlines is one
record; blank records between data rows count and are rejected as "blank row"; blank records after
the last data row are not records and only get a notice). Each rejected row carries its file,
1-based data-row number and a reason: "blank row", "row has N fields, header has M" (extra
non-blank fields — the columns are misaligned), "unterminated quote ...", "empty text",
"no reference". Rows with fewer fields than the header are kept if they have text, with a warning.

Kept text is the source cell with surrounding whitespace stripped, line breaks normalised to
``\\n`` (so a report exported as CSV and as XLSX compares equal) and control characters other
than ``\\n \\r \\t`` (NUL ...) removed *with a warning on the report*. Formula-looking text
(``=HYPERLINK(...)``) is ordinary text here; exporters must neutralise it.

Exact duplicates (same reference and same stripped text, within or across files) collapse to
the first occurrence and are listed; the same reference with different text is kept twice.

The exception tree is documented on ``IngestError``. Reading details (encodings, delimiter,
unterminated quotes, sheets) are in ``_ingest_read``; mapping rules in ``_ingest_mapping``;
date rules in ``_ingest_dates``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field

import pandas as pd

from ._ingest_dates import parse_uk_date
from ._ingest_mapping import infer_mapping
from ._ingest_read import DEFAULT_MAX_BYTES, DEFAULT_MAX_CELLS, is_blank, read_table
from ._ingest_types import (
    FIELDS,
    ColumnMapping,
    EmptyFileError,
    FileTooLargeError,
    IngestError,
    MappingError,
    RawTable,
    UnreadableFileError,
)
from .schemas import DuplicateSchema, RejectedSchema, ReportSchema

__all__ = [
    "IngestError",
    "UnreadableFileError",
    "EmptyFileError",
    "FileTooLargeError",
    "MappingError",
    "ColumnMapping",
    "RawTable",
    "FileResult",
    "IngestResult",
    "read_table",
    "infer_mapping",
    "ingest_file",
    "combine",
    "ingest_files",
    "parse_uk_date",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CELLS",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FILES_COLUMNS = ["source", "encoding", "sheet", "rows_in", "kept", "rejected", "duplicates", "mapping", "notices"]


@dataclass
class FileResult:
    """One file read and mapped; ``reports`` still contains within-file duplicates (``combine`` removes them)."""

    filename: str
    source: str
    encoding: str | None
    sheet: str | None
    mapping: ColumnMapping
    rows_in: int
    reports: pd.DataFrame
    rejected: pd.DataFrame
    notices: list[str]
    headers: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)


@dataclass
class IngestResult:
    """All files combined: ``reports`` has ``report_id`` 0..n-1 in file then row order."""

    reports: pd.DataFrame
    rejected: pd.DataFrame
    duplicates: pd.DataFrame
    files: pd.DataFrame


# ------------------------------------------------------------------------------------ cells


def _to_str(value: object) -> str:
    """A cell as text, without scientific notation or '.0' on whole numbers."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _clean(value: object) -> tuple[str, int]:
    """Stripped text with normalised line breaks and control characters removed; and how many were."""
    if value is None:
        return "", 0
    text = _to_str(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, removed = _CONTROL.subn("", text)
    return text.strip(), removed


def _cell(rec: list[object], index: int | None) -> object:
    return rec[index] if index is not None and index < len(rec) else None


# ------------------------------------------------------------------------------------ ingest


def _frame(schema: type, rows: list[dict[str, object]]) -> pd.DataFrame:
    if not rows:
        return schema.empty()
    data = {}
    for name, dtype in schema.columns.items():
        values = [r.get(name) for r in rows]
        if dtype == "datetime64[ns]":
            data[name] = pd.Series(pd.to_datetime(pd.Series(values, dtype=object)), dtype=dtype)
        else:
            data[name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data)


def ingest_file(
    data: bytes,
    filename: str,
    *,
    override: dict[str, str] | None = None,
    sheet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_cells: int = DEFAULT_MAX_CELLS,
) -> FileResult:
    """Read, map and check one file; raises ``IngestError`` subclasses for whole-file problems only."""
    table = read_table(data, filename, sheet, max_bytes=max_bytes, max_cells=max_cells)
    notices = list(table.notices)
    mapping = infer_mapping(table, override)
    source = f"{filename} [{table.sheet}]" if table.non_default_sheet else filename
    return _build(table, mapping, source, notices)


def _build(table: RawTable, mapping: ColumnMapping, source: str, notices: list[str]) -> FileResult:
    index = {h: i for i, h in enumerate(table.headers)}
    col = {f: index[mapping.get(f)] if mapping.get(f) is not None else None for f in FIELDS}
    mapped = {mapping.get(f) for f in FIELDS}
    extra_cols = [(i, h) for i, h in enumerate(table.headers) if h not in mapped]
    width = len(table.headers)
    if table.rows:
        notices.append(f"columns: {mapping.describe()}")
        if mapping.reference is None:
            notices.append("no reference column found: every row is rejected; choose the reference column")
        if mapping.date is None:
            notices.append("no date column found: dates left empty")
    kept: list[dict[str, object]] = []
    rejected: list[dict[str, object]] = []
    date_cache: dict[tuple[type, object], tuple[pd.Timestamp | None, str | None]] = {}

    def reject(rowno: int, reason: str, ref: str = "", text: str = "") -> None:
        rejected.append({"source": source, "row": rowno, "reason": reason, "reference": ref or None, "text": text or None})

    for rec, rowno in zip(table.rows, table.row_numbers):
        ref, _ = _clean(_cell(rec, col["reference"]))
        if rowno in table.row_errors:
            reject(rowno, table.row_errors[rowno], ref, " | ".join(_clean(v)[0] for v in rec if not is_blank(v)))
            continue
        if all(map(is_blank, rec)):
            reject(rowno, "blank row")
            continue
        if len(rec) > width:
            fields = " | ".join(_clean(v)[0] for v in rec)
            reject(rowno, f"row has {len(rec)} fields, header has {width}", ref, fields)
            continue
        warnings: list[str] = []
        short = len(rec) < width
        if short:
            warnings.append(f"row has {len(rec)} fields, header has {width}")
        text, removed = _clean(_cell(rec, col["text"]))
        if not text:
            reject(rowno, "empty text" + (f" (row has {len(rec)} fields, header has {width})" if short else ""), ref)
            continue
        if not ref:
            reason = "no reference" if mapping.reference is not None else "no reference (no reference column)"
            reject(rowno, reason, "", text)
            continue
        if removed:
            warnings.append(f"removed {removed} control character(s) from the text")
        date_value = _cell(rec, col["date"])
        date, date_raw = None, None
        if col["date"] is not None:
            key = (type(date_value), date_value)
            if key not in date_cache:  # exports repeat dates; parsing is the slowest step per row
                date_cache[key] = parse_uk_date(date_value)
            date, warning = date_cache[key]
            date_raw = _clean(date_value)[0] or None
            if warning:
                warnings.append(warning)
        extras = {h: _clean(rec[i])[0] for i, h in extra_cols if i < len(rec) and not is_blank(rec[i])}
        kept.append(
            {
                "report_id": len(kept),
                "reference": ref,
                "date": date if date is not None else pd.NaT,
                "source": source,
                "row": rowno,
                "text": text,
                "date_raw": date_raw,
                "grading": _clean(_cell(rec, col["grading"]))[0] or None,
                "officer": _clean(_cell(rec, col["officer"]))[0] or None,
                "system": _clean(_cell(rec, col["system"]))[0] or None,
                "extras": json.dumps(extras, ensure_ascii=False),
                "warnings": "; ".join(warnings),
            }
        )
    if table.rows and rejected:
        notices.append(f"{len(rejected)} of {len(table.rows)} row(s) rejected")
    return FileResult(
        filename=table.filename,
        source=source,
        encoding=table.encoding,
        sheet=table.sheet,
        mapping=mapping,
        rows_in=len(table.rows),
        reports=_frame(ReportSchema, kept),
        rejected=_frame(RejectedSchema, rejected),
        notices=notices,
        headers=list(table.headers),
        sheets=list(table.sheets),
    )


# ------------------------------------------------------------------------------------ combine


def combine(results: list[FileResult]) -> IngestResult:
    """Merge files into one report set: cross-file exact-duplicate removal, ids 0..n-1, per-file counts.

    Two uploads with the same source name get " (2)", " (3)" appended so rows stay traceable.
    """
    seen_sources: dict[str, int] = {}
    first: dict[tuple[str, str], tuple[str, int]] = {}
    kept_frames: list[pd.DataFrame] = []
    rejected_frames: list[pd.DataFrame] = []
    duplicates: list[dict[str, object]] = []
    files: list[dict[str, object]] = []
    for res in results:
        source = res.source
        if source in seen_sources:
            seen_sources[source] += 1
            source = f"{res.source} ({seen_sources[res.source]})"
        seen_sources.setdefault(source, 1)
        reports = res.reports.copy()
        reports["source"] = pd.Series([source] * len(reports), dtype="string", index=reports.index)
        rejected = res.rejected.copy()
        rejected["source"] = pd.Series([source] * len(rejected), dtype="string", index=rejected.index)
        keep_mask: list[bool] = []
        n_dup = 0
        for ref, text, row in zip(reports["reference"], reports["text"], reports["row"]):
            key = (str(ref).strip(), str(text).strip())
            if key in first:
                kept_source, kept_row = first[key]
                duplicates.append(
                    {"source": source, "row": int(row), "reference": ref, "kept_source": kept_source, "kept_row": kept_row}
                )
                keep_mask.append(False)
                n_dup += 1
            else:
                first[key] = (source, int(row))
                keep_mask.append(True)
        kept = reports[keep_mask]
        if len(kept) + len(rejected) + n_dup != res.rows_in:
            raise RuntimeError(
                f"internal error: {source} has {res.rows_in} rows but {len(kept)} kept + {len(rejected)} "
                f"rejected + {n_dup} duplicates"
            )
        kept_frames.append(kept)
        rejected_frames.append(rejected)
        files.append(
            {
                "source": source,
                "encoding": res.encoding,
                "sheet": res.sheet,
                "rows_in": res.rows_in,
                "kept": len(kept),
                "rejected": len(rejected),
                "duplicates": n_dup,
                "mapping": res.mapping.describe(),
                "notices": "; ".join(res.notices),
            }
        )
    reports = pd.concat([ReportSchema.empty(), *kept_frames], ignore_index=True) if kept_frames else ReportSchema.empty()
    reports = ReportSchema.validate(reports.astype(ReportSchema.columns))
    reports["report_id"] = pd.Series(range(len(reports)), dtype="int64")
    rejected_all = (
        pd.concat([RejectedSchema.empty(), *rejected_frames], ignore_index=True) if rejected_frames else RejectedSchema.empty()
    )
    files_df = pd.DataFrame(files, columns=FILES_COLUMNS).astype(
        {"source": "string", "encoding": "string", "sheet": "string", "rows_in": "int64", "kept": "int64",
         "rejected": "int64", "duplicates": "int64", "mapping": "string", "notices": "string"}  # fmt: skip
    )
    return IngestResult(
        reports=reports,
        rejected=RejectedSchema.validate(rejected_all.astype(RejectedSchema.columns)),
        duplicates=_frame(DuplicateSchema, duplicates),
        files=files_df,
    )


def ingest_files(
    files: list[tuple[str, bytes]],
    *,
    overrides: dict[str, dict[str, str]] | None = None,
    sheets: dict[str, str] | None = None,
) -> IngestResult:
    """Ingest and combine uploads ``[(filename, bytes), ...]``; ``overrides``/``sheets`` are keyed by filename.

    A whole-file problem raises (the message names the file) rather than quietly skipping it.
    """
    overrides = overrides or {}
    sheets = sheets or {}
    return combine([ingest_file(data, name, override=overrides.get(name), sheet=sheets.get(name)) for name, data in files])
