"""Organisations and locations found by rules: known UK places and businesses (phrase lists in
``data/``) and capitalised names ending in a telling word ("Oakfield Academy", "Chicken Palace
takeaway", "the Heath Town estate", "Mill Lane").

Why: the model tags "Wolverhampton WV1" as an organisation and misses lower-case suffixes; a
phrase list of UK towns and suffix words from data give precise spans the model can't.
Reports shouted in capitals or typed all in lower case are read by the same rules over tokens
re-shaped by their role (sentence words, inflected verbs and lower-style designators lower case,
other words name words), so the rules stay data-driven whatever the casing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ._case import caseless, half_cased
from ._filters import TOWN_NAMED_BODIES, Lexicon, _read, _sections, clean_key, plain_english_word, lexicon, venue_town_splits
from ._gazetteer import chain_town_pairs, find_known_places, is_known_place, known_place_at, place_index
from ._persons import tokens_of
from ._trie import literal_trie
from ._types import Found

__all__ = ["find_orgs_places", "is_known_place", "is_generic_service", "is_lower_ambiguous", "TEAM_WORDS"]

_CONNECTORS = frozenset({"of", "&", "de", "upon", "and"})
#: Descriptive words that open pub, shop and estate names ("Black Horse", "White Hart", "New Inn").
_NAME_ADJECTIVES = frozenset(
    "black white red green blue golden royal new old grey brown high great little upper lower north south east west"
    .split()
)
#: Street words whose first part is often an everyday word ("Station Road", "Church Street",
#: "Market Lane"): a capitalised common word before one of these is still the street's name.
_CORE_STREETS = frozenset(
    "road rd street st lane ln avenue ave drive close crescent cres grove terrace gardens gdns row mews parade square"
    .split()
)
#: Two-word designators that make a named place a business ("Crown Point Retail Park").
_ALIAS_BEFORE = re.compile(r"(?i)(?:\baka|a\.k\.a\.?|\balias|known\s+as|nicknamed)\s*\Z")
_ORG_PAIR_TAILS = ("retail park", "shopping park", "shopping centre", "shopping center", "leisure park")
_PREFIX_ST = frozenset({"st", "st.", "saint"})
#: Form field labels ("Postcode area TF2", "Address: ...", "Vehicle: ..."): never a name or part of one.
_FIELD_LABELS = frozenset(
    "postcode post code address addr name surname forename forenames dob d.o.b tel telephone mobile mob phone "
    "email e-mail vehicle vehicles vrm reg registration nino pnc occupation nationality".split()
) | {"post code", "e-mail"}


@lru_cache(maxsize=1)
def _org_data() -> dict[str, frozenset[str]]:
    """The business-naming word lists of ``extract_lexicon.txt`` this module alone reads (pairs of
    designators, descriptors, nationality adjectives, trading-name words, pub nouns)."""
    sec = _sections(_read("extract_lexicon.txt"))
    words = {k: frozenset(w.lower() for line in sec.get(k, []) for w in line.split())
             for k in ("business_descriptors", "nationality_adjectives", "trading_name_heads",
                       "trading_name_tails", "pub_nouns", "caseless_outside", "generic_modifiers", "caseless_breaks",
                       "weak_designators", "police_words", "pub_nouns_strong", "pub_nouns_alone",
                       "generic_pub_words")}
    words["not_organisations"] = frozenset(" ".join(line.lower().split()) for line in sec.get("not_organisations", [])
                                           if " " in line.strip()) | frozenset(
        w.lower() for line in sec.get("not_organisations", []) if " " not in line.strip() for w in line.split())
    words["pairs"] = frozenset(" ".join(line.lower().split()) for line in sec.get("org_designator_pairs", []))
    words["pair_ends"] = frozenset(p.split()[-1] for p in words["pairs"])
    words["caseless_outside_pairs"] = frozenset(
        " ".join(line.lower().split()) for line in sec.get("caseless_outside_pairs", []))
    return words


def _pair_at(text: str, toks: list, k: int, caseless: bool = False) -> int | None:
    """Index of the first token of a two/three-word designator ending at token k ("Guest House",
    "Pupil Referral Unit", "care home"), written all capitalised or all lower case."""
    pairs = _org_data()["pairs"]
    low = toks[k].text.lower()
    best = None
    for j in range(k - 1, max(-1, k - 6), -1):
        if toks[j].kind not in ("w", "p") or toks[j].end < toks[j + 1].start - 1 or "\n" in text[toks[j].end:toks[j + 1].start]:
            break
        seg = " ".join(text[toks[j].start:toks[k].end].lower().split())
        if seg in pairs and toks[j].kind == "w":
            shapes = {toks[x].shape for x in range(j, k + 1) if toks[x].kind == "w" and toks[x].text not in ("s", "S")}
            if caseless or shapes <= {"TITLE", "CAPS"} or shapes == {"LOWER"}:
                best = j
    return best if best is not None and low else None


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _org_pattern() -> re.Pattern[str]:
    lex = lexicon()
    mods = r"(?:\s+(?:Express|Extra|Metro|Local|Superstore|Store|Coffee|Petrol Station|Garage|UK(?:\s+(?:plc|PLC|Ltd|Limited))?))?"
    # One trie of the names (longest first at each branch, as the sorted alternation was): the engine
    # follows one branch a character instead of trying every name at every position.
    return re.compile(rf"(?<![\w'\-])(?:{_literal_trie(sorted(set(lex.known_orgs)))}){mods}(?![\w\-])")


@lru_cache(maxsize=1)
def _org_index() -> dict[str, tuple[str, ...]]:
    """Known bodies by their first token in lower case, longest first: case-less text is matched
    by a look-up per word, not by a case-insensitive alternation tried at every character."""
    idx: dict[str, list[str]] = {}
    for name in lexicon().known_orgs:
        m = re.match(r"[^\W_]+", name)
        if m:
            idx.setdefault(m.group(0).lower(), []).append(name.lower())
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in idx.items()}


_ORG_MODS = re.compile(r"(?i)[ ]+(?:express|extra|metro|local|superstore|store|coffee|garage|uk(?:[ ]+(?:plc|ltd|limited))?)"
                       r"(?![\w\-])")


_THE_MID = re.compile(r"(?:[a-z,]|\()[ ]?The[ ]\Z")


#: Bodies named head word first with "of" ("University Hospital of Wales", "University of Leeds",
#: "ROYAL INFIRMARY OF EDINBURGH"): the head words alone carry no name for the suffix rule.
_HEAD_OF_PLACE = re.compile(
    r"(?<![\w'\-])(?i:(?:(?:royal|university|general|children's|national|city)[ ]){0,2}"
    r"(?:university|hospital|infirmary|college|museum|bank)[ ]of[ ](?:the[ ])?)"
    r"(?P<n>[A-Z][A-Za-z'\-]+(?:[ ][A-Z][A-Za-z'\-]+){0,2})"
)


def _head_of_place(text: str, lex: Lexicon) -> list[Found]:
    out: list[Found] = []
    for m in _HEAD_OF_PLACE.finditer(text):
        words: list[str] = []
        for w in m["n"].split():
            if (w.lower() in lex.stop or w.lower() in lex.common or w.lower() in lex.noise
                    or w.isupper() and _inflected_verb(w.lower())) and w.lower() not in lex.place_words:
                break  # "UNIVERSITY HOSPITAL OF WALES FOR TREATMENT": the sentence goes on
            words.append(w)
        if not words:
            continue
        e = m.start("n") + len(" ".join(words))
        if text[m.start("n"):e] != " ".join(words):
            continue
        s0 = m.start()
        out.append(Found("ORGANISATION", s0, e, text[s0:e], clean_key(text[s0:e]), "rule"))
    return out


def _known_orgs_caseless(text: str, lex: Lexicon) -> list[Found]:
    idx = _org_index()
    out: list[Found] = []
    for t in tokens_of(text):
        cands = idx.get(t.text.lower()) if t.kind == "w" else None
        if not cands or (t.start > 0 and (text[t.start - 1].isalnum() or text[t.start - 1] in "'-\u2019")):
            continue
        for cand in cands:
            e = t.start + len(cand)
            if text[t.start : e].lower() != cand or (e < len(text) and (text[e].isalnum() or text[e] == "-")):
                continue
            m = _ORG_MODS.match(text, e)
            if m:
                e = m.end()
            low = text[t.start : e].lower()
            if low not in _LOWER_AMBIGUOUS and cand not in _LOWER_AMBIGUOUS and low not in lex.stop and low not in lex.common:
                out.append(Found("ORGANISATION", t.start, e, text[t.start : e], clean_key(text[t.start : e]), "rule"))
            break
    return out


def _possessive_part(toks: list, text: str, b: int) -> bool:
    """Token b is the apostrophe or the "s" of a possessive glued to a capitalised word."""
    if toks[b].text in ("s", "S"):
        return b >= 2 and toks[b - 1].text in ("'", "\u2019") and toks[b - 1].end == toks[b].start \
            and toks[b - 2].end == toks[b - 1].start and toks[b - 2].shape in ("TITLE", "CAPS")
    if not (b >= 1 and toks[b - 1].end == toks[b].start and toks[b - 1].shape in ("TITLE", "CAPS")):
        return False
    if b + 1 < len(toks) and toks[b + 1].text in ("s", "S") and toks[b + 1].start == toks[b].end:
        return True
    # A plural possessive ("Girls' Grammar School", "St Peters' Church"): word ends in s, then a space.
    return toks[b - 1].text[-1:] in ("s", "S") and (b + 1 >= len(toks) or toks[b + 1].start > toks[b].end)


#: Head words that take "of" inside a name ("Bank of Scotland", "University of Leeds").
_OF_HEADS = frozenset(
    "bank university institute museum church city borough county royal friends house society "
    "order school college academy chamber board council department ministry office hospital "
    "prince princess duke duchess earl"
    .split()
)


def _joins_name(toks: list, b: int, lex: Lexicon) -> bool:
    """Connector at b joins two parts of one name: "of" only after a head word or an initial
    ("C of E"), so "Rachel Ng of Halden Securities" stays a person and a business."""
    if toks[b].text.lower() == "and":
        # "Gangmasters and Labour Abuse Authority": joins two capitalised non-name words only,
        # so "Kyle and Dean Motors" stays a person beside a business.
        # Two whole names listed ("PureGym and Iron Temple Gym", "Castle Vale and Chelmsley Wood",
        # "A1 Taxis and Streamline Cars"): a left part of two words, or one that is itself a
        # designator or a known business, ends a name rather than joining one. Places joined by
        # "and" stay one name ("Brighton and Hove City Council", "Telford and Wrekin").
        if b < 1 or toks[b - 1].shape != "TITLE":
            return False
        left = toks[b - 1].text.lower()
        if left in lex.forenames or left in lex.stop or left in lex.org_suffixes or left in lex.place_suffixes \
                or left in lex.street_suffixes or left in lex.org_words:
            return False
        return not (b >= 2 and toks[b - 2].kind in ("w", "d") and toks[b - 2].end >= toks[b - 1].start - 1
                    and toks[b - 2].shape != "LOWER" or b >= 2 and toks[b - 2].text.lower() in ("of", "for"))
    if toks[b].text.lower() != "of":
        return True
    if b == 0:
        return False
    prev = toks[b - 1]
    low = prev.text.lower()
    return prev.shape == "INIT" or low in _OF_HEADS or low in lex.org_suffixes or low in lex.place_suffixes


def _kind_of_suffix(word: str, shape: str, lex: Lexicon) -> str | None:
    low = word.lower()
    if shape in ("TITLE", "CAPS"):
        if low in lex.place_suffixes:
            return "LOCATION"
        if low in lex.org_suffixes:
            return "ORGANISATION"
        if low in lex.street_suffixes and (shape == "TITLE" or low in _CORE_STREETS and len(low) > 3):
            return "LOCATION"  # "Mill Lane"; in capitals only a plain street word ("ALUM ROCK ROAD")
        return None
    if shape == "LOWER":
        if low in lex.lower_place_suffixes:
            return "LOCATION"
        if low in lex.lower_org_suffixes:
            return "ORGANISATION"
    return None


#: Generic public services named after an area: not organisations an analyst tracks (guidelines).
_GENERIC_TAIL = re.compile(
    r"(?i)(?:children'?s|childrens|social|adult|adults'?|youth|family|families|probation|early\s+help|"
    r"safeguarding|education|housing\s+options|emergency|ambulance|fire(?:\s+and\s+rescue)?|foster|"
    r"intensive|primary|residential|health|personal|home|respite|after|day|child|leaving|offending|fraud|"
    r"investigation|protection|enforcement|intelligence|(?:youth\s+)?justice|offender|victim)\s+"
    r"(?:services?|care|team|hub|department|dept)$"
)


#: "Rotherham Family Hub", "Bentilee Family Hub": a council's named children's centre, a body (every
#: set that meets one marks it); "the family hub", "Family Hub" alone stay a generic service.
_TOWN_FAMILY_HUB = re.compile(r"(?<![\w'\-])(?!(?i:the|a|local|early|help)\b)[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?[ ]Family[ ]Hub$")


_COLOURS = frozenset("white black silver grey gray red blue green yellow orange gold bronze maroon purple brown".split())


#: Roles of health and care staff a referral names in capitals ("Referral from School Nurse",
#: "Named Nurse aware", "Street Triage 2130"): a person's job or a joint patrol, no body.
_ROLE_TAIL = re.compile(r"(?i)^(?:the[ ])?(?:school|named|practice|district|community|specialist|ward|charge|student|"
                        r"agency|link|lead|safeguarding|street|health|mental[ ]health)[ ](?:nurses?|visitors?|triage)$")


def is_generic_service(span: str, bare: bool = True) -> bool:
    """"Wirral Children's Services", "Foster Care", "PSNI Public Protection Branch", "Samsung",
    "Universal Credit", a lone "Licence": a generic service, force, product or word, not a body
    the analyst tracks (not annotated).
    A one-word everyday English name ("Fire", "Minibus", "Premises") counts as generic only named
    ``bare``, as the model guesses it; a rule that read a descriptor beside it ("premier shop",
    "Supreme car wash") found a trading name."""
    if _GENERIC_TAIL.search(span) is not None and not _TOWN_FAMILY_HUB.search(span) or _ROLE_TAIL.match(span):
        return True
    if bare and _label_words(span.split()):
        return True  # "COMPANY KB GROUNDWORKS LTD": the model ran a label into the name
    data = _org_data()
    low = " ".join(span.lower().split())
    if low in data["not_organisations"] or " ".join(low.split()[-2:]) in data["not_organisations"]:
        return True  # "... County Council Trading Standards": the council's service
    words = low.replace("-", " ").split()
    if not words or any(w in data["police_words"] for w in words) or words[0] in ("s", "'s") \
            or words[0] in data["not_organisations"]:
        return True  # a force; an orphan possessive ("Children'[s Services]"); "Alcatel - IMEI"
    lex = lexicon()
    if len(words) == 2 and words[0] in _COLOURS and words[1] in lex.vehicle_makes:
        return True  # "White Ford Transit": a described vehicle
    return len(words) == 1 and (low in lex.org_suffixes or low + "s" in lex.org_suffixes or low in lex.role_words
                                or low in lex.common or bare and plain_english_word(low, lex))


#: Words of an area's or building's name that police jargon lists also hold ("county" of "county
#: lines", "house" of "trap house").
_AREA_WORDS = frozenset("county borough city metropolitan district royal house hall lodge manor grange".split())
#: Institutions whose name ends at their own designator: in shouted text a weak designator after
#: one starts the next phrase ("SUFFOLK COUNTY COUNCIL HOUSING", but "ASPIRE RECOVERY SERVICE").
_INSTITUTIONS = frozenset(
    "council school college academy hospital university surgery practice church mosque temple gurdwara synagogue".split()
)
#: Venues whose names carry "The" (in shouted text, where "The" cannot show it).
_THE_VENUES = frozenset("bar inn tavern arms lounge".split())
_ROUND_CLOCK = re.compile(r"(?<![\d/])24/7(?![\d/])")


#: Business words that also sit inside longer place names ("Temple Meads", "Market Harborough",
#: "Church Stretton"): followed by another name word they end no business.
_INNER_DESIGNATORS = frozenset({"temple", "market", "church", "chapel"})
#: Words a number follows as a label, not as part of a name ("Unit 3 Hand Car Wash", "Platform 2 Cafe").
_NUMBERED_WORDS = frozenset(
    "unit units flat flats apartment apt room block floor suite gate gates platform plot bay stand door no number "
    "junction jct j pc ps dc ds sgt route bus year years age aged page section cell pump till bed ward".split()
)
#: First words of the designators of shopping centres and retail parks, which police write in
#: lower case after the centre's name ("Drake Circus shopping centre" -> "Drake Circus", a business).
_RETAIL_PAIR_HEADS = frozenset({"shopping", "retail", "outlet"})
#: Lower-case words after a business word that make the name a housing estate's ("Manor Farm estate").
_HOUSING_ESTATE = frozenset({"estate", "est"})
#: Words of two-word place designators ("bus station", "car park", "retail park") that designate
#: nothing alone.
_PAIR_ONLY = frozenset("bus train car playing retail industrial railway recreation".split())


def _english_words(kind: str) -> frozenset[str]:
    from ._truecase import _english  # lazy: _truecase reads the person rules

    return _english()[kind]


_ENGLISH_ANY: tuple[object, frozenset[str]] | None = None


def _english_any() -> frozenset[str]:
    """English nouns, verbs and adjectives as one set, made once per word tables (a union of the
    WordNet lists per street found was most of the note-word trimming's time)."""
    global _ENGLISH_ANY
    from ._truecase import _english  # lazy: _truecase reads the person rules

    tables = _english()
    if _ENGLISH_ANY is None or _ENGLISH_ANY[0] is not tables:
        _ENGLISH_ANY = (tables, _english_words("noun") | _english_words("verb") | _english_words("adj"))
    return _ENGLISH_ANY[1]


@lru_cache(maxsize=4096)
def _inflected_verb(low: str) -> bool:
    """"MANAGES", "VISITED", "RUNNING": an inflected verb (WordNet lists in the spaCy model);
    adverbs and base forms are not taken, since many business words are ("BRIGHT", "FRESH")."""
    from ._truecase import _english  # lazy: _truecase reads the person rules

    t = _english()
    if low in t["verb_forms"]:
        return True
    for suf, rep in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            base = low[: -len(suf)] + rep
            if base in t["verb"] or (suf in ("ing", "ed") and base[-1] == base[-2] and base[:-1] in t["verb"]):
                return True
    return False


#: Words that make a road a kind of road rather than a named street ("the ring road", "a slip road",
#: "the access road"): in lower-case or shouted text they are no street name.
_GENERIC_ROAD_WORDS = frozenset(
    "ring slip access service link relief bypass private dirt country unmade unadopted outer inner dual "
    "one-way busy quiet main back side"
    .split()
)


@lru_cache(maxsize=2048)
def _superlative(low: str) -> bool:
    """"nearest", "cheapest", "biggest", "busiest": an adjective's superlative (WordNet adjectives)."""
    adj = _english_words("adj")
    stem = low[:-3]
    if len(stem) < 2:
        return False
    return (stem in adj or stem + "e" in adj or (stem[-1:] == "i" and stem[:-1] + "y" in adj)
            or (len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] in adj))


def _sentence_verb(word: str, lex: Lexicon) -> bool:
    """"Visited", "Attended": an inflected verb opening a sentence, not the first word of a name."""
    low = word.lower()
    return (low.endswith(("ed", "ing")) and low not in lex.place_words and low not in lex.forenames
            and low not in lex.surnames and low not in _org_data()["pub_nouns"] and _inflected_verb(low))


def _opens_non_org(toks: list, i: int) -> bool:
    """Token i opens a two-word service or product ("Trading Standards", "Universal Credit")."""
    return i + 1 < len(toks) and f"{toks[i].text} {toks[i + 1].text}".lower() in _org_data()["not_organisations"]


_COMPASS_WORDS = frozenset({"north", "south", "east", "west"})
#: Everyday words that open a body's name when capitalised mid-sentence ("First Investment Bank",
#: "All Saints Church of England Academy", "United Utilities").
_NAME_OPENERS = {"first": None, "all": frozenset({"saints", "souls", "hallows"}), "united": None}
#: Number words, capitalised mid-sentence, open a trading name as "First" does ("drives for Five Star
#: Cars", "at the Four Trees Bar", "Three Counties Logistics"); at a line's start they may count.
_NAME_OPENERS.update(dict.fromkeys(
    "one two three four five six seven eight nine ten eleven twelve twenty hundred thousand".split()))


def _opens_a_name(toks: list, run: list[int], text: str) -> bool:
    t = toks[run[0]]
    low = t.text.lower()
    if low not in _NAME_OPENERS or t.shape != "TITLE" or (run[0] == 0 and _NAME_OPENERS[low] is None):
        return False
    nxt = _NAME_OPENERS[low]
    if nxt is not None:
        return toks[run[1]].text.lower() in nxt  # "All Saints": a name wherever it stands
    prev = toks[run[0] - 1]
    return prev.kind == "w" and prev.shape == "LOWER" or prev.text in ("(", '"', "\u201c") \
        or (prev.text == "," and run[0] >= 2 and toks[run[0] - 2].shape == "LOWER")


def _two_initials(toks: list, run: list[int]) -> bool:
    """"c/o A R Accountancy Services", "I J Haulage Ltd": a capital letter before another is a
    firm's initial, not the article or the pronoun."""
    a, b = toks[run[0]], toks[run[1]]
    return len(a.text) == 1 and a.text.isupper() and len(b.text) == 1 and b.text.isupper() and b.start == a.end + 1


