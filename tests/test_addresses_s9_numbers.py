"""Session 9: two neighbouring houses under one street, written with a slash ("14/16 Mill Lane",
"112/114 Soho Road": a shop over two plots) or with "and" ("31a and 31b Park Road"), as the
"14 & 16" form already was; a slash that can be a date or a reference stays tail-gated or out."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_slash_pair_of_houses() -> None:
    assert _longest("Subject at 14/16 Mill Lane, Rugby. Not known there.") == "14/16 Mill Lane, Rugby"
    assert _longest("Business premises: 112/114 Soho Road, Handsworth. Cash business.") == "112/114 Soho Road, Handsworth"
    assert _longest("WARRANT AT 22/24 CROWN STREET - BOTH FLATS ENTERED") == "22/24 CROWN STREET"
    assert _longest("takeaway 17/19 market st, open till 3am") == "17/19 market st"
    assert _longest("takeaway 7/9 market st, open till 3am") == ""  # 7/9 may be the 7th of September


def test_slash_that_is_a_date_or_reference_is_no_pair() -> None:
    assert _longest("Seen 15/3 Mill Lane, no town given") == ""  # a date as often as an Edinburgh stair
    assert _longest("Op ref 14/225 Mill Lane enquiries") == ""
    assert _longest("on 03/11 Mill Road at 2200") == ""
    # an Edinburgh stair number with its town is still an address
    assert _longest("flat at 15/3 Dalry Road, Edinburgh EH11 2AZ") == "15/3 Dalry Road, Edinburgh EH11 2AZ"


def test_and_pair_of_houses() -> None:
    assert _longest("Intel suggests drugs are being sold from 31a and 31b Park Road, Bootle.") \
        == "31a and 31b Park Road, Bootle"
    assert _longest("HOUSES 3 AND 5 KING STREET, WIGAN SEARCHED UNDER WARRANT") == "3 AND 5 KING STREET, WIGAN"
    assert _longest("runners going between 14 and 16 tennyson rd all night") == "14 and 16 tennyson rd"
    # "and" joining two clauses is no pair
    assert _longest("bought 2 and sold 3 Park Lane kids a phone") == "3 Park Lane"


def test_gate_street_of_the_north_needs_no_town() -> None:
    # "-gate" (Old Norse "street") is the street's own word in Yorkshire, the North East and Scotland
    assert _longest("spoke to karwan again at 42 wellgate, says reb now moved them") == "42 wellgate"
    assert _longest("Seen entering 14 Kirkgate at 2100.") == "14 Kirkgate"
    assert _longest("CANNABIS GROW AT 7 MICKLEGATE - 40 PLANTS") == "7 MICKLEGATE"
    # a town of that shape, or an English word ending so, is none
    assert _longest("2 Harrogate lads were stopped in town") == ""
    assert _longest("He bought 2 Eastgate tickets for the match.") == ""  # a noun after it: no street
    assert _longest("14 tailgate incidents recorded this month") == ""


def test_premises_number_before_the_street_opens_the_address() -> None:
    # "Warehouse 3, Dock Road": the 3 is the warehouse's, so the address starts at its word
    assert _longest("Goods shipped to Warehouse 3, Dock Road, Tilbury RM18 7BH.") == "Warehouse 3, Dock Road, Tilbury RM18 7BH"
    assert _longest("stolen bikes in garage 14, mill lane, bilston wv14 6ab") == "garage 14, mill lane, bilston wv14 6ab"
    assert _longest("Cash kept at LOCK-UP 7, STATION APPROACH, DIDCOT OX11 7AA") == "LOCK-UP 7, STATION APPROACH, DIDCOT OX11 7AA"
    found = [f for f in find_addresses("Goods shipped to Warehouse 3, Dock Road, Tilbury RM18 7BH.") if f.text.startswith("Ware")]
    assert found[0].attrs["flat"] == "unit 3" and found[0].attrs["number"] == ""
    # a label before the house number is no premises
    assert _longest("Address 17, Broadway, Peterborough PE1 1RS") == "17, Broadway, Peterborough PE1 1RS"
