"""Rule-based ADDRESS extraction: UK addresses as police and partner agencies write them.

An ADDRESS runs from the flat/house number or house name through street, town and postcode when
contiguous; a full postcode alone is one; a street without a number is a LOCATION (the gold
convention in ``benchmarks/_eval.py``). The forms: flats, rooms, units, plots and tenement
positions ("Flat 2/1", "3F2", "1/R"), named blocks and house names ("Rose Cottage", "Mains of X
Farm", "Fferm Bryn Glas"), numbers as written ("12a", "12-14", "No. 12"), designators after the
name ("Mill Lane", "Kirk Wynd") or, in Welsh, before it ("Heol y Wern"), and up to three
localities before a postcode. The tail stops where prose, a date, a person or the next form
field starts. A business or prose before the number ("Star Kebab House, 22 ...", "his sister's
house, 17 ...") is left out: the address starts at the house number.

Case-less reports (shouted RMS exports, hasty notes) are read through a same-length cased view,
so the same rules apply and offsets index the text as written.

Word lists (street designators, flat and building words, house words) are data in
``scanassist_core/data/identifier_rules.json``, shared with ``_identifiers``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from ._case import text_case
from ._trie import literal_trie
from ._types import Found
from ._validators import POSTCODE_RE, normalise_postcode

__all__ = ["find_addresses", "text_case", "cased_view"]

_RULES: dict = json.loads(
    resources.files("scanassist_core").joinpath("data/identifier_rules.json").read_text("utf-8")
)


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation of literal words as a trie ("R(?:oad|ise|ow)"), longer words tried
    first; internal spaces match any blanks (see ``_trie``)."""
    return literal_trie(words)


def _title_upper(words: list[str]) -> list[str]:
    """Each word as written in Title case and in capitals ("Road", "ROAD")."""
    out: list[str] = []
    for w in words:
        out += [w[:1].upper() + w[1:], w.upper()]
    return out


_SUFFIX_KEY: dict[str, str] = {k.lower(): v for k, v in _RULES["street_suffixes"].items()}
_FLAT_KEY: dict[str, str] = {k.lower(): v for k, v in _RULES["flat_words"].items()}
#: Fixed-width exports and OCR put two blanks inside a postcode ("CF5  4BL").
_PC = POSTCODE_RE.replace("?P<pc_out>", "?:").replace("?P<pc_in>", "?:").replace(" ?", " {0,2}")
#: Hasty notes write postcodes in lower case ("wv1 4ab"); only the spaced form is trusted then.
_PC_LOWER = re.sub(r"\[([^\]]*)\]", lambda m: "[" + re.sub("[A-Z]", lambda c: c.group().lower(), m.group(1)) + "]",
                   POSTCODE_RE.replace("?P<pc_out>", "?:").replace("?P<pc_in>", "?:").replace(" ?", " {1,2}")
                   .replace("GIR", "gir").replace("0AA", "0aa"))
_PC_ANY = r"(?:" + _PC + "|" + _PC_LOWER + r")"
#: Scanned forms read back by OCR space out characters ("NG7  3 N S"): after a street only.
_PC_OCR = (r"(?:[A-PR-UWYZa-pr-uwyz][A-Za-z]?[0-9][0-9A-Za-z]?[ ]{1,2}[0-9] [ABD-HJLNP-UW-Zabd-hjlnp-uw-z] "
           r"[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]"
           # ... or key the inward digit apart from its two letters ("L32 8 AB", "cf24 3 ha").
           r"|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKPSTUW]?[ ]{1,2}[0-9][ ][ABD-HJLNP-UW-Z]{2}"
           r"|[a-pr-uwyz][a-hk-y]?[0-9][0-9a-hjkpstuw]?[ ]{1,2}[0-9][ ][abd-hjlnp-uw-z]{2})")
#: A postcode keyed with a letter for a digit or a digit for a letter ("WV10 OAB", "LS6 2A8"): after
#: a street and town only, and read back through ``_typo_postcode``.
_PC_TYPO = (r"(?:[A-PR-UWYZ][A-HK-Y]?[0-9OI][0-9A-Z]?[ ]{1,2}[0-9OI][A-Z0-9]{2}"
            r"|[a-pr-uwyz][a-hk-y]?[0-9ol][0-9a-z]?[ ]{1,2}[0-9ol][a-z0-9]{2})")
_PC_TAIL = r"(?:" + _PC_ANY + "|" + _PC_OCR + "|" + _PC_TYPO + r")"
_AS_DIGIT = str.maketrans("OIL", "011")
_AS_LETTER = str.maketrans("0158", "OISB")


def _typo_postcode(raw: str) -> str | None:
    """A postcode as written, or one whose digit and letter slots were keyed with the look-alike
    ("O" for "0", "8" for "B") and that is valid once they are swapped back."""
    pc = normalise_postcode(raw)
    if pc or not any(c.isdigit() for c in raw):
        return pc
    parts = raw.upper().split()
    if len(parts) != 2:
        return None
    out, inward = parts
    lead = 2 if len(out) > 1 and out[1].isalpha() and out[1] not in "OIL" else 1
    out = out[:lead] + out[lead:].translate(_AS_DIGIT)  # no outward district letter is O, I or L
    inward = inward[0].translate(_AS_DIGIT) + inward[1:].translate(_AS_LETTER)
    return normalise_postcode(out + " " + inward)
_POSTCODE_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])(?P<pc>" + _PC_ANY + r")(?![A-Za-z0-9])")
#: Letters of British and Irish place names: Welsh circumflexes ("Tŷ Coch", "Lôn Goed"), Irish
#: and Gaelic accents.
_UP = "A-ZÀ-ÖØ-ÞŴŶ"
_LO = "a-zß-öø-ÿŵŷ"
#: Small words inside names: "Heol y Wern", "Stoke-on-Trent", "Weston-super-Mare", "Mains of Usk".
_PARTICLE = r"(?:y|yr|yn|yng|ym|na|an|le|la|de|du|en|of|on|upon|under|in|by|the|sub|super)"
_HYPHEN_PART = r"(?:-(?:" + _PARTICLE + r"-)?[" + _UP + "][" + _LO + r"]+){0,2}"
#: A street word; a full stop only after a short abbreviation ("St. Mary's", "Gt. Western"),
#: never after a whole word ("2 phones. Street" is two sentences).
_STREET_WORD = (r"(?:[" + _UP + "][" + _LO + r"]{1,3}\.|[" + _UP + "][" + _LO + "'’]*[" + _LO + "]|[" + _UP + r"]{2,}|["
                + _UP + "]['’][" + _UP + "][" + _LO + "]+|[" + _LO + "][" + _LO + "'’]*[" + _LO + r"])(?:-[A-Za-z][a-z]+)?")
_TITLE_WORD = r"(?:[" + _UP + "][" + _LO + "'’]+|[" + _UP + r"]{2,})" + _HYPHEN_PART
_BUILDING_WORDS = frozenset(w.lower() for w in _RULES["building_words"])
#: ("Approved Premises, 4 Ashbrooke Terrace, ...": a probation hostel, where people are released on licence;
#: other "premises" before a number are a description - see ``_bad_building``)
_BUILDING_END = _alt(_title_upper(_RULES["building_words"] + list(_SUFFIX_KEY) + ["Premises"]))
_SUFFIX_ABBREV = frozenset(k for k, v in _SUFFIX_KEY.items() if k != v)
_SUFFIX_ALT = _alt(_title_upper(list(_SUFFIX_KEY)) + list(_SUFFIX_KEY))
#: House numbers: "12", "12a", "12 A" (a letter spaced off before the street), ranges "12-14",
#: pairs "14 & 16", "31a and 31b" and "14/16", Edinburgh stair numbers "15/3" (tail-gated: a bare "15/3" is usually a date), "No. 12";
#: digits spaced out by OCR before a wide gap ("1 1 2  Alfreton  Road").
_NUMBER = (r"(?:\d(?: \d){1,3}(?=[ ]{2}[^\W\d_])|(?:[Nn][oO]\.?[ \t]*(?=\d))?\d{1,4}(?:[A-Za-z]|[ \t][A-Ha-h](?=[ \t]+[A-Z][a-z]))?"
           r"(?:[ \t]?[-–][ \t]?\d{1,4}[A-Za-z]?|(?:[ \t]?&[ \t]?|[ \t]+(?:and|AND)[ \t]+)\d{1,4}[A-Za-z]?|/\d{1,3}(?![\d/]))?)")
#: Flat numbers: "3", "12B", "C", Scottish tenement positions "2/1" (floor/door) and "0/2",
#: Edinburgh "3F2" (third floor, second door), Dundee and Aberdeen "1/R", "G/L" (floor/side).
_FLAT_NO = r"(?:\d{1,2}|G)/(?:\d{1,2}|[LRM])(?![\w/])|\d{1,2}F\d{1,2}|\d{1,4}[A-Za-z]?(?:[-–]\d{1,4}[A-Za-z]?)?|[A-Za-z]"
#: The same tenement positions written without the word "Flat", before the close's number
#: ("2/1 45 Dumbarton Road", "3F2, 12 Leith Walk").
#: A position by side ("2/R", "G/L") may stand for the whole flat before the street itself
#: ("Lorna's flat at 3/L Kelvin Drive"): a side letter is no date; "2/1 Mill Lane" may be.
_TENEMENT = (r"(?P<tflat>(?:\d|G)/(?:\d|[LR])(?![\w/])|\d{1,2}F\d{1,2})(?:(?:[ \t]*,[ \t]*|[ \t]+)(?=\d)"
             r"|(?<=[LR])[ \t]+(?=[A-Z][a-z]))")
#: A flat named by its floor or side: "Ground Floor Flat, 12 Mill Lane", "top flat 4 Leith Walk", "Rear Flat, 41 High St".
_FLOOR = (r"(?:" + _alt("ground basement first second third fourth fifth top upper lower rear front back".split() + ["lower ground"])
          + r"|\d{1,2}(?:st|nd|rd|th))[ \t]+(?:floor[ \t]+(?:flat|maisonette)|(?:flat|maisonette)|floor(?=[ \t]*,?[ \t]*\d|[ \t]*,[ \t]*[A-Z]))")
#: An outer unit before the flat: "Room 4, Flat 12, ...", "Flat 12, Block B, ...". A unit or flat
#: may be placed by the numbered building it is behind or over ("Unit 2, rear of 140 Dudley Road",
#: "Flat 1, above 22 Market Street"): that is part of the address; a business before "rear of" is not.
_OUTER_UNIT = (r"(?:(?i:" + _alt(list(_FLAT_KEY)) + r")\.?[ \t]+(?:" + _FLAT_NO + r")\b[ \t]*,?[ \t]*(?=(?i:"
               + _alt(list(_FLAT_KEY)) + r"|" + _FLOOR.replace(r"(?=[ \t]*,?[ \t]*\d|[ \t]*,[ \t]*[A-Z])", "") + r")\b))?")
_FLAT_PART = (r"(?:" + _OUTER_UNIT + r"(?P<flatkw>(?i:" + _alt(list(_FLAT_KEY)) + r"))(?i:s(?=[ \t]+\d{1,4}[A-Za-z]?(?:[-–&]|[ \t]*&|[ \t]+and\b)))?\.?[ \t]+(?P<flat>" + _FLAT_NO + r")\b"
              # "Room 2 & Room 5", "Flats 1 and 2": two units of the same house
              r"(?:[ \t]*(?:&|and|AND)[ \t]*(?:(?i:" + _alt(list(_FLAT_KEY)) + r")\.?[ \t]+)?\d{1,4}[A-Za-z]?\b)?"
              r"[ \t]*[,/]?[ \t]*\n?[ \t]*(?:(?i:rear[ \t]+of|back[ \t]+of|r/o|above|over|behind)[ \t]+(?=\d))?|" + _TENEMENT + r"|" + _OUTER_UNIT + r"(?P<floor>(?i:" + _FLOOR + r"))[ \t]*,?[ \t]*\n?[ \t]*(?=\d|(?:" + _TITLE_WORD + r"[ \t]+){1,3}(?:" + _BUILDING_END + r")[ \t]*,))")
#: A named building: "Cedar House", or after a flat number any name before the house number
#: ("Apartment 1204, The Cube, 113 Wharfside Street", "Flat 7, Tŷ Glas, 2 Heol Siarl").
#: A house named in the plural before its number: "The Gables, 4 Lichfield Road", "The Willows,
#: 2 Mill Lane" (pubs are mostly singular: "The Crown", "The Red Lion").
_PLURAL_HOUSE = (r"(?:The|THE)[ \t]+(?:" + _TITLE_WORD + r"[ \t]+)?(?:[" + _UP + "][" + _LO + "]+[" + _LO.replace("s", "") + "]s|["
                 + _UP + "]+[" + _UP.replace("S", "") + r"]S)(?=[ \t]*,[ \t]*\d)")
