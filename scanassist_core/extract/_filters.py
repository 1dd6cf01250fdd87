"""Word lists (loaded from ``scanassist_core/data``) and the noise filters built on them.

The lists live in data files so an analyst can extend them without touching code; this module
only parses them once and answers questions such as "is this span officer boilerplate?".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Lexicon", "lexicon", "blocked_spans", "is_noise_text", "clean_key"]


def _read(name: str) -> str:
    return resources.files("scanassist_core").joinpath("data", name).read_text(encoding="utf-8")


def _sections(text: str) -> dict[str, list[str]]:
    """Parse ``[section]`` blocks: one-word lines split on spaces, keep multi-word lines whole
    only in sections written one entry per line (``known_orgs``, ``officer_line_labels``)."""
    out: dict[str, list[str]] = {}
    cur = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            out.setdefault(cur, [])
            continue
        out.setdefault(cur, []).append(line)
    return out


def _words(lines: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for line in lines for w in line.split())


@dataclass(frozen=True)
class Lexicon:
    forenames: frozenset[str]
    places: tuple[str, ...]
    titles: frozenset[str]
    ranks: frozenset[str]
    officer_labels: tuple[str, ...]
    nominal_labels: frozenset[str]
    cues: frozenset[str]
    determiners: frozenset[str]
    noise: frozenset[str]
    noise_phrases: frozenset[str]
    slang: frozenset[str]
    day_month: frozenset[str]
    common: frozenset[str]
    stop: frozenset[str]
    vehicle_makes: frozenset[str]
    vehicle_models: frozenset[str]
    street_suffixes: frozenset[str]
    org_suffixes: frozenset[str]
    lower_org_suffixes: frozenset[str]
    place_suffixes: frozenset[str]
    lower_place_suffixes: frozenset[str]
    known_orgs: tuple[str, ...]
    lower_ambiguous: frozenset[str]
    place_words: frozenset[str] = frozenset()  # known places, lower-cased (for membership tests)
    cued_places: tuple[str, ...] = ()  # places that are also words or names: need "in"/"near" first
    surnames: frozenset[str] = frozenset()  # frequent surnames that are not everyday words
    org_words: frozenset[str] = frozenset()  # known organisations, lower-cased
    diminutives: frozenset[str] = frozenset()  # short forms of known forenames (Cal, Tasha, Kay)
    role_words: frozenset[str] = frozenset()  # "Keeper", "Co-accused": a role written before a name

    def not_a_name_word(self, word: str) -> bool:
        """A word that never starts or ends a person's name when capitalised."""
        w = word.lower().strip(".")
        return (
            w in self.common
            or w in self.stop
            or w in self.noise
            or w in self.day_month
            or w in self.titles
            or w in self.ranks
        )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        STOP_WORDS = set()
    sec = _sections(_read("extract_lexicon.txt"))
    forenames = frozenset(
        w.lower()
        for line in _read("forenames.txt").splitlines()
        if not line.startswith("#")
        for w in line.split()
    )
    place_lines = [line.strip() for name in ("uk_places.txt", "uk_places_geonames.txt") for line in _read(name).splitlines()]
    place_lines = [x for x in place_lines if x and not x.startswith("#")]
    places = tuple(x for x in place_lines if not x.startswith("?"))
    cued_places = tuple(x[1:].strip() for x in place_lines if x.startswith("?"))
    noise_lines = sec.get("noise_words", []) + sec.get("noise_words_more", [])
    return Lexicon(
        forenames=forenames,
        places=places,
        titles=_words(sec["titles"]),
        ranks=_words(sec["officer_ranks"]),
        officer_labels=tuple(x.lower() for x in sec["officer_line_labels"]),
        nominal_labels=_words(sec["nominal_labels"]),
        cues=_words(sec["person_cues"]),
        determiners=_words(sec["determiners"]),
        noise=_words(noise_lines),
        noise_phrases=frozenset(
            " ".join(p) for line in noise_lines for p in _pairs(line.lower().split())
        ),
        slang=_words(sec["drug_slang"]),
        day_month=_words(sec["day_month"]),
        common=_words(sec["common_capitalised"]),
        stop=frozenset(w.lower() for w in STOP_WORDS),
        vehicle_makes=_words(sec["vehicle_makes"]),
        vehicle_models=_words(sec["vehicle_models"]),
        street_suffixes=_words(sec["street_suffixes"]),
        org_suffixes=_words(sec["org_suffixes"]),
        lower_org_suffixes=_words(sec["lower_org_suffixes"]),
        place_suffixes=_words(sec["place_suffixes"]),
        lower_place_suffixes=_words(sec["lower_place_suffixes"]),
        known_orgs=tuple(sec["known_orgs"]),
        lower_ambiguous=_words(sec["lower_ambiguous_forenames"]),
        place_words=frozenset(p.lower() for p in places),
        cued_places=cued_places,
        surnames=_words(sec.get("common_surnames", [])),
        org_words=frozenset(o.lower() for o in sec["known_orgs"]),
        diminutives=_diminutives(forenames, frozenset(_words(sec.get("not_diminutives", [])))),
        role_words=_words(sec.get("role_words", [])),
    )


def _diminutives(forenames: frozenset[str], refused: frozenset[str]) -> frozenset[str]:
    """Pet forms of the forenames we know ("Cal", "Tasha", "Kay"), from the ``nicknames`` package
    (carltonnorthern's names.csv). Reports name people by these all the time; forms that are
    also everyday words are refused by the ``not_diminutives`` lexicon section."""
    try:
        data = resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError):  # pragma: no cover - nicknames is a dependency
        return frozenset()
    out = set()
    for row in csv.reader(data.splitlines()):
        if len(row) == 3 and row[1] == "has_nickname" and row[0].strip().lower() in forenames:
            short = row[2].strip().lower()
            if short.isalpha() and len(short) >= 2 and short not in refused:
                out.add(short)
    return frozenset(out - forenames)


def _pairs(words: list[str]) -> list[list[str]]:
    return [words[i : i + 2] for i in range(len(words) - 1)]


_SPACE = re.compile(r"\s+")
_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


