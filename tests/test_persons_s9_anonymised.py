"""Session 9: children and victims anonymised by their initials, as strategy-meeting minutes,
CSE/CCE referrals and charging summaries write them: dotted initials before an age ("found with
H.J. (14)", "Case: R.M. (15)"), and initials after a victim or child cue ("victim K P",
"victims DMS 15 and AJW 16", "trafficking re S.T."). Codes that look alike (a NINO's prefix,
"GCS 12", "CAT 1", "TIC 41", plates) are no names. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Stopped at Bedford station with H.J. (14). 12 wraps of crack found in his sock.", "H.J."),
        ("Channel Panel minutes. Case: R.M. (15). Agencies: school, YOS, police.", "R.M."),
        ("Charged s.9 SOA x2 (victims DMS 15 and AJW 16). Remanded to court.", "DMS"),
        ("Charged s.9 SOA x2 (victims DMS 15 and AJW 16). Remanded to court.", "AJW"),
        ("Offences: causing a child to be sexually exploited (victim K P), possession of Class A.", "K P"),
        ("Charged s.2 MSA (trafficking re S.T.). No comment interview, remanded.", "S.T."),
        ("Sexual activity with a child (victim L M 15), supply of Class A to a child.", "L M"),
    ],
)
def test_initials_of_an_anonymised_child(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("Claimant Leanne PRICE, NINO JK 48 21 93 B, claims Universal Credit.", "JK"),
        ("Found intoxicated on the seafront (GCS 12), taken to QA hospital.", "GCS"),
        ("Assessment: CAT 1 per the triage. Pass to the POLIT team.", "CAT"),
        ("Admitted 23 thefts (TIC 41 further) at interview.", "TIC"),
        ("Vehicles: DW19 EBB (Range Rover), LW 1 (cherished plate).", "LW"),
        ("Victim ABH 2 injuries noted by the FME.", "ABH"),
    ],
)
def test_codes_are_no_initials(ex, text, bad):
    assert bad not in person_texts(ex, text)