#: A Welsh house named by its prefix before the number: "Tŷ Gwyn, 4 Heol Las", "Plas Newydd, 3 Church Street".
_PREFIX_HOUSE = (r"(?:" + _alt(_title_upper(_RULES["house_prefixes"])) + r")[ \t]+" + _TITLE_WORD + r"(?:[ \t]+" + _TITLE_WORD
                 + r")?(?=[ \t]*,[ \t]*\d)")
_BUILDING_PART = (
    r"(?:(?P<building>(?:" + _TITLE_WORD + r"[ \t]+){1,3}(?:" + _BUILDING_END + r")|" + _PLURAL_HOUSE + r"|" + _PREFIX_HOUSE + r"|(?(flatkw)(?:(?:The|THE)[ \t]+)?"
    + _TITLE_WORD + r"(?:[ \t]+" + _TITLE_WORD + r"){0,2}(?=[ \t]*,[ \t]*(?:\d|(?:" + _STREET_WORD + r"[ \t]+){1,3}(?:"
    + _SUFFIX_ALT + r")(?![A-Za-z0-9'’])))|(?!)))"
    r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]+(?=\d)|[ \t]*\n[ \t]*(?=\d)))"  # (a form's lines: "Flat 6\nLowther House\n12 Clifton Drive")
)
#: Not glued to a word, a reference, a decimal or money; a label's dot leader may come before
#: ("ADDRESS.......14 MILL LANE").
_ADDRESS = re.compile(
    r"(?<![\w£$€/:\-#])(?<!(?<!\.)\.)"
    # An address starts at a house number, a flat word or a named building: the look-ahead keeps
    # the scan from trying every ordinary word as the start of a street.
    r"(?=[0-9]|G/[LR\d]|[Nn][oO]\.?[ \t]*\d|(?i:" + _alt(list(_FLAT_KEY)) + r")s?\b|(?i:" + _FLOOR + r")\b|(?:" + _TITLE_WORD + r"[ \t]+){1,3}(?:(?:"
    + _BUILDING_END + r")[ \t]*,"
    # "Lowther House 12 Clifton Drive": a block of homes named before its number with no comma
    + r"|(?:" + _alt(_title_upper(_RULES["block_words"] + ["Court", "Cottage"])) + r")(?:[ \t]+|[ \t]*\n[ \t]*)\d)|" + _PLURAL_HOUSE + r"|" + _PREFIX_HOUSE
    + r")"
    + _FLAT_PART + r"?"
    + _BUILDING_PART + r"?"
    r"(?:(?P<number>" + _NUMBER + r")(?:[ \t]*,[ \t]*|[ \t]+))?"
    r"(?P<street>(?:" + _STREET_WORD + r"[ \t]+){1,4})"
    r"(?P<suffix>" + _SUFFIX_ALT + r")(?![A-Za-z0-9'’])"
    # "High Street West", "Castle Street Upper": a compass or level word closing the street name,
    # before punctuation, a spaced dash or running prose ("Paisley Road West into a van"); a capital after it may
    # be a town ("High Street North Shields").
    r"(?:[ \t]+(?:North|South|East|West|Upper|Lower|NORTH|SOUTH|EAST|WEST|UPPER|LOWER)(?=[ \t]*(?:[,.;:)\]\n]|$)|[ \t]+[a-z]|[ \t]+[-–—][ \t])"
    # ... or shortened to its letter before the town ("36 Seaton Pl E, Aberdeen AB24 1XD")
    r"|[ \t]+[NSEW](?=[ \t]*,))?"
)
#: Where a number-first address can start (a cheap gate before the long patterns).
_START = r"(?=[0-9]|G/|[Nn][oO]\.?[ \t]*\d|" + _PREFIX_HOUSE + r"|(?i:" + _alt(list(_FLAT_KEY)) + r")s?\b|(?i:" + _FLOOR + r")\b)"
#: "88 Kirkgate, Wakefield WF1 1TB": a street named without a suffix word, trusted only when a
#: postcode or a known town follows it (or a residence cue before it, or a Welsh designator). A
#: scanned form read back by OCR may double the gaps between its words ("26  Audley  Range"), then
#: after the number too (in a fixed-width form a wide gap after a street is the next field's).
_NUMBER_NAME = re.compile(
    r"(?<![\w£$€/:\-#])(?<!(?<!\.)\.)" + _START + _FLAT_PART + r"?" + _BUILDING_PART + r"?"
    r"(?P<number>" + _NUMBER + r")(?:[ \t]*,?(?P<wide>[ \t]{2,3})|[ \t]*,?[ \t]+)(?!(?i:" + _alt(list(_FLAT_KEY)) + r")s?\b)"
    r"(?P<street>" + _TITLE_WORD
    + r"(?:(?(wide)[ \t]{1,2}|[ \t])(?:(?:y|yr|'r|na|an|le|la|de|du|an|a'|Y|Yr|YR)(?(wide)[ \t]{1,2}|[ \t]))?" + _TITLE_WORD + r"){0,2})"
    r"(?![A-Za-z0-9'’])"
)
#: "Flat 4 Jubilee House, Leeds LS1 1AA": a named building with no street, again only before a
#: postcode or known town.
_FLAT_BUILDING = re.compile(
    r"(?<![\w£$€/:\-#])(?<!(?<!\.)\.)" + _OUTER_UNIT + r"(?P<flatkw>(?i:" + _alt(list(_FLAT_KEY)) + r"))\.?[ \t]+(?P<flat>"
    + _FLAT_NO + r")\b[ \t]*,?[ \t]*(?P<building>(?:" + _TITLE_WORD + r"[ \t]+){1,3}(?:" + _BUILDING_END + r"))(?![A-Za-z0-9'’])"
)
#: Words an address label is followed by that are no house's name ("Address: previous, ...").
_NOT_HOUSE_NAMES = frozenset("previous current home old given verified nk n/k formerly prev".split())
#: "Address: Hillside, Mill Lane, Alveley": after an address label, a house name of any word (a
#: records export's dot leader "ADDRESS.......LYNWOOD, 9 ..." is a label too). "HOME ADDRESS FAIRVIEW, 6 ...":
#: the label's words are read together, so "ADDRESS" is no house name in a report in capitals.
_LABEL_HINT = re.compile(r"address|addr\b|home|(?:lives|resides|living|residing)(?: alone| together| now| currently)? at|search|warrant|stay|\d\)[ \t]*,|,[ \t]*\d{1,3}[ \t]*,")
_LABELLED_HOUSE = re.compile(
    r"(?:(?i:\b(?:(?:home|bail|current|previous|last)[ \t]+(?:address|addr)|address|addr|home|(?:lives|living|resides|residing)(?:[ \t]+(?:alone|together|now|currently))?[ \t]+at)\b(?:[ \t]+(?:is|was))?[ \t]*(?:[:\-]|\.{2,})?[ \t]*)"
    # ... or a person's age in a list of people: "Margaret ELLIS (76), Seaview, 3 Cary Parade"
    r"|(?:\((?:aged?[ \t]*)?\d{1,3}\)|(?<=[A-Za-z]),[ \t]*(?:aged?[ \t]+)?\d{1,3})[ \t]*,[ \t]*)"
    # (a Welsh house's article inside its name: "Glan y Mor", "Bryn yr Eglwys")
    r"(?P<house>" + _TITLE_WORD + r"(?:[ \t]+(?:(?:y|yr)[ \t]+)?" + _TITLE_WORD + r"){0,2})[ \t]*,[ \t]*"
    r"(?P<building>)(?:(?P<number>" + _NUMBER + r")(?:[ \t]*,[ \t]*|[ \t]+))?"
    r"(?P<street>(?:" + _STREET_WORD + r"[ \t]+){1,4})(?P<suffix>" + _SUFFIX_ALT + r")(?![A-Za-z0-9'’])"
)
#: "Search at Hollin Bank, Kirkby Stephen CA17 4HQ": after a label or a search, a house name, its
#: town and postcode with no street (the postcode must close it).
_LABELLED_NAME = re.compile(
    r"(?i:\b(?:(?:home|bail|current|previous|last)[ \t]+(?:address|addr)|address|addr|home|(?:lives|living|resides|residing|stays|staying)(?:[ \t]+at)?|search(?:ed)?[ \t]+at|"
    r"warrant(?:[ \t]+executed)?[ \t]+at)\b(?:[ \t]+(?:is|was))?[ \t]*(?:[:\-]|\.{2,})?[ \t]*)"
    r"(?P<house>" + _TITLE_WORD + r"(?:[ \t]+" + _TITLE_WORD + r"){0,2})(?=[ \t]*,)"
)
#: "Mr G Pryce-Jones of Bryn Awel, Llangefni LL77 7PE": "of" or "at" before a name, its town and
#: a full postcode - the way a house without a number is written ("of" a person's home, "at" the
#: scene); the name must not read as a person or a business.
_PREP_NAME = re.compile(
    r"(?<![\w'’])(?P<prep>(?i:of|at))[ \t]+"
    r"(?P<house>" + _TITLE_WORD + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _TITLE_WORD + r"){0,2})(?=[ \t]*,)"
)
#: "flat at Kingfisher Court, Leicester", "her flat in Lowther House, Blackpool FY1 ...": a flat placed in a
#: block of flats by its name (the block's word says homes), before a known town or a postcode.
_FLAT_AT_BLOCK = re.compile(
    r"(?i:\bflat)[ \t]+(?i:at|in)[ \t]+(?P<building>(?:" + _TITLE_WORD + r"[ \t]+){1,3}(?:"
    + _alt(_title_upper(_RULES["block_words"] + ["Court"])) + r"))(?=[ \t]*,)"
)
_COURTS_OF_LAW = frozenset("magistrates magistrates' crown county family youth coroners coroner's high civil combined justice law".split())
#: "PO Box 5521, Cardiff CF1 1AB": a company's registered office or a mail drop; an address when a
#: postcode or a known town follows it.
_PO_BOX = re.compile(
    r"(?<![\w/])(?P<building>(?:[Pp]\.?[ ]?[Oo]\.?|Post[ \t]+Office|POST[ \t]+OFFICE)[ \t]+(?:Box|BOX|box)[ \t]*(?:[Nn]o\.?[ \t]*)?\d{1,6})(?![\w/])"
)
#: A unit on an industrial estate or business park needs no postcode before a known town
#: ("Unit 9, Westfield Ind Est, Hereford"): the site's word says it is premises, not a person.
_SITE_ENDS = frozenset("estate est park centre parc".split())
#: "Unit 12, Ransomes Europark, Ipswich IP3 9SJ": a unit or flat on a named site, closed by a postcode
#: (the comma after the unit's number is often left out: "Unit 9 Westfield Ind Est, Hereford HR4 9NS").
#: "Warrant executed Unit 4 Oakley Hay.", "Search of Unit 12 Heathfield Works, nothing found": a unit
#: on a named site straight after a warrant or search, no street or postcode needed (the cue and
#: the unit's number vouch for it; "Unit 4 officers attended" has no cue).
_CUED_UNIT = re.compile(
    r"(?i:\b(?:warrants?(?:[ \t]+executed)?|search(?:ed)?(?:[ \t]+of)?|raid(?:ed)?(?:[ \t]+on)?|executed)(?:[ \t]+at)?[ \t]*[:\-]?[ \t]*)"
    r"(?P<flatkw>Unit|UNIT|Plot|PLOT)[ \t]+(?P<flat>\d{1,3}[A-Za-z]?)[ \t]*,?[ \t]*"
    r"(?P<building>[" + _UP + "][" + _LO + "]+(?:[ \t]+[" + _UP + "][" + _LO + r"]+){0,2})(?=[ \t]*(?:[.,;:)\n]|$))"
)
_UNIT_SITE = re.compile(
    r"(?<![\w£$€/:\-#])(?<!(?<!\.)\.)" + _OUTER_UNIT + r"(?P<flatkw>(?i:" + _alt(list(_FLAT_KEY)) + r"))\.?[ \t]+(?P<flat>" + _FLAT_NO + r")\b(?:[ \t]*,[ \t]*|[ \t]+)"
    r"(?P<building>(?:(?:Y|Yr|YR)[ \t]+)?" + _TITLE_WORD + r"(?:[ \t]+" + _TITLE_WORD + r"){0,2})(?=[ \t]*,)"
)
#: "Rowan Garth, Askham, Penrith CA10 2AB", "Croft of Balnagowan, Tarland, Aboyne AB34 4AB": a run of
#: comma-separated capitalised names closed by a full postcode - a house known by its name, its
#: village or street, its town. The run is read back from the postcode; what opens it may be a
#: person ("IP: Morag STEWART, Burnside ...") and is cut off in code.
_NAME_SEG = _TITLE_WORD + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _TITLE_WORD + r"){0,4}"
_NAME_RUN = re.compile(
    r"(?<![\w'’&\-/.])(?P<run>" + _NAME_SEG + r"(?:[ \t]*,[ \t]*" + _NAME_SEG + r"){1,5})[ \t]*,?[ \t]*"
    r"(?P<pc>" + _PC + r")\Z"
)
_NAME_SEG_AT = re.compile(r"(?P<house>" + _NAME_SEG + r")(?=[ \t]*,)")
_SEG_SPLIT = re.compile(r"[^,]+")
#: Suffixes that only name a road ("Church Lane, Wedmore ..." is a street with no number, a place);
#: "Garth", "View", "Rise", "Croft", "Bank" name houses as often as streets.
_ROAD_WORDS = frozenset("road rd street st lane ln avenue ave drive dr close crescent cres way place pl terrace "
                        "square sq gardens gdns grove walk parade row mews wynd heol ffordd stryd lon lôn".split())
