"""What the report text around person mentions says about identity.

Why: police writers introduce a nickname straight after the name it belongs to
(``Aaron McDONALD (DOB 02/11/1998) aka "Mackie"``, ``REID known as "Reidy"``, ``FARAH is known
to use the nickname "Abdi"``, ``gave a false name of "Leah JONES"``). The extractor may or may
not record that link, and gold/hand-made mentions never do, so the resolver reads the short gap
between two neighbouring person mentions itself. Nothing here guesses from the alias's shape.
"""

from __future__ import annotations

import re

from ._resolve_names import fold_accents

__all__ = [
    "alias_links", "surname_first", "surname_initials", "caps_double_surname", "title_sex", "birth_year_after",
    "other_bearer", "report_identifiers", "dob_after", "caps_last",
    "split_surname_first", "pronoun_alias_sex", "unnamed_party",
]

_GAP_MAX = 70
# The gap must *end* with an alias cue (optionally a quote/bracket/colon): the alias follows it.
_CUE_END = re.compile(
    r"(?:\baka|\ba\.?k\.?a\.?|\ba/k/a|\balso\s+known\s+as|\bn[e\u00e9]e|\bformerly(?:\s+known\s+as)?|\bmaiden\s+name(?:\s+(?:of|is))?|\bknown\s+(?:to\s+(?:\w+\s+){1,3})?as"
    r"|\b(?:referred\s+to|addressed|described)\s+(?:by\s+(?:\w+\s+){1,3})?as|\bknown\s+(?:locally|only)\s+as"
    r"|\buses\s+the\s+(?:street\s+|nick)?name(?:\s+(?:of|as))?|\bcalled\s+by\s+(?:\w+\s+){1,3}as|\bknown\s+on\s+the\s+street\s+as"
    r"|\bnick\s?named?|\bnickname\s+(?:of|is)|\bstreet\s+name(?:\s+(?:of|is))?|\bgoes\s+by(?:\s+the\s+name(?:\s+of)?)?"
    r"|\bcalls?\s+(?:himself|herself|themselves)|\balias(?:\s+of)?|\bfalse\s+name(?:\s+(?:of|as))?"
    r"|\bfalse\s+details\s+(?:of|as)|\bgave\s+(?:(?:the|his|her|their)\s+)?name(?:\s+(?:of|as))?|\bAKA"
    r"|\b(?:goes|go|went)\s+by|\bcalled(?=\s*[\"'\u201c\u2018]))"
    r"[\s:\-]*[\"'\u201c\u2018(\[]?\s*$"
    # A quoted name straight after the name, nothing else between: 'Jake BELL ("JB")', 'Lee COX "Coxy"'.
    r"|^\s*\(?\s*[\"\u201c\u2018]\s*$|^\s*\(\s*'\s*$",
    re.I,
)
# The alias comes first and the real name after: '"Diddy" (real name Darnell IDOWU)', '"Uncle" is
# believed to be Leon GRANT', 'real name thought to be ...': an identification, written after the alias.
_THOUGHT = r"(?:believed|thought|suspected|understood|assessed|confirmed|known|likely|said)\s+to\s+be"
_REAL_END = re.compile(
    r"(?:\b(?:real|true|full|actual)\s+name(?:\s+(?:is|of|being))?(?:\s+(?:is\s+)?" + _THOUGHT + r")?"
    r"|\b(?:is|was|are|now)\s+(?:now\s+|also\s+|strongly\s+)?" + _THOUGHT
    + r"|\bidentified(?:\s+\w+){0,3}\s+(?:as|to\s+be)|\b(?:is|was)\s+in\s+fact"
    # '"JJ" - I believe this is Jayden ...', '"T" - this is likely to be ...'
    r"|\b(?:i|we|officers?|source)\s+(?:believes?|suspects?|thinks?)\s+(?:this|that|he|she|they)\s+(?:is|are|was|to\s+be)"
    r"|\bthis\s+is\s+(?:likely|probably|believed|thought)\s+(?:to\s+be\s+)?)"
    r"[\s:\-]*[\"'(\u201c\u2018]?\s*$"
    # A quoted nickname then the full name in brackets: '"Dizzy" (Desmond ISAACS, 19)'.
    r"|^[\"\u201d\u2019']\s*\(\s*$",
    re.I,
)
# A sentence ends inside the gap (the next one may open with the quoted mention itself).
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+(?:[\"'\u201c\u2018(]?[A-Z]|[\"'\u201c\u2018(]?$)|\n")
# Words that bring a second party in before the cue ('in contact with Nate PEARSON aka Dinks'):
# the alias then belongs to someone the extractor may have missed, not to the mention before.
# A joining word then a capitalised word, or a relation noun: 'FARAH is known to use the nickname'
# still links, 'with Nate Pearson aka', 'and his brother aka' do not.
_PARTY = re.compile(
    r"(?:\b(?i:and|with|to|for|from|or|plus|by)\b|&)\s+[\"'(]?[A-Z]"
    # 'SMITH was seen with a male known as "Dink"', 'another man called "T"': a new, unnamed party.
    r"|\b(?i:a|an|another|one|second|third|other|older|unknown|this)\s+(?:\w+\s+)?(?i:male|female|man|woman"
    r"|men|women|person|lad|lads|boy|girl|youth|individual|someone|somebody|guy|bloke)\b"
    r"|\b(?i:brother|sister|cousin|partner|friend|associate|mate|girlfriend|boyfriend|wife|husband|son"
    r"|daughter|mum|mother|dad|father)s?\b"
)


def _gap_link(gap: str) -> int:
    """1: the later mention is an alias of the earlier; -1: the earlier is an alias of the later
    ('"Diddy" (real name Darnell IDOWU)'); 0: no alias link."""
    if len(gap) > _GAP_MAX or _SENTENCE_BREAK.search(gap):
        return 0
    for rx, kind in ((_CUE_END, 1), (_REAL_END, -1)):
        m = rx.search(gap)
        if m and not _PARTY.search(gap[: m.start()]):
            return kind
    return 0


def alias_links(
    report_ids: list[int], starts: list[int], ends: list[int], texts: dict[int, str]
) -> list[int]:
    """For each person mention, the index of the mention it is an alias of (or -1).

    The main name is the person mention immediately before it in the same report, and the
    text between the two must end with an alias cue (aka, known as, nickname, false name ...)
    with no second party ('and', 'with' ...) before the cue. After a 'real name' cue the link
    runs the other way: the earlier mention is the alias of the later, real name.
    Mentions are given as parallel lists; ``texts`` maps report id to text.
    """
    n = len(report_ids)
    out = [-1] * n
    by_report: dict[int, list[int]] = {}
    for i, rid in enumerate(report_ids):
        by_report.setdefault(rid, []).append(i)
    for rid, idx in by_report.items():
        text = texts.get(rid, "")
        if not text or len(idx) < 2:
            continue
        idx.sort(key=lambda i: (starts[i], ends[i]))
        for a, b in zip(idx, idx[1:]):
            if ends[a] > starts[b] or starts[b] > len(text):
                continue
            kind = _gap_link(text[ends[a] : starts[b]])
            if kind == 1:
                out[b] = a
            elif kind == -1 and out[a] < 0:
                out[a] = b
    return out


# 'McKENZIE', 'MacDONALD', "O'NEILL": a Mc/Mac prefix keeps its lower-case letters in capitals style.
_CAPS = re.compile(r"^(?:Mc|Mac)?[A-Z][A-Z'\-]+$")
_TITLE = re.compile(r"^[A-Z][a-z][a-z'\-]*$")
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,2}$")


