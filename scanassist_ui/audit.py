"""The session's audit trail: what was done with the data, as metadata only (never report text)."""

from __future__ import annotations

from datetime import datetime, timezone

import pandas as pd
import streamlit as st

from . import state

COLUMNS = ["time_utc", "action", "detail"]


def record(action: str, detail: str) -> None:
    events = st.session_state.setdefault(state.AUDIT, [])
    events.append({"time_utc": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S"), "action": action,
                   "detail": detail})


def record_export(what: str, scope: str) -> None:
    record("export", f"{what} ({scope})")


def frame() -> pd.DataFrame:
    return pd.DataFrame(st.session_state.get(state.AUDIT, []), columns=COLUMNS)
