"""Subject-of-interest (SOI) lists: load them, find each SOI in the intelligence, and find the
people linked to SOIs who are on no list.

Why: teams already know their subjects; the value is (1) seeing where each appears in the
reports and (2) who is linked to them but not on the radar, children first.

Reading is accountable like report ingest: for every list ``rows_in == len(entries) +
len(rejected)``; a row is rejected only when it has neither a name nor an identifier (or is blank
or broken in the file), with its row number and reason; a bad DOB or identifier keeps the row and
gives a warning. Column mapping, name parsing and matching rules are in ``_soi_read``,
``_soi_names`` and ``_soi_match``; the association ranking in ``_soi_assoc``.

Errors: file-level problems raise the ingest exception tree (``ingest.IngestError`` and
subclasses: unreadable/empty/too large file; ``MappingError`` when no column holds a name or an
identifier, or an override names an unknown role or column). Matching never raises on odd data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from ._soi_assoc import associated
from ._soi_match import DEFAULT_THRESHOLD, find_matches, match_key, subject_key
from ._soi_read import ROLES, ColumnRoles, entries_frame, map_columns, parse_row
from .schemas import SoiEntrySchema

__all__ = [
    "SoiListResult",
    "ROLES",
    "DEFAULT_THRESHOLD",
    "read_soi_list",
    "combine_soi_lists",
    "match_key",
    "subject_key",
    "match_soi",
    "mark_soi",
    "soi_not_found",
    "associated_not_listed",
]


@dataclass
class SoiListResult:
    """One SOI file read: ``entries`` (``SoiEntrySchema``), ``rejected`` (source, row, reason),
    ``warnings`` (source, row, warning: kept rows with a problem), ``mapping`` header -> role,
    ``how`` header -> why that role (synonym / content / override / unknown)."""

    list_name: str
    entries: pd.DataFrame
    rejected: pd.DataFrame
    mapping: dict[str, str]
    notices: list[str]
    rows_in: int
    warnings: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["source", "row", "warning"]))
    how: dict[str, str] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)

    def describe_mapping(self) -> str:
        return ColumnRoles(self.mapping, self.how).describe()


def read_soi_list(
    data: bytes,
    filename: str,
    *,
    override: dict[str, str] | None = None,
    sheet: str | None = None,
    today: dt.date | None = None,
) -> SoiListResult:
    """Read one CSV/XLSX SOI list. ``override`` maps role -> header (or header -> role; ``""``/
    ``"ignore"`` sends a column to extras). ``today`` is only for tests of future-DOB checks."""
    from .ingest import read_table

    table = read_table(data, filename, sheet=sheet)
    roles = map_columns(table.headers, table.rows, override, filename)
    notices = list(table.notices)
    notices.append(f"columns: {roles.describe()}")
    entries: list[dict[str, object]] = []
    rejected: list[dict[str, object]] = []
    warnings: list[dict[str, object]] = []
    seen: set[int] = set()
    for number, row in zip(table.row_numbers, table.rows):
        seen.add(number)
        if number in table.row_errors:
            rejected.append({"source": filename, "row": number, "reason": table.row_errors[number]})
            continue
        if len(row) > len(table.headers) and any(str(c).strip() for c in row[len(table.headers) :] if c is not None):
            rejected.append({"source": filename, "row": number,
                             "reason": f"row has {len(row)} fields, header has {len(table.headers)}"})  # fmt: skip
            continue
        cells = {h: (row[i] if i < len(row) else None) for i, h in enumerate(table.headers)}
        out = parse_row(cells, roles, today)
        warnings.extend({"source": filename, "row": number, "warning": w} for w in out.warnings)
        if out.entry is None:
            rejected.append({"source": filename, "row": number, "reason": out.reason or "unreadable row"})
        else:
            entries.append({"soi_row": number, "list_name": filename, **out.entry})
    for number, reason in sorted(table.row_errors.items()):
        if number not in seen:
            rejected.append({"source": filename, "row": number, "reason": reason})
            seen.add(number)
    if warnings:
        notices.append(f"{len(warnings)} warning(s) on kept rows (bad DOB or identifier); see warnings")
    rej = pd.DataFrame(rejected, columns=["source", "row", "reason"]).astype(
        {"source": "string", "row": "int64", "reason": "string"}
    )
    warn = pd.DataFrame(warnings, columns=["source", "row", "warning"]).astype(
        {"source": "string", "row": "int64", "warning": "string"}
    )
    return SoiListResult(
        list_name=filename,
        entries=entries_frame(entries),
        rejected=rej.sort_values("row", kind="stable").reset_index(drop=True),
        mapping=dict(roles.roles),
        notices=notices,
        rows_in=len(seen),
        warnings=warn,
        how=dict(roles.how),
        headers=list(table.headers),
        sheets=list(table.sheets),
    )


def combine_soi_lists(results: list[SoiListResult]) -> pd.DataFrame:
    """All lists' entries in one ``SoiEntrySchema`` frame; a repeated list name gets ' (2)', ' (3)'."""
    frames: list[pd.DataFrame] = []
    used: dict[str, int] = {}
    for r in results:
        e = r.entries
        n = used.get(r.list_name, 0) + 1
        used[r.list_name] = n
        if n > 1:
            e = e.assign(list_name=f"{r.list_name} ({n})").astype({"list_name": "string"})
        frames.append(e)
    frames = [f for f in frames if len(f)]
    if not frames:
        return SoiEntrySchema.empty()
    return SoiEntrySchema.validate(pd.concat(frames, ignore_index=True))


