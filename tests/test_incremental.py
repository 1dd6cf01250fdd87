"""Incremental analysis: adding a file extracts only its new reports and keeps the analyst's work.

Counts real extraction calls (``Extractor.calls``) with the installed spaCy model on a few short
reports, in one live session and after saving and reopening a workspace.
"""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core import ingest, soi, workspace
from scanassist_core.extract import Extractor, load_nlp
from scanassist_core.pipeline import analyse
from scanassist_core.resolve import Corrections
from scanassist_core.settings import Settings

FILE_A = b"""Intelligence Reference,Intelligence Date,Intelligence Text
RMS/24/0101,03/02/2024,"Darren KELLY (DOB 14/03/1991) was seen dealing cannabis outside the Spar on Mill Lane. He was using mobile 07700 900123 and left in a silver Ford Focus VRM AB12 CDE."
RMS/24/0102,05/02/2024,"Source reports that KELLY is working with Shannon PRICE. PRICE holds the phone 07700 900456 and collects cash from runners at 14 Tanner Street."
RMS/24/0103,09/02/2024,"Officers stopped AB12 CDE on the ring road. Driver Darren KELLY, passenger Liam O'NEILL. Strong smell of cannabis, nothing found."
RMS/24/0104,11/02/2024,"Liam ONEILL believed to be storing drugs for KELLY at 14 Tanner Street. Contact number 07700 900456 seen on a tick list."
RMS/24/0105,20/02/2024,"Anonymous call: a man called Jay is running county lines from the Northgate estate using 07700 900789."
"""

# Three new texts, one known text under a new reference (kept, but already extracted) and one
# exact duplicate of a file-A row (recognised and dropped by ingest).
FILE_B = b"""Intelligence Reference,Intelligence Date,Intelligence Text
PND/24/7701,02/03/2024,"Shannon PRICE (DOB 02/11/1995) arrested at 14 Tanner Street with 07700 900456 in her possession."
PND/24/7702,04/03/2024,"Darren KELLY seen with Liam O'NEILL in the silver Ford Focus AB12 CDE at the Northgate estate."
PND/24/7703,07/03/2024,"Jay now using 07700 900321; phone 07700 900789 switched off. Jay linked to Shannon PRICE."
PND/24/7704,20/02/2024,"Anonymous call: a man called Jay is running county lines from the Northgate estate using 07700 900789."
RMS/24/0101,03/02/2024,"Darren KELLY (DOB 14/03/1991) was seen dealing cannabis outside the Spar on Mill Lane. He was using mobile 07700 900123 and left in a silver Ford Focus VRM AB12 CDE."
"""

SOI_LIST = b"""Surname,Forename,DOB
KELLY,Darren,14/03/1991
"""


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="module")
def session(nlp):
    """File A analysed, then corrected by the analyst, then file B added in the same session."""
    settings = Settings()
    ex = Extractor(settings, nlp=nlp)
    ing_a = ingest.ingest_files([("rms.csv", FILE_A)])
    entries = soi.combine_soi_lists([soi.read_soi_list(SOI_LIST, "soi.csv")])
    first = analyse(ing_a, settings=settings, extractor=ex, soi_entries=entries)
    calls_a = ex.calls

    subjects, mentions = first.subjects, first.mentions
    phone = subjects[(subjects["type"] == "PHONE") & (subjects["key"].str.contains("7700900789"))]
    persons = subjects[subjects["type"] == "PERSON"]
    price = persons[persons["name"].str.contains("PRICE", case=False)]
    oneill = persons[persons["name"].str.contains("NEILL", case=False)]
    assert len(phone) == 1 and len(price) == 1 and len(oneill) >= 1, subjects[["type", "name", "key"]]
    corrections = Corrections()
    corrections.merge([price["subject_id"].iloc[0], oneill["subject_id"].iloc[0]], subjects, mentions)
    corrections.not_a_subject(phone["subject_id"].iloc[0], subjects, mentions)
    matches = first.soi_matches
    assert len(matches), "the SOI list should match Darren KELLY"
    decisions = {str(matches["match_key"].iloc[0]): "confirmed"}
    before = analyse(ing_a, settings=settings, extractor=ex, corrections=corrections, soi_entries=entries,
                     soi_decisions=decisions)
    calls_before_b = ex.calls

    ing_ab = ingest.ingest_files([("rms.csv", FILE_A), ("pnd.csv", FILE_B)])
    after = analyse(ing_ab, settings=settings, extractor=ex, corrections=corrections, soi_entries=entries,
                    soi_decisions=decisions)
    return {
        "ex": ex, "calls_a": calls_a, "calls_before_b": calls_before_b, "calls_after": ex.calls,
        "ing_a": ing_a, "ing_ab": ing_ab, "entries": entries, "decisions": decisions, "corrections": corrections,
        "before": before, "after": after, "price": str(price["name"].iloc[0]), "oneill": str(oneill["name"].iloc[0]),
    }


