"""Subject tables and profiles: what the Subjects page and profile exports show, as data.

Every fact in a profile comes with the reports that say it (reference, date, character span).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

__all__ = ["subject_table", "subject_profile", "associates", "subject_reports"]

IDENTIFIER_TYPES = ("ADDRESS", "PHONE", "VEHICLE", "EMAIL", "SOCIAL", "NINO", "PNC_ID", "IMEI", "IP_ADDRESS")


def _connections(analysis) -> pd.Series:
    links = analysis.links
    if not len(links):
        return pd.Series(dtype="int64")
    return pd.concat([links["source_id"], links["target_id"]]).value_counts()


def subject_table(
    analysis,
    *,
    types: list[str] | None = None,
    search: str = "",
    min_reports: int = 1,
    flag: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    cohort: str | None = None,
) -> pd.DataFrame:
    """Filtered subjects ordered by relevance: children and SOI first, then reports and links."""
    s = analysis.subjects
    if types:
        s = s[s["type"].isin(types)]
    if search:
        needle = search.strip().lower()
        hay = (s["name"].fillna("") + " " + s["aliases"].fillna("") + " " + s["key"].fillna("")).str.lower()
        s = s[hay.str.contains(needle, regex=False)]
    s = s[s["reports"] >= min_reports]
    flags = s["flags"].fillna("").astype(str)
    if flag == "child":
        s = s[flags.str.contains(r"\bchild\b")]
    elif flag == "SOI":
        s = s[s["soi"].fillna(False).astype(bool)]
    elif flag == "missing":
        s = s[flags.str.contains(r"\bmissing\b")]
    elif flag == "cohort":
        s = s[s["cohort_id"].fillna("") != ""]
    if cohort:
        s = s[s["cohort_id"] == cohort]
    if date_from is not None:
        s = s[s["last_seen"].isna() | (s["last_seen"] >= pd.Timestamp(date_from))]
    if date_to is not None:
        s = s[s["first_seen"].isna() | (s["first_seen"] <= pd.Timestamp(date_to) + pd.Timedelta(days=1))]
    out = s[["subject_id", "type", "name", "reports", "first_seen", "last_seen", "dob", "age", "cohort_id", "flags"]].copy()
    out["connections"] = out["subject_id"].map(_connections(analysis)).fillna(0).astype(int)
    child = out["flags"].fillna("").str.contains(r"\bchild\b")
    soi = s["soi"].fillna(False).astype(bool).values
    # Plain words, not emoji: analysts' machines often have no colour-emoji font.
    out["marker"] = ["CHILD · SOI" if c and o else "CHILD" if c else "SOI" if o else "" for c, o in zip(child, soi)]
    out["_priority"] = child.astype(int) * 2 + soi.astype(int)
    out = out.sort_values(["_priority", "reports", "connections", "name"], ascending=[False, False, False, True])
    cols = ["marker", "name", "type", "reports", "connections", "dob", "age", "cohort_id", "flags", "first_seen",
            "last_seen", "subject_id"]
    return out[cols].reset_index(drop=True)


def subject_reports(analysis, subject_id: str) -> pd.DataFrame:
    """The subject's mentions joined to their reports, latest first."""
    m = analysis.mentions[analysis.mentions["subject_id"] == subject_id]
    r = analysis.reports[["report_id", "reference", "date", "source", "text"]]
    joined = m[["report_id", "start", "end", "text"]].rename(columns={"text": "as_written"}).merge(r, on="report_id")
    return joined.sort_values(["date", "report_id", "start"], ascending=[False, True, True], na_position="last")


def associates(analysis, subject_id: str, *, types: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Subjects sharing reports with this one, ranked by the number of shared reports."""
    m = analysis.mentions
    m = m[m["subject_id"] != ""]
    mine = set(m.loc[m["subject_id"] == subject_id, "report_id"])
    other = m[m["report_id"].isin(mine) & (m["subject_id"] != subject_id)]
    if not len(other):
        return pd.DataFrame(columns=["name", "type", "shared_reports", "flags", "subject_id"])
    shared = other.groupby("subject_id")["report_id"].nunique().rename("shared_reports")
    s = analysis.subjects.set_index("subject_id")
    out = s.loc[shared.index, ["name", "type", "flags"]].assign(shared_reports=shared).reset_index()
    if types:
        out = out[out["type"].isin(types)]
    out = out.sort_values(["shared_reports", "name"], ascending=[False, True])
    return out[["name", "type", "shared_reports", "flags", "subject_id"]].reset_index(drop=True)


def subject_profile(analysis, subject_id: str) -> dict[str, object]:
    """Everything the profile view shows for one subject."""
    subjects = analysis.subjects
    row = subjects[subjects["subject_id"] == subject_id].iloc[0]
    age = row["age"]
    subject = {
        "subject_id": subject_id,
        "name": str(row["name"]),
        "type": str(row["type"]),
        "aliases": "" if pd.isna(row["aliases"]) else str(row["aliases"]),
        "reports": int(row["reports"]),
        "dob": "" if pd.isna(row["dob"]) else str(row["dob"]),
        "age": None if pd.isna(age) else int(age),
        "flags": "" if pd.isna(row["flags"]) else str(row["flags"]),
        "soi": bool(row["soi"]) if not pd.isna(row["soi"]) else False,
        "cohort_id": "" if pd.isna(row["cohort_id"]) else str(row["cohort_id"]),
    }
    first, last = row["first_seen"], row["last_seen"]
    seen = f"{first:%d/%m/%Y} – {last:%d/%m/%Y}" if not pd.isna(first) and not pd.isna(last) else "dates unknown"
    everyone = associates(analysis, subject_id)
    identifiers = everyone[everyone["type"].isin(IDENTIFIER_TYPES)].rename(columns={"name": "identifier"})
    people = everyone[~everyone["type"].isin(IDENTIFIER_TYPES)]
    reports = subject_reports(analysis, subject_id)
    by_report = analysis.mentions[analysis.mentions["report_id"].isin(set(reports["report_id"]))]
    grouped = {rid: g for rid, g in by_report.groupby("report_id")}
    excerpts = []
    for rid, group in reports.groupby("report_id", sort=False):
        first_mention = group.iloc[0]
        excerpts.append(
            {
                "report_id": int(rid),
                "reference": str(first_mention["reference"]),
                "date": "" if pd.isna(first_mention["date"]) else f"{first_mention['date']:%d/%m/%Y}",
                "source": str(first_mention["source"]),
                "text": str(first_mention["text"]),
                "start": int(group["start"].min()),
                "end": int(group["end"].max()),
                "mentions": grouped.get(rid, analysis.mentions.iloc[0:0]),
            }
        )
    timeline = reports.drop_duplicates("report_id")[["date", "reference", "source"]].dropna(subset=["date"])
    return {
        "subject": subject,
        "seen": seen,
        "identifiers": identifiers.reset_index(drop=True),
        "associates": people.reset_index(drop=True),
        "timeline": timeline.reset_index(drop=True),
        "excerpts": excerpts,
    }
