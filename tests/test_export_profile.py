"""Subject and cohort profile HTML: complete, self-contained, and inert whatever the reports say."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _export_data import small_analysis  # noqa: E402

from scanassist_core import export  # noqa: E402

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "p", "span", "table", "tr",
                "th", "td", "mark", "br", "svg", "line", "text", "rect"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def hostile():
    a = small_analysis()
    reports = a.reports.copy()
    payload = '<img src=x onerror=alert(1)><a href="https://evil.example/">x</a><iframe src="http://x"></iframe>'
    reports.loc[0, "text"] = reports.loc[0, "text"] + " " + payload
    subjects = a.subjects.copy()
    subjects.loc[subjects["subject_id"] == "P_SAM", "aliases"] = "<b onmouseover=alert(2)>Sammy</b>"
    return replace(a, reports=reports, subjects=subjects)


def _assert_inert(page: str) -> None:
    parsed = _parse(page)
    assert {t for t, _ in parsed.tags} <= ALLOWED_TAGS
    for tag, attrs in parsed.tags:
        assert not any(k.startswith("on") or k in ("href", "src") for k in attrs), (tag, attrs)
    # No http(s) reference anywhere outside the (escaped) report text itself.
    markup = "".join(f"<{t} {a}>" for t, a in parsed.tags)
    assert not re.search(r"https?:", markup)
    assert "url(" not in page and "@import" not in page and "<script" not in page.lower()


def test_subject_profile_escapes_hostile_text(hostile):
    page = export.subject_profile_html(hostile, "P_SAM")
    _assert_inert(page)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b onmouseover=alert(2)&gt;Sammy&lt;/b&gt;" in page
    assert "\x01" not in page and "\ufffd" in page  # the Kim LEE report's control characters


def test_profile_of_clean_subject_has_no_http_at_all():
    page = export.subject_profile_html(small_analysis(), "P_ALEX")
    assert not re.search(r"https?:", page)
    _assert_inert(page)


def test_subject_profile_content(hostile):
    page = export.subject_profile_html(hostile, "P_JO")
    parsed = _parse(page)
    text = "".join(parsed.text)
    assert "Jo BLOGGS" in text and "1990-02-01" in text and "Joe Bloggs" in text
    # Identifiers and associates ranked by shared reports.
    assert "+447700900123" in text and "Sam SMITH" in text
    assert text.index("+447700900123") < text.index("Sam SMITH")
    # Every report with its reference and date, the subject's mention outlined.
    assert "Reports (2)" in text
    for ref, date in (("R1/24", "05/01/2024"), ("+1", "10/02/2024")):
        assert f'<span class="ref">{ref}</span> <span class="meta">{date}' in page
    focused = re.findall(r'<mark [^>]*outline:2px solid #c92a2a">([^<]*)</mark>', page)
    assert focused == ["Jo BLOGGS", "Jo BLOGGS"]
    # The hostile formula in the report text is shown as text.
    assert "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)" in page
    _assert_inert(page)


def test_timeline_draws_one_bar_per_active_month():
    page = export.subject_profile_html(small_analysis(), "P_SAM")
    svg = page[page.index("<svg"):page.index("</svg>")]
    titles = re.findall(r"<title>([^<]*)</title>", svg)
    assert titles == ["Jan 2024: 1", "Mar 2024: 1"]
    assert "<svg" in page and "xmlns" not in svg


def test_cohort_profile(hostile):
    page = export.cohort_profile_html(hostile, "C01")
    _assert_inert(page)
    text = "".join(_parse(page).text)
    for name in ("Jo BLOGGS", "Sam SMITH", "Kim LEE"):
        assert name in text
    assert "Alex GREY" not in text
    # Shared identifiers: the phone and the address both tie two members.
    assert "+447700900123" in text and "1 High Street, Anytown AB1 2CD" in text
    # Reports naming two or more members: R1/24 (Jo, Sam) and @SUM(A1) (Kim, Sam); "+1" names Jo alone.
    refs = re.findall(r'<span class="ref">([^<]*)</span>', page)
    assert sorted(refs) == sorted(["R1/24", "@SUM(A1)"])


def test_unknown_ids_raise_value_error():
    a = small_analysis()
    with pytest.raises(ValueError):
        export.subject_profile_html(a, "NOPE")
    with pytest.raises(ValueError):
        export.cohort_profile_html(a, "C99")