def clean_key(text: str) -> str:
    """Lower-case, straight apostrophes, no dots/commas, single spaces: the name-key form."""
    t = text.translate(_APOS).lower()
    t = re.sub(r"[^\w'\- ]+", " ", t)
    return _SPACE.sub(" ", t).strip(" -'")


_NUMISH = re.compile(r"\d")


#: Brands and bodies whose names are everyday words, beyond the known shops of the lexicon: the
#: model's "Apple chief executive", "sold on Amazon", "an Orange contract" are bodies.
_WORD_BRANDS = frozenset(
    "apple amazon next shell orange virgin sky three boots iceland halifax nationwide metro coral subway gap "
    "oasis mango jaguar mercury vodafone uber deliveroo monzo revolut starling tesla ford shelter refuge".split()
)


@lru_cache(maxsize=1)
def _name_like_words() -> frozenset[str]:
    """Words that are everyday English and also a name here: shops and brands ("Next", "Apple"),
    known places, forenames (also those that are words: "Grace") and surnames."""
    lex = lexicon()
    return (frozenset(o.lower() for o in lex.known_orgs) | lex.place_words | lex.forenames | lex.surnames
            | lex.lower_ambiguous | _WORD_BRANDS)


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    from ._orgs_places import _org_data  # lazy: _orgs_places reads this module

    return _org_data()["nationality_adjectives"] - lexicon().place_words


@lru_cache(maxsize=4096)
def plain_english_word(low: str, lex: Lexicon) -> bool:
    """"Minibus", "Fire", "Screenshots", "Controller", "Premises": one everyday English word
    (WordNet via the spaCy model, with plurals and inflections) and no shop, brand, place or
    name: a capital the model read as a body's name."""
    from ._gazetteer import place_index  # lazy: these modules read this one
    from ._orgs_places import _inflected_verb
    from ._truecase import _english

    if low in _name_like_words() or low in place_index() or len(low) < 3 or not low.replace("-", "").isalpha():
        return False
    t = _english()
    return (any(low in t[k] for k in ("noun", "verb", "adj", "adv"))
            or (low.endswith("s") and (low[:-1] in t["noun"] or low.endswith("es") and low[:-2] in t["noun"]))
            or _inflected_verb(low))


_CLOCK_FIRST = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:hrs?)?[ ]")


#: Selling, dating and adult-advert platforms a report names as where something was seen or
#: bought ("sold on Gumtree", "met on Plenty of Fish"): the medium, like Snapchat, not a body.
_PLATFORMS = frozenset(["gumtree", "ebay", "plenty of fish", "pof", "facebook marketplace", "vinted", "depop", "onlyfans",
                        "adultwork", "vivastreet", "tinder", "hinge", "bumble", "grindr", "badoo", "craigslist",
                        "preloved", "shpock", "etsy"])


def is_noise_text(text: str, lex: Lexicon | None = None) -> bool:
    """True when a candidate span is jargon, shouting, a date word, a number or a vehicle."""
    lex = lex or lexicon()
    t = _SPACE.sub(" ", text.translate(_APOS)).strip(" .,'\"-()")
    low = t.lower()
    if not t or _NUMISH.search(t) and not re.search(r"[A-Za-z]{3,}", t):
        return True
    if low in lex.noise or low in lex.noise_phrases or low in lex.day_month or low in lex.slang or low in _PLATFORMS:
        return True
    words = low.split()
    if all(w.strip(".") in lex.noise or w in lex.slang or w in lex.day_month or w in lex.stop for w in words):
        return True
    if len(words) >= 2 and words[0] in lex.vehicle_makes and (
        words[1] in lex.vehicle_models or words[1] in lex.vehicle_makes
    ):
        return True
    if words[0] in ("op", "op.", "operation"):
        return True
    if len(words) <= 2 and all(w in _nationalities() for w in words):
        return True  # "(Lithuanian, 29)", "translated from Slovak", "three Roma Slovak girls": no place, body or name
    if _CLOCK_FIRST.match(t):
        return True  # "22:40 Suspects left in a dark Golf": a log entry's time and first word, no name
    # Road numbers (A14, M62, B4123) and reference-number shapes.
    if re.fullmatch(r"[abm]\d{1,4}(\(m\))?", low) or re.fullmatch(r"[a-z]{0,4}\d[\w/\-]*", low):
        return True
    return False


def _rank_alt(lex: Lexicon) -> str:
    return "|".join(sorted((re.escape(r) for r in lex.ranks), key=len, reverse=True))


@lru_cache(maxsize=1)
def _block_patterns() -> tuple[re.Pattern[str], ...]:
    lex = lexicon()
    name = r"(?:[A-Z][A-Za-z'\u2019\-]+|[A-Z]\.?)"
    rank = re.compile(
        rf"(?<![\w])(?i:{_rank_alt(lex)})\.?(?:\s*/?\s*\d{{2,6}})?(?:\s+{name}){{1,3}}"
    )
    # Rank words match in any case; the name words after them must be capitalised.
    labels = "|".join(sorted((re.escape(x) for x in lex.officer_labels), key=len, reverse=True))
    # The label's line ends at a sentence stop ("Arresting officer: DC 2218 McVEIGH. Solicitor:
    # ..."), not at an initial's dot ("J. Smith") or one inside a word.
    label_line = re.compile(rf"(?im)\b(?:{labels})\b\s*[:\-]\s*(?:[^\n.]|\.(?!\s)|(?<![A-Za-z]{{2}})\.){{0,60}}")
    # Not the "op" of "CO-OP ON TOWN STREET" (a hyphenated word's tail).
    op = re.compile(r"(?<![\w\-])(?:Op|OP|Op\.|Operation|OPERATION|operation)\s+[A-Z][A-Za-z\-]+(?:\s+[A-Z][A-Za-z]+)?")
    collar = re.compile(r"\b(?:PC|PS|DC|DS|PCSO|SC)\s?\d{2,6}\b")
    return rank, label_line, op, collar


