"""Person-resolution accuracy (B-cubed over gold PERSON mentions) on the independent eval set.

Two figures: end to end (extract, then resolve) and gold (the annotated PERSON mentions fed
straight into the resolver, isolating resolution from extraction errors). Information, not a
gate: exits 0. ``python benchmarks/resolution_accuracy.py [--mode both|e2e|gold] [--set reports|b] [--split all|dev|test] [--errors]``.
``--set b`` uses the second, held-back set ``data/eval_reports_b.jsonl``.
Tune on ``dev`` (odd ids) only; ``test`` (even ids) is the honest figure.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _eval  # noqa: E402

TARGET = 0.92
SETS = {"reports": _eval.REPORTS_PATH, "b": _eval.DATA_DIR / "eval_reports_b.jsonl"}


def _report(title: str, gold_persons: list[_eval.Span], assigned: dict, show_errors: bool) -> None:
    gold = {g.key: g.person for g in gold_persons}
    p, r, f = _eval.bcubed(gold, assigned)
    matched = sum(1 for g in gold_persons if g.key in assigned)
    print(f"{title}: B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (target F1 >= {TARGET:.2f} {'ok' if f >= TARGET else 'BELOW'});"
          f" {len(gold)} gold mentions, {len(set(gold.values()))} gold persons, {matched} matched to a subject")
    if not show_errors:
        return
    names: dict[object, Counter] = defaultdict(Counter)
    for g in gold_persons:
        names[g.person][g.text] += 1
    by_pred: dict[object, set] = defaultdict(set)
    by_gold: dict[object, set] = defaultdict(set)
    for g in gold_persons:
        sid = assigned.get(g.key, ("single", g.key))
        by_pred[sid].add(g.person)
        by_gold[g.person].add(sid)
    print("  merged (one subject holding several gold persons):")
    for sid, people in sorted(by_pred.items(), key=lambda kv: -len(kv[1])):
        if len(people) > 1:
            print(f"    {sid}: " + " | ".join(f"{pid} {'/'.join(n for n, _ in names[pid].most_common(3))}" for pid in sorted(people)))
    print("  split (one gold person over several subjects or unmatched):")
    for pid, sids in sorted(by_gold.items()):
        if len(sids) > 1:
            print(f"    {pid} ({'/'.join(n for n, _ in names[pid].most_common(4))}) -> {len(sids)} subjects")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["both", "e2e", "gold"], default="both")
    ap.add_argument("--set", choices=list(SETS), default="reports", help="b = held-back second set")
    ap.add_argument("--split", choices=list(_eval.SPLITS), default="all", help="dev = odd ids, test = even ids")
    ap.add_argument("--errors", action="store_true", help="list merged and split gold persons")
    ap.add_argument("--batch-size", type=int, default=None, help="override Settings.batch_size")
    args = ap.parse_args(argv)
    overrides = {"batch_size": args.batch_size} if args.batch_size else {}
    try:
        from scanassist_core.resolve import resolve
    except ImportError as exc:
        print(f"resolution_accuracy: scanassist_core.resolve.resolve is not importable yet ({exc}); nothing measured.")
        return 0
    records = _eval.split_records(_eval.load_set(SETS[args.set]), args.split)
    print(f"set {args.set}, split {args.split}: {len(records)} reports")
    reports = _eval.reports_frame(records)
    gold_persons = [s for s in _eval.gold_spans(records) if s.type == "PERSON"]
    if args.mode in ("both", "e2e"):
        try:
            from scanassist_core.extract import extract_mentions
            from scanassist_core.settings import Settings
        except ImportError as exc:
            print(f"resolution_accuracy: extractor not importable yet ({exc}); end-to-end figure skipped.")
        else:
            try:
                mentions = extract_mentions(reports, Settings.from_env(**overrides))
                _, resolved = resolve(mentions, reports)
            except Exception:  # information only: show the crash, keep going
                print("resolution_accuracy: end-to-end run raised; figure skipped:", file=sys.stderr)
                traceback.print_exc()
            else:
                _report("end to end (extract + resolve)", gold_persons, _eval.assign_person_clusters(gold_persons, resolved), args.errors)
    if args.mode in ("both", "gold"):
        gold_mentions = _eval.gold_person_mentions(records, reports)
        try:
            _, resolved = resolve(gold_mentions, reports)
        except Exception:
            print("resolution_accuracy: resolve raised on gold mentions; figure skipped:", file=sys.stderr)
            traceback.print_exc()
        else:
            _report("gold mentions (resolver only)", gold_persons, _eval.assign_person_clusters(gold_persons, resolved), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
