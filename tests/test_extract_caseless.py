"""Case-less reports (shouted RMS exports, all-lower-case notes): truecased reading and spans."""

from __future__ import annotations

from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._pipeline import Extractor
from scanassist_core.extract._truecase import caseless, truecase

SHOUTED = (
    "SUBJECT: BRENNAN, NIALL DOB 14/03/1996. ON 02/05 NIALL BRENNAN WAS SEEN IN A GREY VAN WITH "
    "HIS COUSIN DECLAN. PC 4410 HARGREAVES CONDUCTED A STOP. BRENNAN IS SUSPECTED OF SUPPLY OF "
    "CLASS A FOR AN OCG. NFA."
)


def _persons(text: str) -> list[str]:
    return [f.text for f in Extractor().extract_text(text) if f.type == "PERSON"]


def test_caseless_detects_shouted_and_lower_but_not_prose() -> None:
    assert caseless(SHOUTED)
    assert caseless(SHOUTED.lower())
    assert not caseless("Niall Brennan was seen in a grey van with his cousin Declan today.")


def test_truecase_keeps_offsets_and_recreates_surname_convention() -> None:
    view = truecase(SHOUTED, lexicon())
    assert view is not None and len(view) == len(SHOUTED)
    assert view.lower() == SHOUTED.lower()
    assert "BRENNAN, Niall" in view and "Niall BRENNAN" in view
    assert "class a" in view.lower() and "Class" not in view.split("SUPPLY")[0]


def test_shouted_report_spans_map_to_original_text() -> None:
    found = Extractor().extract_text(SHOUTED)
    persons = [f for f in found if f.type == "PERSON"]
    for f in persons:
        assert SHOUTED[f.start : f.end] == f.text
    texts = [f.text for f in persons]
    assert "BRENNAN, NIALL" in texts and "NIALL BRENNAN" in texts
    assert not any("HARGREAVES" in t for t in texts)  # officer in role
    assert not any(t in ("OCG", "NFA", "CLASS A", "SUBJECT") for t in texts)


def test_lower_case_note_finds_names_by_cues() -> None:
    note = "spoke to mum at address. son kieran doyle (15) back home. mr doyle says the lad was with mcfadden again."
    texts = _persons(note)
    assert "kieran doyle" in texts
    assert "mcfadden" in texts


def test_common_word_forenames_need_a_cue_in_lower_case() -> None:
    note = "will check cctv tomorrow and mark the log, there is hope of a result. rose garden gate was open."
    assert _persons(note) == []


def test_one_case_test_decides_for_every_layer() -> None:
    """Addresses, bodies/places and the truecased view switch to case-less readings on the same
    reports: a report that one layer reads as shouted must not be read as cased by another."""
    from scanassist_core.extract import _addresses, _orgs_places, _truecase
    from scanassist_core.extract._case import caseless, text_case

    shouted = "SUBJECT SEEN AT 14 MILL LANE WITH JOHN SMITH, ÉMILE ROUX AND TWO OTHERS"
    hasty = "spoke w/ kyle outside the chippy on mill lane, says hes being chased over a debt"
    written = "Kyle JONES was seen outside the chip shop on Mill Lane in Telford."
    assert [text_case(t) for t in (shouted, hasty, written)] == ["upper", "lower", "mixed"]
    assert text_case("SEEN") == "mixed"  # too short to judge
    assert _truecase.caseless is caseless and _orgs_places.caseless is caseless
    assert _addresses.text_case is text_case
