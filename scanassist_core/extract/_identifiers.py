"""Rule-based extraction of structured identifiers from one report text.

Phones, emails, addresses/postcodes, vehicle registrations, social handles, NINOs, PNC IDs,
IMEIs and IP addresses have a grammar, so compiled regexes plus validators find them faster
and more predictably than a statistical model. Each finder is deliberately conservative
about the traps police text is full of (crime/log references, dates, times, road numbers,
"Class A", money, coordinates): a missed identifier can be added by an analyst, a false
one pollutes links across thousands of reports.

Every pattern starts with a negative look-behind for its own leading character class, so
matching can only begin at the start of a token run; with bounded repetitions this keeps
the scan linear on hostile input (long digit runs, HTML, control characters).

Addresses have the most forms and live in ``_addresses``. Word lists (street suffixes,
platform cues, vehicle makes/colours, reference cues) are data in
``scanassist_core/data/identifier_rules.json``.
"""

from __future__ import annotations

import ipaddress
import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import phonenumbers

from ._addresses import cased_view, text_case  # noqa: F401  (cased_view re-exported for callers and tests)
from ._addresses import find_addresses as _find_addresses
from ._trie import literal_trie
from ._types import Found
from ._validators import (
    is_valid_imei,
    is_valid_nino,
    is_valid_pnc_id,
    normalise_phone,
    normalise_pnc_id,
    normalise_postcode,
    normalise_vrm,
    uk_nsn_ok,
    vrm_format,
)

__all__ = [
    "find_identifiers",
    "normalise_phone",
    "normalise_postcode",
    "normalise_vrm",
    "normalise_pnc_id",
    "is_valid_nino",
    "is_valid_pnc_id",
    "is_valid_imei",
    "IDENTIFIER_TYPES",
]

IDENTIFIER_TYPES: tuple[str, ...] = (
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "VEHICLE",
    "SOCIAL",
    "NINO",
    "PNC_ID",
    "IMEI",
    "IP_ADDRESS",
)

_RULES: dict = json.loads(
    resources.files("scanassist_core").joinpath("data/identifier_rules.json").read_text("utf-8")
)


def _ci(word: str) -> str:
    """Case-insensitive literal as explicit classes: much faster in ``re`` than ``(?i)``."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


def _alt(words: list[str] | tuple[str, ...], *, spaces: str = r"[ \t]+", ci: bool = False) -> str:
    """Regex alternation of literal words, longest first; internal spaces match any blanks."""
    parts = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    lit = _ci if ci else re.escape
    return "|".join(spaces.join(lit(p) for p in w.split()) for w in parts)


def _trie_ci(words: list[str] | tuple[str, ...]) -> str:
    """Case-insensitive trie of literal words: the platform and social lists are long."""
    return literal_trie(words, fold=True, any_case=True)


def _trie_lower(words: list[str] | tuple[str, ...]) -> str:
    """As ``_trie_ci`` for text already lower-cased: plain letters, about three times faster."""
    return literal_trie(words, fold=True)


# ---------------------------------------------------------------------------------------------
# PHONE
# ---------------------------------------------------------------------------------------------

#: A run of digit groups joined by up to three blanks/hyphens; brackets ride along inside
#: groups ("(01632)", "+44(0)7700"). Never starts glued to a word, a reference ("-", "/"), a
#: decimal/time ("52.48", "14:22"), money or another "+".
_PHONE_CHAIN = re.compile(
    r"(?P<chain>[+(\d](?<![\w+\-£$€#=@\\].)(?<!\d[.:].)(?<![^\d]/.)(?<!^/.)"
    r"(?:(?<=\+)\(?\d|(?<=\()\d|(?<=\d))[\d()]*(?:(?:[ \-\u00a0]{1,3}|\.(?=\d{3}))\(?\d[\d()]*)*)"
)
_PHONE_ATOM = re.compile(r"\(0\)|\d+")
_REF_CUE_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + _alt(_RULES["reference_cues"]) + r")\.?"
    r"(?:[ \t]*(?:no|number|num|ref)\b\.?)?[ \t]*[:#\-]?[ \t]*\Z"
)


_COUNT_AFTER = re.compile(r"(?i)[ \t]+(?:times|calls|texts|messages|msgs|occasions|contacts|attempts|hits|missed|x)\b")
_PHONE_WORD_BEFORE = re.compile(r"(?i)\b(?:phone|telephone|tel|mobile|mob|landline|handset|whatsapp|sim)\b[^.\n]{0,30}\Z")


def _phone_from(atoms: list[tuple[int, int, str, bool]], i: int, plus: bool) -> tuple[int, str] | None:
    """Longest run of atoms from ``i`` that spells one well-formed number: (last index, E.164)."""
    first = atoms[i][2]
    n = len(atoms)
    best: tuple[int, str] | None = None
    if plus or first.startswith("00"):
        digits = ""  # everything after "+" (or including the "00" international prefix)
        for j in range(i, n):
            d, trunk = atoms[j][2], atoms[j][3]
            if trunk and digits in ("44", "0044"):
                continue  # "+44 (0)7700 ...": the bracketed trunk zero is not dialled
            digits += d
            if not plus:
                if not (digits.startswith("0044") or "0044".startswith(digits)):
                    return best  # 00 + another country: too ambiguous to guess
                nsn = digits[4:]
            elif digits.startswith("44") or digits == "4":
                nsn = digits[2:]
            else:
                if len(digits) > 15:
                    break
                e164 = normalise_phone("+" + digits) if len(digits) >= 7 else None
                if e164:
                    best = (j, e164)
                continue
            nsn = nsn[1:] if nsn.startswith("0") else nsn  # "+44 07700 ..." slip
            if len(nsn) > 10:
                break
            if nsn and uk_nsn_ok(nsn):
                best = (j, "+44" + nsn)
        return best
    if not first.startswith("0"):
        return None
    nsn = ""
    for j in range(i, n):
        d = "0" if atoms[j][3] else atoms[j][2]
        nsn += d if j > i else d[1:]
        if len(nsn) > 10:
            break
        if nsn and uk_nsn_ok(nsn):
            best = (j, "+44" + nsn)
    return best


#: A bracket opened after a blank starts a new group ("since 1700 (07700 900164)"), as does an
#: aside in brackets ("07700 900563 (1 digit diff)", "(2 calls)"): the number before it stands
#: alone. "+44 (0)7700" keeps its trunk zero.
_BRACKET_SPLIT = re.compile(r"(?<=\d)[ \t]+(?=\((?:0[1-9]|\+|[1-9]))")


def _phone_chains(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the digit chains, split where a bracketed group opens after a blank."""
    for m in _PHONE_CHAIN.finditer(text):
        cs, ce = m.span("chain")
        if "(" not in m["chain"][1:] or m["chain"].startswith("+"):
            yield cs, ce
            continue
        start = cs
        for b in _BRACKET_SPLIT.finditer(text, cs, ce):
            yield start, b.start()
            start = b.end()
        yield start, ce


def _find_phones(text: str) -> list[Found]:
    out: list[Found] = []
    for cs, ce in _phone_chains(text):
        chain = text[cs:ce]
        if not any(c == "0" for c in chain[:3]) and not chain.startswith("+"):
            continue  # cheap reject: a phone chain starts with 0, (0 or +
        atoms = [
            (cs + a.start(), cs + a.end(), a.group(), a.group() == "(0)") for a in _PHONE_ATOM.finditer(chain)
        ]
        if atoms and atoms[-1][3]:
            atoms.pop()
        # A last group glued to a date/time/decimal/word belongs to that, not to a phone.
        nxt = text[ce : ce + 2]
        if atoms and nxt and (
            (nxt[0] in ":/." and len(nxt) > 1 and nxt[1].isdigit() and len(atoms[-1][2]) <= 4)
            or nxt[0].isalnum()
            or nxt[0] in "_@"
        ):
            atoms.pop()
        if len(atoms) > 1 and len(atoms[-1][2]) <= 3 and _COUNT_AFTER.match(text, atoms[-1][1]):
            atoms.pop()  # "has called 07700900357 42 times": a count of calls after the number
        if not atoms:
            continue
        plus = chain.startswith("+")
        found: list[Found] = []
        i, leftover = 0, False
        while i < len(atoms):
            hit = _phone_from(atoms, i, plus and i == 0)
            if hit is None:
                leftover = True
                i += 1
                continue
            j, e164 = hit
            start, end = atoms[i][0], atoms[j][1]
            if i == 0 and plus:
                start = cs
            if start > 0 and text[start - 1] == "(" and ")" in text[start:end]:
                start -= 1
            span = text[start:end]
            if span.count("(") > span.count(")") and text[end : end + 1] == ")":
                end += 1
            region = "GB" if e164.startswith("+44") else _region(e164)
            found.append(Found("PHONE", start, end, text[start:end], e164, "rule", {"region": region}))
            i = j + 1
        if found and not leftover:  # a phone inside a longer digit run is a reference, not a phone
            # "Ref 0121 496 0123" is a reference, but "phone linked to account: 0121 ..." a phone.
            # "job: 07700 900333" beside "home: ...": a job number is never a whole mobile number,
            # so after "job" (work) a mobile is the person's work phone.
            # Nor is a whole UK mobile number after "account" (a bank account number has 8 digits): "a
            # number saved for the account: 07700 ...", "Phone on account 07700 ..." give the account's
            # phone ("Account 0113 496 0417 credited" may be a society's roll number).
            ref = _REF_CUE_BEFORE.search(text, max(0, cs - 30), cs)
            if not ref or _PHONE_WORD_BEFORE.search(text, max(0, cs - 40), cs) \
                    or (ref.group().lower().startswith("job") and len(found) == 1 and found[0].key.startswith("+447")) \
                    or (ref.group().lower().startswith("acc") and len(found) == 1 and found[0].key.startswith("+447")
                        and len(found[0].key) == 13):
                out.extend(found)
    if _OCR_O_HINT.search(text):
        out += _ocr_phones(text)
    return out


#: OCR reads a zero as the letter O ("07700 9OO 164"): trusted after a phone label only.
_OCR_O_HINT = re.compile(r"\d[Oo]|[Oo]\d")
_OCR_PHONE = re.compile(
    r"(?i)\b(?:tel|telephone|phone|mob|mobile|contact(?:[ \t]+no)?)\.?[ \t]*[:\-]?[ \t]*"
    r"(?P<p>0[0-9]{3,4}[ \-]?[0-9Oo]{3,4}[ \-]?[0-9Oo]{3,4})(?![\w])"
)


def _ocr_phones(text: str) -> list[Found]:
    """Labelled numbers with an O among the digits, keyed as the number with zeros."""
    out = []
    for m in _OCR_PHONE.finditer(text):
        raw = m["p"]
        if "o" not in raw.lower():
            continue  # an ordinary number: the main scan has it
        e164 = normalise_phone(raw.replace("O", "0").replace("o", "0"))
        if e164:
            out.append(Found("PHONE", m.start("p"), m.end("p"), raw, e164, "rule", {"region": "GB", "ocr": True}))
    return out


@lru_cache(maxsize=256)
def _region(e164: str) -> str:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None)) or ""
    except phonenumbers.NumberParseException:
        return ""


# ---------------------------------------------------------------------------------------------
# EMAIL
# ---------------------------------------------------------------------------------------------

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])"
    r"[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?"
    r"@" + _LABEL + r"(?:\." + _LABEL + r")*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"
)


def _find_emails(text: str) -> list[Found]:
    if "@" not in text:
        return []
    return [Found("EMAIL", m.start(), m.end(), m.group(), m.group().lower(), "rule", {}) for m in _EMAIL.finditer(text)]


# ---------------------------------------------------------------------------------------------
# SOCIAL
# ---------------------------------------------------------------------------------------------

_PLATFORM_OF: dict[str, str] = {}
_WEAK_CUES: set[str] = set()
for _platform, _cues in _RULES["social_platforms"].items():
    for _c in _cues["strong"]:
        _PLATFORM_OF[" ".join(_c.lower().split())] = _platform
    for _c in _cues["weak"]:
        _PLATFORM_OF[" ".join(_c.lower().split())] = _platform
        _WEAK_CUES.add(" ".join(_c.lower().split()))

_HANDLE = r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,29})"
_SOCIAL_CUE = re.compile(
    r"(?<![\w@.\-])(?P<cue>" + _trie_ci(list(_PLATFORM_OF)) + r")(?![\w])"
    r"(?:[ \t]*(?:[(\[][ \t]*)?(?P<nw>" + _trie_ci(_RULES["social_name_words"]) + r")[sS]?\b)?"
    r"[ \t]*(?P<colon>[:=\-]|\bis\b|\bof\b|(?P<as>\b(?:as|AS|called|CALLED|named|NAMED|by|BY)\b))?[ \t]*"
    # "Kik: username cottyr", "Telegram: account @hfx_t": after the platform's colon, the name word
    # labels the handle that follows it (only when something handle-like follows on the line).
    r"(?(colon)(?:(?<![\w])(?P<nw2>" + _trie_ci(_RULES["social_name_words"]) + r")[sS]?[ \t]*(?:[:=\-][ \t]*)?"
    r"(?=[@\"'“‘(\[]?[A-Za-z0-9_]))?|)"
    r"(?P<paren>[(\[\"'“‘])?"
    r"(?P<at>@)?(?P<handle>" + _HANDLE + r")(?P<disc>#[0-9]{4}(?![0-9]))?"
)
# A handle word with no platform word before it ("posted by x.y_1", "username is dan.k_7 on
# Snapchat"): trusted only for handle-shaped strings (see ``_handle_shaped``).
_HANDLE_WORD_CUE = re.compile(
    r"(?<![\w@.\-])(?P<cue>" + _trie_ci(_RULES["social_handle_cues"]) + r")[sS]?(?![\w])"
    r"(?:[ \t]+(?P<nw>" + _alt(["user name", "username", "name", "id", "handle", "channel", "page"], ci=True) + r")\b)?"
    r"[ \t]*(?P<colon>[:=\-]|\b[iI][sS]\b|\b[cC][aA][lL][lL][eE][dD]\b|\b[nN][aA][mM][eE][dD]\b)?"
    r"[ \t]*(?P<paren>[(\[\"'“‘])?(?P<at>@)?(?P<handle>" + _HANDLE + r")"
)
_HANDLE_TRIGGERS = tuple({c.lower().split()[0] for c in _RULES["social_handle_cues"]})
# Platform words trusted on their own to name the platform of a nearby handle.
_NEAR_PLATFORM = re.compile(
    r"(?<![\w@.\-])(?P<cue>"
    + _trie_ci([c for c in _PLATFORM_OF if c not in _WEAK_CUES or c in ("insta", "snap")])
    + r")(?![\w])"
)
_QUANTITY = re.compile(r"[0-9][0-9.,]*[A-Za-z]{1,3}")
_INITIAL_NAME = re.compile(r"[A-Z]\.[ ]?[A-Z][A-Za-z'\-]+")
_SOCIAL_TRIGGERS = tuple(
    {c for c in _PLATFORM_OF if len(c) >= 3} | {w.lower() for w in _RULES["social_name_words"] if len(w) >= 4}
)
_SHORT_CUES = tuple(c for c in _PLATFORM_OF if len(c) < 3)
#: A short platform name ("sc", "ig") before a colon, blank, dash or slash: inside the text or opening it.
_SHORT_CUE_OPENING = tuple(c + sep for c in _SHORT_CUES for sep in (":", " ", "-", "/"))
_SHORT_CUE_INSIDE = tuple(" " + c for c in _SHORT_CUE_OPENING)
_FB_NAME = re.compile(r"[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){1,2}\b")
_BARE_AT = re.compile(r"(?<![\w@.+\-/])@(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}))")
_DOMAINISH = re.compile(r"(?i)\.(?:com|co|uk|net|org|gov|io|info|biz|me)(?:\.|$)")


_PLAIN_WORD = re.compile(r"[a-z]+(?:ing|ed|ly|s)|[a-z]{1,3}")


def _plain_word(h: str) -> bool:
    """A lower-case dictionary-looking word (verb forms, plurals, tiny words) is no handle."""
    return bool(_PLAIN_WORD.fullmatch(h)) or h.lower() in {"is", "was", "has", "the", "and", "for", "with", "which", "that"}


_CLOSE_QUOTE = re.compile(r"(?P<rest>(?:[ ](?:[A-Za-z0-9_.'\-]+|&)){1,3})[\"”]")
#: The same in single quotes ("insta name 'Tiny T'"): no apostrophe inside, none straight after.
_CLOSE_SQUOTE = re.compile(r"(?P<rest>(?:[ ](?:[A-Za-z0-9_.\-]+|&)){1,3})['’](?![A-Za-z])")
_CAMEL = re.compile(r"[a-z][A-Z]")


