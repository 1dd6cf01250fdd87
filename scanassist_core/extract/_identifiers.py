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

Word lists (street suffixes, platform cues, vehicle makes/colours, reference cues) are data
in ``scanassist_core/data/identifier_rules.json``.
"""

from __future__ import annotations

import ipaddress
import json
import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

import phonenumbers

from ._types import Found
from ._validators import (
    POSTCODE_RE,
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


def _title_upper(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out += [w[:1].upper() + w[1:], w.upper()]
    return out


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


def _find_phones(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _PHONE_CHAIN.finditer(text):
        cs, ce = m.span("chain")
        chain = m["chain"]
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
            if not _REF_CUE_BEFORE.search(text, max(0, cs - 30), cs) or _PHONE_WORD_BEFORE.search(text, max(0, cs - 40), cs):
                out.extend(found)
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
    r"(?<![\w@.\-])(?P<cue>" + _alt(list(_PLATFORM_OF), ci=True) + r")(?![\w])"
    r"(?:[ \t]*(?P<nw>" + _alt(_RULES["social_name_words"], ci=True) + r")[sS]?\b)?"
    r"[ \t]*(?P<colon>[:=\-]|\bis\b|\bof\b)?[ \t]*(?P<paren>[(\[\"'“‘])?"
    r"(?P<at>@)?(?P<handle>" + _HANDLE + r")(?P<disc>#[0-9]{4}(?![0-9]))?"
)
# A handle word with no platform word before it ("posted by x.y_1", "username is dan.k_7 on
# Snapchat"): trusted only for handle-shaped strings (see ``_handle_shaped``).
_HANDLE_WORD_CUE = re.compile(
    r"(?<![\w@.\-])(?P<cue>" + _alt(_RULES["social_handle_cues"], ci=True) + r")[sS]?(?![\w])"
    r"(?:[ \t]+(?:" + _alt(["user name", "username", "name", "id", "handle"], ci=True) + r")\b)?"
    r"[ \t]*(?P<colon>[:=\-]|\b[iI][sS]\b|\b[cC][aA][lL][lL][eE][dD]\b|\b[nN][aA][mM][eE][dD]\b)?"
    r"[ \t]*(?P<paren>[(\[\"'“‘])?(?P<at>@)?(?P<handle>" + _HANDLE + r")"
)
_HANDLE_TRIGGERS = tuple({c.lower().split()[0] for c in _RULES["social_handle_cues"]})
# Platform words trusted on their own to name the platform of a nearby handle.
_NEAR_PLATFORM = re.compile(
    r"(?<![\w@.\-])(?P<cue>"
    + _alt([c for c in _PLATFORM_OF if c not in _WEAK_CUES or c in ("insta", "snap")], ci=True)
    + r")(?![\w])"
)
_QUANTITY = re.compile(r"[0-9][0-9.,]*[A-Za-z]{1,3}")
_INITIAL_NAME = re.compile(r"[A-Z]\.[ ]?[A-Z][A-Za-z'\-]+")
_SOCIAL_TRIGGERS = tuple(
    {c for c in _PLATFORM_OF if len(c) >= 3} | {w.lower() for w in _RULES["social_name_words"] if len(w) >= 4}
)
_SHORT_CUES = tuple(c for c in _PLATFORM_OF if len(c) < 3)
_FB_NAME = re.compile(r"[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){1,2}\b")
_BARE_AT = re.compile(r"(?<![\w@.+\-/])@(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}))")
_DOMAINISH = re.compile(r"(?i)\.(?:com|co|uk|net|org|gov|io|info|biz|me)(?:\.|$)")


_PLAIN_WORD = re.compile(r"[a-z]+(?:ing|ed|ly|s)|[a-z]{1,3}")


def _plain_word(h: str) -> bool:
    """A lower-case dictionary-looking word (verb forms, plurals, tiny words) is no handle."""
    return bool(_PLAIN_WORD.fullmatch(h)) or h.lower() in {"is", "was", "has", "the", "and", "for", "with", "which", "that"}


def _clean_handle(h: str) -> str:
    return h.rstrip(".-")


def _social_possible(text: str) -> bool:
    """Cheap substring test before the cue regex (most reports mention no platform)."""
    if "@" in text:
        return True
    low = text.lower()
    return any(t in low for t in _SOCIAL_TRIGGERS) or any(
        f" {c}{sep}" in low or low.startswith(c + sep) for c in _SHORT_CUES for sep in (":", " ", "-")
    )


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


_LOOSE_HANDLE = re.compile(r"(?<![\w@.\-/\\:#£$€+'])[A-Za-z0-9_][A-Za-z0-9_.\-]{2,29}(?<![.\-])(?![\w@/\\]|\.[A-Za-z0-9]|-\w)")
_FILE_EXT = re.compile(r"(?i)\.(?:jpe?g|png|gif|heic|mp4|mov|avi|pdf|docx?|xlsx?|csv|txt|zip|apk|exe|html?|php)$")
_DEVICE = re.compile(r"(?i)(?:iphone|ipad|galaxy|pixel|redmi|moto|nokia|xbox|ps|windows|android|ios)\d")
_SHORT_CODE = re.compile(r"[A-Za-z]{1,3}[0-9]{1,4}[A-Za-z]?|[0-9]+[A-Za-z]{1,3}")


def _platform_text_handles(text: str, taken: set[int], at_starts: set[int]) -> list[Found]:
    """Handles written bare in a report about a platform ("Snapchat friend dan.k_7", "... chats
    with under-16s, including amy.j_x"): handle-shaped strings only. In the platform's own
    sentence dots, underscores or digits are enough; elsewhere in the text an underscore is needed."""
    out: list[Found] = []
    for m in _LOOSE_HANDLE.finditer(text):
        h = m.group()
        s, e = m.span()
        if s in taken or s - 1 in at_starts or not _handle_shaped(h) or _FILE_EXT.search(h):
            continue
        if _SHORT_CODE.fullmatch(h) or _DEVICE.match(h) or vrm_format(h) or normalise_postcode(h) or is_valid_nino(h):
            continue  # "LS11", "X5", "AB12CDE": codes and marks, not handles
        if h[:1].isupper() and "_" not in h and not any(c.isdigit() for c in h):
            continue  # "St.Helens", "J.Smith"
        if "-" in h and "_" not in h and "." not in h:
            continue  # "anti-social", "14-year-old"
        platform = _near_platform(text, s, e)
        if platform == "unknown" and "_" not in h:
            continue
        if platform == "unknown":
            cues = list(_NEAR_PLATFORM.finditer(text))
            platform = _PLATFORM_OF[" ".join(cues[-1]["cue"].lower().split())] if cues else "unknown"
        out.append(Found("SOCIAL", s, e, h, f"{platform}:{h.lower()}", "rule", {"platform": platform, "handle": h}))
        taken.add(s)
    return out


def _find_social(text: str) -> list[Found]:
    out: list[Found] = []
    taken: set[int] = set()
    for m in _SOCIAL_CUE.finditer(text) if _social_possible(text) else ():
        cue = " ".join(m["cue"].lower().split())
        platform = _PLATFORM_OF[cue]
        hs = m.start("handle")
        if platform == "facebook" and (m["nw"] or m["colon"]) and not m["at"]:
            fb = _FB_NAME.match(text, hs)
            if fb:
                out.append(
                    Found("SOCIAL", fb.start(), fb.end(), fb.group(),
                          f"facebook:{fb.group().lower()}", "rule", {"platform": platform, "handle": fb.group()})
                )
                continue
        handle = _clean_handle(m["handle"])
        if m["disc"] and handle == m["handle"]:
            handle += m["disc"]  # old Discord tag "name#1234": the number is part of the handle
        he = hs + len(handle)
        if not handle or not re.search(r"[A-Za-z]", handle) or text[he : he + 1] == "@":
            continue  # digits are a phone (WhatsApp), "@" after means an email
        explicit = bool(m["at"] or m["nw"] or m["colon"] or m["paren"])
        if cue in _WEAK_CUES and not explicit:
            continue
        if not explicit and not re.search(r"[_.\d]", handle):
            continue  # "on Snapchat to arrange" - plain words are not handles
        if not (m["at"] or m["colon"]) and _plain_word(handle):
            continue  # "Instagram account messaging": an English word, not a handle
        if cue == "x" and not m["at"]:
            continue  # a lone "x" is too common to trust without "@"
        # The span is the handle only (with its "@"): the platform word is context, kept in attrs.
        hs0 = m.start("at") if m["at"] else hs
        out.append(
            Found("SOCIAL", hs0, he, text[hs0:he], f"{platform}:{handle.lower()}", "rule",
                  {"platform": platform, "handle": handle})
        )
        taken.add(hs)
    low = text.lower()
    for m in _HANDLE_WORD_CUE.finditer(text) if any(t in low for t in _HANDLE_TRIGGERS) else ():
        hs = m.start("handle")
        handle = _clean_handle(m["handle"])
        he = hs + len(handle)
        if hs in taken or text[he : he + 1] == "@" or not _handle_shaped(handle):
            continue
        if m["at"] is None and text[he : he + 1] == "(":
            continue  # "user f(x)": not a handle
        hs0 = m.start("at") if m["at"] else hs
        platform = _near_platform(text, hs0, he)
        out.append(Found("SOCIAL", hs0, he, text[hs0:he], f"{platform}:{handle.lower()}", "rule",
                         {"platform": platform, "handle": handle}))
        taken.add(hs)
    if _NEAR_PLATFORM.search(text):
        out.extend(_platform_text_handles(text, taken, {m.start() for m in _BARE_AT.finditer(text)}))
    for m in _BARE_AT.finditer(text) if "@" in text else ():
        handle = _clean_handle(m["handle"])
        he = m.start("handle") + len(handle)
        if not re.search(r"[A-Za-z]", handle) or _DOMAINISH.search(handle) or text[he : he + 1] == "@":
            continue
        if text[max(0, m.start() - 1) : m.start()] == "=" or text[he : he + 1] == "(":
            continue  # "=@SUM(A1:A9)": a spreadsheet formula, not a handle
        if m.start("handle") in taken:
            continue
        platform = _near_platform(text, m.start(), he)
        out.append(Found("SOCIAL", m.start(), he, text[m.start() : he], f"{platform}:{handle.lower()}", "rule",
                         {"platform": platform, "handle": handle}))
    return out


# ---------------------------------------------------------------------------------------------
# ADDRESS / POSTCODE
# ---------------------------------------------------------------------------------------------

_SUFFIX_KEY: dict[str, str] = {k.lower(): v for k, v in _RULES["street_suffixes"].items()}
_FLAT_KEY: dict[str, str] = {k.lower(): v for k, v in _RULES["flat_words"].items()}
_PC = POSTCODE_RE.replace("?P<pc_out>", "?:").replace("?P<pc_in>", "?:")
#: Hasty notes write postcodes in lower case ("wv1 4ab"); only the spaced form is trusted then.
_PC_LOWER = re.sub(r"\[([^\]]*)\]", lambda m: "[" + re.sub("[A-Z]", lambda c: c.group().lower(), m.group(1)) + "]",
                   POSTCODE_RE.replace("?P<pc_out>", "?:").replace("?P<pc_in>", "?:").replace(" ?", " ")
                   .replace("GIR", "gir").replace("0AA", "0aa"))
_PC_ANY = r"(?:" + _PC + "|" + _PC_LOWER + r")"
_POSTCODE_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])(?P<pc>" + _PC_ANY + r")(?![A-Za-z0-9])")
#: A street word; a full stop only after a short abbreviation ("St. Mary's", "Gt. Western"),
#: never after a whole word ("2 phones. Street" is two sentences).
#: Letters of British and Irish place names: Welsh circumflexes ("Tŷ Coch", "Lôn Goed"), Irish
#: and Gaelic accents.
_UP = "A-ZÀ-ÖØ-ÞŴŶ"
_LO = "a-zß-öø-ÿŵŷ"
#: Small words inside names: "Heol y Wern", "Stoke-on-Trent", "Weston-super-Mare", "Mains of Usk".
_PARTICLE = r"(?:y|yr|yn|yng|ym|na|an|le|la|de|du|en|of|on|upon|under|in|by|the|sub|super)"
_HYPHEN_PART = r"(?:-(?:" + _PARTICLE + r"-)?[" + _UP + "][" + _LO + r"]+){0,2}"
_STREET_WORD = (r"(?:[" + _UP + "][" + _LO + r"]{1,3}\.|[" + _UP + "][" + _LO + "'’]*[" + _LO + "]|[" + _UP + r"]{2,}|["
                + _UP + "]['’][" + _UP + "][" + _LO + "]+|[" + _LO + "][" + _LO + "'’]*[" + _LO + r"])(?:-[A-Za-z][a-z]+)?")
_TITLE_WORD = r"(?:[" + _UP + "][" + _LO + "'’]+|[" + _UP + r"]{2,})" + _HYPHEN_PART
_BUILDING_WORDS = frozenset(w.lower() for w in _RULES["building_words"])
_BUILDING_END = _alt(_title_upper(_RULES["building_words"] + list(_SUFFIX_KEY)))
_SUFFIX_ABBREV = frozenset(k for k, v in _SUFFIX_KEY.items() if k != v)
_SUFFIX_ALT = _alt(_title_upper(list(_SUFFIX_KEY)) + list(_SUFFIX_KEY))
#: House numbers: "12", "12a", "12 A" (a letter spaced off before the street), ranges "12-14",
#: Edinburgh stair numbers "15/3" (tail-gated: a bare "15/3" is usually a date), "No. 12".
_NUMBER = (r"(?:N[oO]\.?[ \t]*(?=\d))?\d{1,4}(?:[A-Za-z]|[ \t][A-H](?=[ \t]+[A-Z][a-z]))?"
           r"(?:[ \t]?-[ \t]?\d{1,4}[A-Za-z]?|/\d{1,2}(?![\d/]))?")
#: Flat numbers: "3", "12B", "C", Scottish tenement positions "2/1" (floor/door) and "0/2",
#: Edinburgh "3F2" (third floor, second door).
#: Dundee and Aberdeen write the door as a side: "1/R", "G/L" (ground floor, left).
_FLAT_NO = r"(?:\d{1,2}|G)/(?:\d{1,2}|[LRM])(?![\w/])|\d{1,2}F\d{1,2}|\d{1,4}[A-Za-z]?|[A-Za-z]"
#: The same tenement positions written without the word "Flat", before the close's number
#: ("2/1 45 Dumbarton Road", "3F2, 12 Leith Walk").
_TENEMENT = r"(?P<tflat>(?:\d|G)/(?:\d|[LR])(?![\w/])|\d{1,2}F\d{1,2})(?:[ \t]*,[ \t]*|[ \t]+)(?=\d)"
_FLAT_PART = (r"(?:(?P<flatkw>(?i:" + _alt(list(_FLAT_KEY)) + r"))\.?[ \t]+(?P<flat>" + _FLAT_NO + r")\b"
              r"[ \t]*[,/]?[ \t]*\n?[ \t]*|" + _TENEMENT + r")")
#: A named building: "Cedar House", or after a flat number any name before the house number
#: ("Apartment 1204, The Cube, 113 Wharfside Street", "Flat 7, Tŷ Glas, 2 Heol Siarl").
_BUILDING_PART = (
    r"(?:(?P<building>(?:" + _TITLE_WORD + r"[ \t]+){1,3}(?:" + _BUILDING_END + r")|(?(flatkw)(?:(?:The|THE)[ \t]+)?"
    + _TITLE_WORD + r"(?:[ \t]+" + _TITLE_WORD + r"){0,2}(?=[ \t]*,[ \t]*\d)|(?!)))"
    r"[ \t]*,[ \t]*\n?[ \t]*)"
)
_ADDRESS = re.compile(
    r"(?<![\w£$€/.:\-#])"
    # An address starts at a house number, a flat word or a named building: the look-ahead keeps
    # the scan from trying every ordinary word as the start of a street.
    r"(?=[0-9]|N[oO]\.?[ \t]*\d|(?i:" + _alt(list(_FLAT_KEY)) + r")\b|(?:" + _TITLE_WORD + r"[ \t]+){1,3}(?:"
    + _BUILDING_END + r")[ \t]*,)"
    + _FLAT_PART + r"?"
    + _BUILDING_PART + r"?"
    r"(?:(?P<number>" + _NUMBER + r")(?:[ \t]*,[ \t]*|[ \t]+))?"
    r"(?P<street>(?:" + _STREET_WORD + r"[ \t]+){1,4})"
    r"(?P<suffix>" + _SUFFIX_ALT + r")(?![A-Za-z0-9'’])"
)
#: "88 Kirkgate, Wakefield WF1 1TB": a street named without a suffix word, trusted only when a
#: postcode or a known town follows it.
_NUMBER_NAME = re.compile(
    r"(?<![\w£$€/.:\-#])" + _FLAT_PART + r"?" + _BUILDING_PART + r"?"
    r"(?P<number>" + _NUMBER + r")[ \t]*,?[ \t]+(?P<street>" + _TITLE_WORD
    + r"(?:[ \t](?:(?:y|yr|'r|na|an|le|la|de|du|an|a')[ \t])?" + _TITLE_WORD + r"){0,2})"
    r"(?![A-Za-z0-9'’])"
)
#: "Flat 4 Jubilee House, Leeds LS1 1AA": a named building with no street, again only before a
#: postcode or known town.
_FLAT_BUILDING = re.compile(
    r"(?<![\w£$€/.:\-#])(?P<flatkw>(?i:" + _alt(list(_FLAT_KEY)) + r"))\.?[ \t]+(?P<flat>" + _FLAT_NO + r")\b"
    r"[ \t]*,?[ \t]*(?P<building>(?:" + _TITLE_WORD + r"[ \t]+){1,3}(?:" + _BUILDING_END + r"))(?![A-Za-z0-9'’])"
)
#: "The Granary, Littleton, Anytown AB1 2CD", "Mains of Auchindoun Farm, Dufftown, Keith AB55
#: 4DR", "Fferm Bryn Glas, Llanilar SY23 4LA": a house known by name, no number or street; trusted
#: only when a postcode ends the run of localities after it (a farm, cottage, barn, bungalow or
#: lodge also before a known town).
_RURAL_HOUSE = frozenset(w.lower() for w in _RULES["rural_house_words"])
_HOUSE_NAME = re.compile(
    r"(?<![\w£$€/.:\-#])(?:(?:The|THE)[ \t]+(?P<building>" + _TITLE_WORD + r"(?:[ \t]+" + _TITLE_WORD + r")?)"
    r"|(?P<house>(?:" + _TITLE_WORD + r"[ \t]+(?:" + _PARTICLE + r"[ \t]+)?){1,3}(?:"
    + _alt(_title_upper(_RULES["house_words"])) + r")"
    r"|(?:" + _alt(_title_upper(_RULES["house_prefixes"])) + r")(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _TITLE_WORD + r"){1,3}))"
    r"(?=[ \t]*,)"
)
_PLACE_WORD = r"(?:[" + _UP + "][" + _LO + "'’]+|[" + _UP + r"]{3,})"
#: A town as written: "Stoke-on-Trent", "Llanfihangel-y-Creuddyn", "Derry/Londonderry".
_PLACE_NAME = (_PLACE_WORD + r"(?:(?:[ \t]+|-|/)(?:" + _PARTICLE + r"(?:[ \t]+|-))?" + _PLACE_WORD + r"){0,3}")
_PLACE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?P<place>" + _PLACE_NAME + r")")
_PLACE_END = re.compile(r"[ \t]*(?:[.,;:()\]\n]|$)")
_VIEW_PLACE_END = re.compile(r"[ \t]*(?:[.,;)\]](?:\s|$)|$)")
#: Words that follow an address's last town in running prose ("..., Brinsworth with his mum").
_AFTER_TOWN = re.compile(
    r"[ \t]+(?:with|on|where|at|in|for|since|until|from|to|by|when|after|before|who|which|whilst|while|during|"
    r"between|yesterday|today|tonight|last|around|about|and[ \t]+(?:was|is|has|had|were|are|then))\b"
)
#: A residence cue straight before a number: "lives at 7 Highfield", "address given as 4 Broadway".
_HOME_CUE = re.compile(
    r"(?i)(?:\b(?:lives|living|lived|live|resides|residing|reside|resident|stays|staying|stayed|stay|moved|moving)"
    r"[ \t]+(?:at|to)|\baddress(?:[ \t]+(?:is|was|given(?:[ \t]+as)?|as|of))?[ \t]*[:\-]?|\bc/o)[ \t]*\Z"
)
_MONTH_DAY = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat "
    "saturday sun sunday".split()
)
_PLACE_PC = re.compile(
    r"[ \t]*,?[ \t]*\n?[ \t]*(?P<place>" + _PLACE_NAME + r")"
    r"[ \t]*,?[ \t]*\n?[ \t]*(?P<pc>" + _PC_ANY + r")(?![A-Za-z0-9])"
)
_PC_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)?[ \t]*(?P<pc>" + _PC_ANY + r")(?![A-Za-z0-9])")
#: Up to three words after a street, any case, to test against the known-places list.
_KNOWN_PLACE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*\n?|\n)?[ \t]*(?P<w>[A-Za-z][A-Za-z'’]+)(?:(?P<s1>[ \t]+|-)(?P<w2>[A-Za-z][A-Za-z'’]+))?"
    r"(?:(?P<s2>[ \t]+|-)(?P<w3>[A-Za-z][A-Za-z'’]+))?"
)


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Known towns (lower-case), and stop words/small words that never name a lower-case street."""
    from ._filters import lexicon

    lex = lexicon()
    return lex.place_words, lex.stop | lex.day_month | lex.noise, lex.common


@lru_cache(maxsize=1)
def _forenames() -> frozenset[str]:
    from ._filters import lexicon

    return lexicon().forenames


@lru_cache(maxsize=1)
def _place_first_words() -> frozenset[str]:
    return frozenset(p.replace("-", " ").split()[0] for p in _places()[0] if p.strip())


def _known_place_at(text: str, pos: int) -> tuple[int, str] | None:
    """Longest known town/district straight after ``pos`` (any case): (end, name)."""
    m = _KNOWN_PLACE_AFTER.match(text, pos)
    if not m or m["w"].lower() not in _place_first_words():
        return None
    places = _places()[0]
    for k in (3, 2, 1):
        if k >= 2 and not m[f"w{k}"]:
            continue
        words = [m["w"]] + [m[f"w{i}"] for i in range(2, k + 1)]
        seps = [m[f"s{i}"] for i in range(1, k)]
        name = words[0] + "".join(s + w for s, w in zip(seps, words[1:]))
        if " ".join(name.lower().replace("-", " ").split()) in places or name.lower() in places:
            end = m.end("w" if k == 1 else f"w{k}")
            return end, text[m.start("w") : end]
    return None


def _place_ok(place: str, caps: bool) -> bool:
    """An unknown word after a street names a locality, not the next person: no forename, no
    ordinary word, no SURNAME-style capitals unless the address itself is in capitals."""
    _, stop, common = _places()
    for w in place.replace("-", " ").split():
        low = w.lower()
        if (w.isupper() and len(w) > 2 and not caps) or low in _forenames() or low in stop or low in common:
            return False
    return True


def _address_tail(text: str, pos: int, view: bool = False, caps: bool = False) -> tuple[int, list[str], str]:
    """Locality/town names and a postcode following a street: (end, places, postcode). In a
    cased view (``view``) every word looks like a name, so an unknown one must be short and
    closed by punctuation.

    Up to three names (locality, town, county) before a postcode. Without a postcode an unknown
    name is kept only when it ends a clause or is followed by the small words that carry prose on
    ("with his mum", "on Friday"), and never when a form puts it on its own line (the next field).
    """
    m = _PLACE_PC.match(text, pos)  # "12 MILL LANE WOLVERHAMPTON WV1 4AB": no commas at all
    if m and normalise_postcode(m["pc"]):
        return m.end(), [m["place"]], normalise_postcode(m["pc"]) or ""
    steps: list[tuple[int, str, str]] = []  # (end, name, "known" | "clause" (kept where a clause ends) | "no")
    cur = pos
    for _ in range(3):
        pm = _PC_AFTER.match(text, cur)
        if pm and normalise_postcode(pm["pc"]):
            return pm.end(), [p for _, p, _ in steps], normalise_postcode(pm["pc"]) or ""
        kp = _known_place_at(text, cur)
        if kp is not None:  # a known town needs no comma and may be lower case ("17 marsh ln bootle")
            steps.append((kp[0], kp[1], "known"))
            cur = kp[0]
            continue
        m = _PLACE_AFTER.match(text, cur)
        if not m:
            break
        ok = "\n" not in text[cur : m.start("place")] and _place_ok(m["place"], caps or view)
        if view:  # every word looks like a name: only a short one closed by punctuation
            ok = ok and len(m["place"].split()) <= 2 and bool(_VIEW_PLACE_END.match(text, m.end()))
        steps.append((m.end(), m["place"], "clause" if ok else "no"))
        cur = m.end()
    pm = _PC_AFTER.match(text, cur)
    if pm and normalise_postcode(pm["pc"]):
        return pm.end(), [p for _, p, _ in steps], normalise_postcode(pm["pc"]) or ""
    while steps:
        e, _, state = steps[-1]
        if state == "known" or (state == "clause" and (_PLACE_END.match(text, e) or _AFTER_TOWN.match(text, e))):
            break
        steps.pop()
    if not steps:
        return pos, [], ""
    return steps[-1][0], [p for _, p, _ in steps], ""


def _street_key(street: str, suffix: str) -> str:
    words = [w.strip(".").replace("’", "'").lower() for w in street.split()]
    return " ".join(words + [_SUFFIX_KEY.get(suffix.lower(), suffix.lower())] if suffix else words)


def _number_need(text: str, m: re.Match[str]) -> str | None:
    """What the house number asks of the tail: None (not an address), "" (nothing), "town"
    (a known town or a postcode) or "postcode". A four-digit number is usually a time or a year
    ("0210 Mill Road" in a camera log, "in 2019 Park Lane"); "15/3" is a date as often as an
    Edinburgh stair; "PC 4471 Church Road" is a collar number."""
    number = m["number"]
    if not number:
        return ""
    if _RANK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    digits = _LEAD_DIGITS.search(number)
    if digits and len(digits.group()) == 4:
        return "postcode"
    return "town" if "/" in number else ""


def _street_need(text: str, m: re.Match[str], view: bool = False) -> str | None:
    """Reject regex matches that are not addresses: no number/flat/building, or lower-case
    street words that are ordinary English ("found 3 wraps in the park"); in a cased view, a
    street with a function word inside ("2 bags near the road"); a date before a street
    ("On 12 May Mill Lane was ..."). Otherwise what the tail must hold (see ``_number_need``)."""
    flat = m["flatkw"] or m["tflat"]
    if not (m["number"] or flat or m["building"]):
        return None
    words = m["street"].split()
    if view and any(w.lower() in _places()[1] for w in words[1:]):
        return None
    if m["number"] and len(words) > 1 and words[0].lower().strip(".") in _MONTH_DAY:
        return None
    need = _number_need(text, m)
    if need is None:
        return None
    if m["building"] and not (m["number"] or flat):
        last = m["building"].split()[-1].lower()
        if last == "court":
            need = need or "town"  # "Brindley Court, Mill Street, Dudley": a block of flats by name
        elif last in _NOT_A_HOME:
            return None  # "Castle Estate, Mill Lane": a district and a street (LOCATIONs)
        elif last not in _BUILDING_WORDS:
            need = "postcode"  # "Showell Circus, Low Hill": a street and a district, unless a postcode says so
    lower = [w for w in words if w[:1].islower()]
    if not lower:
        return need
    if not (m["number"] or flat) or len(words) > 2:
        return None
    stop, common = _places()[1], _places()[2]
    return None if any(w.lower().strip(".'’") in stop or w.lower() in common for w in words) else need


def _tail_meets(need: str, places: list[str], postcode: str) -> bool:
    if need == "postcode":
        return bool(postcode)
    if need == "town":
        return bool(postcode) or bool(places and places[-1].lower() in _places()[0])
    return True


def _address_found(text: str, m: re.Match[str], end: int, places: list[str], postcode: str,
                   suffix: str) -> Found:
    g = m.groupdict()
    flat = ""
    if g.get("flatkw"):
        flat = f"{_FLAT_KEY.get(m['flatkw'].lower(), 'flat')} {m['flat'].lower()}"
    elif g.get("tflat"):
        flat = f"flat {m['tflat'].lower()}"
    number = _NUMBER_PREFIX.sub("", re.sub(r"\s", "", g.get("number") or "")).lower()
    street = _street_key(m["street"], suffix) if g.get("street") else ""
    attrs: dict[str, object] = {"postcode": postcode, "flat": flat, "number": number, "street": street,
                                "town": places[-1] if places else ""}
    if len(places) > 1:
        attrs["locality"] = places[0]
    building = g.get("building") or g.get("house")
    if building:
        attrs["building"] = " ".join(building.split())
        if not street:
            street = " ".join(building.lower().split())
    return Found("ADDRESS", m.start(), end, text[m.start() : end], f"{postcode}|{flat}|{number}|{street}",
                 "rule", attrs)


_LEAD_DIGITS = re.compile(r"\d+")
_SMALL_WORDS = frozenset(("y", "yr", "'r", "na", "an", "le", "la", "de", "du", "a'"))
_STREET_PREFIXES = frozenset(w.lower() for w in _RULES["street_prefixes"])
#: Building words that name a site, not a home: an address there starts at the unit's number.
_NOT_A_HOME = frozenset(("estate", "centre", "works", "block"))
#: "Unit 4, Castle Trading Estate": the 4 is the unit's number, not a house on a street.
_FLAT_WORD_BEFORE = re.compile(r"(?i:" + _alt(list(_FLAT_KEY)) + r")\.?[ \t]*\Z")
_NUMBER_PREFIX = re.compile(r"^N[oO]\.?")
_DIGIT = re.compile(r"[0-9]")
_RANK_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,4}[ \t]*/?[ \t]*\Z")