_NAME_PARTICLE_BEFORE = re.compile(r"\b(?:ap|ab|ferch|van|von|der|de|da|di|bin|bint|ibn|al)[ \t]+\Z")
#: Words that open house names as often as prose ("High Howe", "Low Farm", "Top Barn").
_HOUSE_OPENERS = frozenset("high low top bottom new old upper lower nether little great far near".split())
_CUT_PARTICLES = frozenset("in on by upon under the".split())
#: ... and numbers ("Two Oaks", "Four Winds", "Seven Acres"): no prose word cut off a house's name.
_NUMBER_WORDS = frozenset("two three four five six seven nine".split())
_PEOPLE = frozenset("men women people persons boys girls".split())


def _name_opener(words: list[str]) -> bool:
    """A level or number word opening a house's name ("High Trees", "Two Oaks"), not a count of
    people or things ("Two Males", "Three Men")."""
    first = words[0].lower()
    if first in _HOUSE_OPENERS:
        return True
    return first in _NUMBER_WORDS and len(words) > 1 and words[1].lower() not in _COUNT_NOUNS and words[1].lower() not in _PEOPLE
_PERSON_TITLES = frozenset("mr mrs ms miss dr mx sir rev".split())
#: "Reginald PARFITT, 90, Orchard View, ...": a name, then a number between commas is an age.
_NAME_COMMA_BEFORE = re.compile(r"(?P<w>[" + _UP + r"][\w'’\-]*)[ \t]*,[ \t]*\Z")
#: "11 Larchmere House": a flat numbered in a named block of homes, no street needed.
_NUMBER_BUILDING = re.compile(
    r"(?<![\w£$€/:\-#])(?<!(?<!\.)\.)(?P<number>\d{1,3}[A-Za-z]?)[ \t]+(?P<building>(?:" + _TITLE_WORD + r"[ \t]+){1,2}(?:"
    + _alt(_title_upper(_RULES["block_words"])) + r"))(?![A-Za-z0-9'’])"
)
#: "The Granary, Littleton, Anytown AB1 2CD", "Mains of Auchindoun Farm, Dufftown, Keith AB55
#: 4DR", "Fferm Bryn Glas, Llanilar SY23 4LA": a house known by name, no number or street; trusted
#: only when a postcode ends the run of localities after it (a farm, cottage, barn, bungalow or
#: lodge also before a known town).
_RURAL_HOUSE = frozenset(w.lower() for w in _RULES["rural_house_words"])
#: Cheap substring test before the house-name regex (most reports name no house).
_HOUSE_HINTS = tuple({w.lower() for w in _RULES["house_words"] + _RULES["house_prefixes"]})
_THE_HOUSE = re.compile(
    r"(?<![\w£$€/:\-#])(?<!(?<!\.)\.)(?:The|THE)[ \t]+(?P<building>" + _TITLE_WORD + r"(?:[ \t]+" + _TITLE_WORD + r")?)(?=[ \t]*,)"
)
_NAMED_HOUSE = re.compile(
    r"(?<![\w£$€/:\-#])(?<!(?<!\.)\.)(?:(?P<house>(?:" + _TITLE_WORD + r"[ \t]+(?:" + _PARTICLE + r"[ \t]+)?){1,3}(?:"
    + _alt(_title_upper(_RULES["house_words"])) + r")"
    r"|(?:" + _alt(_title_upper(_RULES["house_prefixes"])) + r")(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _TITLE_WORD + r"){1,3}))"
    r"(?=[ \t]*,)"
)
_PLACE_WORD = r"(?:[" + _UP + "][" + _LO + "'’]+|[" + _UP + r"]{3,})"
#: A town as written: "Stoke-on-Trent", "Llanfihangel-y-Creuddyn", "Derry/Londonderry".
#: Irish counties are written "Co. Down", "Co Tyrone", "County Fermanagh".
_COUNTY = r"(?:Co\.?|CO\.?|County|COUNTY)[ \t]+"
_PLACE_NAME = (r"(?:" + _COUNTY + r")?" + _PLACE_WORD + r"(?:(?:[ \t]+|-|/)(?:" + _PARTICLE + r"(?:[ \t]+|-))?" + _PLACE_WORD + r"){0,3}")
_PLACE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?P<place>" + _PLACE_NAME + r")")
#: The same without particles: "Barnard Castle" out of "Barnard Castle on Tuesday", when the
#: particle carries the prose on rather than the town's name.
_PLAIN_PLACE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?P<place>(?:" + _COUNTY + r")?" + _PLACE_WORD
                                + r"(?:(?:[ \t]+|-|/)" + _PLACE_WORD + r"){0,3})")
#: A clause ends at punctuation, a line's end or a spaced dash ("23 Lothian Crescent, Whitfield - no reply").
_PLACE_END = re.compile(r"[ \t]*(?:[.,;:()\]\n]|$)|[ \t]+[-–—](?=[ \t])")
#: A compass or level word after a street's designator, read as the street's when a known town follows.
_COMPASS_AFTER = re.compile(r"[ \t]+(?:North|South|East|West|Upper|Lower|NORTH|SOUTH|EAST|WEST|UPPER|LOWER"
                            r"|north|south|east|west|upper|lower)(?=[ \t])")
_COUNTY_START = re.compile(_COUNTY)
#: A London district straight after the street, no town ("60 Sebert Rd E7", "4 Bow Road, E3 - no reply"):
#: E, N and W are safe there, a grading or road number does not follow a street.
_OUTWARD_STREET = re.compile(
    r"[ \t]*,?[ \t]*(?P<pc>(?:[A-PR-UWYZ][A-HK-Y]|[EGLNSW])[0-9][0-9A-Z]?)(?=[ \t]*(?:[.,;:)\]\n]|$)|[ \t]+[-–—][ \t])"
)
#: A postcode district after the town ("Telford TF1", "Leeds LS11"): two-letter areas and the
#: one-letter ones that are neither roads (M6) nor intelligence gradings (B2, E4).
_OUTWARD_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?P<pc>(?:[A-PR-UWYZ][A-HK-Y]|[GLNSW])[0-9][0-9A-Z]?)(?=[ \t]*(?:[.,;:)\]\n]|$)|[ \t]+[-–—][ \t])"
)
#: English, Welsh, Scots and Irish place-name endings and openings ("Brinsworth", "Ketley",
#: "Llanilar", "Ballykelly"): in a case-less note an unknown word of this shape after a street is
#: a locality even when prose follows ("12 mill lane, brinsworth with his mum").
_PLACE_SHAPED = re.compile(
    r"(?i)(?:ton|ley|ham|by|worth|field|ford|bury|borough|burgh|brough|wick|wich|thorpe|thwaite|stead|mouth|"
    r"chester|caster|cester|minster|port|bridge|dale|holme|hurst|combe|bourne|stone|stow|wood|pool|church)\Z"
    r"|\A(?:llan|aber|pen|bally|kil|inver|strath|dun|glen|auchen|tre|pont|caer|cwm)[a-z]{3}"
)
_VIEW_PLACE_END = re.compile(r"[ \t]*(?:[.,;)\]](?:\s|$)|\n|$)")  # (a note's line ends with the town: "..., havant rd, emsworth\n")
#: ... and a place-shaped one before a spaced dash or a bracket: "fire at 23 lothian crescent, whitfield -
#: no reply", "7 oak close, brinsworth (her nans)" (the note's next clause or an aside).
_VIEW_SHAPED_END = re.compile(r"[ \t]+[-–—][ \t]|[ \t]*\(")
#: An unknown place-shaped word straight after the street, no comma, closing the clause: in a hasty
#: note the district is written so ("6 sutton st edgwick.").
_BARE_LOCALITY = re.compile(r"[ \t]+(?P<place>[A-Za-z]{5,})(?=[ \t]*(?:[.,;:)\]](?:\s|$)|\n|$))")
#: Words that follow an address's last town in running prose ("..., Brinsworth with his mum"), also
#: in capitals for emphasis ("found at 14 Dawley Road, Wellington AGAIN", "..., Dudley TODAY").
_AFTER_TOWN_WORDS = (r"with|on|where|at|in|for|since|until|from|to|by|when|after|before|who|which|whilst|while|during|"
                     r"between|yesterday|today|tonight|last|around|about|most|every|each|again|earlier|later|recently|now|but|because|"
                     r"regularly|often|daily|nightly|weekly|overnight|this|that|as|and[ \t]+(?:was|is|has|had|were|are|then)")
