"""The person scanner tries at each word only the name shapes listed for that word's form
(``_persons._SHAPES_BY_FORM``). That is a speed-up only while every shape left out for a form
really rejects such a word at once: these tests call every left-out shape on every word of varied
notes (cased prose, nominal lines, shouted exports, hasty lower-case notes, initials, particles)
and expect nothing, so a shape whose first test is widened later fails here, not silently."""

from __future__ import annotations

import pytest

from scanassist_core.extract import _persons as P
from scanassist_core.extract._filters import lexicon

NOTES = [
    "Kyle SMITH (DOB 12/03/1998) was stopped in a silver Ford Focus with J. O'BRIEN and Maria de SOUZA.",
    "Nominal 1: HUSSAIN Imran 02/05/1990 - suspect\nNominal 2: EVANS Kyle DOB 01/02/1999",
    "SMITH, John Paul (05.03.93) lives with his cousin Reece and a man called Nicu.",
    "seen jordan wright n his m8 ryan outside spar. khan refused to open up, mrs carol spalding says",
    "JOHN SMITH AND DEAN PRESTON WERE ARRESTED AT THE ADDRESS. KOWALCZYK M SEEN LEAVING",
    "Officers spoke to JOHN SMITH and KYLE JONES outside the shop; both were searched.",
    "Source reports that KOWALCZYK is using the Jay line. Shannon found safe by Mr Hartley.",
    "Hevi (16) and Dritan Hoxha (DOB 01/02/1995) met van der Berg at the Old Mill pub.",
    "Zhang reports to Chen. Mrs Grace Hughes said someone called Jordan or Jordon was there.",
    "R J Thompson, W Campbell spoken to; Mr A RAHMAN and Rebekah E. THOMPSON present.",
    "BARNES\tTyler\t01/02/1990\nGRAHAM,Shaun,22,Walsall",
    "aka 'Tank' - known as \"T\" - street name Lemon; DPs KOWALSKI Marek and iPhone 13 seized",
    "PNC: HUSSAIN/IMRAN and WEBB/DARREN PAUL; account holders Smith J A and Wozniak K.",
]


#: Every name shape the scanner has (a shape missing from the table is never tried at all).
SHAPES = (
    "surname_comma_forename nominal_line all_caps forename_run_caps initials_surname title_prose pnc_slash "
    "title_surname_forename named_cue kin_name unknown_with_attr hasty_opening hasty_town_surname "
    "lower_with_cue hasty_surname caps_alone lone_forename lone_title_surname title_surname_initials other_spelling "
    "gaelic_surname"
).split()


def _left_out() -> list[tuple[bool, str, object]]:
    every = [getattr(P._Scanner, name) for name in SHAPES]
    return [(hasty, form, fn) for hasty, by_form in P._SHAPES_BY_FORM.items() for form, fns in by_form.items()
            for fn in every if fn not in fns]


@pytest.mark.parametrize("note", NOTES)
def test_left_out_shapes_never_match(note: str) -> None:
    lex = lexicon()
    sc = P._Scanner(note, lex)
    sc._ends = set()
    checked = 0
    for hasty, form, fn in _left_out():
        if hasty != sc.hasty:
            continue
        for i, t in enumerate(sc.toks):
            if t.kind != "w":
                continue
            f = "PARTICLE" if t.shape in ("TITLE", "LOWER") and t.text.lower() in P._PARTICLES else t.shape
            if f != form:
                continue
            checked += 1
            assert fn(sc, i) is None, (fn.__name__, form, t.text)
    assert checked  # every note exercises some left-out shapes


def test_every_shape_is_tried_for_some_form() -> None:
    tried = {fn.__name__ for fns in P._SHAPES_BY_FORM[True].values() for fn in fns}
    assert tried == set(SHAPES)
    assert P._SHAPES_BY_FORM[False]["OTHER"] == ()
    assert all("hasty" not in fn.__name__ for fns in P._SHAPES_BY_FORM[False].values() for fn in fns)


def test_names_still_found() -> None:
    names = {f.text for f in P.find_persons(NOTES[0] + " " + NOTES[9])}
    assert {"Kyle SMITH", "Maria de SOUZA", "W Campbell", "Rebekah E. THOMPSON"} <= names
