"""Session 6 round 2: after "Platform:" a name word ("username", "account", "handle") labels the
handle that follows it; the label itself is never the handle, and prose or a person after it is none."""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core.extract import extract_mentions
from scanassist_core.settings import Settings


def _social(text: str) -> set[str]:
    frame = extract_mentions(pd.DataFrame({"report_id": [1], "text": [text]}), Settings.from_env())
    return set(frame.loc[frame["type"] == "SOCIAL", "text"])


@pytest.mark.parametrize(
    "text, handle",
    [
        ("Apps on handset: Kik: username jadeyboo - chats with 3 others (names on sheet).", "jadeyboo"),
        ("Telegram: account @hfx_traderr in 2x channels selling.", "@hfx_traderr"),
        ('Instagram: handle - "lil.dee_99" (private).', "lil.dee_99"),
        ("DOWNLOAD SUMMARY. SNAPCHAT: USERNAME BIGMANTEE - 41 CHATS.", "BIGMANTEE"),
    ],
)
def test_name_word_after_platform_colon_labels_the_handle(text: str, handle: str) -> None:
    found = _social(text)
    assert handle in found
    assert not found & {"username", "USERNAME", "account", "handle"}


@pytest.mark.parametrize(
    "text",
    [
        "Snapchat: user was blocked after the report.",
        "Instagram: profile Dave shows his car outside the flat.",
    ],
)
def test_prose_or_a_forename_after_the_label_is_no_handle(text: str) -> None:
    assert not _social(text)
