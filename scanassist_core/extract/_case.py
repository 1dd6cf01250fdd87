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
    "e.g." opens nothing; shorthand in capitals counts neither way). Also a text whose only
    capitals open sentences (a phone's) while a forename is typed lower case inside one."""
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
    if lower >= 1 and 2 * lower >= opened:
        return True
    # A phone's keyboard capitalises each sentence's first word, not the names the writer types
    # ("Spoke to kyle outside the spar. His mum tracey says ..."): no capital inside any sentence
    # although a known forename is typed there in lower case.
    return lower == 0 and opened >= 1 and _phone_cased(text)


#: A capital inside a sentence: after a lower-case letter, digit or comma and blanks ("to Kyle").
_INNER_CAPITAL = re.compile(r"[a-z0-9,;)] +([A-Z][a-z]+)")
_LOWER_WORD = re.compile(r"(?<![\w@.'\u2019-])[a-z]{3,}(?![\w@'\u2019-]|\.\w)")


def _phone_cased(text: str) -> bool:
    """No capital inside any sentence (days, months and titles aside) while a forename that is no
    everyday word is typed there in lower case, with at least 8 lower-case words to judge by."""
    if any(m.group(1) not in _CAPITALISED_WORDS for m in _INNER_CAPITAL.finditer(text)):
        return False
    words = _LOWER_WORD.findall(text)
    return len(words) >= 8 and _names_a_person(words)


#: Words a writer or a phone capitalises inside a sentence that name no one: days, months, "Mr".
_CAPITALISED_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    January February March April May June July August September October November December Jan Feb Mar Apr
    Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Miss Dr Sgt Insp Pc Ps Dc Ds""".split()
)


def _names_a_person(words: list[str]) -> bool:
    """Is one of these lower-case words a forename that is no everyday word ("kyle", "tracey")?"""
    from ._filters import lexicon

    lex = lexicon()
    return any(w in lex.forenames and w not in lex.lower_ambiguous and not lex.not_a_name_word(w) for w in words)
