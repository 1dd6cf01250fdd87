"""Small hand-made frames for the graph, cohort and network-HTML tests."""

from __future__ import annotations

import pandas as pd

from scanassist_core.schemas import MentionSchema, ReportSchema, SubjectSchema


def frames(
    reports: dict[int, list[str]],
    types: dict[str, str] | None = None,
    *,
    dates: dict[int, str] | None = None,
    names: dict[str, str] | None = None,
    flags: dict[str, str] | None = None,
    soi: set[str] | frozenset[str] = frozenset(),
    refs: dict[int, str] | None = None,
    aliases: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(subjects, mentions, reports) where ``reports`` maps report_id -> subject ids mentioned.

    Subject types default to PERSON; references default to ``REF/<id>``; dates to 2024-01-<id>.
    """
    types = types or {}
    ids = sorted({s for subs in reports.values() for s in subs} | set(types))
    rep_ids = sorted(reports)
    ref = {r: (refs or {}).get(r, f"REF/{r}") for r in rep_ids}
    rep = pd.DataFrame({
        "report_id": rep_ids,
        "reference": [ref[r] for r in rep_ids],
        "date": [pd.Timestamp((dates or {}).get(r, f"2024-01-{(r % 28) + 1:02d}")) for r in rep_ids],
        "source": "test.csv", "row": range(1, len(rep_ids) + 1), "text": "", "date_raw": "",
        "grading": "", "officer": "", "system": "", "extras": "{}", "warnings": "",
    }).astype(ReportSchema.columns)
    rows = []
    for r in rep_ids:
        for pos, s in enumerate(reports[r]):
            rows.append({"report_id": r, "reference": ref[r], "type": types.get(s, "PERSON"), "text": s,
                         "start": pos * 10, "end": pos * 10 + 5, "key": s.lower(), "method": "rule",
                         "attrs": "{}", "subject_id": s})
    men = pd.DataFrame(rows, columns=MentionSchema.names()).astype(MentionSchema.columns)
    counts = men.drop_duplicates(["report_id", "subject_id"]).groupby("subject_id").size()
    subj = pd.DataFrame({
        "subject_id": ids,
        "type": [types.get(s, "PERSON") for s in ids],
        "name": [(names or {}).get(s, s.title()) for s in ids],
        "aliases": [(aliases or {}).get(s, "") for s in ids],
        "reports": [int(counts.get(s, 0)) for s in ids],
        "first_seen": pd.NaT, "last_seen": pd.NaT, "dob": "", "age": pd.NA, "cohort_id": "",
        "soi": [s in soi for s in ids],
        "flags": [(flags or {}).get(s, "") for s in ids],
        "key": [s.lower() for s in ids],
    }).astype(SubjectSchema.columns)
    return subj, men, rep
