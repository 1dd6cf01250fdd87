"""A small hand-made analysis for the export tests: fictional people, reserved numbers, hostile text."""

from __future__ import annotations

import itertools
from dataclasses import replace

import networkx as nx
import pandas as pd

from scanassist_core.pipeline import Analysis
from scanassist_core.resolve import Corrections
from scanassist_core.schemas import (
    CohortSchema,
    DuplicateSchema,
    LinkSchema,
    MentionSchema,
    RejectedSchema,
    ReportSchema,
    SoiMatchSchema,
    SubjectSchema,
)

LONG_TAIL = "".join(f"Line {i}: observed near the canal path, nothing further. " for i in range(1400))
LONG_TEXT = "Kim LEE was seen again. " + LONG_TAIL + "\U0001F600 end of log."
assert len(LONG_TEXT) > 70_000

TEXTS = [
    "Jo BLOGGS (01/02/1990) seen with Sam SMITH at 1 High Street, Anytown AB1 2CD. Phone 07700 900123.",
    '=HYPERLINK("http://x","y") Jo BLOGGS called 07700 900123 again.',
    "-2+3 Sam SMITH said <script>alert(1)</script> & left with @jobloggs_x.",
    "\t=1 Kim LEE\x01\x02 was with Sam SMITH.",
    LONG_TEXT,
    "\r=1 Unrelated report: Alex GREY at the bus station.",
]
REFERENCES = ["R1/24", "+1", "-2+3", "@SUM(A1)", "R5/24", "R6/24"]
DATES = ["2024-01-05", "2024-02-10", None, "2024-03-01", "2024-03-20", "2024-04-02"]

# subject_id, type, name, mention texts, extra fields
SUBJECTS = [
    ("P_JO", "PERSON", "Jo BLOGGS", ["Jo BLOGGS"], {"dob": "1990-02-01", "age": 34, "soi": True, "flags": "SOI",
                                                  "cohort_id": "C01", "aliases": "Joe Bloggs"}),
    ("P_SAM", "PERSON", "Sam SMITH", ["Sam SMITH"], {"cohort_id": "C01"}),
    ("P_KIM", "PERSON", "Kim LEE", ["Kim LEE"], {"age": 15, "flags": "child", "cohort_id": "C01"}),
    ("P_ALEX", "PERSON", "Alex GREY", ["Alex GREY"], {}),
    ("T_1", "PHONE", "+447700900123", ["07700 900123"], {}),
    ("A_1", "ADDRESS", "1 High Street, Anytown AB1 2CD", ["1 High Street, Anytown AB1 2CD"], {}),
    ("S_1", "SOCIAL", "@jobloggs_x", ["@jobloggs_x"], {"aliases": "=evil()"}),
]