def match_soi(
    entries: pd.DataFrame,
    subjects: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    decisions: dict[str, str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> pd.DataFrame:
    """Match every entry against the resolved subjects: ``SoiMatchSchema`` plus ``list_name``,
    ``match_key``, ``subject_name``, ``subject_type``; one row per (entry, subject), best evidence
    first. ``decisions`` (match_key -> "confirmed"/"rejected") are applied on every run; a decided
    pair is listed even if its score fell under ``threshold``."""
    return find_matches(entries, subjects, mentions, decisions, threshold)


def mark_soi(subjects: pd.DataFrame, matches: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``subjects`` with ``soi`` True and flag "SOI" for subjects with a non-rejected match
    (and both cleared for every other subject, so re-running after a rejection is clean)."""
    out = subjects.copy()
    live: set[str] = set()
    if len(matches):
        ok = matches[matches["status"].astype(str) != "rejected"]
        live = set(ok["subject_id"].astype(str))
    is_soi = out["subject_id"].astype(str).isin(live)
    out["soi"] = pd.array(is_soi.to_numpy(), dtype="boolean")

    def flag(flags: object, on: bool) -> str:
        parts = [p.strip() for p in ("" if pd.isna(flags) else str(flags)).split(";") if p.strip() and p.strip() != "SOI"]
        return "; ".join(parts + (["SOI"] if on else []))

    out["flags"] = pd.array([flag(f, on) for f, on in zip(out["flags"], is_soi)], dtype="string")
    return out


def soi_not_found(entries: pd.DataFrame, matches: pd.DataFrame) -> pd.DataFrame:
    """Entries with no non-rejected match, with ``reason`` (nothing matched / all matches rejected)."""
    live: set[tuple[str, int]] = set()
    rejected: dict[tuple[str, int], int] = {}
    for r in matches.to_dict("records") if len(matches) else []:
        k = (str(r.get("list_name", "")), int(r["soi_row"]))
        if str(r["status"]) == "rejected":
            rejected[k] = rejected.get(k, 0) + 1
        else:
            live.add(k)
    keys = list(zip(entries["list_name"].astype(str), entries["soi_row"].astype(int)))
    keep = [k not in live for k in keys]
    out = entries[keep].copy()
    out["reason"] = pd.array(
        [
            f"all {rejected[k]} candidate match(es) rejected by the analyst" if k in rejected else "not found in the reports"
            for k, kept in zip(keys, keep)
            if kept
        ],
        dtype="string",
    )
    return out.reset_index(drop=True)


def associated_not_listed(
    subjects: pd.DataFrame,
    mentions: pd.DataFrame,
    matches: pd.DataFrame,
    *,
    links: pd.DataFrame | None = None,
    cohorts: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Persons linked to SOI subjects but on no list (a rejected match does not count as listed),
    children first, then by strength of association. Columns: subject_id, name, age, flags,
    soi_links, shared_reports, shared_identifiers, same_cohort, score, why."""
    return associated(subjects, mentions, matches, links=links, cohorts=cohorts)

