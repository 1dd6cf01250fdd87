"""The speed measures of a run change nothing an analyst sees.

* The model computes on numpy/OpenBLAS ops (one BLAS thread) instead of thinc's BLIS: the
  entities must be exactly those of the default ops, on police prose and hostile text.
* A run collects garbage less often, and puts the collector back as it found it.
* Cohort/SOI status is copied onto graph nodes without ``iterrows``: same result as the
  row-by-row reference, including blanks and a repeated subject id (last row wins).
"""

from __future__ import annotations

import gc
from types import SimpleNamespace

import networkx as nx
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from scanassist_core import pipeline
from scanassist_core.extract import Extractor, load_nlp
from scanassist_core.extract._nlp import _OneThreadNumpyOps
from scanassist_core.settings import Settings

TEXTS = [
    "Intelligence suggests that Marcus OKONJO-BELL (DOB 03/07/1999) is supplying crack cocaine from "
    "a flat above Kebab Kingdom on Dunmore Road, Sheffield, using a grey Vauxhall Corsa.",
    "Subject seen with Ellie-Mae STRATTON and an unknown male at Meadowhall on Friday; both got into "
    "a taxi operated by City Cabs Ltd and travelled towards Rotherham.",
    "PCSO 4471 HARGREAVES spoke to the manager of the Crown and Anchor who stated that Tomasz "
    "WIERZBICKI had been barred in March after a fight with door staff from Apex Security.",
    "=HYPERLINK(\"http://x\")<b>Jordan</b> told staff at Greggs in Leeds that 'Big T' owes him £400.",
    "nominal: DOYLE, Patrick Sean. Associates: Kerry-Ann DOYLE (sister), Reece MORGAN. Both known "
    "to Lancashire Constabulary and the Probation Service.",
    "",
    "   \n\t ",
    "ANPR hit on M62 J26 at 02:14, vehicle registered to Northern Logistics UK of Bradford.",
]


def _ents(nlp, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=3)]


@pytest.fixture(scope="module")
def nlp_pair():
    model = Settings().spacy_model
    return load_nlp(model), load_nlp(model, fast_ops=False)


def test_fast_ops_are_used_and_give_identical_entities(nlp_pair):
    fast, default = nlp_pair
    fast_ops = {type(node.ops) for node in fast.get_pipe("ner").model.walk()}
    default_ops = {type(node.ops) for node in default.get_pipe("ner").model.walk()}
    assert fast_ops == {_OneThreadNumpyOps}
    assert _OneThreadNumpyOps not in default_ops
    got, want = _ents(fast, TEXTS), _ents(default, TEXTS)
    assert got == want
    assert sum(map(len, got)) >= 10  # the comparison is about real entities, not empty docs


def test_fast_ops_product_matches_numpy_and_restores_blas_threads():
    import numpy as np
    from threadpoolctl import threadpool_info

    rng = np.random.default_rng(3)
    x = rng.standard_normal((37, 19), dtype=np.float32)
    y = rng.standard_normal((23, 19), dtype=np.float32)
    before = [(i["filepath"], i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"]
    out = _OneThreadNumpyOps().gemm(x, y, trans2=True)
    after = [(i["filepath"], i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"]
    np.testing.assert_allclose(out, x @ y.T, rtol=1e-5, atol=1e-5)
    assert before == after


def test_gc_threshold_raised_during_a_run_and_restored(nlp_pair):
    seen: list[tuple[int, int, int]] = []

    class SpyExtractor(Extractor):
        def extract(self, reports, progress=None):
            seen.append(gc.get_threshold())
            return super().extract(reports, progress=progress)

    old = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        reports = pd.DataFrame({
            "report_id": pd.array([1, 2], dtype="int64"),
            "reference": pd.array(["R1", "R2"], dtype="string"),
            "date": pd.to_datetime(["2024-01-02", "2024-01-05"]),
            "text": pd.array(["Call 07700 900123 about the car.", "07700 900123 rang 01632 960111."],
                             dtype="string"),
        })
        ingested = SimpleNamespace(reports=reports, rejected=pd.DataFrame(), duplicates=pd.DataFrame(),
                                   files=pd.DataFrame())
        result = pipeline.analyse(ingested, extractor=SpyExtractor(Settings(), nlp=nlp_pair[0]))
        assert gc.get_threshold() == (700, 10, 10)
        assert seen == [(pipeline._GC_GEN0_THRESHOLD, 10, 10)]
        assert set(result.mentions["type"]) >= {"PHONE"}
    finally:
        gc.set_threshold(*old)


def test_gc_threshold_restored_when_a_stage_fails():
    old = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with pipeline._fewer_gc_passes():
            assert gc.get_threshold()[0] >= pipeline._GC_GEN0_THRESHOLD
            raise RuntimeError("stage failed")
    assert gc.get_threshold() == old


def _reference_sync(graph: nx.Graph, subjects: pd.DataFrame) -> None:
    """The former row-by-row implementation."""
    if not len(subjects):
        return
    attrs = subjects.set_index("subject_id")[["cohort_id", "soi"]]
    for sid, row in attrs.iterrows():
        if sid in graph:
            graph.nodes[sid]["cohort_id"] = "" if pd.isna(row["cohort_id"]) else str(row["cohort_id"])
            graph.nodes[sid]["soi"] = bool(row["soi"]) if not pd.isna(row["soi"]) else False


_rows = st.lists(
    st.tuples(
        st.sampled_from(["S1", "S2", "S3", "S4", "X9"]),
        st.one_of(st.none(), st.sampled_from(["", "C01", "C02"])),
        st.one_of(st.none(), st.booleans()),
    ),
    max_size=12,
)


@given(_rows)
def test_sync_graph_attrs_matches_row_by_row_reference(rows):
    subjects = pd.DataFrame({
        "subject_id": pd.array([r[0] for r in rows], dtype="string"),
        "cohort_id": pd.array([r[1] for r in rows], dtype="string"),
        "soi": pd.array([r[2] for r in rows], dtype="boolean"),
    })
    graphs = []
    for _ in range(2):
        g = nx.Graph()
        g.add_nodes_from([("S1", {"cohort_id": "old", "soi": True}), ("S2", {}), ("S3", {"soi": False}), "S4"])
        g.add_edge("S1", "S2", weight=1)
        graphs.append(g)
    pipeline._sync_graph_attrs(graphs[0], subjects)
    _reference_sync(graphs[1], subjects)
    assert dict(graphs[0].nodes(data=True)) == dict(graphs[1].nodes(data=True))
    assert "X9" not in graphs[0]
