"""Person-resolution accuracy (B-cubed over gold PERSON mentions) on the independent eval set.

Two figures: end to end (extract, then resolve) and gold (the annotated PERSON mentions fed
straight into the resolver, isolating resolution from extraction errors). Information, not a
gate: exits 0. ``python benchmarks/resolution_accuracy.py [--mode both|e2e|gold] [--set reports|b|c|d|e|f|g|h|i|j|k] [--split all|dev|test] [--errors]``.
``--set b`` uses the second set ``data/eval_reports_b.jsonl`` (held back in session 1, development data
since session 2); ``--set c`` the third, held-out set ``data/eval_reports_c.jsonl``, whose errors are never
listed. ``--set d`` the fourth set ``data/eval_reports_d.jsonl``, written by an independent annotator and
used as development data (its errors may be listed). On set A, ``test`` (even ids) is the held-out half.
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
SETS = {
    "reports": _eval.REPORTS_PATH,
    "b": _eval.DATA_DIR / "eval_reports_b.jsonl",
    "c": _eval.DATA_DIR / "eval_reports_c.jsonl",
    "d": _eval.DATA_DIR / "eval_reports_d.jsonl",
    **{k: _eval.DATA_DIR / f"eval_reports_{k}.jsonl" for k in ("e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al")},
}
#: Sets held out from all tuning: figures only, never their errors.
HELD_OUT = {"c", "i", "ac"}


def _report(title: str, gold_persons: list[_eval.Span], assigned: dict, show_errors: bool) -> None:
    gold = {g.key: g.person for g in gold_persons}
    p, r, f = _eval.bcubed(gold, assigned)
    matched = sum(1 for g in gold_persons if g.key in assigned)
    print(f"{title}: B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (target F1 >= {TARGET:.2f} {'ok' if f >= TARGET else 'BELOW'});"
          f" {len(gold)} gold mentions, {len(set(gold.values()))} gold persons, {matched} matched to a subject")
    if not show_errors:
        return
    _print_errors(gold_persons, assigned)


def _print_errors(gold_persons: list[_eval.Span], assigned: dict) -> None:
    """Merged subjects and split gold persons, each with its mentions as 'text [report]'."""
    by_pred: dict[object, list[_eval.Span]] = defaultdict(list)
    by_gold: dict[object, list[_eval.Span]] = defaultdict(list)
    sid_of = {g.key: assigned.get(g.key, ("unmatched", g.key)) for g in gold_persons}
    short: dict[object, str] = {}
    for g in gold_persons:
        by_pred[sid_of[g.key]].append(g)
        by_gold[g.person].append(g)
    for sid in by_pred:
        short[sid] = sid if isinstance(sid, str) else "unmatched"

    def forms(spans: list[_eval.Span]) -> str:
        c = Counter((" ".join(g.text.split()), g.ref) for g in spans)
        return ", ".join(f"{t!r}[{r}]" + (f"x{n}" if n > 1 else "") for (t, r), n in sorted(c.items(), key=lambda kv: (kv[0][1], kv[0][0])))

    merged = [(sid, spans) for sid, spans in by_pred.items() if len({g.person for g in spans}) > 1]
    print(f"  merged ({len(merged)} subjects holding several gold persons):")
    for sid, spans in sorted(merged, key=lambda kv: (-len({g.person for g in kv[1]}), str(kv[0]))):
        print(f"    {short[sid]}:")
        per: dict[object, list[_eval.Span]] = defaultdict(list)
        for g in spans:
            per[g.person].append(g)
        for pid, ss in sorted(per.items()):
            print(f"      gold {pid}: {forms(ss)}")
    split = [(pid, spans) for pid, spans in by_gold.items() if len({sid_of[g.key] for g in spans}) > 1]
    print(f"  split ({len(split)} gold persons over several subjects or unmatched):")
    for pid, spans in sorted(split, key=lambda kv: str(kv[0])):
        print(f"    gold {pid}:")
        per = defaultdict(list)
        for g in spans:
            per[sid_of[g.key]].append(g)
        for sid, ss in sorted(per.items(), key=lambda kv: -len(kv[1])):
            others = len({g.person for g in by_pred[sid]}) - 1
            extra = f" (+{others} other gold)" if others else ""
            print(f"      {short[sid]}{extra}: {forms(ss)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["both", "e2e", "gold"], default="both")
    ap.add_argument("--set", choices=list(SETS), default="reports", help="b, d-h, j-z, aa, ab, ad-af, ag-ai, aj-al = dev sets; c, i, ac = held out")
    ap.add_argument("--split", choices=list(_eval.SPLITS), default="all", help="dev = odd ids, test = even ids")
    ap.add_argument("--errors", action="store_true", help="list merged subjects and split gold persons with their mention texts and report ids")
    ap.add_argument("--batch-size", type=int, default=None, help="override Settings.batch_size")
    args = ap.parse_args(argv)
    overrides = {"batch_size": args.batch_size} if args.batch_size else {}
    try:
        from scanassist_core.resolve import resolve
    except ImportError as exc:
        print(f"resolution_accuracy: scanassist_core.resolve.resolve is not importable yet ({exc}); nothing measured.")
        return 0
    if args.errors and args.set in HELD_OUT:
        print(f"(set {args.set} is held out: its errors are not listed, so that nobody tunes on it)")
        args.errors = False
    if not SETS[args.set].exists():
        print(f"resolution_accuracy: {SETS[args.set].name} is not there; nothing measured.")
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
