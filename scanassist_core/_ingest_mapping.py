"""Header -> report field mapping: override, then known header names, then the values themselves.

Header names are compared after normalising case and punctuation ("Log Ref." == "log ref").
Synonym lists are in preference order, so when an export has both "Summary" and "Details" the
narrative wins. Content inference (for unfamiliar headers) looks at up to ``_SAMPLE`` non-blank
values per column: long multi-word values -> text; values that read as dates -> date (bare numbers
never count: a column of unique numbers is a reference far more often than Excel serials);
short, mostly-unique codes containing a digit -> reference; 3x5x2 / 5x5x5 codes -> grading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._ingest_dates import looks_like_date
from ._ingest_read import is_blank
from ._ingest_types import FIELDS, ColumnMapping, MappingError, RawTable

__all__ = ["infer_mapping", "normalise_header", "SYNONYMS"]

_SAMPLE = 500

SYNONYMS: dict[str, tuple[str, ...]] = {
    "reference": (
        "intelligence reference", "intelligence ref", "intel reference", "intel ref", "intelligence report reference",
        "intelligence id", "intelligence number", "intelligence no", "urn", "unique reference number",
        "unique reference", "log ref", "log reference", "log number", "log no", "occurrence no",
        "occurrence number", "occurrence ref", "occurrence reference", "report reference", "report ref",
        "report id", "report no", "report number", "ir ref", "ir number", "sir ref", "sir number", "sir no",
        "reference", "reference number", "reference no", "ref", "ref no", "ref number", "record id",
        "record number", "incident number", "incident no", "incident ref", "crime number", "crime no",
        "crime reference", "crime ref", "case number", "case ref", "document id", "document reference",
        "entry id", "serial", "serial no", "serial number", "id",
    ),
    "date": (
        "intelligence date", "intel date", "date of intelligence", "report date", "date of report",
        "date created", "created date", "creation date", "created on", "created", "date entered",
        "entry date", "entered date", "date recorded", "recorded date", "recorded on", "date submitted",
        "submission date", "submitted date", "submitted on", "date received", "received date",
        "occurrence date", "incident date", "log date", "date time", "datetime", "date and time",
        "timestamp", "date",
    ),
    "text": (
        "intelligence text", "intel text", "intelligence details", "intelligence narrative", "report narrative",
        "narrative", "details", "detail", "report text", "report details", "intelligence report",
        "intelligence", "text", "free text", "freetext", "description", "report", "body", "content",
        "information", "log text", "entry text", "occurrence details", "incident details", "circumstances",
        "notes", "comments", "remarks", "summary", "synopsis",
    ),
    "grading": (
        "grading", "grade", "intelligence grading", "handling code", "handling", "3x5x2", "3x5x2 grading",
        "5x5x5", "5x5x5 grading", "evaluation", "source evaluation", "provenance",
    ),
    "system": (
        "source system", "system", "system name", "originating system", "origin system", "source database",
        "database", "record system",
    ),
    "officer": (
        "officer", "officer name", "submitted by", "author", "author name", "created by", "entered by",
        "recorded by", "reporting officer", "submitting officer", "originator", "originating officer",
        "collar number", "officer collar number", "submitter",
    ),
}  # fmt: skip

_GRADING = re.compile(
    r"(?:3x5x2|5x5x5)?\s*[:\-]?\s*(?:[A-E]\s*[1-5](?:\s*[-/ ]?\s*[1-5P])?|[1-3]\s*[A-E]\s*[-/ ]?\s*[PC]?)",
    re.I,
)


def normalise_header(name: str) -> str:
    """Lower case, punctuation to spaces, single spaces: 'Log Ref.' -> 'log ref'."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", name.lower().replace("&", " and ")).split())


def _column(table: RawTable, index: int) -> list[object]:
    out: list[object] = []
    for row in table.rows:
        if index < len(row) and not is_blank(row[index]):
            out.append(row[index])
            if len(out) >= _SAMPLE:
                break
    return out


def _find_header(headers: Sequence[str], wanted: str) -> str | None:
    if wanted in headers:
        return wanted
    for h in headers:
        if h.strip() == wanted.strip():
            return h
    matches = [h for h in headers if normalise_header(h) == normalise_header(wanted)]
    return matches[0] if len(matches) == 1 else None


