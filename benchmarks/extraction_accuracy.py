"""Extraction accuracy on the independent annotated sets (information, not a gate: exits 0).

Run from the repository root: ``python benchmarks/extraction_accuracy.py [--errors] [--set reports|news|both|b|c|d|e|f|g|h|i|j|k|l|m|n|o] [--split all|dev|test]``.
``--set b`` scores the second set ``data/eval_reports_b.jsonl`` (held back in session 1, a development
set since session 2). ``--set c`` scores the third set ``data/eval_reports_c.jsonl``, written by someone
who saw neither the code nor the other sets and held back from all tuning: its errors are not listed.
``--set d`` scores the fourth set ``data/eval_reports_d.jsonl`` (ED- ids), written by an independent
annotator who never saw the extractor's code or output; it is development data, so its errors may be listed.
``--set e|f|g|h|j|k`` score further sets written the same way in session 4, ``--set l|m|n|o`` in session 5 (development data); ``--set i``
a second held-out set from session 4 (figures only, like C).
Annotation guidelines and scoring rules are in ``benchmarks/_eval.py``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _eval  # noqa: E402

#: Second, independently written reports set (development data since session 2).
REPORTS_B_PATH = _eval.DATA_DIR / "eval_reports_b.jsonl"
#: Third set, held back: only its figures are printed, never its errors.
REPORTS_C_PATH = _eval.DATA_DIR / "eval_reports_c.jsonl"
#: Fourth, independently annotated set (development data: errors may be listed).
REPORTS_D_PATH = _eval.DATA_DIR / "eval_reports_d.jsonl"
#: Sets E, F, G, H, J, K: further independent development sets written in session 4 (EE-, EF-, ... ids).
LATER_DEV_SETS = {k: _eval.DATA_DIR / f"eval_reports_{k}.jsonl" for k in ("e", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al")}
#: Set I (EI- ids), a second held-out set written in session 4: figures only, like set C.
REPORTS_I_PATH = _eval.DATA_DIR / "eval_reports_i.jsonl"
#: Set AC (EAC- ids), written in session 7 beside dev sets AA and AB and held back to measure transfer.
REPORTS_AC_PATH = _eval.DATA_DIR / "eval_reports_ac.jsonl"
#: Held-out sets: their errors are never listed.
HELD_OUT = {"c", "i", "ac"}

#: Targets printed beside the figures (F1).
TARGETS = {"MICRO": 0.95, "PERSON": 0.93, "PHONE": 0.97, "EMAIL": 0.97, "VEHICLE": 0.97, "ADDRESS": 0.97}


def _errors(records: list[dict], gold: list[_eval.Span], pred: list[_eval.Span]) -> str:
    """False negatives and false positives per type, with a little context, for developers."""
    texts = {r["id"]: r["text"] for r in records}
    g, p = {s.key: s for s in gold}, {s.key: s for s in pred}
    out: dict[str, list[str]] = defaultdict(list)
    for kind, keys, pool in (("FN", g.keys() - p.keys(), g), ("FP", p.keys() - g.keys(), p)):
        for key in sorted(keys):
            s = pool[key]
            t = texts.get(s.ref, "")
            ctx = (t[max(0, s.start - 30) : s.start] + "[" + t[s.start : s.end] + "]" + t[s.end : s.end + 30]).replace("\n", " ")
            out[s.type].append(f"  {kind} {s.ref} {t[s.start:s.end]!r:<40} ...{ctx}...")
    lines = []
    for t in sorted(out, key=lambda x: _eval._type_order(x)):
        lines.append(f"-- {t} ({len(out[t])} errors)")
        lines.extend(sorted(out[t], key=lambda x: x.split()[0]))
    return "\n".join(lines)


def _by_style(records: list[dict], gold: list[_eval.Span], pred: list[_eval.Span]) -> str:
    """Micro F1 per writing style, to show which kind of report the extractor struggles with."""
    style = {r["id"]: r["style"] for r in records}
    parts = []
    for st in sorted(set(style.values())):
        g = [s for s in gold if style.get(s.ref) == st]
        p = [s for s in pred if style.get(s.ref) == st]
        m = _eval.score_exact(g, p)["MICRO"]
        parts.append(f"  {st:<18} P {m.precision:.3f}  R {m.recall:.3f}  F1 {m.f1:.3f}  (gold {m.support}, pred {m.tp + m.fp})")
    return "micro by style:\n" + "\n".join(parts)


def _split(records: list[dict], split: str) -> list[dict]:
    """Odd numeric id is ``dev`` (tune and inspect errors there), even is ``test`` (score only)."""
    if hasattr(_eval, "split_records"):
        return _eval.split_records(records, split)
    if split == "all":
        return records
    want = 1 if split == "dev" else 0
    return [r for r in records if (d := re.sub(r"\D", "", str(r.get("id", "")))) and int(d) % 2 == want]


def recase(records: list[dict], case: str) -> list[dict]:
    """The same reports shouted (``upper``) or hastily typed (``lower``), gold spans unchanged.

    Why: legacy RMS exports arrive all in capitals and quick notes all in lower case, where
    capitalisation says nothing about names; re-casing the annotated sets gives development
    data for both without writing new gold. Characters whose case form changes length
    (``ß`` -> ``SS``) are left as they are, so offsets stay valid.
    """
    if case == "as-written":
        return records
    def change(c: str) -> str:
        t = c.upper() if case == "upper" else c.lower()
        return t if len(t) == 1 else c
    return [{**r, "text": "".join(change(c) for c in r["text"])} for r in records]


def run(which: str, show_errors: bool, overrides: dict[str, object] | None = None, split: str = "all", case: str = "as-written") -> None:
    overrides = overrides or {}
    try:
        from scanassist_core.extract import extract_mentions
        from scanassist_core.settings import Settings
    except ImportError as exc:
        print(f"extraction_accuracy: scanassist_core.extract.extract_mentions is not importable yet ({exc}); nothing measured.")
        return
    sets = {"reports": _eval.REPORTS_PATH, "news": _eval.NEWS_PATH, "b": REPORTS_B_PATH, "c": REPORTS_C_PATH, "d": REPORTS_D_PATH, **LATER_DEV_SETS, "i": REPORTS_I_PATH, "ac": REPORTS_AC_PATH}
    for name in (["reports", "news"] if which == "both" else [which]):
        if not sets[name].exists():
            print(f"extraction_accuracy: {sets[name].name} is not there; nothing measured for set {name}.")
            continue
        records = recase(_split(_eval.load_set(sets[name]), split), case)
        reports = _eval.reports_frame(records)
        t0 = time.perf_counter()
        try:
            mentions = extract_mentions(reports, Settings.from_env(**overrides))
        except Exception:  # figures are information: report the crash, don't fail the bench run
            print(f"extraction_accuracy: extract_mentions raised on the {name} set; nothing measured:", file=sys.stderr)
            traceback.print_exc()
            continue
        elapsed = time.perf_counter() - t0
        gold, pred = _eval.gold_spans(records), _eval.predicted_spans(mentions)
        print()
        print(_eval.format_table(f"== {name} set ({split}): {len(records)} texts{'' if case == 'as-written' else ', ' + case + '-cased'}, exact-span match ({elapsed:.1f} s)", _eval.score_exact(gold, pred), TARGETS))
        lenient = _eval.score_lenient(gold, pred)["MICRO"]
        print(f"lenient (overlap) micro: P {lenient.precision:.3f}  R {lenient.recall:.3f}  F1 {lenient.f1:.3f}")
        if name != "news":
            print(_by_style(records, gold, pred))
        if show_errors and name in HELD_OUT:
            print(f"(set {name.upper()} is held out: its errors are not listed, so that nobody tunes on it)")
        elif show_errors:
            print(_errors(records, gold, pred))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list false positives/negatives per type")
    ap.add_argument("--set", choices=["reports", "news", "both", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al"], default="both", help="b, d-h, j-z, aa, ab, ad-af, ag-ai, aj-al = later dev sets; c, i, ac = held out")
    ap.add_argument("--split", choices=["all", "dev", "test"], default="all", help="dev = odd ids, test = even ids")
    ap.add_argument("--case", choices=["as-written", "upper", "lower"], default="as-written", help="re-case every report (gold spans unchanged) to test shouted or hasty text")
    ap.add_argument("--batch-size", type=int, default=None, help="override Settings.batch_size")
    args = ap.parse_args(argv)
    overrides = {"batch_size": args.batch_size} if args.batch_size else {}
    run(args.set, args.errors, overrides, args.split, args.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
