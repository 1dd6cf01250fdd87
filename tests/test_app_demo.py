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


def test_links_page_filters_the_network(analysed):
    analysed.switch_page("pages/links.py")
    analysed.run()
    before = analysed.caption[0].value
    analysis = analysed.session_state[state.ANALYSIS]
    child = analysis.subjects[analysis.subjects["flags"].str.contains("child") & (analysis.subjects["reports"] > 2)]
    ego = child.iloc[0]["subject_id"]
    analysed.selectbox(key="links_ego").set_value(ego)
    analysed.radio(key="links_steps").set_value(2)
    analysed.number_input(key="links_min_weight").set_value(1)
    analysed.run()
    assert not analysed.exception
    after = next(c.value for c in analysed.caption if "subject" in c.value.lower())
    assert after != before
    nodes = analysed.selectbox(key="links_node").options
    assert child.iloc[0]["name"] + " · Person" in nodes
    analysed.selectbox(key="links_node").set_value(ego)
    analysed.run()
    table = next(d.value for d in analysed.dataframe if "linked to" in d.value.columns)
    assert len(table) > 0 and (table["weight"] >= 1).all() and table["reports"].str.len().gt(0).all()


def test_cohorts_page_shows_members_with_roles(analysed):
    analysed.switch_page("pages/cohorts.py")
    analysed.run()
    analysis = analysed.session_state[state.ANALYSIS]
    top = analysis.cohorts.sort_values("score", ascending=False).iloc[-1]["cohort_id"]
    analysed.selectbox(key="cohort_pick").set_value(top)
    analysed.run()
    assert not analysed.exception
    members = next(d.value for d in analysed.dataframe if "role" in d.value.columns)
    assert set(members["subject_id"]) == set(str(analysis.cohorts.set_index("cohort_id").loc[top, "members"]).split("; ")) \
        & set(analysis.subjects["subject_id"])
    assert members["role"].str.contains("hub").any()


def test_soi_page_finds_hits_and_the_unlisted_child_first(analysed):
    from scanassist_core.demo import generate_demo

    demo = generate_demo()
    analysed.switch_page("pages/soi.py")
    analysed.run()
    name, data = next(iter(demo.soi_files.items()))
    analysed.file_uploader(key="soi_files").set_value([(name, data, "text/csv")])
    analysed.run()
    assert not analysed.exception
    analysis = analysed.session_state[state.ANALYSIS]
    hits = analysis.soi_matches
    assert len(hits) >= 10 and analysis.subjects["soi"].sum() >= 10
    linked = next(d.value for d in analysed.dataframe if "soi_links" in d.value.columns)
    truth = demo.truth.persons.set_index("person_id")
    thirteen = truth.loc[demo.truth.unlisted_children[0], "canonical_name"]
    top_names = linked.head(10)["name"].tolist()
    assert thirteen in top_names, (thirteen, top_names)
    assert linked.head(5)["flags"].str.contains("child").all()


def test_export_page_offers_every_download_and_audits_it(analysed):
    analysed.switch_page("pages/export.py")
    analysed.run()
    assert not analysed.exception
    keys = {b.key for b in analysed.get("download_button")}
    assert {"dl_xlsx", "dl_anx", "dl_elt", "dl_html", "dl_workspace"} <= keys
    analysed.get("download_button")[[b.key for b in analysed.get("download_button")].index("dl_xlsx")].click()
    analysed.run()
    audit = next(d.value for d in analysed.dataframe if "action" in d.value.columns)
    assert (audit["action"] == "export").any() and audit["detail"].str.contains("Excel workbook").any()
    analysed.radio(key="export_scope_kind").set_value("One cohort")
    analysed.run()
    assert "dl_profile" in {b.key for b in analysed.get("download_button")}


def test_subject_corrections_merge_and_not_a_subject(analysed):
    analysed.switch_page("pages/subjects.py")
    analysed.run()
    analysis = analysed.session_state[state.ANALYSIS]
    persons = analysis.subjects[analysis.subjects["type"] == "PERSON"].sort_values("reports", ascending=False)
    keep, other = persons.iloc[0]["subject_id"], persons.iloc[1]["subject_id"]
    reports_before = int(persons.iloc[0]["reports"])
    analysed.selectbox(key="subj_open").set_value(keep)
    analysed.run()
    analysed.multiselect(key="fix_merge_with").set_value([other])
    analysed.run()
    analysed.button(key="fix_merge").click()
    analysed.run()
    assert not analysed.exception
    after = analysed.session_state[state.ANALYSIS]
    assert other not in set(after.subjects["subject_id"]) or keep not in set(after.subjects["subject_id"])
    merged = after.subjects.sort_values("reports", ascending=False).iloc[0]
    assert merged["reports"] > reports_before
    assert len(analysed.session_state[state.CORRECTIONS].ops) == 1

    noise = after.subjects[after.subjects["type"] == "LOCATION"].iloc[0]
    analysed.session_state[state.SELECTED_SUBJECT] = noise["subject_id"]
    analysed.run()
    analysed.button(key="fix_not_subject").click()
    analysed.run()
    assert not analysed.exception
    final = analysed.session_state[state.ANALYSIS]
    assert noise["key"] not in set(final.subjects.loc[final.subjects["type"] == "LOCATION", "key"])
    assert len(analysed.session_state[state.CORRECTIONS].ops) == 2