#: ... or a verb's -ing form carrying the sentence on ("7 Chestnut Grove, Annagh demanding £2,000").
_AFTER_TOWN = re.compile(r"[ \t]+(?:" + _AFTER_TOWN_WORDS + "|" + _AFTER_TOWN_WORDS.upper().replace(r"[ \T]", r"[ \t]")
                         + r"|[a-z]{2,}ing)\b")
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
    r"[ \t]*,?[ \t]*\n?[ \t]*(?P<pc>" + _PC_TAIL + r")(?![A-Za-z0-9])"
)
_PC_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)?[ \t]*(?P<pc>" + _PC_TAIL + r")(?![A-Za-z0-9])")
#: Up to three words after a street, any case, to test against the known-places list ("St. Albans").
_KNOWN_PLACE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*\n?|\n)?[ \t]*(?P<w>[A-Za-z][A-Za-z'’]+)(?:(?P<s1>\.?[ \t]+|-)(?P<w2>[A-Za-z][A-Za-z'’]+))?"
    r"(?:(?P<s2>[ \t]+|-)(?P<w3>[A-Za-z][A-Za-z'’]+))?"
)


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Known towns (lower-case), and stop words/small words that never name a lower-case street."""
    from ._filters import lexicon

    lex = lexicon()
    return lex.place_words, lex.stop | lex.day_month | lex.noise, lex.common


def _dictionary_word(w: str) -> bool:
    from ._truecase import _dictionary_word as dictionary_word

    return dictionary_word(w)


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    from ._filters import _nationalities as nat

    return frozenset(w.lower() for w in nat())


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
        low = [w.lower() for w in words]
        # "stoke on trent", "newton le willows": a hyphenated town written with spaces
        if " ".join(low) in places or name.lower() in places or (k >= 2 and "-".join(low) in places):
            end = m.end("w" if k == 1 else f"w{k}")
            return end, text[m.start("w") : end]
    return None


#: A hasty note's contractions without the apostrophe ("8 kings rd, didnt answer") are never a town's words.
_CONTRACTIONS = frozenset("didnt dont doesnt wasnt werent isnt arent cant couldnt wont wouldnt shouldnt hasnt havent hadnt aint".split())


def _place_ok(place: str, caps: bool) -> bool:
    """An unknown word after a street names a locality, not the next person: no forename, no
    ordinary word, no SURNAME-style capitals unless the address itself is in capitals."""
    _, stop, common = _places()
    for w in place.replace("-", " ").split():
        low = w.lower()
        if (w.isupper() and len(w) > 2 and not caps) or low in _forenames() or low in stop or low in common or low in _CONTRACTIONS:
            return False
    return True


#: A flat placed in brackets inside the address: "(main door flat)", "(rear flat)", "(top floor)", "(basement)",
#: or the house's use ("41 Albert Road (HMO), Middlesbrough TS1 1AA").
_FLAT_PAREN = re.compile(r"[ \t]*\((?i:(?:[a-z]+[ \t]+){0,2}(?:flat|floor|maisonette|basement|annexe?|bedsit|room[ \t]+\d{1,2}|upstairs|downstairs|hmo)(?:[ \t]+(?:above|over|behind)[ \t]+(?:the[ \t]+)?[a-z]+)?)\)")


_LOWER_PLACE_PC = re.compile(r"[ \t]*,[ \t]*(?P<place>[a-z][a-z'’\-]+(?:[ \t]+[a-z][a-z'’\-]+){0,2})[ \t]*,?[ \t]*(?P<pc>" + _PC_LOWER + r")(?![A-Za-z0-9])")


def _address_tail(text: str, pos: int, view: bool = False, caps: bool = False) -> tuple[int, list[str], str]:
    """Locality/town names and a postcode following a street: (end, places, postcode). In a
    cased view (``view``) every word looks like a name, so an unknown one must be short and
    closed by punctuation.

    Up to three names (locality, town, county) before a postcode. Without a postcode an unknown
    name is kept only when it ends a clause or is followed by the small words that carry prose on
    ("with his mum", "on Friday"), and never when a form puts it on its own line (the next field).
    """
    fp = _FLAT_PAREN.match(text, pos) if text[pos : pos + 3].lstrip()[:1] == "(" else None
    if fp:  # "33 Bruntsfield Gardens (main door flat), Edinburgh EH10 4DY": which flat, then the town
        end, places, postcode = _address_tail(text, fp.end(), view, caps)
        if postcode or (places and places[-1].lower() in _places()[0]):
            return end, places, postcode
    m = _PLACE_PC.match(text, pos)  # "12 MILL LANE WOLVERHAMPTON WV1 4AB": no commas at all
    if m and _typo_postcode(m["pc"]):
        return m.end(), [m["place"]], _typo_postcode(m["pc"]) or ""
    m = _LOWER_PLACE_PC.match(text, pos) if not view else None
    if m and normalise_postcode(m["pc"]) and not any(w in _places()[1] for w in m["place"].split()):
        # "both live 41 lincoln rd, pboro pe1 2rp": a hasty line in lower case inside a cased report,
        # its town (often shortened) closed by a full postcode
        return m.end(), [m["place"]], normalise_postcode(m["pc"]) or ""
    steps: list[tuple[int, str, str]] = []  # (end, name, "known" | "clause" (kept where a clause ends) | "no")
    cur = pos
    for _ in range(3):
        pm = _PC_AFTER.match(text, cur)
        if pm and _typo_postcode(pm["pc"]):
            return pm.end(), [p for _, p, _ in steps], _typo_postcode(pm["pc"]) or ""
        pp = _PLACE_PC.match(text, cur) if steps else None
        if pp and _typo_postcode(pp["pc"]) and "\n" not in text[cur : pp.start("place")] and _place_ok(pp["place"], caps or view):
            # "..., Kirkby Malham BD23 4BN", "..., Stoke Gifford BS34 8AA": a town whose first word is
            # a known town of its own, read whole when the postcode follows it
            return pp.end(), [p for _, p, _ in steps] + [pp["place"]], _typo_postcode(pp["pc"]) or ""
        kp = _known_place_at(text, cur)
        if kp is not None:  # a known town needs no comma and may be lower case ("17 marsh ln bootle")
            longer = None if view or caps else _PLACE_AFTER.match(text, cur)  # in capitals any word may follow
            if longer and longer.end() > kp[0] and longer.start("place") == kp[0] - len(kp[1]) \
                    and _PLACE_END.match(text, longer.end()) and _place_ok(longer["place"], caps or view) \
                    and len(longer["place"].split()) <= 3:
                # "14 Mill Lane, Stoke Gifford, Bristol": a known town's name opening a longer one
                kp = (longer.end(), longer["place"])
            steps.append((kp[0], kp[1], "known"))
            cur = kp[0]
            continue
        m = _PLACE_AFTER.match(text, cur)
        if not m:
            break
        if " " in m["place"] and not _place_ok(m["place"], caps or view):
            short = _PLAIN_PLACE_AFTER.match(text, cur)
            if short and short.end() < m.end() and _AFTER_TOWN.match(text, short.end()):
                m = short
            else:  # "Wellington AGAIN", "Brinsworth TODAY with ...": a word of prose in capitals after the town
                cut = m["place"].rfind(" ")
                while cut > 0:
                    short = _PLAIN_PLACE_AFTER.match(text, cur, m.start("place") + cut)
                    if short and _AFTER_TOWN.match(text, short.end()) and _place_ok(short["place"], caps or view):
                        m = short
                        break
                    cut = m["place"].rfind(" ", 0, cut)
        if _COUNTY_START.match(m["place"]):
            steps.append((m.end(), m["place"], "known"))
            cur = m.end()
            continue
        ok = "\n" not in text[cur : m.start("place")] and _place_ok(m["place"], caps or view)
        if view:  # every word looks like a name: only a short one closed by punctuation or place-shaped
            ok = ok and len(m["place"].split()) <= 2 and bool(
                _VIEW_PLACE_END.match(text, m.end())
                or (_PLACE_SHAPED.search(m["place"]) and (_AFTER_TOWN.match(text, m.end()) or _VIEW_SHAPED_END.match(text, m.end()))))
        steps.append((m.end(), m["place"], "clause" if ok else "no"))
        cur = m.end()
    pm = _PC_AFTER.match(text, cur)
    if pm and _typo_postcode(pm["pc"]):
        return pm.end(), [p for _, p, _ in steps], _typo_postcode(pm["pc"]) or ""
    if len(steps) == 3:
        # "The Old Granary, Church Lane, Kirton, Boston, Lincs PE20 1HU": a house, its street, village,
        # town and county - a fourth name only when the postcode closes it.
        m = _PLACE_AFTER.match(text, cur)
        pm = _PC_AFTER.match(text, m.end()) if m and "\n" not in text[cur : m.start("place")] else None
        if pm and _typo_postcode(pm["pc"]) and _place_ok(m["place"], caps or view):
            return pm.end(), [p for _, p, _ in steps] + [m["place"]], _typo_postcode(pm["pc"]) or ""
    while steps:
        e, _, state = steps[-1]
        if state == "known" or (state == "clause" and (_PLACE_END.match(text, e) or _AFTER_TOWN.match(text, e))):
            break
        steps.pop()
    if not steps:
        lm = _BARE_LOCALITY.match(text, pos)
        if lm and (view or lm["place"].islower()) and _PLACE_SHAPED.search(lm["place"]) \
                and _place_ok(lm["place"], caps or view) and not _dictionary_word(lm["place"].lower()):
            return lm.end("place"), [lm["place"]], ""  # "6 sutton st edgwick. unconfirmed": a note's district, no comma
        out = _OUTWARD_STREET.match(text, pos)  # "60 Sebert Rd E7": a London district straight after the street
        return (out.end("pc") if out else pos), [], ""
    out = _OUTWARD_AFTER.match(text, steps[-1][0])  # "Telford TF1": the postcode district
    return out.end("pc") if out else steps[-1][0], [p for _, p, _ in steps], ""


#: "at", a residence cue or a move straight before the house number ("seen at 45 ...", "moved to 8 ...").
_AT_BEFORE = re.compile(r"(?i)(?:\b(?:at|to)|" + _HOME_CUE.pattern[4:-2] + r")[ \t]*\Z")


#: A residence verb earlier in the clause, then "at" before the number ("stays at his cousin's at 3 ...").
_HOME_AT_BEFORE = re.compile(r"(?i)\b(?:lives|living|lived|resides|residing|stays|staying|stayed|sleeps|sleeping)\b[^.\n;]{0,30}\bat[ \t]*\Z")


def _unknown_town_ok(text: str, m: re.Match[str], places: list[str]) -> bool:
    """"Seen at 45 Newgate, Barnard Castle on Tuesday": a street without a designator, then a town
    not in the list - trusted after "at"/"to" or a residence cue when the town has two title-case
    words (one word after a comma is as often a person or a shop: "met at 9 Costa, Bob ...")."""
    if len(places) != 1 or not _AT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False
    words = places[0].split()
    if len(words) == 1 and (_HOME_CUE.search(text, max(0, m.start() - 40), m.start())
                            or _HOME_AT_BEFORE.search(text, max(0, m.start() - 50), m.start())):
        # "stays at his cousin's at 3 The Paddocks, Wootton.": where someone lives is a home; the
        # one word after it is its village (still no forename or surname: "lives at 9 Hightown, Jade ...")
        w = words[0]
        return w[:1].isupper() and w[1:].islower() and w.lower() not in _forenames() and w.lower() not in _surnames()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and not any(w.lower() in _forenames() or w.lower() in _surnames() for w in words[:1])


def _street_key(street: str, suffix: str) -> str:
    words = [w.strip(".").replace("’", "'").lower() for w in street.split()]
    return " ".join(words + [_SUFFIX_KEY.get(suffix.lower(), suffix.lower())] if suffix else words)


#: An age's cue before a number ("aged 14", "approx 14, ..."): with "about"/"approx" only before a comma
#: ("about 14 Mill Lane" may be a guess at the house).
_AGE_BEFORE = re.compile(r"(?i)(?<![a-z])(?:aged?|approx\.?|approximately|about|around|circa)[ \t]*\Z")


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
    if _AGE_BEFORE.search(text, max(0, m.start() - 16), m.start()) and (
            text[m.start() - 6 : m.start()].lower().rstrip().endswith(("age", "aged")) or "," in text[m.end("number") : m.end("number") + 2]):
        return None  # "aged 14, Low Hill", "(surname unknown, approx 14, Low Hill)": an age, then where
    digits = _LEAD_DIGITS.search(number)
    if digits and len(digits.group()) == 4:
        return "postcode"
    if "/" in number and _ZERO_PADDED.search(number):
        return None  # "Stop 20/08 Commercial Rd", "on 03/11 Mill Road": a date; a stair is "15/3"
    if "/" in number:
        first, second = (int(x) for x in _LEAD_DIGITS.findall(number)[:2])
        if second > 12 and 0 < second - first <= 4:
            return ""  # "14/16 Mill Lane", "112/114 Soho Road": neighbouring houses, no month ("ref 14/225" is none)
        return "town" if second < 100 else None
    return ""


#: Titles whose "of" runs inside a street's name ("Prince of Wales Road", "Isle of Man Way").
_OF_TITLES = frozenset("prince princess duke duchess earl countess king queen lord lady bishop marquis isle vale".split())


def _shop_word(w: str) -> bool:
    """A business's word ("Vapes", "Kebab"): after a number it ends a shop's name ("Cloud 9 Vapes")."""
    low = w.lower()
    return low in _BUSINESS_WORDS or (low[-1:] == "s" and low[:-1] in _BUSINESS_WORDS)


def _street_need(text: str, m: re.Match[str], view: bool = False) -> str | None:
    """Reject regex matches that are not addresses: no number/flat/building, or lower-case
    street words that are ordinary English ("found 3 wraps in the park"); in a cased view, a
    street with a function word inside ("2 bags near the road"); a date before a street
    ("On 12 May Mill Lane was ..."). Otherwise what the tail must hold (see ``_number_need``)."""
    flat = m["flatkw"] or m["tflat"] or m["floor"]
    if not (m["number"] or flat or m["building"]):
        return None
    words = m["street"].split()
    if m["number"] and words[0].lower().strip(".-") in _DESCRIPTION_WORDS:
        return None  # "a 3 bed terrace", "2 storey house": a description, not a house number
    if m["number"] and len(words) > 1 and _shop_word(words[0]):
        return None  # "Cloud 9 Vapes Narborough Road", "Lucky 7 Kebabs Station Road": a shop's name with a number, then its street
    if m["number"] and (view or words[0][:1].islower()) and words[0].lower() in _COUNT_NOUNS:
        return None  # "item found: 4 bags green herbal", "3 PACKETS GREEN": a count of things, then a colour
    if len(words) > 2 and words[1] == "of" and words[0].lower() in _OF_TITLES:
        words = [words[0]] + words[2:]  # "86 Prince of Wales Road", "Duke of York Street": a title's "of"
    if view and any(w.lower() in _places()[1] and w.lower() not in _BUILDING_WORDS for w in words[1:]):
        return None  # ("Hatfield House Lane" keeps its building word)
    if m["number"] and len(words) > 1 and words[0].lower().strip(".") in _MONTH_DAY:
        return None
    if m["number"] and not _NOTE_VERBS.isdisjoint(w.lower() for w in words):
        return None
    if any(w.endswith(".") and w[:-1].lower() not in _STREET_ABBREVS for w in words):
        return None  # "[21:03] DEANO: 2 LFT. MEET ASDA CAR PARK": a full stop ends a sentence, not "St."
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
        elif view:
            need = need or "town"  # a cased view capitalises prose too ("recovered kidderminster travellers site, oak tree park")
    lower = [w for w in words if w[:1].islower()]
    if not lower:
        return need
    if not (m["number"] or flat) or len(words) > 2:
        return None
    stop, common = _places()[1], _places()[2]
    if m["number"] and words == ["the"]:
        # "no 14 the grove, Boston PE21 9EX": a street named "The Grove" typed in lower case in a
        # cased report; a known town or postcode must say so ("went 2 the park" is text-speak)
        return need or "town"
    if m["number"] and m["flatkw"] and len(words) == 1:
        # "flat 3a 2 high st": a flat and a house number vouch for an everyday word naming the street
        return None if words[0].lower().strip(".'’") in stop else need
    return None if any(w.lower().strip(".'’") in stop or w.lower() in common for w in words) else need


def _tail_meets(need: str, places: list[str], postcode: str) -> bool:
    if need == "postcode":
        return bool(postcode)
    if need == "town":
        return bool(postcode) or bool(places and places[-1].lower() in _places()[0])
    return True


def _address_found(text: str, m: re.Match[str], end: int, places: list[str], postcode: str,
                   suffix: str, start: int | None = None) -> Found:
    g = m.groupdict()
    start = m.start() if start is None else start
    flat = ""
    if g.get("flatkw"):
        flat = f"{_FLAT_KEY.get(m['flatkw'].lower(), 'flat')} {m['flat'].lower()}"
    elif g.get("tflat"):
        flat = f"flat {m['tflat'].lower()}"
    elif g.get("floor"):
        flat = " ".join(m["floor"].lower().split())
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
    return Found("ADDRESS", start, end, text[start:end], f"{postcode}|{flat}|{number}|{street}",
                 "rule", attrs)


_LEAD_DIGITS = re.compile(r"\d+")
_ZERO_PADDED = re.compile(r"(?:^|/)0\d")
_PC_HINT = re.compile(r"[A-Za-z][0-9][0-9A-Za-z]?[ ]{0,2}[0-9][A-Za-z]{2}\b")
#: Abbreviations written with a full stop inside a street's name ("St. Mary's Road", "Gt. Western Street").
_STREET_ABBREVS = frozenset("st gt lt lr lwr upr nth sth mt ft ch pk rd wm geo".split())
#: Things police count ("4 bags", "2 wraps", "3 males"): a number before one is a quantity.
_COUNT_NOUNS = frozenset(w.lower() for w in _RULES["count_nouns"])
#: A note's verbs are never a street's words: "SPIDER 17 ARRESTED LEEDS ROAD", "jayden owusu 15 stopped
#: norfolk park" are a person's age, what happened and where, not a house number and street.
_NOTE_VERBS = frozenset(w.lower() for w in _RULES["note_verbs"])
_DESCRIPTION_WORDS = frozenset("bed beds bedroom bedrooms bedroomed bedded storey storeys story stories star floor floors".split())
_SMALL_WORDS = frozenset(("y", "yr", "'r", "na", "an", "le", "la", "de", "du", "a'"))
_STREET_PREFIXES = frozenset(w.lower() for w in _RULES["street_prefixes"])
#: Building words that name a site, not a home: an address there starts at the unit's number.
#: ... nor is an "Exchange" with no flat in it: money and currency exchanges, a corn or needle exchange.
_NOT_A_HOME = frozenset(("estate", "centre", "works", "block", "exchange"))
_HOME_BUILDINGS = _BUILDING_WORDS - _NOT_A_HOME
#: "Unit 4, Castle Trading Estate": the 4 is the unit's number, not a house on a street.
_FLAT_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?i:" + _alt(list(_FLAT_KEY)) + r")\.?[ \t]*\Z")  # (a whole word: "search 14 Kirkgate" is no "arch 14")
_NUMBER_PREFIX = re.compile(r"^[Nn][oO]\.?")
_DIGIT = re.compile(r"[0-9]")
#: A police rank or role before a collar number ("PC 4471", "DS/1552", "pcso 88"): any short word
#: in capitals would also catch "AT 12 MILL LANE" and "Kyle COX 12 Mill Lane".
_RANK_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:pc|ps|dc|ds|di|dci|dsi|dcs|dsu|det|sgt|insp|supt|pcso|sc|tdc|tpc|tdi|oic|acc|cc|dcc|ci)"
    r"\.?[ \t]*/?[ \t]*\Z"
)


#: Small words that stay lower case in a re-cased view, as they do inside real addresses
#: ("Heol y Wern", "Stratford upon Avon", "3 other lads on Stovell Ave" is then not a street).
_VIEW_LOWER = frozenset(
    "of on upon in under by at to from for with and or near off into onto outside behind opposite towards y yr na an le la de du en a is was are were his her "
    "their our my your its he she they we it this that these those".split()
)
_WORD_RUN = re.compile(r"(?:[^\W_]|['’])+")  # accented letters too: "lôn" -> "Lôn", not "LôN"
#: Everyday words that also name streets ("Back Lane", "Canal Side", "Top Road", "Well Street"):
#: the address view keeps them capitalised although they are stop words elsewhere.
_STREET_STOP = frozenset("back side top bottom front down over well first third".split())
#: ... and a church's dedication names streets after it ("All Saints Road", "All Souls Avenue").
_STREET_STOP_RUN = re.compile(r"(?<![^\W_])(?:" + "|".join(w.title() for w in _STREET_STOP) + "|"
                              + "|".join(_STREET_STOP) + r"|(?i:all)(?=[ \t]+(?i:saints|souls|hallows)\b))(?![^\W_])")


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


def find_addresses(text: str) -> list[Found]:
    """Addresses as written; a text with no case cues is read through its cased view."""
    if text_case(text) == "mixed":
        return _with_land(text, _find_addresses_in(text))
    view = _STREET_STOP_RUN.sub(lambda m: m.group().title(), cased_view(text))
    out = []
    for f in _find_addresses_in(view, True):
        out.append(Found(f.type, f.start, f.end, text[f.start : f.end], f.key, f.method, f.attrs))
    return _with_land(text, out)


#: "Land at rear of 54 Manningham Lane", "land adjacent to 14 Church Street", "LAND AT FORMER PETROL
#: STATION, 310 ...": land placed by the property it adjoins is premises of its own (a title or
#: planning description), named by that phrase; a unit on it comes first ("Unit 3, land at rear
#: of ..."). Land "at" an address with no position word is that address's own ("land at Holly
#: Farm" is the farm), and "rear of" alone is where in the prose, not what.
_LAND_BEFORE = re.compile(
    r"(?i:(?<![a-z])(?:(?:unit|plot)\.?[ \t]+\d{1,4}[a-z]?[ \t]*,?[ \t]*)?"
    r"land[ \t]+(?:(?:at[ \t]+|to[ \t]+)?(?:the[ \t]+)?(?:rear|side|back)[ \t]+of|r/o|adjacent[ \t]+to|adj\.?(?:[ \t]+to)?"
    r"|adjoining|next[ \t]+to|behind|opposite|at[ \t]+(?:the[ \t]+)?former[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*,)[ \t]*)\Z"
)


#: "Office 4, 1 Charter House, ...": an office numbered in a building, before the building's own
#: number (a registered office's form). Only so: "reg office 22 Portland Road" is a label, "Office 2
#: was empty" a room.
_OFFICE_BEFORE = re.compile(r"(?<![\w])(?P<office>(?:Office|OFFICE|office)[ \t]+\d{1,3}[A-Za-z]?)[ \t]*,[ \t]*\Z")


def _with_land(text: str, found: list[Found]) -> list[Found]:
    """Addresses opened back to "land at rear of", "land adjacent to" written straight before them."""
    land = "land" in text or "LAND" in text or "Land" in text
    office = "Office" in text or "OFFICE" in text or "office" in text  # (a hasty note's "office 3, 14 ...")
    if not (land or office):
        return found
    out = []
    for f in found:
        m = _LAND_BEFORE.search(text, max(0, f.start - 60), f.start) if land else None
        if m is None and office and f.text[:1].isdigit():
            m = _OFFICE_BEFORE.search(text, max(0, f.start - 16), f.start)
        if m:
            attrs = dict(f.attrs)
            if m.groupdict().get("office") and not attrs.get("flat"):
                attrs["flat"] = " ".join(m["office"].lower().split())
            f = Found(f.type, m.start(), f.end, text[m.start() : f.end], f.key, f.method, attrs)
        out.append(f)
    return out


#: A label or residence cue that vouches for a house named before its number ("HOME: The Gables, 4 ...").
#: "Doris KEMBLE (89) of The Willows, 3 ...", "BRIGHT, 71, of The Maltings, 2 ...": a person's age or
#: date of birth, then "of", is where they live (a licensee "of The Bells" is not).
_HOUSE_LABEL = re.compile(r"(?i)(?:\b(?:home|addr|address|resides|lives|living|stays|staying)\b(?:[ \t]+at)?[ \t]*(?:[:\-]|\.{2,})?[ \t]*"
                          r"|(?:\((?:aged?[ \t]*)?\d{1,3}\)|\((?:dob|d\.o\.b\.?|born)[ \t:]*[0-9/.\-]{4,10}\)|,[ \t]*(?:aged?[ \t]+)?\d{1,3}[ \t]*,)"
                          r"[ \t]*of[ \t]+)\Z")
_BUSINESS_WORDS = frozenset(w.lower() for w in _RULES["business_house_words"])


#: Business designators that also end the names of houses and hillsides ("Hollin Bank", "Mill House").
_HOUSE_LIKE_DESIGNATORS = frozenset("bank hall house court park farm lodge cottage mill mills works centre yard".split())


@lru_cache(maxsize=1)
def _org_names() -> tuple[frozenset[str], frozenset[str]]:
    from ._filters import lexicon

    lex = lexicon()
    return frozenset(o.lower() for o in lex.known_orgs), frozenset(lex.org_suffixes) - _HOUSE_LIKE_DESIGNATORS


def _business_name(words: list[str]) -> bool:
    """A name before the town that is a business ("Search at Asda, Dudley ...", "Riverside Motors,
    Dudley ..."): a known body or a business designator, the premises an ORGANISATION."""
    known, designators = _org_names()
    return words[0] in known or " ".join(words) in known or not designators.isdisjoint(words) \
        or not _BUSINESS_WORDS.isdisjoint(words)


def _not_a_house_after_prep(prep: str, words: list[str]) -> bool:
    """A name after "of"/"at" that is not a house: a person ("of Gareth Evans", "of Mrs Hughes":
    a known surname or a lone forename), an ordinary or small word, a town, or after "at" a
    single word (a shop as often as a house: "at Greggs, Bangor ...")."""
    stop, common = _places()[1], _places()[2]
    names = [w for w in words if w not in _SMALL_WORDS]
    if any(w in stop or w in common or w in _NOT_HOUSE_NAMES for w in names):
        return True
    if any(w in _surnames() for w in names) or all(w in _forenames() for w in names):
        return True
    if names[-1] in _SUFFIX_KEY or names[-1] in _place_suffixes():
        return True  # "at Mill Road, ...", "at Castle Park, ...": a street or a site (LOCATIONs)
    return prep.lower() == "at" and len(names) < 2


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from ._filters import lexicon

    return frozenset(lexicon().surnames)


@lru_cache(maxsize=1)
def _place_suffixes() -> frozenset[str]:
    from ._filters import lexicon

    return frozenset(lexicon().place_suffixes)


#: People whose house the prose names before its number ("at his nans house 4 Mill Lane").
_KIN = dict.fromkeys("mother mum mam mom father dad nan nana nanna gran grandma granny grandad grandfather grandmother "
                     "sister brother aunt auntie aunty uncle cousin son daughter girlfriend boyfriend partner friend mate "
                     "wife husband ex".split(), "kin")
_POSSESSIVE_BEFORE = re.compile(r"(?i)(?<![a-z])(?:his|her|their|my|your|our)[ \t]+\Z")


def _bad_building(text: str, m: re.Match[str], view: bool) -> bool:
    """A building part that is not part of the address: a business ("Star Kebab House, 22 ..." is
    a takeaway, an ORGANISATION), a plural house name with no address label before it ("at The
    Bells, 4 High Street" is as often a pub), or, in a re-cased view, prose read as a name ("his
    sister nadia akhtar's house, 17 ...", "owns star kebab house")."""
    words = [w.lower() for w in m["building"].replace("-", " ").split()]
    if not _BUSINESS_WORDS.isdisjoint(words) or (words[-1] == "premises" and words[-2:] != ["approved", "premises"]):
        return True  # ("Licensed Premises, 12 ..." is what the place is, not its name)
    if words[-1] in _NOT_A_HOME and not (m["flatkw"] or m.groupdict().get("tflat") or m.groupdict().get("floor")):
        return True  # "Golden Crescent Exchange, 144 ...", "Quadrant Shopping Centre, 18 ...": a business or site, no unit in it
    if any(_KIN.get(w.replace("’", "'").removesuffix("'s").rstrip("s'"), "") for w in words) \
            or _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return True  # "HIS MOTHERS HOUSE 33 RATHKEELE WAY", "her nan's house, 4 ...": whose house, in the prose
    if words[0] == "the" and words[-1] not in _BUILDING_WORDS and not m["flatkw"]:
        return not _HOUSE_LABEL.search(text, max(0, m.start() - 30), m.start())
    if view:
        stop, common = _places()[1], _places()[2]
        return any(w.endswith(("'s", "’s")) or w in _forenames() or (w in stop and w not in _BUILDING_WORDS) or w in common
                   for w in words[:-1] if w != "the")
    return False


#: Words that label an address in a form or note, never the first word of a block's name.
_LABEL_WORDS = frozenset("addr address adr home lka premises location loc res residence".split())


def _without_bad_building(rx: re.Pattern[str], text: str, ms, view: bool):
    """Matches of ``rx``; one whose building part is not the address's restarts at its house number."""
    for m in ms:
        if m["building"] and m.start("building") == m.start():
            # "owner rajesh patel lives lowther house, 12 ...": the block's name starts after the note's verb
            bw = m["building"].split()
            cue = max((i for i, w in enumerate(bw[:-2]) if w.lower() in _CUE_OPENERS), default=-1)
            if cue > 0:
                pos = m.start("building")
                for w in bw[: cue + 1]:
                    pos = text.index(w, pos) + len(w)
                nxt = rx.match(text, text.index(bw[cue + 1], pos))
                if nxt is not None and nxt["building"]:
                    m = nxt
        first = m["building"].split(None, 1) if m["building"] else []
        while len(first) == 2 and (first[0].lower().strip(".:") in _LABEL_WORDS or first[0].lower() in _CUE_OPENERS) \
                and m.start("building") == m.start():
            # "HOME ADDR LOWTHER HOUSE 12 ...": a label's words before the block's name
            nxt = rx.match(text, m.start("building") + m["building"].index(first[1], len(first[0])))
            if nxt is None or not nxt["building"]:
                break
            m, first = nxt, nxt["building"].split(None, 1)
        if m["building"] and _bad_building(text, m, view):
            m = rx.match(text, m.start("number")) if m["number"] else None
            if m is None or (m["building"] and _bad_building(text, m, view)):
                continue
        yield m


#: The word straight before a match ("John" of "John Parry of Upper Hall Farm").
_FORENAME_BEFORE_RX = re.compile(r"([A-Za-z]+)[ \t]+\Z")
_COMPOUND_AFTER = re.compile(r"-[a-z]")
_COMPOUND_AFTER_VIEW = re.compile(r"-[A-Z][a-z]")  # a cased view capitalises each part ("3 Fuel Drive-Offs")
#: "O'BRIEN, Kieran 20 - 18 Bewley Drive": a falling "range" is an age, then the house number.
#: So is a spaced one straight after a name ("Lewis GRANT 22 – 41 Pennine Way": the nominal-list
#: form NAME AGE - ADDRESS). A log's time is one too ("0900 - 12 Acorn Road, Crewe - no reply").
_FALLING_RANGE = re.compile(r"(\d{1,4})(?P<sp>[ \t])?[-–][ \t]?(\d{1,4})[A-Za-z]?")
_NAME_JUST_BEFORE = re.compile(r"(?P<w>[" + _UP + r"][\w'’\-]*),?[ \t]+\Z")  # ("BROWN Leon, 19 - 44 Elm Road")


def _without_age_range(rx: re.Pattern[str], text: str, ms):
    """Matches of ``rx``; one whose number is a falling range restarts at its second number."""
    for m in ms:
        r = _FALLING_RANGE.fullmatch(m["number"] or "")
        if r and (int(r[1]) > int(r[3]) or (r["sp"] and int(r[1]) <= 110 and _name_before(text, m.start("number")))):
            m = rx.match(text, m.start("number") + r.start(3))
            if m is None:
                continue
        yield m


#: "at leah's flat 2 bewley drive", "her flat 12 Kings Road": whose flat, then the house's number and
#: street - "flat" is the prose's noun there, not a flat number (that is written "her flat, Flat 3, ...").
_POSSESSIVE_FLAT = re.compile(r"(?i:(?<![a-z])(?:his|her|their|my|your|our)|[a-z]['’]s)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+\Z")


def _without_possessive_flat(text: str, ms):
    """Matches of ``_ADDRESS``; "her flat 2 Mill Lane" (a flat word, one number, the street) restarts at the number."""
    for m in ms:
        if m["flatkw"] and m["flatkw"].lower() == "flat" and not m["number"] and not m["building"] \
                and m["flat"][:1].isdigit() and _POSSESSIVE_FLAT.search(text, max(0, m.start() - 50), m.start()):
            m = _ADDRESS.match(text, m.start("flat"))
            if m is None:
                continue
        yield m


#: Prepositions that carry prose on after a street and are not stop words of the lexicon.
_PROSE_AFTER_STREET = frozenset("near past opposite outside round via across towards toward along".split())
#: Small words that run on inside a street's name after a designator word ("Hill of Beath Road").
_NAME_RUN_ON = frozenset("of y yr 'r upon under le la de du en sub super".split())


def _without_prose_street(text: str, ms):
    """Matches of ``_ADDRESS``; one whose street words run on into the prose up to a designator-like
    word ("12 High Street on the way", "4 Mill Lane towards the park", "22 Station Road at the end")
    restarts as the street closed by the designator before the prose's small word."""
    stop = _places()[1]
    for m in ms:
        words = m["street"].split()
        if len(words) > 2:
            for i in range(2, len(words)):
                w = words[i]
                if w[:1].islower() and (w in stop or w in _PROSE_AFTER_STREET) and w not in _NAME_RUN_ON \
                        and words[i - 1].lower() in _SUFFIX_KEY:
                    cut = m.start("street") + len(m["street"]) - len(m["street"].lstrip())
                    for k in range(i):
                        cut = text.index(words[k], cut) + len(words[k])
                    short = _ADDRESS.match(text, m.start(), cut)
                    if short is not None and short.end() == cut:
                        m = short
                    break
        yield m


def _find_addresses_in(text: str, view: bool = False) -> list[Found]:
    out: list[Found] = []
    low = text.lower()
    for m in _without_age_range(_ADDRESS, text, _without_possessive_flat(text, _without_bad_building(_ADDRESS, text, _without_prose_street(text, _ADDRESS.finditer(text)), view))):
        if _COMPOUND_AFTER.match(text, m.end()) or (view and _COMPOUND_AFTER_VIEW.match(text, m.end())):
            continue  # "3 fuel drive-offs", "2 walk-ins": the suffix word begins a compound noun
        need = _street_need(text, m, view)
        if need is None or (m["number"] and "," in text[m.end("number") : m.start("street")] and _age_after_name(text, m)):
            continue
        caps = m.group().isupper()
        tail_from = m.end()
        cm = _COMPASS_AFTER.match(text, tail_from)
        if cm and _known_place_at(text, cm.end()) and not _known_place_at(text, tail_from):
            tail_from = cm.end()  # "2 high st west sunderland": the compass word closes the street before a town
        end, places, postcode = _address_tail(text, tail_from, view, caps)
        if end == m.end() and text[end : end + 1] == "." and m["suffix"].lower() in _SUFFIX_ABBREV:
            # "12 Mill St. Telford": the abbreviation's full stop, then a known town or postcode
            e2, p2, pc2 = _address_tail(text, end + 1, True, caps)
            if e2 > end + 1:
                end, places, postcode = e2, p2, pc2
        if _tail_meets(need, places, postcode):
            out.append(_address_found(text, m, end, places, postcode, m["suffix"]))
    for rx in (_NUMBER_NAME, _FLAT_BUILDING) if _DIGIT.search(text) else ():
        if rx is _FLAT_BUILDING and not any(w in low for w in _FLAT_KEY):
            continue
        for m in _without_age_range(rx, text, _without_bad_building(rx, text, rx.finditer(text), view)) if rx is _NUMBER_NAME else rx.finditer(text):
            g = m.groupdict()
            if rx is _FLAT_BUILDING and m["flatkw"].lower() == "flat" and m["building"].split()[-1].lower() in _SUFFIX_KEY \
                    and m["flat"][:1].isdigit() and _POSSESSIVE_FLAT.search(text, max(0, m.start() - 50), m.start()):
                continue  # "leah's flat 2 bewley drive": her flat at number 2, read by the street forms
            need = _number_need(text, m) if "number" in rx.groupindex else ""
            if need is None or (not g.get("flatkw") and _FLAT_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                continue  # "PC 4471 HARGREAVES": a collar number; "Unit 4, Castle ...": the unit's number
            words = [w for w in (g.get("street") or "").split() if w.lower() not in _SMALL_WORDS]
            if words[:1] in (["The"], ["THE"]):
                words = words[1:]  # "12 The Paddocks": the article is part of the name
                if not words:
                    continue
            ordinary = [w.lower() in _places()[1] or w.lower() in _places()[2] for w in words]
            if ordinary[:1] == [True] or not _NOTE_VERBS.isdisjoint(w.lower() for w in words):
                continue  # "3 Asian males", "12 March", "MARSH 19 arrested Bradford BD3"
            if rx is _NUMBER_NAME and len(words) > 1 and _shop_word(words[0]):
                continue  # ("Lucky 7 Kebabs Station Road, Walsall": a shop's name, then its street)
            if rx is _NUMBER_NAME and any(w.lower() in _ROAD_WORDS and w.lower() != "st" for w in words[1:-1]):
                continue  # "12 thornhill gdns recovered pennywell estate": the street ended at its designator (read above)
            end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
            if any(ordinary) and not postcode:
                continue  # an everyday word inside needs a postcode ("44 Canal Side, Stourport DY13 9EX")
            if rx is _NUMBER_NAME and "," in text[m.end("number") : m.start("street")] and (not postcode or _age_after_name(text, m)):
                continue  # "GRAHAM, 15, Twinbrook, Belfast", "greenwood, 66, retired engineer": an age, then a place or prose
            welsh = bool(words) and words[0].lower() in _STREET_PREFIXES  # "2 Maes yr Ysgol": designator first
            # "42 Wellgate", "14 kirkgate": in the North and Scotland "-gate" is the street's own word
            # (a town of that shape is not: "2 Harrogate lads")
            gate = len(words) == 1 and len(words[0]) >= 7 and words[0].lower().endswith("gate") \
                and not _dictionary_word(words[0].lower()) and words[0].lower() not in _places()[0]
            # "Flat 4 Jubilee House": a flat in a named block of homes is an address on its own.
            home = rx is _FLAT_BUILDING and m["building"].split()[-1].lower() in _HOME_BUILDINGS
            # (the "-gate" street ends its clause or carries the prose on: "2 Westgate tickets" is a noun's)
            gate = gate and bool(places or postcode or _PLACE_END.match(text, m.end()) or _AFTER_TOWN.match(text, m.end()))
            if not _tail_meets(need or ("" if welsh or home or gate else "town"), places, postcode):
                # "lives at 7 Highfield.": a residence cue vouches for a street without a suffix word
                if not (need == "" and rx is _NUMBER_NAME and not places and _HOME_CUE.search(text, max(0, m.start() - 40), m.start())
                        and (_PLACE_END.match(text, m.end()) or _AFTER_TOWN.match(text, m.end()))) \
                        and not (need == "" and rx is _NUMBER_NAME and _unknown_town_ok(text, m, places)):
                    continue
            out.append(_address_found(text, m, end, places, postcode, ""))
    for m in _CUED_UNIT.finditer(text) if ("unit" in low or "plot" in low) and _LABEL_HINT.search(low) else ():
        words = [w.lower() for w in m["building"].split()]
        if words[0] in _places()[1] or _business_name(words):
            continue
        if view and (any(w in _places()[1] or w in _places()[2] for w in words) or (len(words) == 1 and _dictionary_word(words[0]))):
            continue  # a case-less note: "warrant executed unit 4 oakley hay." is a site, "search of unit 4 found nothing" prose
        end, places, postcode = _address_tail(text, m.end(), view, False)
        out.append(_address_found(text, m, end, places, postcode, "", m.start("flatkw")))
    for m in _NUMBER_BUILDING.finditer(text) if _DIGIT.search(text) else ():
        # "11 Larchmere House": a flat numbered in a named block, with or without a town after it.
        words = m["building"].split()
        stop, common = _places()[1], _places()[2]
        if any(w.lower() in stop or w.lower() in common or w.lower() in _forenames() or w.lower() in _MONTH_DAY
               or w.lower() in _DESCRIPTION_WORDS for w in words[:-1]) or _number_need(text, m) is None \
                or _FLAT_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
        out.append(_address_found(text, m, end, places, postcode, ""))
    houses = list(_THE_HOUSE.finditer(text)) if "The" in text or "THE" in text else []
    if any(w in low for w in _HOUSE_HINTS):
        houses += _NAMED_HOUSE.finditer(text)
    for m in houses:
        hw = [w.lower() for w in (m.groupdict().get("house") or "").split()]
        if len(hw) > 2 and hw[0] in _CUE_OPENERS:
            # "Lives Rose Cottage, ...": a note's verb opening the sentence is no part of the house's name,
            # nor a label's last word in a report in capitals ("REGISTERED OFFICE INCE BAR FARM, ...")
            m = _NAMED_HOUSE.match(text, m.start("house") + len(m["house"].split()[0]) + 1)
            if m is None:
                continue
            hw = hw[1:]
        before = hw[: hw.index("of")] if "of" in hw else []
        if before and (_person_segment((m["house"].split())[: len(before)], text.isupper(), True)
                       or all(w in _surnames() or w in _forenames() for w in before)
                       or (len(before) == 1 and _FORENAME_BEFORE_RX.search(text, max(0, m.start() - 20), m.start())
                           and _FORENAME_BEFORE_RX.search(text, max(0, m.start() - 20), m.start())[1].lower() in _forenames())):
            # "Annie Harrison of Low Farm, ...": a person of the house; the house starts after "of"
            at = re.search(r"\b(?:of|OF|Of)[ \t]+", text[m.start("house") : m.end()])
            m = _NAMED_HOUSE.match(text, m.start("house") + at.end()) if at else None
            if m is None:
                continue
        end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
        rural = m.groupdict().get("house") and not _RURAL_HOUSE.isdisjoint((m["house"].split()[0].lower(), m["house"].split()[-1].lower()))
        # "Glan Afon, SY10 0JE": a door-to-door log gives a named house its postcode and no town
        # "Glebe Farm, Frampton", "Tyddyn Uchaf, Llanberis": a farm or cottage before a village shaped like one
        if (places and (postcode or (rural and (places[-1].lower() in _places()[0] or _PLACE_SHAPED.search(places[-1]))))) \
                or (postcode and m.groupdict().get("house") and text[m.end() : end].count(",") == 1):
            out.append(_address_found(text, m, end, places, postcode, ""))
    for m in _LABELLED_HOUSE.finditer(text) if _LABEL_HINT.search(low) else ():
        # "Address: Hillside, Mill Lane, Alveley": after an address label a name before the
        # street is the house's name, whatever word it ends in.
        words = [w.lower() for w in m["house"].split() if w not in ("y", "yr")]
        stop, common = _places()[1], _places()[2]
        # A forename opens Welsh house names as often as it names a person ("Bryn Awel", "Glyn
        # Teg": hill, valley): after the label only a forename alone or a person's name is no house.
        if any(w in stop or w in common or w in _NOT_HOUSE_NAMES or w in _nationalities() for w in words) \
                or _person_label(m["house"].split(), text.isupper()) \
                or _business_name(words) or " ".join(words) in _places()[0]:
            continue  # ("BROWN (34), Polish, 4 Mill Road": a nationality in a nominal list)
        if m.group()[:1] in "(," and any(_dictionary_word(w) for w in words):
            continue  # "COLE, 29, Teacher, 8 ...": after an age an English word is an occupation or status
        need = _number_need(text, m)
        if need is None or any(w[:1].islower() and (w.lower() in stop or w.lower() in common) for w in m["street"].split()):
            continue
        end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
        if (places or postcode) and _tail_meets(need, places, postcode):
            out.append(_address_found(text, m, end, places, postcode, m["suffix"], m.start("house")))
    for m in _FLAT_AT_BLOCK.finditer(text) if "flat" in low else ():
        # "a flat at Kingfisher Court, Leicester": a block of flats named with its town, no number
        words = [w.lower() for w in m["building"].split()]
        if _places()[1].isdisjoint(words) and _COURTS_OF_LAW.isdisjoint(words) and not _business_name(words):
            end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
            if postcode or (places and places[-1].lower() in _places()[0]):
                out.append(_address_found(text, m, end, places, postcode, "", m.start("building")))
    for m in _PO_BOX.finditer(text) if "box" in low else ():
        end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
        if postcode or (places and places[-1].lower() in _places()[0]):
            out.append(_address_found(text, m, end, places, postcode, ""))
    pc_hint = bool(_PC_HINT.search(text))
    for rx in (_LABELLED_NAME, _UNIT_SITE, _PREP_NAME) if pc_hint or " est" in low or " park" in low or "centre" in low else ():
        if rx is not _UNIT_SITE and not pc_hint:
            continue
        if rx is _LABELLED_NAME and not _LABEL_HINT.search(low):
            continue
        if rx is _UNIT_SITE and not any(w in low for w in _FLAT_KEY):
            continue
        for m in rx.finditer(text):
            name = m["building"] if rx is _UNIT_SITE else m["house"]
            words = [w.lower() for w in name.split()]
            stop, common = _places()[1], _places()[2]
            if rx is _PREP_NAME:
                if _not_a_house_after_prep(m["prep"], words) or _person_segment(name.split(), text.isupper()):
                    continue  # "yard of PRICE Rhys, Ty Gwyn, ...": a SURNAME Forename is the owner
            elif any(w in stop or w in _NOT_HOUSE_NAMES for w in words) or (
                    _person_label(name.split(), text.isupper()) if rx is _LABELLED_NAME else any(w in _forenames() for w in words)):
                continue
            on_site = rx is _UNIT_SITE and len(words) > 1 and words[-1].strip(".") in _SITE_ENDS
            if (_business_name(words) and not on_site) or " ".join(words) in _places()[0] \
                    or (rx is not _UNIT_SITE and all(w in common for w in words)):
                continue  # ("Unit 9, Westfield Ind Est": a site named like a business is still a site)
            end, places, postcode = _address_tail(text, m.end(), view, m.group().isupper())
            site = on_site and places and places[-1].lower() in _places()[0]
            if (postcode or site) and places:
                out.append(_address_found(text, m, end, places, postcode, "",
                                          None if rx is _UNIT_SITE else m.start("house")))
    for m in _POSTCODE_IN_TEXT.finditer(text):
        found = _named_run(text, m.start(), m.end(), view)
        if found:
            out.append(found)
    for m in _POSTCODE_IN_TEXT.finditer(text):
        # (a form above already closed by this postcode starts before any street it could name)
        found = None if any(f.end == m.end() and f.start < m.start() for f in out) else _street_run(text, m.start(), m.end(), view)
        if found:
            out.append(found)
        pc = normalise_postcode(m["pc"])
        if pc:
            out.append(Found("ADDRESS", m.start(), m.end(), m.group(), f"{pc}|||", "rule",
                             {"postcode": pc, "flat": "", "number": "", "street": "", "town": ""}))
    return _with_house_before(text, _with_unit_before(text, out))


#: "lives alone at Glan y Mor, 12 Church Walks, ...", "Address: Bryn yr Eglwys, 3 Heol Fawr, Bala": after
#: an address label or residence cue, a name before the house number is the house's (any street form).
_HOUSE_BEFORE_NUMBER = re.compile(
    r"(?i:\b(?:(?:home|bail|current|previous|last)[ \t]+(?:address|addr)|address|addr|(?:lives|living|resides|residing)"
    r"(?:[ \t]+(?:alone|together|now|currently))?[ \t]+at"
    # a probation hostel's label: "Approved premises: Southview, 14 Linthorpe Road, ..." (the AP's own name)
    r"|approved[ \t]+premises|ap(?=[ \t]*:))\b(?:[ \t]+(?:is|was))?[ \t]*(?:[:\-]|\.{2,})?[ \t]*)"
    r"(?P<house>" + _TITLE_WORD + r"(?:[ \t]+(?:(?:y|yr)[ \t]+)?" + _TITLE_WORD + r"){0,2})[ \t]*,[ \t]*\Z"
)


def _with_house_before(text: str, found: list[Found]) -> list[Found]:
    """Number-first addresses opened back to a house's name written between an address label and
    the number; the name must not read as a person, a business, a town or everyday words."""
    out = []
    caps = text.isupper()
    stop, common = _places()[1], _places()[2]
    for f in found:
        a = f.attrs
        if a.get("number") and not a.get("flat") and not a.get("building") and f.text[:1].isdigit() \
                and text.rfind(",", max(0, f.start - 3), f.start) >= 0:
            h = _HOUSE_BEFORE_NUMBER.search(text, max(0, f.start - 60), f.start)
            if h:
                names = h["house"].split()
                words = [w.lower() for w in names if w not in ("y", "yr")]
                if not (any(w in stop or w in common or w in _NOT_HOUSE_NAMES or w in _nationalities() for w in words)
                        or _person_label(names, caps) or _business_name(words) or " ".join(words) in _places()[0]):
                    attrs = dict(a, building=" ".join(names))
                    f = Found(f.type, h.start("house"), f.end, text[h.start("house") : f.end], f.key, f.method, attrs)
        out.append(f)
    return out


#: "apt 5 Clarence Dock, Leeds ...", "Room 3 Hillcrest, Mill Lane, ...": a flat or room of a house
#: or block known by name, written before the name with no comma.
#: ("flat 9, enfield house, ladywood middleway, birmingham b16 8ha": with a comma, where the flat form
#: itself stopped short of the postcode)
_UNIT_BEFORE_NAME = re.compile(r"(?<![\w/])(?P<unit>(?i:" + _alt(list(_FLAT_KEY)) + r")\.?[ \t]+(?P<no>" + _FLAT_NO + r"))(?:[ \t]*,[ \t]*|[ \t]+)\Z")


#: "Warehouse 3, Dock Road, Tilbury ...", "Garage 14, Mill Lane, ...": the number before the comma
#: is the premises' own, not a house's on the street; the address starts at the premises' word.
_PREMISES_NO_BEFORE = re.compile(
    r"(?<![\w'’])(?P<unit>(?i:warehouse|workshop|shop|garage|lock-?up|store|kiosk|stall|stand|studio|hangar|berth|mooring|yard))[ \t]+\Z"
)
_NUMBER_COMMA = re.compile(r"\d{1,4}[A-Za-z]?[ \t]*,")


def _with_unit_before(text: str, found: list[Found]) -> list[Found]:
    """Addresses of a house or block known by name (no number, no flat yet) opened back to a flat
    or room number written straight before the name ("apt 5 Clarence Dock, Leeds LS10 1PZ"), and
    a premises' number before the street opened back to its word ("Warehouse 3, Dock Road, ...")."""
    out = []
    for f in found:
        a = f.attrs
        if a.get("number") and not a.get("flat") and not a.get("building") and _NUMBER_COMMA.match(f.text):
            u = _PREMISES_NO_BEFORE.search(text, max(0, f.start - 12), f.start)
            if u:
                attrs = dict(a, flat=f"unit {a['number']}", number="")
                key = f"{a.get('postcode', '')}|unit {a['number']}||{a.get('street', '')}"
                out.append(Found(f.type, u.start(), f.end, text[u.start() : f.end], key, f.method, attrs))
                continue
        if a.get("building") and not a.get("flat") and not a.get("number") and f.start > 4:
            u = _UNIT_BEFORE_NAME.search(text, max(0, f.start - 16), f.start)
            if u:
                attrs = dict(a)
                attrs["flat"] = f"{_FLAT_KEY.get(u['unit'].split()[0].rstrip('.').lower(), 'flat')} {u['no'].lower()}"
                f = Found(f.type, u.start(), f.end, text[u.start() : f.end], f.key, f.method, attrs)
        out.append(f)
    return out


#: "Dalton Lane, Keighley BD21 4JT": a street with its designator, then its towns and a full postcode.
_STREET_RUN = re.compile(
    r"(?<![\w'’&\-/.])(?P<street>(?:" + _TITLE_WORD + r"[ \t]+){1,3})(?P<suffix>" + _alt(_title_upper(list(_SUFFIX_KEY)))
    + r")(?![A-Za-z0-9'’])"
    # "Mill Street East, Dewsbury ...", "Paisley Road West, Glasgow ...": a compass or level word closing the street
    r"(?:[ \t]+(?:North|South|East|West|Upper|Lower|NORTH|SOUTH|EAST|WEST|UPPER|LOWER)(?=[ \t]*,))?"
)


def _street_run(text: str, pc_start: int, pc_end: int, view: bool) -> Found | None:
    """A street named without a house number but closed by its town and full postcode is an
    address, not a place ("seen at Northside Metals, Dalton Lane, Keighley BD21 4JT"): the
    postcode pins it to the premises. What comes before the street - a business, a person, the
    prose ("Yesterday", "CENTRED ON") - stays out; a house number or name before it is read by
    the other forms, whose longer span wins."""
    caps = text.isupper()
    stop, common = _places()[1], _places()[2]
    for m in _STREET_RUN.finditer(text, max(0, pc_start - 120), pc_start):
        if m["suffix"].lower() in _place_suffixes():
            continue  # "Fight at Castle Park, Dudley DY1 1AA": a park or precinct is a place
        end, places, postcode = _address_tail(text, m.end(), view, caps)
        if not postcode or end != pc_end:
            continue
        words = m["street"].split()
        cut = 0
        for i, w in enumerate(words[:-1]):  # "CENTRED ON STATION ROAD": the street starts after the prose's small word
            if w.lower() in stop:
                cut = i + 1
        while cut < len(words) - 1 and (words[cut].lower() in stop or words[cut].lower() in common):
            cut += 1  # "Yesterday Mill Lane": an everyday word opening the sentence ("High Street" keeps its one word)
        if (words[cut].lower() in stop and words[cut].lower() not in _STREET_STOP) or _DIGIT.search(text, max(0, m.start() - 2), m.start()):
            return None  # "the Back Lane"; a number before it is the house's, read by the number-first forms
        start = m.start() + m.group().index(words[cut]) if cut else m.start()
        sm = _STREET_RUN.match(text, start)
        if sm is None or sm.end() != m.end():
            return None
        return _address_found(text, sm, end, places, postcode, sm["suffix"])
    return None


def _name_before(text: str, pos: int) -> bool:
    """A person's name straight before ``pos`` (a known forename or surname, or a SURNAME in capitals)."""
    b = _NAME_JUST_BEFORE.search(text, max(0, pos - 30), pos)
    if not b:
        return False
    w = b["w"]
    return w.lower() in _forenames() or w.lower() in _surnames() or (w.isupper() and len(w) > 2 and not text.isupper())


def _age_after_name(text: str, m: re.Match[str]) -> bool:
    """A two-digit number between commas straight after a person's name is their age
    ("Reginald PARFITT, 90, Orchard View, ...", "HOLT Margaret, 84, Beech Howe, ...")."""
    b = _NAME_COMMA_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if not b or not re.fullmatch(r"\d{2}", m["number"]) or m["flatkw"] or m["building"]:
        return False
    w = b["w"]
    return w.lower() in _forenames() or w.lower() in _surnames() or (w.isupper() and len(w) > 2 and not text.isupper())


def _person_segment(words: list[str], caps: bool, loose: bool = False) -> bool:
    """A comma-separated part naming a person, not a house: a title, a SURNAME beside a
    capitalised forename, or forename and surname with no house word."""
    low = [w.lower().strip(".") for w in words]
    if not _PERSON_TITLES.isdisjoint(low):
        return True
    if len(words) > 3:
        return _person_segment(words[-3:], caps, loose) or _person_segment(words[-2:], caps, loose)  # "Owner Gethin Rowlands"
    if len(words) < 2 or any(not w[:1].isupper() for w in words):
        return False
    if not _RURAL_HOUSE.isdisjoint(low) or not _BUILDING_WORDS.isdisjoint(low) or low[-1] in _SUFFIX_KEY:
        return False
    if not caps and any(w.isupper() and len(w) > 1 for w in words) and any(not w.isupper() for w in words):
        return any(w in _forenames() for w in low)  # "PRICE Rhys", "Morag STEWART"
    # Loosely (where the place says a person comes first), a forename and any capitalised word.
    return low[0] in _forenames() and (low[-1] in _surnames() or loose)


def _person_label(words: list[str], caps: bool) -> bool:
    """After an address label, a forename alone, or a forename with a known surname, is a person."""
    low = [w.lower() for w in words]
    return (len(low) == 1 and low[0] in _forenames()) or _person_segment(words, caps) \
        or (low[0] in _forenames() and (low[-1] in _surnames() or (words[-1].isupper() and not caps)))


#: Verbs and labels of a hasty note written straight before a house's name with no "at"
#: ("Lives Trevarthian, Chapel Hill, ...", "Resides Rose Cottage, ...", a company's "Registered office Ince
#: Bar Farm, ..." in capitals): never the house's own first word.
_CUE_OPENERS = frozenset("lives living lived resides residing resided resident stays staying stayed address addr registered office "
                         # verbs placing someone at premises: "also uses Wilsford Lodge, ...", "owns Rose Farm, ..."
                         "uses used frequents visits owns rents occupies".split())
_FORMER_BEFORE = re.compile(r"(?i)(?<![a-z])(?:former|ex-?)[ \t]+\Z")


_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:a|an|A|An)[ \t]+(?:[a-z]+[ \t]+){0,2}\Z")


def _name_word(w: str) -> bool:
    return w.lower() in _forenames() or w.lower() in _surnames()


def _view_not_house(words: list[str]) -> bool:
    """In a cased view, a part before the house that is a person or a status: "farmer dafydd evans, ...",
    "yard of price rhys, ..." (two names last, or a name after "of"), "(62), retired, ..." (one everyday word)."""
    low = [w.lower() for w in words]
    if not _RURAL_HOUSE.isdisjoint(low) or not _BUILDING_WORDS.isdisjoint(low) or low[-1] in _SUFFIX_KEY:
        return False
    if len(words) == 1:
        return _dictionary_word(low[0])
    return len(words) > 2 and _name_word(words[-1]) and (_name_word(words[-2]) or low[-3] == "of")


_HOUSE_ENDS = _RURAL_HOUSE | _BUILDING_WORDS


def _view_prose_before_house(words: list[str], nxt: list[str]) -> bool:
    """In a cased view, a part of everyday words before a named house is the note's prose
    ("aggravated burglary, garth cottage, ...", "no reply, rose farm, ..."): the house is next."""
    low = [w.lower() for w in words]
    return bool(nxt) and nxt[-1].lower() in _HOUSE_ENDS and all(_dictionary_word(w) for w in low) \
        and _RURAL_HOUSE.isdisjoint(low) and _BUILDING_WORDS.isdisjoint(low) and low[-1] not in _SUFFIX_KEY


def _named_run(text: str, pc_start: int, pc_end: int, view: bool = False) -> Found | None:
    """A house known by name, then village/street and town, closed by the postcode at
    ``pc_start``: "Hafod Wen, Llanfair Caereinion, Welshpool SY21 0AB". At most one person
    before it is cut off; a house that is a known town, a street with no number, a business or
    an everyday word opens no address (the postcode alone stands)."""
    m = _NAME_RUN.search(text, max(0, pc_start - 160), pc_end)
    if not m:
        return None
    caps = text.isupper()
    stop, common = _places()[1], _places()[2]
    segs = [(g.start() + m.start("run"), g.group()) for g in _SEG_SPLIT.finditer(m["run"])]
    # The first part may open with an everyday word of the prose ("Yesterday Cae Coch, ...").
    first_words = segs[0][1].split()
    skip = 0
    while skip < len(first_words) - 1 and (first_words[skip].lower() in stop or first_words[skip].lower() in common
                                           or first_words[skip].lower() in _CUE_OPENERS) \
            and not _name_opener(first_words[skip:]):
        skip += 1  # ("Lives Trevarthian, Chapel Hill, ...": a residence verb opens the note's sentence)
    # ... or a preposition carrying the prose ("Patrols in Kendal, ..."), or a person "of" the
    # house ("Tom Rigg of Hollin Garth, ..."; "Burnside of Dunlappie" is the house's own name).
    for i in range(len(first_words) - 1, skip, -1):
        if first_words[i] in _CUT_PARTICLES:
            skip = i + 1
            break
    if view:
        # "FOUND AT PEARCE'S ADDRESS BADGERS, CHURCH ROAD, ...": the label's word ends the prose
        for i in range(len(first_words) - 2, skip - 1, -1):
            if first_words[i].lower().rstrip(":") in ("address", "addr"):
                skip = i + 1
                break
        # A cased view capitalises the prose too: "address on account the old granary, ...": the
        # article opens the house's name; "at an unoccupied smallholding cae coch, ...": after "a"/"an"
        # the everyday words describe the place before its name.
        for i in range(len(first_words) - 1, skip, -1):
            if first_words[i] == "The":
                skip = i
                break
        if _ARTICLE_BEFORE.search(text, max(0, segs[0][0] - 24), segs[0][0]):
            while skip < len(first_words) - 1 and _dictionary_word(first_words[skip].lower()) \
                    and first_words[skip].lower() not in _RURAL_HOUSE:
                skip += 1
    for i in range(skip + 1, len(first_words) - 1):
        if first_words[i] == "of" and (_person_segment(first_words[skip:i], caps, True)
                                       or (i == skip + 1 and _NAME_PARTICLE_BEFORE.search(text, max(0, segs[0][0] - 6), segs[0][0]))
                                       or (view and i - skip >= 2 and any(_name_word(w) for w in first_words[skip:i]))):
            skip = i + 1  # "Dafydd ap Iorwerth of Ffynnon Las": a patronymic's particle breaks the run
            break           # ("dealer shand gordon of mains of tillyfoure": a name before "of" in a case-less note)
    if skip >= len(first_words):
        return None
    if skip:
        pos = segs[0][0] + segs[0][1].index(" " + first_words[skip]) + 1 if skip else segs[0][0]
        segs[0] = (pos, text[pos : segs[0][0] + len(segs[0][1])])
    # A forename and a name before another house-like part are a person ("Helen Dent, Rowan
    # Lea, Brough, ..."); before a known town the same two words are the house ("Rowan Lea, Brough").
    loose = len(segs) > 2 and segs[1][1].strip().lower() not in _places()[0]
    dropped = _person_segment(segs[0][1].split(), caps, loose) or (view and _view_not_house(segs[0][1].split())) \
        or (view and len(segs) > 2 and _view_prose_before_house(segs[0][1].split(), segs[1][1].split()))
    if dropped:
        segs = segs[1:]
    if len(segs) < 2:
        return None
    start, house = segs[0][0] + len(segs[0][1]) - len(segs[0][1].lstrip()), segs[0][1].strip()
    words = [w.lower() for w in house.split()]
    nxt = segs[1][1].split()
    # A known town's name before a street is a house's or block's ("Kenley, Adams Road, ..."):
    # an address runs from small to large, so no town comes before its street.
    # "Lower Moor, Honiton Road, ...", "Two Oaks, Lower Road, ...": everyday words opened by a level
    # or a number name a house when a street follows it.
    opened = len(words) > 1 and _name_opener(words) and bool(nxt) and nxt[-1].lower() in _ROAD_WORDS
    if (words[0] in stop or words[0] in common) and words[0] not in _HOUSE_OPENERS and not opened \
            or (all(w in common or w in stop for w in words) and not opened) \
            or any(w in _forenames() for w in words[:1]) and len(words) == 1 \
            or (house.lower() in _places()[0] and not (nxt and nxt[-1].lower() in _ROAD_WORDS)) or _business_name([w for w in words if w not in _HOUSE_OPENERS and w != "the"] or words) or (not dropped and _person_segment(house.split(), caps)) \
            or (words[-1] in _ROAD_WORDS and not (nxt and nxt[-1].lower() in _SUFFIX_KEY)) \
            or (words[-1] in _place_suffixes() and not opened):  # "Fight at Castle Park, Dudley ...": a park or site is a place
        # (opened by a level word before a street it is a house: "Lower Moor, Honiton Road, ...", "High Wood, Mill Lane, ...")
        return None
    if _FORMER_BEFORE.search(text, max(0, start - 12), start):
        return None  # "Old pub building, former Royal Oak, High Street, ...": a closed business, no home's name
    hm = _NAME_SEG_AT.match(text, start)
    if not hm:
        return None
    end, places, postcode = _address_tail(text, hm.end(), False, caps)
    if not postcode or end != pc_end or not places:
        return None
    return _address_found(text, hm, end, places, postcode, "")
