"""Resolution of non-person subjects on normalised keys.

Identifiers (phone, vehicle, email, NINO ...) are exact once normalised. Two keys need care:
a social handle whose platform is unknown joins the one platform-specific handle it names,
and an address without a postcode joins a postcoded address with the same flat, number and
street only when exactly one exists (two "12 Mill Lane" in different towns stay apart).
Flats and their building are *related*, never merged: they are different premises.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

__all__ = ["ident_key", "address_parts", "canonical_ident_keys", "related_addresses"]

_NONWORD = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_STREET_ABBR = {
    "rd": "road", "st": "street", "ln": "lane", "ave": "avenue", "av": "avenue", "dr": "drive",
    "cl": "close", "ct": "court", "cres": "crescent", "gdns": "gardens", "pl": "place",
    "sq": "square", "tce": "terrace", "ter": "terrace", "gr": "grove", "pk": "park",
    "wy": "way", "hse": "house", "ctr": "centre", "est": "estate", "mt": "mount", "hl": "hill",
}
_FLAT_WORDS = re.compile(r"^(flat|apartment|apt|unit|room|no|number)\s*", re.I)
_UNKNOWN_PLATFORMS = frozenset({"", "unknown", "handle", "social"})


def _words(text: str) -> str:
    return _SPACE.sub(" ", _NONWORD.sub(" ", text.lower().replace("&", " and "))).strip()


def _postcode(pc: str) -> str:
    pc = re.sub(r"[^A-Za-z0-9]", "", pc).upper()
    return f"{pc[:-3]} {pc[-3:]}" if len(pc) >= 5 else pc


def address_parts(key: str) -> tuple[str, str, str, str]:
    """(postcode, flat, number, street) normalised from a 'POSTCODE|flat|number|street' key."""
    parts = (str(key).split("|") + ["", "", "", ""])[:4] if "|" in str(key) else ["", "", "", str(key)]
    pc, flat, num, street = parts
    flat = _FLAT_WORDS.sub("", _words(flat)).replace(" ", "")
    num = _words(num).replace(" ", "")
    street = " ".join(_STREET_ABBR.get(w, w) for w in _words(street).split())
    return _postcode(pc), flat, num, street


def _name(text: str) -> str:
    w = _words(text)
    w = re.sub(r"^the ", "", w)
    w = re.sub(r"\blimited\b", "ltd", w)
    return w


def ident_key(type_: str, key: str) -> str:
    """Normalised identity for one mention key of a non-person type."""
    key = str(key or "").strip()
    if type_ == "ADDRESS":
        return "|".join(address_parts(key))
    if type_ in ("ORGANISATION", "LOCATION"):
        return _name(key)
    if type_ == "EMAIL":
        return key.lower()
    if type_ == "SOCIAL":
        platform, sep, handle = key.lower().partition(":")
        if not sep:
            platform, handle = "unknown", platform
        platform = "unknown" if platform.strip() in _UNKNOWN_PLATFORMS else platform.strip()
        return f"{platform}:{handle.strip().lstrip('@')}"
    if type_ == "PHONE":
        return re.sub(r"[^\d+]", "", key)
    return re.sub(r"\s+", "", key).upper()


def canonical_ident_keys(type_: str, keys: pd.Series) -> pd.Series:
    """Map normalised keys of one type to the key of the subject they resolve to."""
    uniq = sorted(set(keys))
    mapping = {k: k for k in uniq}
    if type_ == "SOCIAL":
        by_handle: dict[str, set[str]] = defaultdict(set)
        for k in uniq:
            platform, _, handle = k.partition(":")
            if platform != "unknown":
                by_handle[handle].add(k)
        for k in uniq:
            platform, _, handle = k.partition(":")
            if platform == "unknown" and len(by_handle.get(handle, ())) == 1:
                mapping[k] = next(iter(by_handle[handle]))
    elif type_ == "ADDRESS":
        by_premises: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for k in uniq:
            pc, flat, num, street = k.split("|")
            if pc and street:
                by_premises[(flat, num, street)].add(k)
        for k in uniq:
            pc, flat, num, street = k.split("|")
            targets = by_premises.get((flat, num, street), set())
            if not pc and street and len(targets) == 1:
                mapping[k] = next(iter(targets))
    return keys.map(mapping)


def related_addresses(subjects: pd.DataFrame) -> pd.DataFrame:
    """Address subjects that are distinct premises of one building.

    ``flat_in``: source is a flat, target the building's own address subject;
    ``same_building``: two flats at the same number and street (postcodes agree or one is
    missing). Pairs are listed once, in id order, so output is deterministic.
    """
    cols = {"source_id": "string", "target_id": "string", "relation": "string"}
    adr = subjects[subjects["type"] == "ADDRESS"]
    buildings: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for sid, key in zip(adr["subject_id"], adr["key"]):
        pc, flat, num, street = address_parts(str(key))
        if num and street:
            buildings[(num, street)].append((str(sid), pc, flat))
    rows: list[tuple[str, str, str]] = []
    for members in buildings.values():
        members.sort()
        for i, (sa, pa, fa) in enumerate(members):
            for sb, pb, fb in members[i + 1 :]:
                if pa and pb and pa != pb:
                    continue
                if fa and not fb:
                    rows.append((sa, sb, "flat_in"))
                elif fb and not fa:
                    rows.append((sb, sa, "flat_in"))
                elif fa and fb and fa != fb:
                    rows.append((sa, sb, "same_building"))
    out = pd.DataFrame(rows, columns=list(cols)) if rows else pd.DataFrame(columns=list(cols))
    return out.astype(cols).sort_values(list(cols), ignore_index=True)
