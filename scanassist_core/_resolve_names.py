"""Person-name comparison for resolution and SOI matching.

Forename equivalence comes from three sources, strongest first: another spelling of the same
name (Mohammed/Muhammad, Steven/Stephen: the UK supplement ``data/resolve_names.csv``), a
nickname (the ``nicknames`` package, i.e. carltonnorthern's names.csv, Apache-2.0, plus the UK
supplement: Gaz, Baz, Shaz ...), and phonetics/fuzzy spelling (jellyfish metaphone, rapidfuzz)
for typos. Surnames compare by exact form, then metaphone plus a fuzzy floor (Smith/Smyth).
Everything is cached per distinct string because real data repeats names heavily.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jellyfish
from nicknames import NickNamer
from rapidfuzz import fuzz

__all__ = [
    "PName",
    "parse_name",
    "parse_parts",
    "forename_score",
    "surname_compatible",
    "surname_compatible_parts",
    "middles_compatible",
    "names_compatible",
    "person_variant_key",
    "surname_block",
    "display_name",
    "forename_identities",
    "forename_sex",
    "translit_key",
    "fold_accents",
    "leading_noise",
    "generation",
]

_DATA = Path(__file__).parent / "data" / "resolve_names.csv"
# Read-only: the extractor's forename lexicon; its '-- ... male' / '-- ... female' sections give
# the sex a name usually has, so sound-alike matching never pairs Lee with Leah or Kyle with Kayleigh.
_FORENAMES = Path(__file__).parent / "data" / "forenames.txt"

#: Forename relation scores; resolution treats >= FORENAME_SAME as the same forename.
FORENAME_SAME = 0.85
_INITIAL = 0.6
_CLIPPED = 0.9  # a clipped forename ('Lew' for Lewis) counts as a nickname
_ONE_MISSING = 0.5

_TITLES = frozenset(
    "mr mrs miss ms mx dr sir dame lord lady rev prof master det pc ps dc ds di sgt insp "
    "kak kaka haji hajji".split()  # Kurdish 'Kak' (brother) and 'Haji' honour a forename: 'Kak Rebwar'

)
# Surname particles: 'Ryan DE SOUZA' has the surname 'de souza', and a bare 'DE SOUZA' is a
# surname, not forename 'De' + surname 'Souza'. 'van' is also a forename, so it needs 3+ tokens.
_PARTICLES = frozenset("de da di du del della dos das von der den ten ter la le st".split())
# Arabic 'al'/'el' ('Omar Al Rashid') likewise, though 'Al' alone is also a forename.
_PARTICLES_3 = _PARTICLES | {"van", "al", "el"}
_PUNCT = re.compile(r"[^\w\s'\-,]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PName:
    """A parsed person name: lower-case parts, ``fore`` empty for a bare surname/alias."""

    fore: str
    middles: tuple[str, ...]
    sur: str
    initial: bool
    key: str = field(default="", compare=False)  # 'fore middles sur', filled by make()
    # Forename and surname both written ('John SMITH'), not an initial: a cluster node of its own.
    full: bool = field(default=False, compare=False)
    # 'Tomasz W', 'Stevie E.': a forename with only the surname's initial (a phone contact, a
    # victim's account) - a partial form, like an initial + surname.
    sur_initial: bool = field(default=False, compare=False)

    @staticmethod
    def make(fore: str, middles: tuple[str, ...], sur: str, initial: bool) -> "PName":
        key = " ".join(p for p in (fore, *middles, sur) if p)
        both = bool(fore) and not initial
        return PName(fore, middles, sur, initial, key, both and len(sur) > 1, both and len(sur) == 1)


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# Words a careless span can take in that are never part of a name: a role or relation before
# it ('Mum Karen', 'Occupants Jerm THOMAS'), a label after it ('Mason O'Sullivan AKA', '... D O B').
_LEADING_NOISE = frozenset(
    "mum mother dad father brother sister son daughter uncle aunt auntie nan nana nanna gran grandad "
    "grandma grandmother grandfather cousin partner girlfriend boyfriend wife husband stepdad stepmum "
    "victim suspect subject nominal driver passenger occupant occupants witness informant male female "
    "associate associates mentioned named youth juvenile child "
    # police record labels: detained/injured person, prisoner, the parties to an offence or a vehicle
    "dp ip prisoner nominal misper complainant offender accused co-accused defendant keeper owner "
    "tenant occupier resident".split()
)
# 'jnr'/'snr' say which generation, not part of the name: read by ``generation`` and kept apart there.
_GENERATIONS = {"jnr": "j", "junior": "j", "jr": "j", "jun": "j", "snr": "s", "senior": "s", "sr": "s", "sen": "s"}
_TRAILING_NOISE = frozenset(["aka", "dob", "nee", "born", *_GENERATIONS])


@lru_cache(maxsize=100_000)
def generation(written: str) -> str:
    """'j' for 'Dean COLE Jnr', 's' for 'Dean COLE (Snr)', else '': father and son share a name."""
    parts = written.rsplit(None, 1)
    if len(parts) < 2:
        return ""
    return _GENERATIONS.get(parts[1].strip(".,()").lower(), "")


_UNSPLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "ı": "i"})


def fold_accents(text: str) -> str:
    """'WIŚNIEWSKI' -> 'WISNIEWSKI', 'Łukasz' -> 'Lukasz': one system keeps diacritics, another drops them."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_UNSPLIT))
    return "".join(c for c in text if not unicodedata.combining(c))


