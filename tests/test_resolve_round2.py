"""Person resolution, round 2: year-only birth details, 'the other X' cues, case-only name
forms, transliterated and double-barrelled surnames, particles and clipped diminutives."""

from __future__ import annotations

import pandas as pd

from scanassist_core._resolve_context import birth_year_after, other_bearer
from scanassist_core.resolve import resolve

from _person_frames import person_mentions, report_frame


def _frame(texts: dict[int, str], names: dict[int, list[str]], attrs: dict | None = None):
    return person_mentions(texts, names, attrs), report_frame(texts, date_of=lambda r: pd.Timestamp("2024-06-01"))


def labels(texts: dict[int, str], names: dict[int, list[str]], attrs: dict | None = None) -> list[str]:
    """Subject id of each mention, in the order given."""
    m, r = _frame(texts, names, attrs)
    _, out = resolve(m, r)
    return out["subject_id"].tolist()


# ------------------------------------------------------------------ year-only birth details


def test_year_only_forms_are_read() -> None:
    assert birth_year_after("Mia ROWE (b.2003) was", 8) == 2003
    assert birth_year_after("Mia ROWE, born in 1988, was", 8) == 1988
    assert birth_year_after("Mia ROWE YOB: 1975 was", 8) == 1975
    assert birth_year_after("Mia ROWE aged 31 in 2022", 8) == 1991
    # a full date or a plain later year is not a year-only birth form
    assert birth_year_after("Mia ROWE DOB 1975/03/02", 8) is None
    assert birth_year_after("Mia ROWE in 2019 moved", 8) is None


def test_same_name_with_different_birth_years_stay_apart_in_one_report() -> None:
    t = {1: "Owen PRICE (b.1979) drove. His son Owen PRICE (b.2006) was a passenger."}
    a, b = labels(t, {1: ["Owen PRICE", "Owen PRICE"]})
    assert a != b


def test_same_name_with_same_birth_year_joins_across_reports() -> None:
    t = {1: "Owen PRICE born 1979 stopped.", 2: "Owen PRICE, born 1979, arrested."}
    a, b = labels(t, {1: ["Owen PRICE"], 2: ["Owen PRICE"]})
    assert a == b


def test_dob_is_not_copied_onto_a_same_name_mention_with_another_age_at_date() -> None:
    t = {1: "Nia HOLT (DOB 02/02/1960) is the mother. Nia HOLT, aged 19 in 2023, is the daughter."}
    attrs = {(1, 0): {"dob": "1960-02-02"}}
    a, b = labels(t, {1: ["Nia HOLT", "Nia HOLT"]}, attrs)
    assert a != b
    # and without a contradicting age the repeated name is the same person
    t2 = {1: "Nia HOLT (DOB 02/02/1960) is the mother. Nia HOLT later left."}
    a, b = labels(t2, {1: ["Nia HOLT", "Nia HOLT"]}, attrs)
    assert a == b


def test_other_bearer_cue_keeps_a_second_person_of_the_same_name_apart() -> None:
    cued = "not to be confused with the other Sam LEE"
    assert other_bearer(cued, cued.index("Sam"))
    assert not other_bearer("spoke to Sam LEE", 9)
    t = {1: "Sam LEE was present. This is not the Sam LEE from the garage."}
    a, b = labels(t, {1: ["Sam LEE", "Sam LEE"]})
    assert a != b
    t2 = {1: "Sam LEE was present. Later Sam LEE left the garage."}
    a, b = labels(t2, {1: ["Sam LEE", "Sam LEE"]})
    assert a == b


# ------------------------------------------------------------------ name forms


def test_pet_ending_on_a_clipped_stem_is_the_same_forename_but_not_a_listed_pet_of_another() -> None:
    from scanassist_core._resolve_names import forename_score

    assert forename_score("tomek", "tomasz") >= 0.85
    assert forename_score("kenny", "kennedy") == 0.0  # Kenny is Kenneth's in the tables
    assert forename_score("tomek", "tobias") == 0.0


def test_particle_surnames_written_joined_hyphenated_or_spaced_are_one_person() -> None:
    t = {1: "Yusuf AL-HAKIM seen.", 2: "Yusuf Al Hakim seen.", 3: "Yusuf ALHAKIM seen.", 4: "Yusuf EL-AMIN seen."}
    a, b, c, d = labels(t, {1: ["Yusuf AL-HAKIM"], 2: ["Yusuf Al Hakim"], 3: ["Yusuf ALHAKIM"], 4: ["Yusuf EL-AMIN"]})
    assert a == b == c
    assert d != a


def test_capitals_and_lower_case_forms_join_their_normal_form() -> None:
    t = {1: "Kyle O'BRIEN was stopped.", 2: "RMS: KYLE OBRIEN", 3: "note: kyle obrien again", 4: "Kyle BROWN seen"}
    a, b, c, d = labels(t, {1: ["Kyle O'BRIEN"], 2: ["KYLE OBRIEN"], 3: ["kyle obrien"], 4: ["Kyle BROWN"]})
    assert a == b == c
    assert d != a
