"""Fine-tune the ``ner`` of en_core_web_sm on the annotated police-style development sets.

Run from the repository root::

    python benchmarks/train_ner.py --sets a,b,d,e,f,g,h,j,k,l,m --out scanassist_core/data/ner_police

Held-out sets C and I are refused. ``--sets`` defaults to every development set present;
leave some out (``--exclude n,o``) to validate on writing the model never saw: score them with
``SCANASSIST_NER_PATH=stock`` and with the trained directory.

Why: the stock model learnt its entities from news; police reports name private people, shops,
estates and streets in styles it never saw. The rules own identifiers and addresses, so only
PERSON, ORG and the place labels are taught; every other gold span (ADDRESS, PHONE, VEHICLE, ...)
is marked *missing* (no loss either way) rather than ``O``. Tokens outside gold spans are ``O``
except where the stock model itself finds a label the pipeline ignores (DATE, NORP, CARDINAL
...): those keep the stock label, a pseudo-rehearsal that keeps the component's other labels alive.
Places take the label the stock model gives the same span (GPE, LOC or FAC, all read as
LOCATION by the pipeline), else FAC for streets, LOC for designated places, GPE otherwise.
The model sees what the pipeline feeds it: sentence chunks, and for case-less reports the
truecased view; so a share of the reports is added shouted and lower-cased, through that view.
Ordinary prose guards against forgetting: ``data/rehearsal_prose_*.txt`` (news, sport, arts,
business ... paragraphs written for this script, never the news evaluation set) is labelled by the
stock model with *all* its labels, PERSON, ORG and places included, so the fine-tuned model is
asked to keep reading news exactly as the original did (pseudo-rehearsal).

Deterministic (fixed seed, one thread, fixed order), a few minutes on one CPU; the chunks and
truecased views come from the extractor's own code, so reproduce at the commit that trained it.
Writes only the ``ner`` component (``cfg``, ``model``, ``moves``).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import warnings  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import _eval  # noqa: E402

SET_FILES = {
    "a": "eval_reports.jsonl",
    **{k: f"eval_reports_{k}.jsonl" for k in "bdefghjklmnopqrstuvwxyz" if (_eval.DATA_DIR / f"eval_reports_{k}.jsonl").is_file()},
}
#: Never trained on: the held-out sets.
HELD_OUT = {"c", "i"}
#: The labels the pipeline reads (``_pipeline._LABELS``); the stock model's others are rehearsed.
USED = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
PLACE = {"GPE", "LOC", "FAC"}
GOLD_LABEL = {"PERSON": "PERSON", "ORGANISATION": "ORG"}
MISSING = "__MISSING__"

#: Ordinary prose for pseudo-rehearsal, one paragraph per line (see module doc).
REHEARSAL_FILES = sorted(_eval.DATA_DIR.glob("rehearsal_prose_*.txt"))


def _rehearsal_paragraphs() -> list[str]:
    return [line.strip() for f in REHEARSAL_FILES for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def _load_training(sets: list[str]) -> list[dict]:
    records: list[dict] = []
    for s in sets:
        if s in HELD_OUT or s not in SET_FILES:
            raise SystemExit(f"train_ner: set {s!r} is not a training set ({', '.join(SET_FILES)}; c and i never)")
        records += _eval.load_set(_eval.DATA_DIR / SET_FILES[s])
    return records


def _recase(text: str, case: str) -> str:
    """Same rule as ``extraction_accuracy.recase``: only length-preserving case changes."""
    def change(c: str) -> str:
        t = c.upper() if case == "upper" else c.lower()
        return t if len(t) == 1 else c
    return "".join(change(c) for c in text)


def _place_label(span: str, stock: list[tuple[int, int, str]], s: int, e: int, lex) -> str:
    for a, b, lab in stock:
        if (a, b) == (s, e) and lab in PLACE:
            return lab
    for a, b, lab in stock:
        if a < e and s < b and lab in PLACE:
            return lab
    last = span.split()[-1].lower().strip(".,") if span.split() else ""
    if last in lex.street_suffixes:
        return "FAC"
    if last in lex.place_suffixes:
        return "LOC"
    return "GPE"


def _example(nlp, stock_nlp, chunk: str, gold: list[tuple[int, int, str]], lex):
    """One Example: gold PERSON/ORG/place spans, other gold types missing, stock's unused labels kept."""
    from spacy.training import Example, offsets_to_biluo_tags

    doc = nlp.make_doc(chunk)
    stock = [(e.start_char, e.end_char, e.label_) for e in stock_nlp(chunk).ents]
    spans: list[tuple[int, int, str]] = []
    missing: list[tuple[int, int]] = []
    for s, e, typ in gold:
        if typ in GOLD_LABEL:
            spans.append((s, e, GOLD_LABEL[typ]))
        elif typ == "LOCATION":
            spans.append((s, e, _place_label(chunk[s:e], stock, s, e, lex)))
        else:
            missing.append((s, e))
    taken = [(s, e) for s, e, _ in spans] + missing
    for s, e, lab in stock:
        if lab not in USED and not any(s < b and a < e for a, b in taken):
            spans.append((s, e, lab))
            taken.append((s, e))
    spans += [(s, e, MISSING) for s, e in missing]
    # Gold spans that do not fall on token boundaries become missing ("-") tags by themselves.
    tags = offsets_to_biluo_tags(doc, sorted(spans))
    tags = ["-" if t.endswith(MISSING) else t for t in tags]
    return Example.from_dict(doc, {"entities": tags})