def _camel(h: str) -> bool:
    """Words run together with capitals inside ("DMoneyOfficial", "CardiffBargainz"), not a Mc/Mac name."""
    return bool(_CAMEL.search(h)) and not re.match(r"(?:Mc|Mac|O'|De|Di|Da|Le|La|Van|Von)[A-Z]", h)


def _forename_set() -> frozenset[str]:
    from ._filters import lexicon

    return lexicon().forenames


def _english_word(h: str) -> bool:
    """An English word (stop words, the model's WordNet lists), so not a handle after a bare dash."""
    from ._filters import lexicon
    from ._truecase import _dictionary_word

    low = h.lower()
    return _plain_word(low) or low in lexicon().stop or _dictionary_word(low)


def _clean_handle(h: str) -> str:
    return h.rstrip(".-")


def _social_possible(text: str) -> bool:
    """Cheap substring test before the cue regex (most reports mention no platform)."""
    if "@" in text:
        return True
    low = text.lower()
    return any(map(low.__contains__, _SOCIAL_TRIGGERS)) or any(map(low.__contains__, _SHORT_CUE_INSIDE)) \
        or low.startswith(_SHORT_CUE_OPENING)


def _handle_shaped(h: str) -> bool:
    """Dots, underscores or digits among letters: "kitchen.vapes_22", not "John" or "J.Smith"."""
    parts = h.split(".")
    return (
        sum(c.isalpha() for c in h) >= 2
        and not _QUANTITY.fullmatch(h)  # "handle 2.5kg", "user 14.30hrs"
        and not (len(parts) > 1 and all(len(p) <= 2 and p.isalpha() for p in parts if p))  # "e.g", "i.e"
        and bool(re.search(r"[_.\d]", h))
        and not _INITIAL_NAME.fullmatch(h)
        and not _DOMAINISH.search(h)
    )


def _shaped_after_short_name(h: str) -> bool:
    """A handle straight after a short platform name ("IG kazi.e1", "FB is kelly.m.92"): dots,
    underscores or digits among letters, and no code, mark, postcode or text-speak word."""
    return _handle_shaped(h) and not (_SHORT_CODE.fullmatch(h) or vrm_format(h) or normalise_postcode(h)
                                      or h.lower() in _TEXT_SPEAK)


def _near_platform(text: str, s: int, e: int) -> str:
    """Platform word closest to a handle in its own sentence ("... dan.k_7 on Snapchat"), else unknown."""
    lo, hi = max(0, s - 80), min(len(text), e + 60)
    for b in _SENTENCE_BREAK.finditer(text, lo, s):
        lo = b.end()
    b = _SENTENCE_BREAK.search(text, e, hi)
    if b:
        hi = b.start()
    best, dist = "unknown", 10**9
    for m in _NEAR_PLATFORM.finditer(text, lo, hi):
        d = s - m.end() if m.end() <= s else m.start() - e
        if 0 <= d < dist:
            best, dist = _PLATFORM_OF[" ".join(m["cue"].lower().split())], d
    return best


#: Text-speak with a digit for a syllable ("2nite", "2moro"): message words, not handles.
_TEXT_SPEAK = frozenset(w.lower() for w in _RULES["text_speak"])
_LOOSE_HANDLE = re.compile(r"(?<![\w@.\-/\\:#£$€+'])[A-Za-z0-9_][A-Za-z0-9_.\-]{2,29}(?<![.\-])(?![\w@/\\]|\.[A-Za-z0-9]|-\w)")
_FILE_EXT = re.compile(r"(?i)\.(?:jpe?g|png|gif|heic|mp4|mov|avi|pdf|docx?|xlsx?|csv|txt|zip|apk|exe|html?|php)$")
_DEVICE = re.compile(r"(?i)(?:iphone|ipad|galaxy|pixel|redmi|moto|nokia|xbox|ps|windows|android|ios)\d")
_SHORT_CODE = re.compile(r"[A-Za-z]{1,3}[0-9]{1,4}[A-Za-z]?|[0-9]+[A-Za-z]{1,3}")


_HANDLE_BEFORE_PLATFORM = re.compile(
    r"(?i:\b(?:as|goes[ \t]+by|go[ \t]+by|known[ \t]+as|called|named|account|user(?:name)?|handle|profile))[ \t]+"
    r"[\"'“‘]?(?P<handle>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.))[\"'”’]?[ \t]+(?i:on|via)[ \t]+(?P<cue>"
    + _trie_ci([c for c in _PLATFORM_OF if c not in _WEAK_CUES or c in ("insta", "snap")]) + r")(?![\w])"
)
#: In a report typed in capitals a dotted handle is trusted only straight after its platform
#: ("SNAPCHAT FRIEND DMONEY.MBORO", "ADVERTISES ON FACEBOOK AS ASH.TOOLS.WAKEY").
_CAPS_HANDLE_CUE = re.compile(
    r"(?<![\w@.\-])(?:" + _trie_ci([c for c in _PLATFORM_OF if c not in _WEAK_CUES or c in ("insta", "snap")])
    + r")[ \t]+(?:(?i:friend|contact|account|page|profile|user|username|name|handle|called|named|as|is)[ \t]+){0,2}\Z"
)


_CAMEL_BREAKS = re.compile(r"[a-z][A-Z]")


def _gamer_tag(h: str) -> bool:
    """Capitals inside a word more than a brand has ("xXBloxDadXx"), or inside and with digits
    ("KawaiiGamer2011"); "iPhone", "PlayStation", "McDonald" have one break and no digits."""
    breaks = len(_CAMEL_BREAKS.findall(h))
    return (breaks >= 2 or (breaks and any(c.isdigit() for c in h))) and h.lower() not in _PLATFORM_OF \
        and not re.match(r"(?:Mc|Mac)[A-Z]", h)


def _platform_text_handles(text: str, taken: set[int], at_starts: set[int]) -> list[Found]:
    """Handles written bare in a report about a platform ("Snapchat friend dan.k_7", "... chats
    with under-16s, including amy.j_x"): handle-shaped strings only. In the platform's own
    sentence dots, underscores or digits are enough; elsewhere in the text an underscore is needed."""
    out: list[Found] = []
    shouted = text_case(text) == "upper"
    for m in _LOOSE_HANDLE.finditer(text):
        h = m.group()
        s, e = m.span()
        gamer = _gamer_tag(h)
        if s in taken or s - 1 in at_starts or not (_handle_shaped(h) or gamer) or _FILE_EXT.search(h):
            continue
        if _SHORT_CODE.fullmatch(h) or _DEVICE.match(h) or vrm_format(h) or normalise_postcode(h) or is_valid_nino(h) \
                or h.lower() in _TEXT_SPEAK:
            continue  # "LS11", "X5", "AB12CDE": codes and marks, not handles
        if h[:1].isupper() and "_" not in h and not any(c.isdigit() for c in h) and not gamer and not (
                shouted and _CAPS_HANDLE_CUE.search(text, max(0, s - 40), s)):
            continue  # "St.Helens", "J.Smith"; in capitals only straight after the platform ("SNAPCHAT FRIEND X.Y")
        if "-" in h and "_" not in h and "." not in h:
            continue  # "anti-social", "14-year-old"
        platform = _near_platform(text, s, e)
        if platform == "unknown" and "_" not in h and not gamer:
            continue
        if platform == "unknown":
            cues = list(_NEAR_PLATFORM.finditer(text))
            platform = _PLATFORM_OF[" ".join(cues[-1]["cue"].lower().split())] if cues else "unknown"
        out.append(Found("SOCIAL", s, e, h, f"{platform}:{h.lower()}", "rule", {"platform": platform, "handle": h}))
        taken.add(s)
    return out


#: A chat transcript's speaker label: a handle opening a line, perhaps after a time stamp, then a
#: colon ("kian.lee04: where u at", "[21:04] jay.b22: u up").
_SPEAKER = re.compile(r"^[ \t]*(?:\[[0-9:. \-/]+\][ \t]*)?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.\-]{2,29}(?<![.\-])):[ \t]", re.M)


def _speaker_handles(text: str, taken: set[int]) -> list[Found]:
    """Speaker labels in a transcript from a platform named in the text: handle-shaped only (a
    form's "Note:" or "DOB:" is no speaker)."""
    out: list[Found] = []
    if ":" not in text:
        return out
    cues = list(_NEAR_PLATFORM.finditer(text))
    for m in _SPEAKER.finditer(text):
        h, s = m["h"], m.start("h")
        if s in taken or not _shaped_after_short_name(h) or _DEVICE.match(h) or is_valid_nino(h) or _FILE_EXT.search(h):
            continue
        before = [c for c in cues if c.end() <= s]
        platform = _PLATFORM_OF[" ".join((before or cues)[-1]["cue"].lower().split())] if cues else ""
        if not platform:
            continue
        out.append(Found("SOCIAL", s, m.end("h"), h, f"{platform}:{h.lower()}", "rule", {"platform": platform, "handle": h}))
        taken.add(s)
    return out


#: A profile link ("instagram.com/kutz.by.kay", "https://www.tiktok.com/@leeds.drill"): the handle
#: is the path's first part, with its "@" where the site writes one.
_URL_HANDLE = re.compile(
    r"(?i)(?<![\w.\-])(?:https?://)?(?:www\.|m\.|mobile\.)?(?:(?P<site>instagram|facebook|tiktok|twitter|x|snapchat|youtube|threads)"
    r"\.(?:com|net)|(?P<tg>t)\.me)/(?:add/)?(?P<h>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{0,29}[A-Za-z0-9_])(?![\w\-]|[.][A-Za-z0-9])"
)
_URL_SITE = {"instagram": "instagram", "facebook": "facebook", "tiktok": "tiktok", "twitter": "x", "x": "x",
             "snapchat": "snapchat", "youtube": "youtube", "threads": "threads"}
_URL_NOT_HANDLE = frozenset("profile.php groups group pages p reel reels watch share story stories events marketplace "
                            "channel c user results hashtag explore photo photos video videos status".split())


def _url_handles(text: str) -> list[Found]:
    out = []
    for m in _URL_HANDLE.finditer(text):
        h = m["h"].lstrip("@")
        if h.lower() in _URL_NOT_HANDLE:
            continue  # a page of the site ("facebook.com/groups/..."), not an account
        platform = "telegram" if m["tg"] else _URL_SITE[m["site"].lower()]
        out.append(Found("SOCIAL", m.start("h"), m.end("h"), m["h"], f"{platform}:{h.lower()}", "rule",
                         {"platform": platform, "handle": h}))
    return out


