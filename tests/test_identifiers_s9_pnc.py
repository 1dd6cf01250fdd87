"""Session 9: a PNC ID with a wrong check letter and no PNC label just before it - the shape (a
two-digit year, a serial of five to seven digits, a capital letter) is read alone - unless another
reference word names the number."""

from scanassist_core.extract._identifiers import find_identifiers


def _pnc(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "PNC_ID"]


def test_pnc_shape_with_a_wrong_check_letter_and_no_label() -> None:
    assert _pnc("Male identified as Kyle DEAN DOB 02/03/1999, 19/204411K, of no fixed abode.") == ["19/204411K"]
    assert _pnc("gave a false name so pnc didnt hit - it's him, 22/118763Q. bailed.") == ["22/118763Q"]
    assert _pnc("Nominal: REES, Owain (1988) 07/3318842T - Cardiff.") == ["07/3318842T"]


def test_other_references_of_the_same_shape_stay_unread() -> None:
    assert _pnc("Crime ref 24/330871M logged for the burglary.") == []
    assert _pnc("Occurrence 24/330871M linked to the stop.") == []
    assert _pnc("Invoice no 22/118764P paid in cash.") == []
    assert _pnc("Scored 12/45 in the test.") == []