#: Small words that stay lower case in a re-cased view, as they do inside real addresses
#: ("Heol y Wern", "Stratford upon Avon", "3 other lads on Stovell Ave" is then not a street).
_VIEW_LOWER = frozenset(
    "of on upon in under by at to from for with and or near off into onto outside behind opposite towards y yr na an le la de du en a is was are were his her "
    "their our my your its he she they we it this that these those".split()
)
_WORD_RUN = re.compile(r"(?:[^\W_]|['’])+")  # accented letters too: "lôn" -> "Lôn", not "LôN"
#: Everyday words that also name streets ("Back Lane", "Canal Side", "Top Road", "Well Street"):
#: the address view keeps them capitalised although they are stop words elsewhere.
_STREET_STOP = frozenset("back side top bottom front down over well".split())
_STREET_STOP_RUN = re.compile(r"(?<![^\W_])(?:" + "|".join(w.title() for w in _STREET_STOP) + "|"
                              + "|".join(_STREET_STOP) + r")(?![^\W_])")


def text_case(text: str) -> str:
    """"upper", "lower" or "mixed": whether the writer used capitals at all. Shouted RMS
    exports and hasty notes carry no case cues, so rules must not read meaning from case."""
    words = [w for w in re.findall(r"[A-Za-z]{2,}", text)]
    if len(words) < 4:
        return "mixed"
    up = sum(1 for w in words if w.isupper())
    lo = sum(1 for w in words if w.islower())
    if up >= 0.9 * len(words):
        return "upper"
    if lo >= 0.9 * len(words):
        return "lower"
    return "mixed"


