"""Dashboard figures: small frames computed from an :class:`~scanassist_core.pipeline.Analysis`.

Pure functions, so the page only draws and tests can check the numbers behind each chart.
"""

from __future__ import annotations

import pandas as pd

__all__ = [
    "headline",
    "reports_over_time",
    "subjects_by_type",
    "top_subjects",
    "top_cohorts",
    "new_subjects",
    "MARKER_COLOURS",
]

MARKER_COLOURS = {"child": "#e67e22", "SOI": "#c0392b", "child & SOI": "#8e44ad", "": "#1f4e79"}


def _flag_series(subjects: pd.DataFrame) -> pd.Series:
    return subjects["flags"].fillna("").astype(str)


def _is_child(subjects: pd.DataFrame) -> pd.Series:
    return _flag_series(subjects).str.contains(r"\bchild\b", regex=True)


def headline(analysis) -> dict[str, object]:
    reports, subjects = analysis.reports, analysis.subjects
    dates = reports["date"].dropna()
    date_range = f"{dates.min():%d/%m/%Y} – {dates.max():%d/%m/%Y}" if len(dates) else "no dates"
    months = (dates.max().year - dates.min().year) * 12 + dates.max().month - dates.min().month + 1 if len(dates) else 0
    soi = analysis.soi_matches
    hits = 0
    if len(soi):
        live = soi[soi["status"].fillna("proposed") != "rejected"]
        hits = int(live["subject_id"].nunique())
    return {
        "reports": int(len(reports)),
        "sources": int(reports["source"].nunique()),
        "date_range": date_range,
        "months": int(months),
        "undated": int(reports["date"].isna().sum()),
        "subjects": int(len(subjects)),
        "links": int(len(analysis.links)),
        "cohorts": int(len(analysis.cohorts)),
        "soi_hits": hits,
        "children": int(_is_child(subjects).sum()) if len(subjects) else 0,
        "rejected": int(len(analysis.rejected)),
        "duplicates": int(len(analysis.duplicates)),
    }


def reports_over_time(analysis) -> pd.DataFrame:
    """Reports per calendar month and source (undated reports are left out and counted elsewhere)."""
    reports = analysis.reports.dropna(subset=["date"])
    if not len(reports):
        return pd.DataFrame(columns=["month", "source", "reports"])
    month = reports["date"].dt.to_period("M").dt.to_timestamp()
    out = reports.assign(month=month).groupby(["month", "source"]).size().rename("reports").reset_index()
    return out.sort_values(["month", "source"]).reset_index(drop=True)


def subjects_by_type(analysis) -> pd.DataFrame:
    subjects = analysis.subjects
    if not len(subjects):
        return pd.DataFrame(columns=["type", "subjects"])
    out = subjects.groupby("type").size().rename("subjects").reset_index()
    return out.sort_values("subjects", ascending=False).reset_index(drop=True)


def _marker(subjects: pd.DataFrame) -> pd.Series:
    child = _is_child(subjects)
    soi = subjects["soi"].fillna(False).astype(bool)
    marker = pd.Series("", index=subjects.index)
    marker[child] = "child"
    marker[soi] = "SOI"
    marker[child & soi] = "child & SOI"
    return marker


def top_subjects(analysis, *, by: str = "reports", types: tuple[str, ...] | None = None, n: int = 15) -> pd.DataFrame:
    """Top subjects by report count or by number of distinct linked subjects."""
    subjects = analysis.subjects
    if types:
        subjects = subjects[subjects["type"].isin(types)]
    if not len(subjects):
        return pd.DataFrame(columns=["subject_id", "name", "type", "reports", "connections", "marker"])
    links = analysis.links
    degree = pd.concat([links["source_id"], links["target_id"]]).value_counts() if len(links) else pd.Series(dtype="int64")
    out = subjects[["subject_id", "name", "type", "reports"]].copy()
    out["connections"] = out["subject_id"].map(degree).fillna(0).astype(int)
    out["marker"] = _marker(subjects).values
    out = out.sort_values([by, "reports" if by != "reports" else "connections", "name"], ascending=[False, False, True])
    return out.head(n).reset_index(drop=True)


def top_cohorts(analysis, n: int = 10) -> pd.DataFrame:
    cohorts = analysis.cohorts
    if not len(cohorts):
        return pd.DataFrame(columns=["cohort_id", "label", "size", "reports", "score"])
    out = cohorts.sort_values("score", ascending=False).head(n).copy()
    out["label"] = out["cohort_id"].astype(str) + " (" + out["size"].astype(str) + " members)"
    return out[["cohort_id", "label", "size", "reports", "score"]].reset_index(drop=True)


def new_subjects(analysis, *, types: tuple[str, ...] = ("PERSON",), n: int = 20) -> pd.DataFrame:
    """Subjects first seen in the latest calendar month of the data."""
    subjects = analysis.subjects
    dates = analysis.reports["date"].dropna()
    empty = pd.DataFrame(columns=["name", "type", "first_seen", "reports", "flags"])
    if not len(subjects) or not len(dates):
        return empty
    start = dates.max().to_period("M").to_timestamp()
    new = subjects[(subjects["first_seen"] >= start) & subjects["type"].isin(types)]
    out = new.sort_values(["reports", "name"], ascending=[False, True]).head(n)
    out = out[["name", "type", "first_seen", "reports", "flags"]].reset_index(drop=True)
    out.attrs["period"] = f"{start:%B %Y}"
    return out
