"""How far two annotators agree, beside how far the extractor agrees with each (information only).

Run from the repository root: ``python benchmarks/annotator_agreement.py [--set l|m]``.

Why: a target such as micro-F1 >= 0.95 means something only if careful people following the same
guideline (``_eval.py``) agree well above it. Sets L and M were annotated a second time, from the
texts alone, by annotators who saw neither the first annotation nor the extractor;
``data/agreement_{set}_second.jsonl`` holds their spans (id and entities; the texts are the set's).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import _eval  # noqa: E402

SETS = ("l", "m")


def second_annotation(key: str) -> dict[str, list[dict]]:
    path = _eval.DATA_DIR / f"agreement_{key}_second.jsonl"
    return {r["id"]: r["entities"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def spans_of(records: list[dict], entities: dict[str, list[dict]] | None = None) -> list[_eval.Span]:
    """Gold spans of ``records``, or the second annotation's spans over the same texts."""
    if entities is None:
        return _eval.gold_spans(records)
    return _eval.gold_spans([{**r, "entities": entities.get(r["id"], [])} for r in records])


def run(key: str) -> None:
    from scanassist_core.extract import extract_mentions
    from scanassist_core.settings import Settings

    records = _eval.load_set(_eval.DATA_DIR / f"eval_reports_{key}.jsonl")
    first, second = spans_of(records), spans_of(records, second_annotation(key))
    pred = _eval.predicted_spans(extract_mentions(_eval.reports_frame(records), Settings.from_env()))
    title = f"set {key.upper()}, {len(records)} reports, exact-span match"
    print(_eval.format_table(f"== {title}: second annotator against the first", _eval.score_exact(first, second)))
    print(_eval.format_table(f"== {title}: extractor against the first annotator", _eval.score_exact(first, pred)))
    print(_eval.format_table(f"== {title}: extractor against the second annotator", _eval.score_exact(second, pred)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=[*SETS, "both"], default="both")
    for key in SETS if ap.parse_args().set == "both" else [ap.parse_args().set]:
        run(key)


if __name__ == "__main__":
    main()
