"""Session 7: a PNC ID with a mistyped check letter read after 'PNC/CHS ref' or after 'on PNC for
<offence> (' - the record's number in brackets after the offence it is on PNC for."""

from scanassist_core.extract._identifiers import find_identifiers


def _pnc(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "PNC_ID"]


def test_pnc_chs_reference() -> None:
    assert _pnc("Bailed to Dundee Sheriff Court. PNC/CHS ref 03/771204K. Car seized.") == ["03/771204K"]


def test_on_pnc_for_an_offence_then_the_id_in_brackets() -> None:
    assert _pnc("KOVAC is on PNC for theft (09/114532W) and has a warning marker.") == ["09/114532W"]


def test_bracketed_numbers_without_pnc_are_no_id() -> None:
    assert _pnc("He was convicted for theft (09/114532W) in a case file ref.") == []