def surname_first(written: str) -> bool:
    """True for 'NOWAK Bartosz': the SURNAME in capitals first, then title-case forename(s).

    Police systems write the surname in capitals; when it comes first without a comma the
    written order is surname-forename. Names wholly in one case say nothing and return False.
    """
    toks = fold_accents(written).replace("\u2019", "'").replace("\u2018", "'").split()
    if len(toks) < 2 or "," in written:
        return False
    return bool(_CAPS.match(toks[0])) and all(_TITLE.match(t) for t in toks[1:])


_CAPS_LAST = re.compile(r"^\s*(?:[A-Z][a-z][a-z'\-]*\s+){1,3}(?:Mc|Mac)?[A-Z][A-Z'\-]+\s*$")


def caps_last(written: str) -> bool:
    """True for 'Isobel McKENZIE', 'Mary Jane O'BRIEN': title-case forename(s) then one SURNAME in
    capitals, the police convention, whatever order an extractor's attrs give."""
    return bool(_CAPS_LAST.match(fold_accents(written).replace("\u2019", "'").replace("\u2018", "'")))


def split_surname_first(first: str, second: str) -> bool:
    """'QUINN' then 'Padraig Francis' side by side: one SURNAME in capitals, then title-case forenames -
    one name in the SURNAME Forenames order that a reader split in two."""
    a = fold_accents(first).replace("\u2019", "'").split()
    b = fold_accents(second).replace("\u2019", "'").split()
    return len(a) == 1 and bool(_CAPS.match(a[0])) and 1 <= len(b) <= 3 and all(_TITLE.match(t) for t in b)


