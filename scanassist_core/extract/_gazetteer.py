"""Known-place lookup over the gazetteer in ``data/uk_places.txt`` (a few thousand names).

Why not one regex alternation: with thousands of names Python's regex engine tries every
alternative at every capital letter, which costs more than the model we try to spare. Instead
each capitalised word is looked up by its lower-case first word, and only the handful of names
sharing that first word are compared. Names marked "?" in the data (also everyday words,
forenames or surnames: "Reading", "Barry", "Walker") count only straight after a place word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ._filters import Lexicon, lexicon

__all__ = ["Place", "place_index", "find_known_places", "is_known_place", "known_place_at", "PLACE_CUE", "chain_town_pairs"]

#: Words straight before a place name in police and news prose ("missing in Barry").
PLACE_CUE = (
    "in|at|from|to|near|nr|around|outside|towards|toward|twds|via|into|through|across|off|of|"
    "visiting|visited|travelled|travelling|moved|relocated|returned|based|living|lives|born"
)
#: Cues that do not also introduce a person ("gave it to Barry", "message from Colin").
_STRONG_CUE = "in|near|nr|around|outside|towards|toward|twds|via|into|through|across|based|living|lives|born"
_CUE_BEFORE = re.compile(rf"(?:^|[^\w'\-])(?i:(?P<cue>{PLACE_CUE}))[ \t]+(?:(?i:the)[ \t]+)?$")
_STRONG = frozenset(_STRONG_CUE.split("|"))
_LIST_GAP = re.compile(r"[ \t]*(?:,|&|and|or|,[ \t]*and)[ \t]+")
_CAP_WORD = re.compile(r"(?<![\w'\-\u2019])[A-Z](?:[^\W\d_]|['\u2019])*")
_NEXT_CAP = re.compile(r"[ \t]+[A-Z][a-z]")
_NEXT_SURNAME = re.compile(r"[ \t]+([A-Z][A-Z'\u2019\-]{2,})(?![\w])")
_LOWER_WORD = re.compile(r"[a-z][a-z'\u2019]*")
_APOS = str.maketrans({"\u2019": "'"})
_NORM = str.maketrans({"\u2019": "'", "-": " "})  # "Stoke On Trent" is "Stoke-on-Trent"
#: Letters with no decomposition to a base letter and a mark (kept one character for one).
_BASE_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i", "ə": "e", "ħ": "h"})


def _fold(s: str) -> str:
    """Accents dropped letter for letter ("Košice", "Iaşi", "Nghệ An" are "Kosice", "Iasi", "Nghe
    An"), as reports write foreign places either way; the length stays that of the text."""
    if s.isascii():
        return s
    out = "".join(c for c in unicodedata.normalize("NFD", s.translate(_BASE_LETTERS)) if not unicodedata.combining(c))
    return out if len(out) == len(s) else s


@dataclass(frozen=True)
class Place:
    name: str  # as written in the data ("Stoke-on-Trent")
    low: str  # lower-case, straight apostrophes, hyphens as spaces
    caps: tuple[bool, ...]  # which characters are capitals in the data form
    cued: bool  # needs a place word before it
    forename: bool  # also a forename: only the strong cues count


def _first_key(name: str) -> str:
    m = re.match(r"[A-Za-z][A-Za-z']*", _fold(name.translate(_APOS)))
    return m.group(0).lower() if m else ""


def _key(word: str) -> str:
    """The index key of a capitalised word of the text."""
    return _fold(word.translate(_APOS).lower().rstrip("'"))


@lru_cache(maxsize=1)
def place_index() -> dict[str, tuple[Place, ...]]:
    """First word (lower case) -> the places starting with it, longest first."""
    lex = lexicon()
    idx: dict[str, list[Place]] = {}
    for names, cued in ((lex.places, False), (lex.cued_places, True)):
        for n in names:
            low = _fold(n.translate(_NORM).lower())
            key = _first_key(n)
            if not key or low in lex.day_month:  # "in March" is a month, never the town
                continue
            p = Place(n, low, tuple(c.isupper() for c in n), cued, low in lex.forenames)
            idx.setdefault(key, []).append(p)
    return {k: tuple(sorted(v, key=lambda p: len(p.low), reverse=True)) for k, v in idx.items()}


def _end_ok(text: str, e: int) -> bool:
    if e >= len(text):
        return True
    c = text[e]
    if c.isalnum() or c in "-_":
        return False
    if c in "'\u2019" and e + 1 < len(text) and text[e + 1].isalnum():
        return False  # "Barry's": a possessive, most often a person's
    return True


def _case_ok(seg: str, p: Place) -> bool:
    """Written in capitals, or every capital of the data form is a capital here too."""
    if seg.isupper():
        return True
    return all(c.isupper() or not cap or not c.isalpha() for c, cap in zip(seg, p.caps))


def _cue_before(text: str, s: int) -> str | None:
    m = _CUE_BEFORE.search(text, max(0, s - 24), s)
    return m["cue"].lower() if m else None


def _after_person_word(text: str, s: int, lex: Lexicon) -> bool:
    """'Mr Preston', 'Ellie Walton': a surname that happens to be a town."""
    m = re.search(r"([A-Za-z]+)\.?[ \t]+$", text[max(0, s - 24) : s])
    if not m:
        return False
    w = m.group(1)
    low = w.lower()
    return low in lex.titles or (w[:1].isupper() and low in lex.forenames and low not in place_index())


def _match_at(text: str, s: int, cands: tuple[Place, ...], lower: bool) -> Place | None:
    for p in cands:
        e = s + len(p.low)
        seg = text[s:e]
        if _fold(seg.translate(_NORM).lower()) != p.low or not _end_ok(text, e):
            continue
        if lower:
            if not seg.islower():
                continue
        elif not _case_ok(seg, p):
            continue
        return p
    return None


#: Known bodies that are not a chain with branches: their names go on with a region or town
#: ("NHS Grampian", "Westfield Stratford", "Arriva North West", "Shelter Cymru"), so a place
#: after them is part of the name.
_NOT_CHAINS = frozenset(
    "nhs stagecoach arriva megabus avanti tfl dvla dvsa dwp hmrc hmcts fcdo glaa ukvi jobcentre ymca shelter refuge "
    "samaritans home-start barnardo's barnardos childline nspcc catch22 fearless peabody l&q lakeside bluewater "
    "meadowhall westfield bullring broadmarsh arndale highcross metrocentre".split()
)
#: Brands named by an everyday word that are also chains with branches ("Shell Sleaford",
#: "Halifax Kendal"); words that often open a sentence before a town ("Three Leeds men", "Next
#: Tuesday") are left out.
#: A nation after a bank or chain names its national company ("HSBC UK", "Santander UK", "Tesco
#: Ireland"), not a branch.
_NATIONS = frozenset(["uk", "gb", "britain", "great britain", "united kingdom", "england", "scotland", "wales",
                      "northern ireland", "ireland", "cymru", "europe", "alba"])
_WORD_CHAINS = frozenset("shell boots halifax nationwide coral subway vodafone".split())


@lru_cache(maxsize=1)
def _chain_index() -> dict[str, tuple[str, ...]]:
    """First word -> known chains (lower case) starting with it, longest first."""
    lex = lexicon()
    idx: dict[str, list[str]] = {}
    for name in (lex.org_words | _WORD_CHAINS) - _NOT_CHAINS:
        key = _first_key(name)
        if key:
            idx.setdefault(key, []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in idx.items()}


#: A chain's store-format word between its name and the branch ("Tesco Extra Kingsway").
_CHAIN_FORMAT = re.compile(r"[ ](?:Express|Extra|Metro|Local|Superstore|EXPRESS|EXTRA|METRO|LOCAL|SUPERSTORE)(?=[ ])")
#: Words that close a branch's place name after a town or district ("Premier Inn Swansea Waterfront",
#: "Bank of Scotland Govan Cross", "Tesco Serpentine Green"); not "Central" or "Centre", which name
#: a hotel's branch ("Travelodge Telford Central") or a shopping centre ("Metro Bank Trafford Centre").
_BRANCH_TAILS = frozenset("waterfront cross green park gate village town north south east west quay docks marina".split())
#: What may follow a branch: the sentence goes on in lower case, a date or time, punctuation, the end.
_BRANCH_END = re.compile(r"(?:[ ]+(?:[a-z0-9(]|\Z)|[ ]*[.,;:)!?\n/\-]|[ ]*\Z)")


#: Endings and openings of British place names ("Kingstown", "Kirkgate", "Leechmere", "Llanrumney",
#: "Inverurie"): a word of this shape after a chain names its branch.
_PLACE_SHAPE = re.compile(
    r"(?i:(?:llan|aber|pen|tre|caer|pont|cwm|ff|inver|kil|dun|auch|bal|glen|strath)[a-z]{3,}"
    r"|[a-z]{2,}(?:town|ton|ham|ley|leigh|by|gate|field|ford|bury|borough|brough|burgh|wick|worth|thorpe|"
    r"stead|well|mouth|port|minster|wood|den|don|hill|moor|more|mere|chester|cester|caster|pool|side|"
    r"head|dale|holme|combe|hurst|stow|church|castle|bridge|brook|cote|cott|ey|ing|ington|haugh|law|"
    r"shaw|thwaite|wich|wych|hay|hall|heath|land|ness|ock|row|croft|acre|acres|fold|garth|green|well|mill|mills))"
)


def _branch_word(word: str, chain_caps: bool, lex: Lexicon) -> bool:
    """A capitalised word shaped like a British place name and no designator, street word, name or
    brand: after a chain it names the branch ("Tesco Kingstown", "Cash Converters Kirkgate", not
    "Tesco Clubcard" or "Amazon Alexa")."""
    low = word.lower()
    if len(word) < 5 or (word.isupper() and not chain_caps) or not word[1:].isalpha() or not _PLACE_SHAPE.fullmatch(low):
        return False
    if (low in lex.org_suffixes or low in lex.street_suffixes or low in lex.forenames or low in lex.surnames
            or low in lex.org_words or low in lex.stop or low in lex.common or low in lex.day_month
            or low in lex.vehicle_makes or low in lex.noise or low in _NATIONS):
        return False
    from ._truecase import _english  # lazy: the truecaser reads the lexicon

    t = _english()  # "Greggs Morning", "Boots Passport photos": everyday words of that shape
    return not any(low in t[k] for k in ("noun", "verb", "adj", "adv")) and not (
        low.endswith("s") and (low[:-1] in t["noun"] or low[:-1] in t["verb"]))


@lru_cache(maxsize=16)  # the filters, the gazetteer and the place rules all ask of the same text
def chain_town_pairs(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(chain start, chain end, town start, town end) for a known chain, bank or fuel brand written
    straight before a known town ("Shell Sleaford", "NatWest Kirkby Lonsdale", "Tesco Penrith"):
    the town names the branch, and is a place of its own; a longer capitalised name going on
    ("Boots Leeds Road") is no town. A town or district with a place's closing word ("Premier Inn
    Swansea Waterfront") or a name that is no English word, brand or person's name closing the
    phrase ("Tesco Kingstown.", "Cash Converters Kirkgate on Friday") is the branch too."""
    chains, idx = _chain_index(), place_index()
    out = []
    lex = None
    for m in _CAP_WORD.finditer(text):
        names = chains.get(m.group(0).translate(_APOS).lower().rstrip("'"))
        if not names:
            continue
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in "&'-"):
            continue
        for name in names:
            e = s + len(name)
            if text[s:e].lower().translate(_APOS) != name or text[e:e + 1] != " " or not text[s].isupper():
                continue
            fm = _CHAIN_FORMAT.match(text, e)
            b = fm.end() + 1 if fm else e + 1
            t = _CAP_WORD.match(text, b)
            if t is None:
                break
            cands = idx.get(_key(t.group(0)))
            p = _match_at(text, b, cands, lower=False) if cands else None
            if p is not None and p.low in _NATIONS:
                break
            te = b + len(p.low) if p is not None else None
            if te is not None and not _NEXT_CAP.match(text, te):
                out.append((s, e, b, te))
                break
            if lex is None:
                lex = lexicon()
            if te is None:
                if not _branch_word(t.group(0), text[s:e].isupper(), lex):
                    break
                te = t.end()
            tail = _CAP_WORD.match(text, te + 1) if text[te:te + 1] == " " else None
            if tail is not None and tail.group(0).lower() in _BRANCH_TAILS and (tail.group(0).isupper() == text[b:te].isupper()):
                te = tail.end()
            elif p is not None:
                break  # "Boots Leeds Road": a longer name goes on
            if _BRANCH_END.match(text, te):
                out.append((s, e, b, te))
            break
    return tuple(out)


def _chain_towns(text: str) -> frozenset[int]:
    return frozenset(t for _, _, t, _ in chain_town_pairs(text))


_WORD_AFTER = re.compile(r"[ ]([A-Z][a-z]+)(?![\w'\-])")


def _street_goes_on(text: str, e: int, p: Place, lex: Lexicon) -> bool:
    """A street or place word written after a known name of two or more words that does not end in
    one itself ("Piccadilly Gardens" after "Manchester Piccadilly", "Midland Road" after "Bedford
    Midland"): the known name is cut short there."""
    m = _WORD_AFTER.match(text, e)
    if m is None:
        return False
    w = m.group(1).lower()
    last = p.low.rsplit(" ", 1)[-1]
    return (w in lex.street_suffixes or w in lex.place_suffixes) and last not in lex.street_suffixes \
        and last not in lex.place_suffixes


def find_known_places(text: str, lex: Lexicon | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, cued) of known places written capitalised; "?" names only after a place word."""
    lex = lex or lexicon()
    idx = place_index()
    out: list[tuple[int, int, bool]] = []
    last_end = 0
    for m in _CAP_WORD.finditer(text):
        s = m.start()
        if s < last_end:
            continue
        cands = idx.get(_key(m.group(0)))
        if not cands:
            continue
        p = _match_at(text, s, cands, lower=False)
        if p is None:
            continue
        if " " in p.low and not p.cued and _street_goes_on(text, s + len(p.low), p, lex):
            # "Manchester Piccadilly Gardens", "Bedford Midland Road": the town, then a street or
            # square named on from the station, not the station.
            p = _match_at(text, s, tuple(c for c in cands if len(c.low) < len(p.low)), lower=False)
            if p is None:
                continue
        if p.cued:
            cue = _cue_before(text, s)
            if cue is None and not p.forename and out and _LIST_GAP.fullmatch(text, out[-1][1], s):
                cue = "in"  # "in Anfield and Walton": the next place of a list of places
            if cue is None and not p.forename and s in _chain_towns(text):
                cue = "in"  # "Esso Holbeach": a chain's branch town
            if cue is None or (p.forename and cue not in _STRONG):
                continue
            if _NEXT_CAP.match(text, s + len(p.low)):
                continue  # "near Barry Island", "in Walker Street": part of a longer name
            sur = _NEXT_SURNAME.match(text, s + len(p.low))
            if sur and not lex.not_a_name_word(sur[1]) and sur[1].lower() not in lex.place_words:
                continue  # "linked to Elton DUKA": a forename before the police SURNAME, not the village
        elif _after_person_word(text, s, lex) and " " not in p.low:
            continue
        out.append((s, s + len(p.low), p.cued))
        last_end = s + len(p.low)
    return out


def known_place_at_start(text: str, s: int) -> bool:
    """An unmarked known place, capitalised, starts at ``s`` and ends there as a word
    ("Wolverhampton." but not "Walsall Road")."""
    m = _CAP_WORD.match(text, s)
    if not m:
        return False
    cands = place_index().get(_key(m.group(0)))
    if not cands:
        return False
    p = _match_at(text, s, tuple(c for c in cands if not c.cued), lower=False)
    return p is not None and not _NEXT_CAP.match(text, s + len(p.low))


def known_place_at(text: str, s: int) -> int | None:
    """End of an unmarked known place written in lower case starting at ``s`` ("bransholme")."""
    m = _LOWER_WORD.match(text, s)
    if not m:
        return None
    cands = place_index().get(m.group(0).translate(_APOS).rstrip("'"))
    if not cands:
        return None
    p = _match_at(text, s, tuple(c for c in cands if not c.cued), lower=True)
    return None if p is None else s + len(p.low)


def is_known_place(text: str) -> bool:
    """The whole text is one unmarked known place, capitalised ("Leeds", "STOKE-ON-TRENT")."""
    t = text.strip()
    m = _CAP_WORD.match(t)
    if not m:
        return False
    cands = place_index().get(_key(m.group(0)), ())
    p = _match_at(t, 0, tuple(c for c in cands if not c.cued), lower=False)
    return p is not None and len(p.low) == len(t)
