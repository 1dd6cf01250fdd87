"""Exports: CSV, the Excel workbook, the i2 Analyst's Notebook chart, link table and profiles.

Every export can be limited with an :class:`ExportScope` (everything, the current selection,
one cohort, or one subject's network); the scope decides which subjects appear and, through
them, which reports, mentions and links. Report text is hostile input throughout: no
spreadsheet cell is ever a formula, XML carries only characters XML allows, and HTML is
escaped. Errors: bad arguments raise ``ValueError`` (e.g. an unknown subject or cohort id
for a profile); nothing else is raised on purpose.
"""

from __future__ import annotations

import io

import pandas as pd

from ._export_anx import entity_link_table, write_anx
from ._export_profile import cohort_profile_html, subject_profile_html
from ._export_scope import ExportScope, scope_subject_ids, scoped_analysis, scoped_graph
from ._export_xlsx import write_workbook

__all__ = [
    "safe_csv",
    "neutralise_formula",
    "ExportScope",
    "scope_subject_ids",
    "scoped_analysis",
    "scoped_graph",
    "write_workbook",
    "write_anx",
    "entity_link_table",
    "subject_profile_html",
    "cohort_profile_html",
]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """Prefix a quote to text a spreadsheet would run as a formula (OWASP CSV-injection advice)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_csv(frame: pd.DataFrame) -> bytes:
    """CSV bytes (UTF-8 with BOM so Excel reads it) with formula-like cells neutralised."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise_formula)
    buffer = io.StringIO()
    out.to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8-sig")
