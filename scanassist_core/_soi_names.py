"""Person-name handling for SOI lists: parsing the forms lists use, and comparing two names.

Why a parser here: SOI lists come from several systems, written ``SMITH, John``, ``John SMITH``,
``SMITH John`` or with separate columns, and sometimes carry a nickname in the name cell
(``John 'JJ' SMITH``, ``John SMITH (aka Jonno)``). Knowing which part is the surname is what lets
the matcher refuse "common surname, different forename".

Name *comparison* belongs to ``resolve.names_compatible`` (one matcher for the whole app). Here the
name is compared part by part (forename and surname must each agree) with a deliberately small
stand-in: a short nickname table, phonetic + Jaro-Winkler spelling variants, initials, middle
names, double-barrelled surnames; ``resolve.names_compatible`` widens it when importable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import jellyfish

__all__ = [
    "ParsedName",
    "parse_name",
    "norm_text",
    "names_score",
    "block_keys",
    "split_multi",
]

#: Lower-case words that belong to the surname that follows them (``Ahmed al Hassan``).
_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "van", "von", "de", "del", "della", "da", "di", "du", "la", "le", "mac", "st"}
)
_ALIAS_IN_NAME = re.compile(
    r"""\(\s*(?:aka|a\.k\.a\.?|alias|known as|nickname)?\s*:?\s*(?P<paren>[^)]+)\)"""
    r"""|(?:^|\s)['"‘“](?P<quoted>[^'"’”]+)['"’”](?=\s|$)"""
    r"""|\s(?:aka|a\.k\.a\.?|alias)\s+(?P<tail>.+)$""",
    re.I,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\ufeff]")


@dataclass(frozen=True)
class ParsedName:
    """``forenames`` and ``surname`` as written (surname keeps its case); ``aliases`` found in the cell."""

    forenames: str
    surname: str
    aliases: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        """Police convention ``Forenames SURNAME``."""
        return " ".join(p for p in (self.forenames, self.surname.upper()) if p)


def clean_cell(value: object) -> str:
    """A cell as one line of text without control characters (cells are hostile input)."""
    if value is None:
        return ""
    text = _CONTROL.sub("", str(value))  # invisible junk goes; line breaks become spaces below
    return " ".join(text.split())


@lru_cache(maxsize=200_000)
def norm_text(value: str) -> str:
    """Comparison form: accents removed, lower case, hyphens/dots -> space, apostrophes dropped."""
    text = unicodedata.normalize("NFKD", value)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("'", "").replace("’", "").replace("`", "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def split_multi(value: str, seps: str = ";,/|\n") -> list[str]:
    """Split a multi-valued cell on any of ``seps``; empty parts dropped, order and case kept."""
    parts = re.split("[" + re.escape(seps) + "]", value)
    return [p.strip() for p in (clean_cell(x) for x in parts) if p.strip()]


def _is_upper_word(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def parse_name(raw: object) -> ParsedName:
    """Parse a single name cell in any common list form.

    ``SMITH, John`` (comma: surname first); ``John SMITH`` / ``SMITH John`` (the upper-case
    words are the surname when the rest is mixed case); otherwise the last word (with any
    particle before it) is the surname.
    """
    text = clean_cell(raw)
    aliases: list[str] = []

    def _take(m: re.Match[str]) -> str:
        found = m.group("paren") or m.group("quoted") or m.group("tail") or ""
        aliases.extend(split_multi(found, ";,/|"))
        return " "

    text = " ".join(_ALIAS_IN_NAME.sub(_take, text).split())
    if not text:
        return ParsedName("", "", tuple(aliases))
    if "," in text:
        surname, _, fore = text.partition(",")
        return ParsedName(" ".join(fore.replace(",", " ").split()), surname.strip(), tuple(aliases))
    tokens = text.split()
    if len(tokens) == 1:
        return ParsedName("", tokens[0], tuple(aliases))
    upper = [_is_upper_word(t) for t in tokens]
    if any(upper) and not all(upper):
        idx = [i for i, u in enumerate(upper) if u]
        # the surname is the first contiguous run of upper-case words
        start = idx[0]
        end = start
        while end + 1 < len(tokens) and upper[end + 1]:
            end += 1
        if start > 0 and tokens[start - 1].lower() in _PARTICLES:
            start -= 1
        surname = " ".join(tokens[start : end + 1])
        fore = " ".join(tokens[:start] + tokens[end + 1 :])
        return ParsedName(fore, surname, tuple(aliases))
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in _PARTICLES:
        start -= 1
    return ParsedName(" ".join(tokens[:start]), " ".join(tokens[start:]), tuple(aliases))


# --------------------------------------------------------------------------- comparison

#: Fallback nickname table, used only when ``resolve`` cannot be imported (its tables are fuller).
_NICKNAMES: dict[str, tuple[str, ...]] = {
    "william": ("bill", "billy", "will", "willy", "liam"),
    "robert": ("bob", "bobby", "rob", "robbie"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny", "jonny"),
    "jonathan": ("jon", "jonny", "johnny"),
    "michael": ("mike", "mikey", "mick", "micky"),
    "richard": ("rich", "richie", "rick", "ricky", "dick"),
    "thomas": ("tom", "tommy"),
    "christopher": ("chris", "kit"),
    "daniel": ("dan", "danny"),
    "anthony": ("tony", "ant"),
    "joseph": ("joe", "joey"),
    "edward": ("ed", "eddie", "ted", "ned"),
    "charles": ("charlie", "chas"),
    "alexander": ("alex", "xander"),
    "alexandra": ("alex", "lexi"),
    "elizabeth": ("liz", "lizzie", "beth", "betty", "eliza"),
    "margaret": ("maggie", "meg", "peggy"),
    "katherine": ("kate", "katie", "kath", "kat", "kathy"),
    "catherine": ("kate", "katie", "cath", "cat", "cathy"),
    "rebecca": ("becky", "becca"),
    "samuel": ("sam", "sammy"),
    "samantha": ("sam", "sammy"),
    "benjamin": ("ben", "benny"),
    "matthew": ("matt", "matty"),
    "nicholas": ("nick", "nicky"),
    "patrick": ("pat", "paddy"),
    "stephen": ("steve", "stevie"),
    "steven": ("steve", "stevie"),
    "jacob": ("jake",),
    "joshua": ("josh",),
    "andrew": ("andy", "drew"),
    "david": ("dave", "davey"),
    "peter": ("pete",),
    "frederick": ("fred", "freddie"),
    "henry": ("harry", "hal"),
    "kenneth": ("ken", "kenny"),
    "ronald": ("ron", "ronnie"),
    "terence": ("terry",),
    "timothy": ("tim", "timmy"),
    "victoria": ("vicky", "tori"),
    "jennifer": ("jen", "jenny"),
    "jessica": ("jess", "jessie"),
    "abigail": ("abby", "abi"),
    "deborah": ("debbie", "deb"),
    "susan": ("sue", "susie"),
    "nathan": ("nate",),
    "nathaniel": ("nate", "nat"),
    "zachary": ("zach", "zack"),
    "leonard": ("len", "lenny"),
    "lawrence": ("larry",),
}
_NICK_GROUPS: dict[str, set[str]] = {}
for _full, _shorts in _NICKNAMES.items():
    for _n in (_full, *_shorts):
        _NICK_GROUPS.setdefault(_n, set()).add(_full)


def nickname_related(a: str, b: str) -> bool:
    """True if two lower-case forenames are the same name by the nickname table (Bill ~ William)."""
    if a == b:
        return True
    return bool(_NICK_GROUPS.get(a, set()) & _NICK_GROUPS.get(b, set()))


@lru_cache(maxsize=500_000)
def _spelling_score(a: str, b: str) -> float:
    """Evidence two single lower-case words are spelling variants: phonetic code AND close spelling,
    or a one-letter typo in a long word. 0 when neither (Jane/John share a metaphone code, not a name)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    jw = jellyfish.jaro_winkler_similarity(a, b)
    phonetic = jellyfish.metaphone(a) == jellyfish.metaphone(b)
    if phonetic and jw >= 0.8:
        return 0.8 + 0.15 * jw
    if jw >= 0.94 and min(len(a), len(b)) >= 5:
        return 0.85
    return 0.0