def leading_noise(word: str) -> bool:
    """A role or record label a span took in before a name ('DP', 'Prisoner', 'Mum')."""
    return word.lower().strip(".:") in _LEADING_NOISE


def _clean_token(tok: str) -> str:
    t = fold_accents(tok).translate(_APOSTROPHES)
    if len(t) > 3 and t.endswith("'s"):  # a possessive a span took in: "McDONALD's car", "Aaron's phone"
        t = t[:-2]
    return t.strip("'-.").replace("'", "")


def _strip_noise(toks: list[str]) -> list[str]:
    """Drop label words a span took in at either end, keeping at least one token."""
    changed = True
    while changed and len(toks) > 1:
        changed = False
        if toks[-1] in _TRAILING_NOISE:
            toks, changed = toks[:-1], True
        elif len(toks) > 3 and toks[-3:] == ["d", "o", "b"]:
            toks, changed = toks[:-3], True
        elif toks[0] in _LEADING_NOISE:
            toks, changed = toks[1:], True
    return toks


@lru_cache(maxsize=200_000)
def parse_parts(fore: str, middle: str, sur: str, initial_only: bool = False) -> PName:
    """Name from already separated parts (extractor attrs)."""
    f = _clean_token(fore.lower().replace(".", " ").strip().split(" ")[0]) if fore.strip() else ""
    mids = tuple(_clean_token(m) for m in middle.lower().replace(".", " ").split() if _clean_token(m))
    s = " ".join(_clean_token(t) for t in sur.lower().replace(".", " ").split() if _clean_token(t))
    toks = [t for t in (f, *mids, *s.split()) if t]
    kept = _strip_noise(list(toks))
    if kept != toks:
        return parse_name(" ".join(kept))
    if not s and f:
        f, s = "", f
    return PName.make(f, mids, s, bool(initial_only) or len(f) == 1)


@lru_cache(maxsize=200_000)
def parse_name(text: str) -> PName:
    """Parse a written or key form: 'SMITH, John', 'J. SMITH', 'Mr John Paul Smith', 'smith'."""
    t = _PUNCT.sub(" ", str(text).translate(_APOSTROPHES).replace(".", ". ")).lower()
    if "," in t:
        sur, _, rest = t.partition(",")
        t = rest.replace(",", " ") + " " + sur
    toks = [_clean_token(x) for x in _SPACE.split(t) if _clean_token(x)]
    while toks and toks[0] in _TITLES and len(toks) > 1:
        toks = toks[1:]
    if "mc" in toks[:-1]:  # 'Aaron Mc Donald': Mc is never a name on its own
        k = toks.index("mc")
        if k < len(toks) - 1:
            toks = [*toks[:k], "mc" + toks[k + 1], *toks[k + 2 :]]
    toks = _strip_noise(toks)
    if not toks:
        return PName.make("", (), "", False)
    if len(toks) == 1:
        return PName.make("", (), toks[0], False)
    cut = len(toks) - 1
    while cut >= 1 and toks[cut - 1] in (_PARTICLES_3 if cut >= 2 else _PARTICLES):
        cut -= 1
    sur = " ".join(toks[cut:])
    if cut == 0:
        return PName.make("", (), sur, False)
    fore = toks[0]
    return PName.make(fore, tuple(toks[1:cut]), sur, len(fore) == 1)


