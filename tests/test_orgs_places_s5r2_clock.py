"""Organisations and places (session 5 round 2): a CAD or log entry's clock time and the first word
after it are no name ("21:05 Officers on scene", "22:40 Suspects left")."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import is_noise_text


@pytest.mark.parametrize("span", ["21:05 Officers", "19:40 Group", "07.15 Caller", "23:59hrs Suspects"])
def test_time_then_word_is_noise(span: str) -> None:
    assert is_noise_text(span)


@pytest.mark.parametrize("span", ["Kelvin Hall School", "Club 24", "Studio 54"])
def test_names_with_numbers_are_not_noise(span: str) -> None:
    assert not is_noise_text(span)


def test_cad_log_entries_give_no_body(ex) -> None:
    text = ("CAD 0412 14/02 20:51 Call from resident re youths on bikes. 21:06 Units on scene, "
            "two males detained. 21:30 Group dispersed towards the park.")
    orgs = [f.text for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]
    assert not any(o[:1].isdigit() for o in orgs)