def _rehearsal_example(nlp, stock_nlp, chunk: str):
    """The stock model's own reading of ordinary prose, every label kept, as the target."""
    from spacy.training import Example

    doc = nlp.make_doc(chunk)
    ents = [(e.start_char, e.end_char, e.label_) for e in stock_nlp(chunk).ents]
    return Example.from_dict(doc, {"entities": ents})


def _chunks(text: str):
    """The pieces the pipeline feeds the model: sentences, long ones split."""
    from scanassist_core.extract._pipeline import _sentences, _split_long

    for s0, e0 in _sentences(text):
        for a, b in _split_long(s0, e0, text):
            if text[a:b].strip():
                yield a, b


def build_examples(nlp, stock_nlp, records: list[dict], recase_share: int, lex, prose_copies: int = 1) -> list:
    """Examples from every report as written plus, for every ``recase_share``-th report, its
    shouted and lower-cased copies read through the pipeline's truecased view; the rehearsal
    prose ``prose_copies`` times."""
    from scanassist_core.extract._truecase import truecase

    examples = []
    for i, r in enumerate(records):
        variants = [r["text"]]
        if recase_share and i % recase_share == 0:
            for case in ("upper", "lower"):
                t = _recase(r["text"], case)
                variants.append(truecase(t, lex) or t)
        for text in variants:
            for a, b in _chunks(text):
                gold = [
                    (g["start"] - a, g["end"] - a, g["type"])
                    for g in r["entities"]
                    if a <= g["start"] and g["end"] <= b
                ]
                # A gold span cut by the chunk edge: its part inside is unknown, not O.
                gold += [
                    (max(g["start"], a) - a, min(g["end"], b) - a, "CUT")
                    for g in r["entities"]
                    if g["start"] < b and a < g["end"] and not (a <= g["start"] and g["end"] <= b)
                ]
                examples.append(_example(nlp, stock_nlp, text[a:b], gold, lex))
    police = len(examples)
    for para in _rehearsal_paragraphs():
        for a, b in _chunks(para):
            examples += [_rehearsal_example(nlp, stock_nlp, para[a:b])] * prose_copies
    print(f"train_ner: {police} police-text examples, {len(examples) - police} rehearsal examples", flush=True)
    return examples


def train(sets: list[str], out: Path, *, epochs: int, seed: int, recase_share: int, dropout: float, lr: float, checkpoints: bool = False, prose_copies: int = 1) -> None:
    import spacy
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam

    from scanassist_core.extract._filters import lexicon
    from scanassist_core.settings import DEFAULT_SPACY_MODEL

    t0 = time.perf_counter()
    # W030: a gold span off token boundaries becomes "missing" by design (see build_examples).
    warnings.filterwarnings("ignore", message=r"\[W030\]")
    fix_random_seed(seed)
    exclude = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "tok2vec"]
    stock_nlp = spacy.load(DEFAULT_SPACY_MODEL, exclude=exclude)
    nlp = spacy.load(DEFAULT_SPACY_MODEL, exclude=exclude)
    lex = lexicon()
    records = _load_training(sets)
    examples = build_examples(nlp, stock_nlp, records, recase_share, lex, prose_copies)
    print(f"train_ner: {len(records)} reports from sets {','.join(sets)} -> {len(examples)} examples ({time.perf_counter() - t0:.0f} s)", flush=True)
    ner = nlp.get_pipe("ner")
    optimizer = Adam(learn_rate=lr)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
        print(f"  epoch {epoch + 1}/{epochs}: ner loss {losses.get('ner', 0.0):.1f} ({time.perf_counter() - t0:.0f} s)", flush=True)
        if checkpoints and epoch + 1 < epochs:
            ner.to_disk(out.with_name(f"{out.name}_epoch{epoch + 1}"), exclude=["vocab"])
    out.mkdir(parents=True, exist_ok=True)
    ner.to_disk(out, exclude=["vocab"])
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"train_ner: wrote {out} ({size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SET_FILES), help="development sets to train on (default: all; never c or i)")
    ap.add_argument("--exclude", default="", help="development sets to leave out, for validation")
    ap.add_argument("--out", type=Path, required=True, help="directory for the trained ner component")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--recase-share", type=int, default=3, help="every Nth report also shouted and lower-cased (0 = none)")
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--lr", type=float, default=0.0005)
    ap.add_argument("--prose-copies", type=int, default=1, help="times each rehearsal prose sentence is seen per epoch (0 = none)")
    ap.add_argument("--checkpoints", action="store_true", help="also write OUT_epochN after each earlier epoch (for choosing --epochs)")
    args = ap.parse_args(argv)
    excluded = {s.strip().lower() for s in args.exclude.split(",") if s.strip()}
    sets = [s.strip().lower() for s in args.sets.split(",") if s.strip() and s.strip().lower() not in excluded]
    train(sets, args.out, epochs=args.epochs, seed=args.seed, recase_share=args.recase_share, dropout=args.dropout, lr=args.lr, checkpoints=args.checkpoints, prose_copies=args.prose_copies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
