"""Session 9: a person known by a short alias ("Tel") is not every form label of that word in the upload
("Tel: 01632 960184"). Also groups and premises the model reads as persons. Our own wording."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import _eval  # noqa: E402

from scanassist_core.extract import extract_mentions  # noqa: E402
from scanassist_core.settings import Settings  # noqa: E402


def _persons(texts: list[str]) -> dict[str, list[str]]:
    frame = _eval.reports_frame([{"id": f"R{i}", "date": "2025-03-01", "text": t} for i, t in enumerate(texts)])
    m = extract_mentions(frame, Settings.from_env())
    out: dict[str, list[str]] = {}
    for r in m.itertuples():
        if r.type == "PERSON":
            out.setdefault(r.reference, []).append(r.text)
    return out


def test_an_alias_is_not_a_form_label_elsewhere_in_the_upload():
    got = _persons([
        'Terence HOLLOWAY (aka "Tel") runs the car lot on Station Road. Tel was seen there again on Friday.',
        "Victim: Mary JONES (71), 9 Dalston Road, Carlisle CA2 5NW\nTel: 01632 960 184\nVictim met the suspect online.",
        "Director: Sunil SHAH, 14 High Street, Stone ST15 8AB\nTel 07700 900 507\nVehicle on the forecourt.",
    ])
    assert "Tel" in got["R0"]
    assert "Tel" not in got.get("R1", []) and "Tel" not in got.get("R2", []), got


def test_a_speaker_in_a_transcript_is_still_the_person():
    got = _persons([
        "Kyle BARNES (17) uses the phone ending 417.",
        "Download extract:\nKyle: where r u\nShay: outside the spar\nKyle: 10 mins",
    ])
    assert "Kyle" in got.get("R1", []), got