def _caseless_tokens(toks: list, lex: Lexicon, text: str) -> list:
    """Tokens of a report shouted in capitals or typed in lower case, re-shaped as if written
    normally: sentence words (stop words, cues, verbs) lower case, designators police write in
    lower case ("TAKEAWAY", "ESTATE") lower case, every other word a capitalised name word, so
    the suffix rule finds "AT SPARKLE HAND CAR WASH" -> "SPARKLE HAND CAR WASH"."""
    data = _org_data()
    pairs = data["caseless_outside_pairs"]
    outside = set()
    for i in range(len(toks) - 1):
        if toks[i].kind != "w":
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            seg = " ".join(text[toks[i].start : toks[j].end].lower().split())
            if seg in pairs and toks[j].kind == "w":
                outside.update(range(i, j + 1))  # "WALSALL TOWN CENTRE", "HILLVIEW HOUSE CHILDREN'S HOME"
                break
    out = []
    for i, t in enumerate(toks):
        if t.kind != "w":
            out.append(t)
            continue
        low = t.text.lower()
        if low in data["caseless_outside"] or i in outside:
            shape = "LOWER"
        elif low == "trading" and i + 1 < len(toks) and toks[i + 1].text.lower() == "as":
            shape = "LOWER"  # "PLUMBER TRADING AS ..."
        elif low in _PAIR_ONLY and not (i + 1 < len(toks) and (toks[i + 1].text.lower() in lex.place_suffixes
                                                                or toks[i + 1].text.lower() in lex.org_suffixes)):
            shape = "LOWER"  # "telford bus tickets": half of "bus station", not a designator alone
        elif low == "s" and i >= 1 and toks[i - 1].text in ("'", "\u2019"):
            shape = "LOWER"  # the possessive "'S" follows its word ("CHILDREN'S SERVICES")
        elif low in ("licence", "license") and not (i >= 1 and toks[i - 1].text.lower() == "off"):
            shape = "LOWER"  # "PERSONAL LICENCE": a designator only in "OFF LICENCE"
        elif low == "off" and i + 1 < len(toks) and toks[i + 1].text.lower() in ("licence", "license"):
            shape = "TITLE"
        elif i + 1 < len(toks) and toks[i + 1].text in ("'", "\u2019") and toks[i + 1].start == t.end \
                and low not in lex.stop:
            shape = "TITLE"  # "CHILDREN'S HOSPITAL", "GIRLS' SCHOOL": a possessive inside a name
        elif low in lex.org_suffixes or low in lex.place_suffixes or low in lex.street_suffixes or low in _NAME_ADJECTIVES:
            shape = "TITLE"
        elif len(low) == 1:
            shape = "LOWER" if low in ("a", "i") else "INIT"
        elif low in lex.place_words and low not in lex.stop or low in _AREA_WORDS:
            shape = "TITLE"  # "NORTHERN IRELAND HOUSING EXECUTIVE", "CAMBRIDGESHIRE COUNTY COUNCIL"
        elif low == "uk" and i + 1 < len(toks) and toks[i + 1].text.lower() in ("plc", "ltd", "limited"):
            shape = "TITLE"  # "BARCLAYS BANK UK PLC"
        elif (low in lex.stop or low in lex.common or low in _CUE_WORDS or low in lex.cues or low in lex.noise
              or low in lex.day_month or low in lex.titles or low in lex.ranks or low in data["caseless_breaks"]
              or low in lex.slang):
            shape = "LOWER"
        elif _inflected_verb(low) and not (
                low.endswith("ing") and i + 1 < len(toks) and toks[i + 1].text.lower() in lex.org_suffixes
                and i >= 1 and toks[i - 1].kind == "w" and toks[i - 1].end == t.start - 1
                and toks[i - 1].text.lower() not in lex.stop and toks[i - 1].text.lower() not in data["caseless_breaks"]):
            shape = "LOWER"  # "MANAGES SPARKLE ...", "SELLING VAPES", but "NATIONWIDE BUILDING SOCIETY"
        elif low.endswith("ly") and low in _english_words("adv"):
            shape = "LOWER"  # "POSSIBLY DRILL GROUP"
        elif low.endswith("est") and _superlative(low):
            shape = "LOWER"  # "LEFT THE NEAREST PUB", "THE CHEAPEST SHOP": a description, not a name
        elif low in _GENERIC_ROAD_WORDS and i + 1 < len(toks) and toks[i + 1].text.lower() in lex.street_suffixes:
            shape = "LOWER"  # "ON THE RING ROAD", "UP THE SLIP ROAD": a kind of road, not its name
        else:
            shape = "TITLE"
        out.append(t if shape == t.shape else type(t)(t.kind, t.text, t.start, t.end, shape))
    return out


_SUFFIX_HEADS: dict[int, tuple[Lexicon, dict, frozenset[str]]] = {}


def _suffix_heads(lex: Lexicon, data: dict) -> frozenset[str]:
    """Every lower-case word ``_kind_of_suffix`` or a designator pair can start a name back from:
    a word outside it opens nothing, so the scan steps over it at once."""
    got = _SUFFIX_HEADS.get(id(lex))
    if got is None or got[0] is not lex or got[1] is not data:
        heads = frozenset(lex.place_suffixes) | frozenset(lex.org_suffixes) | frozenset(lex.street_suffixes) \
            | frozenset(lex.lower_place_suffixes) | frozenset(lex.lower_org_suffixes) | frozenset(data["pair_ends"])
        got = _SUFFIX_HEADS[id(lex)] = (lex, data, heads)
    return got[2]


def _suffix_names(text: str, lex: Lexicon, caseless: bool = False, org_ends: frozenset[int] = frozenset()) -> list[Found]:
    toks = tokens_of(text)
    if caseless:
        toks = _caseless_tokens(toks, lex, text)
    elif " plc" in text:
        toks = [replace(t, shape="CAPS") if t.text == "plc" else t for t in toks]  # "Barclays Bank UK plc"
    out: list[Found] = []
    n = len(toks)
    data = _org_data()
    round_clock = [m.span() for m in _ROUND_CLOCK.finditer(text)] if "24/7" in text else []

    def adj(a: int, b: int) -> bool:
        gap = text[toks[a].end : toks[b].start]
        return gap == "" or (gap.isspace() and "\n" not in gap and len(gap) <= 3)

    heads = _suffix_heads(lex, data)
    k = 0
    while k < n:
        t = toks[k]
        if t.kind != "w" or t.text.lower() not in heads:
            k += 1  # no designator or pair's end: the branch below would skip it too
            continue
        kind = _kind_of_suffix(t.text, t.shape, lex) if t.kind == "w" else None
        d0 = k  # first token of the designator (a pair, or lower-case descriptors before it)
        paired = False
        if t.kind == "w" and k >= 1 and t.text.lower() in data["pair_ends"]:
            p0 = _pair_at(text, toks, k, caseless)
            if p0 is not None and caseless and toks[p0].text.lower() in _RETAIL_PAIR_HEADS:
                p0 = None  # "MERRY HILL SHOPPING CENTRE": shouted, the designator's case is unknown; whole
            if p0 is not None and p0 >= 1:
                kind, d0, paired = "ORGANISATION", p0, True  # "Seaview Guest House", "Autoworld Car Sales"
        if kind is None or k == 0 or _opens_non_org(toks, k) \
                or (k + 1 < n and toks[k + 1].text == ":" and t.text.lower() in lex.place_suffixes) \
                or (t.text.lower() == "form" and toks[k - 1].text.lower() != "sixth"):
            # "BIRMINGHAM GROUNDS: ...": a form's field label; "Search Form": a form, not a sixth form
            k += 1  # "County Council Trading Standards": the service, not a "... Trading" business
            continue
        low = t.text.lower()
        if t.shape == "LOWER" and low in _PAIR_ONLY and not paired and not (
                k + 1 < n and (toks[k + 1].text.lower() in lex.lower_place_suffixes
                               or toks[k + 1].text.lower() in lex.place_suffixes)):
            k += 1  # "Sparkle car wash": "car" designates only with its pair ("car park", "car wash")
            continue
        if low in _INNER_DESIGNATORS and not paired and k + 1 < n and adj(k, k + 1) and toks[k + 1].kind == "w" \
                and toks[k + 1].shape in ("TITLE", "CAPS") and _kind_of_suffix(toks[k + 1].text, toks[k + 1].shape, lex) is None \
                and not lex.not_a_name_word(toks[k + 1].text) and known_place_end(text, toks[k + 1].start, caseless) is None:
            k += 1  # "Bristol Temple Meads", "Market Drayton": the word is inside a longer place name
            continue
        if low in ("st", "dr") and k + 1 < n and toks[k + 1].shape == "TITLE" and not (
                low == "st" and k >= 1 and toks[k - 1].kind == "w" and toks[k - 1].shape == "TITLE" and adj(k - 1, k)
                and known_place_end(text, toks[k + 1].start, caseless) is not None
                and known_place_end(text, t.start, caseless) is None):
            k += 1  # "St Mary's Road": a saint; but "Bridge St Walsall" is a street, then its town
            continue
        if toks[d0].shape == "LOWER":
            # "Golden Tan tanning salon", "Fone Zone phone repair shop": descriptors stay outside.
            while d0 >= 1 and k - d0 < 3 and toks[d0 - 1].shape == "LOWER" and adj(d0 - 1, d0) \
                    and toks[d0 - 1].text.lower() in data["business_descriptors"]:
                d0 -= 1
        # Walk back over capitalised words (and inner connectors) on the same line.
        run: list[int] = []
        b = d0 - 1
        while b >= 0 and toks[b].kind in ("w", "p", "d") and adj(b, b + 1) and len(run) < 10:
            tb = toks[b]
            if tb.shape == "CAPS" and tb.text.lower() in lex.stop and tb.text.lower() not in _CONNECTORS \
                    and tb.text.lower() != "the" and len(tb.text) > 1:
                break  # "DO NOT DISSEMINATE WITHOUT AUTHORITY": a shouted sentence, not a name
            if tb.shape == "INIT" and b >= 1 and toks[b - 1].text == "/" and toks[b - 1].end == tb.start:
                break  # "CANNOCK ROAD J/W BUSHBURY LANE": "junction with", not an initial
            if tb.kind == "w" and b >= 1 and toks[b - 1].kind == "d" and toks[b - 1].end == tb.start:
                break  # "SOLD ILLEGAL 15ML VAPES": a unit after a number, not a name word
            if tb.kind == "w" and tb.shape in ("TITLE", "CAPS", "INIT") or tb.text in ("&",):
                run.insert(0, b)
            elif kind == "ORGANISATION" and low not in ("services", "service") and (
                    (tb.kind == "d" and len(tb.text) == 1 and b >= 1 and toks[b - 1].end == tb.start
                     and toks[b - 1].shape == "INIT")
                    or any(a <= tb.start and tb.end <= z for a, z in round_clock)):
                run.insert(0, b)  # "A1 Taxis", "24/7 Stores": a trading name with a numeral
            elif kind == "ORGANISATION" and tb.kind == "d" and len(tb.text) <= 2 and b >= 1 and toks[b + 1].start > tb.end \
                    and adj(b - 1, b) and toks[b - 1].kind == "w" and toks[b - 1].shape in ("TITLE", "CAPS") \
                    and toks[b - 1].text.lower() not in _NUMBERED_WORDS and not lex.not_a_name_word(toks[b - 1].text):
                run.insert(0, b)  # "Cloud 9 Vapes", "Studio 54 Nails": a numeral inside a trading name
            elif tb.text in ("s", "S", "'", "\u2019") and _possessive_part(toks, text, b):
                run.insert(0, b)  # "St Mary's": the tokeniser splits the possessive off
            elif tb.kind == "w" and tb.text.lower() in _CONNECTORS and run and _joins_name(toks, b, lex):
                run.insert(0, b)
            elif tb.kind == "p" and tb.text == "." and b >= 1 and toks[b - 1].text.lower() == "st":
                run.insert(0, b)
            else:
                break
            b -= 1
        street = t.shape == "TITLE" and low in _CORE_STREETS
        while run and not (len(run) > 1 and toks[run[1]].kind == "d" and toks[run[1]].start == toks[run[0]].end) and (
            (toks[run[0]].kind != "w" and not (toks[run[0]].kind == "d" and round_clock))
            or toks[run[0]].text.lower() in _CONNECTORS
            or toks[run[0]].text.lower() in _FIELD_LABELS
            or toks[run[0]].text.lower() in _CUE_WORDS  # "Custody Clough Rd" in a truecased note
            or toks[run[0]].text.lower() in data["caseless_breaks"]  # "Stop Chk Ladypool Rd", "Manager ..."
            or (toks[run[0]].text in ("s", "S") and run[0] >= 1 and toks[run[0] - 1].text in ("'", "\u2019"))
            or (len(run) >= 2 and toks[run[0]].shape == "TITLE" and _sentence_verb(toks[run[0]].text, lex))
            or (lex.not_a_name_word(toks[run[0]].text) and toks[run[0]].text.lower() not in _PREFIX_ST
                and not (street and len(run) >= 2 and toks[run[0]].text.lower() in _COMPASS_WORDS)
                and not (kind == "ORGANISATION" and len(run) >= 2 and _opens_a_name(toks, run, text))
                and not (kind == "ORGANISATION" and len(run) >= 3 and _two_initials(toks, run))
                and not (toks[run[0]].text.lower() in _NAME_ADJECTIVES and len(run) >= 2 and toks[run[0]].shape == "TITLE")
                and not (street and len(run) == 1 and _street_word_ok(toks[run[0]], lex)))
        ):
            run.pop(0)
        if toks[d0].shape == "LOWER" and kind == "ORGANISATION":
            # "Golden Dragon Chinese takeaway": a cuisine word describes the shop, outside the name.
            while len(run) >= 2 and toks[run[-1]].text.lower() in data["nationality_adjectives"]:
                run.pop()
        if len(run) >= 2 and toks[run[0]].text.lower() in (low, low[:-1]):
            run.pop(0)  # "Solicitor Hadley & Co Solicitors": the role, then the firm
        if kind == "LOCATION" and len(run) >= 2:
            # "HSBC Broad Street branch", "Stanley Park Barbers County Road", "HMO Gerard Road": a
            # business (or a marker) named straight before a street is not part of the street's name.
            cut = -1
            for idx, x in enumerate(run[:-1]):
                w = toks[x].text.lower()
                if toks[x].kind == "w" and (toks[x].end in org_ends or w in lex.noise and toks[x].shape == "CAPS"
                                            or idx >= 1 and toks[x].shape in ("TITLE", "CAPS") and w in lex.org_suffixes
                                            and w not in lex.street_suffixes and w not in lex.place_suffixes
                                            and w not in _INNER_DESIGNATORS):
                    cut = idx
            if cut >= 0 and any(toks[x].kind == "w" for x in run[cut + 1:]):
                run = run[cut + 1:]
        words = [x for x in run if toks[x].kind in ("w", "d") and toks[x].text.lower() not in _CONNECTORS]
        core = [x for x in words if _kind_of_suffix(toks[x].text, toks[x].shape, lex) is None]
        if kind == "ORGANISATION" and toks[d0].shape == "LOWER" and run and toks[run[-1]].shape == "TITLE" \
                and toks[run[-1]].text.lower() in lex.street_suffixes and toks[d0].text.lower() not in _RETAIL_PAIR_HEADS:
            k += 1  # "the Heaton Rd shop": a shop described by its street, not a name
            continue
        if caseless and low in data["weak_designators"] and run and toks[run[-1]].text.lower() in _INSTITUTIONS:
            k += 1  # "COUNTY COUNCIL HOUSING": the body ended at its own designator
            continue
        if caseless and kind == "LOCATION" and core and (toks[core[0]].text.lower() in lex.forenames
                                                         or toks[core[0]].text.lower() in lex.lower_ambiguous) \
                and low not in _CORE_STREETS:
            k += 1  # "ash ward", "kyle wood": in case-less text a person whose surname is a place word
            continue
        if caseless and len(core) == 1 and run and run[0] >= 1 and toks[run[0] - 1].text.lower() in ("a", "an") \
                and toks[run[0]].text.lower() not in lex.org_words:
            k += 1  # "PLACING WORKERS AT A FLOWER FARM": one word after "a" describes; a name takes no "a"
            continue
        if caseless and core and all(toks[x].text.lower() in data["generic_modifiers"] for x in core) and not paired:
            k += 1  # "THE LOCAL SHOP", "the leisure centre": a description, not a name
            continue
        if kind == "ORGANISATION" and core and all(toks[x].text.lower() in data["nationality_adjectives"] for x in core):
            k += 1  # "the Chinese takeaway", "an Indian Restaurant": a kind of shop, not a name
            continue
        # "Primary School" alone is generic; "Heath Town estate" and "Oakfield Academy" are names.
        town_after = (kind == "ORGANISATION" and low in ("college", "university", "academy") and words and k + 1 < n
                      and adj(k, k + 1) and toks[k + 1].kind == "w" and toks[k + 1].shape != "LOWER"
                      and known_place_end(text, toks[k + 1].start, caseless) is not None)
        if not (core or len(words) >= 2 or (street and words) or (paired and words) or town_after) or (t.shape == "LOWER" and any(toks[x].shape == "CAPS" for x in core) and len(core) == 1 and len(toks[core[0]].text) <= 3):
            k += 1
            continue
        if kind == "ORGANISATION" and not paired and k + 1 < n and adj(k, k + 1) and (
                toks[k + 1].shape == "LOWER" and toks[k + 1].text.lower() in _HOUSING_ESTATE
                or toks[k + 1].text.lower() == "watch"):
            k += 1  # "the Broadwater Farm estate": a housing estate named after the farm, a place;
            continue  # "Northumberland Farm Watch", "Shop Watch": a watch scheme, not the business
        # Extend forward over further suffix words ("Primary School", "Retail Park").
        e = k
        while (
            t.shape != "LOWER"
            and e + 1 < n
            and toks[e + 1].kind == "w"
            and adj(e, e + 1)
            and _kind_of_suffix(toks[e + 1].text, toks[e + 1].shape, lex)
            and (toks[e + 1].shape != "LOWER" or toks[e].shape == "LOWER")
            and not (caseless and toks[e + 1].text.lower() in data["weak_designators"] and toks[e].text.lower() in _INSTITUTIONS)
            and not _opens_non_org(toks, e + 1)
        ):
            e += 1
            kind = _kind_of_suffix(toks[e].text, toks[e].shape, lex) or kind
        # "College of Science", "University of Leeds": a head word takes "of" and the name after it.
        if (kind == "ORGANISATION" and toks[e].text.lower() in _OF_HEADS and toks[e].shape == "TITLE"
                and e + 2 < n and toks[e + 1].text.lower() == "of" and adj(e, e + 1) and adj(e + 1, e + 2)):
            f = e + 2
            if toks[f].text.lower() == "the" and f + 1 < n and adj(f, f + 1):
                f += 1
            g = f
            while g < n and toks[g].kind == "w" and toks[g].shape in ("TITLE", "CAPS") and (g == f or adj(g - 1, g)) \
                    and not lex.not_a_name_word(toks[g].text) and g - f < 4:
                g += 1
            if g > f:
                e = g - 1
        if kind == "ORGANISATION" and toks[e].text.lower() in ("college", "university", "academy") and e + 1 < n \
                and adj(e, e + 1) and toks[e + 1].kind == "w" and toks[e + 1].shape != "LOWER":
            g = known_place_end(text, toks[e + 1].start, caseless)
            if g is not None:
                f = e + 1
                while f + 1 < n and toks[f + 1].end <= g:
                    f += 1
                if not (f + 1 < n and adj(f, f + 1) and toks[f + 1].kind == "w" and toks[f + 1].shape != "LOWER"):
                    e = f  # "City College Norwich": the college's town closes its name
        # Lower-case descriptors stay outside the name ("Lucky Star takeaway" -> "Lucky Star");
        # a capitalised "The" mid-sentence is part of it ("at The Drysalters pub").
        last = e
        while last >= d0 and (toks[last].shape == "LOWER" or toks[last].kind != "w"):
            last -= 1
        last = run[-1] if last < d0 else last
        first = run[0]
        if ((t.shape == "LOWER" or kind == "ORGANISATION") and first >= 1 and toks[first - 1].text == "The"
                and adj(first - 1, first) and first >= 2
                and (toks[first - 2].kind == "w" or toks[first - 2].text in ("(", '"', "\u201c"))):
            first -= 1
        if (caseless and kind == "ORGANISATION" and low in _THE_VENUES and first >= 2 and toks[first - 1].text.lower() == "the"
                and toks[first - 2].kind == "w"):
            first -= 1  # "AT THE CLACHAN BAR": bars and inns are named with "The"
        if (kind == "LOCATION" and low in lex.street_suffixes and last + 1 < n and adj(last, last + 1)
                and toks[last + 1].text.lower() in ("north", "south", "east", "west")
                and toks[last + 1].shape in ("TITLE", "CAPS")
                and not (last + 2 < n and adj(last + 1, last + 2) and toks[last + 2].shape in ("TITLE", "CAPS"))):
            last += 1  # "Wellington Road South"
            e = max(e, last)
        s0, e0 = toks[first].start, toks[last].end
        span = text[s0:e0]
        if kind == "LOCATION" and toks[d0].shape == "LOWER" and run and toks[run[-1]].shape != "LOWER" \
                and toks[run[-1]].text.lower() in lex.org_suffixes and low not in _HOUSING_ESTATE:
            kind, low = "ORGANISATION", toks[run[-1]].text.lower()  # "premier inn car park": the business's
            core = [x for x in core if x != run[-1]]
        if kind == "ORGANISATION" and low in ("services", "service") and len(core) == len(words) - (low != t.text.lower()) \
                and lex.place_words.issuperset([" ".join(toks[x].text.lower() for x in core)]):
            k = e + 1  # "Telford Services": a motorway stop or a council's services, not a body
            continue
        if caseless and span.lower() in _LOWER_AMBIGUOUS:
            k = e + 1  # "the post office", "next": in case-less text an everyday phrase
            continue
        if kind == "LOCATION" and span.lower() in lex.org_words:
            kind = "ORGANISATION"  # "the co-op car park": the known business, not a place
        if kind == "ORGANISATION" and is_generic_service(span, bare=False):
            k = e + 1  # "Sefton Children's Services": a generic service; the place is found alone
            continue
        if kind == "LOCATION" and span.lower().endswith(_ORG_PAIR_TAILS) \
                and not _ALIAS_BEFORE.search(text, max(0, s0 - 16), s0):
            kind = "ORGANISATION"  # a retail park or shopping centre is run by a business
        if kind == "LOCATION" and e + 1 < n and adj(e, e + 1) and toks[e + 1].shape == "LOWER" \
                and toks[e + 1].text.lower() in _RETAIL_PAIR_HEADS:
            k = e + 1  # "Drake Circus shopping centre": the centre's name, a business found by its designator
            continue
        split = _town_then_street(text, toks, run, last, lex, caseless) if kind == "LOCATION" and street else None
        if split:
            out.extend(split)  # "Scarborough Falsgrave Road": a town, then the street in it
            k = e + 1
            continue
        attrs: dict[str, object] = {"cued": True} if street and t.shape == "TITLE" else {}
        out.append(Found(kind, s0, e0, span, clean_key(span), "rule", attrs))
        k = e + 1
    return out


