"""Session 7: a surname before a group word names a group, not a person, whichever layer reads it.
Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize(
    "text, group",
    [
        ("Youths believed to be the Rafferty brothers were seen on the precinct again, one on a moped.", "Rafferty"),
        ("Neighbour reports the Okonjo twins have not been at school since half term.", "Okonjo"),
        ("Complaints about the FENWICK lads riding scramblers on the playing fields.", "FENWICK"),
        ("Parents of the Hollis girls say a man in a grey Audi has been waiting outside the school.", "Hollis"),
    ],
)
def test_surname_before_a_group_word_is_no_person(ex, text, group):
    assert group not in [f.text for f in ex.extract_text(text) if f.type == "PERSON"]


def test_a_person_named_beside_the_group_is_still_read(ex):
    text = "Kieran RAFFERTY (17) was with the Rafferty brothers outside the chip shop."
    found = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert "Kieran RAFFERTY" in found and found.count("Rafferty") == 0


def test_a_possessive_before_boys_names_one_persons_crew(ex):
    text = 'Door answered by two males who said they were "Tilly\'s boys" and would be back for the money.'
    assert "Tilly" in [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
