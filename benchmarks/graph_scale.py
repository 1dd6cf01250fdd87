"""Benchmark: build the subject graph and detect cohorts for 100,000 reports.

Synthetic mention lists at a realistic density (3-6 subjects per report), a long tail of
one-off subjects, and planted groups of persons sharing phones/addresses/vehicles.
Targets: graph + cohorts under 10 s, peak memory under 2 GB. Prints the figures.

    .venv/bin/python benchmarks/graph_scale.py [--reports 100000] [--seed 1]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanassist_core.cohorts import assign_cohorts, detect_cohorts  # noqa: E402
from scanassist_core.graph import build_graph, key_players, links_frame  # noqa: E402
from scanassist_core.schemas import MentionSchema, ReportSchema, SubjectSchema  # noqa: E402
from scanassist_core.settings import Settings  # noqa: E402

ID_TYPES = ["PHONE", "ADDRESS", "VEHICLE"]


def synthesise(n_reports: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, list[set[str]]]:
    """Reports, mentions and subjects with planted groups; returns the planted person sets too."""
    rng = np.random.default_rng(seed)
    n_groups = max(10, n_reports // 80)
    types: dict[str, str] = {}
    groups: list[tuple[list[str], list[str]]] = []
    for g in range(n_groups):
        persons = [f"P{g:05d}_{i}" for i in range(int(rng.integers(4, 11)))]
        idents = [f"{ID_TYPES[i % 3][0]}{g:05d}_{i}" for i in range(int(rng.integers(1, 5)))]
        for p in persons:
            types[p] = "PERSON"
        for i, e in enumerate(idents):
            types[e] = ID_TYPES[i % 3]
        groups.append((persons, idents))
    # A pool of recurring "regulars" (seen now and then in any context) and one-off subjects.
    regulars = [f"R{i:05d}" for i in range(n_reports // 10)]
    for r in regulars:
        types[r] = "PERSON" if rng.random() < 0.7 else "LOCATION"
    one_off = 0
    rep_ids: list[int] = []
    sub_ids: list[str] = []
    start = pd.Timestamp("2023-01-01")
    days = rng.integers(0, 730, size=n_reports)
    for rid in range(n_reports):
        k = int(rng.integers(3, 7))
        chosen: list[str] = []
        if rng.random() < 0.75:
            persons, idents = groups[int(rng.integers(0, n_groups))]
            n_p = min(len(persons), max(1, k - 2))
            chosen += list(rng.choice(persons, size=n_p, replace=False))
            if rng.random() < 0.6:
                chosen.append(idents[int(rng.integers(0, len(idents)))])
        while len(chosen) < k:
            if rng.random() < 0.93:
                chosen.append(regulars[int(rng.integers(0, len(regulars)))])
            else:
                s = f"X{one_off:06d}"
                one_off += 1
                types[s] = ["PERSON", "PERSON", "PHONE", "ADDRESS", "VEHICLE", "LOCATION"][int(rng.integers(0, 6))]
                chosen.append(s)
        rep_ids.extend([rid] * len(chosen))
        sub_ids.extend(chosen)
    # A few nominal lists of 150 names (capped, not expanded pairwise).
    for j in range(5):
        rid = n_reports + j
        names = list(rng.choice(regulars, size=150, replace=False))
        rep_ids.extend([rid] * len(names))
        sub_ids.extend(names)
    n_all = n_reports + 5
    dates = np.r_[days, np.zeros(5, dtype=int)]
    reports = pd.DataFrame({
        "report_id": np.arange(n_all, dtype="int64"),
        "reference": [f"INT/{i:06d}" for i in range(n_all)],
        "date": start + pd.to_timedelta(dates, unit="D"),
        "source": "synthetic.csv", "row": np.arange(1, n_all + 1), "text": "", "date_raw": "",
        "grading": "", "officer": "", "system": "", "extras": "{}", "warnings": "",
    }).astype(ReportSchema.columns)
    n_m = len(rep_ids)
    mentions = pd.DataFrame({
        "report_id": np.asarray(rep_ids, dtype="int64"),
        "type": [types[s] for s in sub_ids], "text": sub_ids, "start": 0, "end": 1,
        "key": sub_ids, "method": "rule", "attrs": "{}", "subject_id": sub_ids,
    })
    mentions.insert(1, "reference", reports["reference"].to_numpy()[mentions["report_id"].to_numpy()])
    mentions = mentions.astype(MentionSchema.columns)
    per = mentions.drop_duplicates(["report_id", "subject_id"]).groupby("subject_id").size()
    ids = sorted(types)
    subjects = pd.DataFrame({
        "subject_id": ids, "type": [types[s] for s in ids], "name": ids, "aliases": "",
        "reports": per.reindex(ids).fillna(0).astype("int64").to_numpy(),
        "first_seen": pd.NaT, "last_seen": pd.NaT, "dob": "", "age": pd.NA, "cohort_id": "",
        "soi": False, "flags": "", "key": ids,
    }).astype(SubjectSchema.columns)
    planted = [set(p) for p, _ in groups]
    print(f"synthetic: {n_all:,} reports, {n_m:,} mentions, {len(subjects):,} subjects, "
          f"{n_groups:,} planted groups", flush=True)
    return reports, mentions, subjects, planted


def recovery(cohorts: pd.DataFrame, planted: list[set[str]]) -> float:
    """Share of planted groups matched by a cohort with Jaccard >= 0.8."""
    found = [set(m.split("; ")) for m in cohorts["members"]]
    by_member = {m: i for i, c in enumerate(found) for m in c}
    hits = 0
    for group in planted:
        cands = {by_member[m] for m in group if m in by_member}
        if any(len(group & found[c]) / len(group | found[c]) >= 0.8 for c in cands):
            hits += 1
    return hits / len(planted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    reports, mentions, subjects, planted = synthesise(args.reports, args.seed)
    settings = Settings()

    t0, c0 = time.perf_counter(), time.process_time()
    graph = build_graph(subjects, mentions, reports)
    t1, c1 = time.perf_counter(), time.process_time()
    cohorts = detect_cohorts(graph, settings)
    subjects = assign_cohorts(subjects, cohorts)
    t2, c2 = time.perf_counter(), time.process_time()
    links = links_frame(graph)
    t3 = time.perf_counter()
    players = key_players(graph)
    t4 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} links, "
          f"{len(graph.graph['capped_reports'])} capped reports")
    print("(wall-clock seconds; CPU seconds in brackets - the machine may be shared)")
    print(f"build_graph      {t1 - t0:6.2f} s  [{c1 - c0:.2f}]")
    print(f"detect_cohorts   {t2 - t1:6.2f} s  [{c2 - c1:.2f}]  ({len(cohorts):,} cohorts, "
          f"planted groups recovered {recovery(cohorts, planted):.1%})")
    print(f"graph + cohorts  {t2 - t0:6.2f} s  [{c2 - c0:.2f}]  (target < 10 s)")
    print(f"links_frame      {t3 - t2:6.2f} s  ({len(links):,} rows)")
    print(f"key_players      {t4 - t3:6.2f} s  ({int(players['broker'].sum())} brokers)")
    print(f"peak RSS         {peak_mb:,.0f} MB  (target < 2,048 MB; includes the synthetic data)")


if __name__ == "__main__":
    main()
