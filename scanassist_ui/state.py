"""Session-state keys and accessors: the only place pages touch per-user data.

All analysis data lives in ``st.session_state`` (one browser session = one analyst), never in a
cache shared between sessions, so analysts on a shared server never see each other's data.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

# Keys (prefixed so they never collide with widget keys).
UPLOADS = "sa_uploads"  # dict[filename, bytes]: files staged on the Upload page
CONSUMED_UPLOADS = "sa_consumed_uploads"  # upload ids already staged (so a removed file stays removed)
OVERRIDES = "sa_overrides"  # dict[filename, dict[field, header]]: analyst's column mapping
FILE_RESULTS = "sa_file_results"  # memo: (name, sha1, mapping, sheet) -> FileResult or error text
SHEETS = "sa_sheets"  # dict[filename, sheet]: the analyst's sheet choice
WORKSPACE_FILES = "sa_workspace_files"  # FileResults rebuilt from an opened workspace
WORKSPACE_ERROR = "sa_workspace_error"  # message for a refused workspace file
INGEST = "sa_ingest"  # IngestResult of the staged files
ANALYSIS = "sa_analysis"  # pipeline.Analysis of the last run
EXTRACTOR = "sa_extractor"  # session-scoped Extractor (its text-hash cache makes re-runs cheap)
CORRECTIONS = "sa_corrections"  # resolve.Corrections
SOI_LISTS = "sa_soi_lists"  # dict[filename, (bytes, SoiListResult)]
SOI_ENTRIES = "sa_soi_entries"  # combined SoiEntrySchema frame of all loaded lists
SOI_DECISIONS = "sa_soi_decisions"  # dict[match_key, "confirmed"|"rejected"]
SELECTED_SUBJECT = "sa_selected_subject"  # subject_id chosen on any page
SELECTED_COHORT = "sa_selected_cohort"
AUDIT = "sa_audit"  # list of audit events (metadata only)
DEMO_SOI = "sa_demo_soi"  # the demo SOI list staged with the demo data
MEMO = "sa_memo"  # per-analysis memo of derived figures (see cached.per_analysis)
ERRORS = "sa_errors"  # dict[filename, message] for files that could not be read


def get(key: str, default: Any = None) -> Any:
    return st.session_state.get(key, default)


def put(key: str, value: Any) -> None:
    st.session_state[key] = value


def analysis():
    """The current analysis, or None before the first run."""
    return st.session_state.get(ANALYSIS)


def has_analysis() -> bool:
    return st.session_state.get(ANALYSIS) is not None


def uploads() -> dict[str, bytes]:
    return st.session_state.setdefault(UPLOADS, {})


def overrides() -> dict[str, dict[str, str]]:
    return st.session_state.setdefault(OVERRIDES, {})


def clear_analysis() -> None:
    for key in (UPLOADS, OVERRIDES, FILE_RESULTS, SHEETS, INGEST, ANALYSIS, ERRORS, SELECTED_SUBJECT, SELECTED_COHORT):
        st.session_state.pop(key, None)