def small_analysis() -> Analysis:
    n = len(TEXTS)
    reports = pd.DataFrame({
        "report_id": range(n),
        "reference": REFERENCES,
        "date": pd.to_datetime(DATES),
        "source": ["intel_a.csv"] * 3 + ["intel_b.xlsx"] * (n - 3),
        "row": [i + 1 for i in range(n)],
        "text": TEXTS,
        "date_raw": [d or "" for d in DATES],
        "grading": ["1A4"] * n,
        "officer": ["PC 123"] * n,
        "system": ["Niche"] * n,
        "extras": ["{}"] * n,
        "warnings": [""] * 2 + ["date missing"] + [""] * (n - 3),
    }).astype(ReportSchema.columns)

    mention_rows = []
    for sid, typ, _name, forms, _extra in SUBJECTS:
        for rid, text in enumerate(TEXTS):
            for form in forms:
                start = text.find(form)
                if start >= 0:
                    mention_rows.append((rid, REFERENCES[rid], typ, form, start, start + len(form), form.lower(),
                                         "rule", "{}", sid))
    mentions = pd.DataFrame(mention_rows, columns=MentionSchema.names()).astype(MentionSchema.columns)

    by_subject = mentions.groupby("subject_id")["report_id"].apply(lambda s: sorted(set(s)))
    subject_rows = []
    for sid, typ, name, _forms, extra in SUBJECTS:
        rids = by_subject[sid]
        dates = [pd.Timestamp(DATES[r]) for r in rids if DATES[r]]
        subject_rows.append({
            "subject_id": sid, "type": typ, "name": name, "aliases": extra.get("aliases", ""),
            "reports": len(rids), "first_seen": min(dates, default=pd.NaT), "last_seen": max(dates, default=pd.NaT),
            "dob": extra.get("dob", ""), "age": extra.get("age"), "cohort_id": extra.get("cohort_id", ""),
            "soi": extra.get("soi", False), "flags": extra.get("flags", ""), "key": name.lower(),
        })
    subjects = pd.DataFrame(subject_rows).astype(SubjectSchema.columns)

    pairs: dict[tuple[str, str], list[int]] = {}
    for rid, group in mentions.groupby("report_id"):
        for a, b in itertools.combinations(sorted(set(group["subject_id"])), 2):
            pairs.setdefault((a, b), []).append(int(rid))
    links = pd.DataFrame(
        [(a, b, len(r), "; ".join(REFERENCES[x] for x in r)) for (a, b), r in sorted(pairs.items())],
        columns=LinkSchema.names(),
    ).astype(LinkSchema.columns)

    graph = nx.Graph()
    for rec in subject_rows:
        graph.add_node(rec["subject_id"], kind="subject", type=rec["type"], name=rec["name"],
                       cohort_id=rec["cohort_id"], report_ids=by_subject[rec["subject_id"]])
    for (a, b), r in pairs.items():
        graph.add_edge(a, b, weight=len(r), report_ids=r, references=[REFERENCES[x] for x in r])

    cohorts = pd.DataFrame([{"cohort_id": "C01", "size": 3, "reports": 3, "members": "P_JO; P_SAM; P_KIM",
                             "score": 2.5}]).astype(CohortSchema.columns)
    cohorts["score_reports"] = [1.4]
    soi_matches = pd.DataFrame([{"soi_name": "BLOGGS, Jo", "soi_row": 3, "subject_id": "P_JO", "match": "name+dob",
                                 "score": 0.95, "evidence": "R1/24", "status": "confirmed"}]
                               ).astype(SoiMatchSchema.columns)
    rejected = pd.DataFrame([{"source": "intel_a.csv", "row": 9, "reason": "no text",
                              "reference": "=cmd|' /C calc'!A0", "text": ""}]).astype(RejectedSchema.columns)
    duplicates = pd.DataFrame([{"source": "intel_b.xlsx", "row": 12, "reference": "R6/24",
                                "kept_source": "intel_b.xlsx", "kept_row": 6}]).astype(DuplicateSchema.columns)
    files = pd.DataFrame([
        {"source": "intel_a.csv", "encoding": "utf-8", "sheet": "", "rows_in": 4, "kept": 3, "rejected": 1,
         "duplicates": 0, "mapping": "Ref->reference; Date->date; Text->text", "notices": ""},
        {"source": "intel_b.xlsx", "encoding": "xlsx", "sheet": "Sheet1", "rows_in": 4, "kept": 3, "rejected": 0,
         "duplicates": 1, "mapping": "Intelligence Reference->reference", "notices": ""},
    ])
    corrections = Corrections(ops=[
        {"op": "merge", "subjects": [{"type": "PERSON", "key": "jo bloggs", "name": "Jo BLOGGS", "mention": None},
                                     {"type": "PERSON", "key": "joe bloggs", "name": "Joe Bloggs", "mention": None}]},
        {"op": "not_a_subject", "subject": {"type": "LOCATION", "key": "canal", "name": "Canal", "mention": None}},
    ])
    return replace(
        Analysis.empty(),
        reports=reports, rejected=rejected, duplicates=duplicates, files=files, mentions=mentions,
        subjects=subjects, links=links, cohorts=cohorts, soi_matches=soi_matches, graph=graph,
        corrections=corrections,
        run_info={"finished_utc": "2024-05-01 10:00:00", "seconds": 1.5, "timings": {"extract": 1.0},
                  "soi_decisions": {"list#3->jo bloggs": "confirmed"}},
    )
