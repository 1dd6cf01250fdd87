"""Hand-made report and PERSON-mention frames for the resolution tests.

Mentions sit at their real offsets (each name at its next occurrence in its report), so rules
that read the text around a name (aliases, 'the other X', year-only births) see what a real
extraction would give them.
"""

from __future__ import annotations

import json
from typing import Callable

import pandas as pd

from scanassist_core.schemas import MentionSchema


def report_frame(texts: dict[int, str], ids: list[int] | range | None = None,
                 date_of: Callable[[int], pd.Timestamp] | None = None) -> pd.DataFrame:
    """Reports ``ids`` (default: the keys of ``texts``), blank where no text is given."""
    ids = sorted(texts) if ids is None else list(ids)
    date_of = date_of or (lambda r: pd.Timestamp("2024-03-01") + pd.Timedelta(days=r))
    return pd.DataFrame(
        {
            "report_id": pd.Series(ids, dtype="int64"),
            "reference": pd.Series([f"IR{r:04d}" for r in ids], dtype="string"),
            "date": pd.Series([date_of(r) for r in ids], dtype="datetime64[ns]"),
            "source": pd.Series(["t.csv"] * len(ids), dtype="string"),
            "text": pd.Series([texts.get(r, "") for r in ids], dtype="string"),
        }
    )


def person_mentions(texts: dict[int, str], names: dict[int, list[str]], attrs: dict | None = None) -> pd.DataFrame:
    """PERSON mentions of ``names`` per report; ``attrs`` keyed by (report, name) or
    (report, position of the name in that report's list) when one name occurs twice."""
    attrs = attrs or {}
    out = []
    for rid, ns in names.items():
        pos = 0
        for k, n in enumerate(ns):
            s = texts[rid].index(n, pos)
            pos = s + len(n)
            out.append(
                {
                    "report_id": rid, "reference": f"IR{rid:04d}", "type": "PERSON", "text": n,
                    "start": s, "end": s + len(n), "key": " ".join(n.lower().split()), "method": "rule",
                    "attrs": json.dumps(attrs.get((rid, n), attrs.get((rid, k), {}))), "subject_id": "",
                }
            )
    return pd.DataFrame(out).astype(MentionSchema.columns)
