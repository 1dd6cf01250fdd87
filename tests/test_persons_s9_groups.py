"""Session 9: a surname naming a family or group ("the Barrow ATKINSON family", "the KELLY
brothers", "SMITH children", "the O'HAGAN group") is no person (the guidelines' "the FOLEY
family"), while a person's own children or group work stay with the person. Examples are our
own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._persons import find_persons, names_a_group


@pytest.mark.parametrize(
    "text, group",
    [
        ("Not related to the Barrow ATKINSON family. Meter bypass found at Dean ATKINSON's address.", "Barrow ATKINSON"),
        ("Intel suggests the KELLY brothers are using the yard. Sean KELLY was seen there on Monday.", "KELLY"),
        ("The Doyle siblings were seen at the park again; no adult present.", "Doyle"),
    ],
)
def test_a_family_is_no_person(text, group):
    found = [f.text for f in find_persons(text)]
    assert group not in found


def test_names_a_group_reads_the_words_around():
    t = "Strategy meeting - SMITH children - Derby. Money collector for the O'HAGAN group. Kyle GROUP."
    assert names_a_group(t, t.index("SMITH"), t.index("SMITH") + 5)
    assert names_a_group(t, t.index("O'HAGAN"), t.index("O'HAGAN") + 7)
    u = "Kyle SMITH's children were at school. Lee BROWN group work session."
    assert not names_a_group(u, u.index("Kyle"), u.index("Kyle") + 10)  # his children: a person
    assert not names_a_group(u, u.index("Lee"), u.index("Lee") + 9)  # "group" without "the" before the name
    v = "Update for Dennis Coles family - his wife rang about the refund."
    assert not names_a_group(v, v.index("Dennis"), v.index("Dennis") + 12)  # the family of one named person