def cased_view(text: str) -> str:
    """Same-length copy of a case-less text written the way addresses are usually written:
    words Title-cased, small function words lower case, tokens with digits (postcodes, marks)
    in capitals. Offsets are unchanged, so spans found in the view index the original."""
    from ._filters import lexicon

    stop = lexicon().stop

    def fix(m: re.Match[str]) -> str:
        w = m.group()
        if any(c.isdigit() for c in w):
            out = w.upper()
        elif w.lower() in _VIEW_LOWER or (w.lower() in stop and w.lower() != "the" and len(w) > 1):
            out = w.lower()
        else:
            out = w[:1].upper() + w[1:].lower()
        return out if len(out) == len(w) else w

    return _WORD_RUN.sub(fix, text)


def _find_addresses(text: str) -> list[Found]:
    """Addresses as written; a text with no case cues is read through its cased view."""
    if text_case(text) == "mixed":
        return _find_addresses_in(text)
    view = _STREET_STOP_RUN.sub(lambda m: m.group().title(), cased_view(text))
    out = []
    for f in _find_addresses_in(view, True):
        out.append(Found(f.type, f.start, f.end, text[f.start : f.end], f.key, f.method, f.attrs))
    return out


def _find_addresses_in(text: str, view: bool = False) -> list[Found]:
    out: list[Found] = []
    for m in _ADDRESS.finditer(text):
        need = _street_need(text, m, view)
        if need is None:
            continue
        caps = m.group().isupper()
        end, places, postcode = _address_tail(text, m.end(), view, caps)
        if end == m.end() and text[end : end + 1] == "." and m["suffix"].lower() in _SUFFIX_ABBREV:
            # "12 Mill St. Telford": the abbreviation's full stop, then a known town or postcode
            e2, p2, pc2 = _address_tail(text, end + 1, True, caps)
            if e2 > end + 1:
                end, places, postcode = e2, p2, pc2
        if _tail_meets(need, places, postcode):
            out.append(_address_found(text, m, end, places, postcode, m["suffix"]))
    for rx in (_NUMBER_NAME, _FLAT_BUILDING) if _DIGIT.search(text) else ():
        for m in rx.finditer(text):
            g = m.groupdict()
            need = _number_need(text, m) if "number" in rx.groupindex else ""
            if need is None or (not g.get("flatkw") and _FLAT_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                continue  # "PC 4471 HARGREAVES": a collar number; "Unit 4, Castle ...": the unit's number
            words = [w for w in (g.get("street") or "").split() if w.lower() not in _SMALL_WORDS]
            ordinary = [w.lower() in _places()[1] or w.lower() in _places()[2] for w in words]
            end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
            if ordinary[:1] == [True] or (any(ordinary) and not postcode):
                continue  # "3 Asian males", "12 March"; "44 Canal Side, Stourport DY13 9EX" has its postcode
            welsh = bool(words) and words[0].lower() in _STREET_PREFIXES  # "2 Maes yr Ysgol": designator first
            if not _tail_meets(need or ("" if welsh else "town"), places, postcode):
                # "lives at 7 Highfield.": a residence cue vouches for a street without a suffix word
                if not (need == "" and rx is _NUMBER_NAME and not places and _HOME_CUE.search(text, max(0, m.start() - 40), m.start())
                        and (_PLACE_END.match(text, m.end()) or _AFTER_TOWN.match(text, m.end()))):
                    continue
            out.append(_address_found(text, m, end, places, postcode, ""))
    for m in _HOUSE_NAME.finditer(text):
        end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
        rural = m["house"] and not _RURAL_HOUSE.isdisjoint((m["house"].split()[0].lower(), m["house"].split()[-1].lower()))
        if places and (postcode or (rural and places[-1].lower() in _places()[0])):
            out.append(_address_found(text, m, end, places, postcode, ""))
    for m in _POSTCODE_IN_TEXT.finditer(text):
        pc = normalise_postcode(m["pc"])
        if pc:
            out.append(Found("ADDRESS", m.start(), m.end(), m.group(), f"{pc}|||", "rule",
                             {"postcode": pc, "flat": "", "number": "", "street": "", "town": ""}))
    return out


# ---------------------------------------------------------------------------------------------
# VEHICLE
# ---------------------------------------------------------------------------------------------

_MAKES: dict[str, str] = {k.lower(): v for k, v in _RULES["vehicle_makes"].items()}
_MODELS: dict[str, str] = {k.lower(): v for k, v in _RULES["vehicle_models"].items()}
_COLOURS = _RULES["vehicle_colours"]
_VCUE = _alt(_RULES["vehicle_cues"])
_VCUE_TRIGGERS = tuple({c.split()[0].lower() for c in _RULES["vehicle_cues"]})
_ANPR_CUES = tuple(c.lower() for c in _RULES["anpr_cues"])
_VRM_PLAIN = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9\-/].)(?:[A-Za-z][0-9]{2}[ ]?[A-Za-z]{3}|[0-9]{1,3}[ ]?[A-Za-z]{3}"
    r"|[A-Za-z]{2}[ ]?[0-9]{1,3}[ ]?[A-Za-z])(?![A-Za-z0-9]|-\w)"
)
_VRM_AFTER_CUE = re.compile(
    r"(?<![A-Za-z])(?:" + _alt(_RULES["vehicle_cues"], ci=True) + r")\b\.?"
    r"(?:[ \t]*(?:[nN][oO]|[nN][uU][mM][bB][eE][rR]|[mM][aA][rR][kK])\b\.?)?[ \t]*[:#\-]?[ \t]*"
    r"(?P<vrm>[A-Za-z]{1,3}[ ]?[0-9]{1,4}(?:[ ]?[A-Za-z]{1,3})?|[0-9]{1,4}[ ]?[A-Za-z]{1,3})(?![A-Za-z0-9]|-\w)"
)
_VCUE_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + _VCUE + r")\b\.?(?:[ \t]*(?:no|number|mark)\b\.?)?[ \t]*[:#\-]?[ \t]*\Z"
)
_COLOUR_RX = re.compile(r"\b(?:" + _alt(_COLOURS, ci=True) + r")\b")
_MAKE_RX = re.compile(r"\b(?:" + _alt(list(_MAKES), ci=True) + r")\b")
_MODEL_RX = re.compile(r"\b(?:" + _alt(list(_MODELS), ci=True) + r")\b")
_VWORD_RX = re.compile(r"\b(?:" + _alt(_RULES["vehicle_words"], ci=True) + r")\b")
_MODEL_TOKEN = re.compile(r"[ \t]+(?P<model>[A-Z0-9][A-Za-z0-9\-]*(?:[ \t]+(?:Series|Class|Sport|Estate))?)")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_NOT_MODEL = {w.lower() for w in _RULES["vehicle_words"]} | {"reg", "vrm", "index", "registration", "and", "with"}


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
    seg = text[sep.end() : hi] + " "
    attrs = _vehicle_attrs(seg, len(seg), 0)
    attrs.pop("vehicle", None)
    return attrs, hi


