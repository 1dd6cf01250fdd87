"""The app on the demo data, driven by widget key: load, run, then every page renders with data."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scanassist_ui import state
from scanassist_ui.nav import PAGES

APP = str(Path(__file__).resolve().parents[1] / "app.py")


@pytest.fixture(scope="module")
def analysed() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=600)
    at.run()
    at.button(key="load_demo").click()
    at.run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    rows_in = int(metrics["Rows in"].replace(",", ""))
    kept, rejected, dups = (int(metrics[k].replace(",", "")) for k in ("Kept", "Rejected", "Duplicates"))
    assert rows_in == kept + rejected + dups and rejected >= 1 and dups >= 1
    at.button(key="run_analysis").click()
    at.run()
    assert not at.exception
    assert any("Analysis ready" in s.value for s in at.success)
    return at


def test_analysis_is_stored_in_the_session(analysed):
    analysis = analysed.session_state[state.ANALYSIS]
    assert len(analysis.reports) > 2000
    assert (analysis.subjects["type"] == "PERSON").sum() > 100
    assert len(analysis.cohorts) >= 3


@pytest.mark.parametrize("spec", PAGES, ids=[p.url_path for p in PAGES])
def test_every_page_renders_with_demo_data(analysed, spec):
    analysed.switch_page(spec.path)
    analysed.run()
    assert not analysed.exception, analysed.exception
    assert not any("Upload" in i.value and "first" in i.value for i in analysed.info), "page thinks there is no data"


def test_dashboard_shows_the_headline_figures(analysed):
    analysed.switch_page("pages/dashboard.py")
    analysed.run()
    labels = {m.label: m.value for m in analysed.metric}
    analysis = analysed.session_state[state.ANALYSIS]
    assert labels["Reports"] == f"{len(analysis.reports):,}"
    assert labels["Cohorts"] == f"{len(analysis.cohorts):,}"
    assert int(labels["Children flagged"]) > 0


def test_subjects_filter_and_profile(analysed):
    analysed.switch_page("pages/subjects.py")
    analysed.run()
    analysed.selectbox(key="subj_flags").set_value("Children")
    analysed.run()
    table = analysed.dataframe[0].value
    assert len(table) > 0 and table["flags"].str.contains("child").all()
    first = table.iloc[0]["subject_id"]
    analysed.selectbox(key="subj_open").set_value(first)
    analysed.run()
    assert not analysed.exception
    analysis = analysed.session_state[state.ANALYSIS]
    name = analysis.subjects.set_index("subject_id").loc[first, "name"]
    assert any(h.value == name for h in analysed.header)
    assert any(s.value == "Associates (shared reports)" for s in analysed.subheader)


def test_dashboard_reruns_recompute_nothing(analysed, monkeypatch):
    import scanassist_core.dashboard as dashboard
    import scanassist_core.pipeline as pipeline
    from scanassist_core.extract import Extractor

    calls: dict[str, int] = {}

    def counting(name, fn):
        def wrapper(*args, **kwargs):
            calls[name] = calls.get(name, 0) + 1
            return fn(*args, **kwargs)

        return wrapper

    for name in ("analyse", "rebuild", "rematch_soi"):
        monkeypatch.setattr(pipeline, name, counting(name, getattr(pipeline, name)))
    monkeypatch.setattr(Extractor, "extract", counting("extract", Extractor.extract))
    monkeypatch.setattr(dashboard, "headline", counting("headline", dashboard.headline))
    analysed.switch_page("pages/dashboard.py")
    for _ in range(3):
        analysed.run()
        assert not analysed.exception
    assert calls.get("headline", 0) <= 1  # computed at most once for this analysis, then memoised
    assert not any(calls.get(n) for n in ("analyse", "rebuild", "rematch_soi", "extract")), calls
