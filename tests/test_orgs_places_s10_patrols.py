"""Places (session 10): a patrol log opening its clause with the patrol ("patrol sighthill and
springburn", "Foot patrol Hartcliffe", "Regular patrol Walton and Anfield") names the area after it;
the patrol word is the writer's and never part of the place."""

from __future__ import annotations

import pytest


def _places(ex, text: str) -> set[str]:
    return {f.text for f in ex.extract_text(text) if f.type == "LOCATION"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("patrol gorbals and govanhill. spoke to shop staff re the youths on bikes", "gorbals"),
        ("Foot patrol Easton. Spoke to resident re cuckooing at the flats.", "Easton"),
        ("PCSO 8890. Reassurance patrol Handsworth, leaflets dropped, nothing to report.", "Handsworth"),
    ],
)
def test_the_area_after_a_patrol_word_is_the_place_alone(ex, text: str, place: str) -> None:
    found = _places(ex, text)
    assert place in found and not any("atrol" in p for p in found)


def test_a_patrol_inside_a_name_is_not_cut() -> None:
    from scanassist_core.extract._filters import blocked_spans

    text = "The Border Patrol agent stopped the van."
    assert not any("Patrol" in text[s:e] for s, e in blocked_spans(text))