def known_place_end(text: str, s: int, caseless: bool = False) -> int | None:
    """End of a known unmarked place starting at ``s`` written as a name (any case if case-less)."""
    m = re.match(r"[A-Za-z][A-Za-z'\-]*(?:[ ][A-Za-z][A-Za-z'\-]*){0,2}", text[s:])
    if not m:
        return None
    words = m.group(0).split(" ")
    for j in range(len(words), 0, -1):
        cand = " ".join(words[:j])
        if is_known_place(cand) or (caseless and cand.lower() in lexicon().place_words):
            return s + len(cand)
    return None


def _street_word_ok(tok, lex: Lexicon) -> bool:
    """A capitalised everyday word that can name a street ("Station", "Church", "Market")."""
    w = tok.text.lower()
    return tok.shape == "TITLE" and not (w in lex.stop or w in lex.day_month or w in lex.titles or w in lex.ranks
                                         or w in lex.determiners or w in lex.noise)


def _town_then_street(text: str, toks: list, run: list[int], last: int, lex: Lexicon,
                      caseless: bool = False) -> list[Found] | None:
    """A known town written straight before a street in a log line: two mentions, not one."""
    words = [x for x in run if toks[x].kind == "w"]
    for j in range(min(3, len(words) - 1), 0, -1):
        a, b = toks[words[0]].start, toks[words[j - 1]].end
        known = text[a:b].lower() in lex.place_words if caseless else is_known_place(text[a:b])
        if known and all(toks[x].text.lower() in ("new", "old") for x in words[j:]):
            return None  # "Bury New Road", "Leek Old Road": the road to the town, one name
        if known and toks[words[j]].shape == "TITLE":
            s1 = toks[words[j]].start
            e1 = toks[last].end
            return [Found("LOCATION", a, b, text[a:b], clean_key(text[a:b]), "rule"),
                    Found("LOCATION", s1, e1, text[s1:e1], clean_key(text[s1:e1]), "rule", {"cued": True})]
    return None


#: Prepositions after which a hasty note names a place, street or shop in lower case.
_LOWER_PLACE_CUE = r"(?:on|in|at|near|nr|off|down|up|along|from|to|towards|twds|outside|behind|inside|round|around|by|custody|via|go|going|went|gone|for|chk|stopped|seen)"
_CUE_WORDS = frozenset(_LOWER_PLACE_CUE[3:-1].split("|"))
_LOWER_STREET_SUFFIX = (
    "rd road ln lane st street ave avenue cl close dr drive gr grove cres crescent gdns gardens tce terrace way walk sq"
)
#: Chains and places whose names are also everyday words: never taken from lower-case text.
#: County short forms, which police also use for the county's force, team or council ("pass to
#: lancs", "LINCS RCT", "Leics CCE panel"): places only as written in mixed case and not before a team.
_COUNTY_SHORT = frozenset(
    "lincs glos notts herts cambs lancs yorks northants leics oxon derbys warks worcs shrops glams "
    "bucks beds hants berks staffs wilts".split()
)
_TEAM_AFTER = re.compile(r"[ ]+(?:(?i:rct|cid|cce|mash|police|constabulary|rart|ocg|cc|panel|intel|fire|probation|"
                         r"council|cc|yjs|yot|team|unit|force))(?![\w])")
_LOWER_AMBIGUOUS = frozenset(
    "next boots iceland game shelter refuge coral spar bolt uber amazon fearless booker subway costa "
    "bath reading wells deal march sale hope street ware hook rye diss looe ash eye wool bury "
    "savers starling lakeside pret hermes avanti jack's northern ups nationwide wise admiral kraken spoons".split()
) | _COUNTY_SHORT | {"post office", "quality save", "the range", "pets at home", "victim support", "missing people", "first bus",
                   "migrant help", "refugee action", "city hearts", "justice and care",
     "one stop", "new look", "five guys", "first direct", "best western", "direct line"}


def is_lower_ambiguous(name: str) -> bool:
    """A chain or place whose name is also everyday English ("post office", "next", "boots"):
    written in lower case it is the ordinary phrase, not the body (for views that re-case text)."""
    return " ".join(name.lower().split()) in _LOWER_AMBIGUOUS


#: Known places that are also lower-case English words: never taken bare from a hasty note.
_LOWER_WORDLIKE = frozenset(
    """barking tooting welling lancing poplar harrow rugby derby hull leek guernsey grays kent stewards
    buckskin baffins brickfields dovecot beechwood oakwood broughton clifton sheldon aston dudley beverley
    thorne stoke hayes dover boston newport normanton kensington""".split()
)
_LOWER_PLACE_WORD = re.compile(r"(?<![\w'\-@./])[a-z][a-z]{4,}")


def _is_hasty(text: str) -> bool:
    """Typed almost all in lower case (the hasty-note style), like the person rules' test."""
    words = [t for t in tokens_of(text) if t.kind == "w"]
    if len(words) < 4:
        return False
    return sum(1 for t in words if t.shape == "LOWER") / len(words) >= 0.85


@lru_cache(maxsize=1)
def _lower_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    cue = rf"(?<![\w'\-])(?:{_LOWER_PLACE_CUE})[ \t]+(?:the[ \t]+)?"
    suf = "|".join(sorted(_LOWER_STREET_SUFFIX.split(), key=len, reverse=True))
    street = re.compile(cue + rf"(?P<name>[a-z][a-z'\-]{{2,}}(?:[ \t][a-z][a-z'\-]{{2,}})?[ \t](?:{suf}))(?![\w'\-])")
    names = sorted({o.lower() for o in lex.known_orgs if len(o) >= 4}, key=len, reverse=True)
    known = re.compile(cue + rf"(?P<name>{_literal_trie(names)})(?![\w\-]|'\w)")
    # Towns and districts are looked up in the gazetteer index after any lower-case cue word.
    known_place = re.compile(cue + r"(?=[a-z])")
    estate = re.compile(r"(?<![\w'\-])the[ \t]+(?P<name>[a-z][a-z'\-]{2,})[ \t]+(?:estate|est)(?![\w\-])")
    return street, known, estate, known_place


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'\-])([a-z]+)[ ]+\Z")


def _after_lower_forename(text: str, s: int, lex: Lexicon) -> bool:
    """"phone of reece holloway", "driver mrs carol spalding": in lower-case writing a place word
    straight after a forename or a title is the person's surname."""
    m = _LOWER_WORD_BEFORE.search(text, max(0, s - 20), s)
    if not m:
        return False
    w = m.group(1)
    return w in lex.titles or (w in lex.forenames and w not in lex.common and w not in lex.stop
                               and w not in _CUE_WORDS and w not in lex.place_words)


#: A street designator after a lower-case known town or district names a street after it ("fleetwood rd",
#: "bucknall new road", "talbot rd"): the street is the place meant.
_LOWER_STREET_AFTER = re.compile(
    r"[ ](?:(?:new|old|upper|lower|high)[ ])?(?:rd|road|ln|lane|st|street|ave|avenue|cres|crescent|cl|close|"
    r"gdns|gardens|tce|terrace|sq|square)(?![\w'\-])"
)
#: A lower-case street with no cue word before it ("dispute gladstone st", "bus shelter nantwich rd",
#: "1935: stapleton rd stabbing"): the name must be no everyday English word ("slip road", "came close").
_BARE_LOWER_STREET = re.compile(
    r"(?<![\w'\-@./])(?P<name>(?:st[ ])?(?P<w>[a-z][a-z'\-]{3,})[ ](?:rd|road|ln|lane|st|street|ave|avenue|"
    r"cres|crescent|cl|close|gdns|gardens|tce|terrace|sq))(?![\w'\-])"
)


_WORD_AFTER = re.compile(r"[ ]([a-z][a-z'\-]*)")
#: Trades of shops that take a foreign town's name ("damascus grill", "kabul barbers", "lahore
#: sweets"), as opposed to the place a shop is in ("the leeds car wash", "bradford market").
_NAMED_SHOP_WORDS = frozenset("grill grills kebab kebabs takeaway barbers barber cuts cutz nails cafe café restaurant "
                              "pizza pizzeria chippy diner supermarket foods karahi tandoori balti spice sweets bakery "
                              "halal meats express mart".split())


def _shop_word_after(text: str, e: int, lex: Lexicon) -> bool:
    """"at damascus grill", "from lahore sweets", "kabul barbers": a town a shop is named after, in
    a hasty note's lower case, is the shop's name, not a place of the note."""
    m = _WORD_AFTER.match(text, e)
    return m is not None and m.group(1) in _NAMED_SHOP_WORDS


def _lower_names(text: str, lex: Lexicon) -> list[Found]:
    """Streets, towns and chains typed in lower case in hasty notes ("outside tesco on
    holderness rd", "got on bus twds walsall", "from the lings estate")."""
    if text.upper() == text:  # no lower-case letter at all
        return []
    street, known, estate, known_place = _lower_patterns()
    out: list[Found] = []

    def plain(words: list[str]) -> bool:
        return not any(w in lex.stop or w in lex.common or w in lex.noise or w in lex.day_month
                       or w in lex.vehicle_makes or w in lex.slang for w in words)

    for m in street.finditer(text):
        name = m["name"]
        if plain(name.split()[:-1]) and name.split()[0] not in _GENERIC_ROAD_WORDS:
            out.append(Found("LOCATION", m.start("name"), m.end("name"), name, clean_key(name), "rule"))
    for m in known.finditer(text):
        name = m["name"]
        low = name.lower()
        if low in _LOWER_AMBIGUOUS or low in lex.stop or low in lex.common:
            continue
        out.append(Found("ORGANISATION", m.start("name"), m.end("name"), name, clean_key(name), "rule"))
    for m in known_place.finditer(text):
        s = m.end()
        e = known_place_at(text, s)
        if e is None:
            continue
        name = text[s:e]
        low = name.lower()
        if low in _LOWER_AMBIGUOUS or low in lex.stop or low in lex.common or low in lex.forenames \
                or _after_lower_forename(text, s, lex) or _shop_word_after(text, e, lex):
            continue
        if (st := _LOWER_STREET_AFTER.match(text, e)) is not None:
            e = st.end()
            name = text[s:e]
        out.append(Found("LOCATION", s, e, name, clean_key(name), "rule"))
    if _is_hasty(text):
        taken = [(f.start, f.end) for f in out]
        for m in _LOWER_PLACE_WORD.finditer(text):
            s = m.start()
            if any(a <= s < b for a, b in taken):
                continue
            e = known_place_at(text, s)
            if e is None:
                continue
            name = text[s:e]
            low = name.lower()
            if (low in _LOWER_AMBIGUOUS or low in _LOWER_WORDLIKE or low in lex.stop or low in lex.common
                    or low in lex.forenames or low in lex.surnames or low in lex.slang or low in lex.noise
                    or _after_lower_forename(text, s, lex) or _shop_word_after(text, e, lex)):
                continue
            # A bare lower-case district in a hasty note ("lads on bikes again tettenhall, didnt stop").
            if (st := _LOWER_STREET_AFTER.match(text, e)) is not None:
                e = st.end()
                name = text[s:e]
            out.append(Found("LOCATION", s, e, name, clean_key(name), "rule"))
            taken.append((s, e))
    taken = [(f.start, f.end) for f in out]
    for m in _BARE_LOWER_STREET.finditer(text):
        s, e = m.span("name")
        w = m["w"]
        if any(a < e and s < b for a, b in taken) or w in lex.stop or w in lex.common or w in lex.noise \
                or w in lex.day_month or w in lex.slang or w in lex.vehicle_makes or w in _GENERIC_ROAD_WORDS \
                or w in lex.place_suffixes or w in lex.street_suffixes or w in _AREA_WORDS \
                or plain_english_word(w, lex) or _after_lower_forename(text, s, lex):  # "high town road"
            continue
        out.append(Found("LOCATION", s, e, m["name"], clean_key(m["name"]), "rule"))
    for m in estate.finditer(text):
        name = m["name"]
        if plain([name]) and name not in ("housing", "council", "industrial", "trading", "retail", "business", "same",
                                          "local", "whole", "new", "old", "big", "private", "nearby"):
            out.append(Found("LOCATION", m.start("name"), m.end("name"), name, clean_key(name), "rule"))
    return out


#: Trades a shop's lower-case name closes with in a hasty note ("at damascus grill", "from golden cuts",
#: "lotus nails open again", "cloud 9 vapes"): the trade word is part of the shop's name.
_LOWER_SHOP_WORD = re.compile(r"[ ](?:nails|grill|cuts|cutz|vapes|barbers|kebabs|pizza|phones|fones|takeaway|karahi|sweets)(?![\w'\-])")
_LOWER_SHOP_BEFORE = re.compile(
    r"(?:(?<![\w'\-])(?:at|from|outside|inside|into|to|near|nr|behind|opposite|of|owns|runs|visit|visited|raided|checked)"
    r"|(?:\A|\n|[.;:(]|[ ]-)[ \t]*)[ \t]*(?P<name>(?:[a-z][a-z'\-]+|[a-z][a-z'\-]+[ ](?:[a-z][a-z'\-]+|\d{1,2})))\Z"
)
#: Trade words that make a name of the word before them, whatever it is ("kurdish cuts", "polish nails"),
#: unlike a kind of shop after a nationality or a trade ("kurdish barbers", "chicken kebabs").
_NAME_TRADE_WORDS = frozenset("cuts cutz nails vapes".split())
#: Adjectives shop names are made of ("golden cuts", "elite barbers", "lucky star"), unlike a
#: description of the goods or the wounds ("fake nails", "deep cuts", "illicit vapes").
_SHOP_NAME_ADJECTIVES = frozenset("golden elite lucky royal happy super supreme premier prime classic perfect "
                                  "pretty posh fresh smart sharp magic".split())


