"""Shared fixtures. Browser tests skip without Debian's chromium, except under CI where that fails."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"


def chromium_path() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def chromium() -> str:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but Debian's chromium is not installed: .ci/run must install it")
        pytest.skip("chromium not installed (apt-get install chromium); browser tests skipped on this machine")
    return path


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# Property tests explore at random on a developer's machine (and remember what fails in
# .hypothesis/); under CI they replay one fixed sequence so a submission cannot pass or fail by luck.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI", "").lower() == "true":
    _hypothesis_settings.load_profile("ci")


@pytest.fixture(scope="session")
def ex():
    """One extractor (one loaded model) shared by the rule tests that drive the whole extractor."""
    from scanassist_core.extract import Extractor

    return Extractor()
