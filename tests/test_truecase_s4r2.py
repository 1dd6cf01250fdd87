"""Case-less reports (session 4, round 2): nominal-record field labels, words for a subject's
manner and bare verbs after a forename are no surnames; SURNAME, Forename pairs after a naming
"as", a spaced dash or an earlier pair of a list. Each in shouted and lower-case writing."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._pipeline import Extractor
from scanassist_core.extract._truecase import truecase


def _view(text: str) -> str:
    view = truecase(text, lexicon())
    assert view is not None and len(view) == len(text) and view.lower() == text.lower()
    return view


def _persons(text: str) -> list[str]:
    return [f.text.lower() for f in Extractor().extract_text(text) if f.type == "PERSON"]


@pytest.mark.parametrize("recase", [str.upper, str.lower])
def test_field_labels_of_a_nominal_record_are_no_names(recase) -> None:
    text = recase("SURNAME DOBSON FORENAME LIAM DOB 02/05/1990 PNC 11/123456A ADDRESS 4 MILL LANE")
    view = _view(text)
    assert "DOBSON" in view and "Liam" in view and "FORENAME" not in view
    assert sorted(_persons(text)) == ["dobson", "liam"]


def test_forenames_label_with_a_colon_takes_every_forename() -> None:
    text = "surname: hartley forenames: jade louise dob 03/03/2001 nationality: british"
    assert "HARTLEY" in _view(text) and "Jade Louise" in _view(text)
    assert sorted(_persons(text)) == ["hartley", "jade louise"]


def test_the_word_surname_in_narration_stays_lower_case() -> None:
    view = _view("male refused to give his surname or forename to officers and was arrested")
    assert "surname" in view and "forename" in view


@pytest.mark.parametrize("recase", [str.upper, str.lower])
@pytest.mark.parametrize("word", ["mouthy", "lairy", "gobby"])
def test_a_word_for_manner_after_a_forename_is_no_surname(recase, word) -> None:
    text = recase(f"group moved on from the park. kyle {word} and abusive to officers, warned.")
    assert word.upper() not in _view(text)
    assert _persons(text) == ["kyle"]


@pytest.mark.parametrize("text,verb", [
    ("her man florin run the girls out of the flat above the shop", "run"),
    ("word is tasha sell a bag to the lads every night near the flats", "sell"),
])
def test_a_bare_verb_before_its_object_is_no_surname(text: str, verb: str) -> None:
    assert verb.upper() not in _view(text)
    assert verb not in " ".join(_persons(text))


def test_a_surname_noun_before_an_apposition_still_reads_as_the_surname() -> None:
    assert "john frost" in _persons("we saw john frost the landlord at the bar")


@pytest.mark.parametrize("recase", [str.upper, str.lower])
@pytest.mark.parametrize("text,name", [
    ("suspect identified from cctv as cole, harvey (pnc 08/112937y). cole got off at the station.", "cole, harvey"),
    ("pnd enquiry - hollis, terence record from sussex police: previous for theft.", "hollis, terence"),
    ("nrm referral made - positive - hassani, ali (afghan, 20). placed in a safe house", "hassani, ali"),
    ("associates: docherty, jamie-lee ; gallagher, sean", "docherty, jamie-lee"),
])
def test_surname_comma_forename_after_as_a_dash_or_in_a_list(recase, text: str, name: str) -> None:
    assert name in _persons(recase(text))


@pytest.mark.parametrize("text", [
    "the lines run to towns such as leeds, bradford and york every week",
    "as usual, kyle was late to the meeting and left early",
    "devices seized: laptop, iphone (imei 352898119044718)",
])
def test_no_surname_comma_forename_in_ordinary_commas(text: str) -> None:
    view = _view(text)
    assert "LEEDS" not in view and "USUAL" not in view and "LAPTOP" not in view


@pytest.mark.parametrize("text,name", [
    ("RTC REPORT. DRIVER ARRESTED - NO INSURANCE. VEH SEIZED. PASSENGER: MCALLISTER JORDAN", "mcallister jordan"),
    ("ANPR HIT M1 - REG KEEPER TURNER JOSHUA 31 MONKS PARK ROAD, NORTHAMPTON", "turner joshua"),
    ("VAN LINKED TO LAZAR GHEORGHE OF DERBY. NO FURTHER TRACE ON PNC.", "lazar gheorghe"),
    ("subjects: 1) krasniqi arben 2) beqiri gentian 3) mucaj ilir. all albanian nationals", "beqiri gentian"),
])
def test_surname_forename_without_a_comma_after_a_role_or_in_a_list(text: str, name: str) -> None:
    assert name in _persons(text)


def test_forename_surname_after_a_role_is_left_as_written() -> None:
    persons = _persons("DRIVER JORDAN SMITH STOPPED ON THE A38. PASSENGER KYLE BROWN.")
    assert "jordan smith" in persons and "kyle brown" in persons


@pytest.mark.parametrize("text,word", [
    ("dinks on foot. chantelle pushin pram near the shops", "pushin"),
    ("no money for 3 wks. nadia ph 07700 900141 call her back", "ph"),
    ("mum rang back. connor snap c.foley_09 nil activity since tues", "snap"),
])
def test_hasty_shorthand_after_a_forename_is_no_surname(text: str, word: str) -> None:
    persons = _persons(text)
    assert persons and not any(word in p for p in persons)


@pytest.mark.parametrize("recase", [str.upper, str.lower])
@pytest.mark.parametrize("text,name", [
    ("cannabis grow found at the house. tenant minh duc pham seen leaving at 0600", "minh duc pham"),
    ("male found inside, gave name as van duc pham, says 17. nrm referral made", "van duc pham"),
    ("pham seen w van minh nguyen from stoke last wk per anpr", "van minh nguyen"),
])
def test_vietnamese_names_written_given_name_first(recase, text: str, name: str) -> None:
    assert name in _persons(recase(text))


def test_a_van_before_a_place_or_an_owner_is_no_name() -> None:
    view = _view("drove the white van to tran's house then the van went to leeds")
    assert "Van" not in view


@pytest.mark.parametrize("text,heading", [
    ("CUSTODY RECORD 07/05/25 DETAINED: SMITH JAMIE DOB 01/02/1999 OFFENCE: THEFT", "RECORD"),
    ("ROAD STOP 23/04/2025 WEDNESFIELD VRM YP19 ABC DRIVER: KHAN ADIL", "STOP"),
    ("warrant execution 14/06/25 - flat 4, hinkler road, southampton so19 6dh", "EXECUTION"),
])
def test_a_heading_word_before_this_decades_date_is_no_name(text: str, heading: str) -> None:
    view = _view(text)
    assert heading not in view
    assert not any(heading.lower() in p for p in _persons(text))


def test_a_surname_before_a_date_of_birth_stays_a_name() -> None:
    assert "marsh" in _persons("safeguarding: baby marsh 02/03/24 on cp plan, mother leanne marsh present")
