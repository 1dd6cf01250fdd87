"""The annotated evaluation sets are well formed, and the benchmark scoring is right."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from scanassist_core.schemas import ENTITY_TYPES, ReportSchema

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "_eval.py"
_spec = importlib.util.spec_from_file_location("_eval", _PATH)
ev = importlib.util.module_from_spec(_spec)
sys.modules["_eval"] = ev
_spec.loader.exec_module(ev)

REPORTS = ev.load_set(ev.REPORTS_PATH)
NEWS = ev.load_set(ev.NEWS_PATH)
#: Second, independently written set (EB- ids), held back for one honest run of the benchmarks.
REPORTS_B = ev.load_set(ev.DATA_DIR / "eval_reports_b.jsonl")
#: Fourth set (ED- ids), written by an independent annotator who never saw the extractor; development data.
REPORTS_D = ev.load_set(ev.DATA_DIR / "eval_reports_d.jsonl")
#: Sets E, F, G, H, J, K (session 4), L, M, N, O (session 5), P-Z (session 6), AA, AB (session 7), AD, AE, AF (session 8), AG, AH, AI (session 9) and AJ, AK, AL (session 10), each
#: written by its own independent annotator; development data.
LATER = {k: ev.load_set(ev.DATA_DIR / f"eval_reports_{k}.jsonl") for k in ("e", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al")}
#: Session 6's sets are smaller (about 110-130 reports, 90+ persons each; Y and Z, built around
#: addresses and vehicle marks, about 80 reports).
SMALLER = {"p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"}
ADDRESS_SETS = {"y", "z"}
#: Session 7's sets (AA, AB), session 8's (AD, AE, AF), session 9's (AG, AH, AI) and session 10's (AJ, AK, AL): about 100-120 reports each, every report with an address, mark, phone or handle.
SESSION7 = {"aa", "ab", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al"}
#: Set I (session 4) is held out like set C, and set AC (session 7) beside AA and AB to measure
#: transfer: only checked for form here, never printed.
HELD_OUT_I = ev.load_set(ev.DATA_DIR / "eval_reports_i.jsonl")
HELD_OUT_AC = ev.load_set(ev.DATA_DIR / "eval_reports_ac.jsonl")

MIN_PER_TYPE = {
    "PERSON": 400, "ADDRESS": 60, "PHONE": 40, "EMAIL": 10, "VEHICLE": 35,
    "SOCIAL": 15, "ORGANISATION": 50, "LOCATION": 150,
}
#: Set B is about half the size of set A; its floors scale with it.
MIN_PER_TYPE_B = {
    "PERSON": 300, "ADDRESS": 50, "PHONE": 40, "EMAIL": 10, "VEHICLE": 25,
    "SOCIAL": 12, "ORGANISATION": 60, "LOCATION": 120, "IMEI": 5,
}
#: Set D: floors a little under its actual counts, so losing annotations is noticed.
MIN_PER_TYPE_D = {
    "PERSON": 400, "ADDRESS": 80, "PHONE": 45, "EMAIL": 10, "VEHICLE": 30,
    "SOCIAL": 10, "ORGANISATION": 85, "LOCATION": 150, "IMEI": 3, "NINO": 3,
}
#: Sets E, F, G: floors a little under their actual counts, so losing annotations is noticed.
MIN_PER_TYPE_LATER = {
    "e": {"PERSON": 550, "LOCATION": 230, "ORGANISATION": 100, "ADDRESS": 50, "VEHICLE": 45, "PHONE": 45, "SOCIAL": 25, "IMEI": 8},
    "f": {"PERSON": 650, "LOCATION": 240, "ORGANISATION": 125, "ADDRESS": 80, "VEHICLE": 50, "PHONE": 75, "PNC_ID": 12},
    "g": {"PERSON": 490, "LOCATION": 245, "ORGANISATION": 225, "ADDRESS": 60, "VEHICLE": 38, "PHONE": 36},
    "h": {"PERSON": 470, "LOCATION": 270, "ORGANISATION": 90, "ADDRESS": 55, "VEHICLE": 48, "PHONE": 45, "SOCIAL": 25},
    "j": {"PERSON": 410, "LOCATION": 190, "ORGANISATION": 175, "ADDRESS": 60, "VEHICLE": 50, "PHONE": 38},
    "k": {"PERSON": 480, "LOCATION": 180, "ORGANISATION": 105, "ADDRESS": 60, "VEHICLE": 48, "PHONE": 50},
    "l": {"PERSON": 580, "LOCATION": 215, "ORGANISATION": 125, "ADDRESS": 70, "VEHICLE": 40, "PHONE": 45},
    "m": {"PERSON": 470, "LOCATION": 205, "ORGANISATION": 160, "ADDRESS": 90, "VEHICLE": 60, "PHONE": 45},
    "n": {"PERSON": 600, "LOCATION": 280, "ORGANISATION": 130, "ADDRESS": 50, "VEHICLE": 35, "PHONE": 50, "SOCIAL": 40},
    "o": {"PERSON": 450, "LOCATION": 230, "ORGANISATION": 155, "ADDRESS": 80, "VEHICLE": 55, "PHONE": 38},
    "p": {"PERSON": 445, "LOCATION": 205, "ORGANISATION": 110, "ADDRESS": 40, "VEHICLE": 40, "PHONE": 20},
    "q": {"PERSON": 530, "LOCATION": 265, "ORGANISATION": 175, "ADDRESS": 35, "VEHICLE": 35, "PHONE": 35},
    "r": {"PERSON": 445, "LOCATION": 215, "ORGANISATION": 255, "ADDRESS": 90, "VEHICLE": 25, "PHONE": 30},
    "s": {"PERSON": 475, "LOCATION": 225, "ORGANISATION": 135, "ADDRESS": 105, "VEHICLE": 75, "PHONE": 75},
    "t": {"PERSON": 730, "LOCATION": 225, "ORGANISATION": 195, "ADDRESS": 85, "VEHICLE": 25, "PHONE": 30},
    "u": {"PERSON": 350, "LOCATION": 205, "ORGANISATION": 130, "ADDRESS": 20, "VEHICLE": 100, "PHONE": 20},
    "v": {"PERSON": 385, "LOCATION": 180, "ORGANISATION": 145, "ADDRESS": 35, "VEHICLE": 20, "PHONE": 50},
    "w": {"PERSON": 540, "LOCATION": 245, "ORGANISATION": 150, "ADDRESS": 65, "VEHICLE": 45, "PHONE": 45},
    "x": {"PERSON": 390, "LOCATION": 175, "ORGANISATION": 105, "ADDRESS": 40, "VEHICLE": 35, "PHONE": 15},
    "y": {"PERSON": 225, "LOCATION": 90, "ORGANISATION": 80, "ADDRESS": 130, "VEHICLE": 80, "PHONE": 5},
    "z": {"PERSON": 275, "LOCATION": 100, "ORGANISATION": 75, "ADDRESS": 115, "VEHICLE": 85, "PHONE": 15},
    "aa": {"PERSON": 320, "LOCATION": 150, "ORGANISATION": 80, "ADDRESS": 55, "VEHICLE": 65, "PHONE": 60},
    "ab": {"PERSON": 410, "LOCATION": 170, "ORGANISATION": 170, "ADDRESS": 115, "VEHICLE": 44, "PHONE": 45},
    "ad": {"PERSON": 320, "LOCATION": 210, "ORGANISATION": 110, "ADDRESS": 40, "VEHICLE": 135, "PHONE": 25},
    "ae": {"PERSON": 370, "LOCATION": 125, "ORGANISATION": 85, "ADDRESS": 45, "VEHICLE": 48, "PHONE": 58, "SOCIAL": 25},
    "af": {"PERSON": 395, "LOCATION": 185, "ORGANISATION": 165, "ADDRESS": 50, "VEHICLE": 45, "PHONE": 48},
    "ag": {"PERSON": 470, "LOCATION": 245, "ORGANISATION": 105, "ADDRESS": 50, "VEHICLE": 50, "PHONE": 36},
    "ah": {"PERSON": 440, "LOCATION": 210, "ORGANISATION": 360, "ADDRESS": 70, "VEHICLE": 35, "PHONE": 42},
    "ai": {"PERSON": 430, "LOCATION": 230, "ORGANISATION": 140, "ADDRESS": 68, "VEHICLE": 56, "PHONE": 62},
    "aj": {"PERSON": 285, "LOCATION": 170, "ORGANISATION": 70, "ADDRESS": 30, "VEHICLE": 50, "PHONE": 20},
    "ak": {"PERSON": 475, "LOCATION": 205, "ORGANISATION": 95, "ADDRESS": 35, "VEHICLE": 25, "PHONE": 30},
    "al": {"PERSON": 315, "LOCATION": 215, "ORGANISATION": 125, "ADDRESS": 60, "VEHICLE": 50, "PHONE": 35},
}


@pytest.mark.parametrize(
    "records",
    [REPORTS, NEWS, REPORTS_B, REPORTS_D, *LATER.values(), HELD_OUT_I, HELD_OUT_AC],
    ids=["reports", "news", "reports_b", "reports_d", *LATER, "held_out_i", "held_out_ac"],
)
def test_spans_valid_and_non_overlapping(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for r in records:
        text = r["text"]
        spans = sorted((e["start"], e["end"]) for e in r["entities"])
        for e in r["entities"]:
            assert e["type"] in ENTITY_TYPES, (r["id"], e)
            assert 0 <= e["start"] < e["end"] <= len(text), (r["id"], e)
            span = text[e["start"] : e["end"]]
            assert span == span.strip() and span.strip("\"'") == span, (r["id"], span)
            if e["type"] == "PERSON":
                assert e.get("person"), (r["id"], span)
            else:
                assert "person" not in e, (r["id"], span)
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert c >= b, (r["id"], text[a:b], text[c:d])


@pytest.mark.parametrize(
    "records, min_reports, minimums",
    [(REPORTS, 200, MIN_PER_TYPE), (REPORTS_B, 120, MIN_PER_TYPE_B), (REPORTS_D, 120, MIN_PER_TYPE_D)],
    ids=["reports", "reports_b", "reports_d"],
)
def test_reports_set_size_styles_and_types(records, min_reports, minimums):
    assert len(records) >= min_reports
    assert len({r["style"] for r in records}) >= 12
    counts = Counter(e["type"] for r in records for e in r["entities"])
    for t, n in minimums.items():
        assert counts[t] >= n, (t, counts[t])
    assert any(not r["entities"] for r in records)  # reports with no subjects at all


def test_reports_b_is_a_separate_set():
    """Set B shares no id and no text with set A, so scoring it is not scoring tuned-on data."""
    assert all(r["id"].startswith("EB-") for r in REPORTS_B)
    assert not {r["id"] for r in REPORTS} & {r["id"] for r in REPORTS_B}
    assert not {r["text"] for r in REPORTS} & {r["text"] for r in REPORTS_B}


def test_reports_d_is_a_separate_set():
    """Set D shares no id and no text with sets A and B."""
    assert all(r["id"].startswith("ED-") for r in REPORTS_D)
    assert not {r["id"] for r in REPORTS + REPORTS_B} & {r["id"] for r in REPORTS_D}
    assert not {r["text"] for r in REPORTS + REPORTS_B} & {r["text"] for r in REPORTS_D}


@pytest.mark.parametrize("key", list(LATER))
def test_later_sets_size_types_and_independence(key):
    """E, F, G: each a separate set (own id prefix, no text shared with any other dev set), big enough
    to measure by type, with persons written in several reports."""
    records = LATER[key]
    assert len(records) >= (80 if key in ADDRESS_SETS else 100 if key in SESSION7 else 110 if key in SMALLER else 130)
    assert len({r["style"] for r in records}) >= (8 if key == "k" else 12)  # K: 8 hasty styles
    counts = Counter(e["type"] for r in records for e in r["entities"])
    for t, n in MIN_PER_TYPE_LATER[key].items():
        assert counts[t] >= n, (t, counts[t])
    prefix = "EV2-" if key == "v" else "E" + key.upper() + "-"  # set A already uses "EV-"
    assert all(r["id"].startswith(prefix) for r in records)
    others = REPORTS + REPORTS_B + REPORTS_D + HELD_OUT_I + HELD_OUT_AC + [r for k, rs in LATER.items() if k != key for r in rs]
    assert not {r["id"] for r in others} & {r["id"] for r in records}
    assert not {r["text"] for r in others} & {r["text"] for r in records}


def test_news_set_types():
    assert len(NEWS) >= 30
    assert {e["type"] for r in NEWS for e in r["entities"]} == {"PERSON", "ORGANISATION", "LOCATION"}


#: Set AJ (officers' quick notes) names 85 people, fewer than the other sets of its size.
@pytest.mark.parametrize(
    "records, min_persons",
    [(REPORTS, 100), (REPORTS_B, 80), (REPORTS_D, 100), *((r, 80 if k == "aj" else 90 if k in SMALLER | SESSION7 else 110) for k, r in LATER.items())],
    ids=["reports", "reports_b", "reports_d", *LATER],
)
def test_person_ids_consistent_across_reports(records, min_persons):
    per_person = Counter(e["person"] for r in records for e in r["entities"] if e["type"] == "PERSON")
    reports_per_person = Counter()
    for r in records:
        for pid in {e["person"] for e in r["entities"] if e["type"] == "PERSON"}:
            reports_per_person[pid] += 1
    # Real cross-report resolution work (the smaller address sets Y and Z: 15).
    assert sum(1 for n in reports_per_person.values() if n >= 3) >= (15 if len(records) < 100 else 20)
    assert len(per_person) >= min_persons


#: Set J's name twins are never written the same way twice, and sets AE and AL have one written twin
#: each (their other pairs are written differently each time), so none of them is in this check.
_TWINS = {k: v for k, v in LATER.items() if k not in {"j", "ae", "al"}}


@pytest.mark.parametrize("records", [REPORTS_B, REPORTS_D, *_TWINS.values()], ids=["reports_b", "reports_d", *_TWINS])
def test_reports_have_same_name_different_people(records):
    """Sets B and D hold name twins (same written name, different DOB) that a resolver must keep apart."""
    names: dict[str, set] = {}
    for r in records:
        for e in r["entities"]:
            if e["type"] == "PERSON":
                key = " ".join(r["text"][e["start"] : e["end"]].lower().replace(",", " ").split())
                if " " in key:
                    names.setdefault(key, set()).add(e["person"])
    assert sum(1 for pids in names.values() if len(pids) > 1) >= 2


def test_reports_frame_matches_schema():
    df = ev.reports_frame(REPORTS[:5])
    assert list(df.columns) == ReportSchema.names()
    assert df["reference"].tolist() == [r["id"] for r in REPORTS[:5]]
    assert df["report_id"].tolist() == [1, 2, 3, 4, 5]
    assert (df["source"] == "eval").all()
    assert str(df["date"].dtype) == "datetime64[ns]"


# --- scoring on tiny hand-made examples ------------------------------------------------------

G = [
    ev.Span("R1", "PERSON", 0, 10, person="a"),
    ev.Span("R1", "PHONE", 20, 32),
    ev.Span("R2", "PERSON", 5, 9, person="a"),
    ev.Span("R2", "PERSON", 15, 20, person="b"),
]


def test_perfect_prediction_scores_one():
    scores = ev.score_exact(G, G)
    assert all(s.f1 == 1.0 for s in scores.values())
    assert scores["MICRO"].support == 4
    assert ev.bcubed({g.key: g.person for g in G if g.person}, {g.key: g.person for g in G if g.person}) == (1.0, 1.0, 1.0)


def test_missing_span_lowers_recall_only():
    scores = ev.score_exact(G, G[:-1])
    assert scores["PERSON"].recall == pytest.approx(2 / 3)
    assert scores["PERSON"].precision == 1.0
    assert scores["PHONE"].f1 == 1.0
    assert scores["MICRO"].recall == pytest.approx(3 / 4)


def test_wrong_boundary_is_exact_miss_but_lenient_hit():
    pred = [G[0], G[1], ev.Span("R2", "PERSON", 5, 12), G[3]]
    assert ev.score_exact(G, pred)["PERSON"].tp == 2
    assert ev.score_exact(G, pred)["PERSON"].fp == 1
    lenient = ev.score_lenient(G, pred)["PERSON"]
    assert (lenient.tp, lenient.fp, lenient.fn) == (3, 0, 0)
    wrong_type = [ev.Span("R2", "LOCATION", 15, 20)]
    assert ev.score_lenient(G, wrong_type)["LOCATION"].fp == 1


def test_merged_cluster_lowers_bcubed_precision():
    gold = {"m1": "a", "m2": "a", "m3": "b"}
    p, r, f = ev.bcubed(gold, {"m1": 1, "m2": 1, "m3": 1})
    assert r == 1.0 and p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3) and f < 1.0


def test_split_and_unmatched_mentions_lower_bcubed_recall():
    gold = {"m1": "a", "m2": "a", "m3": "b"}
    p, r, _ = ev.bcubed(gold, {"m1": 1, "m3": 2})  # m2 unmatched -> singleton
    assert p == 1.0 and r == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)


def test_assign_person_clusters_exact_then_overlap():
    persons = [g for g in G if g.type == "PERSON"]
    mentions = pd.DataFrame(
        {
            "reference": ["R1", "R1", "R2", "R2"],
            "type": ["PERSON", "PERSON", "person", "PHONE"],
            "start": [0, 0, 6, 15],
            "end": [4, 10, 9, 20],
            "subject_id": ["S9", "S1", "S1", "S2"],
        }
    )
    got = ev.assign_person_clusters(persons, mentions)
    assert got == {("R1", "PERSON", 0, 10): "S1", ("R2", "PERSON", 5, 9): "S1"}  # PHONE never matches a person


def test_gold_person_mentions_carry_dob_and_age():
    recs = [
        {"id": "X-1", "date": "2025-01-01", "style": "t", "text": "SMITH, John (DOB 01/02/1990) and Kyle (15) met.",
         "entities": [{"type": "PERSON", "start": 0, "end": 11, "person": "p1"},
                      {"type": "PERSON", "start": 33, "end": 37, "person": "p2"}]}
    ]
    df = ev.gold_person_mentions(recs, ev.reports_frame(recs))
    assert df["key"].tolist() == ["smith, john", "kyle"]
    assert df["attrs"].tolist() == ['{"dob": "1990-02-01"}', '{"age": 15}']
    assert df["report_id"].tolist() == [1, 1]


#: Ofcom's drama ranges: mobiles, 01632, and the 1,000-number blocks in geographic codes.
_DRAMA_PHONE = r"07700900\d{3}|01632960\d{3}|01(?:13|14|31|41)4960\d{3}|02079460\d{3}|02920180\d{3}"


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


@pytest.mark.parametrize("records", [REPORTS, REPORTS_B, REPORTS_D], ids=["reports", "reports_b", "reports_d"])
def test_identifiers_are_reserved_fictional_ranges(records):
    """Phones only in Ofcom's drama ranges, emails only on example domains, no titles in names."""
    import re

    for r in records:
        for e in r["entities"]:
            span = r["text"][e["start"] : e["end"]]
            if e["type"] == "PHONE":
                digits = re.sub(r"^440?", "0", re.sub(r"\D", "", span))
                assert re.fullmatch(_DRAMA_PHONE, digits), span
            elif e["type"] == "EMAIL":
                assert re.search(r"(^|\.)example\.(com|org|net)$", span.split("@")[1]), span
            elif e["type"] == "PERSON":
                assert not re.match(r"(?i)(mr|mrs|ms|miss|dr|pc|dc|ds)\.?\s", span), span
            elif e["type"] == "IMEI":
                assert re.fullmatch(r"\d{15}", span) and _luhn_ok(span), span
            elif e["type"] == "IP_ADDRESS":
                assert re.match(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$|2001:db8:", span), span


@pytest.mark.parametrize("key", ["l", "m"])
def test_second_annotations_cover_their_set_with_valid_spans(key):
    """The second annotation (benchmarks/annotator_agreement.py) covers every report of its set with
    spans inside the text, of known types, sorted and never overlapping."""
    second = {r["id"]: r["entities"] for r in map(json.loads, (ev.DATA_DIR / f"agreement_{key}_second.jsonl").read_text().splitlines())}
    records = LATER[key]
    assert set(second) == {r["id"] for r in records}
    for r in records:
        ents = second[r["id"]]
        assert all(e["type"] in ENTITY_TYPES and 0 <= e["start"] < e["end"] <= len(r["text"]) for e in ents), r["id"]
        spans = sorted((e["start"], e["end"]) for e in ents)
        assert all(c >= b for (_, b), (c, _) in zip(spans, spans[1:])), r["id"]
