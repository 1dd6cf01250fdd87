"""Notes typed on a phone (session 8): the keyboard capitalises each sentence's first word while
the officer types names, shops and streets in lower case. Such a note is half-cased, not written
with ordinary case, so the view reads its lower-case names."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from scanassist_core.extract._case import half_cased


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Spoke to kyle smith outside the spar on bury rd. He was with his mate dean and a girl called tracey. Both sent home.",
            ["kyle smith", "dean", "tracey"],
        ),
        (
            "Caller says her neighbour gary is shouting again. Attended, gary spoken to and calm. No offences.",
            ["gary"],
        ),
        (
            "Mfh chloe reid returned 0200. Says she was at a mates in town with shannon and blessing. Will do rhi on Monday.",
            ["chloe reid", "shannon", "blessing"],
        ),
    ],
)
def test_a_note_capitalised_only_at_sentence_starts_is_read_for_lower_case_names(ex, text: str, names: list[str]) -> None:
    assert half_cased(text)
    found = _persons(ex, text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        # capitals inside a sentence: the writer capitalises names, so lower case means a word
        "Spoke to Kyle SMITH outside the Spar on Bury Rd. He was with his mate dean. Both sent home.",
        # no forename typed in lower case: nothing to read differently
        "Attended the address following a report of a disturbance. On arrival the occupants were calm. No offences disclosed.",
        # a forename inside an email address is no name typed in lower case
        "He has registered a new phone. He also uses the email kyle.pop92@example.com to advertise jobs on social media.",
        # too little text to judge
        "Spoke to kyle. All fine.",
    ],
)
def test_ordinary_case_or_too_little_to_judge_is_read_as_written(text: str) -> None:
    assert not half_cased(text)
