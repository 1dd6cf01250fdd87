"""SOI lists: reading each column layout, each match kind, decisions, and the associates ranking."""

from __future__ import annotations

import datetime as dt
import io
import json

import openpyxl
import pandas as pd
import pytest

from scanassist_core.ingest import MappingError
from scanassist_core.schemas import MentionSchema, SoiEntrySchema, SoiMatchSchema, SubjectSchema
from scanassist_core.soi import (
    associated_not_listed,
    combine_soi_lists,
    mark_soi,
    match_key,
    match_soi,
    read_soi_list,
    soi_not_found,
)

# ------------------------------------------------------------------------------- helpers


def csv_bytes(text: str) -> bytes:
    return text.strip("\n").encode("utf-8") + b"\n"


def person(sid, name, dob="", aliases="", age=None, flags="", cohort="", last="2024-11-20", first="2024-01-10"):
    return dict(subject_id=sid, type="PERSON", name=name, aliases=aliases, dob=dob, age=age, flags=flags,
                cohort_id=cohort, key=" ".join(name.lower().split()), first_seen=first, last_seen=last)  # fmt: skip


def ident(sid, typ, key, name=None):
    return dict(subject_id=sid, type=typ, name=name or key, aliases="", dob="", age=None, flags="", cohort_id="",
                key=key, first_seen="2024-01-10", last_seen="2024-11-20")  # fmt: skip