@lru_cache(maxsize=1)
def _description_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Spans that describe rather than name: a clothing brand worn ("black North Face jacket",
    "wearing Stone Island"), a language for an interpreter ("Kurdish Sorani interpreter",
    "interpreter (Tigrinya)", "speaks Pashto") and a label word before a body ("Solicitor Hadley &
    Co Solicitors"). The model reads the first two as places or bodies and the third as part of
    the name; blocking them keeps the model's span out and the rules' correct span in."""
    sec = _sections(_read("extract_lexicon.txt"))
    brands = "|".join(sorted((re.escape(b) for b in sec.get("clothing_brands", [])), key=len, reverse=True))
    garments = "|".join(sorted(_words(sec.get("garment_words", [])), key=len, reverse=True))
    langs = "|".join(sorted(_words(sec.get("languages", [])), key=len, reverse=True))
    labels = "|".join(sorted(_words(sec.get("org_label_words", [])), key=len, reverse=True))
    worn = re.compile(
        rf"(?<![\w'\-])(?P<x>(?i:{brands}))(?=[ ](?i:{garments})\b)"
        rf"|(?i:\bwearing|\bwears|\bwore|\bdressed[ ]in|\bclad[ ]in)[ ](?:(?i:a|an|the|his|her|their|all)[ ])?"
        rf"(?:[a-z]+[ ])?(?P<y>(?i:{brands}))(?![\w'\-])"
    )
    lang = rf"(?i:{langs})(?:[ ](?i:{langs}))?"
    spoken = re.compile(
        rf"(?<![\w'\-])(?P<x>{lang})(?=[ ](?i:interpreter|interpreters|translator|speaker|speaking|language|dialect)\b)"
        rf"|(?i:\binterpreter|\btranslator)[ ]?\([ ]?(?P<y>{lang})[ ]?\)"
        rf"|(?i:\bspeaks|\bspeaking|\bspoke|\blanguage:|\binterpreter:)[ ](?P<z>{lang})(?![\w'\-])"
    )
    label = re.compile(rf"(?<![\w'\-])(?P<x>(?i:{labels}))(?=[ ]*:?[ ]+[A-Z])")
    # Cheap gate: most reports name no clothing.
    garment = _words(sec.get("garment_words", [])) | {"wearing", "wears", "wore", "dressed", "clad"}
    return worn, spoken, label, garment


_LOW_WORD = re.compile(r"[a-z][a-z\-]*")
_LANGUAGE_CUES = ("interpret", "translat", "speak", "spoke", "language", "dialect")
_PAIR_GAP = re.compile(r"(?:[ \t]*(?P<j>&|and|AND)[ \t]+|(?P<j2>/))(?P<c>(?i:north|south|east|west|greater|central|mid)[ \t]+)?")
#: Cheap test before the gazetteer is read twice: a capital on both sides of "&", "and" or "/".
_PAIR_GATE = re.compile(r"[A-Z][A-Za-z'\-]*(?:[ \t]*&[ \t]*|[ \t]+(?:and|AND)[ \t]+|/)(?:(?i:north|south|east|west|greater|central|mid)[ \t]+)?[A-Z]")
_NEXT_TITLE = re.compile(r"[ \t]+[A-Z]")


def _place_pair_joins(text: str) -> list[tuple[int, int]]:
    """The "&", "and" or "/" joining two known places that end there ("Peterborough & South
    Lincolnshire", "Ilford/Seven Kings"): two places, which the model reads as one. A pair that goes on
    ("Bradford & Bingley Building Society") or is a known body keeps its "&"."""
    from ._gazetteer import find_known_places  # lazy: the gazetteer reads this module's lexicon

    lex = lexicon()
    places = find_known_places(text, lex)
    out = []
    for (s1, e1, _), (s2, e2, _) in zip(places, places[1:]):
        m = _PAIR_GAP.match(text, e1)
        if m is None or s2 not in (m.end(), m.start("c")) or _NEXT_TITLE.match(text, e2):
            continue
        if clean_key(text[s1:e2]) in lex.org_words:
            continue
        out.append(m.span("j") if m["j"] else m.span("j2"))
    return out


def _place_place_gaps(text: str) -> list[tuple[int, int]]:
    """The space between two known places written straight after each other ("Birmingham Small
    Heath", "Byker Newcastle", "Coventry Bell Green" in a note's view): a district and its town,
    two places, which the model reads as one. Not where a capitalised word goes on ("Leeds Bradford
    Airport") or the pair is a known body."""
    from ._gazetteer import find_known_places  # lazy: the gazetteer reads this module's lexicon

    lex = lexicon()
    places = find_known_places(text, lex)
    out = []
    for (s1, e1, _), (s2, e2, cued) in zip(places, places[1:]):
        same = text[s1:e1].lower() == text[s2:e2].lower()  # "found stroud stroud station": a slip, two words
        if s2 != e1 + 1 or text[e1] != " " or cued or _NEXT_TITLE.match(text, e2) or _STATION_AFTER.match(text, e2) and not same:
            continue
        if clean_key(text[s1:e2]) in lex.org_words:
            continue
        out.append((e1, s2))
    return out


#: "Exeter St David's station", "Manchester Piccadilly station": a station named by its town first.
_STATION_AFTER = re.compile(r"[ ](?i:station|stn|railway|train|bus[ ]station)\b")


@lru_cache(maxsize=1)
def _street_then_word() -> re.Pattern[str]:
    return re.compile(r"(?<=[a-z])[ ](?P<suf>[A-Z][a-z]*)(?=[ ][A-Z])")


def _street_town_gaps(text: str) -> list[tuple[int, int]]:
    """The space between a street and the known town written straight after it ("stopped
    Cannock Road Wolverhampton"): two places, which the model reads as one."""
    from ._gazetteer import known_place_at_start  # lazy: the gazetteer reads this module's lexicon

    out = []
    suffixes = lexicon().street_suffixes
    for m in _street_then_word().finditer(text):
        if m["suf"].lower() not in suffixes:
            continue
        if known_place_at_start(text, m.end() + 1):
            out.append((m.end(), m.end() + 1))
    return out


def _chain_town_gaps(text: str) -> list[tuple[int, int]]:
    """The space between a known chain and its branch town ("Shell Sleaford", "NatWest Kirkby
    Lonsdale"): a body and a place, which the model reads as one body."""
    from ._gazetteer import chain_town_pairs  # lazy: the gazetteer reads this module's lexicon

    return [(ts - 1, ts) for _, ce, ts, te in chain_town_pairs(text) if not _FORECOURT_AFTER.match(text, te)]


#: A filling station's site word after a brand and its town ("Esso Whitchurch garage"): one station.
_FORECOURT_AFTER = re.compile(r"[ ](?:garage|forecourt|services|service[ ]station|petrol[ ]station|filling[ ]station)\b")


#: Designators of bodies whose town is part of their own name ("Oasis Academy Oldham", "City College
#: Norwich", "Queen Elizabeth Hospital Birmingham"), social landlords ("... Homes Stoke") and taxi and
#: hire firms, licensed by district ("Swift Cars Edmonton"): the town stays inside.
TOWN_NAMED_BODIES = frozenset(
    "council school college academy academies hospital university infirmary hospice church mosque temple gurdwara "
    "synagogue primary secondary juniors infants nursery nurseries sixth high form trust authority tribunal "
    "commission federation association foundation partnership fc afc rfc homes housing "
    "cars cabs taxis minicabs chauffeurs motors".split()
)
_WORD_BEFORE = re.compile(r"(?<![\w'\-])(?P<d>[A-Z][A-Za-z'\-]*)[ ]\Z")
_BRANCH_AFTER = re.compile(r"(?:[ ]+[a-z]|[ ]*[.,;:)(\n]|[ ]*\Z)")


def _designated_town_gaps(text: str) -> list[tuple[int, int]]:
    """The space between a business's capitalised designator and a known town or district written
    straight after it ("Premier Hand Car Wash Aston", "Pretty Nails Walsall", "Cumberland Building
    Society Carlisle"): the town names the branch and is a place of its own, as most annotators of
    independent sets mark it; the model reads the two as one body. Schools, hospitals, councils and
    clubs carry their town in their own name and keep it."""
    from ._gazetteer import find_known_places  # lazy: the gazetteer reads this module's lexicon

    lex = lexicon()
    out = []
    for s, e, _ in find_known_places(text, lex):
        m = _WORD_BEFORE.search(text, max(0, s - 32), s)
        if m is None or not _BRANCH_AFTER.match(text, e):
            continue
        d = m["d"].lower()
        if d not in lex.org_suffixes or d in TOWN_NAMED_BODIES:
            continue
        before = text[max(0, m.start() - 40) : m.start()].rstrip(" ")
        if not before or not before.split()[-1][:1].isupper() and before.split()[-1] not in ("&", "and"):
            continue  # "the bank Carlisle": no name before the designator
        if clean_key(f"{before.split()[-1]} {m['d']} {text[s:e]}") in lex.org_words:
            continue
        out.append((s - 1, s))
    return out


#: A venue named word-first ("Club Luxe", "Bar 36", "Hotel Indigo", "Cafe Nero"), then a known town
#: written straight after it ("Club Luxe Newcastle", "Bar 36 Quayside"): the town places the venue.
VENUE_FIRST = re.compile(r"(?<![\w'\-])(?:Club|Bar|Hotel|Cafe|Caf\u00e9)[ ](?P<n>[A-Z0-9][\w'\u2019\-]*(?:[ ][A-Z0-9][\w'\u2019\-]*)?)(?=[ ][A-Z])")
_VENUE_LITERALS = ("Club ", "Bar ", "Hotel ", "Cafe ", "Caf\u00e9 ")
_CAP_BEFORE = re.compile(r"[A-Z][\w'\-]*[ ]\Z")


def venue_town_splits(text: str) -> list[tuple[int, int, int]]:
    """(start, end, town start) of each venue named word-first ("Club Luxe") written straight before a
    known town ("... Newcastle for NE Secure"). Not a word-last designator ("Rotary Club Pontypridd"
    is read from "Club" by the designator rules) and not a town that runs on into a capitalised word."""
    if not any(w in text for w in _VENUE_LITERALS):
        return []
    from ._gazetteer import is_known_place, known_place_at_start  # lazy: the gazetteer reads this module's lexicon

    out = []
    for m in VENUE_FIRST.finditer(text):
        if _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        words = m["n"].split(" ")
        for k in range(1, len(words) + 1):
            name_end = m.start("n") + len(" ".join(words[:k]))
            if is_known_place(" ".join(words[:k])):
                break  # "Hotel Leeds", "Bar Birmingham": no name before the town
            if known_place_at_start(text, name_end + 1):
                out.append((m.start(), name_end, name_end + 1))
                break
    return out


#: A street named straight after a body ("HSBC Market Street branch", "Tesco Bourges Boulevard",
#: "Glow Up Nails Walworth Road"): the street places the branch; two subjects, as every report set
#: marks them, which the model reads as one place or body.
_BODY_THEN_STREET = re.compile(
    r"(?<![\w'\-])(?P<b>[A-Z][A-Za-z'\-&]*(?:[ ][A-Z][A-Za-z'\-&]*){0,3})[ ](?P<st>(?:[A-Z][a-z'\-]+[ ]){1,2}"
    r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Crescent|Cres|Drive|Close|Parade|Boulevard|Terrace|Way|Place|Square)"
    r"(?:[ ](?:East|West|North|South))?)(?![\w'\-])"
)


def _body_street_gaps(text: str) -> list[tuple[int, int]]:
    from ._gazetteer import _WORD_CHAINS  # lazy: the gazetteer reads this module's lexicon

    lex = lexicon()
    chains = lex.org_words | _WORD_CHAINS
    out = []
    for m in _BODY_THEN_STREET.finditer(text):
        words = m["b"].split()
        st_first = m["st"].split()[0].lower()
        if st_first in chains or st_first in lex.org_suffixes and len(m["st"].split()) > 2:
            continue  # "Tesco Express Marine Parade" is read from "Express"; the regex took a body word
        last = words[-1].lower()
        body = (last in lex.org_suffixes and last not in TOWN_NAMED_BODIES and len(words) >= 2) or any(
            " ".join(words[i:]).lower() in chains for i in range(len(words)))
        if body:
            out.append((m.start("st") - 1, m.start("st")))
    return out


_STREET_WORD_GATE = re.compile(r"[A-Za-z][ ][A-Z][a-z'\-]+[ ](?:[A-Z][a-z'\-]+[ ])?(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Crescent|Cres|Drive|Close|Parade|Boulevard|Terrace|Way|Place|Square)\b")
_NAME_IN_PLACE = re.compile(r"(?P<w>[A-Z][\w'\u2019\-]*)(?P<gap>[ ]in)[ ](?P<n>[A-Z][a-z][\w'\-]*)")
_COUNCIL_THEN_NAME = re.compile(r"(?<=[A-Za-z] Council)[ ](?=[A-Z][A-Za-z])")
#: A spaced dash or slash separates a heading from its text or two items ("SAR - Sterling Forex
#: Bureau", "Stop - Kingsway", "Dyfed-Powys / South Wales"): no name runs across one.
_SPACED_DASH = re.compile(r"[ \t]+[-\u2013\u2014/][ \t]+")
_PLACE_POLICE = re.compile(r"(?<![\w'\-])(?P<p>[A-Z][A-Za-z'\-]+(?:[ ](?:and[ ])?[A-Z][A-Za-z'\-]+){0,2})(?=[ ](?:Police|POLICE|police|Constabulary|CONSTABULARY)\b)")
#: A sector word between an area and its police team's label ("Burnley South NPT", "Leeds North West
#: NPU", "Bolton Central Safer Neighbourhood Team"): the team is a police unit (not annotated) and
#: the sector word belongs to it, so no body or place runs over it; the area before it stays a place.
_TEAM_SECTOR = re.compile(
    r"(?<=[A-Za-z])[ ](?P<s>(?i:north|south|east|west|central|centre|rural|urban|inner|outer)"
    r"(?:[ ](?i:north|south|east|west|central|rural))?)[ ]+"
    r"(?=(?:NPT|SNT|NHT|NPU|LPU|npt|snt|nht|npu|lpu|(?i:safer[ ])?(?i:neighbourhoods?)[ ](?i:policing[ ])?(?i:team|unit))\b)"
)
#: A force named by its area in brackets after "Police" ("Police (Humberside) informed", "Info to
#: police (Durham, PSNI)"): forces are not annotated, and no report set marks the area there as a
#: place (areas before "officers" are left alone: sets differ there).
_POLICE_BRACKET = re.compile(r"(?i:police)[ ]?\((?P<a>[A-Z][^()\n\d]{1,40})\)")
_ACCENT = re.compile(r"(?<![\w'\-])[A-Z][a-z'\-]+(?:[ ][A-Z][a-z'\-]+)?(?=[ ](?:accent|accents|twang)\b)")


@lru_cache(maxsize=1)
def _name_on_street() -> re.Pattern[str]:
    sufs = "|".join(sorted((s.capitalize() for s in lexicon().street_suffixes), key=len, reverse=True))
    return re.compile(rf"(?P<w>[A-Z][\w'\u2019\-]*)(?P<gap>[ ]on)[ ](?P<n>[A-Z][\w'\-]+)(?:[ ][A-Z][\w'\-]+){{0,2}}[ ](?:{sufs})\b")


#: Police force areas (England, Wales, Scotland's divisions, the short forms police write): a
#: force is not annotated, so where the writing names the force the area is no place.
_FORCE_AREA_NAMES = (
    "avon and somerset|avon & somerset|devon and cornwall|devon & cornwall|dyfed-powys|dyfed powys|"
    "thames valley|west mercia|west midlands|west yorkshire|south yorkshire|north yorkshire|greater manchester|"
    "south wales|north wales|city of london|bedfordshire|cambridgeshire|cheshire|cleveland|cumbria|derbyshire|"
    "dorset|durham|essex|gloucestershire|gwent|hampshire|hertfordshire|humberside|kent|lancashire|leicestershire|"
    "lincolnshire|merseyside|norfolk|northamptonshire|northumbria|nottinghamshire|staffordshire|suffolk|surrey|"
    "sussex|warwickshire|wiltshire|somerset|devon|cornwall|fife|lincs|glos|notts|herts|cambs|lancs|leics|derbys|"
    "northants|warks|staffs|wilts|hants|beds|avon"
)
_AREA = rf"(?:{_FORCE_AREA_NAMES})"
_FORCE_AREA_SET = frozenset(_FORCE_AREA_NAMES.split("|"))
#: Written after a hand-over verb the area is the force that receives the intelligence ("known to
#: Norfolk.", "shared with Somerset:", "pass to lancs"), when nothing capitalised follows (that
#: would be the area's council or service).
_FORCE_HANDOVER = re.compile(
    rf"(?i:\b(?:known|pass|passed|sent|referred|referral|disseminated|flagged|handed(?:[ ]over)?|reported)[ ]to"
    rf"|\b(?:shared|liaise|liaised|liaising)[ ]with)[ ]+(?P<a>(?i:{_AREA}))(?=[ ]*(?:[.,;:)!?\n]|$|[ ]+[a-z]))"
)
#: Two areas named as one force ("Devon & Cornwall", "Avon and Somerset") or two forces side by side
#: ("Notts/Derbys", "Dyfed-Powys / South Wales"): the forces when written as a heading or before a
#: team ("POLIT - Devon & Cornwall - warrant", "Referral to Devon and Cornwall POLIT"), not as places
#: travelled ("touring Devon and Cornwall with the van").
_FORCE_PAIR = re.compile(
    rf"(?<![\w'\-])(?P<a>(?i:{_AREA}[ ]*/[ ]*{_AREA}"
    rf"|devon[ ]*(?:&|and)[ ]*cornwall|avon[ ]*(?:&|and)[ ]*somerset|dyfed[- ]powys))(?![\w'\-])"
)
_HEADING_BEFORE = re.compile(r"(?:^|\n|[-(:][ ]*|(?i:\b(?:to|with|by)[ ]+))\Z")
_HEADING_AFTER = re.compile(
    r"[ ]*(?:$|\n|[-/):]|[ ]+(?:[A-Z]{3,}\b|(?i:police|constabulary|intel|team|unit|force|officers?|division)\b))"
)
#: A service named with its area after it ("Probation Wales", "NPS Staffordshire", "Fife Division").
_SERVICE_AREA = re.compile(
    rf"(?<![\w'\-])(?:(?:Probation|PROBATION|NPS|CRC)[ ]+(?P<a>(?i:{_AREA}|wales|scotland))(?![\w'\-])"
    rf"|(?P<b>(?i:{_AREA}))[ ]+(?:Division|DIVISION)\b)"
)
#: The words without which ``_SERVICE_AREA`` cannot match (its cheap gate).
_SERVICE_AREA_WORDS = ("Probation", "PROBATION", "NPS", "CRC", "Division", "DIVISION")


#: The warrant phrase before a court's name is never part of it ("WANTED ON WARRANT (FAIL TO APPEAR
#: SUNDERLAND MAGISTRATES COURT)": the model read "APPEAR SUNDERLAND ..." as one place).
_FAIL_TO_APPEAR = re.compile(r"(?i:\bfail(?:ed|s|ing)?[ ]to[ ](?:appear|attend|surrender)(?:[ ](?:at|before))?)(?![\w'\-])")


_COMPASS_TEAM = r"(?:[ ]+(?:North|South|East|West|Central|City(?:[ ]Centre)?|Centre|NORTH|SOUTH|EAST|WEST|CENTRAL|CITY(?:[ ]CENTRE)?|CENTRE|NE|NW|SE|SW|N|S|E|W))?"
_AREA_WORDS = r"(?P<a>[A-Z][A-Za-z'\-]+(?:[ ][A-Z][A-Za-z'\-]+)?" + _COMPASS_TEAM + ")"
_SHIFT = r"(?i:handover|hand[ ]over|earlies|lates|nights|(?:early|late|night|day)[ ](?:turn|shift)(?:[ ]handover)?)"
#: A shift handover heading names the policing area's team, not a place visited ("Torquay earlies -",
#: "Coventry North handover", "Handover - Leeds East nights", "Nights handover Bradford W",
#: "Days to lates - Nottingham City Centre"): only on a line of its own start.
_SHIFT_AREA = re.compile(
    rf"(?m)^[ \t]*(?:(?:(?i:(?:(?:days|earlies|lates|nights|night|late|early|day)[ ]+(?:to[ ]+(?:days|earlies|lates|nights)[ ]+)?)?"
    rf"(?:handover|hand[ ]over)|(?:days|earlies|lates|nights)[ ]+to[ ]+(?:days|earlies|lates|nights)))[ ]*[-:\u2013]?[ ]*"
    + _AREA_WORDS.replace("?P<a>", "?P<b>") + r"(?![\w'\-])"
    + rf"|{_AREA_WORDS}[ ]+{_SHIFT}(?=[ ]*(?:$|[-:\u2013*(])))"
)


def _shift_area_spans(text: str) -> list[tuple[int, int]]:
    from ._gazetteer import known_place_at_start  # lazy: the gazetteer reads this module's lexicon

    out: list[tuple[int, int]] = []
    for m in _SHIFT_AREA.finditer(text):
        g = "a" if m["a"] else "b"
        a = m.start(g)
        first = text[a : m.end(g)].split(" ")[0]
        if known_place_at_start(text, a) or known_place_at_start(first.title(), 0) or first.lower() in _FORCE_AREA_SET:
            out.append(m.span(g))
    return out


def _force_area_spans(text: str) -> list[tuple[int, int]]:
    """Force areas that name the force, not the place (forces are not annotated)."""
    out: list[tuple[int, int]] = []
    for m in _FORCE_HANDOVER.finditer(text):
        out.append(m.span("a"))
    # Both area regexes try dozens of names at every position; a pair needs a slash or one of the
    # three joined names, a service one of its six words, so most texts skip them (same spans).
    whole_low = text.lower()
    if "/" in text or "devon" in whole_low or "avon" in whole_low or "dyfed" in whole_low:
        for m in _FORCE_PAIR.finditer(text):
            if _HEADING_AFTER.match(text, m.end()) or _HEADING_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                out.append(m.span("a"))
    if "ppear" in text or "PPEAR" in text or "ttend" in text or "TTEND" in text or "urrender" in text or "URRENDER" in text:
        out.extend(m.span() for m in _FAIL_TO_APPEAR.finditer(text))
    low = text[:400].lower()
    if "handover" in low or "hand over" in low or "earlies" in low or "lates" in low or "nights" in low or " turn" in low:
        out.extend(_shift_area_spans(text))
    if any(w in text for w in _SERVICE_AREA_WORDS):
        for m in _SERVICE_AREA.finditer(text):
            out.append(m.span("a") if m["a"] else m.span("b"))
    return out


def _described_spans(text: str) -> list[tuple[int, int]]:
    """Gaps and words the model reads into a wrong span: a spaced dash or slash; a place naming its
    police force ("with Glos police": forces are not annotated); a council's team after its name ("Bristol
    City Council First Response": the council ends at "Council", the guideline's body); a business
    "on" its street or "in" its town ("Lamb's Patties on Princess Road", "the Bull Inn in
    Shettleston": two subjects, not one place); a place that
    only describes a voice ("a London accent", "West Country accent": no place was visited)."""
    from ._gazetteer import is_known_place  # lazy: the gazetteer reads this module's lexicon

    out: list[tuple[int, int]] = []
    if " Council " in text:
        out.extend(m.span() for m in _COUNCIL_THEN_NAME.finditer(text))
    if " - " in text or " / " in text or "\u2013" in text or "\u2014" in text:
        out.extend(m.span() for m in _SPACED_DASH.finditer(text))
    if "olice" in text or "OLICE" in text or "onstabulary" in text or "ONSTABULARY" in text:
        places = lexicon().place_words
        for m in _PLACE_POLICE.finditer(text):
            p = m["p"]
            words = p.split()
            for i in range(len(words)):
                if " ".join(words[i:]).lower() in places:
                    out.append((m.end("p") - len(" ".join(words[i:])), m.end("p")))  # "Glos police": the force
                    break
    if " on " in text:
        lex = lexicon()
        for m in _name_on_street().finditer(text):
            before = text[max(0, m.start() - 3) : m.start()].rstrip(" ")
            if not before or before[-1] in ".:;!?-\n(\"" or lex.not_a_name_word(m["w"]):
                continue  # "Stopped on Stafford Road": a sentence's first word, not a name
            if not is_known_place(f"{m['w']} on {m['n']}"):  # "Stoke on Trent", "Burton on Trent"
                out.append(m.span("gap"))
    if " in " in text:
        from ._gazetteer import known_place_at_start

        for m in _NAME_IN_PLACE.finditer(text):
            if known_place_at_start(text, m.start("n")) and not is_known_place(f"{m['w']} in {m['n']}"):
                out.append(m.span("gap"))  # "the Bull Inn in Shettleston": a pub, then its district
    if "NPT" in text or "SNT" in text or "NHT" in text or "NPU" in text or "LPU" in text or "eighbourhood" in text \
            or " npt" in text or " snt" in text or " nht" in text or " npu" in text or " lpu" in text:
        out.extend(m.span("s") for m in _TEAM_SECTOR.finditer(text))
    if "olice (" in text or "OLICE (" in text or "olice(" in text:
        out.extend(m.span("a") for m in _POLICE_BRACKET.finditer(text))
    if "accent" in text or "twang" in text:
        out.extend(m.span() for m in _ACCENT.finditer(text))
    out.extend(_force_area_spans(text))
    return out


@lru_cache(maxsize=1)
def _words_then_street() -> re.Pattern[str]:
    suf = "|".join(sorted((w.title() for w in lexicon().street_suffixes if w.isalpha()), key=len, reverse=True))
    return re.compile(rf"(?<![\w'\-])(?:[A-Z][a-z]+[ ]){{2,4}}(?:{suf})(?![\w\-])")


#: A note's verb opening its clause before a capitalised name, the subject left unsaid ("Uses
#: Hawala Horn Express in ...", "Re-visit Queen Nails, Hanley", "Attended Bright Smile Dental"):
#: never part of the name (the model reads it in as the body's first word).
_NOTE_VERB_OPENING = re.compile(
    r"(?:U(?:ses|sed)|V(?:isited)|R(?:evisit(?:ed)?|e-visit(?:ed)?|uns|ang|aided)|A(?:ttended|waiting)|O(?:wns|wned)|"
    r"M(?:anages|anaged)|E(?:mploys)|F(?:requents|requented|requent)|C(?:ontacted)|P(?:honed|ending)|S(?:earched))"
    r"(?=[ ]+[A-Z][a-z])"
)
_CLAUSE_BEFORE = re.compile(r"(?:\A|\n|[.;:(])[ \t]*\Z")


def _note_verb_openings(text: str) -> list[tuple[int, int]]:
    out = [m.span() for m in _NOTE_VERB_OPENING.finditer(text) if _CLAUSE_BEFORE.search(text, max(0, m.start() - 3), m.start())]
    if "atrol" in text or "ATROL" in text:
        out.extend(m.span("p") for m in _PATROL_OPENING.finditer(text)
                   if _CLAUSE_BEFORE.search(text, max(0, m.start() - 3), m.start()))
    return out


#: A patrol log opening its clause with the patrol before the area ("patrol sighthill and springburn",
#: "Foot patrol Hartcliffe", "NTE patrol Bigg Market"): the patrol word is the writer's, never part of
#: the place the model reads after it.
_PATROL_OPENING = re.compile(
    r"(?:(?i:foot|beat|mobile|nte|high[- ]vis|plain[- ]clothes|regular|routine|reassurance|school)[ ]+)?"
    r"(?P<p>[Pp]atrol(?:led|ling|s)?|PATROL(?:LED|LING|S)?)(?=[ ]+(?:of[ ]+|in[ ]+|around[ ]+)?[A-Za-z])"
)


@lru_cache(maxsize=1)
def _title_street_suffixes() -> frozenset[str]:
    """The words ``_words_then_street`` can end on, in lower case: a text holding none of them as a
    word (most) cannot match it, so ``blocked_spans`` skips the scan."""
    return frozenset(w.title().lower() for w in lexicon().street_suffixes if w.isalpha())


def _note_words_before_streets(text: str) -> list[tuple[int, int]]:
    """"Lives Grafton Street", "Gone On Foot Twds Harehills Lane" (a re-cased note): the sentence
    words run into a street named without a number belong to no name (the street rule cuts them
    off; blocking them keeps a longer guess from the model out too)."""
    from ._orgs_places import _street_without_note_words  # lazy: _orgs_places reads this module
    from ._types import Found

    out = []
    for m in _words_then_street().finditer(text):
        f = Found("LOCATION", m.start(), m.end(), m.group(0), "", "rule")
        g = _street_without_note_words(text, f, lexicon())
        if g.start > f.start:
            out.append((f.start, g.start - 1))
    if out and (" and " in text or " & " in text or " AND " in text):
        from ._orgs_places import _pub_pairs  # "The Crown & Anchor Ferndale Rd": the pub's noun is no note word
        pubs = [(f.start, f.end) for f in _pub_pairs(text)]
        out = [(s, e) for s, e in out if not any(a <= s and e <= b for a, b in pubs)]
    return out


#: "Celtic v Rangers", "R v Smith": the "v" between two names joins two sides, never one name.
_VERSUS = re.compile(r"(?<=[A-Za-z][ ])vs?(?=[ ][A-Z])")


#: Vans, pick-ups and slang for makes that the list of models lacks ("the Merc", "a white Vivaro").
_MORE_MODELS = frozenset("merc merk beemer vivaro hilux sprinter navara crafter vito trafic movano ducato transporter".split())
_VEHICLE_WORD = re.compile(
    r"(?<![\w'\-])(?:(?i:a|an|the|his|her|their|same|white|black|silver|grey|gray|red|blue|green|dark|"
    r"light|from|stolen|clone[ds]?)[ ])(?P<m>[A-Z][a-z]+[0-9]?|[A-Z][a-z]*-[A-Za-z]+)(?![\w\-'\u2019]|[ ][A-Z][a-z])"
)


def _vehicle_words(text: str) -> list[tuple[int, int]]:
    """A model written alone after an article, owner or colour ("in the Merc", "a white Vivaro",
    "cats stripped from Priuses") is the vehicle: no body or place. A known forename or surname
    ("the Cooper family") is left to the person rules."""
    lex = lexicon()
    models = lex.vehicle_models | _MORE_MODELS
    out: list[tuple[int, int]] = []
    for m in _VEHICLE_WORD.finditer(text):
        low = m["m"].lower()
        base = low[:-2] if low.endswith("es") and low[:-2] in models else low[:-1] if low.endswith("s") and low[:-1] in models else low
        if base in models and low not in lex.forenames and low not in lex.surnames and low not in lex.place_words:
            out.append(m.span("m"))
    return out


#: Police shorthand for the night-time economy (patrols, briefings, licensing): never a name's part.
_NTE_WORD = re.compile(r"(?<![\w'\-])(?:NTE|nte)(?![\w'\-])")


#: "SPARKLE HAND CAR WASH LIMITED & KRASNIQI ENTERPRISES LTD", "Ace Freight Ltd and Kestrel Haulage
#: Ltd": a legal form closes one company, so "&" or "and" after it starts the next, never joins one.
_LEGAL_JOIN = re.compile(r"(?<![\w\-])(?:Ltd|LTD|Limited|LIMITED|LLP|PLC|plc|LLC|Inc|GmbH)\.?[ ]+(?P<j>&|and|AND)[ ]+(?=[A-Z0-9])")
_LEGAL_LITERALS = ("Ltd", "LTD", "Limited", "LIMITED", "LLP", "PLC", "plc", "LLC", "Inc", "GmbH")


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans that never hold a subject: officer names with rank/collar number, "Officer in
    case: ..." lines, and operation names."""
    rank, label_line, op, collar = _block_patterns()
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = rank.search(text, pos)
        if m is None:
            break
        first = re.match(r"[A-Za-z]+", m.group(0))
        word = first.group(0) if first else ""
        # Short ranks must be written in capitals ("PC", "DC") to count; long ones in any case.
        skip = len(word) <= 4 and word.lower() not in ("sgt", "insp", "supt", "det") and not word.isupper()
        # ... unless a collar number follows: "ds 6546 JONES" in a hasty note is still an officer.
        skip = skip and not re.match(r"[A-Za-z]+\.?\s*/?\s*\d{3,6}\s", m.group(0))
        # "officer Smith" is rare; "officers attended" must not block.
        skip = skip or (word.lower() == "officer" and not re.match(r"\w+\s*\d", m.group(0)))
        if skip:
            pos = m.start() + max(1, len(word))  # "officer PC 5523 DAVIES": retry at "PC"
            continue
        out.append(m.span())
        pos = m.end()
    for pat in (label_line, op, collar):
        out.extend(m.span() for m in pat.finditer(text))
    if _PAIR_GATE.search(text):
        out.extend(_place_pair_joins(text))
    out.extend(_street_town_gaps(text))
    out.extend(_place_place_gaps(text))
    out.extend(_chain_town_gaps(text))
    out.extend((e, t) for _, e, t in venue_town_splits(text))
    if ("&" in text or "and " in text or "AND " in text) and any(w in text for w in _LEGAL_LITERALS):
        out.extend(m.span("j") for m in _LEGAL_JOIN.finditer(text))
    low_words = _LOW_WORD.findall(text.lower())
    if not lexicon().org_suffixes.isdisjoint(low_words):
        out.extend(_designated_town_gaps(text))
    if _STREET_WORD_GATE.search(text):
        out.extend(_body_street_gaps(text))
    if not _title_street_suffixes().isdisjoint(low_words):
        out.extend(_note_words_before_streets(text))
    out.extend(_note_verb_openings(text))
    if "NTE" in text or "nte" in text:  # "NTE Leeds - Call Lane", "the Whitby NTE briefing": the night-time economy
        out.extend(m.span() for m in _NTE_WORD.finditer(text))
    if " v " in text or " vs " in text:
        out.extend(m.span() for m in _VERSUS.finditer(text))
    out.extend(_vehicle_words(text))
    out.extend(_described_spans(text))
    out.extend(m.span() for m in _DATE_WORDS.finditer(text))
    worn, spoken, label, garment = _description_patterns()
    low = text.lower()
    if not garment.isdisjoint(low_words):
        out.extend(m.span(m.lastgroup or 0) for m in worn.finditer(text))
    if any(k in low for k in _LANGUAGE_CUES):
        out.extend(m.span(m.lastgroup or 0) for m in spoken.finditer(text))
    for m in label.finditer(text):
        # Only a label opening its clause: "SOLICITORS" closing "HADLEY & CO SOLICITORS" is the name.
        before = text[max(0, m.start() - 30) : m.start()].rstrip(" ")
        prev = before.split()[-1] if before.split() else ""
        if m.group("x") == "GP" and _INITIALS_FIRM.match(text, m.end()):
            continue  # "GP Valet Services Ltd": a company's initials, not the doctor's label
        if m.group("x").lower() == "business" and prev and prev[-1] not in ".:;,(\"":
            continue  # "director of Business Support Ltd": a label only opening its clause
        if not prev or prev[-1] in ".:;,(\"" or prev.islower():
            out.append(m.span())
    return out


_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
#: A day or month shortened before a date's number or a day paired with a day ("Feb 25", "Sat 2200",
#: "Fri/Sat", "Thu-Sun"): a date, which the model reads as the end of a body's name or a body.
_DATE_WORDS = re.compile(
    rf"(?<![\w'\-/])(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|{_DAY})(?=[ ]\d{{1,4}}(?![\w/:]|\.\d))"
    rf"|{_DAY}[/\-]{_DAY})(?![\w'\-/])"
)


#: Capitalised words closed by a company's legal form: after "GP" they make the letters a firm's initials.
_INITIALS_FIRM = re.compile(r"(?:[ ]+[A-Z][\w&'\-]*){1,4}[ ]+(?:Ltd|LTD|Limited|LIMITED|LLP|PLC|plc)\b")
