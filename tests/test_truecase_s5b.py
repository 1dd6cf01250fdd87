"""Case-less notes (session 5): names made of everyday words, read from where hasty writers put them."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


# A known forename, then a surname that is also an English word, closed the way a note closes a
# name: an age, "and" or "+" and the next person, a verb, a pause.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("stop chk outside spar. shane wood 19 + mate, both searched nfa", "shane wood"),
        ("words of advice given to tyler king and his brother re asb on the rec", "tyler king"),
        ("ped stop market sq 2215. connor hall 17 had a lock knife in his sock, arrested", "connor hall"),
        ("intel that bradley cross has been running for the dee line again", "bradley cross"),
        ("asb at the shops, names given: kayleigh bird, 15", "kayleigh bird"),
        ("dropped off at home by her uncle. spoke to reece lee.", "reece lee"),
        ("INFORMANT STATES THAT DANIEL STONE WAS SEEN WITH TWO OLDER MALES", "daniel stone"),
    ],
)
def test_everyday_word_surname_closed_after_a_forename(ex, text: str, name: str) -> None:
    assert name.split()[1].upper() in _view(text)
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "cctv shows connor in a black puffer and grey trackies, wood handled knife in hand",
        "kayleigh cross with staff again tonight, refused to go to bed",
        "shane long gone by the time we arrived",
    ],
)
def test_everyday_word_after_a_forename_that_describes_stays_lower(text: str) -> None:
    view = _view(text)
    assert not any(w in view for w in ("WOOD", "CROSS", "LONG", "KING"))


# An everyday forename ("jack", "jade", "grace") opening a clause, then such a surname, with a
# strong close: an age, "and" + a person, or the clause's verb.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("asb mile end park. jack hall and his sister throwing stones at cars", "jack hall"),
        ("jade bird was present when we attended, refused to engage", "jade bird"),
        ("visit to nan's address. grace wood 14 back home, safe and well", "grace wood"),
    ],
)
def test_everyday_forename_and_surname_in_a_strong_frame(ex, text: str, name: str) -> None:
    view = _view(text)
    assert name.split()[0].title() in view and name.split()[1].upper() in view
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "mark wood and metal workshop broken into overnight",
        "jade green and white top, black leggings",
        "grace period given to pay the arrears",
    ],
)
def test_everyday_forename_word_before_a_thing_stays_a_word(text: str) -> None:
    view = _view(text)
    assert not any(w in view for w in ("WOOD", "GREEN", "PERIOD"))


# Initial and surname, the way records and notes name a party: after a word that takes a person.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("payments traced to the accounts of j okonkwo and t brennan, both linked to the flat", "j okonkwo"),
        ("room 14 booked by s kowalczyk for two nights, paid cash on arrival", "s kowalczyk"),
        ("bank details supplied on the invoice: d fletcher. no further details held", "d fletcher"),
        ("section 47 enquiry. concerns raised re l. cotterill by the school nurse", "l. cotterill"),
        ("COMPANY DIRECTOR MR A PATEL SPOKEN TO AT THE PREMISES, NO CONCERNS", "a patel"),
        ("he texted k. marsh asking for more work at the unit", "k. marsh"),
    ],
)
def test_initial_and_surname_after_a_person_slot(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("intel log: kowalczyk s (dob 1988) seen at the unit again", "kowalczyk s"),
        ("phone attributed to mensah d via cell site analysis", "mensah d"),
        ("signatories are okonkwo j and brennan t, both of the same address", "okonkwo j"),
    ],
)
def test_surname_and_initial_going_on_into_the_sentence(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "class b drugs found in the glovebox, c wing search negative",
        "he was moved to c wing. nothing found on the landing search",
        "location: b block. cell search negative, nothing seized",
        "we r luvin it said the message, sent at 2am to the group",
        "suspect wearing a t shirt and e scooter helmet, made off towards the park",
    ],
)
def test_letters_that_are_no_initials(ex, text: str) -> None:
    assert _persons(ex, text) == []
