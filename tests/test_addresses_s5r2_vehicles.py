"""Vehicle marks in rural and acquisitive-crime intelligence: prefix-era marks typed without a space,
a mark in a list whose entries carry a note in brackets, a mark named after a colon in a sentence
about plates, a complete mark trailed by an ellipsis, and Irish marks where the text says they are
Irish. Every mark and sentence is written for these tests."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def vrms(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "VEHICLE"]


def test_a_prefix_mark_typed_without_a_space():
    assert vrms("Intel suggests M614KDT is being used to move stolen quads at night.") == ["M614KDT"]
    assert vrms("SMITH is linked to R229JHN (DOB 01/02/1980) on PNC.") == ["R229JHN"]
    assert vrms("Notes mention p847 wke once.") == []  # lower case in a cased text, spaced, no context
    # A road number and a shouted word stay apart; a spaced shape in capitals needs context.
    assert vrms("TRAVELLING NORTH ON THE A483 AND THEN WEST") == []
    assert vrms("Took the A483 past Welshpool, then the B4391 to Bala.") == []


def test_a_mark_in_a_list_with_notes_in_brackets():
    text = "Stolen Defenders: AB19 KLM (Thirsk), CD66 XPT (Ripon), L417 PWN (Bedale). All keyless."
    assert vrms(text) == ["AB19 KLM", "CD66 XPT", "L417 PWN"]
    assert vrms("Vans seen: FD21 HHX (white Transit) and G318 MVR (Luton body).") == ["FD21 HHX", "G318 MVR"]


def test_a_mark_named_after_a_colon_in_a_sentence_about_plates():
    assert vrms("Owner now has a private plate from DVLA: K9 TLW. Old one not recorded.") == ["K9 TLW"]
    assert vrms("He was given a cherished registration by the dealer - P7 RKS.") == ["P7 RKS"]
    # No mark word in the sentence: a shape after a colon is not enough.
    assert vrms("Ref: A12 BCD was used on the form.") == []


def test_a_complete_mark_trailed_by_an_ellipsis():
    assert vrms("plates made up for KP19 ZZT... no documents asked for") == ["KP19 ZZT"]
    assert vrms("partial reg KP19...") == []
    assert vrms("reg started KX67..") == []


def test_an_irish_mark_where_the_text_says_it_is_irish():
    assert vrms("Horsebox with an Irish reg 12-KY-4471 seen at the mart.") == ["12-KY-4471"]
    assert vrms("Garda confirm 161-D-23876 is a hire van from Dublin.") == ["161-D-23876"]
    assert vrms("ROI plate 08 MH 5127 on the tipper.") == ["08 MH 5127"]
    assert vrms("Garda check on 11-WX-902... came back to a scrap dealer.") == ["11-WX-902"]
    # Without an Irish cue a date-like or reference-like run is no mark.
    assert vrms("Case 12-KY-4471 filed.") == []
    assert vrms("Irish accent, ref 2023-D-1234 on the log.") == []
