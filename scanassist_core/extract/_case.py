"""Whether a report's writer used capitals at all: one test shared by every layer.

Shouted legacy RMS exports and hasty lower-case notes carry no case cues, so the rules that read
meaning from capitals (police SURNAMEs, title-case places and bodies, addresses) must switch to
their case-less readings. All layers must agree on which reports those are, hence one function.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

__all__ = ["text_case", "caseless", "half_cased"]

_UPPER_RUN = re.compile(r"[A-Z]+")
_LOWER_RUN = re.compile(r"[a-z]+")

TextCase = Literal["upper", "lower", "mixed"]


@lru_cache(maxsize=256)
def text_case(text: str) -> TextCase:
    """"upper" when more than 85% of the letters are capitals, "lower" when at most 1% are,
    else "mixed"; texts under 20 letters are "mixed" (too short to judge). Counted by regex runs
    (ASCII) rather than a Python loop per character; cached because every layer asks it of the
    same report in turn."""
    if text.isascii():
        upper = sum(map(len, _UPPER_RUN.findall(text)))
        letters = upper + sum(map(len, _LOWER_RUN.findall(text)))
    else:  # accented names (WIŚNIEWSKI, Llŷn) count as letters of their case
        upper = sum(map(str.isupper, text))
        letters = sum(map(str.isalpha, text))
    if letters < 20:
        return "mixed"
    if upper > 0.85 * letters:
        return "upper"
    if upper <= 0.01 * letters:
        return "lower"
    return "mixed"


def caseless(text: str) -> bool:
    """Are capitals meaningless in this text (all-capitals or all-lower-case writing)?"""
    return text_case(text) != "mixed"


_WORD = re.compile(r"[^\W\d_]+")
#: A log line's label: a time, then perhaps a call sign with a digit, up to the line's text
#: ("0212 NTE1: ...", "0712 7A2 - ...", "22:41 ...", "2318 - 4D2 ...").
_LOG_LABEL = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d\d|\d{3,4})(?:[ \t]*[:\-\u2013])?(?:[ \t]+[A-Z]*\d[A-Z0-9]*)?(?:[ \t]*[:\-\u2013])?[ \t]*$",
    re.M,
)
_OPENING_SKIP = " \t\"'([*-\u2022>\u2013"


@lru_cache(maxsize=256)
def half_cased(text: str) -> bool:
    """Does a mixed-case text come from a writer who leaves sentences and lines lower case
    ("seen jake n his m8 ryan outside spar. ryan had a NF bag")? Such hasty notes capitalise
    only shorthand (NF, CAD, PNC), a SURNAME or a name here and there, so a lower-case word in
    them says nothing; text whose writer capitalises sentence starts is read as written. Judged
    by the openings of sentences and lines (of a log line, after its time and call sign): at least
    half of them, and at least one, lower case (a letter after an initial or abbreviation like
    "e.g." opens nothing; shorthand in capitals counts neither way)."""
    if text_case(text) != "mixed":
        return False
    opened = lower = 0
    for m in _WORD.finditer(text):
        k = m.start() - 1
        while k >= 0 and text[k] in _OPENING_SKIP:
            k -= 1
        if k >= 0 and text[k] not in ".!?\n\r" and not (
            (text[k] == ":" or text[k].isdigit()) and _LOG_LABEL.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # inside a sentence; "0212 NTE1: hegarty now saying": a log line's text opens after its label
        if k >= 0 and text[k] in ".!?" and not text[k + 1].isspace():
            continue  # "dan.frost.22", "mailbox-uk.net": a handle's or address's dot
        if k >= 1 and text[k] == "." and text[k - 1].isalpha() and (k < 2 or not text[k - 2].isalpha()):
            continue  # "e.g. the", "J. Smith": an abbreviation's or initial's stop
        if len(m.group(0)) > 1 and m.group(0).isupper():
            continue  # "CAD 0417", "RP states": shorthand in capitals opens lines in either kind of note
        opened += 1
        lower += m.group(0)[0].islower()
    return lower >= 1 and 2 * lower >= opened
