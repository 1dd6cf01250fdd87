"""Names an analyst reads as one person through the writing itself: a nickname equated with a full
name ("Gaz is Gary JONES"), East Asian given names of two syllables after a SURNAME, and a person a
deal line is named after. Examples are our own wording, not evaluation text."""

from __future__ import annotations

from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._persons import find_persons


def found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in find_persons(text, blocked_spans(text)):
        out.setdefault(f.text, set()).add(f.key)
    return out


def spans(text: str) -> list[str]:
    return [f.text for f in find_persons(text, blocked_spans(text))]


# --------------------------------------------------------------------------- equated nicknames


def test_bare_nickname_equated_with_full_name_is_found_everywhere_and_linked():
    text = ('Victim says Ryan PRICE and "Stodge" robbed him at the bus stop. Stodge is Darren FOULKES, '
            '31, of Mill Street. Stodge drives a blue Fiesta.')
    got = found(text)
    assert spans(text).count("Stodge") == 3
    assert got["Stodge"] == got["Darren FOULKES"]


def test_quoted_nickname_before_believed_to_be_is_the_person():
    text = 'Caller names the man with the knife as "Tez" - believed to be Terence WALSH (DOB 02/03/1994).'
    got = found(text)
    assert "Tez" in got and got["Tez"] == got["Terence WALSH"]


def test_quoted_nickname_that_is_also_a_month_is_found_only_in_the_quote():
    text = 'On 3 Dec the victim named the driver as "Dec" - assessed to be Declan FOY. Seen again 9 Dec.'
    assert spans(text) == ["Dec", "Declan FOY"]


def test_ordinary_word_or_role_before_is_not_a_nickname():
    assert spans("Supplier is Mark BRYANT, 40, of Leeds.") == ["Mark BRYANT"]
    assert spans("Driver is Mark BRYANT.") == ["Mark BRYANT"]
    assert "Leader" not in spans("Leader is Mark BRYANT. Leader of the group is unknown.")


# --------------------------------------------------------------------------- East Asian given names


def test_surname_first_two_syllable_given_name_is_one_span():
    assert "WANG Xiu Ying" in spans("Account holder WANG Xiu Ying (DOB 04/05/1991) paid cash in.")
    assert "CHEN Li Na" in spans("Customer CHEN Li Na, 38, sent transfers abroad.")


def test_short_english_word_after_surname_forename_is_not_a_middle_name():
    got = spans("Vehicle keeper SMITH John And his brother were stopped.")
    assert "SMITH John And" not in got


# --------------------------------------------------------------------------- deal lines


def test_title_case_forename_beside_a_capitals_line_of_that_name_is_the_person():
    text = 'He was running for "Kane" in Rhyl. His handset shows the "KANE line" bulk messages.'
    assert "Kane" in spans(text)


def test_line_named_after_the_word_line_is_not_a_person():
    text = 'Deal line "BISHOP" is running between Hull and Goole. Runner Callum REEVES (15).'
    assert "BISHOP" not in spans(text)
    assert "Callum REEVES" in spans(text)


# --------------------------------------------------------------------------- ordinary prose


def test_sentence_opening_unknown_forename_before_a_shared_surname_is_the_full_name():
    text = "Morwenna Trevithick and Gareth Trevithick ran the farm for forty years."
    assert spans(text) == ["Morwenna Trevithick", "Gareth Trevithick"]
    text = "Gareth Trevithick ran the farm. Then Trevithick sold it."
    assert spans(text) == ["Gareth Trevithick", "Trevithick"]


def test_first_partner_of_a_firm_name_is_not_a_person():
    assert "Dawson" not in spans("The lot was sold by Dawson & Hartley Solicitors last week.")
    assert "Stanley" not in spans("Stanley & Sons have closed the yard.")
    assert spans("Kyle & Jordan were seen on the estate.") == ["Kyle", "Jordan"]


def test_known_place_before_a_full_name_is_not_part_of_it():
    text = "Not to be confused with the Milton Keynes Daniel HUGHES (b.1990)."
    assert "Daniel HUGHES" in spans(text)


# --------------------------------------------------------------------------- identifiers and brackets


def test_surname_before_an_identifier_label_in_capitals_is_a_person():
    assert spans("MORTIMER PNC ID 11/223344Z.") == ["MORTIMER"]
    assert spans("Checks on WHITLOCK CRO 012345/99J complete.") == ["WHITLOCK"]
    assert spans("Search under PACE PNC check done.") == []


def test_forename_before_bracketed_surname_and_age_is_the_person():
    text = "Debrief - Kayden (MORRIS, 15). Went missing from school."
    got = found(text)
    assert "Kayden" in got and "MORRIS" in got
    assert got["Kayden"] == {"kayden morris"}
    assert "Leeds" not in spans("Stayed in Leeds (WEST, 12) overnight.")


# --------------------------------------------------------------------------- transcripts


def test_speakers_of_a_transcript_pasted_without_timestamps_are_people():
    text = ("Messages recovered from the tablet:\n"
            "jodie: where r u\n"
            "kyle: outside the chippy\n"
            "jodie: bring the stuff\n")
    assert spans(text) == ["jodie", "kyle", "jodie"]


def test_form_labels_are_not_transcript_speakers():
    text = "Note: seen twice\nNote: car parked\nAddress: 4 High Street\nMark: on the door"
    assert "Mark" not in spans(text)


# --------------------------------------------------------------------------- short forms


def test_one_liner_with_surname_initial_and_acronym_is_not_shouted():
    assert spans("NOWICKI P - GLAA visit booked for Monday.") == ["NOWICKI P"]


def test_two_letter_surname_named_in_full_is_found_again_in_capitals():
    text = "Worker Minh VU (19) was found in the loft. VU declined to give a statement."
    assert spans(text) == ["Minh VU", "VU"]
    assert spans("Minh VU (19) was found. Staff cover VU: not known.") == ["Minh VU"]


def test_acronyms_brands_and_compound_headings_are_not_surnames():
    assert spans("Kyle FENWICK missed his YOS appointment again.") == ["Kyle FENWICK"]
    assert spans("He spent the night playing FIFA with Kyle FENWICK.") == ["Kyle FENWICK"]
    assert spans("STOP/ACCOUNT. Male detained: Kyle FENWICK.") == ["Kyle FENWICK"]
    assert spans("Co-accused HARRIS/PATEL were charged.") == ["HARRIS", "PATEL"]


def test_welsh_public_body_words_are_not_a_model_person():
    from scanassist_core.extract._persons import model_person_ok

    assert not model_person_ok("Heddlu Dyfed-Powys")
    assert not model_person_ok("Cyngor Sir Ceredigion")
    assert model_person_ok("Gwenllian Hughes")


def test_hasty_pair_joined_to_a_hasty_full_name_is_a_person():
    text = "seen tj tolley + kyle mcgarrigle outside the chippy on high st approx 2200. both ran off twd the park"
    assert spans(text) == ["tj tolley", "kyle mcgarrigle"]
    text = "seen kyle mcgarrigle + blue astra outside the chippy on high st. drove off twd the park"
    assert spans(text) == ["kyle mcgarrigle"]


def test_quoted_word_doing_what_only_people_do_is_a_nickname():
    assert spans('Resident says "Spider" and older lads use the garage to store bikes.') == ["Spider"]
    assert spans('She said "Moth" threatened her at the bus stop.') == ["Moth"]
    assert spans('The sign said "Closed" and his mates laughed.') == []
