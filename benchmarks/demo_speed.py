"""Benchmark: generate the demo dataset (target: well under 2 s for the default 3,000 reports).

Prints generation time (imports excluded, best of N) and the sizes of what was generated.

    .venv/bin/python benchmarks/demo_speed.py [--reports 3000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanassist_core.demo import generate_demo  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        data = generate_demo(args.seed, args.reports)
        times.append(time.perf_counter() - t0)
    t = data.truth
    print(f"generate_demo(seed={args.seed}, n_reports={args.reports}): best {min(times):.2f} s, "
          f"worst {max(times):.2f} s over {args.repeat} runs")
    for name, blob in {**data.files, **data.soi_files}.items():
        print(f"  {name:24s} {len(blob) / 1024:8.1f} KiB")
    print(f"  persons {len(t.persons)}, mentions {len(t.mentions)}, cohorts {len(t.cohorts)}, "
          f"SOI rows {len(t.soi)}, unlisted children {len(t.unlisted_children)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
