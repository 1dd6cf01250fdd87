"""Case-less notes (session 10): names written the way hurried officers and speech-to-text write
them - an Irish O-surname with a space for its apostrophe ("sean o brien"), an Arabic "al" after
a forename ("hassan al jabouri"), and an initial with a surname in a person's slot that police
shorthand or a log line opens ("found w/ m grant", "later id c robinson", "1930 m quinn calling").
"""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


def _caps(text: str, word: str) -> bool:
    at = text.index(word)
    return _view(text)[at : at + len(word)].isupper()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("it was sean o brien again with a girl who is fifteen full stop she was sent home", "o brien"),
        ("passenger was dean o connor, driver was his cousin, both known for vehicle crime", "o connor"),
        ("words of advice given to o sullivan about the parking on the verge outside no 4", "o sullivan"),
        ("the driver was hassan al jabouri and the car was a blue passat full stop", "al jabouri"),
        ("mfh located 0045 on the seafront, found w/ m grant (gucci) in a car, grant arrested", "m grant"),
        ("2 phones and cash recovered from the vehicle, later id c robinson, arrested pwits", "c robinson"),
        ("1930 m quinn calling 999 from her sister's, ex partner at the door again", "m quinn"),
    ],
)
def test_hurried_spellings_of_a_surname_are_one_surname(text: str, name: str) -> None:
    assert _caps(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("she left school at sixteen with one o level in english and has worked in the shop since", "o level"),
        ("he said al and his wife moved away from the street last year, no further", "al and"),
        ("no id card on him, gave details verbally, checked on pnc and all came back fine", "card"),
        ("2100 c wing unlocked for association, no issues reported by staff on the landing", "c wing"),
    ],
)
def test_letters_and_words_that_only_look_like_those_stay_words(text: str, word: str) -> None:
    assert not _caps(text, word)


def test_the_whole_extractor_reads_the_spaced_o_surname_with_its_forename(ex) -> None:
    found = _persons(ex, "stopped a car on the ring road, driver was kieran o neill and passenger was dean o connor, both known")
    assert "kieran o neill" in found and "dean o connor" in found
