"""Insurers, the insurance-fraud and credit-reference bureaux, the regulator and crypto and money
apps that motor, fraud and financial reports name by brand alone ("insured with Admiral", "IFB
referral", "not FCA authorised", "sent via Wise") are bodies; the same words as everyday English
in lower-case notes are not."""

import pandas as pd

from scanassist_core.extract._orgs_places import find_orgs_places


def orgs(text: str) -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == "ORGANISATION"]


def pipeline(ex, text: str, kind: str) -> list[str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return df.loc[df["type"] == kind, "text"].tolist()


def test_insurers_and_bureaux_in_motor_reports():
    assert orgs("Golf was insured with Admiral until the claim, then 1st Central from May.") == ["Admiral", "1st Central"]
    assert "IFB" in orgs("Referral from the IFB: staged collision on the A580, three claimants linked by phone.")
    assert "MIB" in orgs("MIB check - no insurance on record since March. Vehicle seized s165.")
    assert "Hiscox" in orgs("Owner has instructed insurer Hiscox to handle the claim; he wants updates by email.")


def test_regulator_credit_reference_and_crypto_in_financial_reports():
    assert "FCA" in orgs("The scheme claimed to be FCA authorised. It is on the FCA warning list.")
    assert "Cifas" in orgs("Two accounts closed after a Cifas marker for false identity.")
    assert "Experian" in orgs("Current address per Experian is a flat in Salford, not the house.")
    assert {"Binance", "Coinbase"} <= set(orgs("Funds moved from Binance to a Coinbase wallet the same evening."))
    assert "Wise" in orgs("Wages forwarded weekly to a Wise account in the name of the boss's wife.")


def test_surname_and_everyday_words_stay_out(ex):
    assert "Wise" in pipeline(ex, "Statement taken from Mr Wise, who saw the van leave at speed.", "PERSON")
    assert "Wise" not in pipeline(ex, "Statement taken from Mr Wise, who saw the van leave at speed.", "ORGANISATION")
    assert orgs("told him to wise up and get the tax sorted before the admiral gets wind of it") == []
