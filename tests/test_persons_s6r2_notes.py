"""Session 6 round 2: note shorthand before a name is no part of it ("RK" registered keeper,
"incl", "ID'd" identified) and alone no person; a surname named again with a possessive keeps
being a person whatever he owns ("Holt's car"); a title-case run that goes on to a trade word
names a firm, not its owner ("Patel Motor Sales Ltd"). Examples are our own wording."""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core.extract._pipeline import Extractor


def found(ex: Extractor, text: str, kind: str = "PERSON") -> list[str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return sorted(df.loc[df["type"] == kind, "text"])


@pytest.mark.parametrize(
    "text, name, bad",
    [
        ("PNC check on the Transit - RK Declan O'NEILL of Newry, no trace.", "Declan O'NEILL", "RK Declan O'NEILL"),
        ("Disorder outside the ground, 3 arrests incl FLETCHER.", "FLETCHER", "incl FLETCHER"),
        ("Shop theft 1420 - ID'd Jade MORRIS (17) from store CCTV.", "Jade MORRIS", "ID'd Jade MORRIS"),
    ],
)
def test_shorthand_before_a_name_is_cut_off(ex, text, name, bad):
    names = found(ex, text)
    assert name in names and bad not in names


@pytest.mark.parametrize(
    "text",
    [
        "Male ID'd from CCTV via PND and circulated to the team.",
        "Keeper details pending - RK check requested from DVLA.",
    ],
)
def test_shorthand_alone_is_no_person(ex, text):
    assert not {"ID'd", "RK"} & set(found(ex, text))


@pytest.mark.parametrize(
    "text, surname",
    [
        ("Tenant is Ryan HOLT (32). Holt's car was seen on ANPR at Junction 25.", "Holt"),
        ("Victim named as Nadia PETROVA. Petrova's flat was searched with consent.", "Petrova"),
        ("Present: Kieran DOYLE. Later Doyle's house on Mill Road was empty.", "Doyle"),
    ],
)
def test_a_surname_named_again_with_what_he_owns(ex, text, surname):
    assert surname in found(ex, text)


@pytest.mark.parametrize(
    "text, firm, person",
    [
        ("Van comes back to Patel Motor Sales Ltd of Leicester, run by Amit.", "Patel Motor Sales Ltd", "Patel Motor"),
        ("Lambs sold through Bowes Agri Sales at the mart.", "Bowes Agri Sales", "Bowes Agri Sales"),
        ("Quote was from Connors Driveways & Paving, cash only.", "Connors Driveways & Paving", "Connors Driveways"),
    ],
)
def test_a_run_ending_in_a_trade_word_is_a_firm(ex, text, firm, person):
    assert person not in found(ex, text)
    assert firm in found(ex, text, "ORGANISATION")



@pytest.mark.parametrize(
    "text, brand",
    [
        ('Bulk texts from 07700 900 412 advertising the "TANGO" line into Rhyl and Prestatyn.', "TANGO"),
        ("COUNTY LINES. LINE NAME 'SKIPPY'. TWO MALES RUNNING FROM THE FLAT.", "SKIPPY"),
        ('Deal line advertised as "Ricky" via bulk messages, prices for 2 and 3.', "Ricky"),
    ],
)
def test_a_quoted_deal_line_name_is_no_person(ex, text, brand):
    assert brand not in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "POLICE SCOTLAND - SID LOG\nSubject: BRODIE, Callum (DOB 02/02/1994) seen in Leith.",
        "SID Log - Falkirk. Callum BRODIE seen with two males at the bus station.",
    ],
)
def test_the_scottish_intelligence_log_is_no_sid(ex, text):
    names = found(ex, text)
    assert not any(n.upper().startswith("SID") for n in names)
    assert any("BRODIE" in n for n in names)


@pytest.mark.parametrize(
    "text, name, bad",
    [
        ("Mule DOHERTY interviewed under caution - says he was paid 300 to open the account.", "DOHERTY", "Mule DOHERTY"),
        ("Phones seized. OWUSU landline (01632) 960 114 checked against the cell site data.", "OWUSU", "OWUSU landline"),
        ("checks 1900. kayden walsh fiesta seen outside the chippy again", "kayden walsh", "kayden walsh fiesta"),
    ],
)
def test_a_role_before_or_a_thing_after_the_name_is_cut_off(ex, text, name, bad):
    names = found(ex, text)
    assert name in names and bad not in names
