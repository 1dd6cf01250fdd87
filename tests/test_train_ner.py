"""benchmarks/train_ner.py builds the right targets: police gold where it is known, nothing where a
rule owns the type, and the stock model's full reading of ordinary prose (the rehearsal that stops
the fine-tuned ``ner`` forgetting news). A "stock model" here is a blank pipeline with an entity
ruler, so the targets are known exactly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import spacy

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def train_ner():
    sys.path.insert(0, str(_BENCH))
    spec = importlib.util.spec_from_file_location("train_ner", _BENCH / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Barclays"},
        {"label": "PERSON", "pattern": [{"LOWER": "amina"}, {"LOWER": "yusuf"}]},
        {"label": "GPE", "pattern": "Leeds"},
        {"label": "DATE", "pattern": [{"LOWER": "on"}, {"LOWER": "tuesday"}]},
        {"label": "ORG", "pattern": "HMRC"},
    ])
    return nlp


def test_rehearsal_keeps_every_stock_label(train_ner, stock) -> None:
    text = "Shares in Barclays fell after Amina Yusuf spoke in Leeds on Tuesday."
    ex = train_ner._rehearsal_example(spacy.blank("en"), stock, text)
    ents = {(e.text, e.label_) for e in ex.reference.ents}
    # PERSON, ORG and places too: leaving them out would teach the model that they are no entities.
    assert ents == {("Barclays", "ORG"), ("Amina Yusuf", "PERSON"), ("Leeds", "GPE"), ("on Tuesday", "DATE")}


def test_police_example_teaches_gold_and_leaves_rule_types_unknown(train_ner, stock) -> None:
    from scanassist_core.extract._filters import lexicon

    text = "HMRC say Amina YUSUF of 4 Elm Road, Leeds LS6 2AB was seen on Tuesday."
    start = text.index("Amina")
    addr = text.index("4 Elm"), text.index(" was")
    gold = [(start, start + len("Amina YUSUF"), "PERSON"), (*addr, "ADDRESS")]
    ex = train_ner._example(spacy.blank("en"), stock, text, gold, lexicon())
    ref = ex.reference
    ents = {(e.text, e.label_) for e in ref.ents}
    assert ("Amina YUSUF", "PERSON") in ents
    # The stock ORG is not gold (a guideline choice the police sets make): taught as no entity.
    assert not any(t == "HMRC" for t, _ in ents)
    # A label the pipeline never reads keeps the stock reading (pseudo-rehearsal of DATE).
    assert ("on Tuesday", "DATE") in ents
    # The address belongs to the rules: its tokens (Leeds inside it too) carry no target at all.
    inside = [t for t in ref if addr[0] <= t.idx < addr[1]]
    assert inside and all(t.ent_iob_ == "" for t in inside)


def test_held_out_sets_are_refused(train_ner) -> None:
    for held in ("c", "i"):
        with pytest.raises(SystemExit, match="not a training set"):
            train_ner._load_training(["a", held])
    assert "p" in train_ner.SET_FILES and {"c", "i"}.isdisjoint(train_ner.SET_FILES)
