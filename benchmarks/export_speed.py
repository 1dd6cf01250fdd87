"""Benchmark: write the Excel workbook (and the i2 chart) for 10,000 synthetic reports.

Reports of a few hundred to a few thousand characters (a few far over Excel's cell limit,
some starting with formula characters), ~4 mentions each, ~3,000 subjects and their links.
Target: the workbook in a few seconds. Prints the figures.

    .venv/bin/python benchmarks/export_speed.py [--reports 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanassist_core import export  # noqa: E402
from scanassist_core.pipeline import Analysis  # noqa: E402
from scanassist_core.schemas import LinkSchema, MentionSchema, ReportSchema, SubjectSchema  # noqa: E402

SENTENCES = [
    "Intelligence suggests {a} is supplying cannabis from {b}.",
    "{a} was stopped in a vehicle with {b}; both were evasive when spoken to.",
    "Source reports that {a} uses {b} to arrange meetings.",
    "=HYPERLINK(\"x\") {a} and {b} seen together outside the shop.",
    "Concern for welfare: {a} (aged 15) reported missing, believed to be with {b}.",
]


def synthetic(n_reports: int, seed: int) -> Analysis:
    rng = random.Random(seed)
    n_subjects = max(10, n_reports * 3 // 10)
    types = ["PERSON"] * 6 + ["PHONE", "ADDRESS", "VEHICLE", "SOCIAL"]
    subj_type = [rng.choice(types) for _ in range(n_subjects)]
    names = [f"Person {i} SURNAME{i % 97}" if t == "PERSON" else f"07700 900{i % 1000:03d}" if t == "PHONE"
             else f"{i} Example Road, Anytown" if t == "ADDRESS" else f"AB{i % 100:02d} CDE" if t == "VEHICLE"
             else f"@handle_{i}" for i, t in enumerate(subj_type)]
    texts, mention_rows, dates = [], [], []
    base = pd.Timestamp("2023-01-01")
    for rid in range(n_reports):
        chosen = rng.sample(range(n_subjects), 4)
        parts, offset, spans = [], 0, []
        for a, b in zip(chosen[::2], chosen[1::2]):
            template = rng.choice(SENTENCES)
            before, rest = template.split("{a}")
            middle, after = rest.split("{b}")
            for piece, sid in ((before, None), (names[a], a), (middle, None), (names[b], b), (after + " ", None)):
                if sid is not None:
                    spans.append((sid, offset, offset + len(piece)))
                parts.append(piece)
                offset += len(piece)
        filler = " Nothing further to report at this time." * rng.randint(2, 40)
        if rid % 2000 == 0:
            filler = filler * 1200  # ~50,000+ characters: exercises continuation columns
        text = "".join(parts) + filler
        texts.append(text)
        dates.append(base + pd.Timedelta(days=rng.randint(0, 700)))
        for sid, s, e in spans:
            mention_rows.append((rid, f"REF/{rid:06d}", subj_type[sid], text[s:e], s, e, names[sid].lower(), "rule",
                                 "{}", f"S{sid:06d}"))
    reports = pd.DataFrame({
        "report_id": range(n_reports), "reference": [f"REF/{i:06d}" for i in range(n_reports)], "date": dates,
        "source": "synthetic.csv", "row": range(1, n_reports + 1), "text": texts, "date_raw": "",
        "grading": "1A4", "officer": "", "system": "", "extras": "{}", "warnings": "",
    }).astype(ReportSchema.columns)
    mentions = pd.DataFrame(mention_rows, columns=MentionSchema.names()).astype(MentionSchema.columns)
    counts = mentions.groupby("subject_id")["report_id"].nunique()
    ids = [f"S{i:06d}" for i in range(n_subjects)]
    subjects = pd.DataFrame({
        "subject_id": ids, "type": subj_type, "name": names, "aliases": "",
        "reports": [int(counts.get(s, 0)) for s in ids], "first_seen": base, "last_seen": base, "dob": "",
        "age": pd.array([None] * n_subjects, dtype="Int64"), "cohort_id": "", "soi": False, "flags": "",
        "key": [n.lower() for n in names],
    }).astype(SubjectSchema.columns)
    pairs: dict[tuple[str, str], list[str]] = {}
    for rid, group in mentions.groupby("report_id"):
        for a, b in itertools.combinations(sorted(set(group["subject_id"])), 2):
            pairs.setdefault((a, b), []).append(f"REF/{rid:06d}")
    links = pd.DataFrame([(a, b, len(r), "; ".join(r)) for (a, b), r in pairs.items()],
                         columns=LinkSchema.names()).astype(LinkSchema.columns)
    return replace(Analysis.empty(), reports=reports, mentions=mentions, subjects=subjects, links=links)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    analysis = synthetic(args.reports, args.seed)
    chars = int(analysis.reports["text"].str.len().sum())
    print(f"{len(analysis.reports):,} reports ({chars / 1e6:.1f} M characters), {len(analysis.mentions):,} mentions, "
          f"{len(analysis.subjects):,} subjects, {len(analysis.links):,} links")
    t = time.perf_counter()
    data = export.write_workbook(analysis)
    print(f"workbook: {time.perf_counter() - t:.2f} s, {len(data) / 1e6:.1f} MB")
    t = time.perf_counter()
    data = export.write_anx(analysis)
    print(f"i2 chart: {time.perf_counter() - t:.2f} s, {len(data) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
