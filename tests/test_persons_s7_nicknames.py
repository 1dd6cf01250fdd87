"""Session 7: street names made of an adjective and a name or letter ("Big Tony", "Little T",
"scouse dave", "Old John", "wee stevie", "(big g)") are one span, as annotators of most sets
write them; after an article or possessive the adjective is ordinary English ("the wee McCann
boy", "his old mate Kyle"). Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("poss ID for scouse dave at the flat = David CASEY 41 from Kirkby", "scouse dave"),
        ('Source says the older male, Frank HOLT ("Old Frank"), keeps the cash at his sister\'s.', "Old Frank"),
        ("Gareth Pugh (big g) back out of prison and running the line again", "big g"),
        ("CHIS: the phone is held by a lad they call \"Little T\", about 15.", "Little T"),
    ],
)
def test_an_adjective_nickname_is_one_span(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name, longer",
    [
        ("it was the wee McCann boy again throwing stones at the bus", "McCann", "wee McCann"),
        ("he lives with his old mate Kyle on the estate", "Kyle", "old mate Kyle"),
    ],
)
def test_after_an_article_the_adjective_is_english(ex, text, name, longer):
    found = person_texts(ex, text)
    assert name in found and not any(f.lower().startswith(("wee", "old")) for f in found)


def test_a_description_in_brackets_is_no_nickname(ex):
    assert person_texts(ex, "suspect (big lad, tall, grey trackies) ran off towards the park") == []


@pytest.mark.parametrize(
    "text, nick",
    [
        ("the lad the kids call \"stretch\", real name callum brady, is back on the estate", "stretch"),
        ('Cashier says the youth is "smudge", real name unknown, white, 16ish.', "smudge"),
        ("Associate: \"KD\" from Walsall, drives a black Golf.", "KD"),
        ("vic says he owes money off \"JB\" and is scared to go out", "JB"),
        ("MFH believed to be in Leeds with \"R\". Mum says she took her charger.", "R"),
    ],
)
def test_quoted_street_names_after_strong_cues(ex, text, nick):
    assert nick in person_texts(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        'Source graded "B" by the handler, intelligence graded "2".',
        'Q4 on the form was ticked "A" for always, per the school.',
    ],
)
def test_a_quoted_grade_letter_is_no_person(ex, text):
    assert person_texts(ex, text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("attended re concern for welfare. nan (pat) says she has not seen him since sunday", "pat"),
        ("dv call 2215. vic jade says ex kicked the door in and left before we arrived", "jade"),
        ("ty beckford there again shouting at amber (his mum). left before units arrived", "amber"),
        ("spoke to mum (dawn) at the door, he is upstairs asleep", "dawn"),
    ],
)
def test_a_word_forename_in_a_persons_slot(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "the money (his mum said) was gone from the tin by the morning",
        "ok ty x see u tmrw",
    ],
)
def test_no_name_in_those_slots_without_a_forename(ex, text):
    assert person_texts(ex, text) == []