def surname_initials(written: str) -> bool:
    """True for 'KOWALSKI M', 'TREGEAR K.J.': a word in capitals then one or two initials, the
    SURNAME-first style of indexes and keeper details. 'LIL T' has the same shape, so callers
    take this reading only when the first word is known as a surname."""
    toks = fold_accents(written).replace("\u2019", "'").replace("\u2018", "'").split()
    if not 2 <= len(toks) <= 3 or "," in written:
        return False
    return bool(_CAPS.match(toks[0])) and all(_INITIAL.match(t) for t in toks[1:])


_LABELS = frozenset("aka dob nee born".split())  # a label a span took in: 'Lee KAVANAGH AKA'
_PARTICLE_WORDS = frozenset("de da di du del della dos das von van der den ten ter la le st".split())


def caps_double_surname(written: str) -> str | None:
    """'Tomasz SMITH JONES' -> 'Tomasz SMITH-JONES': two or more words in capitals after title-case
    forename(s) are one double surname, written with or without its hyphen by different systems.
    Particle surnames ('DE SOUZA') are left to the name parser; anything else returns None."""
    toks = fold_accents(written).replace("\u2019", "'").replace("\u2018", "'").split()
    if len(toks) < 3 or "," in written:
        return None
    k = len(toks)
    while k > 0 and _CAPS.match(toks[k - 1]):
        k -= 1
    caps = toks[k:]
    if k == 0 or len(caps) < 2 or not all(_TITLE.match(t) for t in toks[:k]):
        return None
    if any(t.lower() in _PARTICLE_WORDS or t.lower() in _LABELS or len(t) < 3 for t in caps):
        return None
    return " ".join([*toks[:k], "-".join(caps)])


_TITLE_SEX = re.compile(r"\b(?:(Mrs|Miss|Ms|Madam)|(Mr|Master))\.?\s*$", re.I)
_TITLE_SEX_WRITTEN = re.compile(r"^\s*(?:(Mrs|Miss|Ms)|(Mr|Master))\.?\s", re.I)


# 'his', 'himself' or 'herself' within three words after a bare name says the person's sex ('McKENZIE
# asks his mum'); 'he'/'she'/'her' are left out: after 'said' or 'told' they are as often someone else.
_PRONOUN_AFTER = re.compile(r"[ \t]+(?:[A-Za-z']+[ \t]+){0,2}?(?:(herself)|his|himself)\b", re.I)


_PRONOUN_ALIAS = re.compile(
    r"\b(?:(she)|he)\s+(?:is|was|'s)\s+(?:also\s+|now\s+|only\s+)?(?:known|called|referred\s+to|nicknamed)"
    r"(?:\s+(?:to|by)\s+(?:\w+\s+){1,3}?)?(?:\s+as)?\s*[\"'\u201c\u2018(]?\s*$",
    re.I,
)


# An unnamed person brought in between a name and a later 'he is known as' ('a man in his twenties'):
# the pronoun may be theirs.
_UNNAMED_PARTY = re.compile(
    r"\b(?:a|an|another|one|second|third|other|older|unknown|this|that)\s+(?:\w+\s+)?(?:male|female|man|woman|men"
    r"|women|person|lad|boy|girl|youth|individual|someone|somebody|guy|bloke)\b|\b(?:someone|somebody)\b",
    re.I,
)


