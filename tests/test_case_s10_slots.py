"""Case-less notes (session 10): an everyday forename ("jade", "grace", "jay") as the person an
officer dealt with - told or asked to do something, given something, taken somewhere, rung."""

from __future__ import annotations

import pytest

from _case_helpers import view as _view


def _caps(text: str, word: str) -> bool:
    at = text.index(word)
    return _view(text)[at : at + len(word)].isupper()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("words of advice given, told jade to go home and not come back to the park tonight", "jade"),
        ("asked amber where she got the phone from, she would not say and walked off", "amber"),
        ("no offences disclosed, gave grace a lift back to her nan's in the van", "grace"),
        ("took summer and her friend home to the estate, mum aware and happy", "summer"),
        ("misper last seen with jack and his older brother near the shops on the parade", "jack"),
        ("dropped hope off at school at 0845 as agreed with the social worker", "hope"),
        ("rang jay twice on the number given, no answer, will try again tomorrow", "jay"),
        ("warned ruby not to contact the victim again, bail conditions explained to her", "ruby"),
    ],
)
def test_an_everyday_forename_as_the_person_an_officer_dealt_with(text: str, word: str) -> None:
    assert _caps(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we gave chase on foot but lost him in the alley behind the chip shop", "chase"),
        ("asked will to be done and the solicitor to be called before interview", "will"),
        ("took the jack and the spare wheel out of the boot, nothing else found", "jack"),
        ("told the crew to hold back until the dog unit arrived at the scene", "crew"),
    ],
)
def test_words_in_the_same_slots_stay_words(text: str, word: str) -> None:
    assert not _caps(text, word)