def _find_social(text: str) -> list[Found]:
    out: list[Found] = []
    taken: set[int] = set()
    shouted = text_case(text) == "upper"  # "INSTAGRAM ACCOUNT MESSAGING ...": a word in capitals is still a word
    # In a note typed all in lower case, case says nothing: 'facebook "filmon gebre uk"' is a quoted
    # display name as 'Facebook "Filmon Gebre UK"' is, and 'gave snap stanthemanfest' names the platform.
    caseless = not shouted and text_case(text) == "lower"
    urls = _url_handles(text) if ".com/" in text or "t.me/" in text or ".COM/" in text or "T.ME/" in text else []
    for f in urls:
        out.append(f)
        taken.add(f.start)
    for m in _SOCIAL_CUE.finditer(text) if _social_possible(text) else ():
        cue = " ".join(m["cue"].lower().split())
        platform = _PLATFORM_OF[cue]
        if urls and text[m.end("handle") : m.end("handle") + 1] == "/":
            continue  # "facebook.com/dan.smith.7731": the site's name in a link, the handle after it
        hs = m.start("handle")
        if platform == "facebook" and (m["nw"] or m["colon"]) and not m["at"]:
            fb = _FB_NAME.match(text, hs)
            if fb and m["paren"] and fb.group().split()[0].lower() in _forename_set():
                continue  # 'Facebook profile "Ciaran Mc"': a person's own name in quotes is a PERSON
            if fb:
                fe = fb.end()
                if m["paren"] in ('"', "“") and text[fe : fe + 1] not in ('"', "”") and (q := _CLOSE_QUOTE.match(text, fe)):
                    fe = q.end("rest")  # 'FB page "Nowak Praca UK"': the quoted name runs on to its quote
                name = text[fb.start() : fe]
                out.append(
                    Found("SOCIAL", fb.start(), fe, name,
                          f"facebook:{name.lower()}", "rule", {"platform": platform, "handle": name})
                )
                continue
        handle = _clean_handle(m["handle"])
        if m["nw2"] and not (m["at"] or m["paren"] or _handle_shaped(handle) or _camel(handle)) \
                and (_english_word(handle) or handle.lower() in _forename_set()):
            continue  # "Snapchat: user was blocked", "Facebook: profile Dave ...": prose or a person after the label
        if m["disc"] and handle == m["handle"]:
            handle += m["disc"]  # old Discord tag "name#1234": the number is part of the handle
        he = hs + len(handle)
        if not handle or not re.search(r"[A-Za-z]", handle) or text[he : he + 1] == "@":
            continue  # digits are a phone (WhatsApp), "@" after means an email
        if (m["nw"] or ((not m["colon"] or m["colon"] == ":" or (m["as"] and m["as"].lower() == "as"))
                        and (handle[:1].isupper() or handle[:1].isdigit() or caseless))) \
                and m["paren"] in ('"', "“", "'", "‘") and text[he : he + 1] == " ":
            # 'Facebook account "teesside patriot"', 'sells on Facebook as "AK Agri & Plant"',
            # 'Facebook "Filmon Gebre UK"': a display name of a few words in quotes (a chat "called"
            # so is a group's name, not an account)
            q = (_CLOSE_QUOTE if m["paren"] in ('"', "“") else _CLOSE_SQUOTE).match(text, he)
            if q and handle.lower() in _forename_set() and all(w.isalpha() and w.lower() not in _ACCOUNT_WORDS
                                                               for w in q["rest"].split()):
                continue  # 'profile "Ciaran Mc"': the person's own name, a PERSON ("... UK" is an account's)
            if q:
                out.append(Found("SOCIAL", hs, q.end("rest"), text[hs : q.end("rest")],
                                 f"{platform}:{text[hs : q.end('rest')].lower()}", "rule",
                                 {"platform": platform, "handle": text[hs : q.end("rest")]}))
                taken.add(hs)
                continue
        explicit = bool(m["at"] or m["nw"] or m["colon"] or m["paren"])
        if m["as"] and not (m["at"] or _handle_shaped(handle) or _camel(handle)
                            or (m["paren"] and (handle.islower() or shouted) and not _english_word(handle)
                                and handle.lower() not in _forename_set())):
            continue  # "on Snapchat as well", 'knew him from Instagram as "Shay"' (a name); 'on eBay as "cardiffbargainz"' is one
        if m["colon"] and m["colon"].lower() == "of" and not (m["at"] or m["paren"] or _handle_shaped(handle) or _camel(handle)) \
                and _english_word(handle):
            continue  # "has a snap of him", "a screenshot on Insta of the car": a picture of something
        if m["colon"] == "-" and not (m["at"] or m["paren"] or _handle_shaped(handle) or _camel(handle)) and _english_word(handle):
            continue  # "WhatsApp - handset of ...": after a dash an English word is prose
        if m["paren"] == "(" and not m["at"] and text[he : he + 1] == ")" and not _handle_shaped(handle) \
                and _english_word(handle):
            continue  # "Instagram account (private) - jordan_fs_10", "Snapchat (deleted)": a note on the account
        if m["paren"] == "(" and not (m["at"] or m["nw"] or m["colon"] or _handle_shaped(handle)) and _english_word(handle):
            continue  # "re Roblox (victim Zayn PATEL)": a bracketed aside, not a handle
        if m["nw"] and not (m["at"] or m["colon"] or m["paren"]) and not _handle_shaped(handle) and _english_word(handle):
            continue  # "Telegram channel where ...", "Snapchat account messaging ...": the next word is prose
        # "gave Snap stanthemanfest": the platform's name written with its capital, then a long
        # lower-case string that is no English word or forename.
        named_weak = cue in _WEAK_CUES and (m["cue"][:1].isupper() or caseless) and not m["cue"].isupper() and not shouted \
            and handle.islower() and len(handle) >= 6 and not _english_word(handle) and handle not in _forename_set()
        # "Instagram @chidi_flexx, tiktok chidiflexx": after a full platform name, however cased, the same
        # kind of long lower-case string is the handle.
        named_weak = named_weak or (cue not in _WEAK_CUES and not shouted and handle.islower() and len(handle) >= 6
                                    and handle.isalnum() and not _english_word(handle) and handle not in _forename_set()
                                    and handle not in _PLATFORM_OF and bool(_CLAUSE_END.match(text, he)))
        if cue in _WEAK_CUES and not explicit and not _shaped_after_short_name(handle) and not named_weak:
            continue  # "IG yesterday", "snap 2.5k views"; "IG kazi.e1", "snap lil.dee_99" are handles
        if not explicit and not re.search(r"[_.\d]", handle) and not named_weak:
            continue  # "on Snapchat to arrange" - plain words are not handles
        if not (m["at"] or m["colon"]) and _plain_word(handle.lower() if shouted else handle):
            continue  # "Instagram account messaging": an English word, not a handle
        if cue == "x" and not m["at"]:
            continue  # a lone "x" is too common to trust without "@"
        if not (m["at"] or m["paren"] or shouted) and handle.isalpha() and handle.isupper() and _CAP_WORD_AFTER.match(text, he):
            continue  # "Gumtree account: LI Wei (DOB 1985)": a SURNAME Forename, the account's owner
        if not (m["at"] or m["paren"] or shouted) and handle.isalpha() and handle[:1].isupper() and handle[1:].islower() \
                and (sn := _SURNAME_AFTER.match(text, he)) and sn.group().strip().lower() not in _ACCOUNT_WORDS:
            continue  # "identified via Snap: Grace ADEYEMI (19)": a person's name, not a handle
        # The span is the handle only (with its "@"): the platform word is context, kept in attrs.
        hs0 = m.start("at") if m["at"] else hs
        out.append(
            Found("SOCIAL", hs0, he, text[hs0:he], f"{platform}:{handle.lower()}", "rule",
                  {"platform": platform, "handle": handle})
        )
        taken.add(hs)
    low = text.lower()
    recased = shouted or text_case(text) == "lower"
    for m in _HANDLE_WORD_CUE.finditer(text) if any(t in low for t in _HANDLE_TRIGGERS) else ():
        hs = m.start("handle")
        handle = _clean_handle(m["handle"])
        he = hs + len(handle)
        if hs in taken or text[he : he + 1] == "@" or not (_handle_shaped(handle) or (m["nw"] and (
                _camel(handle) or (recased and len(handle) >= 5 and not _english_word(handle)
                                   and handle.lower() not in _forename_set())))):
            continue  # "uploaded by channel DMoneyOfficial": a name word vouches for a joined-up name
            # (re-cased, "CHANNEL DMONEYOFFICIAL" has lost its capitals: any word that is no English word or forename)
        if m["at"] is None and text[he : he + 1] == "(":
            continue  # "user f(x)": not a handle
        hs0 = m.start("at") if m["at"] else hs
        platform = _near_platform(text, hs0, he)
        out.append(Found("SOCIAL", hs0, he, text[hs0:he], f"{platform}:{handle.lower()}", "rule",
                         {"platform": platform, "handle": handle}))
        taken.add(hs)
    if _NEAR_PLATFORM.search(text):
        for m in _HANDLE_BEFORE_PLATFORM.finditer(text):
            # "messages her as bigmanj on Snapchat", 'the account "plugzone" on Telegram': the
            # platform comes after; a plain word or a forename there is prose or a name, not a handle.
            handle = m["handle"]
            hs = m.start("handle")
            if hs in taken or not (_handle_shaped(handle) or _camel(handle) or (
                    not _english_word(handle) and handle.lower() not in _forename_set() and not handle.isupper())):
                continue
            platform = _PLATFORM_OF[" ".join(m["cue"].lower().split())]
            out.append(Found("SOCIAL", hs, m.end("handle"), handle, f"{platform}:{handle.lower()}", "rule",
                             {"platform": platform, "handle": handle}))
            taken.add(hs)
        out.extend(_platform_text_handles(text, taken, {m.start() for m in _BARE_AT.finditer(text)}))
        out.extend(_speaker_handles(text, taken))
    for m in _BARE_AT.finditer(text) if "@" in text else ():
        handle = _clean_handle(m["handle"])
        he = m.start("handle") + len(handle)
        if not re.search(r"[A-Za-z]", handle) or text[he : he + 1] == "@" or (
                _DOMAINISH.search(handle) and not (_HANDLE_CUE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                                   and not _DOMAIN_END.search(handle))):
            continue  # "@example.co.uk" is a domain; 'account @quickcash.uk.jobs' a handle with dots
        if text[max(0, m.start() - 1) : m.start()] == "=" or text[he : he + 1] == "(":
            continue  # "=@SUM(A1:A9)": a spreadsheet formula, not a handle
        if m.start("handle") in taken:
            continue
        platform = _near_platform(text, m.start(), he)
        if platform == "unknown" and handle.lower() in _AT_PLACES and not handle.isupper():
            continue  # "@home all day", "@school till 3": "at" in a hasty note, with no platform named
        out.append(Found("SOCIAL", m.start(), he, text[m.start() : he], f"{platform}:{handle.lower()}", "rule",
                         {"platform": platform, "handle": handle}))
    named = _named_accounts(text, {f.start for f in out})
    out = [f for f in out if not any(n.start == f.start and n.end > f.end for n in named)] + named
    out += _bare_handles(text, {f.start for f in out})
    if "_" in text:
        taken_at = {f.start for f in out} | {f.start + 1 for f in out if f.text.startswith("@")}
        out += _underscore_handles(text, taken_at)
        low = text.lower()
        if len(low) == len(text) and text_case(text) == "upper":
            # a report in capitals writes the handle in capitals too ("SELLER JAMO_BIKES_BS13")
            for f in _underscore_handles(low, taken_at | {f.start for f in out}):
                h = text[f.start : f.end]
                out.append(Found("SOCIAL", f.start, f.end, h, f.key, "rule", {**f.attrs, "handle": h}))
    if "xX" in text:
        covered = [(f.start, f.end) for f in out]
        for m in _GAMER_WRAP.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in covered):
                h = m.group()
                platform = _near_platform(text, m.start(), m.end())
                out.append(Found("SOCIAL", m.start(), m.end(), h, f"{platform}:{h.lower()}", "rule", {"platform": platform, "handle": h}))
    # "a snapchat screenshot", "fb marketplace acct": what a platform holds, not a handle
    return [f for f in _listed_handles(text, out) if f.text.startswith("@") or f.text.lower() not in _SOCIAL_MEDIA_NOUNS]


_SOCIAL_MEDIA_NOUNS = frozenset(w.lower() for w in _RULES["social_media_nouns"])
#: A gamer tag wrapped in "xX ... Xx" ("xXBloxDadXx", "xX_Sniper_Xx"): a convention of gaming
#: handles, never of prose, so it is read with no platform named.
_GAMER_WRAP = re.compile(r"(?<![\w@.\-])xX[A-Za-z0-9_]{2,24}Xx(?![\w@\-]|\.[A-Za-z0-9])")


_CAP_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+\b")
#: A name closing its clause or list item ("tiktok chidiflexx.", "tiktok chidiflexx, snap ..."), not a word in prose.
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;)\n]|$)")
_SURNAME_AFTER = re.compile(r"[ \t]+(?:Mc|Mac|O')?[A-Z]{2,}(?:['\-][A-Z]+)?\b(?![a-z])")
#: Words a person's own name never ends with, so a quoted name holding one is an account's ("Filmon Gebre UK").
_ACCOUNT_WORDS = frozenset("uk gb ldn official ltd shop store sales page fan fans tv media news hq".split())
#: Places a hasty note puts after "@" for "at" ("@home", "@work", "@court").
_AT_PLACES = frozenset("home work school college uni court hospital station shop shops house gym park scene address "
                       "venue custody location base hq nans mums dads church mosque gp".split())
_HANDLE_CUE_BEFORE = re.compile(r"(?i)\b(?:account|acc|acct|user(?:name)?|handle|profile|page|channel)[ \t]*[:\-]?[ \t]*\Z")
_DOMAIN_END = re.compile(r"(?i)\.(?:com|co|uk|net|org|gov|io|info|biz|me)$")
#: A bare lower-case handle joined by dots or underscores ("liked by jaz.kerr", "• BELL, Kyle – kyle.b_44").
_BARE_HANDLE = re.compile(r"(?<![\w@./:\-#])(?P<h>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?=[ \t]*(?:[,;)\n]|\.(?:\s|$)|\s|$))")
_FILE_EXTS = frozenset("pdf doc docx jpg jpeg png gif mp4 mov avi xls xlsx csv txt zip exe apk html htm php heic wav mp3".split())


def _ordinary_part(p: str) -> bool:
    """A word of ordinary English ("left", "then"); a short part only if it is a stop word ("mcg" is a name's part)."""
    from ._filters import lexicon

    return p in lexicon().stop or (len(p) >= 4 and _english_word(p))


#: A lower-case name joined by underscores ("seller jamo_bikes_bs13", "gets snaps from liamd_fylde"),
#: perhaps with dots as well ("adeel.raza_07"): prose never writes one, so it is a handle even where
#: no platform is named.
_UNDERSCORE_HANDLE = re.compile(r"(?<![\w@./:\-#])[a-z][a-z0-9]*(?:\.[a-z0-9]+)*_[a-z0-9]+(?:[._][a-z0-9]+)*(?![\w@/\-]|\.[A-Za-z0-9]|[ \t]*[:=(])")


_FILE_OR_DOMAIN_END = re.compile(r"_[^.]*\.(?:[a-z]{2,4})(?:\.[a-z]{2})?$")


def _underscore_handles(text: str, taken: set[int]) -> list[Found]:
    out: list[Found] = []
    for m in _UNDERSCORE_HANDLE.finditer(text):
        h = m.group()
        parts = h.split("_")
        if m.start() in taken or sum(c.isalpha() for c in h) < 4 or parts[-1] in _FILE_EXTS \
                or all(p.isalpha() and _ordinary_part(p) for p in parts if p):
            continue  # "first_name", "no_reply": a field's or a system's name
        if "." in h and (h.startswith("www.") or _FILE_OR_DOMAIN_END.search(h)
                         or _CODE_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue  # "my_config.yaml", "www.my_site.co.uk", "file ref kez.wavy_04": a file's, a site's or a reference's name
        platform = _near_platform(text, m.start(), m.end())
        out.append(Found("SOCIAL", m.start(), m.end(), h, f"{platform}:{h}", "rule", {"platform": platform, "handle": h}))
    return out


def _bare_handles(text: str, taken: set[int]) -> list[Found]:
    """Handles written with no @ or platform word before them, in a cased report that names a
    platform: lower case with a dot or underscore between names. Not two ordinary words at a
    missed space ("left.then"), a file name or a web address."""
    if not ("." in text or "_" in text) or text_case(text) != "mixed" or not _NEAR_PLATFORM.search(text):
        return []
    out: list[Found] = []
    for m in _BARE_HANDLE.finditer(text):
        h = m["h"]
        if m.start() in taken or not _handle_shaped(h):
            continue
        parts = re.split(r"[._]", h)
        if parts[-1] in _FILE_EXTS or ("_" not in h and all(p.isalpha() and _ordinary_part(p) for p in parts)):
            continue
        platform = _near_platform(text, m.start(), m.end())
        out.append(Found("SOCIAL", m.start(), m.end(), h, f"{platform}:{h}", "rule", {"platform": platform, "handle": h}))
    return out


#: An account known by a display name in quotes ('an account called "Teesside Patriot"', 'on
#: Facebook under the name "Ry Kersh"') or listed under a social-media label with its platform
#: ("SOCIAL MEDIA: TEESSIDE PATRIOT (FACEBOOK)").
_NAMED_ACCOUNT = re.compile(
    r"(?i:\b(?:account|profile|page|channel|group)(?:[ \t]+(?:is|was|are))?[ \t]+(?:called|named|in[ \t]+the[ \t]+name(?:[ \t]+of)?)"
    r"|\bunder[ \t]+the[ \t]+(?:name|username|handle))[ \t]*[\"“](?P<h>[^\"”\n@]{2,40}?)[\"”]"
    r"|(?i:\bsocial[ \t]+media[ \t]*:)[ \t]*(?P<h2>[^\n(:;]{2,40}?)[ \t]*\((?P<cue>"
    + _trie_ci([c for c in _PLATFORM_OF if c not in _WEAK_CUES]) + r")\)"
    r"|(?i:\b(?:account|profile|page|channel))[ \t]*[\"“](?P<h3>[A-Z0-9][^\"”\n@]{1,39}?)[\"”]"
)
#: Money words in a sentence make an "account" a bank's ('paid into account "J HOLT SAVINGS"').
_MONEY_WORDS = re.compile(r"(?i)\b(?:bank|paid|pay|payments?|transfer(?:red|s)?|deposit(?:ed|s)?|sort[ \t]+code|card|"
                          r"loan|savings|credit|debit|cash)\b|£")
_TITLE_WORDS = re.compile(r"[A-Z0-9][^\s]*(?:[ ][A-Z0-9][^\s]*){0,3}")
_TITLE_NAME = re.compile(r"[A-Z0-9][^\s]*(?:[ ](?:(?:and|of|the|on|in|for|&)[ ])?[A-Z0-9][^\s]*){0,3}")


def _named_accounts(text: str, taken: set[int]) -> list[Found]:
    """Display names of accounts on a platform named in the same sentence; a name that opens
    with a forename is the person's own name (a PERSON), not an account's."""
    out: list[Found] = []
    if "account" not in text.lower() and "under the" not in text.lower() and "social media" not in text.lower() \
            and "profile" not in text.lower() and "page" not in text.lower() and "channel" not in text.lower():
        return out
    for m in _NAMED_ACCOUNT.finditer(text):
        g = "h" if m["h"] else "h2" if m["h2"] else "h3"
        name, hs = m[g].strip(), m.start(g)
        he = hs + len(name)
        if (hs in taken and not (g != "h2" and " " in name)) or name.split()[0].lower() in _forename_set() or len(name.split()) > 4:
            continue  # a quoted name of several words is the account's whole name, over its first word
        platform = _PLATFORM_OF[" ".join(m["cue"].lower().split())] if m["cue"] else _near_platform(text, hs, he)
        if g == "h3":
            # 'Posts from account "JWG Burnley"' after a sentence about Facebook: a display name in
            # title case or capitals, the platform named in the text before it; not a bank account.
            lo = max(0, m.start() - 160)
            for b in _SENTENCE_BREAK.finditer(text, lo, m.start()):
                lo = b.end()
            if not _TITLE_WORDS.fullmatch(name) or _MONEY_WORDS.search(text, lo, he + 40):
                continue
            if platform == "unknown":
                cues = list(_NEAR_PLATFORM.finditer(text, max(0, m.start() - 300), m.start()))
                platform = _PLATFORM_OF[" ".join(cues[-1]["cue"].lower().split())] if cues else "unknown"
        if platform == "unknown" and g == "h" and _TITLE_NAME.fullmatch(name):
            # '... his picture on Facebook. The page is called "Leeds Exposed"': the platform a sentence before
            cues = list(_NEAR_PLATFORM.finditer(text, max(0, m.start() - 300), m.start()))
            platform = _PLATFORM_OF[" ".join(cues[-1]["cue"].lower().split())] if cues else "unknown"
        if platform == "unknown" and not (g == "h3" and " " not in name and (_gamer_tag(name) or _handle_shaped(name))):
            continue  # 'user account "LuxuryGirlsLeeds"' on an unnamed adult site: joined-up words are a handle
        out.append(Found("SOCIAL", hs, he, name, f"{platform}:{name.lower()}", "rule", {"platform": platform, "handle": name}))
    return out


_LIST_SEP = re.compile(r"[ \t]*(?:,|&|\band\b|\bor\b|/)[ \t]*")
_LIST_NEXT = re.compile(r"@?[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)(?![\w@])")


#: A name run into trailing digits ("jdogg22", "KDOTMONEY1"), listed after a handle with a comma or slash.
_LISTED_NAME_DIGITS = re.compile(r"[A-Za-z]{4,}[0-9]{1,4}")


def _listed_handles(text: str, found: list[Found]) -> list[Found]:
    """A handle listed straight after a found handle ("Linked accounts: shadowfox_99, dan.frost.22,
    email ..."): with "@", an underscore or a dot."""
    starts = {f.start for f in found}
    extra: list[Found] = []
    for f in sorted(found, key=lambda x: x.start):
        end, platform = f.end, f.attrs.get("platform", "unknown")
        while True:
            sep = _LIST_SEP.match(text, end)
            nxt = _LIST_NEXT.match(text, sep.end()) if sep else None
            if not nxt or nxt.start() in starts:
                break
            h = nxt.group().lstrip("@")
            if not (nxt.group().startswith("@") or (_handle_shaped(h) and ("_" in h or "." in h))
                    or (sep.group().strip() in (",", "/") and _LISTED_NAME_DIGITS.fullmatch(h) and (h.islower() or h.isupper())
                        and not (vrm_format(h) or normalise_postcode(h) or h.lower() in _TEXT_SPEAK or _DEVICE.match(h)))) \
                    or _DOMAINISH.search(h):
                break  # digits alone are not enough after "and"/"or" ("... lil.t_x and ac3ofspades": a word with a digit)
            extra.append(Found("SOCIAL", nxt.start(), nxt.end(), nxt.group(), f"{platform}:{h.lower()}", "rule",
                               {"platform": platform, "handle": h}))
            starts.add(nxt.start())
            end = nxt.end()
    return found + extra


# ---------------------------------------------------------------------------------------------
# VEHICLE
# ---------------------------------------------------------------------------------------------

_MAKES: dict[str, str] = {k.lower(): v for k, v in _RULES["vehicle_makes"].items()}
_MODELS: dict[str, str] = {k.lower(): v for k, v in _RULES["vehicle_models"].items()}
_COLOURS = _RULES["vehicle_colours"]
_VCUE = _alt(_RULES["vehicle_cues"])
_VCUE_TRIGGERS = tuple({c.split()[0].lower() for c in _RULES["vehicle_cues"]})
_ANPR_CUES = tuple(c.lower() for c in _RULES["anpr_cues"])
#: A current mark may be spaced out by a scanned form or a fixed-width export ("YE18  LKT").
_VRM_PLAIN = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9\-/].)(?:[A-Za-z][0-9]{2}(?:[ ]{0,2}|-)[A-Za-z]{3}|[0-9]{1,3}[ ]?[A-Za-z]{3}"
    r"|[A-Za-z]{2}[ ]?[0-9]{1,3}[ ]?[A-Za-z])(?![A-Za-z0-9]|-\w)"
)
_VRM_AFTER_CUE = re.compile(
    r"(?<![A-Za-z])(?:" + _alt(_RULES["vehicle_cues"], ci=True) + r")\b\.?"
    r"(?:[ \t]*(?:[nN][oO]|[nN][uU][mM][bB][eE][rR]|[mM][aA][rR][kK])\b\.?)?[ \t]*[:#\-/=]?[ \t]*(?:(?:as|was|is)[ \t]+)?[\"'“‘]?"
    # "reg AB12-CDE": after a registration word a current mark may be hyphenated as some forms print it
    # "VRM: FD-17-KXA", "reg AB12 C DE", "reg AB12CD E": hyphens between all parts, a stray space in the letters
    r"(?P<vrm>[A-Za-z]{2}-?[0-9]{2}-[A-Za-z]{3}|[A-Za-z]{2}[0-9]{2}[ ]?(?:[A-Za-z][ ][A-Za-z]{2}|[A-Za-z]{2}[ ][A-Za-z])|[A-Za-z]{1,3}[ ]?[0-9]{1,4}(?:[ ]?[A-Za-z]{1,3})?|[0-9]{1,4}[ ]?[A-Za-z]{1,3})(?![A-Za-z0-9]|-\w)"
)
_SAID_AS = re.compile(r"\b(?:as|was|is)[ \t]+[\"'“‘]?\Z")
#: A short word the cue's scan read as a mark's last letters ("reg LW 1 on his Bentley").
_SHORT_WORD_TAIL = re.compile(r"[ ][a-z]{1,3}$")
_VCUE_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + _VCUE + r")\b\.?(?:[ \t]*(?:no|number|mark)\b\.?)?[ \t]*[:#\-/=]?[ \t]*[\"'“‘]?\Z"
)
# Tries, not flat alternations: these run over the words before every candidate mark, and the
# make/model lists are long (a flat alternation tries each branch at every position).
_COLOUR_RX = re.compile(r"\b(?:" + _trie_ci(_COLOURS) + r")\b")
_MAKE_RX = re.compile(r"\b(?:" + _trie_ci(list(_MAKES)) + r")\b")
_MODEL_RX = re.compile(r"\b(?:" + _trie_ci(list(_MODELS)) + r")\b")
_VWORD_RX = re.compile(r"\b(?:" + _trie_ci(_RULES["vehicle_words"]) + r")\b")
_MODEL_TOKEN = re.compile(r"[ \t]+(?P<model>[A-Z0-9][A-Za-z0-9\-]*(?:[ \t]+(?:Series|Class|Sport|Estate))?)")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_NOT_MODEL = {w.lower() for w in _RULES["vehicle_words"]} | {"reg", "vrm", "vrn", "index", "registration", "and", "with"}


