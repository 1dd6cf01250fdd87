"""Validators and normalisers for UK identifiers: pure functions, no text scanning.

They answer "is this string a well-formed X, and what is its one canonical spelling?", so the
extractor, the SOI-list loader and the resolver all key the same identifier the same way.
Grammar, not existence: a number, postcode or registration can be well formed and never issued
(demo data relies on that - Ofcom's drama numbers are *possible* but not *valid* for
``phonenumbers``, so phones are checked by length and type, never by ``is_valid_number``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

__all__ = [
    "normalise_phone",
    "normalise_postcode",
    "normalise_vrm",
    "normalise_pnc_id",
    "is_valid_nino",
    "is_valid_pnc_id",
    "is_valid_imei",
    "pnc_check_letter",
    "luhn_ok",
    "uk_nsn_ok",
    "POSTCODE_RE",
]

# --- phones -------------------------------------------------------------------------------

#: UK national significant number lengths by leading digit (after the trunk 0 / +44).
#: 9-digit forms exist only for a few 01 areas and 0800 numbers; those are rare enough in
#: reports (and none are drama numbers) that they must also be *valid* to count.
_UK_NSN_LENGTHS: dict[str, tuple[int, ...]] = {
    "1": (10, 9),
    "2": (10,),
    "3": (10,),
    "5": (10,),
    "7": (10,),
    "8": (10, 9),
    "9": (10,),
}


@lru_cache(maxsize=4096)
def uk_nsn_ok(nsn: str) -> bool:
    """True if ``nsn`` (digits after +44) has the right length for its UK number type."""
    if not nsn.isdigit() or nsn[0] not in _UK_NSN_LENGTHS or len(nsn) not in _UK_NSN_LENGTHS[nsn[0]]:
        return False
    try:
        num = phonenumbers.parse("+44" + nsn, None)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_possible_number(num):
        return False
    if len(nsn) == 9:
        return phonenumbers.is_valid_number(num)
    return True


_PHONE_JUNK = re.compile(r"[\s\-.()\u00a0/]")


@lru_cache(maxsize=4096)
def normalise_phone(raw: str) -> str | None:
    """E.164 for a well-formed UK number (national, +44, 0044, with or without "(0)").

    Other countries only with an explicit ``+`` and a number ``phonenumbers`` calls valid:
    a bare digit string with no trunk 0 or country code is too ambiguous to guess.
    """
    s = raw.strip()
    if not s:
        return None
    s = s.replace("(0)", "", 1) if re.search(r"^(?:\+|00)\s*44", s) else s
    plus = s.startswith("+")
    digits = _PHONE_JUNK.sub("", s[1:] if plus else s)
    if not digits.isdigit():
        return None
    if not plus and digits.startswith("00"):
        if not digits.startswith("0044"):
            return None  # 00 + another country code: not guessed (only an explicit "+")
        plus, digits = True, digits[2:]
    if plus:
        if digits.startswith("44"):
            nsn = digits[2:]
            nsn = nsn[1:] if nsn.startswith("0") else nsn  # "+44 07700..." is a common slip
            return "+44" + nsn if uk_nsn_ok(nsn) else None
        try:
            num = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        return None
    if digits.startswith("0") and not digits.startswith("00"):
        nsn = digits[1:]
        return "+44" + nsn if uk_nsn_ok(nsn) else None
    return None


# --- postcodes ----------------------------------------------------------------------------

#: UK postcode grammar (outward: A9, A99, A9A, AA9, AA99, AA9A; inward: 9AA), with the letter
#: restrictions by position: 1st not Q V X; 2nd not I J Z; 3rd (A9A) only A-H J K P S T U W;
#: 4th (AA9A) only A B E H M N P R V W X Y; inward letters never C I K M O V. Plus GIR 0AA.
POSTCODE_RE = (
    r"(?:GIR ?0AA|"
    r"(?P<pc_out>[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?))"
    r" ?(?P<pc_in>[0-9][ABD-HJLNP-UW-Z]{2}))"
)
_POSTCODE_FULL = re.compile(POSTCODE_RE)
_WS = re.compile(r"\s+")
_WS_DASH = re.compile(r"[\s\-]")


@lru_cache(maxsize=4096)
def normalise_postcode(raw: str) -> str | None:
    """``"WV1 4AB"`` (outward, one space, inward) or None if the grammar is broken."""
    compact = _WS.sub("", raw).upper()
    if not 5 <= len(compact) <= 7:
        return None
    spaced = compact[:-3] + " " + compact[-3:]
    if not _POSTCODE_FULL.fullmatch(spaced):
        return None
    return spaced


# --- vehicle registrations ------------------------------------------------------------------

#: Age identifier: "51" = Sept 2001, "02" = March 2002, then year (Mar) / year+50 (Sept).
#: 00, 01 and 50 were never issued.
_AGE = r"(?:0[2-9]|[1-4][0-9]|5[1-9]|[6-9][0-9])"
#: DVLA: memory tag letters never I, Q, Z; random letters never I, Q (Z is used).
VRM_CURRENT = r"[A-HJ-PR-Y]{2}" + _AGE + r"[A-HJ-PR-Z]{3}"
#: 1963-2001 forms: year letter never I O Q U Z; serial/area letters never I or Q. Z is accepted
#: there too: cherished marks and reports write it ("R4 SLZ", "GHZ 481T"), and a mark still needs
#: its context to be read.
VRM_PREFIX = r"[A-HJ-NPR-TV-Y][1-9][0-9]{0,2}[A-HJ-PR-Z]{3}"
VRM_SUFFIX = r"[A-HJ-PR-Z]{3}[1-9][0-9]{0,2}[A-HJ-NPR-TV-Y]"
#: Dateless (pre-1963 and Northern Ireland) marks; too short to trust without a cue.
VRM_DATELESS = r"(?:[A-Z]{1,3}[1-9][0-9]{0,3}|[1-9][0-9]{0,3}[A-Z]{1,3})"
#: Northern Ireland marks: an optional serial letter, a two-letter code holding I or Z
#: ("AZ", "IA", "OI"), then up to four digits ("LKZ 4821"). Mainland marks never use these codes.
_NI_CODES = "AZ BZ CZ DZ EZ FZ GZ HZ IA IB IG IJ IL IW JI JZ KZ LZ MZ NZ OI OZ PZ RZ SZ TZ UI UZ VZ WZ XI XZ YZ"
VRM_NI = r"[A-HJ-PR-Y]?(?:" + "|".join(_NI_CODES.split()) + r"|[A-HJ-PR-Y]IZ|[A-HJ-PR-Y]I)[1-9][0-9]{0,3}"
_VRM_FORMS = (
    ("current", re.compile(VRM_CURRENT)),
    ("prefix", re.compile(VRM_PREFIX)),
    ("suffix", re.compile(VRM_SUFFIX)),
    ("ni", re.compile(VRM_NI)),
    ("dateless", re.compile(VRM_DATELESS)),
)


@lru_cache(maxsize=4096)
def vrm_format(raw: str) -> str | None:
    """Name of the UK registration format ``raw`` fits ("current", "prefix", ...), or None."""
    compact = _WS_DASH.sub("", raw).upper()
    for name, rx in _VRM_FORMS:
        if rx.fullmatch(compact):
            return name
    return None


def normalise_vrm(raw: str) -> str | None:
    """``"AB12CDE"`` (upper-case, no spaces) or None if not a UK registration format."""
    compact = _WS_DASH.sub("", raw).upper()
    return compact if vrm_format(compact) else None


# --- NINO -----------------------------------------------------------------------------------

#: HMRC: 1st letter not D F I Q U V; 2nd not D F I O Q U V; some prefixes never allocated;
#: suffix A-D.
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")
_NINO_BAD_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def is_valid_nino(raw: str) -> bool:
    """National Insurance number grammar, spaces allowed ("AB 12 34 56 C")."""
    compact = re.sub(r"\s", "", raw).upper()
    return bool(_NINO.fullmatch(compact)) and compact[:2] not in _NINO_BAD_PREFIX


# --- PNC ID ---------------------------------------------------------------------------------

#: Check characters for remainders 0..22 of YYNNNNNNN mod 23 (I, O and S are never used).
_PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
_PNC = re.compile(r"(?P<yy>[0-9]{2}|[0-9]{4})/(?P<serial>[0-9]{1,7})(?P<check>[A-Z])")


def pnc_check_letter(yy: str, serial: str) -> str:
    """Check letter for a two-digit year and a serial of up to seven digits."""
    return _PNC_LETTERS[int(yy[-2:] + serial.zfill(7)) % 23]


def normalise_pnc_id(raw: str) -> str | None:
    """Display form ``YY/NNNNNNNL`` (century and leading serial zeros dropped), or None.

    Accepts the full ``YYYY/NNNNNNNL`` form too; the check letter must be right.
    """
    m = _PNC.fullmatch(re.sub(r"\s", "", raw).upper())
    if not m:
        return None
    yy, serial, check = m["yy"][-2:], m["serial"], m["check"]
    if int(serial) == 0 or pnc_check_letter(yy, serial) != check:
        return None
    return f"{yy}/{int(serial)}{check}"


def is_valid_pnc_id(raw: str) -> bool:
    """YY/NNNNNNNL (or YYYY/...) with the modulus-23 check letter verified."""
    return normalise_pnc_id(raw) is not None


# --- IMEI -----------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) check over a digit string."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_valid_imei(raw: str) -> bool:
    """15 digits (spaces, hyphens and slashes ignored) passing Luhn."""
    digits = re.sub(r"[\s\-/]", "", raw)
    return len(digits) == 15 and digits.isdigit() and luhn_ok(digits)
