"""The shared literal-word trie behind the street, platform, country and known-body patterns."""

from __future__ import annotations

import re

from scanassist_core.extract._trie import literal_trie


def test_longer_words_win_and_blanks_stretch():
    rx = re.compile(rf"(?:{literal_trie(['Road', 'Ro', 'Rise', 'Park  Road'])})\b")
    assert rx.match("Road").group(0) == "Road"
    assert rx.match("Park \t Road").group(0) == "Park \t Road"
    assert rx.match("Rise").group(0) == "Rise"
    assert not rx.match("road")


def test_any_case_and_fold():
    assert re.fullmatch(literal_trie(["Snapchat"], fold=True, any_case=True), "SnApChAt")
    assert re.fullmatch(literal_trie(["Lithuania"], fold=True), "lithuania")
    assert not re.fullmatch(literal_trie(["Lithuania"], fold=True), "Lithuania")


def test_literal_mode_keeps_spaces_and_punctuation_as_written():
    pat = literal_trie(["Marks & Spencer", "M&S", "LV="], blanks=False)
    assert re.fullmatch(pat, "Marks & Spencer") and re.fullmatch(pat, "LV=")
    assert not re.fullmatch(pat, "Marks  &  Spencer")
