"""Case-less notes (session 9): a surname alone in lower case that WordNet also lists as a noun
(named for a famous bearer: "hitchcock", "beckett", "rutherford") is read as a name from the
person's slot it fills, through the shipped surname list (data/surnames.txt); a surname that names
a firm ("goddard metals") or a place's word ("thames valley") is not."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view
from scanassist_core.extract._truecase import listed_surnames


def test_the_list_holds_surnames_and_no_everyday_english_words() -> None:
    names = listed_surnames()
    assert len(names) > 10_000
    assert {"hitchcock", "beckett", "rutherford", "purcell", "whitehead"} <= names
    # common English words that are also frequent surnames were filtered out when it was built
    assert not names & {"brown", "white", "hall", "may", "rose", "hope", "mills", "park", "long", "young",
                        "king", "wood", "bell", "marsh", "cash", "price", "rich", "grant", "frank", "banks"}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("hitchcock arrested at the scene after a short foot chase, conveyed to custody", "hitchcock"),
        ("intel suggests beckett is storing the cash at his nan's flat on the estate", "beckett"),
        ("seen in the park with rutherford and two other youths, all dispersed", "rutherford"),
        ("co-accused purcell interviewed separately, made no comment throughout", "purcell"),
        ("2215 stopped wilkinson on foot near the garages, searched s23 nil found", "wilkinson"),
        ("victim whitehead says the male had a knife and took his phone and wallet", "whitehead"),
        ("update - dickinson released on bail 14/03, condition not to contact the ip", "dickinson"),
    ],
)
def test_a_lone_lower_case_surname_in_a_persons_slot_is_a_person(ex, text: str, surname: str) -> None:
    at = text.index(surname)
    assert _view(text)[at : at + len(surname)].isupper()
    assert surname in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("converters sold on to scrap dealer goddard metals in the town for cash", "goddard"),
        ("deposit paid to cartwright lettings for the flat, tenancy in her name", "cartwright"),
        ("male detained by thames valley officers at the station and handed over", "thames"),
    ],
)
def test_a_surname_naming_a_firm_or_a_place_is_no_person(text: str, word: str) -> None:
    at = text.index(word)
    assert not _view(text)[at : at + len(word)].isupper()