def unnamed_party(text: str) -> bool:
    """Whether the text brings in a person without naming them ('a man in a white Range Rover')."""
    return bool(_UNNAMED_PARTY.search(text))


def pronoun_alias_sex(text: str, start: int) -> str:
    """'f'/'m' when the words just before a mention are 'she/he is known as', else ''."""
    if not 0 < start <= len(text):
        return ""
    window = text[max(0, start - 60) : start]
    if "he " not in window and "He " not in window and "HE " not in window:
        return ""
    m = _PRONOUN_ALIAS.search(window)
    if m is None:
        return ""
    return "f" if m.group(1) else "m"


def title_sex(text: str, start: int, written: str = "") -> str:
    """'f' or 'm' from a title written just before the mention or inside it ('Mrs HEPPLE says'), else ''.

    Why: a bare surname after a mother and son of that surname is settled by 'Mrs'/'Mr'."""
    m = _TITLE_SEX_WRITTEN.match(written) if written else None
    if m is None and 0 < start <= len(text):
        m = _TITLE_SEX.search(text[max(0, start - 8) : start])
    if m is None:
        end = start + len(written)
        if written and 0 <= end <= len(text):  # 'McKENZIE asks his mum', 'HEPPLE said she ...'
            p = _PRONOUN_AFTER.match(text, end, min(len(text), end + 30))
            if p:
                return "f" if p.group(1) else "m"
        return ""
    return "f" if m.group(1) else "m"


# Year-only birth details written straight after a name: '(b.1997)', ', born 1997', 'DOB 1997',
# 'YOB: 1997', 'born in 1997', 'aged 27 in 2024' (an age at a stated year). A full date is the
# extractor's job; a year followed by '/' or a month is not a year-only form.
_YEAR_AFTER = re.compile(
    r"\s*[,(\[\-]?\s*(?:(?:b\.?|born(?:\s+in)?|dob:?|d\.o\.b\.?:?|yob:?|year\s+of\s+birth:?)\s*((?:19|20)\d\d)"
    r"|aged?\s+(\d{1,2})\s+(?:in|as\s+of|at)\s+((?:19|20)\d\d)|\(\s*((?:19|20)\d\d)\s*\))(?![\d/.\-]\d)",
    re.I,
)


def birth_year_after(text: str, end: int) -> int | None:
    """Birth year from a year-only form straight after the mention ending at ``end``, else None."""
    if not 0 <= end <= len(text):
        return None
    m = _YEAR_AFTER.match(text, end, min(len(text), end + 40))
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    if m.group(4):  # 'Dylan MORGAN (2003)': a bare year in brackets after a name is the year of birth
        return int(m.group(4))
    return int(m.group(3)) - int(m.group(2))


# 'the other John SMITH', 'not the John SMITH', 'a different John SMITH', 'another Jack': the writer
# says this bearer of the name is not the one already named.
_OTHER_BEFORE = re.compile(
    r"\b(?:the\s+other|not\s+the(?:\s+same)?|a\s+different|another|a\s+second|unrelated)\s*$", re.I
)


# 'No connection to the Dylan MORGAN (2003) in ...', 'no link established to the Bradford Imran HUSSAIN':
# the writer says this bearer of the name is not the person the report is about.
_NO_LINK_BEFORE = re.compile(
    r"\b(?i:no|not\s+(?:the\s+)?same\s+as|unconnected\s+to|unrelated\s+to)\s*(?i:known\s+|apparent\s+)?"
    r"(?i:(?:connection|link|relation(?:ship)?|association)\s+(?:\w+\s+){0,2}(?:to|with)\s+)?(?i:the)\s+"
    r"(?:[A-Z][\w\-]+\s+){0,2}$"
)


def other_bearer(text: str, start: int) -> bool:
    """Whether the words just before the mention say it is a different person of that name."""
    if not 0 < start <= len(text):
        return False
    if _OTHER_BEFORE.search(text[max(0, start - 24) : start]):
        return True
    window = text[max(0, start - 70) : start]
    low = window.lower()
    return ("no " in low or "not " in low or "ed to" in low) and bool(_NO_LINK_BEFORE.search(window))