def display_name(p: PName) -> str:
    """Police style: forenames in title case, SURNAME in capitals ('John Paul SMITH')."""
    fores = [w.title() if len(w) > 1 else w.upper() for w in (p.fore, *p.middles) if w]
    return " ".join([*fores, p.sur.upper()] if p.sur else fores)


# ---------------------------------------------------------------- forename tables


def _load_tables() -> tuple[dict[str, str], dict[str, set[str]], dict[str, set[str]]]:
    """(name -> spelling representative, nickname -> formal names, same from the UK list)."""
    spelling: dict[str, str] = {}
    extra_nicks: list[tuple[str, str]] = []
    also: list[tuple[str, str]] = []  # related for matching, never the formal name of a variant key
    banned: set[frozenset[str]] = set()
    with _DATA.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(line for line in fh if not line.startswith("#"))]
    for name1, rel, name2 in rows[1:]:
        if rel == "spelling_of":
            spelling[name2] = name1
            spelling.setdefault(name1, name1)
        elif rel == "has_nickname":
            extra_nicks.append((name1, name2))
        elif rel == "also_nickname":
            also.append((name1, name2))
        elif rel == "not_nickname":
            banned.add(frozenset((name1, name2)))
    lookup = NickNamer.default_lookup()
    for canon, nick in extra_nicks + also:
        lookup.setdefault(canon, set()).add(nick)
    canon_of: dict[str, set[str]] = {}
    for canon, nicks in lookup.items():
        for nick in nicks:
            if frozenset((canon, nick)) in banned:
                continue
            canon_of.setdefault(nick, set()).add(canon)
    uk: dict[str, set[str]] = {}
    for canon, nick in extra_nicks:
        uk.setdefault(nick, set()).add(canon)
    return spelling, canon_of, uk


_SPELLING, _CANON_OF, _UK_CANON_OF = _load_tables()


def _load_sexes() -> dict[str, str]:
    """forename -> 'm' or 'f' for names listed under only one sex ('' sections and both: absent)."""
    seen: dict[str, set[str]] = {}
    sex = ""
    try:
        lines = _FORENAMES.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    for line in lines:
        if line.startswith("#"):
            low = line.lower()
            sex = "f" if "female" in low else ("m" if "male" in low else "")
            continue
        if sex:
            for w in line.lower().split():
                seen.setdefault(w, set()).add(sex)
    with _DATA.open(encoding="utf-8") as fh:  # UK supplement: 'name,sex,m|f' rows
        for row in csv.reader(line for line in fh if not line.startswith("#")):
            if len(row) == 3 and row[1] == "sex" and row[2] in ("m", "f"):
                seen.setdefault(row[0], set()).add(row[2])
    return {w: next(iter(s)) for w, s in seen.items() if len(s) == 1}


_SEX = _load_sexes()


def _other_sex(a: str, b: str) -> bool:
    """Both names have a known usual sex and they differ (Lee/Leah, Kyle/Kayleigh)."""
    sa, sb = _SEX.get(_rep(a), _SEX.get(a, "")), _SEX.get(_rep(b), _SEX.get(b, ""))
    return bool(sa and sb and sa != sb)


def _rep(name: str) -> str:
    return _SPELLING.get(name, name)


@lru_cache(maxsize=100_000)
def _identities(name: str) -> frozenset[str]:
    """The formal names a forename may stand for, in spelling-representative form."""
    out = {_rep(name)}
    out.update(_rep(c) for c in _CANON_OF.get(name, ()))
    out.update(_rep(c) for c in _CANON_OF.get(_rep(name), ()))
    return frozenset(out)


def forename_identities(name: str) -> frozenset[str]:
    """Formal names (spelling representatives) a forename or nickname may stand for: an index key."""
    return _identities(name)