def _lower_shops(text: str, lex: Lexicon) -> list[Found]:
    """A shop named in lower case by a word or two and its trade, after a word saying where or at a
    clause's start, in a hasty note: no everyday noun phrase ("his nails", "minor cuts", "cheap
    vapes"), no description of the trade ("turkish barbers", "chicken kebabs")."""
    data = _org_data()
    out: list[Found] = []
    for m in _LOWER_SHOP_WORD.finditer(text):
        b = _LOWER_SHOP_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if b is None:
            continue
        words = b["name"].split()
        named_trade = m.group(0)[1:] in _NAME_TRADE_WORDS  # "kurdish cuts" is a name, "kurdish barbers" a kind
        if any(w in lex.stop or w in lex.common or w in lex.noise or w in lex.day_month or w in lex.slang
               or w in lex.titles or w in lex.ranks or w in lex.org_suffixes or w in lex.street_suffixes
               or not named_trade and (w in data["business_descriptors"] or w in data["nationality_adjectives"])
               for w in words if not w.isdigit()):
            continue
        if words[0].isdigit() or any(w in _english_words("adj") and w not in _SHOP_NAME_ADJECTIVES
                                     and not (named_trade and w in data["nationality_adjectives"]) for w in words) \
                or any(w.endswith("ed") and _inflected_verb(w) for w in words):
            continue
        s, e = b.start("name"), m.end()
        out.append(Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule"))
    return out


#: Prisons and young offender institutions named by designator first ("HMP Doncaster").
_PRISON = re.compile(
    r"(?<![\w'\-])(?:HMP\s*(?:/|&|and)\s*YOI|HMP|HMYOI|HM\s+Prison|HM\s+YOI|YOI)\s+[A-Z][A-Za-z'\-]+"
    r"(?:[ ](?!Prison\b|PRISON\b)(?:[A-Z][a-z][A-Za-z'\-]*|[A-Z]{3,}\b))?"
)


@lru_cache(maxsize=1)
def _prison_names() -> frozenset[str]:
    """Names of the UK's prisons as written after "HMP" (lower case; ``data/uk_prisons.txt``)."""
    return frozenset(" ".join(line.lower().split()) for line in _read("uk_prisons.txt").splitlines()
                     if line.strip() and not line.startswith("#"))


def _prison_name_end(words: list[str]) -> int | None:
    """How many of the words after "HMP" are a known prison's name (the longest, up to three)."""
    names = _prison_names()
    for j in range(min(3, len(words)), 0, -1):
        if " ".join(words[:j]).lower() in names:
            return j
    return None


@lru_cache(maxsize=1)
def _prison_after_cue() -> re.Pattern[str]:
    """A known prison named bare after what only a prison is for ("released from Hindley on tag",
    "recalled to Forest Bank", "remanded to Doncaster"): the prison, not the town."""
    names = sorted(_prison_names(), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", "[ ]") for n in names)
    return re.compile(
        r"(?i)(?<![\w'\-])(?:released[ ]from|recalled[ ](?:back[ ])?to|remanded[ ](?:in[ ]custody[ ])?(?:to|at|in)|"
        r"serving[ ](?:(?:his|her|their|a)[ ](?:sentence|time|term)[ ])?(?:at|in)|"
        r"(?:inmate|prisoner)[ ](?:at|in)|locked[ ]up[ ]in)[ ]+(?P<n>" + alt + r")(?![\w\-])"
    )


#: A town's court: a body, not a street named "Crown Court" ("Leeds Crown Court").
#: "Derry Magistrates", "remanded to Wrexham Magistrates'": police notes drop "Court" after Magistrates.
_COURT = re.compile(
    r"(?<![\w'\-])(?:[A-Z][A-Za-z'\-]+\s+){1,3}(?:(?:Magistrates'?|Crown|County|Family|Youth|Coroner'?s|Sheriff)\s+Court"
    r"|Magistrates(?=(?:'|\u2019)?(?![\w\-'\u2019])))(?![\w\-])"
)


_COURT_CAPS = re.compile(
    r"(?<![\w'\-])(?:[A-Z][A-Z'\-]+\s+){1,3}(?:MAGISTRATES'?|CROWN|COUNTY|FAMILY|YOUTH|CORONER'?S|SHERIFF)\s+COURT(?![\w\-])"
)
#: Words of the sentence before a court's town ("FAIL TO APPEAR SUNDERLAND MAGISTRATES COURT").
_COURT_LEAD = frozenset("appear appears appeared appearing attend attends attended remanded bailed sentenced convicted "
                        "charged committed fta".split())
#: A council named by its place and the abbreviation police and councils write ("Rotherham MBC",
#: "Lancs CC", "placed by lancs cc", "Broxtowe BC"): the council, a body.
_COUNCIL_ABBR = re.compile(
    r"(?<![\w'\-@.])(?P<p>[A-Za-z][A-Za-z'\-]+(?:[ ][A-Za-z][A-Za-z'\-]+){0,2})[ ]"
    r"(?:MBC|MDC|LBC|RBC|BC|DC|CC|mbc|cc)(?![\w\-@])"
)


#: Club words after a town ("Leeds United", "Bristol Rovers"); City/Town/County are left out
#: because "Leicester City" is as often the place as the club.
TEAM_WORDS = frozenset(
    """united rovers wanderers athletic albion villa rangers celtic hotspur forest thistle tigers rhinos
    warriors saints sharks wasps bears falcons giants eagles wolves dragons steelers titans stags harriers
    wednesday argyle orient alexandra city town county""".split()
)
_TEAM = re.compile(
    r"(?<![\w'\-])(?P<town>[A-Z][A-Za-z'\-]+(?:[ ][A-Z][A-Za-z'\-]+)?)[ ](?P<club>United|Rovers|Wanderers|Athletic|"
    r"Albion|Villa|Rangers|Celtic|Hotspur|Thistle|Tigers|Rhinos|Warriors|Saints|Sharks|Wasps|Bears|Falcons|"
    r"Giants|Eagles|Wolves|Dragons|Steelers|Titans|Stags|Harriers|Wednesday|Argyle|Orient|Alexandra)(?![\w\-])"
)


_PRISON_CUE_WORD = re.compile(r"(?i)\b(?:released|recalled|remanded|serving|inmate|prisoner|locked)\b")


def _bodies(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _TEAM.finditer(text):
        town = m["town"]
        if not is_known_place(town):
            town = town.split(" ", 1)[-1]
            if not is_known_place(town):
                continue
        s0 = m.end() - len(m["club"]) - 1 - len(town)
        out.append(Found("ORGANISATION", s0, m.end(), text[s0 : m.end()], clean_key(text[s0 : m.end()]), "rule"))
    if "HM" in text or "YOI" in text:
        for m in _PRISON.finditer(text):
            span = m.group(0)
            last = span.rsplit(" ", 1)[-1]
            if last.isupper() and len(span.split()) > 2 and (last.lower() in lexicon().stop or lexicon().not_a_name_word(last)
                                                              or last.lower() in _org_data()["caseless_breaks"]):
                span = span[: -len(last) - 1]  # "HMP DOVEGATE ON 20/04": the sentence goes on
            head, *words = span.split(" ")
            if len(words) > 1 and head.upper() in ("HMP", "HMYOI", "YOI") and _prison_name_end(words) == 1:
                span = f"{head} {words[0]}"  # "HMP Leeds Tomorrow": the prison's name is one word
            out.append(Found("ORGANISATION", m.start(), m.start() + len(span), span, clean_key(span), "rule"))
    if _PRISON_CUE_WORD.search(text):
        for m in _prison_after_cue().finditer(text):
            if m["n"][0].isupper() or text.islower() or caseless(text):
                out.append(Found("ORGANISATION", m.start("n"), m.end("n"), m["n"], clean_key(m["n"]), "rule", {"cued": True}))
    if "Court" in text or "COURT" in text or "Magistrates" in text:
        for m in (_COURT_CAPS if "COURT" in text else _COURT).finditer(text):
            s = m.start()
            while s < m.end():  # drop leading sentence words ("At Leeds Crown Court", "NEXT COURT NORWICH ...")
                w = re.match(r"[A-Za-z'\-]+", text[s:]).group(0)
                if w.lower() in lexicon().stop or lexicon().not_a_name_word(w) or (w.isupper() and w.lower() == "court") \
                        or w.lower() in _COURT_LEAD:
                    s = m.start() + text[m.start():m.end()].find(" ", s - m.start()) + 1
                    s = s + len(text[s:]) - len(text[s:].lstrip())
                    continue
                break
            if text[s:m.end()].split()[0].title() in ("Magistrates", "Magistrates'", "Crown", "County", "Family", "Youth", "Sheriff"):
                continue
            out.append(Found("ORGANISATION", s, m.end(), text[s:m.end()], clean_key(text[s:m.end()]), "rule"))
    if " C" in text or " c" in text or "BC" in text or "DC" in text:
        for m in _COUNCIL_ABBR.finditer(text):
            words = m["p"].split(" ")
            for i in range(len(words)):  # the longest known place ending before the abbreviation
                cand = " ".join(words[i:])
                if m.group(0)[-1].islower() and not cand.islower():
                    continue  # "Leeds cc Sarah": an e-mail copy line, not a council
                if is_known_place(cand.title()) or cand.lower() in _COUNTY_SHORT:
                    s0 = m.end("p") - len(cand)
                    out.append(Found("ORGANISATION", s0, m.end(), text[s0 : m.end()], clean_key(text[s0 : m.end()]), "rule"))
                    break
    return out


#: Bodies named designator first: Welsh and Irish schools, colleges, hospitals and councils
#: ("Ysgol Bryn Hedd", "Coleg Gwent", "Gaelscoil na Mara") and English ministries/departments
#: ("Department for Work and Pensions", "Ministry of Justice").
_DESIGNATOR_FIRST = re.compile(
    r"(?<![\w'\-])(?:(?:Ysgol|Coleg|Prifysgol|Ysbyty|Canolfan|Cyngor|Meithrinfa|Gaelscoil|Scoil|Col[aá]iste|Meánscoil"
    r"|YSGOL|COLEG|PRIFYSGOL|YSBYTY|CANOLFAN|CYNGOR)"
    r"(?:[ ](?:[A-Z\u0174\u0176][^\W\d_]*(?:['\-][^\W\d_]+)*|y|yr|'r|na|an|Gyfun|Gynradd|Uwchradd)){1,4}"
    r"|(?:Department|Ministry|Office|Institute|Commissioner|Secretary)[ ](?:for|of)[ ](?:the[ ])?"
    r"[A-Z][A-Za-z'\-]+(?:[ ](?:and[ ]|&[ ])?[A-Z][A-Za-z'\-]+){0,3})"
)
#: Welsh streets, parks and estates named designator first ("Stryd Fawr", "Parc Cwmdonkin").
_PLACE_DESIGNATOR_FIRST = re.compile(
    r"(?<![\w'\-])(?:Parc|Stryd|Heol|Ffordd|L\u00f4n|Stad|Sgw\u00e2r)"
    r"(?:[ ](?:[A-Z\u0174\u0176][^\W\d_]*(?:['\-][^\W\d_]+)*|y|yr|'r)){1,3}"
)
#: Areas named "X of Y" ("Vale of York", "Isle of Wight", "Forest of Dean"); a body word after
#: it makes it part of a body's name instead ("City of Wolverhampton College").
_AREA_OF = re.compile(r"(?<![\w'\-])(?:Vale|Isle|Forest|Vale|Vales|Isles|Royal Forest)[ ]of[ ](?:the[ ])?[A-Z][a-z]+"
                      r"(?![\w\-])(?![ ][A-Z][a-z]+)")
#: A council named after its area in lower case ("rang great yarmouth borough council").
_LOWER_COUNCIL = re.compile(
    r"(?<![\w'\-])(?P<place>[a-z][a-z'\-]+(?:[ ][a-z][a-z'\-]+){0,2})[ ]"
    r"(?:(?:metropolitan[ ])?borough[ ]|city[ ]|county[ ]|district[ ]|town[ ]|parish[ ]|unitary[ ])?council(?![\w\-])"
)
#: A premises named, then its address ("Licensing review - The Kings Head, 4 Mill Lane"): the
#: name is the business. "The" names always; other names only after a premises word.
_PREMISES_THEN_ADDRESS = re.compile(
    r"(?<![\w'\-])(?P<name>(?:The[ ]|THE[ ])?[A-Z][A-Za-z'\u2019&\-]+(?:[ ](?:&[ ])?[A-Z][A-Za-z'\u2019\-]+){0,3}),[ \t]*"
    r"(?:(?:Unit|UNIT)[ ]\d+[A-Za-z]?,?[ ])?\d{1,4}[A-Za-z]?[ ,]+[A-Z][A-Za-z]"
)
_PREMISES_CUE = re.compile(
    r"(?i)(?:licen[cs]e[ds]?|licensing|premises|venue|test[ ]purchase|business|shop|store|takeaway|pub|bar|club|"
    r"off[ \-]licen[cs]e|restaurant|cafe|hotel|salon|car[ ]wash|nightclub|objection|review|closure[ ]order)"
    r"[ \t]*(?:review|visit|check|inspection|objection|application)?[ \t]*[:\-\u2013][ \t]*\Z"
)
#: ANPR and camera logs: a road number then the camera site ("A30 Carn Brea", "M62 J26 Chain Bar").
_ROAD_SITE = re.compile(
    r"(?<![\w\-/])[AMB][1-9]\d{0,3}(?:\(M\))?[ \t]+(?:J\d{1,2}[ab]?[ \t]+)?"
    r"(?P<name>[A-Z][a-z'\u2019]+(?:[ \t][A-Z][a-z'\u2019]+){0,2})(?![\w\-])"
)
#: ANPR log lines: a time then the camera site ("0210 Holme Cross", "14:32 Kirkstall Viaduct").
_TIME_SITE = re.compile(
    r"(?<![\w/:.])(?:[01]\d|2[0-3]):?[0-5]\d(?:hrs)?[ \t]+(?:hrs[ \t]+)?"
    r"(?P<name>[A-Z][a-z'\u2019]+(?:[ \t][A-Z][a-z'\u2019]+){0,2})(?![\w\-])"
)
#: A sighting log without the word ANPR: two or more "dd/mm hhmm" stamps.
_LOG_STAMP = re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d(?!\d)")
_DIRECTIONS = frozenset(
    "northbound southbound eastbound westbound nb sb eb wb north south east west junction jct j roundabout "
    "slip services bypass".split()
)
_ANPR_TEXT = re.compile(r"(?i)\b(?:anpr|camera|cameras|activations?|hits?|vrm|sightings?)\b")


def _site_name(text: str, s: int, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """Trim a camera-site name to its capitalised place words (no direction words, no jargon)."""
    words = list(re.finditer(r"[A-Za-z'\u2019]+", text[s:e]))
    keep = []
    for w in words:
        low = w.group().lower()
        if low in _DIRECTIONS or lex.not_a_name_word(low) and not keep or low in lex.vehicle_makes \
                or low in lex.vehicle_models or low in lex.day_month:
            break
        keep.append(w)
    if not keep:
        return None
    return s + keep[0].start(), s + keep[-1].end()


def _designated(text: str, lex: Lexicon) -> list[Found]:
    out: list[Found] = []
    if any(w in text for w in ("Ysgol", "YSGOL", "COLEG", "YSBYTY", "CYNGOR", "Coleg", "Prifysgol", "Ysbyty", "Canolfan", "Cyngor", "Meithrinfa", "scoil",
                               "Scoil", "Col", "Department", "Ministry", "Office", "Institute", "Commissioner", "Secretary")):
        for m in _DESIGNATOR_FIRST.finditer(text):
            span = m.group(0)
            ws = span.split()
            for j in range(2, len(ws)):  # shouted: "YSGOL GYFUN GŴYR BUS STOP" ends before "BUS"
                w = ws[j].lower()
                if ws[j].isupper() and (w in lex.stop or w in lex.common or w in _PAIR_ONLY or "'" in w
                                        or w in _org_data()["caseless_breaks"]):
                    span = " ".join(ws[:j])
                    break
            while span.split()[-1] in ("y", "yr", "'r", "na", "an", "and", "&", "the"):
                span = span.rsplit(" ", 1)[0]
            # The designator makes it a body: a forename inside ("Ysgol Bryn Hedd") is not a person.
            out.append(Found("ORGANISATION", m.start(), m.start() + len(span), span, clean_key(span), "rule",
                             {"cued": True}))
    if any(w in text for w in ("Parc ", "Stryd ", "Heol ", "Ffordd ", "L\u00f4n ", "Stad ", "Sgw\u00e2r ")):
        for m in _PLACE_DESIGNATOR_FIRST.finditer(text):
            span = m.group(0)
            while span.split()[-1] in ("y", "yr", "'r"):
                span = span.rsplit(" ", 1)[0]
            out.append(Found("LOCATION", m.start(), m.start() + len(span), span, clean_key(span), "rule", {"cued": True}))
    if " of " in text:
        for m in _AREA_OF.finditer(text):
            out.append(Found("LOCATION", m.start(), m.end(), m.group(0), clean_key(m.group(0)), "rule", {"cued": True}))
    if "council" in text:
        for m in _LOWER_COUNCIL.finditer(text):
            words = m["place"].split()
            while words and words[-1] in ("metropolitan", "borough", "city", "county", "district", "town", "parish"):
                words.pop()
            for j in range(len(words)):  # the longest known place that ends right before "council"
                cand = " ".join(words[j:])
                if cand in lex.place_words and cand not in lex.stop and cand not in lex.common:
                    s0 = m.start("place") + len(" ".join(words[:j])) + (1 if j else 0)
                    out.append(Found("ORGANISATION", s0, m.end(), text[s0:m.end()], clean_key(text[s0:m.end()]), "rule"))
                    break
    if "," in text:
        for m in _PREMISES_THEN_ADDRESS.finditer(text):
            name = m["name"]
            if not name.startswith(("The ", "THE ")) and not _PREMISES_CUE.search(text, max(0, m.start() - 40), m.start()):
                continue
            words = name.split()
            if all(lex.not_a_name_word(w) for w in words[1:] or words) or is_known_place(name.removeprefix("The ").removeprefix("THE ")):
                continue
            out.append(Found("ORGANISATION", m.start(), m.start() + len(name), name, clean_key(name), "rule"))
    if _ANPR_TEXT.search(text) or re.search(r"(?<![\w])[AM][1-9]\d{0,3}[ \t]+J\d", text) \
            or len(_LOG_STAMP.findall(text)) >= 2:
        for rx in (_ROAD_SITE, _TIME_SITE):
            for m in rx.finditer(text):
                if rx is _ROAD_SITE:
                    before = text[max(0, m.start() - 20) : m.start()].split()
                    if before and (before[-1].lower() in lex.vehicle_makes or before[-1].lower() in lex.vehicle_models):
                        continue  # "Audi A3 Sportback": a model, not a road
                site = _site_name(text, m.start("name"), m.end("name"), lex)
                if site is None:
                    continue
                s0, e0 = site
                first = text[s0:e0].split()[0].lower()
                if rx is _TIME_SITE and (first in lex.forenames or first in lex.titles or first in lex.ranks):
                    continue  # "0210 Kyle SMITH stopped": a person in the log, not a camera
                # After a road number the words are a site; after a time a person rule may still win.
                attrs: dict[str, object] = {"cued": True} if rx is _ROAD_SITE else {}
                out.append(Found("LOCATION", s0, e0, text[s0:e0], clean_key(text[s0:e0]), "rule", attrs))
    return out


@lru_cache(maxsize=1)
def _pub_pattern() -> re.Pattern[str]:
    """"drinking at The Plough", "outside The Blue Bell", "of The Feathers": a pub named "The ..."."""
    # The noun is capitalised as part of the name: "The Boars Head hotel" ends at "Head".
    ws = sorted(_org_data()["pub_nouns"], key=len, reverse=True)
    nouns = "|".join(re.escape(v) for w in ws for v in (w.capitalize(), w.upper()))
    return re.compile(
        rf"(?<![\w'\-])(?P<cue>{_PUB_CUE})[ \t]+(?P<name>The(?:[ ][A-Z][a-z'\u2019]+){{0,2}}[ ](?:{nouns}))"
        rf"(?![\w\-]|['\u2019]\w|[ ][A-Z])"
    )


@lru_cache(maxsize=1)
def _lower_the_pub() -> re.Pattern[str]:
    """"outside the Red Lion", "barred from the Kings Arms": a traditional pub name written in title
    case after a lower-case "the" (the article is not part of the name then)."""
    nouns = "|".join(w.capitalize() for w in sorted(_org_data()["pub_nouns"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'\-]){_PUB_CUE}[ \t]+the[ ](?P<name>[A-Z][a-z'\u2019]+(?:[ ][A-Z][a-z'\u2019]+)?[ ](?:{nouns}))"
        rf"(?![\w\-]|['\u2019]\w|[ ][A-Z])"
    )


@lru_cache(maxsize=1)
def _caseless_pub() -> re.Pattern[str]:
    nouns = "|".join(sorted(_org_data()["pub_nouns"], key=len, reverse=True))
    # Case-insensitive in shouted text; in ordinary text the name is lower case ("the crown pub").
    return re.compile(rf"(?<![\w'\-]){_PUB_CUE}[ \t]+(?P<name>(?i:the)(?:[ ][a-z'\u2019]+){{0,2}}[ ](?:{nouns}))[ ](?i:pub)\b")


@lru_cache(maxsize=1)
def _caseless_strong_pub() -> re.Pattern[str]:
    nouns = "|".join(sorted(_org_data()["pub_nouns_strong"], key=len, reverse=True))
    alone = "|".join(sorted(_org_data()["pub_nouns_alone"], key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w'\-]){_PUB_CUE}[ \t]+(?P<name>the(?:(?:[ ][a-z'\u2019]+){{1,2}}[ ](?:{nouns})|[ ](?:{alone})))"
                      rf"(?![\w\-])")


@lru_cache(maxsize=1)
def _shouted_pub() -> re.Pattern[str]:
    """"SEEN AT THE DRYSALTERS PUB": in case-less text "the" plus one or two words before "pub"."""
    return re.compile(rf"(?i)(?<![\w'\-]){_PUB_CUE}[ \t]+(?P<name>the(?:[ ][a-z'\u2019]+){{1,2}})[ ]pub\b")


_PUB_JOIN = re.compile(r"[ ](?:and|AND|&)[ ]")
_VISIT_BEFORE = re.compile(r"(?<![\w'\-])(?:re-?)?visit(?:ed)?[ ]+(?:the[ ])?\Z")
_PUB_LEFT = re.compile(r"(?<![\w'\-])(?:(?P<the>The[ ]|THE[ ])|(?P<low>the[ ]))?(?P<a>[A-Za-z]+)\Z")
_PUB_RIGHT = re.compile(r"(?P<b>[A-Za-z]+)(?![\w\-]|['\u2019]\w)")


@lru_cache(maxsize=1)
def _pub_lower_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'\-]){_PUB_CUE}[ \t]+(?:the[ ])?\Z")


def _pub_pairs(text: str) -> list[Found]:
    """"The Fox and Crown", "Crown & Anchor", "revisit crown & anchor": two pub nouns joined by
    "and" name a traditional pub ("Rose and Crown", "George and Dragon", "Lamb and Flag"). A capital
    "The" is part of the name; in lower case a word saying where must come first, and a street or
    place word after the pair makes it a street ("Crown and Anchor Lane")."""
    nouns = _org_data()["pub_nouns"]
    lex = lexicon()
    out: list[Found] = []
    for j in _PUB_JOIN.finditer(text):
        left = _PUB_LEFT.search(text, max(0, j.start() - 30), j.start())
        right = _PUB_RIGHT.match(text, j.end())
        if not left or not right:
            continue
        a, b = left["a"], right["b"]
        if a.lower() == b.lower():
            continue
        if a.lower() not in nouns or b.lower() not in nouns:
            # "The Horse and Jockey", "The Lamb and Lark": with a capital "The" before two capitalised
            # nouns, one pub noun is enough; the other must be an everyday noun, not a name or a body.
            other = b if a.lower() in nouns else a if b.lower() in nouns else None
            if not (other and left["the"] and a.istitle() and b.istitle() and other.lower() in _english_words("noun")
                    and not lex.not_a_name_word(other) and other.lower() not in lex.org_suffixes
                    and other.lower() not in lex.forenames):
                continue
        if a.istitle() and b.istitle() or a.isupper() and b.isupper() and caseless(text):
            # Shouted, "THE COACH AND HORSES PUB" keeps its "The" as _THE_VENUES do.
            s = left.start("the") if left["the"] else left.start("a")
        elif a.islower() and b.islower() and (_pub_lower_cue().search(text, max(0, left.start("a") - 40), left.start("a"))
                                                      or _VISIT_BEFORE.search(text, max(0, left.start("a") - 20), left.start("a"))):
            s = left.start("a")
        else:
            continue
        e = right.end()
        nxt = re.match(r"[ ]+([A-Za-z]+)", text[e:e + 30])
        if nxt and (nxt.group(1).lower() in lex.street_suffixes or nxt.group(1).lower() in lex.place_suffixes):
            continue
        out.append(Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True}))
    return out


def _after_pub(text: str, f: Found, pubs: list[Found]) -> Found:
    """A place read through a pub's name ends up as the street or place after it."""
    if f.type != "LOCATION":
        return f
    for p in pubs:
        if p.start <= f.start < p.end < f.end:
            s = p.end + len(text[p.end:f.end]) - len(text[p.end:f.end].lstrip(" ,"))
            return replace(f, start=s, text=text[s:f.end], key=clean_key(text[s:f.end]))
    return f


def _pub_name_words(words: list[str], lex: Lexicon) -> bool:
    """Words that can name a pub: no adjective or adverb ("the same pub", "the nearest pub"), no
    sentence word and no generic kind of pub ("the village pub", "the karaoke pub")."""
    adj, adv = _english_words("adj"), _english_words("adv")
    generic, nouns = _org_data()["generic_pub_words"], _org_data()["pub_nouns"]
    return not any(
        (lw := w.lower().strip("'\u2019")) in lex.stop or lw in lex.common or lw in lex.noise or lw in generic
        or ((lw in adj or lw in adv) and lw not in nouns) or lw in lex.place_words
        for w in words
    )


#: Bodies named head word first after a place ("University of Birmingham", "Bank of Scotland").
_HEAD_OF = re.compile(
    r"(?<![\w'\-])(?P<head>(?i:university|college|bank|institute|museum|royal[ ]bank))[ ](?i:of)[ ](?:(?i:the)[ ])?"
    r"(?P<place>[A-Za-z][A-Za-z'\-]+(?:[ ](?!(?i:and|or|in|at|on|is|was|for|to)\b)[A-Za-z][A-Za-z'\-]+)?)"
)


#: Words after which "The ..." names premises rather than starting a clause.
_PUB_CUE = (r"(?:at|in|outside|inside|from|of|near|nr|behind|opposite|by|to|into|visited|visiting|leaving|left|"
            r"entered|entering|frequents|frequenting|drinking|drinks|works|worked|working|landlord|landlady|licensee|"
            r"manager|staff|barred|banned)")


def _trade_names(text: str, lex: Lexicon, caseless: bool) -> list[Found]:
    """"Vape Kingdom", "Mega Pizza 4U", "Fone Fix": a trade word then a catchword (both
    capitalised unless the text is case-less), with a name word before them if there is one."""
    d = _org_data()
    heads, tails = d["trading_name_heads"], d["trading_name_tails"]
    toks = tokens_of(text)
    n = len(toks)
    out: list[Found] = []
    for i, t in enumerate(toks):
        if t.kind != "w" or t.text.lower() not in heads or not (caseless or t.text[:1].isupper()):
            continue
        j = i + 1
        if j >= n or toks[j].start != t.end + 1 or text[t.end] != " ":
            continue
        e = j  # the catchword, with glued parts ("4U", "King's")
        while e + 1 < n and toks[e + 1].start == toks[e].end and (toks[e + 1].kind in ("w", "d") or toks[e + 1].text in ("'", "\u2019")):
            e += 1
        tail = text[toks[j].start : toks[e].end]
        if tail.lower().replace("\u2019", "'") not in tails or not (caseless or tail[:1].isupper() or tail[:1].isdigit()):
            continue
        if e + 1 < n and toks[e + 1].start == toks[e].end and toks[e + 1].text in ("-", "'", "\u2019"):
            continue
        s0 = t.start
        if i >= 1 and toks[i - 1].kind == "w" and toks[i - 1].end == t.start - 1 and (caseless or toks[i - 1].shape in ("TITLE", "CAPS")):
            pre = toks[i - 1].text.lower()
            at_start = i == 1 or toks[i - 2].text in (".", "!", "?", ":") or "\n" in text[toks[i - 2].end : toks[i - 1].start]
            if not (at_start or lex.not_a_name_word(pre) or pre in lex.cues or pre in lex.vehicle_makes
                    or pre in _CUE_WORDS or pre in d["caseless_breaks"] or (caseless and _inflected_verb(pre))):
                s0 = toks[i - 1].start
        span = text[s0 : toks[e].end]
        if s0 == t.start and " ".join(span.lower().split()) in d["pairs"]:
            continue  # "NAIL BAR MANAGER ARRESTED", "the kebab house": a kind of shop, no name before it
        out.append(Found("ORGANISATION", s0, toks[e].end, span, clean_key(span), "rule"))
    return out


#: A custody record names the detained person's solicitors' firm after its label ("Solicitor from
#: Hadley Marsh present", "Legal rep: Carter Pryce", "Duty solicitor - Fenwick Moore"): firms are
#: named after their partners, so two or three capitalised words there are the firm, not a person.
_LAW_FIRM = re.compile(
    r"(?:(?i:\b(?:duty[ ])?solicitors?(?:[ ]from|[ ]of)?|\blegal[ ]rep(?:resentative)?(?:[ ]from|[ ]of)?)"
    r"[ ]*(?:[:\-\u2013][ ]*)?|(?i:\blegal)[ ]*[:\-\u2013][ ]*)"
    r"(?P<name>[A-Z][a-z][A-Za-z'\-]+(?:[ ](?:&[ ])?[A-Z][a-z][A-Za-z'\-]+){1,2})(?=[ ]*(?:[.,;)\n]|$|[ ](?:present|attended|attending|in|on|at|for|was|is|has|advised|represented|notified)\b))"
)


def _law_firms(text: str, lex: Lexicon) -> list[Found]:
    out: list[Found] = []
    for m in _LAW_FIRM.finditer(text):
        words = m["name"].replace("& ", "").split()
        if words[0] in ("Mr", "Mrs", "Ms", "Miss", "Dr") or any(lex.not_a_name_word(w) for w in words):
            continue
        if "&" not in m["name"] and words[0].lower() in lex.forenames:
            continue  # "Solicitor: Jane Smith": the solicitor herself, who acts in role
        out.append(Found("ORGANISATION", m.start("name"), m.end("name"), m["name"], clean_key(m["name"]), "rule",
                         {"cued": True}))  # the label says firm: beats a person rule's reading of the words
    return out


def _trading_names(text: str, lex: Lexicon, caseless: bool = False) -> list[Found]:
    """Trading names built from a trade word and a catchword ("Vape Kingdom", "Pizza 4U") and
    traditional pub names written "The ..." after a place word ("at The Plough"; in case-less
    text only when "pub" follows: "outside the crown pub")."""
    pub = _pub_pattern()
    out: list[Found] = []
    if caseless or " pub" in text:
        for m in _caseless_pub().finditer(text):
            words = m["name"].split()
            if not any(lex.not_a_name_word(w) for w in words[1:-1]):
                out.append(Found("ORGANISATION", m.start("name"), m.end("name"), m["name"], clean_key(m["name"]), "rule"))
    if caseless:
        for m in _shouted_pub().finditer(text):
            if _pub_name_words(m["name"].split()[1:], lex):
                out.append(Found("ORGANISATION", m.start("name"), m.end("name"), m["name"], clean_key(m["name"]), "rule"))
        for m in _caseless_strong_pub().finditer(text):
            words = m["name"].split()  # "LEAVING THE KINGS HEAD": at least one word before the noun
            if not any(lex.not_a_name_word(w) and w.lower() not in _NAME_ADJECTIVES for w in words[1:-1]):
                out.append(Found("ORGANISATION", m.start("name"), m.end("name"), m["name"], clean_key(m["name"]), "rule"))
    if "of " in text or "OF " in text:
        for m in _HEAD_OF.finditer(text):
            place = m["place"]
            first = place.split()[0].lower()
            if first not in lex.place_words or not (caseless or place[:1].isupper() and m["head"][:1].isupper()):
                continue
            e0 = m.end()
            if " " in place and place.lower() not in lex.place_words and not (place.split()[1][:1].isupper() and not caseless):
                e0 = m.start("place") + len(place.split()[0])  # "University of Leeds student"
            span = text[m.start() : e0]  # "University of Birmingham", "BANK OF SCOTLAND": a body named after a place
            out.append(Found("ORGANISATION", m.start(), e0, span, clean_key(span), "rule"))
    out.extend(_trade_names(text, lex, caseless))
    if not caseless and " the " in text:
        for m in _lower_the_pub().finditer(text):
            words = m["name"].split()
            heads = [w for w in words[:-1] if w.lower() not in _NAME_ADJECTIVES]  # "Red Lion", "Royal Oak"
            if _pub_name_words(heads, lex) and not any(lex.not_a_name_word(w) for w in words[:-1]):
                out.append(Found("ORGANISATION", m.start("name"), m.end("name"), m["name"], clean_key(m["name"]), "rule"))
    if "The " in text:
        for m in pub.finditer(text):
            name = m["name"]
            if any(lex.not_a_name_word(w) and w.lower() not in _NAME_ADJECTIVES for w in name.split()[1:-1]):
                continue  # "The Black Bull", "The White Hart": a colour is a pub name's word
            out.append(Found("ORGANISATION", m.start("name"), m.end("name"), name, clean_key(name), "rule"))
        out.extend(_the_venues(text, lex))
    return out


#: "at The Dukes Gate pub", "(The Cedar Court hotel, ...)": "The" and title-case words before a
#: lower-case kind of venue are the venue's name (the kind stays outside, as the guidelines say).
_THE_BEFORE_VENUE = re.compile(
    r"(?<![\w'\-])(?P<name>The(?:[ ][A-Z][a-z'\u2019]*[a-z]){1,3})"
    r"(?=[ ](?:pub|hotel|bar|nightclub|club|inn|restaurant|cafe|caf\u00e9|public[ ]house|social[ ]club)\b)"
)
#: "drinking at The Philharmonic", "fight outside The Griffin,", "works at The Marine Tavern": after
#: a word saying where, a capital "The" and one to three title-case words name premises (every
#: independent set marks these as bodies, "The" inside).
_THE_AFTER_CUE = re.compile(
    r"(?<![\w'\-])(?:at|outside|inside|into|from|near|nr|behind|opposite|of|to|leaving|left|entered|entering|"
    r"visited|visiting|frequents|frequenting|drinking)[ ](?P<name>The(?:[ ][A-Z][a-z]+){1,3})"
    r"(?![\w\-]|['\u2019]|[ ]?[A-Z&(]|[ ]+(?:and|or|of|&)[ ]+[A-Z])"
)
#: ", 3 Unthank Road" / ", Church Lane": after a comma, a house name's address goes on.
_ADDRESS_ON = re.compile(r",[ ]*(?:\d|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ](?:Road|Rd|Street|St|Lane|Avenue|Close|Drive|Way|Crescent|Grove)\b)")


def _the_venues(text: str, lex: Lexicon) -> list[Found]:
    """Premises named "The ..." mid-sentence, by the kind of venue after them or a word saying
    where before them. Not a sentence's own "The", no everyday word (but a colour or "Old"), no
    known place ("to The Netherlands"), no street or place word at the end ("at The Crescent"),
    no lone adjective after a cue ("at The Level"), and no house name going on into its address
    ("of The Willows, 3 Unthank Road")."""
    out: list[Found] = []
    pubby = _org_data()["pub_nouns"] | lex.org_suffixes
    for rx in (_THE_BEFORE_VENUE, _THE_AFTER_CUE):
        for m in rx.finditer(text):
            s, e = m.span("name")
            if not _THE_MID.search(text, max(0, s - 4), s + 4):
                continue
            words = m["name"].split()[1:]
            last = words[-1].lower()
            rest = " ".join(words)
            if any(lex.not_a_name_word(w) and w.lower() not in _NAME_ADJECTIVES for w in words):
                continue
            if rest.lower() in lex.place_words or is_known_place(rest):
                continue
            if rx is _THE_AFTER_CUE and last not in pubby:
                if last in lex.street_suffixes or last in lex.place_suffixes or _ADDRESS_ON.match(text, e):
                    continue
                if len(words) == 1 and last in _english_words("adj"):
                    continue  # "sell it at The Level": a lone adjective names a place as often
            e = _without_branch_town(text, s, e, m["name"].split())
            out.append(Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True}))
    return out