_VRM_NI_TEXT = re.compile(r"(?<![A-Za-z0-9\-/])[A-Z]{2,3}[ ]?[1-9][0-9]{0,3}(?![A-Za-z0-9]|-\w)")
_NI_HINT = re.compile(r"[A-Z]?(?:[A-Z]Z|I[A-Z]|[OUJX]I)[ ]?[1-9]")
_VRM_NI_TEXT_ANY = re.compile(r"(?<![A-Za-z0-9\-/])[A-Za-z]{2,3}[ ]?[1-9][0-9]{0,3}(?![A-Za-z0-9]|-\w)")
_VEHICLE_LABEL = re.compile(r"(?i)\bvehicles?[ \t]*(?:of[ \t]+interest)?[ \t]*:[^\n]*\Z")


#: Verbs and checks that put a mark in a vehicle role ("stopped driving", "left in", "pnc check
#: on") or say what a mark has ("keeper", "cloned plates") - the context a lower-case mark needs.
_DRIVE_BEFORE = re.compile(
    r"(?i)\b(?:driv(?:e|es|ing|en)|drove|rode|riding|stopped(?:[ \t]+in)?|left[ \t]+in|got[ \t]+(?:into|in|out[ \t]+of)|"
    r"sat[ \t]+in|seen[ \t]+in|parked|passenger[ \t]+in|(?:pnc|dvla|anpr)[ \t]+(?:check|checks|hit|hits)[ \t]+on|"
    r"displaying|plated|keeper[ \t]+of)[ \t]*:?[ \t]*\Z"
)
_DRIVE_AFTER = re.compile(
    r"(?i)[ \t]*[,;\-:]?[ \t]*(?:\(|(?:was|is|has|had|now)[ \t]+)?(?:sold|keeper|registered|taxed|untaxed|insured|"
    r"uninsured|sorn|no[ \t]+mot|cloned|false[ \t]+plates|on[ \t]+false|seen|stopped|parked|drove|driven|left)\b"
)


