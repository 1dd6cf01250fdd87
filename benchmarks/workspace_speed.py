"""Workspace save/open speed on 10,000 analysed demo reports (targets: each under 5 s).

    .venv/bin/python benchmarks/workspace_speed.py [N_REPORTS]

Building the analysis (demo -> ingest -> analyse with the spaCy model) takes a while and is not
timed against the target; only saving and reopening are. Opening restores every frame as saved
and rebuilds the network graph, so it includes the graph build.
"""

from __future__ import annotations

import io
import sys
import time
import zipfile

import pandas as pd

from scanassist_core import ingest, soi, workspace
from scanassist_core.demo import generate_demo
from scanassist_core.pipeline import analyse

TARGET_S = 5.0


def best_of(n: int, fn):
    times, result = [], None
    for _ in range(n):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main(n_reports: int = 10_000) -> int:
    t = time.perf_counter()
    demo = generate_demo(n_reports=n_reports)
    ing = ingest.ingest_files(list(demo.files.items()))
    entries = soi.combine_soi_lists([soi.read_soi_list(b, n) for n, b in demo.soi_files.items()])
    analysis = analyse(ing, soi_entries=entries)
    print(f"built: {len(analysis.reports):,} reports, {len(analysis.mentions):,} mentions, "
          f"{len(analysis.subjects):,} subjects, {len(analysis.links):,} links, {len(analysis.cohorts)} cohorts, "
          f"{len(analysis.soi_matches)} SOI matches in {time.perf_counter() - t:.1f} s")
    events = [{"time_utc": "2025-01-01 00:00:00", "action": "file loaded", "detail": name, "size": len(data)}
              for name, data in demo.files.items()]

    save_s, blob = best_of(3, lambda: workspace.save_workspace(analysis, audit=events))
    open_s, (restored, _) = best_of(3, lambda: workspace.open_workspace(blob))
    for name in workspace.TABLES[:-1]:
        pd.testing.assert_frame_equal(getattr(restored, name), getattr(analysis, name), obj=name)
    assert restored.graph.number_of_edges() == analysis.graph.number_of_edges()

    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        sizes = sorted(((i.filename, i.file_size) for i in z.infolist()), key=lambda x: -x[1])
    print(f"workspace: {len(blob) / 1e6:.2f} MB in {len(sizes)} members "
          f"(largest: {', '.join(f'{n} {s / 1e6:.2f} MB' for n, s in sizes[:4])})")
    ok = save_s < TARGET_S and open_s < TARGET_S
    print(f"save: {save_s:.2f} s   open: {open_s:.2f} s   (target < {TARGET_S:.0f} s each: {'OK' if ok else 'MISSED'})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