#: Night-time-economy and licensing notes name premises by what the door or licence holder does there:
#: "ejected from Walkabout", "barred from Red Lion", "doorman at Reds", "DPS at Peppermint",
#: "licensee of Bar Kilimanjaro", "drinks in The Vine". A gate of literal words keeps it off most reports.
_NTE_GATE = re.compile(r"(?i)\b(?:ejected|thrown[ ]out|kicked[ ]out|barred|door|doorm[ae]n|doorstaff|bouncers?|dps|licensee|bar[ ]staff|drinks|drank|drinking|nte|pubwatch)\b")
#: Literal words one of which every _NTE_GATE match holds (a cheap test before the pattern).
_NTE_LITERALS = ("ejected", "thrown out", "kicked out", "barred", "door", "bouncer", "dps", "licensee", "bar staff",
                 "drink", "drank", "nte", "pubwatch")
_NTE_BEFORE = re.compile(
    r"(?<![\w'\-])(?i:ejected[ ]from|thrown[ ]out[ ]of|kicked[ ]out[ ]of|barred[ ]from|"
    r"doorm[ae]n[ ]at|door[ ]staff[ ]at|doorstaff[ ]at|bouncers?[ ]at|door[ ]supervisors?[ ]at|"
    r"(?:working|on)[ ]the[ ]door[ ]at|DPS[ ](?:at|of|for)|licensee[ ](?:at|of)|bar[ ]staff[ ]at|"
    r"(?:drinks|drank|drinking|seen|spotted)[ ]in|(?P<nte>outside|o/s|queue[ ](?:at|outside|o/s)))[ ]"
    r"(?P<name>(?:The[ ])?[A-Z][A-Za-z'\u2019]*[a-z'\u2019](?:[ ](?:&[ ])?[A-Z][A-Za-z'\u2019]*[a-z'\u2019]){0,2})(?![\w\-])"
)
#: Last words of the streets and squares a night out happens in ("Bigg Market", "Market Square").
_NTE_PLACE_WORDS = frozenset("market markets square cross quay quayside parade arcade gate gates green centre".split())
#: A night-time-economy log or licensing note (the word "NTE", a pubwatch, door staff, a DPS): only
#: there does "outside Flares", "queue o/s Revolution" name premises rather than anywhere at all.
_NTE_LOG = re.compile(r"(?<![\w'\-])(?:NTE|nte|[Pp]ubwatch|PUBWATCH|DPS|[Dd]oor[ ]?staff|[Dd]oorm[ae]n|[Bb]ouncers?)(?![\w'\-])")
#: "2310 Red Lion door refused entry", "2250 - Flares door staff detained": a log entry opening with
#: the premises, then its door.
_NTE_AFTER = re.compile(
    r"(?:\A|\n|[.;:][ \t]+|(?<![\w/:])(?:[01]\d|2[0-3]):?[0-5]\d(?:hrs)?[ \t]+(?:-[ \t]+)?)"
    r"(?P<name>(?:The[ ])?[A-Z][A-Za-z'\u2019]*[a-z'\u2019](?:[ ](?:&[ ])?[A-Z][A-Za-z'\u2019]*[a-z'\u2019]){0,2})"
    r"[ ](?=(?i:door[ ]staff|doorstaff|door[ ]supervisors?|doorm[ae]n|bouncers|door[ ](?:refused|ejected|detained|called|reported|report)))"
)


_NTE_HOME_AFTER = re.compile(r"[ ]+(?:house|home|flat|place|address|party|car|van)\b")


def _without_branch_town(text: str, s: int, e: int, words: list[str]) -> int:
    """End of premises read off a cue before a known town written after them ("assault at The
    Swan Bolton", "doorman at Club Luxe Newcastle"): the town places the premises and is a place
    of its own, as annotators of every set mark it. A lone word ("ejected from Preston") keeps it."""
    core = [w for w in words if w not in ("The", "&")]
    if len(core) < 2:
        return e
    for k in (2, 1):
        if len(core) - k < 1 or words[-k - 1] == "&":
            continue
        tail = " ".join(words[-k:])
        if is_known_place(tail):
            return e - len(tail) - 1
    return e


def _nte_venues(text: str, lex: Lexicon) -> list[Found]:
    """Premises named by a door or licensing cue. Not a known place ("seen in Carlisle"), not a
    person ("refused entry to Ryan PARRY" is not a cue at all), no everyday word, street or place
    word at the end ("seen in Sun Street", "spotted in Alexandra Park")."""
    low = text.lower()
    if not any(w in low for w in _NTE_LITERALS) or not _NTE_GATE.search(text):
        return []
    out: list[Found] = []
    nte_log: bool | None = None
    for rx in (_NTE_BEFORE, _NTE_AFTER):
        for m in rx.finditer(text):
            s, e = m.span("name")
            if rx is _NTE_BEFORE and m["nte"] and nte_log is None:
                nte_log = _NTE_LOG.search(text) is not None
            if rx is _NTE_BEFORE and m["nte"] and not nte_log:
                continue  # "outside Greggs" in any other report: the place rules' business
            words = m["name"].split()
            core = [w for w in words if w not in ("The", "&")]
            last = core[-1].lower()
            if rx is _NTE_BEFORE and m["nte"] and (last in _NTE_PLACE_WORDS or is_known_place(core[0])
                                                    or len(core) == 1 and last in lex.org_suffixes
                                                    or text[e:e + 2][:1] == " " and text[e + 1:e + 2].isdigit()):
                continue  # "outside Bigg Market", "outside Leeds Minster", "outside Bar 36": no premises read here
            seen_cue = rx is _NTE_BEFORE and m.group(0)[:m.start("name") - m.start()].lower().split()[0] in ("seen", "spotted")
            if seen_cue and words[0] != "The":
                continue  # "seen in Lochee", "seen in Merry Hill": a place as often as premises
            if any(lex.not_a_name_word(w) for w in core) or last in lex.street_suffixes or last in lex.place_suffixes:
                continue
            if len(core) == 1 and (last in _english_words("adj") or last.endswith("ed") and _inflected_verb(last)):
                continue  # "Licensed door staff", "Extra door staff": a kind of door, not premises
            name = " ".join(core)
            if name.lower() in lex.place_words or is_known_place(name) or is_known_place(m["name"]):
                continue
            e = _without_branch_town(text, s, e, words)
            first = core[0].lower().removesuffix("'s").removesuffix("\u2019s")
            if first in lex.forenames and (len(core) == 1 or core[1].lower() not in _org_data()["pub_nouns"]) \
                    or _NTE_HOME_AFTER.match(text, e):
                continue  # "barred from Ryan Parry", "ejected from Jack's house": a person and a home
            out.append(Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True}))
    return out


#: Fuel drive-off and MOWP reports name a filling station by its brand and its road or site
#: ("BP Thorne Road", "Jet Bawtry Road services", "Esso Balby Service Station", "Esso Whitchurch
#: forecourt"): the brand and the words after it are the one station, a body. The brand before a
#: bare town stays the brand ("Shell Sleaford": annotators split it as often as not).
_FUEL_LITERALS = ("Esso ", "BP ", "Shell ", "Texaco ", "Jet ", "Gulf ", "Murco ", "Applegreen ")
_FUEL_GATE = re.compile(r"\b(?:Esso|BP|Shell|Texaco|Jet|Gulf|Murco|Applegreen)[ ][A-Z]")
_FUEL_SITE = re.compile(
    r"(?<![\w'\-])(?P<name>(?:Esso|BP|Shell|Texaco|Jet|Gulf|Murco|Applegreen)(?:[ ][A-Z][a-z'\u2019]+){1,3}?"
    r"(?:(?P<st>[ ](?:Road|Rd|Lane|Ln|Street|St|Avenue|Way|Drive|Hill|Bridge))|(?P<ss>[ ](?:Service[ ]Station|Services|Petrol[ ]Station|Filling[ ]Station))"
    r"|(?=[ ](?:garage|forecourt|services|service[ ]station|petrol[ ]station|filling[ ]station)\b)))(?![\w\-])"
)


def _fuel_sites(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _FUEL_SITE.finditer(text):
        s, e = m.span("name")
        words = text[s:e].split()[1:]
        if any(lexicon().not_a_name_word(w) and w.lower() not in lexicon().street_suffixes for w in words):
            continue  # "Shell On Monday garage": no site name
        out.append(Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True}))
    return out


def _repeats(text: str, found: list[Found]) -> list[Found]:
    """A business named once by a rule is the same business where the name recurs in the text
    ("... The Feathers, 14 Hope St ... the licensee of The Feathers ...")."""
    out: list[Found] = []
    names = {f.text for f in found if f.type == "ORGANISATION" and f.method == "rule" and " " in f.text}
    have = {(f.start, f.end) for f in found}
    for name in names:
        # A plain search, not a regex compiled per name and text (that cost more than the rest).
        i = text.find(name)
        while i >= 0:
            e = i + len(name)
            before = text[i - 1] if i else " "
            after = text[e : e + 2]
            if not (before.isalnum() or before in "_'-") and not (
                    after[:1].isalnum() or after[:1] in "_-" or (after[:1] in "'\u2019" and after[1:2].isalnum())) \
                    and (i, e) not in have:
                out.append(Found("ORGANISATION", i, e, name, clean_key(name), "rule"))
            i = text.find(name, i + 1)
    return out


#: A compass or size word written before a known place names one area with it ("West Belfast").
_COMPASS_BEFORE = re.compile(r"(?<![\w'\-])(?:North|South|East|West|Greater|Central|Mid|NORTH|SOUTH|EAST|WEST|GREATER)[ ]\Z")
_FORCE_AFTER = re.compile(r"[ ]+(?i:police|constabulary)\b")
_FORCE_BEFORE = re.compile(r"(?i:\bpolice|\bheddlu(?:[ ]+(?:de|gogledd|dyfed))?)[ ]+\Z")


def _in_force_name(text: str, s: int, e: int) -> bool:
    """"South Wales Police", "Police Scotland", "Heddlu Gwent": a force's area is not a place here."""
    return _FORCE_AFTER.match(text, e) is not None or _FORCE_BEFORE.search(text, max(0, s - 20), s) is not None


#: Bodies named designator first, in case-less text: prisons and Welsh schools and councils.
_CASELESS_DESIGNATOR = re.compile(
    r"(?i)(?<![\w'\-])(?P<head>hmp(?:[ ]*(?:/|&|and)[ ]*yoi)?|hmyoi|hm[ ]prison|ysgol|coleg|ysbyty|cyngor)"
    r"(?P<rest>(?:[ ][^\W\d_]+(?:['\-][^\W\d_]+)*){1,3})"
)


