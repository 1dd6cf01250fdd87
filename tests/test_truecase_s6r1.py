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


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("0212 NTE1: male detained outside the club\n0215 NTE1: friends say he was punched\n0230 NTE1: taken to ED", True),
        ("2205 DC3: silver astra through anpr westbound\n2220 DC3: stopped, driver gave details, words of advice", True),
        ("0212 NTE1: Male detained outside the club.\n0215 NTE1: Friends say he was punched.\n0230 NTE1: Taken to ED.", False),
    ],
)
def test_a_log_lines_text_opens_after_its_time_and_call_sign(text: str, half: bool) -> None:
    assert half_cased(text) is half


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("1645 TX: 1 detained - GRANT Marcus 23, another made off\n1650 TX: knife recovered. grant arrested s1", "grant"),
        ("stopped Ashley PRICE on a pushbike at the park. searched, nothing found. price said he was off home", "price"),
        ("intel - COLE, Jordan seen dealing by the shops. unit attended but cole ran off twds the flats", "cole"),
    ],
)
def test_a_name_the_writer_capitalised_once_is_a_name_when_left_lower_later(text: str, later: str) -> None:
    view = _half_view(text)
    at = text.rindex(f" {later} ") + 1  # the later, lower-case use
    assert view[at].isupper()


def test_a_capitalised_surname_does_not_case_the_word_after_a_determiner() -> None:
    text = "met with Kelly WARD at the ward office. no further concerns, ward staff happy. kelly to call back"
    view = _half_view(text)
    assert "the ward office" in view
    assert "WARD staff" in view  # elsewhere the surname is still read as one


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("found hewitt v drunk outside the club, arrested s39", " v drunk"),
        ("spoke to marek. tran v nervous, kept looking at the back door", " v nervous"),
        ("KYLE PRICE V AGGRESSIVE ON ARREST, TAKEN TO CUSTODY", " v aggressive"),
    ],
)
def test_v_before_an_adjective_is_very_not_an_initial(text: str, name: str) -> None:
    assert name in _half_view(text)


def test_v_as_an_initial_still_closes_a_name() -> None:
    assert "SMITH V was" in _half_view("seen by pc 123. smith v was arrested later for the theft")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("- COOPER J on bail, condition not to enter Meadow Park. mum tracey says he is fine", "not to enter Meadow Park"),
        ("kyle seen again. told to leave Anchor Retail park, refused", "to leave Anchor Retail"),
    ],
)
def test_lower_word_before_the_writers_capitals_stays_lower(text: str, kept: str) -> None:
    assert kept in (truecase(text, lexicon()) or text)
    assert half_cased(text)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("RAZA, Adeel - now leading the line. insta adeel.raza_07 posting drill. raza seen with kyle", "adeel.raza_07"),
        ("kyle COLE seen again. snap is kyle.cole99, email kyle_cole@example.com. cole denies", "kyle.cole99"),
    ],
)
def test_handles_and_addresses_keep_the_writers_case(text: str, handle: str) -> None:
    view = _half_view(text)
    at = text.index(handle)
    assert view[at : at + len(handle)] == handle


def test_a_dot_inside_a_handle_or_address_opens_no_sentence() -> None:
    text = ("FROST Daniel (34) arrested. Devices seized: phone. Accounts: dan.frost.22, "
            "email danfrost.tr15@mailbox-uk.net. Victims identified so far include two girls.")
    assert not half_cased(text)
