"""The session's audit trail: what was done with the data, as metadata only (never report text).

Events are made by :mod:`scanassist_core.audit` (one shape for the app, exports and workspaces)
and kept in this session's state only.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scanassist_core import audit as core_audit

from . import state

COLUMNS = list(core_audit.COLUMNS)


def events() -> list[dict]:
    """This session's events (the live list: exports and workspaces copy it)."""
    return st.session_state.setdefault(state.AUDIT, [])


def record(action: str, detail: str, **meta: object) -> None:
    events().append(core_audit.event(action, detail, **meta))


def record_export(what: str, scope: str) -> None:
    record("export", f"{what} ({scope})", what=what, scope=scope)


def record_file(name: str, data: bytes, rows: int | None = None, *, action: str = "file loaded") -> None:
    """A file taken in: its name, size, SHA-256 and row count."""
    events().append(core_audit.file_event(name, data, rows, action=action))


def frame() -> pd.DataFrame:
    return core_audit.audit_frame(st.session_state.get(state.AUDIT, []))