def _forename_score(fa: list[str], fb: list[str], tables: bool = True) -> tuple[float, str]:
    """Own forename evidence; ``tables`` = use the fallback nickname table (only without ``resolve``)."""
    if not fa or not fb:
        return 0.0, "no forename"
    a, b = fa[0], fb[0]
    if a == b:
        return 1.0, ("middle names differ" if fa != fb else "")
    if tables and nickname_related(a, b):
        return 0.93, "nickname"
    if len(a) == 1 or len(b) == 1:
        return (0.6, "initial only") if a[0] == b[0] else (0.0, "")
    s = _spelling_score(a, b)
    if s:
        return s, "spelling"
    # subject known by a middle name
    if b in fa[1:] or a in fb[1:]:
        return 0.8, "middle name"
    return 0.0, ""


def _surname_score(sa: list[str], sb: list[str]) -> tuple[float, str]:
    if not sa or not sb:
        return 0.0, ""
    ja, jb = "".join(sa), "".join(sb)
    if ja == jb:
        return 1.0, ""
    if set(sa) <= set(sb) or set(sb) <= set(sa):
        return 0.88, "double-barrelled"
    best = max(_spelling_score(x, y) for x in sa + [ja] for y in sb + [jb])
    return (best, "spelling") if best else (0.0, "")