def _caseless_designated(text: str, lex: Lexicon) -> list[Found]:
    """"hmp birmingham", "cyngor gwynedd", "YSGOL GYFUN GŴYR": the name words after the
    designator, up to a sentence word or a designator of another kind."""
    out: list[Found] = []
    data = _org_data()
    for m in _CASELESS_DESIGNATOR.finditer(text):
        e = m.end("head")
        if m["head"].lower().startswith("hm"):
            rest = list(re.finditer(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", m["rest"]))
            j = _prison_name_end([w.group() for w in rest])
            if j:  # "hmp holme house", "hmp leeds tmrw": a known prison ends where its name ends
                e = m.start("rest") + rest[j - 1].end()
                out.append(Found("ORGANISATION", m.start(), e, text[m.start():e], clean_key(text[m.start():e]),
                                 "rule", {"cued": True}))
                continue
        for w in re.finditer(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", m["rest"]):
            low = w.group().lower()
            if (low in lex.stop or low in lex.common or low in data["caseless_breaks"] or low in _PAIR_ONLY
                    or low in _CUE_WORDS or low in lex.noise or low in lex.place_suffixes or "'" in low):
                break
            e = m.start("rest") + w.end()
        if e > m.end("head"):
            span = text[m.start() : e]
            out.append(Found("ORGANISATION", m.start(), e, span, clean_key(span), "rule", {"cued": True}))
    return out


_SPAN_WORD = re.compile(r"[^\s,;:()]+")
_COUNCIL_HEADS = frozenset({"council", "cyngor"})


def _trim_caseless(f: Found, lex: Lexicon) -> Found | None:
    """A name found in case-less text by a rule that reads capitals (premises, courts, sites):
    sentence words before it and lower-case-style designators after it are not part of it."""
    data = _org_data()
    words = list(_SPAN_WORD.finditer(f.text))
    a, b = 0, len(words)
    while a < b and (w := words[a].group().lower()) and (
            w in lex.stop or w in lex.common or w in _CUE_WORDS or w in data["caseless_breaks"]) and w != "the" \
            and w not in _NAME_ADJECTIVES:
        a += 1
    while b - a >= 2:
        last = words[b - 1].group().lower()
        if last in data["caseless_outside"]:
            b -= 1
        elif b - a >= 3 and f"{words[b - 2].group()} {last}".lower() in data["caseless_outside_pairs"]:
            b -= 2
        else:
            break
    # "SUFFOLK COUNTY COUNCIL TRANSPORT", "LEEDS CITY COUNCIL HOUSING TEAM": a council's service
    # after its name is a description, the body ends at "COUNCIL".
    for k in range(a + 1, b - 1):
        if words[k].group().lower() in _COUNCIL_HEADS and words[k - 1].group().lower() != "of" and all(
                (w := words[j].group().lower()) in _english_words("noun") and w not in lex.place_words
                for j in range(k + 1, b)):
            b = k + 1
            break
    if a >= b or (b - a == 1 and _kind_of_suffix(words[a].group(), "TITLE", lex)):
        return None  # nothing left but a designator ("ROAD")
    if (a, b) == (0, len(words)):
        return f
    s0, e0 = f.start + words[a].start(), f.start + words[b - 1].end()
    span = f.text[words[a].start() : words[b - 1].end()]
    return Found(f.type, s0, e0, span, clean_key(span), f.method, f.attrs)


#: English place names joined by a connector ("Holme-on-Spalding-Moor", "Sutton-in-Ashfield",
#: "Ashby-de-la-Zouch", "Weston-super-Mare"): the shape alone says place, gazetteer or not.
_HYPHEN_PLACE = re.compile(
    r"(?<![\w'\-\u2019])(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
    r"(?:-(?:on|upon|under|in|le|la|les|de|by|en|cum|next|super|over|sub|juxta)(?:-(?:the|le|la|sea))?-[A-Z][a-z]+)+"
    r"(?:-[A-Z][a-z]+)*"
    r"|[A-Z]+(?:-[A-Z]+)*(?:-(?:ON|UPON|UNDER|IN|LE|LA|LES|DE|BY|EN|CUM|NEXT|SUPER|OVER|SUB|JUXTA)(?:-(?:THE|LE|LA|SEA))?-[A-Z]{2,})+"
    r"(?:-[A-Z]+)*)(?![\w'\-\u2019])"
)


#: Welsh place names by their shape: joined by the article ("Betws-y-Coed", "Pen-y-bont",
#: "Llanrhaeadr-ym-Mochnant", "Pen-yr-Heol"), or opening with "Llan" (church), "Cwm" (valley),
#: "Ystrad" (vale) or "Ponty"/"Pontar" (bridge) as one word ("Llanidloes", "Cwmbran",
#: "Pontyclun"): no English word or name is built so, and villages and farms named so are too
#: many for a gazetteer.
_WELSH_PLACE = re.compile(
    r"(?<![\w'\-\u2019])(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*-(?:y|yr|ym|y'r)-[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*"
    r"|(?:Llan[a-z]{4,}|Cwm[a-z]{3,}|Ystrad[a-z]{0,}|Ponty[a-z]{3,}|Pontar[a-z]{3,}))(?![\w'\-\u2019])"
)


#: English village and town names end in old place elements ("-ley", "-ton", "-ham", "-by",
#: "-thorpe", "-wick", "-worth", "-bury", "-borough", "-field", "-stead", "-dale", "-side"...);
#: written straight after a place word and ending there ("stolen at Kinnerley.", "lives near
#: Lastingham"), an unknown one so shaped is a place; forenames and surnames are left out.
_SHAPED_PLACE = re.compile(
    r"(?<![\w'\-])(?i:in|at|near|nr|around|outside|towards|twds|via|into|across)[ ]+(?:the[ ]+)?"
    r"(?P<p>[A-Z][a-z]{2,}(?:ley|leigh|ton|ham|by|thorpe|wick|worth|wardine|bury|borough|burgh|field|stead|dale|dene|"
    r"side|hurst|combe|mouth|minster|caster|cester|chester|bridge|ford|well|wood|more|sey|ney|holme|thwaite|bourne))"
    r"(?=[ ]*[.,;:)\n]|[ ]+(?:and|or|area|village|estate|farm|again|overnight|last|yesterday|today|on|at|in|by|for|with|but|where|who|when)\b|[ ]*\Z)"
)


def _shaped_places(text: str, lex: Lexicon) -> list[Found]:
    out = []
    for m in _SHAPED_PLACE.finditer(text):
        w = m["p"]
        low = w.lower()
        if low in lex.forenames or low in lex.surnames or lex.not_a_name_word(w) or low in lex.org_words:
            continue
        out.append(Found("LOCATION", m.start("p"), m.end("p"), w, clean_key(w), "rule", {"cued": True}))
    return out


def _hyphen_places(text: str, lex: Lexicon) -> list[Found]:
    """Connector-hyphenated place names; not kinship words ("Brother-in-Law", "Mother-in-Law");
    Welsh names by their shape, unless a known forename or surname."""
    out = []
    if "Llan" in text or "Cwm" in text or "Ystrad" in text or "Pont" in text or "-y" in text:
        for m in _WELSH_PLACE.finditer(text):
            low = m.group(0).lower()
            if low in lex.forenames or low in lex.surnames or low in lex.stop:
                continue
            out.append(Found("LOCATION", m.start(), m.end(), m.group(0), clean_key(m.group(0)), "rule", {"cued": True}))
    for m in _HYPHEN_PLACE.finditer(text):
        first = m.group(0).split("-", 1)[0].lower()
        if first in lex.cues or first in lex.role_words or first in lex.common or first in lex.stop:
            continue
        span = m.group(0)
        out.append(Found("LOCATION", m.start(), m.end(), span, clean_key(span), "rule", {"cued": True}))
    return out


#: Sport results ("Yorkshire beat Surrey", "Leicester Tigers beat Bath 27-20"): a place on either
#: side of a result verb is its team, a body, not the place.
_RESULT_VERB = re.compile(r"[ ](?:beat|beats|defeated|defeat|thrashed|edged|drew[ ]with|lost[ ]to|draw[ ]with)[ ]")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?![\w'\-])")
_SCORE_AFTER = re.compile(r"[ ]+\d{1,3}[-\u2013]\d{1,3}\b|[ ]+(?:at|in|on|by)[ ]+[A-Z]|[ ]*[.,;]")


def _teams(text: str, found: list[Found]) -> list[Found]:
    """Known places that are the sides of a sport result become bodies."""
    by_end = {f.end: f for f in found}
    by_start = {f.start: f for f in found}
    teams: set[tuple[int, int]] = set()
    extra: list[Found] = []
    for m in _RESULT_VERB.finditer(text):
        a, b = by_end.get(m.start()), by_start.get(m.end())
        if a is not None and b is None and (w := _TITLE_WORD.match(text, m.end())):
            # "... Tigers beat Bath 27-20": a place that is also a word, named by the result.
            if any(p.low == w.group(0).lower() for p in place_index().get(w.group(0).lower(), ())):
                b = Found("ORGANISATION", w.start(), w.end(), w.group(0), clean_key(w.group(0)), "rule")
                extra.append(b)
        if a is None or b is None or not _SCORE_AFTER.match(text, b.end):
            continue
        if a.type == "LOCATION" and " " not in a.text.strip() and is_known_place(a.text) or a.type == "ORGANISATION":
            if b.type == "LOCATION" and is_known_place(b.text) or b in extra:
                teams.update({(a.start, a.end), (b.start, b.end)})
    if not teams:
        return found
    found = found + [f for f in extra if (f.start, f.end) in teams]
    return [Found("ORGANISATION", f.start, f.end, f.text, f.key, f.method)
            if f.type == "LOCATION" and (f.start, f.end) in teams else f for f in found]


#: Football clubs named after their town ("Leeds United", "Blackburn Rovers", "Hull City").
_CLUB = re.compile(
    r"(?<![\w'\-])(?P<p>[A-Z][a-z]+(?:[ ](?:&[ ])?[A-Z][a-z]+)?)[ ](?P<k>United|Rovers|Athletic|Albion|Wanderers|City)"
    r"(?![\w\-]|[ ](?:&[ ])?[A-Z])"
)
#: A fixture, "Celtic v Rangers", "Stoke City vs Port Vale": one to three title-case words a side.
_FIXTURE = re.compile(
    r"(?<![\w'\-])(?P<a>[A-Z][A-Za-z]+(?:[ ](?:&[ ])?[A-Z][A-Za-z]+){0,2})[ ](?:v|vs|v\.|vs\.)[ ]"
    r"(?P<b>[A-Z][A-Za-z]+(?:[ ](?:&[ ])?[A-Z][A-Za-z]+){0,2})(?![\w\-'\u2019])"
)
#: Football words after "X City" that make it the club ("a Cardiff City top", "Hull City youth").
_CLUB_AFTER = re.compile(r"[ ](?:fans?|supporters?|tops?|shirts?|scarf|youth|risk|match|game|ground|away|home|v|vs)\b")
#: A report about football: a fixture there is between clubs, not a court case ("R v Smith").
_FOOTBALL = re.compile(r"(?i:\b(?:football|match[ ]?day|fixture|kick[- ]?off|stadium|supporters|fans|FBO|"
                       r"banning[ ]order|risk[ ]groups?|away[ ]end|home[ ]end))\b|\bKO\b")


def _clubs(text: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """Football clubs: a known town then "United", "Rovers", "Athletic", "Albion" or "Wanderers",
    or "City" beside a fixture or a football word, is the club, a body, not a place; so is each side
    of a fixture ("Celtic v Rangers") beside a club or in a report about football. Places read
    inside a club's name give way to it."""
    clubs: list[tuple[int, int]] = []
    for m in _CLUB.finditer(text):
        place = m["p"].split(" & ")[0]
        if not (is_known_place(place) or place.lower() in lex.place_words):
            continue
        if m["k"] == "City" and not (_CLUB_AFTER.match(text, m.end()) or text[max(0, m.start() - 3) : m.start()] in (" v ", "vs ")):
            continue
        clubs.append(m.span())
    football = bool(_FOOTBALL.search(text))
    for m in _FIXTURE.finditer(text):
        sides = [m.span("a"), m.span("b")]
        named = [sd for sd in sides if sd in clubs or text[sd[0] : sd[1]].endswith((" FC", " AFC"))]
        if not (named or football):
            continue
        for s0, e0 in sides:
            words = text[s0:e0].split()
            if any(lex.not_a_name_word(w) for w in words) or (s0, e0) in clubs:
                continue
            clubs.append((s0, e0))
    if not clubs:
        return found
    # A side named again alone in the report is the club again ("Rangers \"Union Bears\" travelling").
    for name in {text[s:e] for s, e in clubs}:
        for m in re.finditer(rf"(?<![\w'\-]){re.escape(name)}(?![\w\-]|['\u2019]\w|[ ][A-Z][a-z])", text):
            if m.span() not in clubs and not any(s <= m.start() < e for s, e in clubs):
                clubs.append(m.span())
    kept = [f for f in found if not (f.type == "LOCATION" and any(s <= f.start and f.end <= e for s, e in clubs))]
    have = {(f.start, f.end) for f in kept if f.type == "ORGANISATION"}
    kept += [Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True})
             for s, e in clubs if (s, e) not in have]
    return kept


_FORENAME_THEN_WORD = re.compile(r"(?<![\w'\-])(?P<f>[A-Z][a-z]+)[ ](?P<s>[A-Z][A-Za-z'\u2019\-]+)(?![\w\-])")
#: What a person, not a place, does straight after being named ("PENDLEBURY is dealing",
#: "HOLLOWAY arrested", "Holloway uses a burner").
_PERSON_VERB_AFTER = re.compile(
    r"[ ]+(?:is|was|has|had|uses|used|admitted|admits|denied|denies|states|stated|said|says|lives|lived|drives|drove|"
    r"owns|owed|owes|sells|sold|deals|dealt|runs|ran|works|worked|arrested|charged|remanded|released|bailed|told|"
    r"texted|messaged|rang|phoned|stabbed|punched|threatened|assaulted|attended|refused|claims|claimed)\b"
)


_COMMA_FORENAME = re.compile(r",[ ]?(?P<f>[A-Z][A-Za-z]+)\b")
#: "PRESTON JORDAN 22.01.1985", "TELFORD GARY\nDOB: ...": SURNAME Forename then a birth date, as
#: custody and nominal records write a person.
_FORENAME_THEN_DOB = re.compile(
    r"[ ](?P<f>[A-Z][A-Za-z]+)[ \t]*(?:\n[ \t]*)?(?:\(?(?i:dob|d\.o\.b\.?|born|b\.)\b|\(?\d{1,2}[./]\d{1,2}[./]\d{2,4})"
)
#: An initial before the word ("victim J. PRESTON", "R Kendal"); compass letters ("N Ireland",
#: "W Yorkshire"), the article "A" and "I" are no initials. "surname is" names it too.
_INITIAL_OR_SURNAME_BEFORE = re.compile(
    r"(?:(?<![A-Za-z.'\-])(?:[B-DF-HJ-MO-RT-VX-Z]\.?|[AI]\.)[ ]|(?i:\bsurname)(?:[ ]is|[ ]was|:)[ ]?)\Z"
)


def _surnames_in(text: str, lex: Lexicon) -> frozenset[str]:
    """Words written straight after a capitalised forename in this report ("Liam HOLLOWAY"): the
    report's surnames, so a bare "HOLLOWAY" later is the man, not the London district."""
    return frozenset(m["s"].lower().rstrip("'\u2019") for m in _FORENAME_THEN_WORD.finditer(text)
                     if m["f"].lower() in lex.forenames and m["s"].lower() not in lex.stop)


def _person_not_place(text: str, s: int, e: int, surnames: frozenset[str]) -> bool:
    """A known place named without a place word that is a person here: a surname the report gives
    after a forename, or a name written in capitals (the surname convention) in a mixed-case report
    and followed by what a person does ("Informant states PENDLEBURY is dealing")."""
    word = text[s:e]
    if _INITIAL_OR_SURNAME_BEFORE.search(text, max(0, s - 14), s):
        return True
    m = _FORENAME_THEN_DOB.match(text, e)
    if m and m["f"].lower() in lexicon().forenames and not re.search(r"(?i:\bthe)[ ]\Z", text[max(0, s - 5):s]):
        return True
    m = _COMMA_FORENAME.match(text, e)
    if m and m["f"].lower() in lexicon().forenames and (word.isupper() or not m["f"].isupper()):
        return True  # "ASSOCIATES: HOLLOWAY, REECE": SURNAME, Forename
    if word.lower() in surnames and (word.isupper() and not caseless(text) or _PERSON_VERB_AFTER.match(text, e)
                                     or text[e:e + 2] in ("'s", "\u2019s")):
        return True
    return word.isupper() and len(word) > 3 and not caseless(text) and _PERSON_VERB_AFTER.match(text, e) is not None


_BRANCH_END = re.compile(r"(?:[ ]+[a-z]|[ ]*[.,;:)(\n]|[ ]*\Z)")


#: Charities whose local branches are bodies of their own, named with their town or county before
#: or after ("Southampton Women's Aid", "Age UK Exeter", "Citizens Advice Leeds"), unlike a chain's shop.
_LOCAL_CHARITIES = frozenset(
    ["women's aid", "womens aid", "age uk", "age concern", "citizens advice", "mind", "rape crisis", "home-start",
     "homestart", "healthwatch", "ymca", "ywca", "victim support", "samaritans", "relate", "shelter"]
)


def _charity_branches(text: str, out: list[Found]) -> list[Found]:
    """A local charity with its branch place: one body; the place is not read apart."""
    places = {f.start: f for f in out if f.type == "LOCATION"}
    ends = {f.end: f for f in out if f.type == "LOCATION"}
    drop: set[tuple[int, int]] = set()
    res: list[Found] = []
    for f in out:
        if f.type == "ORGANISATION" and " ".join(f.text.lower().split()) in _LOCAL_CHARITIES:
            after = places.get(f.end + 1) if text[f.end : f.end + 1] == " " else None
            before = ends.get(f.start - 1) if f.start and text[f.start - 1] == " " else None
            p = after or before
            if p is not None:
                a, b = min(p.start, f.start), max(p.end, f.end)
                drop.add((p.start, p.end))
                f = Found("ORGANISATION", a, b, text[a:b], clean_key(text[a:b]), f.method, f.attrs)
        res.append(f)
    return [f for f in res if not (f.type == "LOCATION" and (f.start, f.end) in drop)] if drop else res


def _with_branch_town(text: str, named: list[Found], places: list[Found], lex: Lexicon) -> list[Found]:
    """A local business or body with its town written straight after it ("Prestige Motors
    Bradford", "Swift Cars Edmonton", "Kosher Deli Prestwich"): the town names the branch and is
    part of the name. A known chain keeps its branch town apart ("Tesco Chelmsley Wood")."""
    starts = {f.start: f for f in places}
    out = []
    for f in named:
        p = starts.get(f.end + 1) if f.type == "ORGANISATION" and text[f.end:f.end + 1] == " " else None
        if p is not None and " " not in p.text and _BRANCH_END.match(text, p.end) \
                and clean_key(f.text) not in lex.org_words and f.text.split()[-1].lower() not in _INSTITUTIONS \
                and (f.text.split()[-1].lower() not in lex.org_suffixes  # "Pretty Nails Walsall": two subjects
                     or f.text.split()[-1].lower() in TOWN_NAMED_BODIES):
            f = Found(f.type, f.start, p.end, text[f.start:p.end], clean_key(text[f.start:p.end]), f.method, f.attrs)
        out.append(f)
    return out


#: Words that take someone to or from a hospital, or say they were treated there, in the words
#: before its short name ("taken to QMC", "conveyed RVI", "nurse at Daisy Hill", "(suturing, RVI)").
_MEDICAL_BEFORE = re.compile(
    r"(?i)\b(?:taken|took|conveyed|admitted|discharged|transferred|transported|rushed|airlifted|attended|attends|"
    r"attending|treated|treatment|suturing|sutured|stitches|stitched|x-?ray(?:ed)?|scan|injur(?:y|ies|ed)|wounds?|"
    r"stab(?:bed)?|bleeding|fracture[ds]?|hospital|hosp|ambulance|paramedics?|a&e|a and e|ed|nurse|midwife|doctor|"
    r"consultant|ward|maternity|born|died|pronounced|emas|nwas|yas|wmas|neas|swasft|scas|secamb|eeast|nias|wast|las)\b")
#: Words after a hospital's short name that say it is the hospital ("QMC A&E", "UHW maternity unit").
_HOSPITAL_AFTER = re.compile(
    r"[ ]+(?i:a&e|a[ ]and[ ]e|ed\b|emergency|resus|ward|wards|maternity|paediatric|paeds|children's[ ]ward|majors|"
    r"minors|icu|itu|hdu|fracture[ ]clinic|hospital|staff|nurses?|doctors?|security|mortuary|car[ ]park)")
_TO_BEFORE = re.compile(r"(?i)(?<![\w'\-])(?:to|at|from|in|into|via|taken|conveyed)[ ]+(?:the[ ]+)?\Z")


def _literal_trie(words: list[str]) -> str:
    """One regex for a set of literals, every character literal (see ``_trie``)."""
    return literal_trie(words, blanks=False)


@lru_cache(maxsize=1)
def _hospital_names() -> tuple[frozenset[str], dict[str, tuple[str, ...]], re.Pattern[str], re.Pattern[str]]:
    """Hospital initials (upper case), familiar names by first word (lower case, longest first), and
    the patterns finding their first word as written and in lower-cased text."""
    lines = _sections(_read("extract_lexicon.txt")).get("hospital_short_names", [])
    initials = frozenset(w for line in lines if line.isupper() for w in line.split())
    names: dict[str, list[str]] = {}
    for line in lines:
        if not line.isupper():
            names.setdefault(line.split()[0].lower(), []).append(line.lower())
    firsts = {line.split()[0] for line in lines if not line.isupper()} | {"Royal"}
    written = sorted(initials | firsts | {w.upper() for w in firsts})
    lowered = sorted({w.lower() for w in written})
    end = r"(?![\w\-&])"
    return (initials, {k: tuple(sorted(v, key=len, reverse=True)) for k, v in names.items()},
            re.compile(_literal_trie(written) + end), re.compile(_literal_trie(lowered) + end))


def _name_at(text: str, s: int, names: tuple[str, ...]) -> int:
    """Length of the longest of ``names`` (lower case) written at ``s`` as whole words, else 0."""
    tail = text[s:s + 40].lower()
    return next((len(n) for n in names if tail.startswith(n) and not re.match(r"[\w'\-]", tail[len(n):len(n) + 1])), 0)


def _hospitals(text: str, lex: Lexicon) -> list[Found]:
    """Hospitals named by initials or familiar name ("taken to the LGI", "discharged from qmc",
    "checked royal stoke a&e", "at Hull Royal") where a word before or after says a hospital is
    meant: the same letters elsewhere are a scan, a code or a place ("MRI scan", "Daisy Hill estate")."""
    initials, names, written, lowered = _hospital_names()
    starts = {m.start(): m.end() for m in written.finditer(text)}
    lower_ok = caseless(text) or half_cased(text)  # capitals tell nothing: lower case counts (both cached)
    if lower_ok:
        starts.update((m.start(), m.end()) for m in lowered.finditer(text.lower()) if m.start() not in starts)
    out: list[Found] = []
    for s, e in sorted(starts.items()):
        if s and (text[s - 1].isalnum() or text[s - 1] in "'-&_"):
            continue
        w = text[s:e]
        low = w.lower()
        if w in initials or (lower_ok and w.upper() in initials and w.islower()):
            short = True
        elif low in names and (lower_ok or w[0].isupper()) and _name_at(text, s, names[low]):
            e, short = s + _name_at(text, s, names[low]), False
        elif low == "royal" and (lower_ok or w[0].isupper()):
            after = known_place_at(text[e + 1:e + 41].lower(), 0) if text[e:e + 1] == " " else None
            b = text.rfind(" ", 0, s - 1) + 1 if s > 1 and text[s - 1] == " " else s
            if after is not None and (lower_ok or text[e + 1].isupper()) \
                    and not is_known_place(text[s:e + 1 + after].title()):
                e, short = e + 1 + after, True  # "Royal Stoke", "royal derby"
            elif b < s and (lower_ok or text[b].isupper()) and is_known_place(text[b:s - 1].title()) \
                    and not is_known_place(text[b:e].title()):
                s, short = b, True  # "Hull Royal", "sunderland royal"
            else:
                continue
            if re.match(r"[ ]+[A-Z][a-z]", text[e:e + 3]):
                continue  # "Hull Royal Infirmary", "Royal Derby Hospital": the full name is read whole
        else:
            continue
        line0 = max(text.rfind("\n", 0, s), text.rfind(". ", 0, s), s - 60) + 1
        before = text[line0:s]
        if not (_HOSPITAL_AFTER.match(text, e) or _MEDICAL_BEFORE.search(before)
                or (short and w != "MRI" and _TO_BEFORE.search(text, max(0, s - 16), s))):
            continue
        out.append(Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True}))
    return out


_STATION_CUE = re.compile(r"(?i)\b(?:station|stn|trains?|platform|rail|railway|service|tickets?|btp|line)\b")
_AFTER_TOWN = re.compile(r"[ ](?P<w>[A-Z][a-z]+(?:'s)?(?:[ ][A-Z][a-z]+(?:'s)?)?)(?![\w'\-])")
#: Words after a town that make a club, not a station ("Leeds United", "Bristol Rovers").
_TEAM_WORDS = frozenset("united city town rovers albion wanderers athletic rangers celtic county villa "
                        "hotspur forest orient argyle alexandra dons".split())


def _stations(text: str, places: list[Found], lex: Lexicon) -> list[Found]:
    """Railway stations named town first ("London Euston", "Wembley Central", "Manchester
    Piccadilly", "Birmingham New Street") in a report about trains: one place, not a town and a
    body. The station words must name nothing else (no designator, club word or sentence word)."""
    out: list[Found] = []
    for f in places:
        if f.type != "LOCATION":
            continue
        m = _AFTER_TOWN.match(text, f.end)
        if not m:
            continue
        words = m["w"].split()
        while words and (words[-1].lower() in lex.stop or words[-1].lower() in lex.day_month
                         or _kind_of_suffix(words[-1], "TITLE", lex) == "ORGANISATION"):
            words.pop()
        if not words or any(w.lower() in _TEAM_WORDS or w.lower() in lex.stop or w.lower() in lex.day_month
                            or w.lower() in lex.org_suffixes and w.lower() not in _INNER_DESIGNATORS
                            or w.lower() in lex.forenames for w in words):
            continue
        e = f.end + 1 + len(" ".join(words))
        if not _STATION_CUE.search(text, max(0, f.start - 60), min(len(text), e + 60)):
            continue
        out.append(Found("LOCATION", f.start, e, text[f.start:e], clean_key(text[f.start:e]), "rule", {"cued": True}))
    return out


_COUNCIL_SERVICE = re.compile(r"[ ]Council(?P<j>[ ](?:and|&)[ ])?(?=[ ]?[A-Z][a-z])")
_JOINED_AREA_BEFORE = re.compile(
    r"(?<![\w'\-])(?P<a>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ](?:and|with|&)[ ](?:[A-Z][a-z]+[ ])?\Z"
)
_AREA_HEADS = frozenset("north south east west mid central greater".split())
_COUNCIL_WORDS = frozenset("council city borough county district metropolitan town parish".split())
_ROYAL_BOROUGH = re.compile(
    r"(?<![\w'\-])(?:London|Royal)[ ]Borough[ ]of[ ][A-Z][a-z]+(?:[ ](?:and|upon)[ ][A-Z][a-z]+)?(?![\w'\-])"
)


def _councils(text: str, out: list[Found]) -> list[Found]:
    """Councils as the guideline marks them, ending at "Council": a council's service after it
    ("Bristol City Council Housing" -> "Bristol City Council"); an authority named by two areas
    ("Blackburn with Darwen Council", "Cheshire West and Chester Council", "Newark and Sherwood
    District Council"): one body, not a town and a council; "London Borough of Croydon" and "Royal
    Borough of Greenwich": the council of that borough."""
    res: list[Found] = []
    for f in out:
        if f.type == "ORGANISATION" and (m := _COUNCIL_SERVICE.search(f.text)) is not None:
            e = f.start + m.end() - len(m["j"] or "")
            res.append(Found("ORGANISATION", f.start, e, text[f.start:e], clean_key(text[f.start:e]), f.method, f.attrs))
            if m["j"] and f.text.endswith("Council"):  # "Hove City Council and Leeds City Council": two
                s2 = f.start + m.end()
                res.append(Found("ORGANISATION", s2, f.end, text[s2:f.end], clean_key(text[s2:f.end]), f.method, f.attrs))
            continue
        if f.type == "ORGANISATION" and f.text.endswith("Council") and f.start > 0:
            m = _JOINED_AREA_BEFORE.search(text, max(0, f.start - 40), f.start)
            words = m["a"].split() if m is not None else []
            if words and not any(w.lower() in _COUNCIL_WORDS for w in words) \
                    and (words[0].lower() in _AREA_HEADS or is_known_place(words[0])):
                s = m.start("a")
                f = Found("ORGANISATION", s, f.end, text[s:f.end], clean_key(text[s:f.end]), f.method, f.attrs)
        res.append(f)
    if "Borough of" in text:
        res.extend(Found("ORGANISATION", m.start(), m.end(), m.group(0), clean_key(m.group(0)), "rule")
                   for m in _ROYAL_BOROUGH.finditer(text))
    return res


#: A company's legal form written after its name, British or foreign, with a country in brackets
#: ("KH Trading (UK) Ltd", "Al Noor Exchange LLC", "CD Auto Logistics SRL", "Baltic Freight Sp. z o.o.").
_LEGAL_FORM = (r"(?:Ltd|LTD|Limited|LIMITED|LLC|LLP|PLC|plc|Inc|GmbH|SRL|SARL|BV|NV|AG|FZE|FZCO|FZ-LLC|DMCC|"
               r"S\.A\.|B\.V\.|N\.V\.|S\.r\.l\.|S\.R\.L\.|Sp\.[ ]z[ ]o\.o\.|Pty[ ]Ltd|Pvt\.?[ ]Ltd|Co\.?[ ]Ltd|"
               r"Sh\.p\.k\.?|SHPK|Sh\.a\.|s\.r\.o\.|d\.o\.o\.|Kft\.?|EOOD|OOD|UAB|Sdn[ ]Bhd|S\.p\.A\.)")
#: The region or branch a company's registered name carries in brackets before its legal form:
#: "Evans Homes (Wales) Ltd", "Seaside Lets (NW) Ltd", "Key Lettings (North East) Limited".
_LEGAL_AFTER = re.compile(rf"[ ]+(?:\((?:UK|GB|U\.K\.|[A-Z]{{2,3}}|[A-Z][a-z'\-]+(?:[ ][A-Z][a-z'\-]+){{0,2}})\)[ ]+)?"
                          rf"{_LEGAL_FORM}(?![\w\-])")
_LEGAL_GATE = re.compile(rf"[ ]{_LEGAL_FORM}(?![\w\-])")
#: A legal form the suffix rule cannot read a name from: a region in brackets before it ("Evans
#: Homes (Wales) Ltd") or a form that is no English designator word ("Al Noor Exchange LLC",
#: "Rhein Logistik GmbH", "Drini Trans Sh.p.k").
_LEGAL_AT = re.compile(rf"[ ]+(?P<br>\((?:UK|GB|U\.K\.|[A-Z]{{2,3}}|[A-Z][a-z'\-]+(?:[ ][A-Z][a-z'\-]+){{0,2}})\)[ ]+)?"
                       rf"(?P<form>{_LEGAL_FORM})(?![\w\-])")
#: Words of the sentence or record before a company's name, never its first word ("director of",
#: "payments to", "PSC", "Linked org"); connectors are the name's only between its words.
_LEGAL_OPENERS = frozenset("director directors psc owner owners shareholder secretary account company firm employer "
                           "checks linked org payee payer beneficiary via to from with and of the by at for "
                           "also then both".split())
_LEGAL_CONNECTORS = frozenset({"&", "and", "of", "de", "the", "la", "le", "du", "van", "von", "der"})
_LEGAL_WORDS = frozenset(w.lower() for w in "Ltd Limited LLC LLP PLC Inc GmbH SRL SARL FZE FZCO DMCC".split())


def _legal_names(text: str, lex: Lexicon) -> list[Found]:
    """A company named by its legal form where the suffix rule reads no name: the capitalised
    words before a bracketed region or a foreign form, back to the sentence's or record's own
    words ("Transfers to Drini Trans Sh.p.k in Tirana", "director of Evans Homes (Wales) Ltd")."""
    out: list[Found] = []
    for m in _LEGAL_AT.finditer(text):
        read = not m["br"] and m["form"].lower() in lex.org_suffixes  # "Kestrel Haulage Ltd": the suffix rule's
        a = max(text.rfind("\n", 0, m.start()), m.start() - 80) + 1
        toks = text[a:m.start()].split(" ")
        names: list[int] = []  # indexes into toks, right to left
        after_form = False
        quoted = -1
        for i in range(len(toks) - 1, -1, -1):
            w = toks[i]
            if not w or len(names) >= 6:
                break
            low = w.lower()
            if low.rstrip(".") in _LEGAL_WORDS:
                after_form = bool(names) and toks[names[-1]].lower() in ("&", "and")
                break  # another company's form: "A Ltd & B Ltd" names two
            if w[-1] in ",;:()\"'":
                break  # the sentence's punctuation
            if w.isupper() and len(w) > 1 and low in lex.stop and low not in _LEGAL_CONNECTORS and (not names or toks[names[-1]].isupper()):
                break  # "FUNDS SENT TO EMIRATES GOLD TRADING LLC": in capitals the sentence's words end it
            if w[0] in "(\"'\u201c":  # '"POPESCU TRANSPORT SRL"': the quote opens the name
                if len(w) > 1 and (w[1].isupper() or w[1].isdigit()):
                    names.append(i)
                    quoted = i
                break
            if not (w[0].isupper() or w[0].isdigit() or low in _LEGAL_CONNECTORS):
                break
            names.append(i)
        names.reverse()
        shouted = all(toks[i].isupper() or not toks[i][0].isalpha() for i in names)
        while names and names[0] != quoted and not (len(toks[names[0]]) == 1 and len(names) > 1 and len(toks[names[1]]) == 1) and (
                toks[names[0]].lower() in _LEGAL_OPENERS or toks[names[0]].lower() in _LEGAL_CONNECTORS
                or toks[names[0]].lower() in lex.stop and (shouted or not toks[names[0]].isupper() or len(toks[names[0]]) == 1)):
            names.pop(0)  # "AS Motors (Midlands) Ltd", "A S Metals (Midlands) Ltd": initials are the name's
        if not names or not any(toks[i][0].isupper() for i in names) or read and not after_form:
            continue
        s = a + sum(len(t) + 1 for t in toks[:names[0]]) + (names[0] == quoted)
        out.append(Found("ORGANISATION", s, m.end(), text[s:m.end()], clean_key(text[s:m.end()]), "rule"))
    return out


def _with_legal_form(text: str, f: Found) -> Found:
    """A body read without the legal form written straight after it takes the form in (the
    guidelines keep capitalised designators inside): "Golden Crescent Trading LLC"."""
    if f.type != "ORGANISATION":
        return f
    m = _LEGAL_AFTER.match(text, f.end)
    if not m:
        return f
    return Found(f.type, f.start, m.end(), text[f.start : m.end()], clean_key(text[f.start : m.end()]), f.method, f.attrs)


#: A trading name's text-speak ending ("Fone Fix 4 U", "Kutz 4U", "Pizza 2 Go", "Carpets 4 Less"):
#: the words before it are read as the name, the ending is part of it.
_TEXT_SPEAK_AFTER = re.compile(r"[ ]+[24][ ]?(?:U|You|Less|Go|All)(?![\w\-])")
_TEXT_SPEAK_GATE = re.compile(r"[ ][24][ ]?(?:U|You|Less|Go|All)(?![\w\-])")


def _with_text_speak(text: str, f: Found) -> Found:
    if f.type != "ORGANISATION":
        return f
    m = _TEXT_SPEAK_AFTER.match(text, f.end)
    if not m:
        return f
    return Found(f.type, f.start, m.end(), text[f.start : m.end()], clean_key(text[f.start : m.end()]), f.method, f.attrs)


_THE_BEFORE = re.compile(r"(?<![\w'\-])The[ ]\Z")
_SENTENCE_START = re.compile(r"(?:[.!?][ ]+|\n[ \t]*)\Z")


def _with_the(text: str, f: Found) -> Found:
    """A capital "The" straight before a named body is part of its name ("outside The Malt Cross",
    "DOOR TEAM - The Vault Nightclub", "Partners: ..., The Gateshead Housing Company"): every
    independent report set marks it so. A sentence's first "The" is the sentence's (news marks
    "The Environment Agency issued ..." without it)."""
    if f.type != "ORGANISATION" or f.start < 4 or not _THE_BEFORE.search(text, f.start - 4, f.start):
        return f
    if _SENTENCE_START.search(text, max(0, f.start - 8), f.start - 4) or f.start == 4:
        return f  # "The National Trust has reopened ...": a sentence's own "The", as news writes it
    s = f.start - 4
    return Found(f.type, s, f.end, text[s:f.end], f.key, f.method, f.attrs)


def _after_gap(text: str, f: Found, gaps: list[tuple[int, int]]) -> Found:
    """A street read with the body or town before it ("HSBC Market Street", "Hanley Broad Street"),
    where a filter marked the space between the two: the street after the gap."""
    if f.type != "LOCATION":
        return f
    inside = [e for s, e in gaps if f.start < s and e < f.end]
    if not inside:
        return f
    s = max(inside)
    return Found(f.type, s, f.end, text[s:f.end], clean_key(text[s:f.end]), f.method, f.attrs)


#: A street word a hasty writer leaves lower case straight after a town's name ("Dawlish dr"); not
#: "st" or "cl", a saint's or county lines' in a re-cased note ("EXETER ST DAVIDS", "WALES CL NOMINALS").
_LOWER_SUFFIX_AFTER = re.compile(r"[ ](?:rd|road|ln|lane|street|ave|avenue|dr|drive|close|cres|crescent|gdns|"
                                 r"gardens|tce|terrace|sq|square|way)(?![\w'\-]|[ ][A-Z]|[.][ ]?[A-Z][a-z])")


_STREET_STOP = re.compile(r"[ ](?:St|Rd|Ave|Ln|Dr|Cl|Cres|Gr|Tce|Sq|Gdns)(?=\.[ ]+[A-Z])")


def _streets_at_stop(text: str, f: Found, lex: Lexicon) -> list[Found]:
    """"laps of Collingwood St. Grey St quiet": a street's shortened word and its full stop end it;
    the next sentence may open with another street."""
    m = _STREET_STOP.search(f.text) if f.type == "LOCATION" else None
    if m is None:
        return [f]
    a, b = f.start, f.start + m.end()
    c = f.start + m.end() + 1
    while c < f.end and text[c] == " ":
        c += 1
    out = [Found(f.type, a, b, text[a:b], clean_key(text[a:b]), f.method, f.attrs)]
    rest = text[c:f.end].split()
    if len(rest) >= 2 and rest[-1].lower().rstrip(".") in lex.street_suffixes:
        out.append(Found(f.type, c, f.end, text[c:f.end], clean_key(text[c:f.end]), f.method, f.attrs))
    return out


def _after_street_stop(text: str, f: Found, ends: set[int]) -> Found:
    """"Northumberland St. Pilgrim St": the "St." that ends one street is no saint of the next."""
    m = re.match(r"St\.[ ]+(?=[A-Z])", f.text) if f.type == "LOCATION" else None
    if m is None or f.start + 2 not in ends:
        return f
    s0 = f.start + m.end()
    return Found(f.type, s0, f.end, text[s0:f.end], clean_key(text[s0:f.end]), f.method, f.attrs)


#: Banks that carry a town's name and are written by it alone ("accounts opened at Halifax").
_TOWN_NAMED_BANKS = frozenset({"halifax"})
_BANK_CUE = re.compile(r"(?i)\b(?:bank|banks|banking|branch|accounts?|a/cs?|acc|acct|statements?|deposit(?:s|ed)?|"
                       r"mortgage|loan|overdraft|card|transfers?|transferred|payments?|phishing|smishing|spoof(?:ed|ing)?|"
                       r"mule|sort[ ]code|cifas|sar|fraud|"
                       r"barclays|lloyds|natwest|hsbc|santander|monzo|nationwide)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ ]\Z")
_TOWN_BEFORE = re.compile(r"(?i)\b(?:in|near|nr|around|towards|twds|lives|living|moved[ ]to|born[ ]in)[ ]+\Z")


def _is_the_bank(text: str, s: int, e: int) -> bool:
    """"bank statements from Halifax", "Halifax fraud - mule account", "deposits at Halifax County
    Road branch": the bank where money words surround the name, not after "in", "near" or "lives"."""
    if _TOWN_BEFORE.search(text, max(0, s - 12), s):
        return False
    m = _WORD_BEFORE.search(text, max(0, s - 24), s)
    if m and m.group(1)[0].isupper() and m.group(1).lower() in lexicon().org_suffixes:
        return False  # "at Leeds Building Society Halifax": another body's branch town
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), s - 80) + 1
    b = min(x for x in (text.find(". ", e), text.find("\n", e), e + 80) if x >= 0)
    return _BANK_CUE.search(text, a, b) is not None