# Identifiers a report names (phone, email, current-style VRM, postcode), read from its text so the
# resolver sees them whether or not an extractor ran: two reports giving the same mobile or plate
# are about the same people, which settles a close-but-unequal name or an ambiguous bare surname.
_IDENTS = (
    ("phone", re.compile(r"(?<![\d+])(?:\+44\s?\(?0?\)?\s?|0)\d{2,4}[\s\-]?\d{3}[\s\-]?\d{3,4}(?![\d\-])")),
    ("email", re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")),
    ("vrm", re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b")),
    ("postcode", re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b")),
)
_NOT_DIGIT = re.compile(r"\D")


def report_identifiers(texts: dict[int, str]) -> dict[int, frozenset[str]]:
    """Normalised identifiers each report's text names ('phone:07700900123', 'vrm:ey66vnf' ...)."""
    out: dict[int, frozenset[str]] = {}
    for rid, text in texts.items():
        found: set[str] = set()
        for kind, rx in _IDENTS:
            if kind == "email" and "@" not in text:
                continue
            for m in rx.finditer(text):
                val = m.group()
                if kind == "phone":
                    digits = _NOT_DIGIT.sub("", val)
                    if digits.startswith("44"):
                        digits = "0" + digits[2:].lstrip("0")
                    if len(digits) < 10:
                        continue
                    val = digits
                else:
                    val = val.lower().replace(" ", "")
                found.add(f"{kind}:{val}")
        if found:
            out[rid] = frozenset(found)
    return out


# A date of birth or age written straight after a name in the forms writers use beyond 'DOB dd/mm/yyyy'
# (the extractor's or a caller's attrs come first): 'DOB 01-02-1990', 'd.o.b. 1/2/90',
# '(born 1st February 1990)', 'DOB: 1990-02-01', '(34 yrs)', 'age 34', ', 34yo'.
_MONTHS = {m[:3]: n for n, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_DOB_LABEL = r"(?:dob|d\.\s?o\.\s?b\.?|date\s+of\s+birth|born(?:\s+on)?|b\.)\s*[:\-]?\s*"
_DATE_AFTER = re.compile(
    r"\s*[,(\[\-]?\s*(" + _DOB_LABEL + r")?"
    r"(?:(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?![\d/.\-]\d)"
    r"|(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})"
    r"|(\d{4})-(\d{2})-(\d{2}))",
    re.I,
)
_AGE_AFTER = re.compile(
    r"\s*(?:[,(\[]\s*(?:aged?\s*)?(\d{1,2})\s*(?:yrs?|years?(?:\s+old)?|yo|y/o)?\s*[)\],]"
    r"|,?\s+aged?\s*:?\s*(\d{1,2})\b|,?\s+(\d{1,2})\s*(?:yrs|years\s+old|yo|y/o)\b)",
    re.I,
)


def dob_after(text: str, end: int, year: int) -> tuple[str, int | None]:
    """(ISO DOB, age) written straight after the mention ending at ``end`` in a report of ``year``;
    ('', None) when neither is. A bare unlabelled date counts only if it makes the person 10-100."""
    if not 0 <= end <= len(text):
        return "", None
    m = _DATE_AFTER.match(text, end, min(len(text), end + 48))
    if m:
        g = m.groups()
        if g[1]:
            d, mo, y = int(g[1]), int(g[2]), int(g[3])
            if len(g[3]) == 2:
                y += 1900 if y > year % 100 else 2000
        elif g[4]:
            d, mo, y = int(g[4]), _MONTHS[g[5].lower()[:3]], int(g[6])
        else:
            y, mo, d = int(g[7]), int(g[8]), int(g[9])
        age = year - y
        if 1 <= mo <= 12 and 1 <= d <= 31 and 0 <= age <= 100 and (g[0] or 10 <= age):
            return f"{y:04d}-{mo:02d}-{d:02d}", None
    m = _AGE_AFTER.match(text, end, min(len(text), end + 24))
    if m:
        age = int(next(x for x in m.groups() if x))
        return "", age
    return "", None
