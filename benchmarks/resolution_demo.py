"""Person-resolution accuracy (B-cubed) on the synthetic demo data, whose truth lists every mention.

Two figures, like ``resolution_accuracy.py``: gold (the demo's true PERSON mentions fed straight
to the resolver) and end to end (extract, then resolve). Also counts subjects holding several
true persons and clusters that hold two different full surnames, the false merges analysts see.
Information, not a gate: exits 0.
``python benchmarks/resolution_demo.py [--mode both|gold|e2e] [--errors] [--seed N] [--reports N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _eval  # noqa: E402

from scanassist_core import ingest  # noqa: E402
from scanassist_core.demo import generate_demo  # noqa: E402
from scanassist_core.resolve import resolve  # noqa: E402
from scanassist_core.schemas import MentionSchema  # noqa: E402


def _gold_frame(truth: pd.DataFrame, reports: pd.DataFrame) -> tuple[pd.DataFrame, list[_eval.Span]]:
    ids = dict(zip(reports["reference"].astype(str), reports["report_id"].astype(int)))
    texts = dict(zip(reports["reference"].astype(str), reports["text"].astype(str)))
    rows, spans = [], []
    for ref, pid, text, s, e in truth[["reference", "person_id", "text", "start", "end"]].itertuples(index=False):
        ref = str(ref)
        if ref not in ids:
            continue
        rows.append({
            "report_id": ids[ref], "reference": ref, "type": "PERSON", "text": str(text),
            "start": int(s), "end": int(e), "key": " ".join(str(text).lower().split()), "method": "gold",
            "attrs": json.dumps(_eval._adjacent_attrs(texts[ref], int(e))), "subject_id": "",
        })
        spans.append(_eval.Span(ref, "PERSON", int(s), int(e), str(text), person=str(pid)))
    frame = MentionSchema.validate(pd.DataFrame(rows).astype(MentionSchema.columns))
    return frame, spans


def _report(title: str, spans: list[_eval.Span], resolved: pd.DataFrame, subjects: pd.DataFrame, errors: bool) -> None:
    assigned = _eval.assign_person_clusters(spans, resolved)
    gold = {g.key: g.person for g in spans}
    p, r, f = _eval.bcubed(gold, assigned)
    people: dict[object, set] = defaultdict(set)
    names: dict[object, Counter] = defaultdict(Counter)
    for g in spans:
        names[g.person][g.text] += 1
        if g.key in assigned:
            people[assigned[g.key]].add(g.person)
    merged = {sid: ps for sid, ps in people.items() if len(ps) > 1}
    print(f"{title}: B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}; {len(gold)} true mentions, "
          f"{len(set(gold.values()))} true persons, {len(merged)} subjects hold several true persons")
    if errors:
        sname = dict(zip(subjects["subject_id"], subjects["name"]))
        for sid, ps in sorted(merged.items(), key=lambda kv: -len(kv[1]))[:40]:
            print(f"    {sname.get(sid, sid)}: " + " | ".join(
                f"{pid} {'/'.join(n for n, _ in names[pid].most_common(3))}" for pid in sorted(ps)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["both", "e2e", "gold"], default="both")
    ap.add_argument("--errors", action="store_true", help="list subjects holding several true persons")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--reports", type=int, default=None)
    args = ap.parse_args(argv)
    kw = {k: v for k, v in (("seed", args.seed), ("n_reports", args.reports)) if v is not None}
    demo = generate_demo(**kw)
    res = ingest.ingest_files(list(demo.files.items()))
    reports = res.reports
    gold_mentions, spans = _gold_frame(demo.truth.mentions, reports)
    if args.mode in ("both", "gold"):
        t = time.perf_counter()
        subjects, resolved = resolve(gold_mentions, reports)
        _report(f"demo gold mentions (resolver only, {time.perf_counter() - t:.1f}s)", spans, resolved, subjects, args.errors)
    if args.mode in ("both", "e2e"):
        from scanassist_core.extract import extract_mentions
        from scanassist_core.settings import Settings

        mentions = extract_mentions(reports, Settings.from_env())
        subjects, resolved = resolve(mentions, reports)
        _report("demo end to end (extract + resolve)", spans, resolved, subjects, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
