"""Session 5 round 2: a frequent surname that is also a word ("HALL", "BELL"), written alone in
capitals in a note that writes SURNAMES in capitals, is the person where the name closes or a
subject's verb follows; a maker's name that is a person's name ("a Fenwick Jones trailer") before
the machine is the make. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core.extract._pipeline import Extractor


def typed(ex: Extractor, text: str) -> list[tuple[str, str]]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return list(zip(df["text"], df["type"]))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kyle DENTON drives for MARSH; HALL does the viewings and takes the cash.", "HALL"),
        ("Tools recovered from Gary PEARCE's van. BELL arrested later on suspicion of handling.", "BELL"),
        ("(1) Dean FOSTER - home, words of advice. (2) BELL - not home, partner present.", "BELL"),
    ],
)
def test_a_word_surname_alone_in_capitals_is_the_person(ex, text, name):
    assert (name, "PERSON") in typed(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dean FOSTER was seen at the VILLAGE HALL car park at 23:00.",
        "Dean FOSTER attended the meeting at the HALL.",
        "Quiet night. Dean FOSTER seen at the Crown. The WHITE van has gone.",
        "Dean FOSTER arrested for handling. Submitted by PC 4471 HALL, Mercia LPT.",
    ],
)
def test_a_word_in_capitals_that_names_a_thing_stays_out(ex, text):
    assert [p for p, t in typed(ex, text) if t == "PERSON"] == ["Dean FOSTER"]


@pytest.mark.parametrize(
    "text, maker",
    [
        ("GPS screen taken from a John Deere 6155R tractor parked in the yard.", "John Deere"),
        ("Theft of two quads and an Ifor Williams trailer from the farm overnight.", "Ifor Williams"),
        ("Has access to a converted Baikal pistol kept at his mum's address.", "Baikal"),
    ],
)
def test_a_makers_name_before_the_machine_is_no_person(ex, text, maker):
    assert (maker, "PERSON") not in typed(ex, text)


def test_forename_before_a_word_surname_alone_in_capitals_joins_it(ex) -> None:
    text = "Burglary at 135 Albert Ln, Shrewsbury. Victim Dwayne WHITE suspects Dawid LEWANDOWSKI, a former lodger."
    names = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert "Dwayne WHITE" in names and "WHITE" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seen at 0838hrs with Nathaniel PEARSON and BROWN, Amber. He looked scared.", "BROWN, Amber"),
        ("Burglary reported. Victim Kristopher WHITE suspects O'SULLIVAN, Kyle, a former lodger.", "Kristopher WHITE"),
    ],
)
def test_word_surname_alone_in_capitals_takes_its_forename_either_side(ex, text: str, name: str) -> None:
    names = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert name in names and name.split(",")[0].split()[-1] not in names