def _vehicle_attrs(text: str, start: int, floor: int) -> dict[str, object]:
    """Colour/make/model stated just before a registration, in the same sentence."""
    lo = max(floor, start - 70)
    window = text[lo:start]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        lo += breaks[-1].end()
        window = text[lo:start]
    attrs: dict[str, object] = {}
    colours = list(_COLOUR_RX.finditer(window))
    if colours:
        attrs["colour"] = " ".join(colours[-1].group().lower().split())
    makes = list(_MAKE_RX.finditer(window))
    if makes:
        mk = makes[-1]
        attrs["make"] = _MAKES[" ".join(mk.group().lower().split())]
        tm = _MODEL_TOKEN.match(window, mk.end())
        if tm and tm["model"].lower() not in _NOT_MODEL and vrm_format(tm["model"]) in (None, "dateless"):
            attrs["model"] = tm["model"]
    else:
        models = list(_MODEL_RX.finditer(window))
        if models:
            md = models[-1]
            attrs["model"] = md.group()[:1].upper() + md.group()[1:]
            attrs["make"] = _MODELS[md.group().lower()]
    if not attrs and _VWORD_RX.search(window):
        attrs["vehicle"] = True
    return attrs


_COLOUR_AFTER = re.compile(r"[ \t]+(?:" + _alt(_COLOURS, ci=True) + r")[ \t]+")
_TABLE_SEP = re.compile(r"[ \t]*(?:[\-–|,(]|:[ \t])[ \t]*")


def _vehicle_attrs_after(text: str, end: int, limit: int) -> tuple[dict[str, object], int]:
    """Description after the mark in a log/table line ("AB12 CDE - silver Audi A3 - 14:32 M62"),
    and where it ends (so the next mark does not claim it too)."""
    sep = _TABLE_SEP.match(text, end)
    if not sep:
        return {}, end
    stop = min(limit, end + 50)
    br = _SENTENCE_BREAK.search(text, sep.end(), stop)
    nxt_sep = re.compile(r"[ \t][\-–|][ \t]|,|\)").search(text, sep.end(), br.start() if br else stop)
    hi = nxt_sep.start() if nxt_sep else (br.start() if br else stop)
    seg = text[sep.end() : hi].rstrip(".!?;") + " "  # a full stop ending the text is no sentence break inside
    attrs = _vehicle_attrs(seg, len(seg), 0)
    attrs.pop("vehicle", None)
    return attrs, hi


_VRM_NI_TEXT = re.compile(r"(?<![A-Za-z0-9\-/])[A-Z]{2,3}[ ]?[1-9][0-9]{0,3}(?![A-Za-z0-9]|-\w)")
_NI_HINT = re.compile(r"[A-Z]?(?:[A-Z]Z|I[A-Z]|[OUJX]I)[ ]?[1-9]")
_VRM_NI_TEXT_ANY = re.compile(r"(?<![A-Za-z0-9\-/])[A-Za-z]{2,3}[ ]?[1-9][0-9]{0,3}(?![A-Za-z0-9]|-\w)")
#: "Vehicles:", "Vehicles of interest:", and a label of a few words more ("Vehicles seen:", "Cars used
#: by the OCG:", "Vans linked:"), or with a spaced dash ("Known vehicles - OIW 4521, SJI 8842").
_VEHICLE_LABEL = re.compile(r"(?i)\b(?:vehicles?|cars|vans)(?:[ \t]+[a-z]+){0,4}?(?:[ \t]*:|[ \t]+[\-–][ \t]+)[^\n]*\Z")


#: Verbs and checks that put a mark in a vehicle role ("stopped driving", "left in", "pnc check
#: on") or say what a mark has ("keeper", "cloned plates") - the context a lower-case mark needs.
_DRIVE_BEFORE = re.compile(
    r"(?i)\b(?:driv(?:e|es|ing|en)|drove|rode|riding|stopped(?:[ \t]+in)?|stop(?:[ \t]+check)?[ \t]+(?:of|on)|left[ \t]+in|got[ \t]+(?:into|in|out[ \t]+of)|"
    r"travell?(?:ing|ed|s)?[ \t]+in|arrived[ \t]+in|picked[ \t]+up[ \t]+in|dropped[ \t]+off[ \t]+in|"
    r"(?:get|gets|getting)[ \t]+(?:into|in|out[ \t]+of)|sightings?[ \t]+of|"
    r"sat[ \t]+in|seen[ \t]+in|parked|passenger[ \t]+in|(?:pnc|dvla|anpr)[ \t]+(?:check|checks|hit|hits)[ \t]+on|"
    r"displaying|plated|keeper[ \t]+of|keys?[ \t]+(?:to|for))[ \t]*:?[ \t]*\Z"
)
_DRIVE_AFTER = re.compile(
    r"(?i)[ \t]*[,;\-:]?[ \t]*(?:\(|(?:was|is|has|had|now)[ \t]+)?(?:sold|keeper|registered|taxed|untaxed|insured|"
    r"uninsured|sorn|no[ \t]+mot|cloned|false[ \t]+plates|on[ \t]+false|seen|stopped|parked|drove|driven|left|"
    # what is done to a car ("GIL 2314 abandoned", "R412 BKT recovered burnt out")
    r"spotted|sighted|abandoned|recovered|impounded|towed|burnt[ \t]+out|torched|reported[ \t]+stolen)\b"
)


#: A part of a mark is not a mark: "partial reg FV19", "reg ends in 4 KXT", "index starting KX67".
_PARTIAL_BEFORE = re.compile(
    r"(?i)\b(?:partial|part|incomplete)(?:[ \t]+of[ \t]+(?:the|a|his|her|their))?[ \t]+(?:reg|vrm|vrn|index|plate|registration|number[ \t]+plate|mark)\b[^.\n]{0,25}\Z|\b(?:end(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?)[ \t]+(?:in|with)?[ \t]*[:\-]?[ \t]*[\"'“‘]?\Z"
    r"|\b(?:starting|beginning|ending)[ \t]*[\"'“‘]?\Z"
    # "thinks 1st part of plate \"LD2\"", "first three letters were ...", "last bit of the reg"
    r"|\b(?:1st|first|last|2nd|second|start|end)[ \t]+(?:part|half|bit|few|two|three|four|letters?|digits?|numbers?|characters?)\b[^.\n]{0,30}\Z"
)
#: What says a mark is from Northern Ireland straight after it: "OIL 4521 (NI REG)", "KIG 7781 (NI)".
_NI_AFTER = re.compile(r"(?i)[ \t]*[(\[][ \t]*(?:ni|n\.i\.|northern[ \t]+ireland|northern[ \t]+irish)\b")


#: A mark said to be private ("JT 7 (private plate)", "cherished plate K 100"): the dateless shapes
#: of private marks are otherwise read only after a registration word.
_PRIVATE_AFTER = re.compile(r"(?i)[ \t]*[(\[][^()\[\]\n]{0,20}?\b(?:private|cherished|personali[sz]ed)\b"
                            # ... or said in the sentence itself: "M88 GPS private plate on retention",
                            # "K9 DGS - cherished mark", "AB 1 is a private plate"
                            r"|[ \t]*(?:[,\-–:][ \t]*)?(?:(?:is|was)[ \t]+)?(?:(?:a|an|the|his|her|their)[ \t]+)?"
                            r"(?:private|cherished|personali[sz]ed|dateless)[ \t]+(?:number[ \t]+)?(?:plate|reg|registration|mark|number)\b"
                            # "R1 CQY personalised", "K9 DGS, cherished" ("private" alone may be a private hire car)
                            r"|[ \t]*(?:[,\-–][ \t]*)?(?:cherished|personali[sz]ed)\b")
#: ... or before it, perhaps a few words off in the same sentence ("a private plate, something like K1 NGS").
_PRIVATE_BEFORE = re.compile(r"(?i)\b(?:private|cherished|personali[sz]ed|dateless)[ \t]+(?:number[ \t]+)?(?:plate|plates|reg|registration|mark|vrm|vrn|number)\b"
                             r"[^.\n]{0,30}\Z")
def _private_before(text: str, s: int) -> bool:
    """A private-plate phrase before ``s`` in its sentence (substring test first: the phrase is rare)."""
    w = text[max(0, s - 60) : s].lower()
    return ("priv" in w or "cherish" in w or "personal" in w or "dateless" in w) \
        and bool(_PRIVATE_BEFORE.search(text, max(0, s - 60), s))


#: Dateless shapes ("RB 5555", "LW 1", "1 GKR"), read only in a list of marks, beside a private cue
#: or straight after a make and model; one letter and digits run together is a road or a grading ("M6", "B2").
_VRM_DATELESS = re.compile(
    r"(?<![A-Za-z0-9\-/£$€.#])(?:[A-Za-z]{2,3}[ ]?[0-9]{1,4}|[A-Za-z][ ][0-9]{1,3}|[0-9]{1,4}[ ]?[A-Za-z]{1,3})(?![A-Za-z0-9%]|-\w|[.,:/][0-9])"
)
_NOT_DATELESS = frozenset("at on in no to of by pc ps dc ds di sc sgt tel mob dob age room flat unit bay plot no. am pm "
                          "hrs min mins yrs kg mg ml oz gb mb th st nd rd mph kph x jan feb mar apr may jun jul aug sep oct nov "
                          "dec mon tue wed thu fri sat sun men lad lds guy kid car van bag day sec lbs pcs ltr cm mm km"
                          .split())


_GLUED_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{1,3}[ ]\Z")
_GLUED_AFTER = re.compile(r"[ ][A-Z]{1,3}(?![A-Za-z])")


def _dateless_ok(text: str, s: int, e: int, cands: dict[tuple[int, int], bool]) -> bool:
    """A private mark in context: said to be private, listed after another mark, or straight after a make and model."""
    if _PRIVATE_AFTER.match(text, e) or _private_before(text, s):
        return True
    if _after_listed_mark(text, s, cands):
        return True
    attrs = _vehicle_attrs(text, s, 0)
    model = str(attrs.get("model", ""))
    return bool(model) and "make" in attrs and text[max(0, s - len(model) - 3) : s].rstrip(" \t,").endswith(model)


#: Words saying a partial mark has since been read whole ("partial VRM now readable: PK17 KFE",
#: "part reg later confirmed as ...").
_RESOLVED = re.compile(r"(?i)\b(?:now|later|since|subsequently|fully|full|readable|confirmed|enhanced|identified|completed?|established|traced|resolved)\b")


#: "YK14 something", "FV70 summat": the rest of the mark was not read.
_VAGUE_AFTER = re.compile(r"(?i)[ \t]+(?:something|summat|sumthing|smth|or[ \t]+something)\b")


def _partial(text: str, s: int, e: int) -> bool:
    """A mark written as a fragment: after "partial"/"ends in"/"starting", or trailed off ("KX67...", "KX67**").
    A mark whole in shape after words saying it has since been read in full is no fragment."""
    pm = _PARTIAL_BEFORE.search(text, max(0, s - 40), s)
    if pm and _RESOLVED.search(text, pm.start(), s) and vrm_format(text[s:e]) in _WHOLE_FORMS:
        pm = None
    return bool(pm) or text[e : e + 1] in ("*", "_") \
        or bool(_VAGUE_AFTER.match(text, e)) and vrm_format(text[s:e]) not in _WHOLE_FORMS \
        or (text[e : e + 2] == ".." or text[e : e + 1] == "…") and vrm_format(text[s:e]) not in _WHOLE_FORMS


#: A mark of one of these shapes is whole, so dots after it are an ellipsis, not a trailed-off
#: fragment ("plates made up for KP19 ZZT... no documents").
_WHOLE_FORMS = ("current", "prefix", "suffix")


