"""Session 4: pasted chat transcripts - senders that are letters, pet names or words no English
knows, senders marked with an emoji, lower-case names inside the messages, chat spelling after a
name. Conversations are our own wording."""

from __future__ import annotations

from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._persons import find_persons

BARE = """whatsapp extract - handset seized from connor (exhibit cw/2)
zedd: where u at
connor: by the park
zedd: tell maisie bring the ting
connor: ok
zedd: come now
note: "zedd" unknown at this time"""

LETTER = """Screenshots from the victim's phone - chat with "K"
K: yo u about tmrw
Amy: maybe y
K: tell jaden ur at ur nans lol
Amy: ok
K: 4pm usual spot"""

STAMPED = """[02/02/2025, 21:14] big d 💰: u got the bits
[02/02/2025, 21:15] Kayden: ye
[02/02/2025, 21:16] big d 💰: take callum wid u"""

FORM = """Name: Connor SMITH
Address: 4 Elm Road
Note: seen with others
Note: NFA"""


def names(text: str) -> list[str]:
    return [f.text for f in find_persons(text, blocked_spans(text)) if f.type == "PERSON"]


def test_bare_senders_that_no_list_knows():
    got = names(BARE)
    assert got.count("zedd") >= 3 and "maisie" in got


def test_one_letter_sender_and_names_in_messages():
    got = names(LETTER)
    assert got.count("K") == 4  # the quoted contact and three turns, not the K of other words
    assert "jaden" in got and not any(g.startswith("jaden ") for g in got)


def test_sender_with_an_emoji_and_chat_spelling_after_a_name():
    got = names(STAMPED)
    assert "callum" in got and "callum wid" not in got


def test_form_labels_are_not_senders():
    assert "Note" not in names(FORM)


def test_senders_after_short_timestamps_and_lower_case_mentions():
    text = "[02/03 23:20] Stace: dont let him use my car\n[02/03 23:21] Jay: shut up stace\n[21:04] Stace: ok"
    got = names(text)
    assert got.count("Stace") == 2 and "stace" in got and "Jay" in got
