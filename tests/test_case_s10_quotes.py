"""Case-less notes (session 10): a street name in quotes is read by its slot: straight after the
person's name ('darren kelsall "tank"'), after a relation or a naming verb ('her cousin "bugsy"',
'mentioned "razor"'), as the owner of people or a home ('"chops"'s lads'), as a clause's subject
('said "razor" will ...'), or because the same word is quoted as a name elsewhere in the report.
Scare quotes (a comment, a phrase, a verb, an adverb) stay words."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


def _title(text: str, word: str, nth: int = 0) -> bool:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return _view(text)[at : at + len(word)].istitle()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('stopped darren kelsall "tank" outside the chippy on the parade, nothing found', "tank"),
        ('mcbride "biscuit" seen on the landing handing over a parcel to another inmate', "biscuit"),
        ('her cousin "bugsy" comes up from the coast on fridays with the gear', "bugsy"),
        ('girl disclosed her online boyfriend "jimmy" asked her to hold money for him', "jimmy"),
        ('in interview he mentioned "razor" twice and would not say any more about it', "razor"),
        ('she is scared of "chops"\'s lads since the fight at the rec last week', "chops"),
        ('she said "razor" will hurt her mum if she talks to police about the flat', "razor"),
        ('warned about her contact with "spud". later said "spud" is her boyfriend and looks after her', "spud"),
        ("RYAN COOPER \"COOPS\" (19) ARRESTED ON WARRANT AT HIS MUM'S ADDRESS", "COOPS"),
    ],
)
def test_a_quoted_nickname_is_cased_by_its_slot(text: str, word: str) -> None:
    assert _title(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('carys says gethin "fell" down the stairs at the party and hit his head', "fell"),
        ('mum michelle "devastated", engaging well with the family liaison officer', "devastated"),
        ('he denied knowing darnell "properly", said everyone knows him round here', "properly"),
        ('gives warsame "packages" every week from the back of the shop', "packages"),
        ('he said it was "fine" and she did not need any help from us at all', "fine"),
        ('he has "love" and "hate" tattooed on his knuckles, seen on bodycam', "love"),
        ('carrying it "for protection" he says, knife seized and crime recorded', "protection"),
    ],
)
def test_scare_quotes_stay_words(text: str, word: str) -> None:
    assert not _title(text, word)


def test_the_whole_extractor_reads_the_nickname_and_the_name_apart(ex) -> None:
    found = _persons(ex, 'known drug dealer jordan nuttall "nuts" seen in the bar again, banned under pubwatch')
    assert "jordan nuttall" in found and "nuts" in found