#: Trades a shop's name joins to its first with "and"/"&" ("Glamour Nails and Beauty", "Dowlais Tyres
#: and Exhausts", "Barwaaqo Travel & Money", "DRS Roofing & Building Services Ltd"), beside the
#: designator and descriptor lists.
_JOINED_TRADES = frozenset("beauty tan tanning exhausts exhaust money mobile mobiles spirits wines heating building "
                           "lettings sales repairs accessories grooming spa chips carry gifts groceries cosmetics "
                           "piercing valeting plumbing electrical roofing scaffolding landscaping gardening cleaning "
                           "removals storage logistics transport haulage recovery tyres tyre alloys bodywork "
                           "brows lashes wellbeing fitness kitchen bar grill cafe café breakfast sweets bakery "
                           "convenience off-licence vapes vape tobacco phones accessories travel cargo".split())
_AND_TRADES = re.compile(r"[ ](?:and|AND|&)[ ](?P<w>[A-Z][A-Za-z'\-]+(?:[ ][A-Z][A-Za-z'\-]+){0,2})")


def _joined_trades(text: str, out: list[Found], lex: Lexicon) -> list[Found]:
    """A shop's name that goes on with "and"/"&" and more trade words only is one name ("Glamour
    Nails and Beauty"): a second name word after it is a second business ("A1 Taxis and
    Streamline Cars")."""
    trades = _JOINED_TRADES | lex.org_suffixes | _org_data()["business_descriptors"]
    res = []
    for f in out:
        if f.type != "ORGANISATION" or f.text.split()[-1].lower() not in trades:
            res.append(f)
            continue
        m = _AND_TRADES.match(text, f.end)
        if m is None or not all(w.lower() in trades and w.lower() not in TOWN_NAMED_BODIES for w in m["w"].split()):
            res.append(f)
            continue
        e = m.end()
        if (lf := _LEGAL_AFTER.match(text, e)) is not None:
            e = lf.end()
        if e < len(text) and text[e].isalnum() or _CAP_AFTER.match(text, e) or _OF_AFTER.match(text, e):
            res.append(f)  # "... and Beauty Bilston Road": a longer name goes on
            continue
        res.append(Found(f.type, f.start, e, text[f.start:e], clean_key(text[f.start:e]), f.method, f.attrs))
    return res


_CAP_AFTER = re.compile(r"[ ][A-Z][a-z]+(?![\w'\-])")
_OF_AFTER = re.compile(r"[ ](?i:of|de|du)[ ][A-Z]")