def _resolve_matcher() -> Callable[[str, str], float] | None:
    try:  # the app-wide matcher, once it exists
        from .resolve import names_compatible  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - not written yet, or broken mid-edit: use the fallback
        return None
    return names_compatible


@lru_cache(maxsize=200_000)
def names_score(a: ParsedName, b: ParsedName) -> tuple[float, str]:
    """Evidence (0..1) that two parsed names are the same person, and a short reason.

    The surname and the forename must each agree on their own: a common surname with a
    different forename scores 0 whatever a whole-string similarity says. ``resolve``'s matcher,
    when importable, is asked about each part separately (the other part held equal), so its
    nickname and transliteration tables widen what counts as agreement without loosening that
    rule; its bare fuzzy-typo tier (0.85, which pairs Ryan with Bryan) is not trusted for SOIs.
    """
    fa, sa = norm_text(a.forenames).split(), norm_text(a.surname).split()
    fb, sb = norm_text(b.forenames).split(), norm_text(b.surname).split()
    if not (fa and sa and fb and sb):
        return 0.0, ""
    matcher = _resolve_matcher()
    s, s_why = _surname_score(sa, sb)
    f, f_why = _forename_score(fa, fb, tables=matcher is None)
    if matcher is not None:
        # "SURNAME, Forenames" with a one-token surname, so the matcher cannot mis-split it
        same_s, same_f = "-".join(sa), " ".join(fa)
        try:
            if not f:
                other = float(matcher(f"{same_s}, {' '.join(fa)}", f"{same_s}, {' '.join(fb)}"))
                # resolve's bands: 0.95 another spelling (tables), 0.9 nickname, 0.85 bare fuzzy
                if other >= 0.88:
                    f, f_why = (0.93, "nickname") if other < 0.925 else (0.95, "spelling variant")
            if not s and jellyfish.metaphone(sa[-1]) == jellyfish.metaphone(sb[-1]):
                other = float(matcher(f"{'-'.join(sa)}, {same_f}", f"{'-'.join(sb)}, {same_f}"))
                s, s_why = (min(other, 0.9), "variant") if other >= 0.9 else (0.0, "")
        except Exception:  # noqa: BLE001 - a sibling's bug must not stop SOI matching
            pass
    if not s and not f:
        # order swapped in one source (``smith john`` with no case or comma to tell)
        if _surname_score(sa, fb[:1])[0] == 1.0 and _forename_score(fa, sb)[0] == 1.0:
            return 0.85, "forename/surname order swapped"
    if not s or not f:
        return 0.0, ""
    if fa == fb and sa == sb:
        return 1.0, ""
    why = ", ".join(w for w in (f"forename {f_why}" if f_why else "", f"surname {s_why}" if s_why else "") if w)
    return round(min(0.97, 0.5 * s + 0.5 * f), 4), why


def block_keys(name: ParsedName, *, swapped: bool = False) -> set[str]:
    """Cheap keys so only plausible pairs are compared. Keys come from the surname only (a match
    needs the surname to agree): phonetic code and 3-letter prefix of each surname word and of
    the whole surname. ``swapped`` adds the first forename as a possible surname, for lists
    whose order cannot be told (``smith john``)."""
    keys: set[str] = set()
    words = norm_text(name.surname).split()
    if swapped and name.forenames:
        words += norm_text(name.forenames).split()[:1]
    joined = "".join(norm_text(name.surname).split())
    for word in words + ([joined] if joined and len(words) != 1 else []):
        if len(word) < 2:
            continue
        keys.add("m:" + jellyfish.metaphone(word))
        keys.add("p:" + word[:3])
    return keys
