"""Session 6 round 1: a forename followed by the initial of a surname the writer half knows is
one name ("brother Craig P to be spoken to", "1 poss bethan m.", "with jordan t and kelly p");
letters that are text-speak or words ("hewitt v drunk", "tell kyle u r late", "I", "A") are not.
Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import sorted_person_texts as persons


@pytest.mark.parametrize(
    "text, name",
    [
        ("Safety plan agreed. Her brother Darren T to be spoken to about letting him stay.", "Darren T"),
        ("Victim in the earlier case is named Lacey-Jo M. Number withheld pending checks.", "Lacey-Jo M"),
        ("2 lads on the wall, 1 poss kieran d. moved on twds the shops", "kieran d"),
        ("using local kids incl jodie s and kyle p for running, meets them at the rec", "jodie s"),
    ],
)
def test_a_forename_takes_the_surname_initial_after_it(ex, text, name):
    assert name in persons(ex, text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("spoke to kyle v drunk and abusive, taken home by mum", "kyle v"),
        ("tell kyle u r late again and mum is not happy", "kyle u"),
        ("We spoke to Karen I think on the Tuesday about it.", "Karen I"),
    ],
)
def test_a_word_letter_is_no_initial(ex, text, bad):
    assert bad not in persons(ex, text)


def test_a_w_initial_the_rules_read_stays(ex):
    assert "kacper w" in persons(ex, "kacper w back in town?? seen by pcso near the chippy")
