"""Bodies in money and exploitation reports: a company's registered name with its region in
brackets before the legal form, a note's verb opening the clause before a body, "Care" as the
first word of a name rather than a label, and a bank that carries a town's name."""

import pandas as pd



def found(ex, text: str, kind: str) -> list[str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return df.loc[df["type"] == kind, "text"].tolist()


def test_region_in_brackets_is_part_of_a_registered_name(ex):
    text = "Director of Harbour View Homes (Scotland) Ltd since 2019; rents go to Tyne Lettings (NE) Limited."
    orgs = found(ex, text, "ORGANISATION")
    assert "Harbour View Homes (Scotland) Ltd" in orgs and "Tyne Lettings (NE) Limited" in orgs
    assert "Scotland" not in found(ex, text, "LOCATION")
    assert "Pennine Scaffolding (North West) Ltd" in found(
        ex, "Invoices raised by Pennine Scaffolding (North West) Ltd were never paid.", "ORGANISATION")


def test_note_verb_opening_a_clause_is_outside_the_body(ex):
    assert "Golden Sands Money Transfer" in found(ex, "Uses Golden Sands Money Transfer on Cheetham Hill Road to send cash home.", "ORGANISATION")
    assert "Pearl Nails" in found(ex, "Revisit Pearl Nails, Dudley. Manager not present, two staff spoken to.", "ORGANISATION")
    assert "Owns Property" not in " ".join(found(ex, "Owns Castle Car Wash Ltd and two flats in Walsall.", "ORGANISATION"))


def test_care_opening_a_body_name_is_its_own_word(ex):
    assert "Care Quality Commission" in found(ex, "Concerns passed to the Care Quality Commission about agency staff.", "ORGANISATION")
    assert "Hull City Council" in found(ex, "Child now in care of Hull City Council.", "ORGANISATION")


def test_bank_named_like_a_town_where_money_words_surround_it(ex):
    assert "Halifax" in found(ex, "Mule account opened at Halifax in March, £9k in cash deposits.", "ORGANISATION")
    assert "Halifax" in found(ex, "Wages paid into a Halifax account in his brother's name.", "ORGANISATION")
    assert "Halifax" in found(ex, "He moved to Halifax last year and opened a bank account there.", "LOCATION")
    assert "Halifax" in found(ex, "Seen drinking in Halifax with the DOYLE brothers on Friday.", "LOCATION")
