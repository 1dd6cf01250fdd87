"""Fine-tune the ``ner`` of en_core_web_sm on the annotated police-style development sets.

Run from the repository root::

    python benchmarks/train_ner.py --sets a,b,d,e,f,g,h,j,k,l,m --out scanassist_core/data/ner_police

Sets N and O are kept for validation (score them with ``SCANASSIST_NER_PATH=stock`` and with the
trained directory); they are refused here like the held-out C and I, so a validation figure
can never come from a model that saw them.

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
A few news-style sentences labelled by the stock model guard ordinary prose against forgetting.

Deterministic (fixed seed, one thread, fixed order), a few minutes on one CPU; the chunks and
truecased views come from the extractor's own code, so reproduce at the commit that trained it.
Held-out sets C and I and validation sets N and O are refused. Writes only the ``ner`` component (``cfg``, ``model``, ``moves``).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import _eval  # noqa: E402

SET_FILES = {"a": "eval_reports.jsonl", **{k: f"eval_reports_{k}.jsonl" for k in "bdefghjklm"}}
#: Never trained on: C and I are held out, N and O validate the fine-tuned model.
HELD_OUT = {"c", "i", "n", "o"}
#: The labels the pipeline reads (``_pipeline._LABELS``); the stock model's others are rehearsed.
USED = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
PLACE = {"GPE", "LOC", "FAC"}
GOLD_LABEL = {"PERSON": "PERSON", "ORGANISATION": "ORG"}
MISSING = "__MISSING__"

#: Ordinary news prose, written for this script; labelled by the stock model at run time, so
#: these only ask the fine-tuned model to keep reading news the way it did.
NEWS_REHEARSAL = [
    "The Prime Minister met the President of France in Paris on Tuesday to discuss trade.",
    "Shares in Barclays fell 3% after the bank warned of weaker profits in the second half.",
    "Manchester United beat Arsenal 2-1 at Old Trafford on Saturday afternoon.",
    "The European Central Bank left interest rates unchanged, its president said in Frankfurt.",
    "Heavy rain caused flooding across Yorkshire and parts of North Wales overnight.",
    "Apple chief executive Tim Cook unveiled the new iPhone at an event in California.",
    "The BBC reported that the Treasury would publish its spending plans next month.",
    "Scientists at the University of Oxford said the trial had produced promising results.",
    "Labour leader Keir Starmer visited a hospital in Birmingham on Monday.",
    "The United Nations called for a ceasefire as fighting continued near the border.",
    "Tesco said sales over Christmas rose by 4%, beating City expectations.",
    "Flights from Heathrow were delayed after a power cut at the airport's main terminal.",
    "The Bank of England raised rates to 5.25% in August, the highest level in 15 years.",
    "Serena Williams won her first match at Wimbledon since returning from injury.",
    "Network Rail said the line between Leeds and York would reopen on Thursday.",
    "The Environment Agency issued flood warnings for the River Severn in Shropshire.",
    "A spokesman for Downing Street declined to comment on the report.",
    "German carmaker Volkswagen recalled 50,000 vehicles over a software fault.",
    "The Scottish Government announced new funding for schools in Glasgow and Edinburgh.",
    "Amazon opened a new warehouse near Doncaster, creating 1,200 jobs.",
    "The NHS in England recorded its busiest winter, according to figures released on Friday.",
    "Former US president Barack Obama spoke at a conference in Chicago.",
    "Police in Cardiff appealed for witnesses after a crash on the A470 on Sunday morning.",
    "The Church of England said the Archbishop of Canterbury would attend the ceremony.",
    "Ryanair cancelled hundreds of flights to Spain and Italy because of a strike.",
    "Chelsea Football Club confirmed the signing of a Brazilian midfielder for 40 million pounds.",
    "The Office for National Statistics said inflation fell to 3.2% in March.",
    "Rishi Sunak and Jeremy Hunt visited a factory in Derby run by Rolls-Royce.",
    "The Met Office warned of snow in the Highlands and the Lake District.",
    "Microsoft agreed to buy the games company for $69 billion, the largest deal in its history.",
]


def _load_training(sets: list[str]) -> list[dict]:
    records: list[dict] = []
    for s in sets:
        if s in HELD_OUT or s not in SET_FILES:
            raise SystemExit(f"train_ner: set {s!r} is not a training set ({', '.join(SET_FILES)}; c, i, n, o never)")
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


def build_examples(nlp, stock_nlp, records: list[dict], recase_share: int, lex, news_copies: int = 1) -> list:
    """Examples from every report as written plus, for every ``recase_share``-th report, its
    shouted and lower-cased copies read through the pipeline's truecased view; the news
    rehearsal sentences ``news_copies`` times each."""
    from scanassist_core.extract._pipeline import _sentences, _split_long
    from scanassist_core.extract._truecase import truecase

    examples = []
    for i, r in enumerate(records):
        variants = [r["text"]]
        if recase_share and i % recase_share == 0:
            for case in ("upper", "lower"):
                t = _recase(r["text"], case)
                variants.append(truecase(t, lex) or t)
        for text in variants:
            for s0, e0 in _sentences(text):
                for a, b in _split_long(s0, e0, text):
                    chunk = text[a:b]
                    if not chunk.strip():
                        continue
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
                    examples.append(_example(nlp, stock_nlp, chunk, gold, lex))
    for sent in NEWS_REHEARSAL:
        examples += [_example(nlp, stock_nlp, sent, [], lex)] * news_copies
    return examples


def train(sets: list[str], out: Path, *, epochs: int, seed: int, recase_share: int, dropout: float, lr: float, checkpoints: bool = False, news_copies: int = 1) -> None:
    import spacy
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam

    from scanassist_core.extract._filters import lexicon
    from scanassist_core.settings import DEFAULT_SPACY_MODEL

    t0 = time.perf_counter()
    fix_random_seed(seed)
    exclude = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "tok2vec"]
    stock_nlp = spacy.load(DEFAULT_SPACY_MODEL, exclude=exclude)
    nlp = spacy.load(DEFAULT_SPACY_MODEL, exclude=exclude)
    lex = lexicon()
    records = _load_training(sets)
    examples = build_examples(nlp, stock_nlp, records, recase_share, lex, news_copies)
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
    ap.add_argument("--sets", default="a,b,d,e,f,g,h,j,k,l,m", help="development sets to train on (a,b,d-h,j-m; never c, i, n or o)")
    ap.add_argument("--out", type=Path, required=True, help="directory for the trained ner component")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--recase-share", type=int, default=3, help="every Nth report also shouted and lower-cased (0 = none)")
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--lr", type=float, default=0.0005)
    ap.add_argument("--news-copies", type=int, default=1, help="times each news rehearsal sentence is seen per epoch")
    ap.add_argument("--checkpoints", action="store_true", help="also write OUT_epochN after each earlier epoch (for choosing --epochs)")
    args = ap.parse_args(argv)
    sets = [s.strip().lower() for s in args.sets.split(",") if s.strip()]
    train(sets, args.out, epochs=args.epochs, seed=args.seed, recase_share=args.recase_share, dropout=args.dropout, lr=args.lr, checkpoints=args.checkpoints, news_copies=args.news_copies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
