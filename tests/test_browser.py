"""End to end in headless Chromium, as an analyst meets the app on a shared platform.

Playwright drives Debian's /usr/bin/chromium (never a downloaded browser) against the app started on a
free localhost port. Screenshots of each page are saved under test-artifacts/ for a person to look at.
Any request to a host other than the app's own fails the test: no CDN, no telemetry, no web fonts.
"""

from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--metrics-recording-only",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url():
    port = free_port()
    streamlit = Path(sys.executable).with_name("streamlit")
    proc = subprocess.Popen(
        [str(streamlit), "run", "app.py", "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("the app did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Guard:
    """Records every request a page makes, so a test can assert they all stay on the app's host."""

    def __init__(self, app_url: str) -> None:
        self.host = urlparse(app_url).netloc
        self.outside: list[str] = []

    def __call__(self, request) -> None:
        parsed = urlparse(request.url)
        if parsed.scheme in ("data", "blob", "about", "chrome-extension"):
            return
        if parsed.netloc != self.host:
            self.outside.append(request.url)


def open_page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    guard = Guard(app_url)
    page.on("request", guard)
    page.goto(app_url)
    page.get_by_text("Upload intelligence reports").first.wait_for(timeout=60_000)
    return context, page, guard


def wait_idle(page, timeout: int = 180_000) -> None:
    """Wait until Streamlit has finished the current run (no running indicator)."""
    page.wait_for_timeout(400)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout
    )
    page.wait_for_timeout(300)


def go(page, title: str) -> None:
    link = page.get_by_test_id("stSidebarNavLink").filter(has=page.get_by_text(title, exact=True))
    link.first.click()
    wait_idle(page)
    page.get_by_role("heading", name=title if title != "Upload" else "Upload intelligence reports").first.wait_for(
        timeout=60_000
    )


def report_files(page):
    """The report uploader's file input (the Upload page also has a workspace uploader)."""
    return page.get_by_test_id("stFileUploader").filter(has_text="Report files").locator('input[type="file"]')


def shot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def scroll_main(page, pixels: int) -> None:
    """Scroll Streamlit's main pane (it scrolls inside a container, not the document)."""
    page.evaluate(
        """(y) => { const main = document.querySelector('[data-testid="stMain"]')
                    || document.querySelector('section.main'); if (main) main.scrollTop = y; }""",
        pixels,
    )
    page.wait_for_timeout(800)


def test_analyst_journey_on_demo_data(browser, app_url, artifacts):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context, page, guard = open_page(browser, app_url)
    page.get_by_role("button", name=re.compile("Load demo data")).wait_for(timeout=60_000)
    wait_idle(page)
    shot(page, artifacts, "00_upload_empty")

    page.get_by_role("button", name=re.compile("Load demo data")).click()
    wait_idle(page)
    page.get_by_text("Every row accounted for").wait_for(timeout=60_000)
    page.get_by_role("button", name=re.compile("Run analysis")).click()
    page.get_by_text("Analysis ready").wait_for(timeout=300_000)
    wait_idle(page)
    shot(page, artifacts, "01_upload_done")

    for title in ("Dashboard", "Subjects", "Links", "Cohorts", "SOI list", "Export", "Tutorial"):
        go(page, title)
        assert page.locator('[data-testid="stException"]').count() == 0, f"exception on {title}"
        if title == "Dashboard":
            page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=60_000)
            page.wait_for_timeout(1500)  # let every chart finish drawing before the screenshot
        if title == "Subjects":
            # Open the first profile from the table's picker.
            page.get_by_text("Open profile").first.wait_for()
            box = page.get_by_role("combobox", name="Open profile")
            box.click()
            box.press("ArrowDown")
            page.get_by_role("option").first.click()
            wait_idle(page)
            page.get_by_text("Associates (shared reports)").wait_for(timeout=60_000)
            scroll_main(page, 1100)
            shot(page, artifacts, "page_subjects_profile")
            scroll_main(page, 2000)
            shot(page, artifacts, "page_subjects_reports")
            scroll_main(page, 0)
        if title == "Links":
            weight = page.get_by_label("Min link weight")
            weight.fill("3")
            weight.press("Enter")
            wait_idle(page)
            page.frame_locator("iframe").first.locator("#mynetwork, .vis-network, canvas").first.wait_for(timeout=60_000)
        if title == "SOI list":
            page.get_by_role("button", name=re.compile("Use the demo SOI list")).click()
            wait_idle(page)
            page.get_by_role("tab", name="Linked but not listed").wait_for(timeout=60_000)
        if title == "Export":
            button = page.get_by_role("button", name=re.compile(r"Download workbook"))
            button.wait_for(timeout=60_000)
            path = None
            for _ in range(3):  # a click that lands during a rerun is dropped by the browser: retry
                try:
                    with page.expect_download(timeout=60_000) as info:
                        button.click()
                    path = info.value.path()
                    break
                except PlaywrightTimeout:
                    wait_idle(page)
            assert path is not None, "the workbook download never started"
            from openpyxl import load_workbook

            book = load_workbook(io.BytesIO(Path(path).read_bytes()), read_only=True)
            assert {"Reports", "Subjects", "Mentions", "Links", "Cohorts", "SOI matches"} <= set(book.sheetnames)
            rows = sum(1 for _ in book["Reports"].iter_rows(values_only=True))
            assert rows > 1000
        shot(page, artifacts, f"page_{title.lower().replace(' ', '_')}")

    assert guard.outside == [], f"requests left the app's host: {guard.outside[:5]}"
    context.close()


