"""A note opens a clause with a label before a body's full name ("Shop ...", "Business ...",
"Conveyancer ...", "Born ..."): the label stays outside the name there; mid-sentence the word may
be the name's own first word."""

import pandas as pd

from scanassist_core.extract._orgs_places import find_orgs_places


def orgs(text: str) -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == "ORGANISATION"]


def pipeline_orgs(ex, text: str) -> list[str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return df.loc[df["type"] == "ORGANISATION", "text"].tolist()


def test_shop_label_opening_a_clause_is_outside():
    assert "Akhtar Mini Market" in orgs("Window checked, positive. Shop Akhtar Mini Market window smashed 2 nights ago.")
    assert "Kwik Save Express" in orgs("Victim works nights. Shop Kwik Save Express was the target again.")


def test_conveyancer_and_born_labels_are_outside():
    assert "Whitworth Gray Solicitors LLP" in orgs("Purchase in cash. Conveyancer Whitworth Gray Solicitors LLP. Funds from abroad.")
    assert "Princess Anne Hospital" in orgs("DOB 21/02/2009\nBorn Princess Anne Hospital, Southampton.")


def test_mid_sentence_shop_is_the_name_own_word():
    assert "Shop Direct Ltd" in orgs("Parcels go to the Shop Direct Ltd depot in Wigan.")


def test_business_label_keeps_the_model_span_out(ex):
    found = pipeline_orgs(ex, "Registered for VAT? No. Business Tyneside Hand Car Wash not registered with HMRC.")
    assert "Tyneside Hand Car Wash" in found
    assert not any(o.startswith("Business") for o in found)
