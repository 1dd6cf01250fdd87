"""Half-cased notes (session 6, round 1): a writer who leaves sentences and names lower case but
types shorthand, a SURNAME or a shop name in capitals is read like a case-less note, keeping the
writer's own capitals."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from scanassist_core.extract._case import half_cased
from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._truecase import truecase


def _half_view(text: str) -> str:
    cased = truecase(text, lexicon())
    assert cased is not None and len(cased) == len(text) and cased.lower() == text.lower()
    return cased


@pytest.mark.parametrize(
    "text",
    [
        "0215 - 3B2 stopped a blue corsa on the ring road. driver gave name as callum pryce, PNC shows wanted. "
        "passenger refused details.",
        "handover nights: DA at the flats again. shannon reilly says her ex danny came round drunk. "
        "DASH done, MARAC ref sent.",
        "seen tyler n his mate josh by the Co-op 1600hrs, both off school. josh had a NF bag",
        "PNB - PC 4471 HARGREAVES\nattended re noise. occupant gave name as marta kowalska. no offences disclosed.",
    ],
)
def test_hasty_notes_with_shorthand_in_capitals_are_half_cased(text: str) -> None:
    assert half_cased(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers attended the address at 2200 hrs. The occupant, Marta Kowalska, said nothing had happened.",
        "Intelligence suggests the group meets at the Co-op, e.g. after school. No further action.",
        "Driver stopped on the A38. PNC checks showed no markers. Words of advice given.",
        "Hi all, can I confirm the referral was made on 3/1 and the family have been told. Thanks",
    ],
)
def test_ordinary_writing_is_not_half_cased_and_has_no_view(text: str) -> None:
    assert not half_cased(text)
    assert truecase(text, lexicon()) is None


def test_the_writers_capitals_are_kept_and_lower_case_names_cased() -> None:
    text = "seen tyler n his mate josh by the Co-op 1600hrs, both off school. josh had a NF bag"
    view = _half_view(text)
    assert "Tyler" in view and "Josh had" in view  # names the writer left lower case
    assert "Co-op" in view and "NF bag" in view  # the writer's own capitals, word for word
    assert "both off school" in view  # no sentence-start capitals in a half-cased note


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("called to Sharp Cutz barbers green lane. owner ravi patel says a lad came in", "Cutz barbers green lane."),
        ("youths gathering by Oakfield Retail park most nights. asb reported by staff, kayleigh doyle (19) named",
         "Oakfield Retail park"),
        ("plaques nicked from Hope Street memorial gardens last night, ravi patel seen", "Street memorial gardens"),
        ("driver has a PHV licence but no insurance. car seized. tyrone bailey reported", "PHV licence"),
    ],
)
def test_lower_word_after_the_writers_capitals_stays_lower(text: str, kept: str) -> None:
    assert kept in _half_view(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("0215 - 3B2 stopped a blue corsa on the ring road. driver gave name as callum pryce, PNC shows wanted. "
         "passenger refused details.", "callum pryce"),
        ("handover nights: DA at the flats again. shannon reilly (24) says her ex came round drunk. "
         "DASH done, MARAC ref sent.", "shannon reilly"),
        ("PNB - PC 4471 HARGREAVES\nattended re noise. occupant gave name as marta kowalska. no offences disclosed.",
         "marta kowalska"),
        ("NTE - spoke to door staff at Vibe. they say liam oduya was ejected 0130 for fighting. CCTV requested.",
         "liam oduya"),
    ],
)
def test_names_left_lower_case_in_half_cased_notes_are_found(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)