def infer_mapping(table: RawTable, override: dict[str, str] | None = None) -> ColumnMapping:
    """Choose the source column for each field and say why; raise ``MappingError`` if no text column."""
    mapping = ColumnMapping()
    used: set[str] = set()
    for field, header in (override or {}).items():
        if field not in FIELDS:
            raise MappingError(f"unknown field '{field}' in the column choice; fields are: {', '.join(FIELDS)}")
        if header is None or header == "":
            mapping.how[field] = "override"
            mapping.reasons[field] = "left unmapped by the analyst"
            continue
        found = _find_header(table.headers, header)
        if found is None:
            raise MappingError(
                f"{table.filename} has no column '{header}' (chosen for {field}); its columns are: "
                f"{', '.join(table.headers)}"
            )
        setattr(mapping, field, found)
        used.add(found)
        mapping.how[field] = "override"
        mapping.reasons[field] = f"'{found}' chosen by the analyst"

    normalised = {h: normalise_header(h) for h in table.headers}
    for field in FIELDS:
        if field in mapping.how:
            continue
        for synonym in SYNONYMS[field]:
            hit = next((h for h in table.headers if h not in used and normalised[h] == synonym), None)
            if hit is not None:
                setattr(mapping, field, hit)
                used.add(hit)
                mapping.how[field] = "synonym"
                mapping.reasons[field] = f"header '{hit}' is a known name for {field}"
                break
    _infer_from_content(table, mapping, used)
    if mapping.text is None and table.rows:
        raise MappingError(
            f"{table.filename}: no column looks like the report text; choose one (columns: {', '.join(table.headers)})"
        )
    return mapping


def _infer_from_content(table: RawTable, mapping: ColumnMapping, used: set[str]) -> None:
    if not table.rows:
        return
    stats = {}
    for i, h in enumerate(table.headers):
        if h in used:
            continue
        values = _column(table, i)
        if not values:
            continue
        strings = [str(v).strip() for v in values]
        n = len(strings)
        stats[h] = {
            "i": i,
            "mean_len": sum(map(len, strings)) / n,
            "words": sum(len(s.split()) >= 4 for s in strings) / n,
            "dates": sum(looks_like_date(v) for v in values) / n,
            "unique": len(set(strings)) / n,
            "short": sum(len(s) <= 40 and len(s.split()) <= 3 for s in strings) / n,
            "digit": sum(any(c.isdigit() for c in s) for s in strings) / n,
            "grading": sum(bool(_GRADING.fullmatch(s)) for s in strings) / n,
            "fill": n / min(len(table.rows), _SAMPLE),
        }

    def take(field: str, header: str, why: str) -> None:
        setattr(mapping, field, header)
        used.add(header)
        mapping.how[field] = "content"
        mapping.reasons[field] = f"values of '{header}' {why}"
        stats.pop(header, None)

    if "text" not in mapping.how:
        candidates = [(s["mean_len"], h) for h, s in stats.items() if s["words"] >= 0.5 or s["mean_len"] >= 30]
        if candidates:
            take("text", max(candidates)[1], "are long free text")
    if "date" not in mapping.how:
        candidates = [(s["dates"], -s["i"], h) for h, s in stats.items() if s["dates"] >= 0.8]
        if candidates:
            take("date", max(candidates)[2], "read as dates")
    if "grading" not in mapping.how:
        candidates = [(s["grading"], -s["i"], h) for h, s in stats.items() if s["grading"] >= 0.8]
        if candidates:
            take("grading", max(candidates)[2], "look like 3x5x2/5x5x5 grading codes")
    if "reference" not in mapping.how:
        candidates = [
            (s["unique"] * s["fill"], -s["i"], h)
            for h, s in stats.items()
            if s["short"] >= 0.9 and s["unique"] >= 0.9 and s["digit"] >= 0.8 and s["fill"] >= 0.8 and s["dates"] < 0.5
        ]
        if candidates:
            take("reference", max(candidates)[2], "are short unique codes")