def _branches(text: str, found: list[Found]) -> list[Found]:
    """The branch after a known chain that no known place covers whole ("Premier Inn Swansea
    Waterfront", "Cash Converters Kirkgate", "ASDA LEECHMERE"): a place of its own."""
    out = []
    shouted = caseless(text)  # a shouted text's chains are read case-less (and trimmed) by their own rule
    for cs, ce, s, e in chain_town_pairs(text):
        if not any(f.start == s and f.end == e for f in found):
            out.append(Found("LOCATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True}))
        if text[cs:ce].isupper() and not shouted:  # "outside ASDA Leechmere": as shops write it, which the list misses
            out.append(Found("ORGANISATION", cs, ce, text[cs:ce], clean_key(text[cs:ce]), "rule"))
    return out


def find_orgs_places(text: str, blocked: list[tuple[int, int]] | None = None, lex: Lexicon | None = None) -> list[Found]:
    """Rule-found ORGANISATION and LOCATION mentions (may overlap; the pipeline resolves)."""
    lex = lex or lexicon()
    blocked = blocked or []
    out: list[Found] = []
    surnames: frozenset[str] | None = None
    shouted_text = caseless(text)
    for s, e, cued in find_known_places(text, lex):
        if text[s:e].lower() in _COUNTY_SHORT and (shouted_text or _TEAM_AFTER.match(text, e)):
            continue  # "PASSED TO LINCS RCT", "Leics CCE panel": the county's team, not a place
        if not cued and " " not in text[s:e]:
            if surnames is None:
                surnames = _surnames_in(text, lex)
            if _person_not_place(text, s, e, surnames):
                continue
        m = _COMPASS_BEFORE.search(text, max(0, s - 12), s)
        if m:
            s = m.start()  # "West Belfast", "Greater Glasgow", "South Lincolnshire": one area
        elif text[e:e + 1] == " " and (m := _LOWER_SUFFIX_AFTER.match(text, e)) is not None:
            e = m.end()  # "off Dawlish dr", "Exeter rd": a street named from the town, its word left lower case
        # A "?" place after a place word, or a known name of two words ("King's Lynn"), beats a
        # person rule that took part of it.
        strong = cued or " " in text[s:e].strip()
        if text[s:e].lower() in _TOWN_NAMED_BANKS and _is_the_bank(text, s, e):
            out.append(Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True}))
            continue
        out.append(Found("LOCATION", s, e, text[s:e], clean_key(text[s:e]), "rule", {"cued": True} if strong else {}))
    if chain_town_pairs(text):  # cached: the filters asked first
        out.extend(_branches(text, out))
    if _STATION_CUE.search(text):
        out.extend(_stations(text, out, lex))
    known = [(f.start, f.end) for f in out]
    out.extend(f for f in _hyphen_places(text, lex) if not any(s <= f.start and f.end <= e for s, e in known))
    out.extend(f for f in _shaped_places(text, lex) if not any(s <= f.start and f.end <= e for s, e in known))
    for m in _org_pattern().finditer(text):
        s0 = m.start()
        if _THE_MID.search(text, max(0, s0 - 24), s0):
            s0 -= 4  # "via The Salvation Army": a capital "The" mid-sentence is part of the name
        out.append(Found("ORGANISATION", s0, m.end(), text[s0 : m.end()], clean_key(text[s0 : m.end()]), "rule"))
    shouted = caseless(text)
    if shouted:
        # Capitals say nothing here: known chains are matched in any case, bar everyday words.
        out.extend(_known_orgs_caseless(text, lex))
    if shouted:
        out.extend(_caseless_designated(text, lex))
    if " of " in text or " OF " in text:
        out.extend(_head_of_place(text, lex))
    bodies = _bodies(text)
    out.extend(bodies)  # before the suffix names: equal spans keep the first (a court is a body)
    org_ends = frozenset(f.end for f in out if f.type == "ORGANISATION")
    named = _suffix_names(text, lex, caseless=shouted, org_ends=org_ends)
    if not shouted:
        named = _with_branch_town(text, named, [f for f in out if f.type == "LOCATION"], lex)
    out.extend(named)
    out.extend(_lower_names(text, lex))
    if not shouted:
        out.extend(_lower_shops(text, lex))
    out.extend(_designated(text, lex))
    out.extend(_trade_by_names(text))
    out.extend(_trading_names(text, lex, shouted))
    if not shouted:
        out.extend(_nte_venues(text, lex))
        # "Club Luxe Newcastle", "Bar 36 Quayside": the venue named word-first, then its town.
        out.extend(Found("ORGANISATION", s, e, text[s:e], clean_key(text[s:e]), "rule") for s, e, _ in venue_town_splits(text))
    if " and " in text or " & " in text or " AND " in text:
        pairs = _pub_pairs(text)
        if pairs:  # "The Crown & Anchor Ferndale Rd": the street goes on after the pub, not through it
            out = [_after_pub(text, f, pairs) for f in out]
            out.extend(pairs)
    if any(w in text for w in _FUEL_LITERALS) and _FUEL_GATE.search(text):
        sites = _fuel_sites(text)
        if sites:  # "BP Sandy Lane": the road is the station's name here, no place of its own
            spans = [(f.start, f.end) for f in sites]
            out = [f for f in out if not (f.type == "LOCATION" and any(a <= f.start and f.end <= b for a, b in spans))]
            out.extend(sites)
    hospitals = _hospitals(text, lex)
    if hospitals:  # "nurse at Daisy Hill", "at hull royal": the hospital, not the place it is named after
        spans = [(f.start, f.end) for f in hospitals]
        out = [f for f in out if not (f.type == "LOCATION" and any(a <= f.start and f.end <= b for a, b in spans))]
        out.extend(hospitals)
    if "olicitor" in text or "egal" in text:
        firms = _law_firms(text, lex)
        if firms:  # "Okafor & Lane": no street either
            spans = {(f.start, f.end) for f in firms}
            out = [f for f in out if (f.start, f.end) not in spans] + firms
    if shouted:
        out = [g for g in (_trim_caseless(f, lex) for f in out) if g is not None]
    out.extend(_repeats(text, out))
    if " beat" in text or " defeat" in text or " drew with" in text or " lost to" in text:
        out = _teams(text, out)
    if "Council" in text or "Borough of" in text:
        out = _councils(text, out)
    if " v" in text or "United" in text or "Rovers" in text or "Athletic" in text or "Albion" in text \
            or "Wanderers" in text or " City " in text:
        out = _clubs(text, out, lex)
    out = [_without_label_words(text, _street_without_note_words(text, f, lex, names=True)) for f in out]
    if any(f.type == "LOCATION" and ". " in f.text for f in out):
        out = [g for f in out for g in _streets_at_stop(text, f, lex)]
        ends = {f.end for f in out if f.type == "LOCATION"}
        out = [_after_street_stop(text, f, ends) for f in out]
    if _LEGAL_GATE.search(text):
        out = [_with_legal_form(text, f) for f in out]
        out.extend(_legal_names(text, lex))
        bracketed = [(f.start, f.end) for f in out if f.type == "ORGANISATION" and "(" in f.text]
        if bracketed:  # "Evans Homes (Wales) Ltd": the region in the name is no place of its own
            out = [f for f in out if not (f.type == "LOCATION" and any(a < f.start and f.end < b for a, b in bracketed))]
    if " and " in text or " & " in text or " AND " in text:
        out = _joined_trades(text, out, lex)
    if _TEXT_SPEAK_GATE.search(text):
        out = [_with_text_speak(text, f) for f in out]
    if "The " in text:
        out = [_with_the(text, f) for f in out]
    gaps = [(s, e) for s, e in blocked if e - s == 1 and text[s] == " "]
    if gaps:
        out = [_after_gap(text, f, gaps) for f in out]
    out = [f for f in out if not any(f.start < e and s < f.end for s, e in blocked)
           and " ".join(f.text.lower().split()) not in _FIELD_LABELS
           and not (f.type == "LOCATION" and _in_force_name(text, f.start, f.end))]
    if any(f.type == "ORGANISATION" and " ".join(f.text.lower().split()) in _LOCAL_CHARITIES for f in out):
        out = _charity_branches(text, out)
    out = [_with_connected_town(text, f) if f.type == "ORGANISATION" and text[f.start - 4:f.start] in (" on ", "pon ", " ON ", "PON ")
           else f for f in out]
    if bodies:  # "SUNDERLAND MAGISTRATES COURT" read as a street-like place too: the court is a body
        body_spans = {(f.start, f.end) for f in bodies}
        out = [f for f in out if not (f.type == "LOCATION" and (f.start, f.end) in body_spans)]
    out.sort(key=lambda f: (f.start, -f.end))
    return out


#: The head of a town whose name joins its words with a small word ("Stoke on", "Southend on",
#: "Newcastle upon"), written straight before a body's name.
_CONNECTED_TOWN_HEAD = re.compile(r"(?<![\w'\-])(?:[A-Z][\w'\-]*[ ])?[A-Z][\w'\-]*[ ](?:on|upon|ON|UPON)[ ]\Z")


def _with_connected_town(text: str, f: Found) -> Found:
    """A body named from a town written without hyphens ("Stoke on Trent City Council", "Southend on
    Sea Borough Council") starts at the town, not at the word after its "on"."""
    m = _CONNECTED_TOWN_HEAD.search(text, max(0, f.start - 30), f.start)
    if m is None:
        return f
    words = f.text.split()
    for k in (2, 1):
        if len(words) > k and is_known_place(text[m.start() : f.start] + " ".join(words[:k])):
            s = m.start()
            return Found(f.type, s, f.end, text[s : f.end], clean_key(text[s : f.end]), f.method, f.attrs)
    return f


#: Salons and home businesses named "<trade> by <forename>" ("Nails by Lina", "Lashes by Jade",
#: "Hair by Sarah", "Cakes by Debbie"): the whole is the business; the forename inside names no one here.
_TRADE_BY_NAME = re.compile(
    r"(?<![\w'\-])(?:Nails|Nail[ ]Art|Hair|Lashes|Brows|Beauty|Cakes|Bakes|Tattoos|Ink|Glam|Tans|Tanning|Makeup|"
    r"Make-up|Cuts|Styles|Aesthetics|Treats|Flowers|Designs)[ ]by[ ][A-Z][a-z]+(?![\w'\-])"
)


#: Takeaways and shops named "Mr" and their food or trade ("Mr Wings", "Mr Chicken", "Mr Pizza",
#: "Mr Tyres"); words that are also surnames ("Mr Fish", "Mr Curry", "Mr Tan") are left to the person rules.
_MR_TRADE = re.compile(r"(?<![\w'\-])(?:Mr|MR|Mister)\.?[ ](?P<w>[A-Z][a-z]+)(?![\w'\-])")
_MR_TRADE_WORDS = frozenset("chicken wings pizza pizzas kebab kebabs burger burgers chips noodle noodles grill balti "
                            "peri wok vape vapes tyre tyres phone phones fone fones cakes shawarma doner".split())


def _trade_by_names(text: str) -> list[Found]:
    """"Nails by Lina", "Mr Wings": a business named with a forename or a title, cued so that the
    person rules' reading of the name inside gives way."""
    out = []
    if " by " in text:
        out.extend(Found("ORGANISATION", m.start(), m.end(), m.group(0), clean_key(m.group(0)), "rule", {"cued": True})
                   for m in _TRADE_BY_NAME.finditer(text))
    if "Mr" in text or "MR" in text or "Mister" in text:
        out.extend(Found("ORGANISATION", m.start(), m.end(), m.group(0), clean_key(m.group(0)), "rule", {"cued": True})
                   for m in _MR_TRADE.finditer(text) if m["w"].lower() in _MR_TRADE_WORDS)
    return out


#: Verbs in -s that say where someone is ("Lives Grafton Street"); other -s words before a street
#: are as often a shop's name ("Boots Queen Street").
_WHERE_VERBS = frozenset("lives stays resides works frequents visits hangs sleeps".split())


@lru_cache(maxsize=1)
def _known_orgs_lower() -> frozenset[str]:
    return frozenset(o.lower() for o in lexicon().known_orgs)


#: Words a record or sentence puts before a body's name: "Account Campbell Haulage Ltd", "NOW IN
#: CARE OF HULL CITY COUNCIL", "OPENED A NEW COMPANY KB GROUNDWORKS LTD", "employer Brightcare Ltd".
_LABEL_OPENERS = frozenset("account accounts company firm employer director owner care c/o".split())
#: Labels a note opens a clause with before a body's name ("Shop Akhtar Mini Market window smashed",
#: "Conveyancer Whitworth Gray Solicitors LLP.", "Born Princess Anne Hospital, Southampton"):
#: outside the name only there, as mid-sentence they may be its first word ("the Shop Direct depot").
_CLAUSE_LABELS = frozenset("shop business conveyancer conveyancers accountant accountants born".split())
#: A note's verb opening its clause before a body's name ("Uses Hawala Horn Express in ...",
#: "Re-visit Queen Nails, Hanley", "Attended Bright Smile Dental"): the subject is left unsaid.
_NOTE_VERBS = frozenset("uses used visited visits visit revisit revisited re-visit re-visited attended attends "
                        "owns owned runs ran manages managed employs employed frequents contacted phoned rang "
                        "checked searched raided frequent frequented pending awaiting".split())
_CLAUSE_OPEN = re.compile(r"(?:\A|\n|[.:;(\-][ \t]*|,[ ]*)\Z")


#: Kind words and roles a form or note writes as a label before a body's full name ("School Harris
#: Academy", "DSL Kelvin Hall School", "GP Riverside Surgery"): outside the name when what follows
#: is a whole designated name on its own. Trade roles too ("Haulier Midshires Freight Ltd", "Insurer
#: Kestrel Motor Insurance Ltd", "operator Castle Cars Ltd").
_KIND_LABELS = frozenset("school college hospital housing gp dsl senco nursery employer employed "
                         "haulier insurer broker operator supplier lender".split())


#: Words of a doctors' surgery's name: only before one is "GP" a label ("GP Riverside Surgery").
_MEDICAL_WORDS = frozenset("surgery surgeries practice medical health clinic centre center partnership".split())


def _label_words(words: list[str]) -> int:
    """How many of the first words are a label before a name ("Account", "CARE OF", "Director of"),
    two words at least left for the name."""
    if len(words) >= 3 and words[0].lower() in _KIND_LABELS:
        lex = lexicon()
        rest = [w.lower() for w in words[1:]]
        if words[0].lower() == "gp" and not _MEDICAL_WORDS.intersection(rest):
            return 0  # "GP Valet Services Ltd": a firm's initials, not a doctor's label
        if rest[0] not in lex.street_suffixes and rest[0] not in lex.org_suffixes and words[1][:1].isupper() \
                and any(w in lex.org_suffixes for w in rest[1:]):
            return 1
        return 0
    if len(words) < 3 or words[0].lower() not in _LABEL_OPENERS:
        return 0
    if words[0].lower() == "care" and words[1].lower() != "of":
        return 0  # "Care Quality Commission", "Care UK": the name's own word; "CARE OF ..." a label
    k = 2 if words[1].lower() == "of" else 1
    return k if len(words) - k >= 2 else 0


def _without_label_words(text: str, f: Found) -> Found:
    if f.type != "ORGANISATION" or f.method != "rule" or " " not in f.text:
        return f
    words = list(_SPAN_WORD.finditer(f.text))
    k = _label_words([w.group() for w in words])
    if not k and len(words) >= 3 and (words[0].group().lower() in _CLAUSE_LABELS or words[0].group().lower() in _NOTE_VERBS) \
            and words[1].group()[:1].isupper() and _CLAUSE_OPEN.search(text, max(0, f.start - 3), f.start):
        k = 1
    if not k:
        return f
    s0 = f.start + words[k].start()
    span = text[s0 : f.end]
    return Found(f.type, s0, f.end, span, clean_key(span), f.method, f.attrs)


def _note_word(low: str, lex: Lexicon) -> bool:
    """A word of the note's sentence, not of a street's name: a place-cue word ("twds", "chk") or
    a past or -ing verb ("lost", "leaving", "lives"), unless it is a place, shop or name adjective."""
    verb = low in _WHERE_VERBS or (not low.endswith("s") and _inflected_verb(low))
    return (low in _CUE_WORDS or verb) and low not in lex.place_words and low not in _NAME_ADJECTIVES \
        and low not in _PREFIX_ST and low not in _known_orgs_lower()


_MARK_HEAD = re.compile(r"(?<![\w'\-])[A-Za-z]{2}\d{2}[ ]\Z")
#: A note's shorthand and time words a hasty writer runs into a street named without a number
#: ("s&s whitmore rd", "vs barnsley rd", "h2h granby st", "0130 hrs beverley rd", "fri nite old
#: market square", "door to door dunvegan rd", "addr brough close"): never a street's own word
#: before two more, and "<someone>s house" before a street is whose house, not the street.
_NOTE_SHORTHAND = frozenset("s&s s/s vs v/s h2h hrs hr nite tonite tonight morn addr ref anpr door obs "
                            "mon tue tues wed thu thur thurs fri sat sun".split())


def _street_without_note_words(text: str, f: Found, lex: Lexicon, names: bool = False) -> Found:
    """"Lives Popple Street", "lost sight wigton rd", "on foot twds harehills lane": a hasty note's
    words run into a street named without a number; the street starts after the sentence words, or
    at a known town it is named after when only everyday English words come before it."""
    if f.type != "LOCATION" or f.method != "rule":
        return f
    words = list(_SPAN_WORD.finditer(f.text))
    if len(words) < 3 or words[-1].group().lower().rstrip(".") not in lex.street_suffixes:
        return f
    low = [w.group().lower() for w in words]
    k = 0
    while k < len(words) - 2 and _note_word(low[k], lex):
        k += 1
    english = _english_any()
    for j in range(k + 1, len(words) - 1):
        if not all((w in english or w in _CUE_WORDS) and w not in lex.stop and w not in _CONNECTORS
                   and w not in _known_orgs_lower() and w not in lex.org_suffixes
                   and w not in _NAME_ADJECTIVES and w not in _PREFIX_ST and w not in lex.place_words for w in low[k:j]):
            break
        if is_known_place(words[j].group().title()) or low[j] in lex.place_words:
            k = j
            break
    if k == 0 and len(low[0]) == 1 and f.start and text[f.start - 1] == "&":
        k = 1  # "s&s holbrook rd" read from the second "s"
    elif k == 0 and names and len(low[0]) == 3 and low[0].isalpha() and _MARK_HEAD.search(text, max(0, f.start - 6), f.start):
        k = 1  # "stop wk15 ubf exeter rd": the mark's last letters, then the street
    mixed = None
    for j in range(len(words) - 3, k - 1, -1):
        w = words[j].group()
        if low[j] in _NOTE_SHORTHAND:
            k = j + 1
            break
        if not names:
            continue  # below: names before the street (a person's, a mark's, a town), not words to block
        if low[j] == "house" and j and low[j - 1].endswith("s") and low[j - 1] not in lex.place_words:
            k = j + 1  # "emma clarkes house compton rd": whose house, then the street
            break
        if len(w) > 1 and w.isupper() and words[j + 1].group()[:1].isupper() and not words[j + 1].group().isupper():
            if mixed is None:
                mixed = not caseless(text)
            if mixed and not is_known_place(w):
                k = j + 1  # "VS Hagley Rd", "YUA London Rd": shorthand or a mark's letters before the street
                break
    if names and low[-1].rstrip(".") in _ROAD_WORDS and not caseless(text) \
            and not _STATION_CUE.search(text, max(0, f.start - 40), min(len(text), f.end + 12)) \
            and not is_known_place(f.text):  # a station named town first ("Worcester Foregate Street")
        k = max(k, _town_before_street(words, low, k, lex))  # not "Liverpool Lime Street" station
    if k == 0:
        return f
    s0 = f.start + words[k].start()
    span = text[s0 : f.end]
    return Found(f.type, s0, f.end, span, clean_key(span), f.method, f.attrs)


#: Words of a street's own name after a town it is named from ("Hyde Park Road", "Bury Old Road",
#: "Leek New Road", "Sutton Common Road"): the town is then the street's first word.
_STREET_FEATURES = frozenset("park hall green common bridge moor moss hill heath wood woods field fields gate end cross "
                             "castle mill church chapel farm grange house manor lodge court vale valley old new road lane "
                             "street way bank brook water well wells spa town city market station dock docks pier quay "
                             "harbour abbey priory college school".split())


_ROAD_WORDS = _CORE_STREETS | {"way", "walk"}


def _town_before_street(words: list, low: list[str], k: int, lex: Lexicon) -> int:
    """"anpr hull clive sullivan way", "Stoke Newington Church Street": a known town (the longest of
    up to three words) written straight before a street whose own name is a name word, not an
    everyday or place word ("Hyde Park Road", "Bradford Old Road", "Chester le Street" stay whole)."""
    best = 0
    for n in (1, 2, 3):
        if k + n > len(words) - 2:
            break
        if is_known_place(" ".join(w.group() for w in words[k:k + n]).title()):
            best = k + n
    if not best:
        return 0
    nxt = low[best]
    if len(nxt) < 3 or nxt in _STREET_FEATURES or nxt in lex.place_words or nxt in _NAME_ADJECTIVES or nxt in _COMPASS_WORDS \
            or nxt in lex.stop or nxt in _PREFIX_ST or nxt in lex.street_suffixes or nxt in lex.org_suffixes:
        return 0
    return best