def world(subjects: list[dict], reports: dict[int, list[str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    subs = pd.DataFrame(subjects)
    subs["reports"] = 0
    subs["soi"] = False
    subs["first_seen"] = pd.to_datetime(subs["first_seen"])
    subs["last_seen"] = pd.to_datetime(subs["last_seen"])
    subs = SubjectSchema.validate(subs[SubjectSchema.names()].astype(SubjectSchema.columns))
    types = dict(zip(subs["subject_id"], subs["type"]))
    rows = [
        dict(report_id=rid, reference=f"R{rid}", type=types[s], text=s, start=0, end=1, key=s, method="rule",
             attrs="{}", subject_id=s)
        for rid, sids in reports.items() for s in sids
    ]  # fmt: skip
    if not rows:
        return subs, MentionSchema.empty()
    return subs, pd.DataFrame(rows)[MentionSchema.names()].astype(MentionSchema.columns)


def entries_of(text: str, name: str = "soi.csv", **kw) -> pd.DataFrame:
    return read_soi_list(csv_bytes(text), name, **kw).entries


def matched(matches: pd.DataFrame, soi_row: int) -> dict[str, str]:
    """subject_id -> match kind for one SOI row (persons and identifiers)."""
    m = matches[matches["soi_row"] == soi_row]
    return dict(zip(m["subject_id"], m["match"]))


# ------------------------------------------------------------------------------- reading


def test_single_name_column_both_orders_and_identifiers():
    r = read_soi_list(
        csv_bytes(
            """
Nominal,DOB,AKA,Mobile,VRM,Snapchat,E-mail,Address,Reference,Notes
"SMITH, John",01/02/1990,JJ; Jonno / Smithy,"07700 900123, 01632 960001",ab12 cde,@jj_smith,JJ@Example.COM,"12 High Street, Wolverhampton WV1 4AB",OP-1,seen at school
Jane DOE,1990-06-30,,+44 7700 900456,,,,,OP-2,
"""
        ),
        "list.csv",
    )
    e = r.entries
    assert list(e.columns[: len(SoiEntrySchema.columns)]) == SoiEntrySchema.names()
    assert e.loc[0, "forenames"] == "John" and e.loc[0, "surname"] == "SMITH" and e.loc[0, "name"] == "SMITH, John"
    assert e.loc[1, "forenames"] == "Jane" and e.loc[1, "surname"] == "DOE"
    assert e.loc[0, "dob"] == "1990-02-01" and e.loc[1, "dob"] == "1990-06-30"
    assert e.loc[0, "aliases"] == "JJ; Jonno; Smithy"
    ids = json.loads(e.loc[0, "identifiers"])
    assert ids["phone"] == ["+447700900123", "+441632960001"]
    assert ids["vrm"] == ["AB12CDE"]
    assert ids["handle"] == ["snapchat:jj_smith"]
    assert ids["email"] == ["jj@example.com"]
    assert ids["postcode"] == ["WV1 4AB"]
    assert ids["address"] == ["12 High Street, Wolverhampton WV1 4AB"]
    assert json.loads(e.loc[0, "extras"]) == {"Reference": "OP-1", "Notes": "seen at school"}
    assert r.mapping["Mobile"] == "phone" and r.mapping["Reference"] == "extra"
    assert list(e["soi_row"]) == [1, 2] and set(e["list_name"]) == {"list.csv"}
    assert r.rows_in == 2 and r.rejected.empty


def test_surname_and_forename_columns_and_synonyms():
    e = entries_of(
        """
Last Name,Forename(s),Date of Birth,Nicknames,PNC No
O'BRIEN,Tyler James,30.07.2006,Ty,98/123456G
HUSSAIN-PATEL,Aaliyah,,,
"""
    )
    assert list(e["surname"]) == ["O'BRIEN", "HUSSAIN-PATEL"]
    assert list(e["forenames"]) == ["Tyler James", "Aaliyah"]
    assert e.loc[0, "name"] == "Tyler James O'BRIEN"
    assert e.loc[0, "dob"] == "2006-07-30" and e.loc[0, "aliases"] == "Ty"
    assert e.loc[0, "pnc_id"] == "98/123456G"
    e2 = entries_of("Surname,First Name,Given Name\nKHAN,Mohammed,\n")
    assert e2.loc[0, "forenames"] == "Mohammed"


def test_name_column_upper_surname_first_and_nickname_in_cell():
    e = entries_of(
        """
Full Name
ASANTE Jordan
John 'JJ' SMITH
Kyle BROWN (aka Browny)
ahmed al hassan
"""
    )
    assert list(zip(e["forenames"], e["surname"])) == [
        ("Jordan", "ASANTE"), ("John", "SMITH"), ("Kyle", "BROWN"), ("ahmed", "al hassan"),
    ]  # fmt: skip
    assert list(e["aliases"]) == ["", "JJ", "Browny", ""]


def test_xlsx_with_excel_date_cells_and_serials():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Subject", "D.O.B.", "Tel"])
    ws.append(["Chloe EVANS", dt.datetime(2011, 3, 4), "07700900777"])
    ws.append(["Reece WALKER", 37000, None])  # an Excel serial stored as a number: 19/04/2001
    ws.append(["Leah WARD", "4th May 1999", None])
    buf = io.BytesIO()
    wb.save(buf)
    r = read_soi_list(buf.getvalue(), "team.xlsx")
    e = r.entries
    assert list(e["dob"]) == ["2011-03-04", "2001-04-19", "1999-05-04"]
    assert json.loads(e.loc[0, "identifiers"])["phone"] == ["+447700900777"]
    assert r.rows_in == 3


def test_bad_rows_reported_and_rows_conserved():
    r = read_soi_list(
        csv_bytes(
            """
Name,DOB,Phone,Notes
John SMITH,31/02/1990,,impossible DOB keeps the row
,,,only a note
Unknown,,,placeholder name
,,07700 900999,phone only is enough
Jane DOE,01/01/2090,12345,future DOB and a bad phone
"""
        ),
        "bad.csv",
        today=dt.date(2025, 1, 1),
    )
    assert r.rows_in == len(r.entries) + len(r.rejected) == 5
    assert list(r.rejected["row"]) == [2, 3]
    assert set(r.rejected["reason"]) == {"no name and no identifier"}
    kept = r.entries.set_index("soi_row")
    assert kept.loc[1, "dob"] == "" and kept.loc[5, "dob"] == ""
    assert json.loads(kept.loc[4, "identifiers"])["phone"] == ["+447700900999"]
    warned = dict(zip(r.warnings["row"], r.warnings["warning"]))
    assert "impossible date" in warned[1]
    assert any("future" in w for w in r.warnings[r.warnings["row"] == 5]["warning"])
    assert json.loads(kept.loc[5, "extras"])["unparsed"] == {"phone": ["12345"]}


def test_content_inference_and_override():
    text = """
Col A,Col B,Col C
"SMITH, John",07700 900123,FT19 XYZ
"DOE, Jane",07700 900456,AB12 CDE
"""
    r = read_soi_list(csv_bytes(text), "odd.csv")
    assert r.mapping == {"Col A": "name", "Col B": "phone", "Col C": "vrm"}
    assert set(r.how.values()) == {"content"}
    r2 = read_soi_list(csv_bytes(text), "odd.csv", override={"vrm": "", "Col B": "extra"})
    assert r2.mapping["Col C"] == "extra" and r2.mapping["Col B"] == "extra"
    assert json.loads(r2.entries.loc[0, "identifiers"])["vrm"] == []
    r3 = read_soi_list(csv_bytes("Who,Ref\nJohn SMITH,1\n"), "x.csv", override={"name": "Who"})
    assert r3.entries.loc[0, "surname"] == "SMITH"
    with pytest.raises(MappingError):
        read_soi_list(csv_bytes(text), "odd.csv", override={"name": "No Such Column"})
    with pytest.raises(MappingError):
        read_soi_list(csv_bytes("Ref,Owner\n1,DC 123\n"), "none.csv")


def test_combine_lists_keeps_list_names():
    a = read_soi_list(csv_bytes("Name\nJohn SMITH\n"), "a.csv")
    b = read_soi_list(csv_bytes("Name\nJane DOE\nKyle BROWN\n"), "b.csv")
    c = read_soi_list(csv_bytes("Name\nLeah WARD\n"), "a.csv")
    all_ = combine_soi_lists([a, b, c])
    assert list(all_["list_name"]) == ["a.csv", "b.csv", "b.csv", "a.csv (2)"]
    assert list(all_["soi_row"]) == [1, 1, 2, 1]
    assert combine_soi_lists([]).empty


# ------------------------------------------------------------------------------- matching

SUBJECTS = [
    person("P01", "John SMITH", "1990-02-01"),
    person("P02", "Jane SMITH", "1992-05-05"),
    person("P03", "John SMITH", "1975-09-09"),
    person("P04", "Mohammed KHAN", "2004-03-12"),
    person("P05", "William JONES", aliases="Billy JONES"),
    person("P06", "Connor McDONALD"),
    person("P07", "Aaliyah HUSSAIN-PATEL"),
    person("P08", "Dean MORRIS"),
    person("P09", "Liam O'CONNOR"),
    person("P10", "Kayleigh O'CONNOR"),
    person("P11", "Kyle BROWN", age=17, first="2024-03-01", last="2024-09-01"),
    person("P12", "Kyle BROWN", age=40, first="2024-03-01", last="2024-09-01"),
    person("P13", "Marcus GRANT"),
    ident("PH1", "PHONE", "+447700900222"),
    ident("PN1", "PNC_ID", "98/123456G"),
    ident("SC1", "SOCIAL", "snapchat:jammy_a"),
]
REPORTS = {1: ["P01", "P02"], 2: ["P09", "PH1"], 3: ["P10", "PH1"], 4: ["P13", "PN1"], 5: ["P03"], 6: ["P11"],
           7: ["P12"], 8: ["P04"], 9: ["P05"], 10: ["P06"], 11: ["P07"], 12: ["P08"]}  # fmt: skip


@pytest.fixture(scope="module")
def base():
    return world(SUBJECTS, REPORTS)


def run(base, text: str, **kw) -> pd.DataFrame:
    subs, ments = base
    return match_soi(entries_of(text), subs, ments, **kw)


def test_identifier_match_phone_person_and_subject(base):
    m = run(base, "Name,Mobile\nLiam O'CONNOR,07700 900222\n,07700 900222\n")
    assert matched(m, 1) == {"PH1": "identifier", "P09": "identifier"}  # the sister with the phone is not him
    assert "phone +447700900222" in m[(m.soi_row == 1) & (m.subject_id == "P09")]["evidence"].iloc[0]
    assert set(matched(m, 2)) == {"PH1"}  # no name: two people share the phone, neither is proposed
    assert SoiMatchSchema.validate(m) is not None
    assert {"list_name", "match_key", "subject_name"} <= set(m.columns)


def test_identifier_match_pnc_and_handle(base):
    m = run(base, "Name,PNC ID,Snapchat\n\"GRANT, Marcus Anthony\",98/123456G,\n,,jammy_a\n")
    assert matched(m, 1) == {"PN1": "identifier", "P13": "identifier"}
    assert matched(m, 2) == {"SC1": "identifier"}


def test_exact_match_with_dob_confirm_and_conflict(base):
    m = run(base, "Name,DOB\n\"SMITH, John\",01/02/1990\nJohn SMITH,\n")
    assert matched(m, 1) == {"P01": "exact"}  # P03 (other DOB) ruled out, Jane SMITH never matched
    ev = m[m.soi_row == 1]["evidence"].iloc[0]
    assert "name 'SMITH, John' = subject 'John SMITH'" in ev and "DOB 01/02/1990 matches" in ev
    without = m[m.soi_row == 2].set_index("subject_id")["score"]
    assert set(without.index) == {"P01", "P03"}
    assert m[m.soi_row == 1]["score"].iloc[0] > without.max()


def test_dob_conflict_rules_out_fuzzy_and_age_conflict(base):
    m = run(base, "Name,DOB\nMuhammad KHAN,13/03/2004\nKyle BROWN,15/01/2007\n")
    assert matched(m, 1) == {}
    assert matched(m, 2) == {"P11": "exact"}  # the 40-year-old namesake cannot be born in 2007


def test_alias_and_nickname(base):
    m = run(base, "Name,AKA\nBill JONES,\nWill JONES,Billy JONES\n")
    assert matched(m, 1) == {"P05": "alias"}
    assert matched(m, 2) == {"P05": "alias"}


def test_fuzzy_phonetic_double_barrelled(base):
    m = run(base, "Name\nMuhammad KHAN\nConor MACDONALD\nAaliyah PATEL\n")
    assert matched(m, 1) == {"P04": "fuzzy"}
    assert matched(m, 2) == {"P06": "fuzzy"}
    assert matched(m, 3) == {"P07": "fuzzy"}


def test_common_surname_different_forename_and_lookalikes_rejected(base):
    m = run(base, "Name\nSarah SMITH\nSean MORRIS\nJ SMITH\nBrandon FLETCHER\n")
    assert m.empty  # J SMITH: an initial alone stays under the threshold


def test_decisions_confirm_and_reject(base):
    subs, ments = base
    entries = entries_of("Name\nJohn SMITH\n")
    first = match_soi(entries, subs, ments)
    key = {s: k for s, k in zip(first["subject_id"], first["match_key"])}
    assert key["P01"] == match_key(1, "soi.csv", "person:john smith|1990-02-01")
    decided = match_soi(entries, subs, ments, decisions={key["P01"]: "confirmed", key["P03"]: "rejected"})
    status = dict(zip(decided["subject_id"], decided["status"]))
    assert status == {"P01": "confirmed", "P03": "rejected"}
    marked = mark_soi(subs, decided).set_index("subject_id")
    assert bool(marked.loc["P01", "soi"]) and "SOI" in marked.loc["P01", "flags"]
    assert not bool(marked.loc["P03", "soi"]) and "SOI" not in marked.loc["P03", "flags"]
    # re-marking after the analyst rejects everything clears the flag
    all_rejected = decided.assign(status="rejected")
    again = mark_soi(mark_soi(subs, decided), all_rejected).set_index("subject_id")
    assert not again["soi"].any() and not again["flags"].str.contains("SOI").any()
    nf = soi_not_found(entries, all_rejected)
    assert list(nf["reason"]) == ["all 2 candidate match(es) rejected by the analyst"]


def test_soi_not_found(base):
    subs, ments = base
    entries = entries_of("Name\nJohn SMITH\nBrandon FLETCHER\n")
    nf = soi_not_found(entries, match_soi(entries, subs, ments))
    assert list(nf["name"]) == ["Brandon FLETCHER"] and list(nf["reason"]) == ["not found in the reports"]


# ------------------------------------------------------------------------------- associates


def test_associated_not_listed_child_first():
    subs, ments = world(
        [
            person("S1", "John SMITH", "1990-02-01", cohort="C1"),
            person("S2", "Liam O'CONNOR", cohort="C1"),
            person("A1", "Gary PHILLIPS", "1979-12-12", cohort="C1"),  # many links, adult
            person("A2", "Chloe EVANS", age=13),  # a child in reports with both SOIs
            person("A3", "Callum REID", "2009-04-02"),  # age 15 from DOB; shares the SOI's address
            person("A4", "Leah WARD", cohort="C1"),  # cohort only
            person("A5", "Nobody ELSE"),  # unconnected
            ident("AD1", "ADDRESS", "WV1 4AB||12|high street", "12 High Street WV1 4AB"),
        ],
        {1: ["S1", "A1"], 2: ["S1", "A1"], 3: ["S2", "A1"], 4: ["S1", "A2"], 5: ["S1", "AD1"], 6: ["A3", "AD1"],
         7: ["A4"], 8: ["A5"], 9: ["S2", "A2"]},  # fmt: skip
    )
    entries = entries_of("Name\nJohn SMITH\nLiam O'CONNOR\n")
    matches = match_soi(entries, subs, ments)
    out = associated_not_listed(subs, ments, matches)
    # children first (A2 linked to two SOIs outranks A3 at one SOI's address), then the adult with
    # most links, then the cohort-only link; the unconnected person is absent
    assert list(out["subject_id"]) == ["A2", "A3", "A1", "A4"]
    assert out.loc[out.subject_id == "A1", "score"].iloc[0] > out.loc[out.subject_id == "A2", "score"].iloc[0]
    top = out.set_index("subject_id")
    assert top.loc["A1", "soi_links"] == 2 and top.loc["A1", "shared_reports"] == 3
    assert top.loc["A3", "shared_identifiers"] == 1 and top.loc["A3", "age"] == 15
    assert bool(top.loc["A4", "same_cohort"]) and top.loc["A4", "shared_reports"] == 0
    assert "child (age 13)" in top.loc["A2", "why"] and "SOI" in top.loc["A2", "why"]
    assert "shares address" in top.loc["A3", "why"]
    # a rejected match means that person is not on the list: they become an associate candidate
    rejected = matches.assign(status=matches["subject_id"].map(lambda s: "rejected" if s == "S2" else "proposed"))
    out2 = associated_not_listed(subs, ments, rejected)
    assert "S2" in set(out2["subject_id"])
    assert out2.set_index("subject_id").loc["A2", "soi_links"] == 1


def test_eval_set_meets_targets():
    """The benchmark's hand-written set: recall >= 0.95, no false match on look-alike decoys."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import soi_accuracy

    r = soi_accuracy.evaluate(json.loads(soi_accuracy.DATA.read_text(encoding="utf-8")))
    assert r["rows_in"] == r["entries"] + r["rejected"] and r["rejected_rows"] == [24]
    assert r["recall"] >= 0.95 and r["decoy_false_matches"] == [] and r["false_matches"] == []


def test_hostile_cells_are_text_and_control_characters_removed():
    r = read_soi_list(
        csv_bytes('Name,Notes\n"Jo\x00hn\x07 SMITH","=HYPERLINK(""http://x"",""click"")"\n<b>Kyle</b> BROWN,<script>\n'),
        "hostile.csv",
    )
    e = r.entries
    assert e.loc[0, "forenames"] == "John" and e.loc[0, "surname"] == "SMITH"
    assert "\x00" not in e.loc[0, "name"] and "\x07" not in e.loc[0, "name"]
    assert json.loads(e.loc[0, "extras"])["Notes"].startswith("=HYPERLINK(")
    assert r.rows_in == len(e) == 2


def test_empty_inputs_give_empty_typed_frames(base):
    subs, ments = base
    empty = match_soi(SoiEntrySchema.empty(), subs, ments)
    assert empty.empty and SoiMatchSchema.names() == list(empty.columns[: len(SoiMatchSchema.columns)])
    assert not mark_soi(subs, empty)["soi"].any()
    assert associated_not_listed(subs, ments, empty).empty
    no_subjects = match_soi(entries_of("Name\nJohn SMITH\n"), SubjectSchema.empty(), MentionSchema.empty())
    assert no_subjects.empty


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CELLS = st.sampled_from(["", "John SMITH", "SMITH, Jane", "07700 900123", "not a phone", "31/02/1990",
                          "01/01/1990", "AB12 CDE", "=1+1", "   ", "Unknown", "x@y.com", "\x00"])  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_CELLS, _CELLS, _CELLS), min_size=1, max_size=12))
def test_rows_in_equals_entries_plus_rejected(rows):
    import csv as _csv

    buf = io.StringIO()
    w = _csv.writer(buf)
    w.writerow(["Name", "Mobile", "DOB"])
    w.writerow(["John SMITH", "", ""])  # at least one data row so the file has data
    w.writerows(rows)
    r = read_soi_list(buf.getvalue().encode("utf-8"), "p.csv")
    assert r.rows_in == len(r.entries) + len(r.rejected)
    assert set(r.entries["soi_row"]).isdisjoint(set(r.rejected["row"]))