def _drive_context(text: str, s: int, e: int) -> bool:
    """A mark used as a vehicle: after a driving verb or a vehicle check, or followed by one."""
    return bool(_DRIVE_BEFORE.search(text, max(0, s - 30), s) or _DRIVE_AFTER.match(text, e))


def _described_after(text: str, s: int, e: int) -> bool:
    """A mark after a "Vehicles:" label or followed by its make/model/colour ("sn19 kxf (audi a3)")."""
    if _VEHICLE_LABEL.search(text, max(0, s - 60), s):
        return True
    after = _vehicle_attrs_after(text, e, len(text))[0]
    return bool(after.keys() & {"make", "model"}) or bool(
        _MAKE_RX.match(text, e + 1) or _MODEL_RX.match(text, e + 1))


def _find_vehicles(text: str) -> list[Found]:
    cands: dict[tuple[int, int], bool] = {}
    low = text.lower()
    cued = any(c in low for c in _VCUE_TRIGGERS)
    anpr = any(c in low for c in _ANPR_CUES)
    # In a hasty note typed all in lower case, case says nothing: a mark is read as if in capitals.
    caseless = text_case(text) == "lower"
    for m in _VRM_AFTER_CUE.finditer(text) if cued else ():
        s, e = m.span("vrm")
        raw = m["vrm"]
        fmt = vrm_format(raw)
        if fmt is None:
            continue
        if fmt == "dateless" and raw != raw.upper():
            continue  # "index 12 of" - dateless marks only when written as marks
        cands[(s, e)] = True
    for m in _VRM_PLAIN.finditer(text):
        if (m.start(), m.end()) in cands:
            continue
        raw = m.group()
        fmt = vrm_format(raw)
        if fmt is None or fmt == "dateless":
            continue
        cue = cued and bool(_VCUE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        upper = raw == raw.upper()
        if not upper and not cue and (_described_after(text, m.start(), m.end())
                                      or caseless and _drive_context(text, m.start(), m.end())):
            cue = True  # "vehicles: sn19 kxf (audi a3)", "left in kp19 zzt": a lower-case mark in context
        if fmt == "current":
            # A lower-case current mark is trusted beside a cue or a described vehicle
            # ("black seat leon rf15tzz"): the shape is too specific to be an English word.
            # In an ANPR/camera log a lower-case current mark is a plate too ("anpr hit on ab12cde").
            ok = upper or cue or anpr or bool(_vehicle_attrs(text, m.start(), 0))
        else:  # prefix/suffix marks look like road numbers and shouty words: need context
            letters = re.sub(r"[^A-Za-z]", "", raw)
            word = letters[:-1] if fmt == "suffix" else letters
            if word.lower() in _MAKES or word.lower() in _MODELS:
                continue  # "BMW 320D" is a make and model, not a suffix mark
            ok = cue or ((upper or caseless) and bool(_vehicle_attrs(text, m.start(), 0)))
        if ok:
            cands[(m.start(), m.end())] = True
    ni_text = _VRM_NI_TEXT_ANY if caseless else _VRM_NI_TEXT
    for m in ni_text.finditer(text) if _NI_HINT.search(text.upper() if caseless else text) else ():
        if (m.start(), m.end()) in cands or vrm_format(m.group()) != "ni":
            continue
        # Northern Ireland marks look like dateless ones: trusted beside a cue, in an ANPR log,
        # after a described vehicle or a "Vehicles:" label, or with a description after them.
        cue = cued and bool(_VCUE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        label = bool(_VEHICLE_LABEL.search(text, max(0, m.start() - 60), m.start()))
        if cue or anpr or label or _vehicle_attrs(text, m.start(), 0).keys() & {"colour", "make", "model", "vehicle"} \
                or _vehicle_attrs_after(text, m.end(), len(text))[0] \
                or _MAKE_RX.match(text, m.end() + 1) or _MODEL_RX.match(text, m.end() + 1):
            cands[(m.start(), m.end())] = True
    out: list[Found] = []
    floor = 0
    spans = sorted(cands)
    for i, (s, e) in enumerate(spans):
        raw = text[s:e]
        key = normalise_vrm(raw)
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
        attrs["format"] = vrm_format(raw) or ""
        out.append(Found("VEHICLE", s, e, raw, key, "rule", attrs))
        floor = e_floor
    return out


# ---------------------------------------------------------------------------------------------
# NINO, PNC ID, IMEI, IP
# ---------------------------------------------------------------------------------------------

_NINO_IN_TEXT = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9].)[A-Za-z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d](?![A-Za-z0-9])"
)
_PNC_IN_TEXT = re.compile(r"[0-9](?<![\w/\-.].)(?:[0-9]{3}|[0-9])/[0-9]{1,7}[A-Za-z](?![\w/\-])")
_IMEI_PLAIN = re.compile(r"[0-9](?<![\w/\-.].)[0-9]{14}(?![\w/\-]|\.[0-9])")
_IMEI_CUED = re.compile(
    r"(?i)\bIMEI\b(?:[ \t]*(?:no|number|num)\b\.?)?[ \t]*[:#\-]?[ \t]*"
    r"(?P<d>[0-9](?:[ \-]?[0-9]){14})(?![\w]|[ \-][0-9])"
)
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_IPV4 = re.compile(r"(?=[0-9])(?<![\w.])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?![\w]|\.[0-9])")
_IPV6 = re.compile(r"(?<![\w:.])(?=(?:[0-9A-Fa-f]{0,4}:){3})[0-9A-Fa-f:]{6,39}(?![\w:])")


