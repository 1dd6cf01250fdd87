"""Session 6 round 2: a body the statistical model finds keeps the capital 'The' the writer put
before it mid-sentence, as the org rules do ("staff at The Golden Fleece"); at a sentence opening
'The' may be the article and stays out. Examples are our own wording."""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core.extract._pipeline import Extractor


def orgs(ex: Extractor, text: str) -> list[str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return list(df.loc[df["type"] == "ORGANISATION", "text"])


@pytest.mark.parametrize(
    "text",
    [
        "Barman at The Old Vic confirmed he left at midnight.",
        "She works evenings at The Blue Bell pub and walks home alone.",
        "Fight reported outside The Crown & Anchor, two males detained.",
    ],
)
def test_a_capital_the_mid_sentence_is_part_of_the_name(ex, text):
    names = orgs(ex, text)
    assert names and all(n.startswith("The ") for n in names)


def test_the_article_opening_a_sentence_stays_out(ex):
    assert "The Co-op" not in orgs(ex, "The Co-op staff called us about the same male.")