def _csv(name: str) -> bytes:
    rows = ["URN,Intelligence Date,Intelligence Text"]
    for i in range(1, 6):
        rows.append(f"{name[:3].upper()}-{i},0{i}/03/2025,{name} seen with Carl MOSS at 1{i} Elm Road. Phone 07700 90011{i}.")
    return ("\n".join(rows) + "\n").encode()


def test_two_sessions_never_see_each_others_data(browser, app_url, artifacts):
    sessions = []
    for person, other in (("Quentin ZABROWSKI", "Ursula YELLOWLEES"), ("Ursula YELLOWLEES", "Quentin ZABROWSKI")):
        context, page, guard = open_page(browser, app_url)
        report_files(page).set_input_files(
            files=[{"name": f"{person.split()[1].lower()}.csv", "mimeType": "text/csv", "buffer": _csv(person)}]
        )
        page.get_by_text("Every row accounted for").wait_for(timeout=60_000)
        wait_idle(page)
        page.get_by_role("button", name=re.compile("Run analysis")).click()
        page.get_by_text("Analysis ready").wait_for(timeout=180_000)
        sessions.append((context, page, person, other))
    for context, page, person, other in sessions:
        go(page, "Subjects")
        # The table is a canvas grid; its cells are mirrored in hidden accessible markup.
        page.wait_for_function(f"() => document.body.innerHTML.includes({person.split()[1]!r})", timeout=30_000)
        assert other.split()[1] not in page.content()
        shot(page, artifacts, f"isolation_{person.split()[1].lower()}")
        context.close()


def test_bad_files_show_clear_messages_without_traceback(browser, app_url, artifacts):
    context, page, guard = open_page(browser, app_url)
    report_files(page).set_input_files(
        files=[
            {"name": "corrupt.xlsx", "mimeType": "application/octet-stream", "buffer": b"PK\x03\x04not a workbook"},
            {"name": "no_text.csv", "mimeType": "text/csv", "buffer": b"Ref,When\nA1,01/01/2025\n"},
            {"name": "empty.csv", "mimeType": "text/csv", "buffer": b""},
        ]
    )
    wait_idle(page)
    page.get_by_text("None of the staged files").wait_for(timeout=60_000)
    alerts = page.locator('[data-testid="stAlert"]').all_inner_texts()
    joined = " ".join(alerts).lower()
    assert "corrupt.xlsx" in joined or "excel" in joined
    assert "empty" in joined
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "Traceback" not in page.locator("body").inner_text()
    shot(page, artifacts, "upload_bad_files")
    context.close()
