"""Speed work of session 7: each distinct sentence goes through the model once, shards shrink
towards the end of a sharded run, and the collector's freeze is undone after a run. The outputs
must be exactly those of extracting each report alone."""

from __future__ import annotations

import gc
from types import SimpleNamespace

import pandas as pd
import pytest

from scanassist_core.extract import Extractor
from scanassist_core.extract import _pipeline as P
from scanassist_core.settings import Settings


class _CountingNlp:
    """Stands in for the model: every capitalised 'Zorblat'/'Quennell' run is a PERSON; counts the
    sentences it is given so that a test can see repeated ones are read once."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def pipe(self, items, as_tuples=False, batch_size=256):
        import re

        for text, ctx in items:
            self.seen.append(text)
            ents = [SimpleNamespace(start_char=m.start(), end_char=m.end(), label_="PERSON")
                    for m in re.finditer(r"Zorblat Quennell", text)]
            yield SimpleNamespace(ents=ents), ctx


def _frame(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"report_id": range(1, len(texts) + 1), "reference": [f"R{i}" for i in range(len(texts))],
                         "text": texts})


def test_a_repeated_sentence_is_read_once_and_placed_in_each_report() -> None:
    line = "Intelligence suggests Zorblat Quennell is supplying from the flat."
    texts = [f"Log 1. {line}", f"Entry made late on Tuesday night. {line} Nothing further.", line]
    nlp = _CountingNlp()
    m = Extractor(Settings(n_process=1), nlp=nlp).extract(_frame(texts))
    assert nlp.seen.count(line) == 1
    got = m[m["method"] == "model"]
    assert sorted(got["report_id"].tolist()) == [1, 2, 3]
    for rid, text in enumerate(texts, 1):
        row = got[got["report_id"] == rid].iloc[0]
        assert text[row["start"]:row["end"]] == "Zorblat Quennell"


def test_batch_equals_each_report_alone_with_the_model() -> None:
    pytest.importorskip("spacy")
    common = "For info of the Neighbourhood Team, Dudley North."
    texts = [
        f"Kyle Brennan seen with Aisha at Tesco Express, Brierley Hill. {common}",
        f"{common} Patrick Doyle drives a silver Ford Focus seen near Merry Hill.",
        f"Nothing seen at the Crown pub. {common} Shannon was reported missing by her mum.",
    ]
    ex = Extractor(Settings(n_process=1))
    together = ex.extract(_frame(texts)).drop(columns=["report_id", "reference"]).reset_index(drop=True)
    alone = pd.concat([Extractor(Settings(n_process=1), nlp=ex.nlp).extract(_frame([t])) for t in texts])
    alone = alone.drop(columns=["report_id", "reference"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(together, alone)


def test_corpus_words_are_those_the_word_pattern_finds() -> None:
    """The upload-wide pass reads each report's words from one split (no match object per word);
    every word, its place and its lower-case form must be what ``finditer`` gives."""
    from scanassist_core.extract import _corpus

    texts = {
        "a": "O'BRIEN, Kieran (DOB 03/04/2001) seen with Zoë McDONALD-Hughes at 12 Mill Lane - Dudley.",
        "b": "  \u201cSmudge\u201d aka Darren SMITH \u2013 Ştefan Ionescu's car; 07700 900123 \u2019tis all",
        "c": "",
        "d": "1234 5678 !!",
        "e": "İstanbul ßtraße ǅemal",
    }
    tokens = _corpus._Tokens(texts)
    for key, text in texts.items():
        words, low, _ = tokens.get(key)
        found = list(_corpus._WORD.finditer(text))
        assert len(words) == len(found) == len(low)
        assert [(w.start(), w.end(), w.group()) for w in words] == [(m.start(), m.end(), m.group()) for m in found]
        assert low == [m.group().lower() for m in found]
        if found:
            assert words[-1].group() == found[-1].group()
            assert [w.group() for w in words[1:3]] == [m.group() for m in found[1:3]]
        with pytest.raises(IndexError):
            words[len(found)]


def test_shards_keep_every_text_in_order_and_shrink_towards_the_end() -> None:
    items = list(range(9996))
    shards = P._shards(items, 2)
    assert [x for s in shards for x in s] == items
    sizes = [len(s) for s in shards]
    assert max(sizes) <= max(P._SHARD_TEXTS, -(-len(items) // 16))
    assert sizes[-2] == P._SHARD_MIN and sizes[-1] <= P._SHARD_MIN
    assert all(a >= b for a, b in zip(sizes, sizes[1:]))
    assert P._shards([], 2) == [] and [len(s) for s in P._shards(list(range(10)), 4)] == [10]


def test_an_analysis_leaves_nothing_frozen() -> None:
    from scanassist_core.pipeline import analyse

    before = gc.get_freeze_count()
    texts = ["Kyle Brennan was stopped in a Ford Focus.", "Leah Doyle reported the theft."]
    ingest = SimpleNamespace(reports=_frame(texts).assign(date=pd.NaT), rejected=pd.DataFrame(),
                             duplicates=pd.DataFrame(), files=pd.DataFrame())
    analyse(ingest, settings=Settings(n_process=1), extractor=Extractor(Settings(n_process=1), nlp=_CountingNlp()))
    assert gc.get_freeze_count() == before == 0


def test_a_sharded_run_unfreezes_what_it_froze(monkeypatch) -> None:
    pytest.importorskip("spacy")
    texts = [f"Report {i}: Kyle Brennan seen with Leah at {i + 1} Mill Lane, Dudley. Received via Crimestoppers." for i in range(24)]
    monkeypatch.setattr(P, "_PARALLEL_MIN_TEXTS", 10)
    monkeypatch.setattr(P, "_SHARD_TEXTS", 5)
    monkeypatch.setattr(P, "_SHARD_MIN", 3)
    one = Extractor(Settings(n_process=1)).extract(_frame(texts))
    many = Extractor(Settings(n_process=2)).extract(_frame(texts))
    pd.testing.assert_frame_equal(one, many)
    assert gc.get_freeze_count() == 0
