"""Property: nothing is lost. For any CSV, every data row is kept, rejected or a duplicate."""

from __future__ import annotations

import csv
import io
import re

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanassist_core.ingest import UnreadableFileError, combine, ingest_file

HEADERS = [
    ["URN", "Date Created", "Details"],
    ["Intelligence Reference", "Intelligence Date", "Intelligence Text", "Officer"],
    ["Log Ref", "Report Narrative", "Area"],
]
ALPHABET = st.sampled_from(list('ab Z9,;|\t"\'\n\r\x00\x07\x1b\x85é£–’\u2028=+-@ ')) | st.characters(
    blacklist_categories=("Cs",)
)
FIELD = st.one_of(
    st.text(ALPHABET, max_size=25),
    st.sampled_from(["", " ", "A1", "A1", "03/04/2025", "31/02/2025", "=HYPERLINK(\"x\")", '"', '""x', "\x00"]),
)


def _row(width: int) -> st.SearchStrategy[list[str]]:
    return st.lists(FIELD, min_size=0, max_size=width + 2)


@st.composite
def csv_file(draw) -> tuple[bytes, int | None, list[list[str]]]:
    header = draw(st.sampled_from(HEADERS))
    rows = draw(st.lists(_row(len(header)), max_size=12))
    well_formed = draw(st.booleans())
    if well_formed:
        buf = io.StringIO(newline="")
        writer = csv.writer(buf)
        writer.writerow(header)
        writer.writerows(rows)
        text = buf.getvalue()
        last = max((i for i, r in enumerate(rows) if any(f.strip() for f in r)), default=-1)
        expected_rows: int | None = last + 1
    else:  # naive join: stray quotes, unterminated quotes, bare CRs
        text = ",".join(header) + "\n" + "".join(",".join(r) + draw(st.sampled_from(["\n", "\r\n", "\r"])) for r in rows)
        expected_rows = None
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    return data, expected_rows, rows


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text).strip()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(csv_file(), min_size=1, max_size=3))
def test_rows_in_equals_kept_plus_rejected_plus_duplicates(files) -> None:
    results = []
    for n, (data, expected_rows, rows) in enumerate(files):
        try:
            res = ingest_file(data, f"f{n}.csv")
        except UnreadableFileError as exc:
            # only for hopelessly broken quoting, or a Windows-1252 file that also holds UTF-8 byte
            # sequences ("\xa0\xc2\xa0" is "\xa0Â\xa0" or NBSPs mis-saved): ingest asks for a re-save
            # rather than guess which characters were meant
            assert expected_rows is None and "unterminated quotes" in str(exc) or "mixes UTF-8 and Windows-1252" in str(exc)
            continue
        if expected_rows is not None:
            assert res.rows_in == expected_rows
            text_col = res.headers.index(res.mapping.text)
            for row_no, text in zip(res.reports["row"], res.reports["text"]):
                assert text == _clean(rows[row_no - 1][text_col])  # the right row, text intact
        assert res.rows_in == len(res.reports) + len(res.rejected)
        assert all(res.rejected["reason"].str.len() > 0)
        assert all(1 <= r <= res.rows_in for r in list(res.rejected["row"]) + list(res.reports["row"]))
        assert sorted(list(res.rejected["row"]) + list(res.reports["row"])) == list(range(1, res.rows_in + 1))
        assert not any(_clean(t) != t or not t for t in res.reports["text"])
        results.append(res)
    combined = combine(results)
    for row in combined.files.itertuples():
        assert row.rows_in == row.kept + row.rejected + row.duplicates
    assert combined.files["rows_in"].sum() == len(combined.reports) + len(combined.rejected) + len(combined.duplicates)
    assert combined.reports["report_id"].tolist() == list(range(len(combined.reports)))
    keys = list(zip(combined.reports["reference"], combined.reports["text"]))
    assert len(keys) == len(set(keys))


def test_garbage_bytes_raise_ingest_errors() -> None:
    for blob in (b"\xff\xfe\x00", b"\x81\x8d\x8f", b"PK\x03\x04junk"):
        with pytest.raises(UnreadableFileError):
            ingest_file(blob, "g.csv")