#: The join may follow a note in brackets on the mark before ("YJ18 RTU (Helmsley), N542 ETW").
_LIST_JOIN_BEFORE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:,|;|&|/|\b(?:and|AND|or|OR)\b)[ \t]*(?:(?:and|AND|or|OR)[ \t]+)?\Z")
#: "in" before a mark, perhaps with the car between ("found a grinder in ce70wtd", "seen daily in
#: GLE ma71rwe", "picked up in his black golf yd19kfe").
_IN_BEFORE = re.compile(r"(?i)\b(?:in|into|inside|from)[ \t]+(?:(?:a|an|the|his|her|their|my|your)[ \t]+)?"
                        r"(?:[A-Za-z0-9\-]+[ \t]+){0,2}\Z")
_CUE_WORD = re.compile(r"(?i)\b(?:" + _VCUE + r"|regs|index(?:es)?)\b")


def _after_listed_mark(text: str, s: int, cands: dict[tuple[int, int], bool]) -> bool:
    """A mark joined by a comma or "and" to a mark already found ("BK59 OHF and ma11gbv")."""
    lo = max(0, s - 50)
    return any(e >= lo and _LIST_JOIN_BEFORE.fullmatch(text, e, s) for _, e in cands)


#: Irish mark: registration year (two digits, or three since 2013: "131", "252"), county code, serial.
_VRM_IRISH = re.compile(r"(?<![\w\-/])(?:[0-9]{2}|[0-9]{2}[12])(?P<sep>[ \-])(?:" + _alt(_RULES["irish_county_codes"])
                        + r")(?P=sep)[1-9][0-9]{0,5}(?![\w\-/])")
_VRM_IRISH_ANY = re.compile(r"(?<![\w\-/])(?:[0-9]{2}|[0-9]{2}[12])(?P<sep>[ \-])(?:" + _alt(_RULES["irish_county_codes"], ci=True)
                            + r")(?P=sep)[1-9][0-9]{0,5}(?![\w\-/])")
_IRISH_TRIGGERS = tuple(_RULES["irish_cues"])
#: A vehicle word or a make or model straight before a mark ("Vehicle 191-D-4472", "Hilux 08-KE-1234").
_VWORD_JUST_BEFORE = re.compile(r"(?i)\b(?:" + _trie_ci(_RULES["vehicle_words"] + list(_MAKES) + list(_MODELS))
                                + r")[ \t]*[:\-(]?[ \t]*\Z")
_IRISH_CUE = re.compile(r"(?i)\b(?:" + _alt(_RULES["irish_cues"]) + r")\b")
_NAMED_AFTER = re.compile(r"[^\s\d][ \t]*[:\-–][ \t]*\Z")
_FIELD_BEFORE = re.compile(r"(?:^|[;|\t]|[ ]{2})[ \t]*\Z", re.M)
_FIELD_AFTER = re.compile(r"[ \t]*(?:[;|\t]|[ ]{2}|$)", re.M)


#: A person written as initial, SURNAME and year of birth ("J ALI 1991", "K OZI 1988") has the
#: shape of a Northern Ireland mark: the initial straight before it and a year say otherwise.
_INITIAL_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z]\.?[ \t]+\Z")
#: In a note typed all in lower case the initial is lower too ("believed m ali 1995"); "a" and "i"
#: are words there, not initials.
_INITIAL_BEFORE_ANY = re.compile(r"(?<![A-Za-z0-9])[A-HJ-Zb-hj-z]\.?[ \t]+\Z")
_INITIAL_NAME_YEAR = re.compile(r"[A-Za-z]{2,3}[ ](?:19[4-9][0-9]|20[0-2][0-9])")


def _own_field(text: str, s: int, e: int) -> bool:
    """A mark that is a whole field of a record ("antonio 06/06/1997; kn68 zpo; tel ...")."""
    return bool(_FIELD_BEFORE.search(text, max(0, s - 4), s) and _FIELD_AFTER.match(text, e))


def _cue_in_sentence(text: str, s: int) -> bool:
    """A registration word earlier in the same sentence ("took the reg down, it was kx19hbn")."""
    lo = max(0, s - 60)
    for b in _SENTENCE_BREAK.finditer(text, lo, s):
        lo = b.end()
    return bool(_CUE_WORD.search(text, lo, s))


def _drive_context(text: str, s: int, e: int) -> bool:
    """A mark used as a vehicle: after a driving verb or a vehicle check, or followed by one."""
    return bool(_DRIVE_BEFORE.search(text, max(0, s - 30), s) or _DRIVE_AFTER.match(text, e))


_FILLER_AFTER = re.compile(r"(?i)[ \t]+(?:old|new|newer|older|battered|tatty|scruffy|dark|light|metallic|matt|shiny|"
                           r"beaten[ \-]up|rusty|lowered|tinted|smashed|damaged)[ \t]+")


def _described_after(text: str, s: int, e: int) -> bool:
    """A mark after a "Vehicles:" label or followed by its make/model/colour ("sn19 kxf (audi a3)")."""
    if _VEHICLE_LABEL.search(text, max(0, s - 60), s):
        return True
    after = _vehicle_attrs_after(text, e, len(text))[0]
    if after.keys() & {"make", "model"}:
        return True
    f = _FILLER_AFTER.match(text, e)  # "P512 HJT old astra", "kx67 opl battered silver yaris"
    e2 = f.end() - 1 if f else e
    c = _COLOUR_AFTER.match(text, e2)  # "kx67 opl silver yaris": a colour may come first
    at = c.end() if c else e2 + 1
    return bool(_MAKE_RX.match(text, at) or _MODEL_RX.match(text, at))


#: Words before a code that is no mark ("password ab12cde", "exhibit ref jt12abc", "pin was ...").
_CODE_BEFORE = re.compile(
    r"(?i)\b(?:password|passcode|passwd|pin|code|login|log[ \t]+in|user(?:name)?|wi-?fi|exhibit|ref(?:erence)?|urn|"
    r"crime|occurrence|occ|cad|log|job|account|acc|invoice|order|serial|tracking|booking|voucher|email|e-mail)\b"
    r"[ \t]*(?:(?:no|number|ref|is|was|of)\b\.?[ \t]*){0,2}[:#=\-]?[ \t]*[\"'“‘]?\Z"
)
_FILE_AFTER = re.compile(r"\.[A-Za-z0-9]{2,4}\b")


#: Colours as logs shorten them ("BLK/WHT", "SLV"), read as colours after a model, not as a mark's letters.
#: Trim and engine badges written after a model ("C220 AMG", "A180 SEL"), which have a prefix mark's shape.
_TRIMS = frozenset(w.upper() for w in _RULES["vehicle_trims"])
_COLOUR_SHORT = frozenset("blk wht whi sil slv gry gre grn blu red yel ylw org pnk pur prp brn bge gld mrn bei".split())
_MAKE_JUST_BEFORE = re.compile(r"\b(?:" + _trie_ci(list(_MAKES)) + r")[ \t]+\Z")


#: A current mark with a letter typed for a digit or a digit for a letter ("YK1O FGH", "AB12 CD0"),
#: or with a letter DVLA does not issue there ("HI14 WAZ"): at least one real digit in the age.
#: The scan is anchored on the age's real digit (digits are rarer than letters, so it fails fast);
#: the two letters before are found by look-behind and the boundary before them checked in code.
_VRM_TYPO = re.compile(r"[0-9](?:(?<=[A-Za-z]{2}.)(?P<a>[0-9OoIl])|(?<=[A-Za-z]{2}[OoIl].))[ ]?[A-Za-z0-9]{3}(?![A-Za-z0-9]|-\w)")
_NOT_BEFORE_MARK = frozenset("-/") | frozenset("0123456789")
_DIGIT_FOR = str.maketrans("OoIl", "0011")
_LETTER_FOR = str.maketrans("01", "OI")
_TYPO_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z]{3}")


_VRM_PREFIX_LOOSE = re.compile(r"[A-Z](?<![A-Za-z0-9\-/£$€#].)[1-9][0-9]{0,2}[ ]?[A-Z]{3}(?![A-Za-z0-9]|-\w)")
_VRM_PREFIX_LOOSE_ANY = re.compile(r"[A-Za-z](?<![A-Za-z0-9\-/£$€#].)[1-9][0-9]{0,2}[ ]?[A-Za-z]{3}(?![A-Za-z0-9]|-\w)")


_SLASHED_MARK = re.compile(r"/[ ]?(?P<m>[A-Za-z]{2}[0-9]{2}[ ]?[A-Za-z]{3}|[A-Za-z][0-9]{1,3}[ ]?[A-Za-z]{3})(?![A-Za-z0-9]|-\w|/[0-9])")


#: The two-letter postcode areas (Royal Mail): a mark with O typed as 0 has a postcode's shape
#: ("KX19 0PL"), but only these letters begin one.
_POSTCODE_AREAS = frozenset(
    "AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY EC EH EN EX FK FY GL GU "
    "GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA LD LE LL LN LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE "
    "PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV "
    "YO ZE".split()
)


#: A current mark spaced into its parts ("WU 66 FBY"), anchored on the age's first digit (digits are
#: rarer than letters); the two letters before are found by look-behind.
_VRM_SPACED3 = re.compile(r"[0-9](?:(?<=[A-Za-z]{2}[ ][0-9])[0-9]|(?<=[A-Za-z][ ][0-9])(?P<p>[0-9]{0,2}))[ ][A-Za-z]{3}(?![A-Za-z0-9]|-\w)")
_CAR_WORDS = _trie_ci(_RULES["vehicle_words"] + list(_MAKES) + list(_MODELS) + _COLOURS)
_CAR_WORD_BEFORE_SLASH = re.compile(r"\b(?:" + _CAR_WORDS + r")[ \t]*\Z")
_CAR_WORD_AFTER_SLASH = re.compile(r"[ \t]*/[ \t]*(?:" + _CAR_WORDS + r")\b")


def _typo_key(raw: str) -> str | None:
    """The mark a loosely typed current mark must be, or None if it is a well-formed mark (read by
    the main scan) or no mark at all. The three letters need two real letters."""
    compact = raw.replace(" ", "")
    tail = compact[4:]
    if vrm_format(compact) == "current" or (not tail.isalpha() and sum(c.isalpha() for c in tail) < 2):
        return None
    key = (compact[:2] + compact[2:4].translate(_DIGIT_FOR) + tail.translate(_LETTER_FOR)).upper()
    if not _TYPO_SHAPE.fullmatch(key) or (normalise_postcode(raw) and compact[:2].upper() in _POSTCODE_AREAS):
        return None  # "AB10 1CD" is an Aberdeen postcode, not a mark with I typed as 1 ("KX19 0PL" is no postcode)
    return key


#: Words that put a mark's sentence about a vehicle: checks and records, driving and keeping,
#: a vehicle noun ("checked sk20bvo on PNC", "he now uses bd21xkr to run drugs").
_VEH_CONTEXT = re.compile(
    r"(?i)\b(?:pnc|dvla|anpr|mot|mib|insur\w*|uninsured|keeper|taxed|untaxed|sorn|stop(?:ped|s)?|park(?:ed|ing)?|"
    r"cars?|vans?|vehicles?|mopeds?|motorbikes?|bikes?|taxis?|lorry|hgv|driv(?:e|es|er|ers|ing|en)|drove|rode|plates?|"
    r"regs?|registration|registered|vrm|vrn|index|hire|hired|leased?|finance|seized|recovered|stolen|cloned|"
    r"driveway|passenger|boot|sightings?|cameras?|mph|speeding|rtc|collision|use|uses|using|used|owns|bought|sold|"
    r"pulled|followed|pursuit|tailgat\w*|sped|headlights|engine|"
    # an observation log's arrivals and a stop's occupants ("kx19vbn arr 2030", "drv of bf65uka", "occupants of ...")
    r"arr|arrives|arrived|drv|occupants?|occ)\b"
)


#: A lower-case current mark straight after "seen" or a lift ("Seen kx19abc at the garage", "picked
#: up by kx19abc most nights"): used as a car, in text that is not all lower case.
_SEEN_BEFORE = re.compile(r"(?i)\b(?:seen|sighted|spotted|(?:picked[ \t]+up|collected|dropped[ \t]+off)[ \t]+(?:by|in)|"
                          r"lifts?[ \t]+(?:in|from))[ \t]*\Z")
#: "in"/"into" straight before a mark, with at most an article ("was in R123 ABC", "got into the K1 NGS").
_IN_JUST_BEFORE = re.compile(r"(?i)\b(?:in|into|inside|out[ \t]+of)[ \t]+(?:(?:a|an|the|his|her|their)[ \t]+)?\Z")
#: Directions logs write after a road number ("M62 EBD", "A1 NBD"), which have a prefix mark's shape.
_ROAD_DIRS = frozenset("NBD SBD EBD WBD NTH STH EST WST".split())


_STOP_AFTER_AGE = re.compile(r"[0-9][ ][A-Za-z]{3}$")
#: Two letters and an age: the front half of a current mark ("KX19"), written when the rest was not read.
_CURRENT_HEAD = re.compile(r"(?i)[a-hj-pr-y]{2}[ ]?(?:0[2-9]|[1-4][0-9]|5[1-9]|[6-9][0-9])")


def _is_stop(w: str) -> bool:
    from ._filters import lexicon

    return w.lower() in lexicon().stop


def _word_not_letters(w: str) -> bool:
    """Three letters that spell a word ("boy", "new", "the"), not a mark's random letters ("fkt")."""
    from ._filters import lexicon
    from ._truecase import _dictionary_word

    low = w.lower()
    return low in lexicon().stop or _dictionary_word(low)


def _lower_mark_alone(text: str, s: int, e: int, raw: str) -> bool:
    """A current mark typed in lower case with no cue ("Checked sk20bvo on PNC", "incl. bk09oyt and
    ..."): the shape (two letters, an age, three letters) is specific, so a sentence that speaks of a
    vehicle at all (a check, a vehicle word, a colour or make, a driver or occupants, an arrival) is
    enough; never after a code or reference word or before a file extension. Spaced ("yr11 and") its
    last three letters must not be a common English word."""
    if _CODE_BEFORE.search(text, max(0, s - 30), s) or _FILE_AFTER.match(text, e) or text[s - 1 : s] in ("@", ".", "_"):
        return False
    if " " in raw:
        from ._filters import lexicon

        if raw[-3:] in lexicon().stop:
            return False
    lo, hi = max(0, s - 80), min(len(text), e + 80)
    for b in _SENTENCE_BREAK.finditer(text, lo, s):
        lo = b.end()
    b = _SENTENCE_BREAK.search(text, e, hi)
    hi = b.start() if b else hi
    return bool(_VEH_CONTEXT.search(text, lo, s) or _VEH_CONTEXT.search(text, e, hi)
                or _COLOUR_RX.search(text, lo, hi) or _MAKE_RX.search(text, lo, hi) or _MODEL_RX.search(text, lo, hi))


#: A foreign mark is read only where the text says whose it is: a country (or "foreign", "LHD")
#: before a plate word or a vehicle word ("Trailer Polish plate WGM 61234", "French plates
#: AB-123-CD", "Romanian registered car B 123 ABC"). Its shapes are too many to know, so the mark is
#: the first run of capitals and digits after the phrase in the same sentence, as a plate prints it.
#: Tries, not flat alternations (the country list is long); the lower-case one is the cheap gate.
_FOREIGN_GATE = re.compile(r"\b(?:" + _trie_lower(_RULES["foreign_plate_countries"]) + r")\b")
_FOREIGN_CUE = re.compile(
    r"(?<![A-Za-z\-])(?:" + _trie_ci(_RULES["foreign_plate_countries"]) + r")[ \t\-]+"
    r"(?:(?P<plate>plates?|number[ \t]*plates?|reg|regs|registration|index|vrm|vrn)|registered|plated|"
    r"(?P<veh>trailer|lorry|hgv|truck|van|car|vehicle|tractor[ \t]+unit|coach|minibus|motorhome|campervan))\b",
    re.I,
)
_FOREIGN_RUN = re.compile(r"(?<![\w\-/£$€#])[A-Z0-9]{1,10}(?:[ \-][A-Z0-9]{1,5}){0,5}(?![\w\-/]|[.,:][0-9])")
#: ... or after the mark, in brackets: "Car B 422 XRT? (Romanian plate, not DVLA)".
_FOREIGN_CUE_AFTER = re.compile(
    r"(?i)[(\[][ \t]*(?:" + _trie_ci(_RULES["foreign_plate_countries"]) + r")[ \t\-]+"
    r"(?:plates?|number[ \t]*plates?|reg|regs|registration|registered|index|vrm|vrn)\b"
)
_FOREIGN_RUN_BEFORE = re.compile(r"(?<![\w\-/£$€#])(?P<m>[A-Z0-9]{1,10}(?:[ \-][A-Z0-9]{1,5}){0,3})[?]*[ \t]*\Z")
_FOREIGN_NOT_MARK = frozenset("hgv lhd rhd uk gb eu reg vrm vrn no van car suv mpv".split())
_ROAD_OR_JUNCTION = re.compile(r"J[0-9]{1,2}[A-Z]?|[AMB][0-9]{1,4}(?:M|\(M\))?")
#: Short words a report in capitals writes around a foreign mark ("... WGM 61234 SEEN AT THE DOCKS").
_GLUE_WORDS = frozenset("a an at on in the and of to is was by for near from with".split())
_MODEL_TOKEN_SHORT = re.compile(r"[A-Z][0-9]{1,2}")
_REG_WORD = re.compile(r"(?i)\b(?:reg|regs|registration|plates?|vrm|vrn|index|number)\b")


