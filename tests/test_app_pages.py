"""Every page renders, and the tutorial covers every registered page."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scanassist_ui.nav import PAGES
from scanassist_ui.tutorial import STEPS

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")


def test_every_registered_page_exists_and_is_covered_by_the_tutorial():
    for spec in PAGES:
        assert (ROOT / spec.path).is_file(), spec.path
    covered = {step.page for step in STEPS}
    missing = [spec.title for spec in PAGES if spec.url_path not in covered]
    assert missing == [], f"tutorial does not cover: {missing}"


def test_every_page_file_is_registered():
    registered = {spec.path for spec in PAGES}
    on_disk = {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert on_disk == registered


def test_app_py_is_only_the_router():
    source = (ROOT / "app.py").read_text()
    assert "st.navigation" in source
    assert "import scanassist_core" not in source and "from scanassist_core" not in source  # no logic here


@pytest.mark.parametrize("spec", PAGES, ids=[p.url_path for p in PAGES])
def test_page_renders_without_data(spec):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(spec.path)
    at.run()
    assert not at.exception, at.exception
    assert at.title, "every page has a title"
    assert any(e.label == "How to read this page" for e in at.expander), "every page has its help expander"
    if spec.needs_data:
        assert any("Upload" in i.value for i in at.info), "pages that need data point to Upload"


def test_no_user_data_in_caches_shared_between_sessions():
    """Only the read-only language model may live in a cross-session cache."""
    import re

    allowed = {"nlp_model"}
    cached = []
    for path in [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "scanassist_ui").glob("*.py")]:
        source = path.read_text()
        assert "st.cache_data" not in source, f"{path.name} uses st.cache_data (shared by all users)"
        cached += re.findall(r"@st\.cache_resource[^\n]*\n(?:@[^\n]*\n)*def (\w+)", source)
    assert set(cached) <= allowed, f"shared caches beyond the model: {set(cached) - allowed}"
    assert cached, "the model cache was found (the probe works)"
