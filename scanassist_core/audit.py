"""Audit trail events: what was done with the data, as metadata only.

Why a pure module: the app records events in the session, the batch command and workspace
files carry them, and exports print them, so one shape is defined once. An event is a flat
dict ``{"time_utc", "action", "detail", **meta}``; ``meta`` values are JSON scalars (names,
sizes, hashes, counts). Never put report text in an event: the trail is exported and saved
with the workspace, and an auditor must be able to read it without seeing intelligence.
Hostile values (control characters, very long strings) are neutralised here so every consumer
can print an event as it is.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

import pandas as pd

__all__ = ["COLUMNS", "event", "file_event", "audit_frame", "clean_events"]

#: The columns every event has, first in :func:`audit_frame`.
COLUMNS: tuple[str, ...] = ("time_utc", "action", "detail")
_MAX_TEXT = 500
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _text(value: object) -> str:
    text = _CONTROL.sub(" ", "" if value is None else str(value))
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def _scalar(value: object) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value) if value == value and abs(value) != float("inf") else None
    return _text(value)


def event(action: str, detail: str = "", *, time_utc: str | None = None, **meta: object) -> dict[str, object]:
    """One audit event (UTC time now unless given) with JSON-scalar metadata (others become text)."""
    out: dict[str, object] = {"time_utc": _text(time_utc) if time_utc else _now(), "action": _text(action),
                              "detail": _text(detail)}
    out.update({_text(k): _scalar(v) for k, v in meta.items()})
    return out


def file_event(name: str, data: bytes, rows: int | None = None, *, action: str = "file loaded") -> dict[str, object]:
    """A file taken in: name, size in bytes, SHA-256 of its content and row count (never its content)."""
    size = len(data)
    digest = hashlib.sha256(data).hexdigest()
    rows_text = "" if rows is None else f", {int(rows):,} rows"
    return event(action, f"{name} ({size:,} bytes{rows_text}, sha256 {digest[:12]}…)", name=name, size=size,
                 sha256=digest, rows=None if rows is None else int(rows))


def clean_events(events: Iterable[Mapping[str, object]] | None) -> list[dict[str, object]]:
    """Events from an untrusted source (a workspace file) re-made through :func:`event`; junk skipped."""
    out: list[dict[str, object]] = []
    for ev in events or []:
        if not isinstance(ev, Mapping):
            continue
        meta = {str(k): v for k, v in ev.items() if str(k) not in COLUMNS}
        out.append(event(str(ev.get("action", "")), str(ev.get("detail", "") or ""),
                         time_utc=str(ev.get("time_utc", "") or "") or None, **meta))
    return out


def audit_frame(events: Iterable[Mapping[str, object]] | None) -> pd.DataFrame:
    """Events as a table: the base columns, then metadata keys in order of first appearance."""
    rows = [dict(ev) for ev in events or []]
    extra: list[str] = []
    for ev in rows:
        extra.extend(k for k in ev if k not in COLUMNS and k not in extra)
    frame = pd.DataFrame(rows, columns=[*COLUMNS, *extra])
    return frame.astype({c: "string" for c in COLUMNS})