def _foreign_run(run: str) -> tuple[int, int] | None:
    """Where the mark is inside a run of capitals and digits (makes, models and vehicle words before
    it dropped: "HGV CA 1234 AB", "BMW X5 WE 12345"), if it has a plate's mix of letters and digits."""
    toks = re.split(r"[ \-]", run)
    if any(_ROAD_OR_JUNCTION.fullmatch(t) for t in toks):
        return None  # "LEAVING J15A 0312", "M6 1420": a junction or road and a time
    start = 0
    while toks and (toks[0].lower() in _FOREIGN_NOT_MARK or toks[0].lower() in _MAKES
                    or (toks[0].isalpha() and (len(toks[0]) > 3 or toks[0].lower() in _GLUE_WORDS))
                    or toks[0].lower() in _MODELS or _MODEL_TOKEN_SHORT.fullmatch(toks[0])):
        start += len(toks[0]) + 1
        toks = toks[1:]
    end = len(run)
    while toks and toks[-1].isalpha() and (len(toks[-1]) > 3 or toks[-1].lower() in _GLUE_WORDS):
        end -= len(toks[-1]) + 1  # "WGM 61234 SEEN" in capitals: a word after the mark
        toks = toks[:-1]
    alnum = "".join(toks)
    digits = sum(ch.isdigit() for ch in alnum)
    if not (5 <= len(alnum) <= 10 and digits >= 2 and digits < len(alnum)):
        return None
    return start, end


def _foreign_marks(text: str, caseless: bool, taken: dict[tuple[int, int], bool]) -> list[tuple[int, int]]:
    """Foreign marks after a country's plate phrase (see ``_FOREIGN_CUE``) or before it in brackets."""
    out: list[tuple[int, int]] = []
    for c in _FOREIGN_CUE_AFTER.finditer(text):
        lo = max(0, c.start() - 16)
        seg = text[lo : c.start()]
        r = _FOREIGN_RUN_BEFORE.search(seg.upper() if caseless else seg)
        span = _foreign_run(r["m"]) if r else None
        if r and span:
            s, e = lo + r.start() + span[0], lo + r.start() + span[1]
            if not any(a < e and s < z for a, z in taken):
                out.append((s, e))
    for c in _FOREIGN_CUE.finditer(text):
        lo = c.end()
        b = _SENTENCE_BREAK.search(text, lo, lo + 60)
        hi = b.start() if b else min(len(text), lo + 60)
        win = text[lo:hi].upper() if caseless else text[lo:hi]
        for r in _FOREIGN_RUN.finditer(win):
            span = _foreign_run(r.group())
            if span is None:
                continue
            start, stop = r.start() + span[0], r.start() + span[1]
            if start > 30:
                break  # the mark follows its phrase closely, not a clause later
            # "registered" or a vehicle word alone may name a company or a person's origin: the car
            # or a plate word must come between ("Polish registered Audi, reg WE 12345").
            between = text[lo : lo + start]
            if not (c["plate"] or c["veh"] or _REG_WORD.search(between) or _VWORD_RX.search(between)
                    or _MAKE_RX.search(between) or _MODEL_RX.search(between)):
                break
            s, e = lo + start, lo + stop
            if not any(a < e and s < z for a, z in taken):
                out.append((s, e))
            break
    return out


#: A mark broken by a line end after its age or its first letters ("reg no: GHN\n451K"), as a form
#: wraps a narrow field.
_BROKEN_HEAD = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]{2}[0-9]{2}|[A-Za-z][0-9]{1,3}|[A-Za-z]{3})[ \t]*\Z")
_BROKEN_TAIL = re.compile(r"[ \t]*(?:[A-Za-z]{3}|[0-9]{1,3}[A-Za-z])(?![A-Za-z0-9])")


def _broken_marks(text: str, caseless: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    p = text.find("\n")
    while p != -1:
        h = _BROKEN_HEAD.search(text, max(0, p - 8), p)
        t = _BROKEN_TAIL.match(text, p + 1) if h else None
        if h and t:
            s, e = h.start(), t.end()
            raw = text[s:e]
            if (raw.isupper() or caseless) and vrm_format(raw) in _WHOLE_FORMS \
                    and _VCUE_BEFORE.search(text, max(0, s - 30), s):
                out.append((s, e))
        p = text.find("\n", p + 1)
    return out


#: An old prefix mark straight after a model the lists do not hold ("an old Sierra E123 FGH", "a
#: battered Cavalier, G412 RTK", "MAROON METRO F613 PKW"): a word after a colour or a word of wear ...
_WORN_MODEL_BEFORE = re.compile(
    r"(?i:\b(?:old|older|battered|tatty|scruffy|rusty|classic|clapped[ \-]out|beaten[ \-]up|" + _trie_ci(_COLOURS) + r"))"
    r"[ \t]+(?-i:[A-Z][a-z\-]{2,}|[A-Z]{3,})[ \t]*,?[ \t]*\Z"
)
#: ... or a capitalised word (title case, or capitals after an article) in a sentence that speaks of a vehicle.
_CAP_WORD_BEFORE = re.compile(r"\b(?:[A-Z][a-z\-]{2,}|[A-Z]{3,})[ \t]*,?[ \t]*\Z")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the|his|her|their|my|your|our)[ \t]+\Z")


def _old_model_before(text: str, s: int, e: int) -> bool:
    """A prefix mark after a model name the lists do not hold, where the words say it is a car."""
    lo = max(0, s - 40)
    w = _CAP_WORD_BEFORE.search(text, lo, s)
    if not w or _is_stop(w.group().strip(" \t,")):
        return False
    if _WORN_MODEL_BEFORE.search(text, lo, s):
        return True
    if not w.group()[1:2].islower() and not _ARTICLE_BEFORE.search(text, max(0, w.start() - 8), w.start()):
        return False  # a word in capitals before is any word of a shouted note ("STOP SEARCH S23 MDA")
    return _lower_mark_alone(text, s, e, "")


#: A current shape after a form or exhibit word is the form's or exhibit's name ("Form MG11 ABC",
#: "Exhibit JT12 ABC"), not a mark.
_FORM_BEFORE = re.compile(
    r"(?i)\b(?:form|exhibit|exh|ref(?:erence)?|urn|call[ \t]?sign|collar|shoulder|channel|password|passcode|passwd|pin)\b\.?[ \t]*(?:(?:no|number)\b\.?[ \t]*)?[:#\-]?[ \t]*\Z"
)


#: A mark written with dots ("YX.15.OPL", "Y.X.1.5 O.P.L", "K.123.ABC"), read when the sentence
#: speaks of a registration or the car; the dots (at least two) are inside the span.
_VRM_DOTTED = re.compile(
    r"(?<![\w.@])[A-Za-z](?:\.?[A-Za-z][. ]?[0-9]\.?[0-9]|[. ]?[1-9](?:\.?[0-9]){0,2})"
    r"[. ]?[A-Za-z]\.?[A-Za-z]\.?[A-Za-z](?![\w@]|\.[A-Za-z0-9])"
)
_DOT_GATE = re.compile(r"\.(?:(?<=[A-Za-z0-9]\.)[0-9]|(?<=[0-9]\.)[A-Za-z])")
#: Irish mark with spaces ("161 D 4452"): read only beside a vehicle word, make or model, a
#: registration word, or used as a car ("the 12 D 12345 was seen").
_IRISH_SPACED = re.compile(r"[0-9](?<![\w\-/.,][0-9])[0-9][12]?[ ](?:" + _alt(_RULES["irish_county_codes"])
                           + r")[ ][1-9][0-9]{0,5}(?![\w\-/]|[.,][0-9])")


