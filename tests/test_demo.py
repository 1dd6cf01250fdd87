"""The demo dataset: deterministic, decodable in each system's format, reserved identifiers only,
and carrying the planted structure its ground truth claims (checked against the files, not the
generator's internals)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import openpyxl
import pytest

from scanassist_core.demo import MIN_REPORTS, generate_demo, write_demo

REPORT_FILES = {"niche_rms_export.csv", "intel_scanning.xlsx", "partner_referrals.csv"}


@pytest.fixture(scope="module")
def demo():
    return generate_demo()


def _rows(files: dict[str, bytes]) -> list[dict[str, object]]:
    """Every data row of the three report files as {system, reference, date_raw, date, text}."""
    out: list[dict[str, object]] = []
    niche = list(csv.DictReader(io.StringIO(files["niche_rms_export.csv"].decode("cp1252"), newline="")))
    for r in niche:
        out.append({"system": "niche", "reference": r["Occurrence No"], "date_raw": r["Date Created"],
                    "text": r["Details"]})
    partner_text = files["partner_referrals.csv"].decode("utf-8-sig")
    for r in csv.DictReader(io.StringIO(partner_text, newline="")):
        out.append({"system": "partner", "reference": r["Log Ref"], "date_raw": r["Report Date"],
                    "text": r["Narrative"]})
    wb = openpyxl.load_workbook(io.BytesIO(files["intel_scanning.xlsx"]))
    ws = wb["Scanning"]
    for ref, when, text, _grade, _area in ws.iter_rows(min_row=2, values_only=True):
        out.append({"system": "xlsx", "reference": ref, "date_raw": when, "text": text or ""})
    return out


@pytest.fixture(scope="module")
def rows(demo):
    return _rows(demo.files)


@pytest.fixture(scope="module")
def texts(rows):
    return {r["reference"]: r["text"] for r in rows}


@pytest.fixture(scope="module")
def soi_rows(demo):
    return list(csv.DictReader(io.StringIO(demo.soi_files["soi_list.csv"].decode("utf-8"), newline="")))


def test_same_seed_same_bytes_and_other_seed_differs():
    a, b, c = generate_demo(3, MIN_REPORTS), generate_demo(3, MIN_REPORTS), generate_demo(4, MIN_REPORTS)
    assert a.files == b.files and a.soi_files == b.soi_files
    assert a.truth.mentions.equals(b.truth.mentions) and a.truth.persons.equals(b.truth.persons)
    for name in a.files:
        assert a.files[name] != c.files[name], name
    assert a.soi_files != c.soi_files


def test_same_bytes_in_another_process_with_other_hash_seed():
    code = ("import hashlib,sys; from scanassist_core.demo import generate_demo; d = generate_demo(3, 300); "
            "sys.stdout.write(hashlib.sha256(b''.join(v for _, v in sorted({**d.files, **d.soi_files}.items())))"
            ".hexdigest())")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout
    here = generate_demo(3, 300)
    assert out == hashlib.sha256(b"".join(v for _, v in sorted({**here.files, **here.soi_files}.items()))).hexdigest()


def test_default_dataset_is_stable_between_calls(demo):
    again = generate_demo()
    assert again.files == demo.files and again.soi_files == demo.soi_files


def test_too_few_reports_is_refused():
    with pytest.raises(ValueError):
        generate_demo(7, MIN_REPORTS - 1)


def test_counts_and_shapes(demo, rows):
    t = demo.truth
    assert set(demo.files) == REPORT_FILES and set(demo.soi_files) == {"soi_list.csv"}
    assert len(rows) == t.n_reports == 3000
    per_system = Counter(r["system"] for r in rows)
    assert all(n > 300 for n in per_system.values()), per_system
    assert 4 <= len(t.cohorts) <= 6
    assert all(4 <= len(ids) <= 10 for ids in t.cohorts.values())
    assert list(t.persons.columns) == ["person_id", "canonical_name", "forename", "surname", "dob", "age", "child",
                                       "cohort", "on_soi", "variants"]
    assert list(t.mentions.columns) == ["reference", "person_id", "text", "start", "end"]
    assert t.persons["person_id"].is_unique
    assert set(t.mentions["person_id"]) == set(t.persons["person_id"])
    one_off = t.persons[t.persons["cohort"] == ""]
    assert len(one_off) > 1000  # a realistic background of many one-off people
    assert generate_demo(7, 500).truth.n_reports == 500


def test_niche_export_is_cp1252_with_uk_dates(demo, rows):
    raw = demo.files["niche_rms_export.csv"]
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the pound sign and smart quotes are single cp1252 bytes
    header = raw.decode("cp1252").splitlines()[0]
    for col in ("Occurrence No", "Date Created", "Details", "Grading", "Officer"):
        assert col in header
    dates = [r["date_raw"] for r in rows if r["system"] == "niche"]
    bad = [d for d in dates if not re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", d)]
    assert bad == []
    assert sum(d.startswith("31/02/") for d in dates) == 1
    refs = [r["reference"] for r in rows if r["system"] == "niche"]
    assert all(re.fullmatch(r"NICHE-\d{2}-\d{6}", x) for x in refs)


def test_partner_file_is_utf8_with_bom_and_iso_dates(demo, rows):
    raw = demo.files["partner_referrals.csv"]
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0] == "Log Ref,Report Date,Narrative,Source System"
    part = [r for r in rows if r["system"] == "partner"]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date_raw"]) for r in part)
    assert all(re.fullmatch(r"LR-\d{5}", r["reference"]) for r in part)


def test_xlsx_has_real_date_cells(demo):
    wb = openpyxl.load_workbook(io.BytesIO(demo.files["intel_scanning.xlsx"]))
    assert wb.sheetnames == ["Scanning"]
    ws = wb["Scanning"]
    assert [c.value for c in ws[1]][:4] == ["URN", "Intelligence Date", "Intelligence Text", "3x5x2"]
    cells = [row[1] for row in ws.iter_rows(min_row=2)]
    assert len(cells) > 300
    assert all(c.is_date and isinstance(c.value, dt.datetime) for c in cells)
    urns = [row[0].value for row in ws.iter_rows(min_row=2)]
    assert sum(bool(re.fullmatch(r"INT/\d{4}/\d{5}", u)) for u in urns) == len(urns) - 1  # one copied Niche row


def test_dates_span_eighteen_months(rows):
    dates = []
    for r in rows:
        d = r["date_raw"]
        if isinstance(d, dt.datetime):
            dates.append(d.date())
        elif "-" in d:
            dates.append(dt.date.fromisoformat(d))
        elif not d.startswith("31/02/"):
            dates.append(dt.datetime.strptime(d, "%d/%m/%Y %H:%M").date())
    assert min(dates) >= dt.date(2024, 5, 1) and max(dates) <= dt.date(2025, 10, 31)
    assert (max(dates) - min(dates)).days > 500


def test_flaws_are_present_and_few(demo, rows):
    flaws = demo.truth.flaws
    by_ref = defaultdict(list)
    for r in rows:
        by_ref[r["reference"]].append(r)
    dup = by_ref[flaws["duplicate"]]
    assert {r["system"] for r in dup} == {"niche", "xlsx"} and dup[0]["text"] == dup[1]["text"] != ""
    assert [r["reference"] for r in rows if not r["text"].strip()] == [flaws["empty_text"]]
    assert by_ref[flaws["impossible_date"]][0]["date_raw"].startswith("31/02/2025")
    assert sum(len(v) > 1 for v in by_ref.values()) == 1  # the duplicate is the only repeated reference
    assert flaws["duplicate"] in set(demo.truth.mentions["reference"])  # a cohort report, listed once
    assert flaws["empty_text"] not in set(demo.truth.mentions["reference"])


def test_mention_offsets_match_the_files_exactly(demo, texts):
    m = demo.truth.mentions
    assert len(m) > 3000
    wrong = [(r.reference, r.text) for r in m.itertuples() if texts[r.reference][r.start:r.end] != r.text]
    assert wrong == []
    # Variants listed for a person are exactly what was written for them.
    written = m.groupby("person_id")["text"].agg(set)
    for p in demo.truth.persons.itertuples():
        assert set(p.variants.split("; ")) == written[p.person_id]


_PHONE_LIKE = re.compile(r"(?<![\d/])(?:\+44[\s-]?|0)(?:\d[\s-]?){9,10}(?!\d)")


def _all_text(demo, rows) -> str:
    return "\n".join([r["text"] for r in rows] + [demo.soi_files["soi_list.csv"].decode("utf-8")])


def test_every_phone_is_an_ofcom_drama_number(demo, rows):
    found = [re.sub(r"[\s-]", "", p) for p in _PHONE_LIKE.findall(_all_text(demo, rows))]
    assert len(found) > 300
    national = ["0" + p[3:] if p.startswith("+44") else p for p in found]
    bad = [p for p in national if not re.fullmatch(r"07700900\d{3}|01632960\d{3}", p)]
    assert bad == []
    assert any(p.startswith("+44") for p in found) and any(p.startswith("01632") for p in national)


_POSTCODE_LIKE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b", re.I)
_POSTCODE = re.compile(r"[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]? ?\d[ABD-HJLNP-UW-Z]{2}")


def test_every_postcode_has_uk_grammar(demo, rows):
    found = [f"{a} {b}".upper() for a, b in _POSTCODE_LIKE.findall(_all_text(demo, rows))]
    assert len(found) > 200
    assert [p for p in found if not _POSTCODE.fullmatch(p)] == []


def test_vehicle_marks_follow_dvla_rules(demo, rows):
    current = re.findall(r"\b([A-Z]{2})(\d{2}) ?([A-Z]{3})\b", _all_text(demo, rows))
    assert len(current) > 200
    for tag, age, letters in current:
        assert tag[0] in "ABCDEFGHKLMNOPRSVWY" and tag[1] not in "IQZ", tag
        assert 2 <= int(age) <= 25 or 51 <= int(age) <= 75, age
        assert not set(letters) & {"I", "Q"}, letters


def test_only_reserved_email_and_ip_ranges(demo, rows):
    text = _all_text(demo, rows)
    emails = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text)
    assert emails and set(emails) <= {"example.com", "example.org", "example.net"}
    ips = re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", text)
    assert all(ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.")) for ip in ips)


def test_name_variants_are_varied(demo):
    p = demo.truth.persons
    cohort = p[p["cohort"] != ""]
    assert (cohort["variants"].str.count("; ") >= 4).mean() > 0.8  # most cohort people are written 5+ ways
    allv = "; ".join(p["variants"]).split("; ")
    assert any(re.fullmatch(r"[A-Z'\-]{3,}, [A-Z][a-z]+", v) for v in allv)  # SMITH, John
    assert any(re.fullmatch(r"[A-Z]\.? [A-Z'\-]{3,}", v) for v in allv)  # J. SMITH
    assert any(re.fullmatch(r"[a-z]+ [a-z'\-]+", v) for v in allv)  # lower case
    assert any(v.startswith("Mc") and v[2:].isupper() for v in " ".join(allv).split())
    assert any("O'" in v for v in allv) and any(re.search(r"[A-Z]-[A-Z]", v) for v in allv)
    mo = p[p["forename"] == "Mohammed"]
    assert not mo.empty and mo["variants"].str.contains("Muhammad|Mohammad|Mohamed").any()


def test_every_linked_child_appears_with_two_cohort_members_twice(demo):
    t = demo.truth
    p = t.persons.set_index("person_id")
    by_ref = t.mentions.groupby("reference")["person_id"].agg(set)
    linked = [pid for ids in t.cohorts.values() for pid in ids if p.at[pid, "child"]]
    assert len(linked) >= 5
    for name, ids in t.cohorts.items():
        adults = {pid for pid in ids if not p.at[pid, "child"]}
        for child in (pid for pid in ids if p.at[pid, "child"]):
            ages = p.at[child, "age"]
            assert 12 <= ages <= 17
            together = [ref for ref, who in by_ref.items() if child in who and len(who & adults) >= 2]
            assert len(together) >= 2, (name, child)


def test_the_unlisted_thirteen_year_old(demo, soi_rows):
    t = demo.truth
    p = t.persons.set_index("person_id")
    key = t.unlisted_children[0]
    assert p.at[key, "age"] == 13 and p.at[key, "child"] and not p.at[key, "on_soi"]
    assert all(not p.at[c, "on_soi"] and p.at[c, "child"] for c in t.unlisted_children)
    listed = {(r["Forename(s)"].split()[0].lower(), r["Surname"].lower()) for r in soi_rows}
    assert (p.at[key, "forename"].lower(), p.at[key, "surname"].lower()) not in listed
    # ...yet strongly linked to SOI subjects: several reports with someone on the list.
    soi_ids = set(p.index[p["on_soi"]])
    by_ref = t.mentions.groupby("reference")["person_id"].agg(set)
    assert sum(key in who and bool(who & soi_ids) for who in by_ref) >= 3


def test_soi_list_has_listed_variants_decoys_and_absentees(demo, soi_rows, texts):
    t = demo.truth
    assert list(soi_rows[0]) == ["Surname", "Forename(s)", "DOB", "Aliases", "PNC ID", "Phone", "VRM", "Notes"]
    assert 18 <= len(soi_rows) <= 24 and len(t.soi) == len(soi_rows)
    kinds = Counter(t.soi["kind"])
    assert kinds["never_appears"] >= 2 and kinds["decoy_surname"] >= 1 and kinds["decoy_dob"] >= 1
    assert kinds["listed_variant"] >= 3
    assert all(re.fullmatch(r"(\d{2}/\d{2}/\d{4})?", r["DOB"]) for r in soi_rows)
    people = t.persons.set_index("person_id")
    on_list = set(t.soi.loc[t.soi["person_id"] != "", "person_id"])
    assert on_list == set(people.index[people["on_soi"]])
    cohort_people = {pid for ids in t.cohorts.values() for pid in ids}
    assert len(on_list & cohort_people) >= 12
    everything = "\n".join(texts.values()).lower()
    for s in t.soi.itertuples():
        row = soi_rows[s.soi_row - 1]
        surname, fore = row["Surname"], row["Forename(s)"].split()[0]
        if s.kind == "never_appears":
            assert surname.lower() not in everything
        elif s.kind == "decoy_dob":
            twin = people[(people["surname"].str.upper() == surname.upper()) & (people["forename"] == fore)]
            assert len(twin) == 1 and twin["dob"].iloc[0] not in ("", _iso(row["DOB"]))
        elif s.kind == "decoy_surname":
            same = people[(people["surname"].str.upper() == surname.upper()) & (people["cohort"] != "")]
            assert len(same) >= 1 and fore not in set(same["forename"])
        else:
            person = people.loc[s.person_id]
            assert person["surname"].upper() == surname.upper()


def _iso(uk: str) -> str:
    d, m, y = uk.split("/")
    return f"{y}-{m}-{d}"


def test_some_cohorts_grow_in_the_last_months(demo, rows):
    when = {}
    for r in rows:
        d = r["date_raw"]
        if isinstance(d, dt.datetime):
            when[r["reference"]] = d.date()
        elif "-" in d:
            when[r["reference"]] = dt.date.fromisoformat(d)
        elif not d.startswith("31/02/"):
            when[r["reference"]] = dt.datetime.strptime(d, "%d/%m/%Y %H:%M").date()
    t = demo.truth
    growing = 0
    for ids in t.cohorts.values():
        refs = set(t.mentions.loc[t.mentions["person_id"].isin(ids), "reference"])
        early = sum(dt.date(2024, 5, 1) <= when[r] < dt.date(2024, 9, 1) for r in refs if r in when)
        late = sum(dt.date(2025, 7, 1) <= when[r] <= dt.date(2025, 10, 31) for r in refs if r in when)
        growing += late > 2 * early
    assert growing >= 1


def test_write_demo_writes_the_same_bytes(tmp_path):
    paths = write_demo(tmp_path / "out", seed=5, n_reports=MIN_REPORTS)
    data = generate_demo(5, MIN_REPORTS)
    assert {p.name for p in paths} == REPORT_FILES | {"soi_list.csv"}
    for p in paths:
        assert p.read_bytes() == {**data.files, **data.soi_files}[p.name]
