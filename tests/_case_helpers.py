"""Helpers shared by the case-less (truecase) tests."""

from __future__ import annotations

from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._truecase import truecase


def view(text: str) -> str:
    """The truecased view of a case-less text; it must keep every offset and every letter."""
    cased = truecase(text, lexicon())
    assert cased is not None and len(cased) == len(text) and cased.lower() == text.lower()
    return cased


def persons(ex, text: str) -> list[str]:
    """PERSON mentions the whole extractor finds in ``text``, lower-cased."""
    return [f.text.lower() for f in ex.extract_text(text) if f.type == "PERSON"]


def person_texts(ex, text: str) -> list[str]:
    """PERSON mentions the whole extractor finds in ``text`` as one report, as written, in order."""
    import pandas as pd

    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return df.loc[df["type"] == "PERSON", "text"].tolist()


def sorted_person_texts(ex, text: str) -> list[str]:
    """:func:`person_texts`, sorted (for tests that ignore the order)."""
    return sorted(person_texts(ex, text))