def _find_vehicles(text: str) -> list[Found]:
    cands: dict[tuple[int, int], bool] = {}
    low = text.lower()
    cued = any(c in low for c in _VCUE_TRIGGERS)
    anpr = any(c in low for c in _ANPR_CUES)
    # In a hasty note typed all in lower case, case says nothing: a mark is read as if in capitals.
    caseless = text_case(text) == "lower"
    private = "cherish" in low or "private" in low or "personal" in low or "dateless" in low
    for m in _VRM_AFTER_CUE.finditer(text) if cued else ():
        s, e = m.span("vrm")
        raw = m["vrm"]
        fmt = vrm_format(raw)
        if (t := _SHORT_WORD_TAIL.search(raw)) and raw[: t.start()].isupper() \
                and (fmt is None or not caseless and _word_not_letters(raw[t.start() + 1 :])):
            raw = raw[: t.start()]  # "reg LW 1 on his Bentley", "Lithuanian reg HGK 123 on a Volvo": a word follows
            e = s + len(raw)
            fmt = vrm_format(raw)
        if fmt is None:
            continue
        if fmt not in _WHOLE_FORMS and _SAID_AS.search(text, m.start(), s):
            continue  # "the reg was YK14 something": only a whole mark is read after "was"/"as"
        if fmt == "dateless" and raw != raw.upper() and not (caseless and not _is_stop(letters := re.sub(r"[^A-Za-z]", "", raw).lower())
                                                              and letters not in _NOT_DATELESS):
            continue  # "index 12 of" - dateless marks only when written as marks ("trade plates 123 ab" in a lower-case note)
        if fmt == "dateless" and _CURRENT_HEAD.fullmatch(raw) and not (_PRIVATE_AFTER.match(text, e) or (private and _private_before(text, s))):
            continue  # "Index KX19 was all she saw": the front of a current mark, not a dateless one
        if _partial(text, s, e):
            continue
        cands[(s, e)] = True
    for m in _VRM_PLAIN.finditer(text):
        if (m.start(), m.end()) in cands:
            continue
        raw = m.group()
        fmt = vrm_format(raw)
        if fmt is None or fmt == "dateless" or _partial(text, m.start(), m.end()):
            continue
        if "  " in raw and not (raw.isupper() or raw.islower()):
            continue  # "AB12  and": a mark spaced out by a form is written in one case
        if " " in raw and not caseless and raw[-3:].islower() and raw[:-4].isupper() and _word_not_letters(raw[-3:]):
            continue  # "reg plate KX19 and then ...": the front of a mark and a word
        cue = cued and bool(_VCUE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        upper = raw == raw.upper()
        if "-" in raw and not cue and not ((upper or caseless) and not _CODE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                           and (anpr or _vehicle_attrs(text, m.start(), 0).keys() & {"colour", "make", "model"}
                                                or _drive_context(text, m.start(), m.end()) or _described_after(text, m.start(), m.end()))):
            continue  # "Ford Focus YX15-OPL", "PNC check on AB12-CDE": hyphenated only beside the car or a check; "OP-AB12-CDE" never
        if not cue and (_FORM_BEFORE.search(text, max(0, m.start() - 30), m.start())
                        or (not upper and _CODE_BEFORE.search(text, max(0, m.start() - 30), m.start()))):
            continue  # "Form MG11 ABC", "Exhibit JT12 ABC", "wifi password was kx19abc": a form's, an exhibit's or a code's name
        if not upper and not cue and (_described_after(text, m.start(), m.end())
                                      or _drive_context(text, m.start(), m.end())):
            cue = True  # "vehicles: sn19 kxf (audi a3)", "left in kp19 zzt": a lower-case mark in context
        if fmt == "current" and not cue and raw[:2].lower() == "yr" and 7 <= int(raw[2:4]) <= 13 and " " in raw \
                and _word_not_letters(raw[-3:]):
            continue  # "in re yr10 boy Mason PRICE": a school year and a word, not a mark ("YR13 BDV" is one)
        if fmt == "current" and " " in raw and not cue and _STOP_AFTER_AGE.search(raw) and _is_stop(raw[-3:]) \
                and not (_PRIVATE_AFTER.match(text, m.end()) or _vehicle_attrs(text, m.start(), 0).keys() & {"make", "model"}):
            continue  # "ab12 and cd34 are bus routes": a code, then an ordinary word
        if fmt == "current":
            # A lower-case current mark is trusted beside a cue or a described vehicle
            # ("black seat leon rf15tzz"): the shape is too specific to be an English word.
            # In an ANPR/camera log a lower-case current mark is a plate too ("anpr hit on ab12cde").
            # So is one in a list after another mark ("regs BK59 OHF and ma11gbv"), after "in"
            # ("found a grinder in ce70wtd"), or later in a sentence that names a mark ("wrote the
            # reg down, it was kx19hbn").
            # In a note typed all in lower case the mark is read as if in capitals, as in a shouted one.
            ok = upper or caseless or cue or anpr or bool(_vehicle_attrs(text, m.start(), 0)) \
                or _after_listed_mark(text, m.start(), cands) or bool(_IN_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
                or _cue_in_sentence(text, m.start()) or _own_field(text, m.start(), m.end()) \
                or (raw.islower() and _lower_mark_alone(text, m.start(), m.end(), raw)) \
                or (raw.islower() and bool(_SEEN_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                    and (" " not in raw or not _word_not_letters(raw[-3:])))
        else:  # prefix/suffix marks look like road numbers and shouty words: need context
            letters = re.sub(r"[^A-Za-z]", "", raw)
            word = letters[:-1] if fmt == "suffix" else letters
            if word.lower() in _MAKES or word.lower() in _MODELS:
                continue  # "BMW 320D" is a make and model, not a suffix mark
            if fmt == "prefix" and not cue and letters[1:].upper() in _TRIMS:
                continue  # "MERCEDES-BENZ C220 AMG LINE": a model and its trim, not a mark
            if fmt == "prefix" and letters[1:].lower() in ("reg", "vrm", "vrn"):
                continue  # "BMW X5 REG AY18 ORH": a model, then the registration word
            if fmt == "prefix" and " " in raw and not cue and _is_stop(letters[1:]):
                continue  # "black Audi S3 are": a model, then a word
            if fmt == "prefix" and letters[1:].lower() in _COLOUR_SHORT and (
                    text[m.end() : m.end() + 1] == "/" or _MAKE_JUST_BEFORE.search(text, max(0, m.start() - 20), m.start())):
                continue  # "MERCEDES A180 BLK/WHT": a model, then the colour in shorthand
            if ((upper or caseless) and (_PRIVATE_AFTER.match(text, m.end())
                                         or (private and _private_before(text, m.start())))) \
                    or (raw.islower() and _PRIVATE_AFTER.match(text, m.end()) and letters[-3:] not in _MAKES
                        and letters[-3:] not in _MODELS and not _word_not_letters(letters[-3:])):
                # "K88 DFL (private reg on retention)", "private plate, like K1 NGS"; typed in lower
                # case, only with the note after it ("MX19 FAE and m4 dky (private)")
                cands[(m.start(), m.end())] = True
                continue
            # ... or a make/model straight after it ("P412 RJK (Mercedes Sprinter)", "A1 BCD, black Range Rover"),
            # or a driving verb before it ("He drives K1 NGS").
            # A prefix mark typed without a space and with two or three digits ("K872PRM") is as
            # specific a shape as a current one; so is any mark in a list after another mark, or
            # named after a colon or dash in a sentence about plates ("a cherished VRM by DVLA: R4 SLZ").
            ok = cue or ((upper or caseless) and (bool(_vehicle_attrs(text, m.start(), 0))
                                                  or _described_after(text, m.start(), m.end())
                                                  or bool(_DRIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                                                  or (fmt == "prefix" and " " not in raw and len(raw) >= 6)
                                                  or _after_listed_mark(text, m.start(), cands)
                                                  or (bool(_NAMED_AFTER.search(text, max(0, m.start() - 4), m.start()))
                                                      and _cue_in_sentence(text, m.start()))
                                                  # "R123 ABC seen at the address", "was in R123 ABC": used as a car
                                                  or ((bool(_DRIVE_AFTER.match(text, m.end()))
                                                       or bool(_IN_JUST_BEFORE.search(text, max(0, m.start() - 20), m.start())))
                                                      and letters[-3:].upper() not in _ROAD_DIRS
                                                      and not _word_not_letters(letters[-3:]))
                                                  # "an old Sierra E123 FGH": a model the lists do not hold
                                                  or (fmt == "prefix" and letters[-3:].upper() not in _ROAD_DIRS
                                                      and not _word_not_letters(letters[-3:])
                                                      and _old_model_before(text, m.start(), m.end()))))
            if not ok and fmt == "prefix" and raw.islower() and sum(c.isdigit() for c in raw) >= 2 \
                    and not _word_not_letters(letters[-3:]) and _cue_in_sentence(text, m.start()):
                ok = True  # "plate of van outside s512 fkt": typed in lower case after a registration word in its sentence
        if ok:
            cands[(m.start(), m.end())] = True
    for m in _VRM_DATELESS.finditer(text):
        s, e = m.span()
        raw = m.group()
        if (s, e) in cands or any(a < e and s < b for a, b in cands) or not (raw.isupper() or caseless) \
                or vrm_format(raw) not in ("dateless", "ni") or _partial(text, s, e):
            continue
        if _GLUED_BEFORE.search(text, max(0, s - 5), s) or _GLUED_AFTER.match(text, e):
            continue  # "GHZ 481T": part of a longer, unread mark
        letters = re.sub(r"[^A-Za-z]", "", raw).lower()
        if letters in _NOT_DATELESS or letters in _MAKES or letters in _MODELS or raw.lower() in _MODELS:
            continue
        if _dateless_ok(text, s, e, cands):
            cands[(s, e)] = True
    ni_text = _VRM_NI_TEXT_ANY if caseless else _VRM_NI_TEXT
    for m in ni_text.finditer(text) if _NI_HINT.search(text.upper() if caseless else text) else ():
        if (m.start(), m.end()) in cands or vrm_format(m.group()) != "ni" or _partial(text, m.start(), m.end()):
            continue
        # Northern Ireland marks look like dateless ones: trusted beside a cue, in an ANPR log,
        # after a described vehicle or a "Vehicles:" label, or with a description after them.
        cue = cued and bool(_VCUE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        label = bool(_VEHICLE_LABEL.search(text, max(0, m.start() - 60), m.start()))
        if not (cue or label) and _INITIAL_NAME_YEAR.fullmatch(m.group()) \
                and (_INITIAL_BEFORE_ANY if caseless else _INITIAL_BEFORE).search(text, max(0, m.start() - 4), m.start()):
            continue  # "believed M ALI 1995": an initial, a surname and the year of birth
        if cue or anpr or label or _NI_AFTER.match(text, m.end()) or _after_listed_mark(text, m.start(), cands) \
                or _drive_context(text, m.start(), m.end()) or _vehicle_attrs(text, m.start(), 0).keys() & {"colour", "make", "model", "vehicle"} \
                or _IN_JUST_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                or _vehicle_attrs_after(text, m.end(), len(text))[0] \
                or _MAKE_RX.match(text, m.end() + 1) or _MODEL_RX.match(text, m.end() + 1):
            cands[(m.start(), m.end())] = True
    for s2, e2 in [k for k in cands if vrm_format(text[k[0] : k[1]]) == "ni"]:
        # "Mitsubishi L200 LKZ 4781", "BMW X5 LAZ 6183": the model and the Northern Ireland mark's letters
        # read as a prefix mark; the mark uses the digits after them too
        for k in [k for k in cands if k[0] < s2 < k[1] <= e2 and vrm_format(text[k[0] : k[1]]) == "prefix"]:
            del cands[k]
    for _s, e in sorted(cands):
        # "AB12CDE/CD34EFG": a second whole mark after a slash (the scan refuses a slash before a
        # mark, as in a reference "24/AB12..."), read only straight after a mark already found.
        nxt = _SLASHED_MARK.match(text, e) if text[e : e + 1] == "/" else None
        if nxt and vrm_format(nxt["m"]) in _WHOLE_FORMS and (nxt["m"].isupper() or caseless):
            cands[nxt.span("m")] = True
    for m in _VRM_SPACED3.finditer(text):
        # "WU 66 FBY", "P 812 KBT": a current or prefix mark spaced into its three parts, read where
        # the text says it is a car
        prefix = m["p"] is not None
        s, e = m.start() - (2 if prefix else 3), m.end()
        raw = text[s:e]
        if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-/")) or (s, e) in cands \
                or any(a < e and s < b for a, b in cands) or not (raw.isupper() or caseless) \
                or vrm_format(raw) != ("prefix" if prefix else "current") or _partial(text, s, e):
            continue
        tail = raw[-3:].lower()
        if tail in _NOT_DATELESS or _word_not_letters(tail) or tail.upper() in _ROAD_DIRS \
                or (not prefix and raw[:2].lower() in _NOT_DATELESS):
            continue  # "ON 12 MAY", "UP 20 MPH": a date, a speed
        if (cued and _VCUE_BEFORE.search(text, max(0, s - 30), s)) or anpr \
                or _vehicle_attrs(text, s, 0).keys() & {"colour", "make", "model"} or _described_after(text, s, e) \
                or _drive_context(text, s, e) or _IN_JUST_BEFORE.search(text, max(0, s - 20), s) \
                or _lower_mark_alone(text, s, e, raw):
            cands[(s, e)] = True
    for m in _SLASHED_MARK.finditer(text) if "/" in text else ():
        # "VW GOLF/YD19ABC/SILVER", "silver Golf/KX19 ABC/seen 14:00": a log's fields split by
        # slashes, the car named in the field before or after (a reference's slash has digits or a code before it)
        s, e = m.span("m")
        if (s, e) in cands or any(a < e and s < b for a, b in cands) or not (m["m"].isupper() or caseless) \
                or vrm_format(m["m"]) not in _WHOLE_FORMS:
            continue
        if _CAR_WORD_BEFORE_SLASH.search(text, max(0, m.start() - 25), m.start()) \
                or _CAR_WORD_AFTER_SLASH.match(text, e):
            cands[(s, e)] = True
    typo_keys: dict[tuple[int, int], str] = {}
    for m in _VRM_TYPO.finditer(text):
        s, e = m.span()
        s -= 2 if m["a"] else 3
        if (s, e) in cands or (s > 0 and (text[s - 1].isalpha() or text[s - 1] in _NOT_BEFORE_MARK)):
            continue
        raw = text[s:e]
        key = _typo_key(raw)
        if key is None or not (raw.isupper() or caseless or cued or _drive_context(text, s, e)) or _partial(text, s, e):
            continue
        # Only where the text says it is a mark: a registration word before it, a private-plate
        # note after it, the car's make or model straight before it or described after it, or an ANPR log.
        if (cued and _VCUE_BEFORE.search(text, max(0, s - 30), s)) or _PRIVATE_AFTER.match(text, e) \
                or _vehicle_attrs(text, s, 0).keys() & {"make", "model"} or _described_after(text, s, e) \
                or _drive_context(text, s, e) \
                or (anpr and m.group().isupper()):
            cands[(s, e)] = True
            typo_keys[(s, e)] = key
            for a, b in [k for k in cands if s <= k[0] and k[1] <= e and k != (s, e)]:
                del cands[(a, b)]  # "reg AB12 CD0": the cue's scan read "AB12" alone
    for m in (_VRM_PREFIX_LOOSE_ANY if caseless else _VRM_PREFIX_LOOSE).finditer(text) \
            if cued or private else ():
        # A private mark with a letter DVLA does not issue there ("T4 RIQ (cherished mark)", "R1 CQY
        # personalised"): read only when said to be private or after a registration word.
        s, e = m.span()
        if (s, e) in cands or vrm_format(m.group()) is not None or _partial(text, s, e):
            continue
        if _PRIVATE_AFTER.match(text, e) or _private_before(text, s) \
                or (cued and _VCUE_BEFORE.search(text, max(0, s - 30), s)):
            cands[(s, e)] = True
            typo_keys[(s, e)] = re.sub(r"[ ]", "", m.group()).upper()
    if cued and "\n" in text:
        for s, e in _broken_marks(text, caseless):
            for k in [k for k in cands if s <= k[0] and k[1] <= e]:
                del cands[k]  # "VRM: YD19\nHKT": the cue's scan read the first line's part alone
            cands[(s, e)] = True
    foreign: set[tuple[int, int]] = set()
    if _FOREIGN_GATE.search(low):
        for span in dict.fromkeys(_foreign_marks(text, caseless, cands)):
            cands[span] = True
            foreign.add(span)
    irish: set[tuple[int, int]] = set()
    irish_text = any(c in low for c in _IRISH_TRIGGERS)
    for m in (_VRM_IRISH_ANY if caseless else _VRM_IRISH).finditer(text) if irish_text or "-" in text else ():
        # Irish marks ("07-D-11825", "161-KY-2231") look like references: read only where the
        # text around says the vehicle is Irish ("Irish reg", "ROI plate", "confirmed by Garda"),
        # or, hyphenated as plates print them, straight after a registration word or a vehicle
        # ("Vehicle 191-D-4472", "reg 08-KE-1234") and never after a reference word.
        lo = max(0, m.start() - 60)
        for b in _SENTENCE_BREAK.finditer(text, lo, m.start()):
            lo = b.end()
        said = irish_text and bool(_IRISH_CUE.search(text, lo, min(len(text), m.end() + 40)))
        if not said and m["sep"] == "-" and not _REF_CUE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            said = bool((cued and _VCUE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                        or _VWORD_JUST_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        if said and not _PARTIAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):  # a whole mark: dots after are an ellipsis
            cands[m.span()] = True
            irish.add(m.span())
    for m in _IRISH_SPACED.finditer(text) if irish_text or " " in text else ():
        s, e = m.span()
        if (s, e) in irish or _REF_CUE_BEFORE.search(text, max(0, s - 30), s) or _partial(text, s, e):
            continue
        if _VWORD_JUST_BEFORE.search(text, max(0, s - 30), s) or _drive_context(text, s, e) \
                or (cued and _VCUE_BEFORE.search(text, max(0, s - 30), s)) or _IN_JUST_BEFORE.search(text, max(0, s - 20), s):
            for k in [k for k in cands if k[0] < e and s < k[1]]:
                del cands[k]  # "Golf 161 D 4452": the dateless scan read "161 D" alone
            cands[(s, e)] = True
            irish.add((s, e))
    dotted: set[tuple[int, int]] = set()
    for m in _VRM_DOTTED.finditer(text) if cued and _DOT_GATE.search(text) else ():
        s, e = m.span()
        raw = m.group()
        if raw.count(".") < 2 or vrm_format(raw.replace(".", "")) not in _WHOLE_FORMS or not (raw.isupper() or caseless):
            continue
        if _cue_in_sentence(text, s) or _vehicle_attrs(text, s, 0).keys() & {"make", "model"} \
                or _drive_context(text, s, e) or _described_after(text, s, e):
            for k in [k for k in cands if k[0] < e and s < k[1]]:
                del cands[k]
            cands[(s, e)] = True
            dotted.add((s, e))
            typo_keys[(s, e)] = re.sub(r"[^0-9A-Za-z]", "", raw).upper()
    out: list[Found] = []
    floor = 0
    spans = sorted(cands)
    for i, (s, e) in enumerate(spans):
        raw = text[s:e]
        key = "IE" + re.sub(r"[^0-9A-Za-z]", "", raw).upper() if (s, e) in irish \
            else re.sub(r"[^0-9A-Za-z]", "", raw).upper() if (s, e) in foreign \
            else typo_keys.get((s, e)) or normalise_vrm(raw)
        if key is None:
            continue
        attrs = _vehicle_attrs(text, s, floor)
        if not (attrs.keys() & {"colour", "make", "model"}):
            nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            after, desc_end = _vehicle_attrs_after(text, e, nxt)
            if after:
                attrs, e_floor = after, desc_end
            else:
                e_floor = e
        else:
            e_floor = e
        attrs.pop("vehicle", None)
        attrs["format"] = "irish" if (s, e) in irish else "foreign" if (s, e) in foreign \
            else vrm_format(typo_keys[(s, e)]) if (s, e) in dotted else vrm_format(raw) or (
            ("prefix" if typo_keys[(s, e)][1].isdigit() else "current") if (s, e) in typo_keys else "")
        if (s, e) in typo_keys and (s, e) not in dotted:
            attrs["typed_as"] = raw  # keyed as the mark it must be ("YK1O FGH" -> YK10FGH)
        out.append(Found("VEHICLE", s, e, raw, key, "rule", attrs))
        floor = e_floor
    return out


# ---------------------------------------------------------------------------------------------
# SPOKEN MARKS AND NUMBERS (radio logs, transcribed voice notes)
# ---------------------------------------------------------------------------------------------

#: A radio log or a voice note's transcript spells a mark in the phonetic alphabet ("bravo kilo
#: six six tango yankee uniform") and a phone number in words ("oh seven seven double oh nine
#: ..."). Keyed as the mark or number it spells, the mention links to the same car or phone
#: written elsewhere in digits and capitals.
_SPOKEN_LETTER: dict[str, str] = _RULES["spoken_letters"]
_SPOKEN_DIGIT: dict[str, str] = _RULES["spoken_digits"]
_SPOKEN_REPEAT = {"double": 2, "treble": 3, "triple": 3}
#: Speech-to-text writes a mark's letters as single letters too ("b k one five o w n"); "o"
#: and "oh" are the letter or zero, whichever the mark's or number's format needs.
_SPOKEN_EITHER = {"o": ("O", "0"), "oh": ("O", "0")}
_SPOKEN_WORDS = list(_SPOKEN_LETTER) + list(_SPOKEN_DIGIT) + list(_SPOKEN_REPEAT) + ["hundred"]
#: Every spelled mark or number has a number or phonetic word ("one", "nineteen", "bravo"):
#: found among the text's words by a set look-up, much cheaper than a regex scan of every report.
_SPOKEN_ANCHORS = frozenset(w for w in list(_SPOKEN_DIGIT) + list(_SPOKEN_LETTER) if "-" not in w)


def _stop_words() -> frozenset[str]:
    from ._filters import lexicon

    return lexicon().stop
_SPOKEN_TOKEN = r"(?:" + _trie_ci(_SPOKEN_WORDS) + r"|[A-Za-z]{1,3}|[0-9]{1,5})(?![\w])"
#: A run of four or more spelled tokens joined by blanks, commas or hyphens.
_SPOKEN_RUN = re.compile(r"(?<![\w\-'’])(?:" + _SPOKEN_TOKEN + r")(?:(?:[ \t]*[,\-][ \t]*|[ \t]+)(?:" + _SPOKEN_TOKEN + r")){3,}")
_SPOKEN_SPLIT = re.compile(_SPOKEN_TOKEN)
_SPOKEN_SET = frozenset(_SPOKEN_WORDS)
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = frozenset("one two three four five six seven eight nine".split())

#: (start, end, readings, spoken): a token's readings are (characters, is a letter) pairs.
_SpokenTok = tuple[int, int, tuple[tuple[str, bool], ...], bool]


def _spoken_tokens(run: str, base: int) -> list[_SpokenTok] | None:
    """Tokens of a spelled run; "double oh", "nine hundred" and "sixty nine" are one token each."""
    toks: list[_SpokenTok] = []
    repeat = 0
    rep_start = 0
    for m in _SPOKEN_SPLIT.finditer(run):
        w = m.group().lower()
        if w in _SPOKEN_REPEAT:
            if repeat:
                return None
            repeat, rep_start = _SPOKEN_REPEAT[w], m.start()
            continue
        if w == "hundred":
            if repeat or not toks or toks[-1][2] != ((toks[-1][2][0][0], False),) or len(toks[-1][2][0][0]) != 1:
                return None  # "nine hundred": a digit before it
            s0, _e0, r0, _sp = toks.pop()
            toks.append((s0, base + m.end(), ((r0[0][0] + "00", False),), True))
            continue
        if w in _UNITS and toks and toks[-1][3] and run[toks[-1][0] - base : toks[-1][1] - base].lower() in _TENS \
                and not repeat:
            s0, _e0, r0, _sp = toks.pop()  # "sixty nine" -> 69
            toks.append((s0, base + m.end(), ((r0[0][0][0] + _SPOKEN_DIGIT[w], False),), True))
            continue
        if w in _SPOKEN_EITHER:
            readings = tuple((c, c.isalpha()) for c in _SPOKEN_EITHER[w])
        elif w in _SPOKEN_LETTER:
            readings = ((_SPOKEN_LETTER[w], True),)
        elif w in _SPOKEN_DIGIT:
            readings = ((_SPOKEN_DIGIT[w], False),)
        elif w.isdigit():
            readings = ((w, False),)
        elif len(w) == 1 or w not in _stop_words():
            readings = ((w.upper(), True),)  # a letter, or two or three said as one ("ma nineteen x k t")
        else:
            readings = ()  # "as", "the": a word between the spelled ones, never part of them
        spoken = w in _SPOKEN_SET
        if repeat:
            if any(len(c) != 1 for c, _ in readings):
                return None  # "double 66" is no way to say a number
            toks.append((base + rep_start, base + m.end(), tuple((c * repeat, k) for c, k in readings), True))
            repeat = 0
        else:
            toks.append((base + m.start(), base + m.end(), readings, spoken))
    return toks


def _spellings(window: list[_SpokenTok]) -> list[tuple[str, int]]:
    """Every string the window spells (an "o" either way where another letter is said beside
    it; among digits alone, "oh" is a zero), with its count of letters."""
    if not any(len(r) == 1 and r[0][1] for _s, _e, r, _sp in window):
        window = [(s, e, tuple(x for x in r if not x[1]) if len(r) > 1 else r, sp) for s, e, r, sp in window]
    out = [("", 0)]
    for _s, _e, readings, _sp in window:
        out = [(a + c, n + k) for a, n in out for c, k in readings]
        if len(out) > 16:
            return []
    return out


def _find_spoken(text: str) -> list[Found]:
    """Marks and UK phone numbers spelled out word by word; the words must spell the whole of
    one (a mark's exact format with three letters said one by one, a number's exact length), so
    a stray "one" or "golf" never counts."""
    low = text.lower()
    words = _SPOKEN_ANCHORS.intersection(low.split())
    if not words and low.count("-") >= 3:  # "kilo-x-ray-one-nine-alpha-bravo-charlie"
        words = _SPOKEN_ANCHORS.intersection(low.replace("-", " ").split())
    if not words:
        return []
    out: list[Found] = []
    end = 0
    for p in sorted(p for w in words for p in _word_positions(low, w)):
        if p < end:
            continue
        lo, hi = max(end, p - 40), text.find(" ", p + 200)  # a run of 12 tokens is far shorter
        hi = len(text) if hi < 0 else hi
        for run in _SPOKEN_RUN.finditer(text, lo, hi):
            out += _spoken_in_run(text, run)
        end = hi
    return out


def _word_positions(low: str, w: str) -> list[int]:
    """Where ``w`` stands as a whole word in ``low`` (a few occurrences at most in a report)."""
    out: list[int] = []
    i = low.find(w)
    n = len(w)
    while i >= 0:
        if (i == 0 or not low[i - 1].isalnum()) and not low[i + n : i + n + 1].isalnum():
            out.append(i)
        i = low.find(w, i + n)
    return out


def _spoken_in_run(text: str, run: re.Match[str]) -> list[Found]:
    """The marks and numbers a run of spelled tokens holds, read between its ordinary words."""
    out: list[Found] = []
    toks = _spoken_tokens(run.group(), run.start())
    if not toks:
        return out
    seg: list[_SpokenTok] = []
    for t in toks + [(0, 0, (), False)]:
        if t[2]:
            seg.append(t)
            continue
        if len(seg) >= 3 and any(x[3] for x in seg):
            out += _spoken_in_tokens(text, seg)
        seg = []
    return out


def _spoken_in_tokens(text: str, toks: list[_SpokenTok]) -> list[Found]:
    """Longest window first from each token: the whole of a mark or number, or nothing."""
    out: list[Found] = []
    i = 0
    while i < len(toks):
        hit = None
        for j in range(min(len(toks), i + 12), i, -1):  # longest window first
            window = toks[i:j]
            if not any(t[3] for t in window):
                break
            # letters said one by one (a phonetic word or a single letter), not a short word's
            said = sum(1 for t in window if any(k for _c, k in t[2]) and (t[3] or t[1] - t[0] == 1))
            for spelled, letters in _spellings(window):
                if letters:
                    if said < 3 or not 5 <= len(spelled) <= 8:
                        continue
                    fmt = vrm_format(spelled)
                    if fmt in _WHOLE_FORMS and (fmt == "current" or _cue_in_sentence(text, window[0][0])):
                        hit = (j, "VEHICLE", spelled, fmt)
                        break
                elif spelled.startswith("0") and 10 <= len(spelled) <= 11 and sum(t[3] for t in window) >= 3 \
                        and uk_nsn_ok(spelled[1:]):
                    hit = (j, "PHONE", "+44" + spelled[1:], "")
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        j, kind, key, fmt = hit
        s, e = toks[i][0], toks[j - 1][1]
        if kind == "VEHICLE":
            attrs = _vehicle_attrs(text, s, 0)
            attrs.pop("vehicle", None)
            attrs.update({"format": fmt, "spoken": True})
            out.append(Found("VEHICLE", s, e, text[s:e], key, "rule", attrs))
        else:
            out.append(Found("PHONE", s, e, text[s:e], key, "rule", {"region": "GB", "spoken": True}))
        i = j
    return out


# ---------------------------------------------------------------------------------------------
# NINO, PNC ID, IMEI, IP
# ---------------------------------------------------------------------------------------------

#: Grouped as the card prints it ("AB 12 34 56 C"), in threes ("AB 123 456 C"), with hyphens
#: ("AB-12-34-56-C") or run together.
_NINO_IN_TEXT = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9].)[A-Za-z][ \-]?(?:[0-9]{2}[ \-]?[0-9]{2}[ \-]?[0-9]{2}|[0-9]{3}[ \-]?[0-9]{3})[ \-]?[A-Da-d]"
    r"(?![A-Za-z0-9])"
)
#: A dot leader before it is a label's ("PNC..........12/345678X"); one dot is a decimal or a reference.
_PNC_IN_TEXT = re.compile(r"[0-9](?:(?<=\.\.[0-9])|(?<![\w/\-.].))(?:[0-9]{3}|[0-9])/[0-9]{1,7}[A-Za-z](?![\w/\-])")
#: After a PNC label the check letter may be spaced off ("PNC number 98/765432 L").
_PNC_SPACED = re.compile(r"[0-9](?:(?<=\.\.[0-9])|(?<![\w/\-.].))(?:[0-9]{3}|[0-9])/[0-9]{1,7}[ ][A-Za-z](?![\w/\-])")
_IMEI_PLAIN = re.compile(r"[0-9](?<![\w/\-.].)[0-9]{14}(?![\w/\-]|\.[0-9])")
_IMEI_CUED = re.compile(
    r"(?i)\bIMEI\b(?:[ \t]*(?:no|number|num)\b\.?)?[ \t]*[:#\-]?[ \t]*"
    r"(?P<d>[0-9](?:[ \-]?[0-9]){14})(?![\w]|[ \-][0-9])"
)
_HANDSET_BEFORE = re.compile(
    r"(?i)\b(?:i?phones?|handsets?|mobiles?|devices?|samsung|galaxy|nokia|alcatel|xiaomi|redmi|huawei|motorola|moto|oppo|"
    r"pixel|sony|xperia|oneplus|doro|zte|tcl|imei)\b[^.\n£$€]{0,30}\Z"
)
#: "IMEI checks - 61 reported stolen incl 3532...": the word IMEI earlier in the sentence names
#: the fifteen digits after it, further off than a handset's name would.
_IMEI_WORD_BEFORE = re.compile(r"(?i)\bimeis?\b[^.\n£$€]{0,60}\Z")
_LONG_DIGITS = re.compile(r"\d{6}")


def _imei_named_before(text: str, start: int) -> bool:
    """The word IMEI earlier in the sentence with no other long number between: the word names
    the first fifteen digits after it ("IMEI: 3569... and 3569...; not 3569...8" names no third)."""
    w = _IMEI_WORD_BEFORE.search(text, max(0, start - 80), start)
    return bool(w) and not _LONG_DIGITS.search(text, w.start(), start)
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_IPV4 = re.compile(r"(?=[0-9])(?<![\w.])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?![\w]|\.[0-9])")
_IPV6 = re.compile(r"(?<![\w:.])(?=(?:[0-9A-Fa-f]{0,4}:){3})[0-9A-Fa-f:]{6,39}(?![\w:])")


# A label straight before the identifier ("NI number is QQ 12 34 56 C", "PNC ID: 12/345678X",
# a records export's dot leader "PNC..........12/345678X") is strong evidence: the shape alone is then enough (reserved/example prefixes, mistyped checks).
_NINO_CUE = re.compile(r"(?i)(?:\bnino\b|\bn\.?i\b\.?(?:\s*(?:no|number|num)\b)?|national\s+insurance(?:\s+(?:no|number))?\b)\.?"
                       r"(?:\s+(?:is|was))?(?:\s+recorded\s+as|\s+given\s+as)?(?:[\s:#\-]|\.{2,})*\Z")
_PNC_CUE = re.compile(r"(?i)\bpnc[ \t]+for[ \t]+[a-z ]{2,30}[ \t]*\([ \t]*\Z"  # "is on PNC for assault (12/558103P)"
                      r"|\bpnc(?:[\s/]*(?:id|no|number|ref|record|nominal|cro|chs)\b\.?){0,2}(?:\s+(?:is|was|shows|has|lists)"
                      r"(?:\s+(?:him|her|them|the[ \t]+subject|subject|nominal))?(?:\s+as)?)?(?:[\s:#\-]|\.{2,})*\Z")
_NINO_SHAPE = re.compile(r"[A-Z]{2}[0-9]{6}[A-D]")
_PNC_SHAPE = re.compile(r"(?:[0-9]{2}|[0-9]{4})/[0-9]{1,7}[A-Z]")


#: A reference word other than PNC's own before a PNC-shaped number ("crime ref 24/330871M").
_NOT_PNC_REF_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + _alt([c for c in _RULES["reference_cues"] if c not in ("pnc", "cro", "custody")]) + r")\.?"
    r"(?:[ \t]*(?:no|number|num|ref)\b\.?)?(?:[ \t]*[:#\-]?|\.{2,})[ \t]*\Z"
)
_PNC_WHOLE = re.compile(r"(?:[0-9]{2}|[0-9]{4})/[0-9]{5,7}[A-Z]")
#: The word PNC earlier in the sentence ("so pnc didnt hit at first - it's him, 24/330871M") ...
_PNC_WORD_BEFORE = re.compile(r"(?i)\bpnc\b[^.\n]{0,70}\Z")
#: ... or a date of birth straight before, as a nominal line writes it ("DOB 15/08/2002, 20/318844T").
#: ... or the person's name straight before, as a custody or nominal line writes it ("Cell 4 - Leon
#: CAMPBELL 09/334512H", "PRYCE Dafydd (13/229804J)"): a SURNAME in capitals, or two capitalised words
#: and a bracket or comma (an operation's name is no person's).
_NAME_JUST_BEFORE = re.compile(r"(?:(?<!\b[Oo][Pp] )(?<!\b[Oo][Pp]\. )(?<![Oo][Pp][Ee][Rr][Aa][Tt][Ii][Oo][Nn] )\b[A-Z][A-Z'\-]{2,}[ \t]*[(,]?|\b[A-Z][A-Za-z'\-]+[ \t]+[A-Z][a-z'\-]+[ \t]*[(,])[ \t]*\Z")
_DOB_JUST_BEFORE = re.compile(r"(?i)\b(?:dob|d\.o\.b\.?|born|b\.)[ \t:]*[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}[ \t]*[,;]?[ \t]*\Z")


def _pnc_shaped_alone(text: str, start: int, raw: str) -> bool:
    """A PNC ID whose check letter is wrong (mistyped or invented) with no PNC label straight before
    it: read after the word PNC earlier in its sentence with no other such number between, or
    straight after a date of birth; never after another reference word."""
    if raw[-1].islower() and text_case(text) == "lower":
        raw = raw.upper()  # a note typed all in lower case: "dob 15/08/2002, 20/318844t"
    if not _PNC_WHOLE.fullmatch(raw) or _NOT_PNC_REF_BEFORE.search(text, max(0, start - 30), start):
        return False
    if _DOB_JUST_BEFORE.search(text, max(0, start - 30), start) or _NAME_JUST_BEFORE.search(text, max(0, start - 40), start):
        return True
    w = _PNC_WORD_BEFORE.search(text, max(0, start - 80), start)
    return bool(w) and not _PNC_IN_TEXT.search(text, w.start(), start)


def _cued(cue: re.Pattern[str], text: str, start: int) -> bool:
    return bool(cue.search(text, max(0, start - 40), start))


def _find_small(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _NINO_IN_TEXT.finditer(text):
        compact = re.sub(r"[\s\-]", "", m.group()).upper()
        if is_valid_nino(compact) or (_NINO_SHAPE.fullmatch(compact) and _cued(_NINO_CUE, text, m.start())):
            out.append(Found("NINO", m.start(), m.end(), m.group(), compact, "rule", {}))
    for m in _PNC_IN_TEXT.finditer(text) if "/" in text else ():
        key = normalise_pnc_id(m.group())
        if key is None and _PNC_SHAPE.fullmatch(m.group().upper()) and (
                _cued(_PNC_CUE, text, m.start()) or _pnc_shaped_alone(text, m.start(), m.group())):
            yy, rest = m.group().upper().split("/")
            key = f"{yy[-2:]}/{int(rest[:-1])}{rest[-1]}" if int(rest[:-1]) else None
        if key:
            out.append(Found("PNC_ID", m.start(), m.end(), m.group(), key, "rule", {}))
    for m in _PNC_SPACED.finditer(text) if "/" in text else ():
        if _cued(_PNC_CUE, text, m.start()):
            yy, rest = m.group().upper().replace(" ", "").split("/")
            if int(rest[:-1]):
                key = normalise_pnc_id(m.group()) or f"{yy[-2:]}/{int(rest[:-1])}{rest[-1]}"
                out.append(Found("PNC_ID", m.start(), m.end(), m.group(), key, "rule", {}))
    # Labelled ("IMEI 3539...") or written beside the handset ("iPhone 14 (3567...)", "phone
    # seized 3545..."), fifteen digits are an IMEI even when the check digit is wrong (mistyped
    # or invented); bare, they must pass Luhn.
    for m in _IMEI_CUED.finditer(text) if "imei" in text.lower() else ():
        out.append(Found("IMEI", m.start("d"), m.end("d"), m["d"], re.sub(r"\D", "", m["d"]), "rule", {}))
    for m in _IMEI_PLAIN.finditer(text):
        if is_valid_imei(m.group()) or _HANDSET_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or _imei_named_before(text, m.start()):
            out.append(Found("IMEI", m.start(), m.end(), m.group(), m.group(), "rule", {}))
    for m in _IPV4.finditer(text) if text.count(".") >= 3 else ():
        out.append(Found("IP_ADDRESS", m.start(), m.end(), m.group(), m.group(), "rule", {"version": 4}))
    for m in _IPV6.finditer(text) if text.count(":") >= 3 else ():
        try:
            ip = ipaddress.IPv6Address(m.group())
        except ValueError:
            continue
        out.append(Found("IP_ADDRESS", m.start(), m.end(), m.group(), ip.compressed, "rule", {"version": 6}))
    return out


# ---------------------------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------------------------

#: Tie-break when two candidates of equal length overlap (lower wins).
_PRIORITY = {"EMAIL": 0, "SOCIAL": 1, "IP_ADDRESS": 2, "PNC_ID": 3, "NINO": 4, "IMEI": 5, "PHONE": 6,
             "VEHICLE": 7, "ADDRESS": 8}


def _by_start(f: Found) -> int:
    return f.start


def _resolve(cands: list[Found]) -> list[Found]:
    """Keep non-overlapping mentions: longest first, then by type priority, then leftmost."""
    cands.sort(key=_by_start)
    if all(a.end <= b.start for a, b in zip(cands, cands[1:])) and all(f.end > f.start for f in cands):
        return cands  # the usual case: nothing overlaps
    cands.sort(key=lambda f: (-(f.end - f.start), _PRIORITY.get(f.type, 99), f.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Found] = []
    for f in cands:
        if f.end <= f.start:
            continue
        i = bisect_left(starts, f.start)
        if i > 0 and ends[i - 1] > f.start:
            continue
        if i < len(starts) and starts[i] < f.end:
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        kept.insert(i, f)
    return kept


def find_identifiers(text: str) -> list[Found]:
    """All identifier mentions in ``text``, sorted by start and non-overlapping.

    Offsets index ``text`` exactly as given (no cleaning), so ``text[f.start:f.end] == f.text``.
    """
    if not text:
        return []
    cands: list[Found] = []
    cands += _find_emails(text)
    cands += _find_social(text)
    cands += _find_phones(text)
    cands += _find_addresses(text)
    cands += _find_vehicles(text)
    cands += _find_small(text)
    cands += _find_spoken(text)
    return _resolve(cands)
