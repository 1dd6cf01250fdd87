"""A day or month shortened before a date's number, or two days paired, is a date: never a
body or the end of a body's name ("Warehouse Project Feb 25", "door staff on Fri/Sat")."""

import pandas as pd

from scanassist_core.extract._filters import blocked_spans


def blocked_words(text: str) -> list[str]:
    return [text[s:e] for s, e in blocked_spans(text)]


def test_short_dates_are_blocked():
    assert "Feb" in blocked_words("Reported an incident at the club Feb 25, no injuries.")
    assert "Fri/Sat" in blocked_words("Door staff on Fri/Sat supplied by the agency.")
    assert "Sat" in blocked_words("NTE Wisbech Sat 2240 - staff ask for patrols")
    assert "Thu-Sun" in blocked_words("Market runs Thu-Sun near the bus station.")


def test_names_and_longer_words_are_not_blocked():
    words = blocked_words("Sunil MARSH met Decker at the Octagon Centre, Sunday 12 May; Mars 2 bars taken.")
    assert not any(w in ("Sun", "Dec", "Oct", "Mar", "May") for w in words)
    assert "Wed" not in blocked_words("Seen at Unit 7 on Wed, then left.")


def test_date_does_not_end_a_body(ex):
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": ["Sarah (19) reported an incident at Warehouse Project Feb 25. Car seen."]}))
    assert not any(t.endswith("Feb") for t in df.loc[df["type"] == "ORGANISATION", "text"])
