"""Report text is hostile: the highlighted view must escape everything it did not write itself."""

from html.parser import HTMLParser

import pandas as pd

from scanassist_core.report_view import excerpt, highlight_html


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def tags_of(html: str) -> list[str]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def mentions(*rows):
    return pd.DataFrame(rows, columns=["start", "end", "type", "subject_id"])


def test_entities_are_wrapped_and_text_is_kept():
    text = "John SMITH rang 07700 900123."
    out = highlight_html(text, mentions((0, 10, "PERSON", "P1"), (16, 28, "PHONE", "T1")))
    assert out.count("<mark") == 2
    assert ">John SMITH</mark>" in out and ">07700 900123</mark>" in out
    assert tags_of(out) == ["div", "mark", "mark"]


def test_hostile_text_is_inert():
    text = '<img src=x onerror=alert(1)> </script><script>alert(1)</script> "x" <b>Jo</b>'
    out = highlight_html(text, mentions((0, 5, "PERSON", "P1")))
    assert set(tags_of(out)) <= {"div", "mark", "br"}
    assert "<script>" not in out and "<img" not in out


def test_focus_outlines_only_the_chosen_subject():
    text = "Amy LEE with Bob KAY"
    out = highlight_html(text, mentions((0, 7, "PERSON", "P1"), (13, 20, "PERSON", "P2")), focus="P2")
    first, second = out.split("</mark>")[:2]
    assert "outline" not in first and "outline" in second


def test_overlapping_mentions_do_not_duplicate_text():
    text = "Flat 2, 12 Mill Lane"
    out = highlight_html(text, mentions((0, 20, "ADDRESS", "A1"), (8, 20, "ADDRESS", "A2")))
    assert out.count("Mill Lane") == 1


def test_window_marks_truncation_and_stays_on_word_boundaries():
    text = "alpha beta gamma delta epsilon zeta eta theta"
    lo, hi = excerpt(text, 17, 22, window=3)
    assert text[lo:hi].strip().split()[0] in text.split()
    out = highlight_html(text, mentions(), start=lo, end=hi)
    assert out.count("…") == 2