@lru_cache(maxsize=500_000)
def forename_score(a: str, b: str) -> float:
    """Evidence two forenames name the same person (1 same, .95 spelling, .9 nickname ...)."""
    if a == b:
        return 1.0 if a else _ONE_MISSING
    if not a or not b:
        return _ONE_MISSING
    if len(a) == 1 or len(b) == 1:
        return _INITIAL if a[0] == b[0] else 0.0
    if _rep(a) == _rep(b):
        return 0.95
    if _truncation(a, b) or _truncation(b, a) or _diminutive(a, b) or _diminutive(b, a):
        return _CLIPPED
    ia, ib = _identities(a), _identities(b)
    shared = ia & ib
    if shared:
        # A direct nickname/formal pair always counts. Two names linked only through a third
        # (Lee and Leah both of Ashley; Ben and Jamie both of Benjamin) count when they are not
        # a man's and a woman's name and the link is not one stray entry: they share two formal
        # names (Nate/Nat) or one of them stands for nothing else (Jim/Jimmy).
        if _rep(b) in ia or _rep(a) in ib:
            return 0.9
        if not _other_sex(a, b) and (len(shared) > 1 or len(ia) == 2 or len(ib) == 2):
            return 0.9
        return 0.0
    # Typos and unlisted transliterations: sound alike and look alike, but a man's name never
    # a woman's (Lee/Leah, Kyle/Kayleigh) unless a nickname table above related them.
    if _other_sex(a, b):
        return 0.0
    if min(len(a), len(b)) >= 4 and translit_key(a) == translit_key(b):  # Natalya/Natalia, Aleksy/Alexy
        return 0.85
    jw = jellyfish.jaro_winkler_similarity(a, b)
    if jellyfish.metaphone(a) == jellyfish.metaphone(b) and jw >= 0.8:
        return 0.85
    if min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 88:
        return 0.85
    return 0.0


def _sex_of(name: str) -> str:
    """Usual sex of a forename, or of every formal name a nickname stands for ('' if unknown/mixed)."""
    sx = _SEX.get(_rep(name), _SEX.get(name, ""))
    if sx:
        return sx
    sexes = {_SEX.get(i, "") for i in _identities(name) if i != _rep(name)}
    return next(iter(sexes)) if len(sexes) == 1 else ""


def forename_sex(name: str) -> str:
    """'m' or 'f' when the forename (or every formal name a nickname stands for) has one usual sex."""
    return _sex_of(name) if name else ""


def _truncation(short: str, long: str) -> bool:
    """'Lew' for Lewis, 'Den' for Dennis, 'Ellie' for Ellie-Mae: the clipped start of the longer
    name, the English way of shortening names not in any nickname table. Three letters or more,
    two or more cut (Joe/Joel, Dan/Dana are different names), never a man's for a woman's name."""
    if len(short) < 3 or len(long) < len(short) + 2 or not long.startswith(short):
        return False
    sa, sb = _sex_of(short), _sex_of(long)
    if sa == "m" and not sb and long[len(short):] in _FEMININE_TAILS:  # Paul/Paulette, Georg/Georgina
        return False
    return not (sa and sb and sa != sb)


# Pet-form endings added to a clipped stem: Danny (Dan-ny), Tomek (Tom-ek), Jonny, Stevie, Marko.
_PET_TAILS = ("ek", "ie", "ey", "y", "o", "ka", "ko", "ik")


def _diminutive(short: str, long: str) -> bool:
    """'Tomek' for Tomasz, 'Danny' for Daniel: a pet ending on the clipped start of the longer name
    (a doubled last consonant counts once), under the same rules as a plain clipped form. A pet form
    the nickname tables already explain (Kenny for Kenneth) is not guessed onto another name."""
    if short in _CANON_OF:
        return False
    for tail in _PET_TAILS:
        if short.endswith(tail) and len(short) > len(tail) + 2:
            stem = short[: -len(tail)]
            if len(stem) > 3 and stem[-1] == stem[-2]:
                stem = stem[:-1]
            if len(stem) >= 3 and not long.startswith(short) and _truncation(stem, long):
                return True
    return False


# Endings that make a woman's name of a man's (Paulette, Georgina, Roberta) when the lexicon has no sex for it.
_FEMININE_TAILS = frozenset("ette etta ine ina ene elle ella iella ienne ia ie".split())


@lru_cache(maxsize=100_000)
def surname_block(sur: str) -> str:
    """Blocking code: surnames that may match share it (metaphone of the last surname word)."""
    parts = sur.replace("-", " ").split()
    last = parts[-1] if parts else ""
    if len(parts) == 1 and last[:2] in ("al", "el") and len(last) >= 7:  # 'ALRASHID' meets 'AL-RASHID'
        last = last[2:]
    return jellyfish.metaphone(last) or last


