"""Session 6 round 2: "job" before a mobile is the person's work phone, not a job reference; the word
IMEI earlier in a sentence names fifteen digits further on."""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core.extract import extract_mentions
from scanassist_core.settings import Settings


def _phones(text: str) -> set[str]:
    frame = extract_mentions(pd.DataFrame({"report_id": [1], "text": [text]}), Settings.from_env())
    return set(frame.loc[frame["type"] == "PHONE", "text"])


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Contact numbers - home: 01632 960 111, job: 07700 900 333.", "07700 900 333"),
        ("Work: 07700 900 334, job 07700 900335", "07700 900335"),
        ("NOK DETAILS: MOTHER, JOB - 07700 900 337", "07700 900 337"),
    ],
)
def test_mobile_after_job_is_a_phone(text: str, phone: str) -> None:
    assert phone in _phones(text)


def test_job_reference_of_landline_shape_stays_a_reference() -> None:
    assert not _phones("Job no 01632 960999 refers, see log.")


def _imeis(text: str) -> set[str]:
    frame = extract_mentions(pd.DataFrame({"report_id": [1], "text": [text]}), Settings.from_env())
    return set(frame.loc[frame["type"] == "IMEI", "text"])


@pytest.mark.parametrize(
    "text, imei",
    [
        ("Shop search: 40 handsets, IMEI checks done - 22 reported stolen incl 356789012345670 (street robbery 03/07).",
         "356789012345670"),
        ("IMEI numbers run through NMPR, three flagged as lost: 351234567890129 and two others.", "351234567890129"),
    ],
)
def test_imei_named_earlier_in_the_sentence(text: str, imei: str) -> None:
    assert imei in _imeis(text)


def test_fifteen_digits_with_no_imei_word_are_no_imei() -> None:
    assert not _imeis("Account 123456789012345 flagged by the bank. Handset not seized.")
