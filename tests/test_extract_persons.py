"""Rule layer for persons (no statistical model: a blank spaCy pipeline stands in)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings, strategies as st

from scanassist_core.extract import Extractor
from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._persons import find_persons


def persons(text: str):
    return [f for f in find_persons(text, blocked_spans(text)) if f.type == "PERSON"]


def one(text: str):
    found = [f for f in persons(text) if "alias_of" not in f.attrs and not f.attrs.get("surname_only")]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, span, key",
    [
        ("Intel: John SMITH was seen.", "John SMITH", "john smith"),
        ("Intel: John Paul SMITH was seen.", "John Paul SMITH", "john paul smith"),
        ("SMITH, John was arrested.", "SMITH, John", "john smith"),
        ("Seen with Kyle O'BRIEN today.", "Kyle O'BRIEN", "kyle o'brien"),
        ("Seen with Kyle O\u2019BRIEN today.", "Kyle O\u2019BRIEN", "kyle o'brien"),
        ("Aaron McDONALD was driving.", "Aaron McDONALD", "aaron mcdonald"),
        ("Leah SMITH-JONES was present.", "Leah SMITH-JONES", "leah smith-jones"),
        ("Maria de SOUZA was present.", "Maria de SOUZA", "maria de souza"),
        ("Present: Rebekah E. THOMPSON and others.", "Rebekah E. THOMPSON", "rebekah e thompson"),
        ("Nominal 2: McDONALD Aaron DOB 01/02/1990", "McDONALD Aaron", "aaron mcdonald"),
        ("OFFICERS SPOKE TO JOHN SMITH AT THE SCENE", "JOHN SMITH", "john smith"),
        ("He was in a car with Tyrese Campbell last night.", "Tyrese Campbell", "tyrese campbell"),
        ("Male named locally as ADEBAYO Maisie.", "ADEBAYO Maisie", "maisie adebayo"),
    ],
)
def test_police_name_conventions(text, span, key):
    f = one(text)
    assert f.text == span and text[f.start : f.end] == span
    assert f.key == key and f.method == "rule"


def test_name_parts_and_initials():
    f = one("SMITH, John Paul (DOB 01/02/1990) was arrested.")
    assert (f.attrs["forename"], f.attrs["middle"], f.attrs["surname"]) == ("John", "Paul", "SMITH")
    assert f.attrs["initial_only"] is False
    g = one("Intel suggests J. SMITH is dealing.")
    assert g.text == "J. SMITH" and g.key == "j smith" and g.attrs["initial_only"] is True
    h = one("Intel suggests J SMITH is dealing.")
    assert h.text == "J SMITH"


def test_lower_case_names_need_a_cue_and_a_known_forename():
    found = persons("seen with john smith and kyle obrien outside the shop")
    assert [(f.text, f.key) for f in found] == [("john smith", "john smith"), ("kyle obrien", "kyle obrien")]
    assert persons("they will mark the area and rose early") == []
    assert persons("officers went to the shop") == []


@pytest.mark.parametrize(
    "text",
    [
        "John SMITH DOB 01/02/1990 was seen.",
        "John SMITH D.O.B: 1.2.90 was seen.",
        "John SMITH, born 1 Feb 1990, was seen.",
        "John SMITH (01.02.90) was seen.",
        "John SMITH dob 1/2/1990 was seen.",
        "SMITH, John\nDOB: 01/02/1990",
    ],
)
def test_dob_formats(text):
    assert one(text).attrs["dob"] == "1990-02-01"


def test_nominal_list_lines_take_bare_dates_as_dob():
    text = "Present:\n1. Niamh CORCORAN 14.06.98\n2) FENWICK, Dale 22/10/2001 - cannabis warning\n- Rhys OWUSU b. 3/9/2003"
    found = persons(text)
    assert [(f.text, f.attrs.get("dob")) for f in found] == [
        ("Niamh CORCORAN", "1998-06-14"),
        ("FENWICK, Dale", "2001-10-22"),
        ("Rhys OWUSU", "2003-09-03"),
    ]


def test_bare_date_in_prose_or_recent_is_not_a_dob():
    assert "dob" not in one("Officers spoke to Niamh CORCORAN 14.06.98 outside").attrs
    assert "dob" not in one("Niamh CORCORAN 14/06/2025 - arrested for theft").attrs


def test_impossible_dob_is_not_recorded():
    assert "dob" not in one("John SMITH DOB 31/02/1990 was seen.").attrs


@pytest.mark.parametrize(
    "text, age",
    [
        ("A 13-year-old Kyle O'BRIEN was found.", 13),
        ("The 13 year old Kyle O'BRIEN was found.", 13),
        ("Kyle O'BRIEN aged 15 was found.", 15),
        ("Kyle O'BRIEN, age 15, was found.", 15),
        ("16yo Kyle O'BRIEN was found.", 16),
        ("Kyle O'BRIEN 16 y/o was found.", 16),
        ("O'BRIEN, Kyle (15) was found.", 15),
        ("John SMITH, 15, was found.", 15),
    ],
)
def test_age_formats(text, age):
    assert one(text).attrs["age"] == age


def test_age_is_not_taken_from_the_next_person():
    found = persons("John SMITH was with Kyle O'BRIEN (15) today.")
    assert "age" not in found[0].attrs and found[1].attrs["age"] == 15


@pytest.mark.parametrize(
    "text, alias",
    [
        ('John SMITH aka "Smudge" was seen.', "Smudge"),
        ("John SMITH a.k.a. Smudge was seen.", "Smudge"),
        ('John SMITH, known as "Smudge", was seen.', "Smudge"),
        ("John SMITH who goes by SMUDGE was seen.", "SMUDGE"),
        ("John SMITH, nickname Smudge, was seen.", "Smudge"),
    ],
)
def test_alias_is_recorded_and_emitted(text, alias):
    found = persons(text)
    main = [f for f in found if "alias_of" not in f.attrs]
    al = [f for f in found if "alias_of" in f.attrs]
    assert main[0].attrs["alias"] == alias
    assert len(al) == 1 and al[0].text == alias and text[al[0].start : al[0].end] == alias
    assert al[0].attrs["alias_of"] == main[0].key == "john smith"


def test_bare_surname_refers_back_to_full_name():
    found = persons("John SMITH was stopped. SMITH was driving. Later Smith ran off.")
    refs = [f for f in found if f.attrs.get("surname_only")]
    assert [f.text for f in refs] == ["SMITH", "Smith"] and {f.key for f in refs} == {"john smith"}


@pytest.mark.parametrize(
    "text",
    [
        "PC 1234 WILLIAMS submitted this report.",
        "DC SMITH spoke to the caller.",
        "Sgt Brown and PCSO Jones attended.",
        "Officer in case: John SMITH",
        "Op NIGHTJAR is ongoing. Operation Beaconport too.",
        "CLASS A supply by the OCG, COUNTY LINES, CSE and CCE concerns. MFH. NFA.",
        "A black Ford Focus and a Kia Picanto were seen.",
        "Youths gather on Mill Lane near Victoria Road.",
        "Today SMITH. Intelligence Report SMITH.",
        "Selling white and brown, food and work, to a nitty.",
        "Seen on the A14 and the M62 on Monday 3 March.",
    ],
)
def test_not_subjects(text):
    assert persons(text) == []


def test_title_with_surname_only():
    found = persons("Mr BROWN and Mrs Jane Doe were spoken to.")
    assert [(f.text, f.key, f.attrs.get("title")) for f in found] == [("BROWN", "brown", "Mr"), ("Jane Doe", "jane doe", "Mrs")]


def test_extractor_runs_rules_without_a_model():
    ex = Extractor(nlp=spacy.blank("en"))
    found = ex.extract_text("Nominal: SMITH John (DOB 01/02/1990) seen at Oakfield Academy, Wolverhampton.")
    got = {(f.type, f.text) for f in found}
    assert ("PERSON", "SMITH John") in got
    assert ("ORGANISATION", "Oakfield Academy") in got and ("LOCATION", "Wolverhampton") in got


_alphabet = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'()-:\n\"\t")
    + ["SMITH", "John ", "O'BRIEN", "aka ", "DOB ", "01/02/1990", "<b>", "=SUM(A1)", "\x00", "\u202e", "PC 12 "]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_offsets_exact_and_non_overlapping_on_hostile_text(text):
    ex = Extractor(nlp=spacy.blank("en"))
    found = ex.extract_text(text)
    last = 0
    for f in found:
        assert text[f.start : f.end] == f.text and f.start >= last and f.end > f.start
        last = f.end


def test_no_cue_lower_case_name_with_dob_and_caps_street_word_surname():
    f = one("faisal ahmed (05/10/1988) identified from cctv.")
    assert f.key == "faisal ahmed" and f.attrs["dob"] == "1988-10-05"
    g = one("Intel suggests WOOD, Jack (21.06.87) is supplying.")
    assert g.key == "jack wood" and g.attrs["dob"] == "1987-06-21"


def test_bare_forename_refers_back_when_unambiguous():
    found = persons("Kyle O'BRIEN was stopped. Kyle lives locally.")
    assert [(f.text, f.key) for f in found][-1] == ("Kyle", "kyle o'brien")


# ------------------------------------------------------------------ police-prose conventions (v2)


def _texts(found):
    return [f.text for f in found]


def test_aka_and_dob_never_swallowed_into_a_name():
    found = persons("Seen collecting Thomas Nwachukwu AKA 'Rocket' and Staff and HENDRY Callum DOB 03/04/1997 left.")
    texts = _texts(found)
    assert "Thomas Nwachukwu" in texts and "Rocket" in texts
    assert "HENDRY Callum" in texts and not any("AKA" in t or "DOB" in t for t in texts)
    hendry = next(f for f in found if f.text == "HENDRY Callum")
    assert hendry.key == "callum hendry" and hendry.attrs["dob"] == "1997-04-03"


def test_surname_forename_in_capitals_order_is_read():
    (f,) = persons("Stopped: Pemberton CALLUM near the shops.")
    assert (f.text, f.key) == ("Pemberton CALLUM", "callum pemberton")


def test_title_case_surname_first_trusted_with_dob():
    (f,) = persons("Passenger Okafor Nathan D O B 12/12/2001 was searched.")
    assert (f.text, f.key) == ("Okafor Nathan", "nathan okafor")


def test_grading_codes_and_class_a_are_not_initials():
    texts = _texts(persons("Grading 3/B/C. Imogen WESTWOOD (19) arrested for PWITS CLASS A. TREMAYNE released."))
    assert texts == ["Imogen WESTWOOD", "TREMAYNE"]


def test_lone_caps_surname_in_prose_but_not_acronyms_or_groups():
    texts = _texts(persons("Source states that KOWALCZYK is storing cash. CCTV shows the HARGROVE family and a PWITS arrest."))
    assert texts == ["KOWALCZYK"]


def test_lone_caps_surname_refers_to_full_name_and_possessive_is_outside():
    found = persons("Marek KOWALCZYK (DOB 01/01/1990) was stopped. KOWALCZYK's van was searched.")
    assert [(f.text, f.key) for f in found] == [("Marek KOWALCZYK", "marek kowalczyk"), ("KOWALCZYK", "marek kowalczyk")]


def test_caps_particle_surname():
    assert _texts(persons("Intel suggests DA SILVA is supplying.")) == ["DA SILVA"]


def test_lone_known_forename_but_not_town_after_in():
    assert _texts(persons("Imogen found safe at 0300hrs.")) == ["Imogen"]
    assert _texts(persons("She went to meet males in Harriet she said.")) == []


def test_quoted_nickname_after_cue_and_later_mentions():
    found = persons('A male known as "Sparrow" is dealing. "Sparrow" drives a van and Sparrow owes money.')
    assert _texts(found) == ["Sparrow", "Sparrow", "Sparrow"]
    assert persons('He said it was "Brilliant" and left.') == []


def test_relative_sharing_a_surname_named_in_full():
    texts = _texts(persons("Mother Farida Osei and children Kwabena Osei (10) and Efua Osei (7) were present."))
    assert "Kwabena Osei" in texts and "Efua Osei" in texts


def test_hasty_lower_case_names():
    texts = _texts(persons("bradley hughes nicked again on the estate, mate of x, tyrone mensah threatening lads"))
    assert "bradley hughes" in texts and "tyrone mensah" in texts


def test_lower_case_words_are_not_names_in_proper_prose():
    assert persons("Officers attended and spoke to the caller at length.") == []


def test_business_named_after_a_person_is_not_a_person():
    texts = _texts(persons("Imran QURESHI (DOB 02/02/1980) runs Qureshi's Barbers on the parade."))
    assert texts == ["Imran QURESHI"]


def test_deal_line_name_later_alone_is_not_a_person() -> None:
    text = 'Phone advertising the VIPER line: "VIPER open now, ring 07700 900555". Dean HOLT runs VIPER.'
    got = {(f.text) for f in find_persons(text)}
    assert "VIPER" not in got and "Dean HOLT" in got


# --- round 3: hasty lower-case openings, lone surnames, reported speech, diminutives ---------------


def texts_of(text: str) -> list[str]:
    return [f.text for f in persons(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("harvey dunmore back at nans again, wont say where he was", "harvey dunmore"),
        ("jordan pike said he was jumped near the shops no injuries", "jordan pike"),  # ambiguous forename
        ("call from school\nmason reilly in corridor with blade, staff took it off him", "mason reilly"),
    ],
)
def test_hasty_note_opening_with_a_full_name(text, name):
    assert name in texts_of(text)


def test_hasty_opening_needs_a_name_then_a_clause_word():
    assert texts_of("will check again later when mum is in, no answer at door") == []
    assert texts_of("may need a second visit this week if no answer at door") == []


def test_hasty_lone_surname_then_a_verb():
    assert "jones" in texts_of("visit to flat re noise compl. jones answered door, no one else seen")
    assert texts_of("visit to flat re noise compl. answered door and left, no one else seen") == []
    # A frequent surname that opens a clause without a verb after it is left alone.
    assert "khan" not in texts_of("welfare visit done. khan family not home, card left at door")


def test_forename_after_comma_or_reported_speech_in_hasty_notes():
    got = texts_of("flat visit done, keeley in kitchen crying. dad said harvey has a blade in his room")
    assert "keeley" in got and "harvey" in got


def test_diminutives_and_hyphenated_forenames_in_hasty_notes():
    got = texts_of("seen with gaz and a lad called jonno outside the bookies, told them to move on")
    assert "gaz" in got and "jonno" in got
    assert "kerry-anne" in texts_of("spoke to mum, kerry-anne says nobody staying there at all")


def test_quoted_nickname_comes_back_bare_in_any_case_in_hasty_notes():
    text = "tyler marsh aka 'bugsy' seen by shops. later bugsy ran off twds flats, BUGSY known to carry"
    got = [(f.text, f.key) for f in persons(text) if f.key == "bugsy"]
    assert [t for t, _ in got] == ["bugsy", "bugsy", "BUGSY"]


def test_quoted_nickname_in_prose_keeps_its_case():
    text = 'Subject Tyler MARSH, known as "Bugsy", seen in town. Bugsy then left. Not a bugsy thing.'
    got = [f.text for f in persons(text) if f.key == "bugsy"]
    assert got == ["Bugsy", "Bugsy"]


def test_quoted_word_without_an_alias_cue_is_not_a_nickname():
    assert persons("He said 'no' and left. no one else was there.") == []