@lru_cache(maxsize=500_000)
def surname_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if _joined(a) == _joined(b):  # 'al rashid', 'al-rashid', 'alrashid'; 'van der berg', 'vanderberg'
        return 0.95
    if len(a) >= 4 and translit_key(a) == translit_key(b):  # Nowak/Novak, Aleksandrov/Alexandrov
        return 0.9
    r = fuzz.ratio(a, b)
    # Short surnames one letter apart are usually different families (Hill/Hall, Reid/Reed).
    if surname_block(a) == surname_block(b) and (
        r >= (80 if min(len(a), len(b)) <= 4 else 75) or sorted(a) == sorted(b)  # Khan/Kahn
    ):
        return 0.9
    if r >= 88 and min(len(a), len(b)) >= 5:
        return 0.85
    return 0.0


# Letters different writers (and transliteration schemes) swap in one surname: the Polish/German w
# heard as v (Nowak/Novak), ks for x, ph for f, ck for k, y for i, doubled letters written once.
# A w is folded only before a vowel that is not a final e (Lowe and Love stay apart).
_TRANSLIT = (("ph", "f"), ("ck", "k"), ("x", "ks"), ("y", "i"), ("sch", "sh"), ("tch", "ch"))
_W_AS_V = re.compile(r"w(?=[aiou]|e.)")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def translit_key(sur: str) -> str:
    """A surname with spelling/transliteration variants folded (Nowak, Novak -> 'novak'), hyphens and
    spaces dropped; equal keys are the same surname written by different hands."""
    t = _joined(sur)
    for a, b in _TRANSLIT:
        t = t.replace(a, b)
    t = _W_AS_V.sub("v", t)
    return _DOUBLE.sub(r"\1", t)


def _joined(sur: str) -> str:
    return sur.replace(" ", "").replace("-", "")


def surname_compatible(a: str, b: str) -> bool:
    return surname_score(a, b) > 0


@lru_cache(maxsize=200_000)
def surname_compatible_parts(a: str, b: str) -> bool:
    """Surnames one person may carry: the same or a close spelling (Smith/Smythe), or one part of a double
    surname ('HUGHES-PARRY' written 'PARRY'); particles alone ('de') do not count."""
    if surname_score(a, b) > 0 or (surname_block(a) == surname_block(b) and fuzz.ratio(a, b) >= 70):
        return True
    pa = {t for t in a.replace("-", " ").split() if len(t) > 2 and t not in _PARTICLES_3}
    pb = {t for t in b.replace("-", " ").split() if len(t) > 2 and t not in _PARTICLES_3}
    return bool(pa & pb)


def middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names conflict only when both are given and the first ones differ."""
    if not a or not b:
        return True
    return forename_score(a[0], b[0]) >= _INITIAL


def names_compatible(a: str, b: str) -> float:
    """0..1 evidence that two written person names are the same person.

    1.0 for the same name; ~.9 for nickname/spelling variants with the same surname; .6 for an
    initial that fits; .5 when one side is a bare surname; low when surnames differ (the
    fuzzy similarity of the whole names, scaled below .35). Reordering ('SMITH, John'),
    titles and case are ignored.
    """
    pa, pb = parse_name(a), parse_name(b)
    if not pa.sur or not pb.sur:
        return 0.0
    s = surname_score(pa.sur, pb.sur)
    if s == 0.0:
        # a surname that matches the other's forename+surname reordered (e.g. 'John SMITH'
        # vs 'Smith John') is handled by parse_name; otherwise only whole-name similarity.
        return round(0.35 * fuzz.token_sort_ratio(pa.key, pb.key) / 100.0, 3)
    f = forename_score(pa.fore, pb.fore)
    if not middles_compatible(pa.middles, pb.middles):
        f *= 0.5
    return round(s * f, 3)


def person_variant_key(name: str) -> str:
    """Comparable form: 'forename surname', nickname/spelling mapped to one formal name.

    'SMITH, Johnny' -> 'john smith'; 'Muhammad ALI' -> 'mohammed ali'. Middle names are
    dropped; a nickname that may stand for several formal names (Terry) is kept as written.
    """
    p = parse_name(name)
    fore = p.fore
    if fore and not p.initial:
        fore = _formal(_rep(fore))
    return " ".join(x for x in (fore, p.sur) if x)


@lru_cache(maxsize=100_000)
def _formal(name: str) -> str:
    """The one formal name a nickname stands for (UK supplement first), else the name itself."""
    for table in (_UK_CANON_OF, _CANON_OF):
        cands = {_rep(c) for c in table.get(name, ())} - {name}
        if len(cands) == 1:
            return next(iter(cands))
        if cands:
            return name
    return name
