"""Session 9: a PNC ID with a wrong check letter and no PNC label just before it, read after the word
PNC earlier in its sentence or straight after a date of birth - unless another reference word names
the number."""

from scanassist_core.extract._identifiers import find_identifiers


def _pnc(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "PNC_ID"]


def test_pnc_shape_with_a_wrong_check_letter_and_no_label() -> None:
    assert _pnc("Male identified as Kyle DEAN DOB 02/03/1999, 19/204411K, of no fixed abode.") == ["19/204411K"]
    assert _pnc("gave a false name so pnc didnt hit - it's him, 22/118763Q. bailed.") == ["22/118763Q"]
    assert _pnc("Nominal: REES, Owain d.o.b. 04/05/1988 07/3318841T - Cardiff.") == ["07/3318841T"]
    # with another PNC ID between the word and the number, the word names the first only
    assert _pnc("PNC 19/204411K matched; the other male 22/118763Q is unknown.") == ["19/204411K"]


def test_other_references_of_the_same_shape_stay_unread() -> None:
    assert _pnc("Crime ref 24/330871M logged for the burglary.") == []
    assert _pnc("Occurrence 24/330871M linked to the stop.") == []
    assert _pnc("Invoice no 22/118764P paid in cash.") == []
    assert _pnc("Scored 12/45 in the test.") == []
    assert _pnc("Convicted of theft (09/114532W) per the case file.") == []


def test_pnc_shape_in_a_note_all_in_lower_case() -> None:
    assert _pnc("male identified as kyle dean dob 02/03/1999, 19/204411k, nfa.") == ["19/204411k"]
    assert _pnc("Male identified as Kyle DEAN dob 02/03/1999, 19/204411k, NFA.") == []
