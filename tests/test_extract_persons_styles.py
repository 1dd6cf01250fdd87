"""Person conventions of report styles the rules once generalised badly to: phone-download contact
lists, role labels before a surname, trailing initials, quoted nicknames after a name, pet forms of
forenames, system fields. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import blocked_spans, lexicon
from scanassist_core.extract._persons import find_persons


def names(text: str) -> list[str]:
    return [f.text for f in find_persons(text, blocked_spans(text)) if f.type == "PERSON"]


def by_text(text: str) -> dict[str, dict]:
    return {f.text: f.attrs | {"_key": f.key} for f in find_persons(text, blocked_spans(text))}


# --------------------------------------------------------------------------- role labels


@pytest.mark.parametrize(
    "text, want",
    [
        ("Registered keeper FAIRLIE, 3 Mossbank Way, Perth.", "FAIRLIE"),
        ("Co-defendant and Co-accused MERRICK was bailed.", "MERRICK"),
        ("Occupant DRUMMOND refused entry to officers.", "DRUMMOND"),
        ("After the raid, Tenant HALLORAN moved out.", "HALLORAN"),
        ("Since BRANAGH's release the visits resumed.", "BRANAGH"),
    ],
)
def test_role_word_before_a_capitals_surname(text, want):
    got = names(text)
    assert want in got
    assert not any(" " in g and want in g for g in got)  # the role word stays outside the span


def test_role_label_then_surname_forename_field():
    got = by_text("Keeper LENNOX Ruaridh, 9 Harbour Row, Oban PA34 4AB")
    assert "LENNOX Ruaridh" in got
    assert got["LENNOX Ruaridh"]["surname"] == "LENNOX"


def test_heading_words_before_capitals_are_still_not_names():
    assert names("Intelligence Report HALLORAN") == []


# --------------------------------------------------------------------------- trailing initials


@pytest.mark.parametrize(
    "text, span",
    [
        ("Keeper DUFFY R, 4 Quay Street, Ayr.", "DUFFY R"),
        ("Licensee: STANEK P - premises licence suspended.", "STANEK P"),
        ("Stolen vehicle recovered. Marek T has since left the country.", "Marek T"),
    ],
)
def test_name_with_a_trailing_initial(text, span):
    assert span in names(text)


def test_initial_before_a_name_is_not_a_trailing_initial():
    got = names("Seen with Marek T. Nowicki at the docks.")
    assert "Marek T" not in got


# --------------------------------------------------------------------------- quoted nicknames


@pytest.mark.parametrize(
    "text, nick, owner",
    [
        ('Lewis BARCLAY ("Shifty") runs the line.', "Shifty", "lewis barclay"),
        ("Nominal: DUNNE Padraig 'Spud' - 02/03/1991 - Derry.", "Spud", "padraig dunne"),
        ('Ryan COOKE 04/05/1996 ("Cookie") remains at large.', "Cookie", "ryan cooke"),
    ],
)
def test_quoted_nickname_straight_after_a_name(text, nick, owner):
    got = by_text(text)
    assert nick in got and got[nick]["alias_of"] == owner


def test_phone_contacts_listed_by_quoted_name():
    text = 'Handset examined - contacts:\n"Gaz \u2764" 07700 900412\n"Nikki" 01632 960117\n"Plug" 07700 900999\n'
    got = names(text)
    assert "Gaz" in got and "Nikki" in got
    assert "Plug" not in got  # drug slang, not a person


def test_saved_contact_and_known_only_as():
    got = names('Number saved as "Wee Davie" in the seized phone. A man known only as "Biscuit" collects.')
    assert "Wee Davie" in got and "Biscuit" in got


def test_quoted_slogans_are_not_nicknames():
    assert names('Graffiti reading "Free The Lads" was painted, and a sign said "Closed" on the door.') == []


# --------------------------------------------------------------------------- pet forms and email tokens


def test_pet_forms_from_the_nicknames_package_are_forenames():
    lex = lexicon()
    assert "tasha" in lex.diminutives and "kay" in lex.diminutives
    assert "dot" not in lex.diminutives and "mac" not in lex.diminutives  # everyday words refused
    assert "Tasha" in names("Tasha gave her address as the hostel.")


def test_hyphenated_forename_with_a_short_second_part():
    assert "Lily-Mae" in names("Lily-Mae was found at the bus station.")


def test_surname_seen_only_inside_an_email_is_still_a_name():
    got = names("Handset seized from GALBRAITH (IMEI 353912087654999). Email a.galbraith77@example.net used.")
    assert "GALBRAITH" in got


# --------------------------------------------------------------------------- forms and tables


def test_form_fields_are_one_span_each_with_a_shared_key():
    text = (
        "RECORD 1 SURNAME: McCANDLESS FORENAME: ORLA DOB: 02/03/2004 PNC: 19/55555X\n"
        "RECORD 2 SURNAME: VAN DER BERG FORENAMES: PIETER JAN DOB: 09/09/1999\n"
    )
    got = by_text(text)
    assert got["McCANDLESS"]["_key"] == got["ORLA"]["_key"] == "orla mccandless"
    assert got["ORLA"]["dob"] == "2004-03-02"
    assert got["VAN DER BERG"]["_key"] == got["PIETER JAN"]["_key"] == "pieter jan van der berg"
    assert got["PIETER JAN"]["surname"] == "VAN DER BERG" and got["PIETER JAN"]["middle"] == "JAN"
    assert "DOB" not in got and "PNC" not in got


def test_form_field_with_no_name_is_skipped():
    assert names("Surname: unknown  Forename: N/A\n") == []


def test_column_layout_rows_give_one_span_per_cell():
    text = (
        "NOMINALS\n"
        "TREMAYNE  Lowenna  02/02/1999  Bodmin  - principal\n"
        "KESSELL  Jordan  09/01/2009  Redruth  - runner\n"
        "Morgan  PASCOE-LEE  01/01/1980  Looe\n"
    )
    got = by_text(text)
    assert got["TREMAYNE"]["_key"] == got["Lowenna"]["_key"] == "lowenna tremayne"
    assert got["Lowenna"]["dob"] == "1999-02-02"
    assert got["Jordan"]["_key"] == "jordan kessell"  # an ambiguous forename, read from its column
    assert got["PASCOE-LEE"]["_key"] == "morgan pascoe-lee"
    assert "Bodmin" not in got and "Redruth" not in got


def test_single_double_space_in_prose_does_not_split_a_name():
    assert "Lowenna  TREMAYNE" in names("Seen with Lowenna  TREMAYNE at the harbour.")


# --------------------------------------------------------------------------- hasty lower-case notes


def test_hasty_pet_forename_then_surname_and_chained_forename():
    got = names("nat brannigan & siobhan seen again by the shops tonight. nat gave staff abuse.")
    assert "nat brannigan" in got and "siobhan" in got
    assert got.count("nat") == 1  # the later bare forename refers back


@pytest.mark.parametrize(
    "text, want",
    [
        ("mum rang re niamh - she has a new phone again", "niamh"),
        ("tasha (15) at the hospital again wont say who with", "tasha"),
        ("dad says kieran's phone off since 1800", "kieran"),
    ],
)
def test_hasty_forename_closed_by_punctuation_age_or_possessive(text, want):
    assert want in names(text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("mcfadyen + lad seen at the bus station", ["mcfadyen"]),
        ("youths fighting by the park, quinn and walsh there, ran off", ["quinn", "walsh"]),
        ("blue astra 2 up, think passenger was mcgarry", ["mcgarry"]),
    ],
)
def test_hasty_lower_case_surnames(text, want):
    got = names(text)
    assert all(w in got for w in want), got


def test_hasty_mc_words_that_are_places_or_things_are_not_names():
    assert names("went to mcdonalds with the lads, machine broken, then home") == []