# A label straight before the identifier ("NI number is QQ 12 34 56 C", "PNC ID: 12/345678X")
# is strong evidence: the shape alone is then enough (reserved/example prefixes, mistyped checks).
_NINO_CUE = re.compile(r"(?i)(?:\bnino|\bni\s*(?:no|number|num)|national\s+insurance(?:\s+(?:no|number))?)\b\.?"
                       r"(?:\s+(?:is|was))?(?:\s+recorded\s+as|\s+given\s+as)?[\s:#\-]*\Z")
_PNC_CUE = re.compile(r"(?i)\bpnc(?:\s*(?:id|no|number|ref))?\b\.?(?:\s+(?:is|was))?[\s:#\-]*\Z")
_NINO_SHAPE = re.compile(r"[A-Z]{2}[0-9]{6}[A-D]")
_PNC_SHAPE = re.compile(r"(?:[0-9]{2}|[0-9]{4})/[0-9]{1,7}[A-Z]")


def _cued(cue: re.Pattern[str], text: str, start: int) -> bool:
    return bool(cue.search(text, max(0, start - 40), start))


def _find_small(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _NINO_IN_TEXT.finditer(text):
        compact = re.sub(r"\s", "", m.group()).upper()
        if is_valid_nino(m.group()) or (_NINO_SHAPE.fullmatch(compact) and _cued(_NINO_CUE, text, m.start())):
            out.append(Found("NINO", m.start(), m.end(), m.group(), compact, "rule", {}))
    for m in _PNC_IN_TEXT.finditer(text) if "/" in text else ():
        key = normalise_pnc_id(m.group())
        if key is None and _PNC_SHAPE.fullmatch(m.group().upper()) and _cued(_PNC_CUE, text, m.start()):
            yy, rest = m.group().upper().split("/")
            key = f"{yy[-2:]}/{int(rest[:-1])}{rest[-1]}" if int(rest[:-1]) else None
        if key:
            out.append(Found("PNC_ID", m.start(), m.end(), m.group(), key, "rule", {}))
    for m in _IMEI_CUED.finditer(text) if "imei" in text.lower() else ():
        if is_valid_imei(m["d"]):
            out.append(Found("IMEI", m.start("d"), m.end("d"), m["d"], re.sub(r"\D", "", m["d"]), "rule", {}))
    for m in _IMEI_PLAIN.finditer(text):
        if is_valid_imei(m.group()):
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
    return _resolve(cands)