def _unique_texts(reports: pd.DataFrame) -> set[str]:
    return set(reports["text"].astype(str))


def test_first_run_extracts_each_text_once(session):
    assert session["calls_a"] == len(_unique_texts(session["ing_a"].reports)) == 5
    # Re-running with corrections and SOI decisions extracts nothing.
    assert session["calls_before_b"] == session["calls_a"]


def test_adding_a_file_extracts_only_its_new_texts(session):
    ing_a, ing_ab = session["ing_a"], session["ing_ab"]
    new_texts = _unique_texts(ing_ab.reports) - _unique_texts(ing_a.reports)
    assert len(ing_ab.reports) == 9 and len(ing_ab.duplicates) == 1
    assert len(new_texts) == 3
    assert session["calls_after"] - session["calls_before_b"] == len(new_texts)


def _subject_of(analysis, name_part: str) -> set[str]:
    m = analysis.mentions
    hit = m[(m["type"] == "PERSON") & m["text"].str.contains(name_part, case=False)]
    return set(hit["subject_id"])


def test_corrections_and_soi_decisions_survive_adding_a_file(session):
    before, after = session["before"], session["after"]
    for analysis in (before, after):
        # Merge: PRICE and O'NEILL mentions (including file B's new ones) are one subject.
        merged = _subject_of(analysis, "PRICE") | _subject_of(analysis, "NEILL")
        assert len(merged) == 1 and "" not in merged
        # Not-a-subject: every mention of 07700 900789 is excluded, file B's new one too.
        phone = analysis.mentions[analysis.mentions["key"].str.contains("7700900789", na=False)]
        assert len(phone) and (phone["subject_id"] == "").all()
        assert not analysis.subjects["key"].str.contains("7700900789", na=False).any()
        # SOI confirmation is kept.
        decided = analysis.soi_matches[analysis.soi_matches["match_key"].isin(list(session["decisions"]))]
        assert list(decided["status"]) == ["confirmed"]
    assert len(after.mentions[after.mentions["reference"].str.startswith("PND")]) > 0
    assert len(_subject_of(after, "PRICE")) == 1


def test_incremental_equals_a_fresh_analysis_of_all_files(session, nlp):
    fresh = analyse(session["ing_ab"], settings=Settings(), extractor=Extractor(Settings(), nlp=nlp),
                    corrections=session["corrections"], soi_entries=session["entries"],
                    soi_decisions=session["decisions"])
    after = session["after"]
    for name in ("mentions", "subjects", "links", "cohorts", "soi_matches"):
        pd.testing.assert_frame_equal(getattr(after, name), getattr(fresh, name), obj=name)


def test_reopened_workspace_adds_a_file_extracting_only_new_texts(session, nlp):
    before = session["before"]
    restored, _ = workspace.open_workspace(workspace.save_workspace(before))

    ex = Extractor(Settings(), nlp=nlp)
    seeded = workspace.prime_extractor(ex, restored)
    assert seeded == len(_unique_texts(before.reports)) and ex.calls == 0
    # The seeded cache gives exactly what the model gave (no extraction call).
    pd.testing.assert_frame_equal(ex.extract(restored.reports),
                                  session["ex"].extract(session["ing_a"].reports))
    assert ex.calls == 0

    # The reopened files plus file B combine exactly like uploading both in one session.
    combined = ingest.combine(workspace.file_results(restored) + [ingest.ingest_file(FILE_B, "pnd.csv")])
    for name in ("reports", "rejected", "duplicates", "files"):
        pd.testing.assert_frame_equal(getattr(combined, name), getattr(session["ing_ab"], name), obj=name)

    after = analyse(combined, settings=restored.settings, extractor=ex, corrections=restored.corrections,
                    soi_entries=restored.soi_entries, soi_decisions=restored.run_info.get("soi_decisions"))
    assert ex.calls == 3
    for name in ("mentions", "subjects", "links", "cohorts", "soi_matches"):
        pd.testing.assert_frame_equal(getattr(after, name), getattr(session["after"], name), obj=name)


def test_prime_extractor_refuses_another_model(session, nlp):
    ex = Extractor(Settings(spacy_model="some_other_model"), nlp=nlp)
    assert workspace.prime_extractor(ex, session["before"]) == 0
