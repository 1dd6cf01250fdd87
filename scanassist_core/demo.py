"""A realistic synthetic intelligence dataset for the demo button, the tutorial and the tests.

Why synthetic: real intelligence cannot ship with an open-source app, yet an analyst only trusts
a tool after seeing it find something in data that looks like theirs. So the generator writes
the mess a force really exports - three systems with different headers, encodings and date
conventions, names written a dozen ways, a duplicate, an empty row and an impossible date - and
plants structure the analysis must recover (cohorts, linked children, SOI matches and decoys),
returning that structure as ground truth.

Everything is derived from one ``random.Random(seed)``: the same seed gives byte-identical files
(the XLSX zip is re-packed with fixed timestamps). Only reserved or fictional identifiers are
used: Ofcom drama numbers (07700 900xxx, 01632 960xxx), ``example.*`` e-mail domains, RFC 5737
IP addresses, the ``QQ`` NINO prefix, and fictional people, streets, businesses and schools in
real towns with plausible (valid-grammar, made-up) postcodes.

``DemoTruth.n_reports`` counts data rows across the three report files, flaws included: ingest
should keep ``n_reports - 2`` (the exact duplicate is dropped, the empty-text row rejected) and
keep the impossible date with ``NaT``. ``DemoTruth.flaws`` names the references involved.
Mentions of the duplicated report are listed once (the two rows share reference and text).
Officer and professional names in boilerplate are not planted subjects and are not in the truth.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

__all__ = ["DemoData", "DemoTruth", "generate_demo", "write_demo", "AGE_REFERENCE_DATE", "MIN_REPORTS"]

#: Ages in the truth are given on this date.
AGE_REFERENCE_DATE = dt.date(2025, 6, 1)
#: Fewer reports than this cannot hold every planted pattern.
MIN_REPORTS = 300
_START = dt.date(2024, 5, 1)
_END = dt.date(2025, 10, 31)
_N_MONTHS = 18


@dataclass(frozen=True)
class DemoTruth:
    """What the analysis should find, for tests and the tutorial."""

    persons: pd.DataFrame
    cohorts: dict[str, list[str]]
    unlisted_children: list[str]
    mentions: pd.DataFrame
    n_reports: int
    #: Extension: ``{"duplicate"|"empty_text"|"impossible_date": reference}``.
    flaws: dict[str, str] = field(default_factory=dict)
    #: Extension: one row per SOI list row: soi_row (1-based), name, person_id ("" if none), kind
    #: (``listed``, ``listed_variant``, ``never_appears``, ``decoy_surname``, ``decoy_dob``).
    soi: pd.DataFrame = field(default_factory=pd.DataFrame)


@dataclass(frozen=True)
class DemoData:
    files: dict[str, bytes]
    soi_files: dict[str, bytes]
    truth: DemoTruth


# --------------------------------------------------------------------------------------------
# Vocabulary. Names are common UK names from several communities; combinations are fictional.
# --------------------------------------------------------------------------------------------

#: Forenames (male, female) and surnames per community; most people get both from one community.
_COMMUNITIES: dict[str, tuple[list[str], list[str], list[str], float]] = {
    "british": (
        ("Jack Harry Charlie Kyle Aaron Liam Connor Callum Reece Kieran Jordan Tyler Bradley Dean Wayne Lee "
         "Jamie Ryan Daniel Thomas Michael Joshua Nathan Jake Ben Lewis Mason Kai Jayden Rhys Ethan Leon Shaun "
         "Stephen Craig Darren Gary Kristopher Jonathan Nathaniel").split(),
        ("Chloe Jade Leah Megan Amy Shannon Courtney Jessica Lauren Sophie Katie Holly Paige Ellie Mia Lily "
         "Kayleigh Demi Tia Amber Zoe Rebecca Stacey Danielle Nicole Bethany Maisie Evie Roxanne").split(),
        ("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
         "Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Hill Cooper Ward Morris Moore King Harris "
         "Baker Lewis Parker Bennett Collins Marshall Price Holmes Lloyd Shaw Dawson Fletcher Pearson Burton "
         "Griffiths Pendlebury Whitmore Cartlidge Hadley Fenton Rowley Brierley Doherty Kavanagh Quinn").split(),
        55.0,
    ),
    "south_asian": (
        ("Mohammed Imran Adil Bilal Hamza Zain Usman Tariq Asif Kamran Amir Rizwan Harpreet Arjun Sanjay "
         "Raheem Faisal Waqas").split(),
        "Aisha Fatima Samina Nadia Hira Simran Priya Sadia Kiran Amina Zara Noor".split(),
        ("Khan Hussain Ahmed Ali Shah Patel Begum Iqbal Mahmood Akhtar Rahman Uddin Chaudhry Singh Kaur Sharma "
         "Miah Riaz Nawaz").split(),
        15.0,
    ),
    "east_european": (
        "Lukasz Mateusz Piotr Tomasz Andrei Florin Marius Dawid Kamil Aleksander Vasile Ionut".split(),
        "Agnieszka Natalia Oliwia Alina Ioana Monika Daria".split(),
        ("Kowalski Nowak Wisniewski Lewandowski Popescu Ionescu Petrov Kovac Horvath Balog Kazlauskas "
         "Zielinski Dumitru Moldovan").split(),
        10.0,
    ),
    "black_british": (
        ("Jermaine Tyrone Marcus Kwame Chidi Tobi Dwayne Andre Malachi Kofi Femi Emmanuel Isaiah Darnell "
         "Jerome").split(),
        "Chantelle Keisha Shanice Tanisha Abena Adaeze Precious Grace Esther Jasmine".split(),
        ("Okafor Adeyemi Mensah Owusu Boateng Campbell Francis Grant Okonkwo Asante Baptiste Adebayo Dacosta "
         "Brown Thomas Lewis").split(),
        13.0,
    ),
    "middle_eastern": (
        "Arash Dilan Karwan Omid Rebaz Hassan Ahmad".split(),
        "Shilan Rojin Leila Maryam".split(),
        "Aziz Hassan Omar Karimi Rashid Ahmadi Mohammadi".split(),
        5.0,
    ),
    "east_asian": (
        "Minh Tuan Wei Jun Duc".split(),
        "Linh Mei Thao Hui".split(),
        "Nguyen Tran Chen Wong Pham".split(),
        2.0,
    ),
}
_MALE = [n for c in _COMMUNITIES.values() for n in c[0]]
_FEMALE = [n for c in _COMMUNITIES.values() for n in c[1]]
_SURNAMES = [n for c in _COMMUNITIES.values() for n in c[2]]
_COMMUNITY_OF = {n: k for k, c in _COMMUNITIES.items() for n in c[0] + c[1]}
_MIDDLE_M = "James John Lee Paul Michael David Ali Junior Anthony Ahmed Thomas Jay".split()
_MIDDLE_F = "Marie Louise Jane Rose Anne Mae Grace Leigh Elizabeth Bibi".split()
#: Surnames kept out of the reports, for SOI entries who never appear in them.
_SOI_ONLY_SURNAMES = "Thornbury Ashcroft Kellett Venables Oduya Brzezinski Farrow Radcliffe Mahon Tolley".split()
_MC = "McDonald McCarthy McKenzie McGrath McLaughlin McBride McDonagh".split()
_O = "O'Brien O'Connor O'Neill O'Sullivan O'Reilly O'Donnell".split()
_HYPHEN = "Smith-Jones Baker-Hall Hughes-Parry Walker-Brown Campbell-Grant Price-Evans Owusu-Ansah".split()
_SPELLING = {
    "Mohammed": ["Muhammad", "Mohammad", "Mohamed"],
    "Stephen": ["Steven"],
    "Shaun": ["Sean"],
    "Kieran": ["Kieron"],
    "Jayden": ["Jaden"],
    "Aleksander": ["Alexander"],
    "Katie": ["Katy"],
    "Zoe": ["Zoey"],
    "Aisha": ["Ayesha"],
    "Lukasz": ["Lucas"],
    "Kristopher": ["Christopher"],
    "Rebecca": ["Rebekah"],
    "Jonathan": ["Jonathon"],
}
_SHORT = {
    "Daniel": "Danny", "Thomas": "Tom", "Michael": "Mikey", "Joshua": "Josh", "Nathaniel": "Nate",
    "Kristopher": "Kris", "Aleksander": "Alex", "Mohammed": "Mo", "Jonathan": "Jon", "Jessica": "Jess",
    "Rebecca": "Becky", "Bradley": "Brad", "Nathan": "Nath", "Stephen": "Steve", "Danielle": "Dani",
    "Jermaine": "Jerm", "Emmanuel": "Manny", "Benjamin": "Ben", "Kamran": "Kam", "Mateusz": "Mati",
}
_ALIASES = (
    "Smudge,Tiny,K-Dog,Blade,Ghost,Shorty,Bugsy,Ziggy,T-Bone,Rico,Snowy,Spider,Mouse,Dinks,Chunky,Scrappy,Bam,"
    "Zeus,Mad Max,Biggz,Lil T,Skinz,Dizzy,Fats,Nitro,Jinx,Bones,Taz"
).split(",")
_OFFICERS = (
    "WILLIAMS BRADY PATEL HUGHES O'CONNELL BARKER NASH OKORO LEWIS FORSYTH GILL DUNN KHAN MERCER "
    "BOWEN CHAPMAN REID HALE"
).split()

# Towns with a postcode area and plausible districts.
_TOWNS: dict[str, tuple[str, tuple[int, ...]]] = {
    "Wolverhampton": ("WV", (1, 2, 3, 4, 6, 10, 11, 13, 14)),
    "Telford": ("TF", (1, 2, 3, 4, 7)),
    "Shrewsbury": ("SY", (1, 2, 3)),
    "Birmingham": ("B", (6, 8, 10, 11, 12, 19, 21, 23, 33, 44)),
    "Worcester": ("WR", (1, 2, 3, 4, 5)),
    "Redditch": ("B", (97, 98)),
    "Stoke-on-Trent": ("ST", (1, 2, 3, 4, 6)),
    "Newcastle-under-Lyme": ("ST", (5,)),
    "Coventry": ("CV", (1, 2, 3, 4, 6)),
    "Northampton": ("NN", (1, 2, 3, 4, 5)),
    "Milton Keynes": ("MK", (2, 3, 6, 10, 13)),
    "Kettering": ("NN", (15, 16)),
    "Wellingborough": ("NN", (8,)),
    "Corby": ("NN", (17, 18)),
    "Walsall": ("WS", (1, 2, 3, 5)),
    "Dudley": ("DY", (1, 2, 3)),
    "Leicester": ("LE", (1, 2, 3, 4, 5)),
    "Nottingham": ("NG", (1, 2, 3, 5, 7)),
    "Derby": ("DE", (1, 21, 22, 23, 24)),
    "Stafford": ("ST", (16, 17)),
    "Cannock": ("WS", (11, 12)),
    "Hereford": ("HR", (1, 2, 4)),
    "Kidderminster": ("DY", (10, 11)),
    "Rugby": ("CV", (21, 22)),
    "Nuneaton": ("CV", (10, 11)),
}
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_STREET_WORDS = (
    "Mill Hawthorn Church Station Victoria Albert Queens Kings Park Chapel Beech Oak Elm Willow "
    "Meadow Brook Cross Castle Grange Orchard Priory Canal Foundry Forge Tannery Lime Ash Holly "
    "Rowan Cedar Laburnum Coronation Jubilee Windsor Clarence Alexandra Gladstone Nelson Wellington "
    "Stanley Argyle Moor Heath Common Farm Bridge Well Spring Hollybush Blackberry Cherry Bramble"
).split()
_STREET_TYPES = ("Road", "Street", "Lane", "Close", "Avenue", "Drive", "Way", "Crescent", "Grove", "Walk", "Court")
_STREET_ABBR = {"Road": "Rd", "Street": "St", "Lane": "Ln", "Avenue": "Ave", "Drive": "Dr", "Close": "Cl"}
_ESTATES = ("Lowfields estate", "Harrow Green estate", "Kingsmead estate", "Riverside estate",
            "Foxhills estate", "Millbrook estate")
_PARKS = ("Victoria Park", "the rec on Church Lane", "Brookside Park", "the canal towpath", "the skate park",
          "Jubilee Park", "the underpass by the ring road", "the retail park car park", "the bus station",
          "the train station", "McDonald's car park", "the Co-op car park", "the playing fields")
_SCHOOLS = ("Heathfield Academy", "St Bartholomew's RC High School", "Moorside Academy", "Kingsway Secondary School",
            "Priory Park Academy", "Castlebrook High School", "Oakfield Pupil Referral Unit", "Ashgrove Academy",
            "Meadowbank College")
_SHOPS = ("Boots", "Superdrug", "TK Maxx", "JD Sports", "Home Bargains", "B&M", "Tesco Extra", "Sainsbury's",
          "Primark", "Next", "Currys", "Screwfix")
_RETAIL_PARKS = ("Riverside Retail Park", "Weston Favell", "Sixfields", "Kingsway Retail Park", "the Rushden Lakes site")
_GOODS = ("razor blades", "perfume", "electric toothbrushes", "designer clothing", "alcohol", "baby formula",
          "power tools", "trainers", "Lego", "meat and cheese")
_TAKEAWAYS = ("Parkview Pizza & Grill", "Golden Dragon", "Kingsway Kebabs", "Zeytin Grill", "Chicken Cottage Express",
              "Marmaris Kebab House", "Lucky Star Chinese")
_HOTELS = ("the Carlton Lodge Hotel", "the Station Hotel", "the Ashbourne Motel", "the Crown Guest House")
_PUBS = ("the Red Lion", "the Crown", "the Wheatsheaf", "the Royal Oak", "Bar Ibiza", "the Black Horse", "Vogue nightclub")
_MISC_ORGS = ("Speedy Hand Car Wash", "A1 Scrap Metals", "Kwik Vapes", "Mobile Fix Phone Repairs", "Super Star Barbers",
              "Best Price Off Licence", "Eastway Minimarket", "Q Tyres")
_HOSPITALS = ("New Cross Hospital", "the Royal Stoke", "UHCW", "Northampton General", "the Princess Royal")
_ROADS = ("A14", "M6", "M54", "A5", "A449", "A38", "M1", "A45", "M42", "A46", "A500", "A34", "M5", "A41", "A4123")
_VEHICLES = (
    ("Ford", "Focus"), ("Ford", "Fiesta"), ("Vauxhall", "Corsa"), ("Vauxhall", "Astra"), ("VW", "Golf"),
    ("VW", "Polo"), ("Audi", "A3"), ("BMW", "1 Series"), ("BMW", "320d"), ("Mercedes", "A-Class"),
    ("Seat", "Leon"), ("Toyota", "Prius"), ("Toyota", "Yaris"), ("Nissan", "Qashqai"), ("Range Rover", "Evoque"),
    ("Ford", "Transit"), ("Peugeot", "208"), ("Kia", "Sportage"), ("Honda", "Civic"), ("Skoda", "Octavia"),
)
_COLOURS = ("silver", "black", "white", "grey", "blue", "red", "dark blue", "green")
_DRUGS = ("crack cocaine", "heroin", "CLASS A", "B&W", "cocaine", "cannabis", "ketamine")
_WEAPONS = ("a zombie knife", "a machete", "a lock knife", "a kitchen knife", "a baseball bat", "a hammer")
_OPS = ("Op NIGHTJAR", "Op KESTREL", "Op LANTERN", "Op HARRIER", "Op SETTLE", "Op SCEPTRE")
_TEAMS = ("NPT", "Response Team 3", "Proactive CID", "Missing Persons Unit", "Exploitation Hub", "Retail Crime Unit",
          "Intel Unit", "Force Control Room", "Schools Officer")
_PLATFORMS = ("Snapchat", "Instagram", "TikTok")
_HANDLE_WORDS = ("money", "gang", "trap", "real", "official", "xo", "babe", "ting", "vibes", "kd", "tango", "zone",
                 "music", "lyf", "gold", "dripz", "ov", "bossman", "plug", "lil")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# --------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Address:
    flat: str
    number: int
    street: str
    town: str
    postcode: str


@dataclass(frozen=True)
class _Vehicle:
    vrm: str
    make: str
    model: str
    colour: str


@dataclass
class _Person:
    pid: str
    forename: str
    surname: str
    sex: str
    dob: dt.date
    middle: str = ""
    alias: str = ""
    spelling: str = ""
    cohort: str = ""
    role: str = ""
    show_dob: bool = True
    show_age: bool = False
    always_dob: bool = False
    on_soi: bool = False
    phone: str = ""
    address: _Address | None = None
    vehicle: _Vehicle | None = None
    handle: tuple[str, str] | None = None
    email: str = ""
    variants: list[str] = field(default_factory=list)
    n_reports: int = 0

    @property
    def child(self) -> bool:
        return _age(self.dob, AGE_REFERENCE_DATE) < 18

    @property
    def canonical(self) -> str:
        return f"{self.forename} {_caps(self.surname)}"


def _age(dob: dt.date, on: dt.date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _caps(surname: str) -> str:
    """Police style upper-case surname that keeps the ``Mc`` prefix readable (McDONALD)."""
    if surname.startswith("Mc") and len(surname) > 2:
        return "Mc" + surname[2:].upper()
    return surname.upper()


class _Pools:
    """Reserved identifier pools drawn without replacement so cohorts never collide by accident."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.mobiles = [f"07700900{n:03d}" for n in range(1000)]
        rng.shuffle(self.mobiles)
        self.landlines = [f"01632960{n:03d}" for n in range(1000)]
        rng.shuffle(self.landlines)
        self.names: set[tuple[str, str]] = set()
        self.vrms: set[str] = set()
        self.addresses: set[tuple[int, str, str]] = set()
        self._street_pc: dict[tuple[str, str], str] = {}
        self.handles: set[str] = set()

    def mobile(self) -> str:
        if self.mobiles:
            return self.mobiles.pop()
        return f"07700900{self.rng.randrange(1000):03d}"  # pool exhausted: reuse is realistic noise

    def landline(self) -> str:
        if self.landlines:
            return self.landlines.pop()
        return f"01632960{self.rng.randrange(1000):03d}"

    def postcode(self, town: str, street: str) -> str:
        key = (town, street)
        if key not in self._street_pc:
            area, districts = _TOWNS[town]
            r = self.rng
            self._street_pc[key] = (
                f"{area}{r.choice(districts)} {r.randrange(1, 10)}{r.choice(_INWARD_LETTERS)}{r.choice(_INWARD_LETTERS)}"
            )
        return self._street_pc[key]

    def address(self, town: str, flat_p: float = 0.3) -> _Address:
        r = self.rng
        while True:
            street = f"{r.choice(_STREET_WORDS)} {r.choice(_STREET_TYPES)}"
            number = r.randrange(1, 180)
            if (number, street, town) not in self.addresses:
                break
        self.addresses.add((number, street, town))
        flat = f"Flat {r.randrange(1, 12)}" if r.random() < flat_p else ""
        return _Address(flat, number, street, town, self.postcode(town, street))

    def vehicle(self) -> _Vehicle:
        r = self.rng
        while True:
            vrm = _vrm(r)
            if vrm not in self.vrms:
                break
        self.vrms.add(vrm)
        make, model = r.choice(_VEHICLES)
        return _Vehicle(vrm, make, model, r.choice(_COLOURS))

    def handle(self, forename: str, surname: str, alias: str) -> tuple[str, str]:
        r = self.rng
        while True:
            base = r.choice([forename.lower(), surname.lower().replace("'", "").replace("-", ""),
                             (alias or forename).lower().replace(" ", "").replace("-", "")])
            word = r.choice(_HANDLE_WORDS)
            sep = r.choice(["_", ".", "", "_"])
            tail = r.choice(["", str(r.randrange(1, 99)), "x", "0" + str(r.randrange(1, 9))])
            h = f"{base}{sep}{word}{tail}" if r.random() < 0.6 else f"{word}{sep}{base}{tail}"
            if h not in self.handles:
                break
        self.handles.add(h)
        return r.choice(_PLATFORMS), h


def _vrm(r: random.Random) -> str:
    """A registration obeying DVLA format rules (current style mostly, some prefix/suffix)."""
    x = r.random()
    rand_letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"  # no I or Q
    if x < 0.9:
        region = r.choice("ABCDEFGHKLMNOPRSVWY")
        second = r.choice("ABCDEFGHJKLMNOPRSTUVWXY")  # no I, Q, Z in the memory tag
        year = r.choice([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]
                        + [55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74])
        return f"{region}{second}{year:02d} {''.join(r.choice(rand_letters) for _ in range(3))}"
    prefix_letters = "ABCDEFGHJKLMNPRSTVWXY"  # no I, O, Q, U, Z
    if x < 0.96:
        return f"{r.choice(prefix_letters)}{r.randrange(1, 999)} {''.join(r.choice(rand_letters) for _ in range(3))}"
    return f"{''.join(r.choice(rand_letters) for _ in range(3))} {r.randrange(1, 999)}{r.choice(prefix_letters)}"


# --------------------------------------------------------------------------------------------
# Rendering of identifiers as people write them
# --------------------------------------------------------------------------------------------


def _fmt_phone(r: random.Random, digits: str) -> str:
    head, tail = digits[:5], digits[5:]
    return r.choice([f"{head} {tail}", digits, f"+44 {head[1:]} {tail}", f"{head} {tail[:3]} {tail[3:]}",
                     f"{head} {tail}", f"{head}-{tail}"])


def _fmt_address(r: random.Random, a: _Address) -> str:
    street = a.street
    flat = f"{a.flat}, " if a.flat else ""
    abbr = street
    for full, short in _STREET_ABBR.items():
        if street.endswith(" " + full):
            abbr = street[: -len(full)] + short
    pc = a.postcode
    return r.choice([
        f"{flat}{a.number} {street}, {a.town} {pc}",
        f"{flat}{a.number} {street}, {a.town} {pc}",
        f"{flat}{a.number} {street}, {a.town}",
        f"{a.number} {street} {pc}",
        f"{a.number} {abbr}, {a.town}",
        f"{a.number} {street.upper()}, {a.town.upper()}, {pc}",
        f"{flat.lower()}{a.number} {street.lower()}",
        f"{flat}{a.number} {street} ({pc.replace(' ', '')})",
    ])


def _fmt_vehicle(r: random.Random, v: _Vehicle) -> str:
    vrm = v.vrm if r.random() < 0.75 else v.vrm.replace(" ", "")
    return r.choice([
        f"{v.colour} {v.make} {v.model} {vrm}",
        f"{v.colour} {v.make} {v.model} {vrm}",
        f"a {v.colour} {v.model} ({vrm})",
        f"VRM {vrm} ({v.colour} {v.make} {v.model})",
        f"{vrm}, a {v.colour} {v.make}",
        f"{v.make} {v.model} {vrm}",
    ])


def _fmt_handle(r: random.Random, h: tuple[str, str]) -> str:
    platform, handle = h
    if platform == "Snapchat":
        return r.choice([f"Snapchat {handle}", f"snap: {handle}", f"Snapchat account '{handle}'", f"SC {handle}"])
    if platform == "Instagram":
        return r.choice([f"Instagram @{handle}", f"insta @{handle}", f"IG account @{handle}"])
    return r.choice([f"TikTok @{handle}", f"tiktok account @{handle}"])


def _fmt_dob(r: random.Random, d: dt.date) -> str:
    return r.choice([
        f"DOB {d:%d/%m/%Y}",
        f"DOB {d:%d/%m/%Y}",
        f"born {d.day} {_MONTHS[d.month - 1]} {d.year}",
        f"({d:%d.%m.%y})",
        f"d.o.b. {d:%d/%m/%Y}",
        f"({d:%d/%m/%Y})",
        f"DOB: {d.day}/{d.month}/{d:%y}",
    ])


# --------------------------------------------------------------------------------------------
# Text builder: every planted name is written through it so offsets are exact by construction
# --------------------------------------------------------------------------------------------


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[_Person, int, int, str]] = []
        #: (person_id, "dob"|"age") written next to a name, so the truth lists only what is findable.
        self.facts: set[tuple[str, str]] = set()

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def name(self, p: _Person, s: str) -> None:
        self.spans.append((p, self.pos, self.pos + len(s), s))
        self.add(s)

    def value(self) -> str:
        return "".join(self.parts)


_SLOT = re.compile(r"\{(\w+)\}")


class _Report:
    """State for writing one report: the cast behind slots A-D and K, and who is introduced."""

    def __init__(self, gen: "_Generator", date: dt.datetime, cast: list[_Person], child: _Person | None,
                 cohort: dict | None, lower: bool) -> None:
        self.g = gen
        self.r = gen.rng
        self.date = date
        self.cast = cast
        self.child = child
        self.cohort = cohort
        self.lower = lower
        self.t = _Text()
        self.introduced: set[str] = set()

    # -- persons ------------------------------------------------------------------------------
    def _who(self, key: str) -> _Person:
        if key.startswith("K"):
            assert self.child is not None
            return self.child
        return self.cast["ABCD".index(key[0])]

    def person_full(self, p: _Person) -> None:
        r, t = self.r, self.t
        self.introduced.add(p.pid)
        age = _age(p.dob, self.date.date())
        prefix_age = p.child and r.random() < 0.3
        if prefix_age:
            t.add(r.choice([f"{age}-year-old ", f"{age} year old ", f"{age}yo "]))
        t.name(p, self._variant(p))
        x = r.random()
        if prefix_age:
            t.facts.add((p.pid, "age"))
        elif p.always_dob:
            t.add(" " + _fmt_dob(r, p.dob))
            t.facts.add((p.pid, "dob"))
        elif p.child and x < 0.7:
            t.add(r.choice([f" ({age})", f" aged {age}", f", {age}yo,", f" ({age}yrs)", f" {age} y/o",
                            f" who is {age}", f" (age {age})"]))
            t.facts.add((p.pid, "age"))
        elif p.show_dob and x < (0.85 if p.child else 0.35):
            t.add(" " + _fmt_dob(r, p.dob))
            t.facts.add((p.pid, "dob"))
        elif p.show_age and x < 0.6:
            t.add(r.choice([f" ({age})", f" aged {age}", f" (approx {age})"]))
            t.facts.add((p.pid, "age"))
        if p.alias and r.random() < 0.35:
            alias = p.alias.upper() if r.random() < 0.3 else p.alias
            pre, post = r.choice([(' aka "', '"'), (" aka ", ""), (" AKA '", "'"), (' known as "', '"'),
                                  (' (goes by "', '")')])
            t.add(pre)
            t.name(p, alias)
            t.add(post)

    def _variant(self, p: _Person) -> str:
        r = self.r
        fore = p.forename
        if p.spelling and r.random() < 0.35:
            fore = p.spelling
        elif p.forename in _SHORT and r.random() < 0.15:
            fore = _SHORT[p.forename]
        sur_c, sur_m = _caps(p.surname), p.surname
        if p.surname.startswith("O'") and r.random() < 0.08:
            sur_c = sur_c.replace("'", "\u2019")  # pasted from a word processor
        if p.surname.startswith("Mc") and r.random() < 0.25:
            sur_c = p.surname.upper()
        styles = [
            (f"{fore} {sur_c}", 30), (f"{sur_c}, {fore}", 10), (f"{sur_c} {fore}", 6),
            (f"{fore[0]}. {sur_c}", 5), (f"{fore[0]} {sur_c}", 3), (f"{fore} {sur_m}", 14),
            (f"{fore.lower()} {sur_m.lower()}", 4),
        ]
        if p.middle:
            styles += [(f"{fore} {p.middle} {sur_c}", 8), (f"{sur_c}, {fore} {p.middle}", 4),
                       (f"{fore} {p.middle[0]}. {sur_c}", 2)]
        if p.alias and p.n_reports > 0:
            styles.append((p.alias.upper() if r.random() < 0.4 else p.alias, 3))
        names, weights = zip(*styles)
        return r.choices(names, weights)[0]

    def person_short(self, p: _Person) -> None:
        if p.pid not in self.introduced:
            self.person_full(p)
            return
        r = self.r
        opts = [_caps(p.surname), _caps(p.surname), p.forename, p.surname]
        if p.alias:
            opts.append(p.alias)
        self.t.name(p, r.choice(opts))

    def person_alias(self, p: _Person) -> None:
        if p.alias:
            self.introduced.add(p.pid)
            self.t.name(p, p.alias if self.r.random() < 0.7 else p.alias.upper())
        else:
            self.person_short(p)

    # -- slots --------------------------------------------------------------------------------
    def fill(self, template: str) -> None:
        pos = 0
        for m in _SLOT.finditer(template):
            self.t.add(template[pos:m.start()])
            self.slot(m.group(1))
            pos = m.end()
        self.t.add(template[pos:])

    def slot(self, key: str) -> None:
        r, t, g = self.r, self.t, self.g
        c = self.cohort or {}
        if key in ("A", "B", "C", "D", "K"):
            p = self._who(key)
            (self.person_full if p.pid not in self.introduced else self.person_short)(p)
            return
        if len(key) == 2 and key[0] in "ABCDK" and key[1] in "sapqhvmf":
            p = self._who(key)
            kind = key[1]
            if kind == "s":
                self.person_short(p)
            elif kind == "a":
                self.person_alias(p)
            elif kind == "p":
                word = "he" if p.sex == "M" else "she"
                before = "".join(t.parts[-2:])
                starts = not before.strip() or before.rstrip(" ").endswith((".", "\n", ":"))
                t.add(word.capitalize() if starts else word)
            elif kind == "q":
                t.add("his" if p.sex == "M" else "her")
            elif kind == "h":
                t.add(_fmt_handle(r, p.handle or g.pools.handle(p.forename, p.surname, p.alias)))
            elif kind == "v":
                t.add(_fmt_vehicle(r, p.vehicle or c.get("vehicle") or g.pools.vehicle()))
            elif kind == "m":
                t.add(_fmt_phone(r, p.phone or g.pools.mobile()))
            elif kind == "f":
                t.add(_fmt_address(r, p.address or g.pools.address(self.town())))
            return
        t.add(self.value(key))

    def town(self) -> str:
        c = self.cohort
        if c:
            return self.r.choice(c["dest"]) if c["dest"] and self.r.random() < 0.6 else c["home"]
        return self.g.bg_town

    def value(self, key: str) -> str:
        r, g = self.r, self.g
        c = self.cohort or {}
        d = self.date
        if key == "ADDR":
            a = r.choice(c["addresses"]) if c else g.pools.address(g.bg_town)
            return _fmt_address(r, a)
        if key == "PC":
            a = r.choice(c["addresses"]) if c else g.pools.address(g.bg_town)
            return a.postcode if r.random() < 0.8 else a.postcode.replace(" ", "")
        if key == "PHONE":
            return _fmt_phone(r, r.choice(c["phones"]) if c else g.pools.mobile())
        if key == "LANDLINE":
            return _fmt_phone(r, g.pools.landline())
        if key == "VEH":
            return _fmt_vehicle(r, c["vehicle"] if c and r.random() < 0.8 else g.pools.vehicle())
        if key == "HANDLE":
            h = c["handle"] if c else g.pools.handle(r.choice(_MALE + _FEMALE), r.choice(_SURNAMES), "")
            return _fmt_handle(r, h)
        if key == "EMAIL":
            if c:
                return c["email"]
            return _email(r, r.choice(_MALE + _FEMALE), r.choice(_SURNAMES))
        if key == "TOWN":
            return self.town()
        if key == "HOME":
            return c["home"] if c else g.bg_town
        if key == "PLACE":
            return r.choice(_PARKS) if r.random() < 0.7 else r.choice(_ESTATES)
        if key == "ESTATE":
            return c.get("estate") or r.choice(_ESTATES)
        if key == "STREET":
            return f"{r.choice(_STREET_WORDS)} {r.choice(_STREET_TYPES)}"
        if key == "TAKEAWAY":
            return c.get("org") or r.choice(_TAKEAWAYS)
        if key == "MISC":
            return r.choice(_MISC_ORGS)
        if key == "SCHOOL":
            return c.get("school") or r.choice(_SCHOOLS)
        if key == "SHOP":
            return r.choice(_SHOPS)
        if key == "RETAIL":
            return r.choice(_RETAIL_PARKS)
        if key == "GOODS":
            return r.choice(_GOODS)
        if key == "HOTEL":
            return r.choice(_HOTELS)
        if key == "PUB":
            return r.choice(_PUBS)
        if key == "HOSPITAL":
            return r.choice(_HOSPITALS)
        if key == "ROAD":
            return c["road"] if c and r.random() < 0.7 else r.choice(_ROADS)
        if key == "DIR":
            return r.choice(["northbound", "southbound", "eastbound", "westbound"])
        if key == "OP":
            return c.get("op") or r.choice(_OPS[4:])
        if key == "LINE":
            return c.get("line") or "the"
        if key == "DRUGS":
            return r.choice(_DRUGS)
        if key == "WEAPON":
            return r.choice(_WEAPONS)
        if key == "CASH":
            return f"\u00a3{r.choice([120, 240, 350, 460, 780, 1150, 1900, 2300, 3420])}"
        if key == "N":
            return str(r.choice([2, 3, 4, 5, 6, 8, 10, 12]))
        if key == "WRAPS":
            return str(r.randrange(6, 40))
        if key == "TIME":
            return r.choice([f"{d:%H:%M}", f"{d:%H%M}hrs", f"approx {d:%H:%M}", f"{d:%H%M}"])
        if key == "DATE":
            return r.choice([f"{d:%d/%m/%Y}", f"{d:%d/%m/%y}", f"{d.day} {_MONTHS[d.month - 1]}", f"{d:%d/%m}"])
        if key == "DAY":
            return r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
        if key == "OFFICER":
            return f"{r.choice(['PC', 'PC', 'PC', 'DC', 'PCSO', 'DS'])} {r.randrange(1000, 9999)} {r.choice(_OFFICERS)}"
        if key == "TEAM":
            return r.choice(_TEAMS)
        if key == "CRIMEREF":
            return f"{r.choice([20, 21, 22, 43])}/{r.randrange(10000, 99999)}/{d:%y}"
        if key == "CAD":
            return f"CAD {r.randrange(100, 9999)} of {d:%d/%m}"
        if key == "GRADE":
            return f"{r.choice('123')}{r.choice('ABCD')}{r.choice('PPC')}"
        if key == "IP":
            return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255))
        if key == "NINO":
            return f"QQ {r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)} {r.choice('ABCD')}"
        raise KeyError(key)


def _email(r: random.Random, forename: str, surname: str) -> str:
    base = r.choice([f"{forename}.{surname}", f"{forename}{r.randrange(1, 99)}", f"{forename[0]}{surname}",
                     f"{surname}{r.randrange(70, 99)}"])
    base = re.sub(r"[^a-z0-9.]", "", base.lower())
    return f"{base}@{r.choice(['example.com', 'example.org', 'example.net', 'example.com'])}"


# --------------------------------------------------------------------------------------------
# Prose. Slots: A-D cohort/background persons, K a child; suffixes s(hort) a(lias) p(ronoun)
# q (possessive) h(andle) v(ehicle) m(obile) f (home address). Templates are grouped by scenario.
# --------------------------------------------------------------------------------------------

_COUNTY_LINE = [
    "{A} is running the {LINE} line from {HOME} into {TOWN} using {PHONE}. {B} and {C} are acting as runners and drop the cash back to {As} at the end of each day.",
    "Bulk text received on the phone of a known user advertising the {LINE} line: \"{LINE} back on, B n W all day, ring {PHONE}\". The line is believed to be held by {A}.",
    "{A} has been seen at {ADDR} on several occasions in the last week. The tenant is believed to be vulnerable and the address is being used to deal CLASS A (cuckooing). {B} was also present.",
    "Stop search of {A} under s23 MDA at {PLACE}, {TOWN}. Found in possession of {WRAPS} wraps of {DRUGS} and {CASH} in cash. {B} was with {Ap} and made off on foot.",
    "ANPR shows {VEH} travelling {DIR} on the {ROAD} at {TIME}. Vehicle is linked to {A} and was seen earlier collecting {B} from {ADDR}.",
    "{A} and {B} were seen outside {MISC} in {TOWN} handing small items to people in cars. Believed to be wraps of {DRUGS}.",
    "Source states that {A} controls the {LINE} line and pays {B} {CASH} a week to stay at {ADDR} and serve users.",
    "Neighbour reports a lot of coming and going at {ADDR}, short visits day and night. One of the males is called {Aa} by the others. Another male matches {B}.",
    "Debt owed to the {LINE} line by {B} after {Bq} stash was seized. {A} has been heard threatening {Bs} with {WEAPON}.",
    "{OP}: warrant executed at {ADDR}. {A} arrested for PWITS CLASS A. Phone {PHONE} seized. {B} was in the kitchen and was de-arrested later.",
    "{A} uses {Am} and is in daily contact with {B}. Both are believed to travel to {TOWN} by train to restock the line.",
    "Information suggests {A} has moved the {LINE} line operation from {ADDR} to a new address in {TOWN} after recent police activity. {B} still drives for {As}.",
    "intel that {A} is the line holder for {LINE}, deal line {PHONE}, runners {B} and {C}",
    "Street level intel: {C} is going country for {A}. {Cs} was in {TOWN} for {N} days and came back with {CASH}.",
    "{A} seen on foot {PLACE} {TIME} with {B}. Both wearing black North Face jackets. {As} was on the phone constantly.",
    "{A} is believed to be storing {DRUGS} at {ADDR} which belongs to a vulnerable female. {B} visits daily.",
    "RTC on the {ROAD}: {VEH} left the carriageway. Occupants {A} and {B} ran from the scene. {WRAPS} wraps of {DRUGS} found in the footwell.",
    "{B} has told staff at the hostel that {A} gives {Bs} \"work\" and that {Bp} owes {As} money.",
    "{A} ({Am}) in contact with {B} and {C} via {Ah}. Messages refer to \"food\" and \"the ting\".",
    "{A} seen leaving {ADDR} at {TIME} carrying a small bag, got into {VEH}.",
    "{A} believed to be back in {TOWN} after release. Already reconnected with the {LINE} line.",
    "PNC check on {A} - wanted for failing to appear. Believed to be using {PHONE}.",
    "source says {Aa} has {WEAPON} and has been threatening users who owe money",
]
_COUNTY_LINE_CHILD = [
    "{K} was reported missing from home in {HOME} and was located {N} hours later at {ADDR} with {A} and {B}. {Ks} had {CASH} cash and two phones and would not explain why {Kp} was in {TOWN}.",
    "{K} was found in the back of {VEH} when it was stopped on the {ROAD}. Driver {A}, front passenger {B}. Concerns {Ks} is being criminally exploited (CCE).",
    "Return home interview with {K}: disclosed that {Aa} gives {Ks} \"work\" and that {Kp} stays at a flat in {TOWN} for days at a time. Mentioned {B} as the one who drives {Ks} there.",
    "{K} stopped by officers at {PLACE}, {TOWN} at {TIME}. {WRAPS} wraps of {DRUGS} found plugged. {Kp} was with {A}; {B} was waiting in {VEH}.",
    "{K} is being used by {A} to run drugs on the {LINE} line. {B} collects {Ks} from {SCHOOL} at lunchtime.",
    "Concerns for {K}: seen in {TOWN} at {TIME} on a school day with {A} and {B}. {Kp} looked scared and would not speak to officers.",
    "{K} missing episode {N}. Located at {ADDR} (known cuckooed address). {A} and {B} were present and gave false details.",
    "{K} has {Kq} own deal phone. Mum found messages from {A} telling {Ks} to \"go OT\" with {B}.",
    "{K} located in {TOWN} after being missing {N} days. Would only say {Kp} was \"with {Aa}\".",
    "{K} seen getting out of {VEH} outside {ADDR}. Driver believed to be {A}.",
    "{A} was seen dropping {K} at {PLACE}, {TOWN} at {TIME}. {Ks} then walked to {ADDR}.",
]
_CSE = [
    "Concerns that {K} is spending late evenings at {TAKEAWAY} in {HOME}. Staff member {A} has been giving {Ks} free food, cigarettes and vapes.",
    "{K} was seen getting into {VEH} outside {SCHOOL} at 15:20. Driver described as {A}. {B} was in the passenger seat.",
    "Hotel staff at {HOTEL} report that {A} booked a room using {EMAIL} and was seen taking two young girls into the room. One matches the description of {K}. {B} arrived later.",
    "{K} has told a friend that {Aa} from the takeaway bought {Ks} vodka and took {Ks} to a party at {ADDR} with {B}.",
    "MFH: {K} missing overnight. Located at {ADDR} with {A} and {B}. Presented as intoxicated. Phone contained messages from {Ah}.",
    "{A} and {B} are known to give lifts to girls from {SCHOOL} in {VEH}. {K} is one of the girls seen with them.",
    "{K} disclosed to {Kq} social worker that {A} is {Kq} \"boyfriend\". {As} is believed to be in his 30s. {B} also messages {Ks} on Snapchat.",
    "Information that {A} is using {PHONE} to contact young girls and arrange for them to be collected from {PLACE} by {B}.",
    "{K} found by patrol at {TIME} in {VEH} parked up behind {TAKEAWAY}. {A} was driver. {Kp} was taken home.",
]
_CSE_ADULT = [
    "{A} works at {TAKEAWAY} on {STREET}, {HOME}. Staff and {B} allow groups of teenage girls to stay after closing.",
    "{A} seen outside {TAKEAWAY} at {TIME} with {B} and {C}. Several young females went inside with them.",
    "{A} uses {Am} and {Ah}. Linked to {B} through {VEH}.",
    "Intel suggests {A} and {B} are renting rooms at {HOTEL} for parties with under-age girls. Bookings made by {C}.",
    "{B} has been seen at {ADDR} which is believed to be used by {A} for parties. Neighbours report young girls arriving late at night.",
    "{A} was spoken to at {TAKEAWAY}. Refused to give details of the girls in the back room. {B} was on shift.",
    "{A} seen parked outside {SCHOOL} at home time in {VEH}, watching pupils leave.",
    "Licensing visit to {TAKEAWAY}: manager {A} could not account for teenage girls upstairs.",
    "{A} is using {Ah} to message teenage girls offering free food at the shop.",
]
_SHOPLIFTING = [
    "{A}, {B} and {C} entered {SHOP} at {RETAIL} and stole approx {CASH} of {GOODS} using a foil-lined bag. Left in {VEH}.",
    "Store detective at {SHOP}, {TOWN} recognised {A} from previous incidents. {As} was with {B}, who acted as lookout.",
    "ANPR: {VEH} on the {ROAD} shortly after thefts from {SHOP} in {TOWN}. Registered keeper {A}. {B} believed to be the driver.",
    "Stolen {GOODS} being sold on Facebook Marketplace by an account linked to {EMAIL}. Believed to be run by {A} with {B}.",
    "{A} is organising teams to steal to order from {SHOP} stores along the {ROAD} corridor. Drivers include {B}.",
    "CCTV from {SHOP} {TOWN} shows {A} and {B} filling a holdall with {GOODS}. Staff challenged them and {Bs} threatened staff with a needle.",
    "{A} arrested for theft from {SHOP}. In custody stated {Ap} was paid by {B} per bag of {GOODS}.",
    "Retail crime partnership alert: {A} and {C} banned from all {SHOP} stores. Associate {B} still active in {TOWN}.",
    "theft from {SHOP} {RETAIL}, {GOODS} approx {CASH}, suspects {A} + {B}, left in {VEH}",
    "{A} identified from CCTV at {SHOP}, {TOWN} leaving with an unpaid trolley of {GOODS}.",
    "{A} seen at {RETAIL} at {TIME} with empty holdalls, believed to be scoping stores.",
    "Pawnbroker in {TOWN} reports {A} regularly selling new {GOODS} still tagged.",
]
_SHOPLIFTING_CHILD = [
    "{K} stopped by security at {SHOP} with {CASH} of {GOODS} concealed. Stated that {A} told {Ks} to take it and would pay {Ks} £20. {B} was waiting outside in {VEH}.",
    "{K} seen with {A} and {B} in {SHOP} {TOWN}. {Ks} was passing items to {Bs}. School confirm {Ks} should have been in lessons.",
    "{K} detained with {A} after theft of {GOODS} from {SHOP}. {B} drove off and left {Ks} behind.",
    "{K} identified on CCTV at {SHOP} {TOWN} passing {GOODS} to {A}.",
]
_ESTATE = [
    "Group of youths on the {ESTATE} in {HOME} including {A}, {B} and {C} causing ASB and believed to be dealing cannabis from the alleyway off {STREET}.",
    "{A} is believed to be storing knives in a bin store at {ADDR}. {B} has been seen going to the bin store before fights.",
    "{A} and {B} on a moped with no plates riding around the {ESTATE}, pillion carrying a large bag.",
    "drill video posted on {Ah} features {A}, {B} and {C} showing knives in front of the {ESTATE} flats",
    "{A} threatened a resident at {ADDR} for reporting them. {B} filmed it on {Bq} phone.",
    "Fight at {PLACE}: {A} and {B} chased a rival with {WEAPON}. Nobody willing to give a statement.",
    "{A} stop searched on the {ESTATE}, {HOME}. Found with a small bag of cannabis. Community resolution.",
    "Residents of {STREET} report {A} is selling cannabis from a moped near the shops.",
    "{A} seen with {WEAPON} on the {ESTATE} at {TIME}. Left on foot towards {PLACE}.",
]
_ESTATE_CHILD = [
    "{K} was seen holding a bag for {A} on the {ESTATE}. School report {Ks} has been absent most days this term. {B} was with them.",
    "{K} told {Kq} teacher at {SCHOOL} that older boys ({Aa} and {B}) make {Ks} carry \"stuff\" and will hurt {Kq} mum if {Kp} says anything.",
    "{K} was stopped on a pedal cycle at {PLACE} with {WEAPON} in {Kq} rucksack. Said it belonged to {A}. {B} cycled off.",
    "{K} reported missing by mum. Found at {ADDR} with {A} and {B}. Cannabis and scales in the room.",
    "{K} seen on the {ESTATE} at {TIME} on a school night with {A}, who is much older.",
]
_PARTNER_CHILD = [
    "Referral from {SCHOOL} DSL: {K} has been seen being collected by older males in {VEH}. Pupil named them as {Aa} and {B}.",
    "Children's Social Care: {K} is open to CSC. Worker concerned {Kp} is associating with {A} and {B}, who are known to police.",
    "ED at {HOSPITAL}: {K} attended with a laceration to the hand at {TIME}. Brought in by {A}, who left before staff could take details. {B} waited outside.",
    "Youth worker reports {K} has new clothes, trainers and a second phone. {Kp} has been seen with {A} and {B} near {ADDR}.",
    "School attendance officer: {K} absent {N} days. Home visit - mum says {Kp} stays with \"friends\" {A} and {B} in {TOWN}.",
    "Social worker concerned about {K}'s relationship with {A}, an adult. {Kp} has been seen in {Aq} car ({Av}).",
    "DSL at {SCHOOL}: {K} is wearing expensive clothes and says {Aa} bought them.",
]
_PARTNER_ADULT = [
    "Housing officer reports concerns that the tenant at {ADDR} is being cuckooed. Visitors include {A} and {B}.",
    "Probation: {A} has missed appointments and is believed to be staying at {ADDR} with {B}.",
    "Youth Offending Team worker reports {A} disclosed {Ap} is pressured by {B} to hold drugs.",
    "Probation: {A} has missed appointments and is believed to be staying at {ADDR}.",
    "Housing report a new tenancy at {ADDR} is being used by {A}; neighbours complain of visitors at all hours.",
]
_DETAIL = [
    " {A} uses {Am}.", " {A} is believed to live at {Af}.", " {A} drives {Av}.", " {A} is on {Ah}.",
    " {B} is believed to be using {Bm}.", " Vehicle used: {VEH}.", " Address: {ADDR}.", " Phone: {PHONE}.",
    " Possibly linked to {ADDR}.", " Known associates: {B}, {C}.", " Postcode area {PC}.",
]
_DETAIL_BG = [" {A} uses {Am}.", " {A} lives at {Af}.", " {A} drives {Av}.", " Vehicle {VEH}.",
              " {A} is on {Ah}.", " Contact number {PHONE}.", " Landline {LANDLINE}.", " Email {EMAIL}."]
_BACKGROUND_1 = [
    "{A} was stopped in {VEH} on {STREET}, {TOWN}. Smell of cannabis. Search negative. NFA.",
    "Neighbour reports smell of cannabis coming from {ADDR}. Windows blacked out and electric meter tampered with. Occupant believed to be {A}.",
    "Caller reports that {A} is selling counterfeit cigarettes and vapes from {MISC} on {STREET}.",
    "{A} has been seen driving {VEH} while disqualified.",
    "Crimestoppers: a male named {A} is dealing cannabis from {ADDR}. Contact number {PHONE}.",
    "{A} arrested for shop theft at {SHOP}, {TOWN}. Admitted the offence, stated {Ap} was funding a drug habit.",
    "Fraud report: {A} contacted on {PHONE} by someone claiming to be from the bank and lost {CASH}.",
    "Concern for welfare: {A} is believed to be sleeping rough near {PLACE}, {TOWN}. Referred to outreach.",
    "{A} suspected of drug driving, roadside test positive for cannabis. {VEH}. Bloods taken.",
    "Intelligence suggests {A} is supplying cannabis to students at {SCHOOL} via {Ah}.",
    "{A} has been sending abusive emails from {EMAIL} to staff at {MISC}.",
    "Report from {MISC}: account logins from IP {IP} linked to {A}'s account {EMAIL}.",
    "{A} (NI {NINO}) believed to be working cash-in-hand at {MISC} while claiming benefits.",
    "{A} found slumped in {VEH} at {PLACE}, {TOWN}. Ambulance called. Suspected overdose.",
    "Scrap dealer {MISC} buying catalytic converters with no questions asked. Owner believed to be {A}.",
    "{A} attended front counter at {TOWN} police station stating {Ap} had been threatened over a debt. Would not name who.",
    "info from member of public - {A} has a cannabis grow in the loft at {ADDR}",
    "{A} is believed to be in possession of a firearm (air weapon) at {ADDR}. Low confidence.",
    "{A} wanted on recall to prison. Believed to be staying in {TOWN}, possibly {ADDR}.",
    "Dog walker reports needles and foil left in {PLACE}, {TOWN}. Male seen there regularly, named locally as {A}.",
]
_BACKGROUND_2 = [
    "{A} reported that ex-partner {B} has been turning up at {ADDR} uninvited. Domestic related, DASH completed (standard).",
    "Fight outside {PUB} in {TOWN} at {TIME}. {A} and {B} both detained. Both refused to provide statements.",
    "{A} has posted threats on {Ah} towards {B}.",
    "{A} attended the front counter to report {B} for harassment via {Bm}.",
    "{A} is wanted on recall to prison and is believed to be staying with {B} at {ADDR}.",
    "{A} and {B} stopped in {VEH} on the {ROAD}. {CASH} cash found in the glovebox, no explanation given. Seized under POCA.",
    "{A} and {B} are believed to be running a car ringing operation from a unit near {MISC}.",
    "Burglary at {ADDR}. Victim {A} suspects {B}, a former lodger, who still has a key.",
    "{A} was assaulted outside {PUB} by {B}. Injuries minor. Victim does not support a prosecution.",
    "{A} and {B} seen loitering near parked cars in {STREET}, {TOWN}, trying door handles.",
]
_BACKGROUND_0 = [
    "ANPR hit on {VEH} (no insurance) on the {ROAD} at {TIME}. Not stopped.",
    "Increase in needles and drug litter at {PLACE}, {TOWN}. Partnership patrols requested.",
    "Report of a male acting suspiciously around parked cars at {PLACE}. Described as white, 20s, grey tracksuit. Not identified.",
    "Numerous reports of off-road bikes on {PLACE} in {TOWN}. No persons identified.",
    "Vehicle {VEH} seen parked for long periods outside {ADDR} with engine running. Occupants not identified.",
    "Anonymous call: drug dealing from a phone box near {PLACE}, {TOWN}. Number given {PHONE}.",
    "Graffiti tags referencing a local group on walls near {SCHOOL}. Photos on file.",
]
_BACKGROUND_CHILD = [
    "{K} reported missing by carers at {ADDR}. Returned of own accord after {N} hours. No concerns disclosed.",
    "Referral from {SCHOOL}: {K} disclosed {Kq} older brother {A} keeps a knife at home.",
    "{K} found intoxicated at {PLACE} at {TIME}. Taken home to parents. Stated {Kp} got the alcohol from an older friend.",
    "{K} stopped on the train without a ticket, gave false name initially. Taken home to {ADDR}.",
    "Education welfare: {K} persistently absent from {SCHOOL}. Family moving address frequently.",
]
_BACKGROUND_PARTNER = [
    "Housing officer reports ASB from {A} at {ADDR}: loud music, visitors at all hours and a smell of cannabis.",
    "Probation: {A} has missed two appointments and is no longer at {ADDR}. Possibly staying in {TOWN}.",
    "ED at {HOSPITAL}: {A} attended with a stab wound to the leg at {TIME}, would not say how it happened.",
    "Adult social care: {A} is a vulnerable adult living at {ADDR}. Neighbours report strangers staying at the flat.",
    "Youth Offending Team: {A} has disclosed {Ap} is being pressured to hold drugs by people {Ap} will not name.",
    "Housing: tenancy at {ADDR} abandoned. Former tenant {A}; letters addressed to {B} also found.",
    "Health visitor reports domestic concerns at {ADDR} involving {A} and partner {B}.",
]
_OPENERS = [
    "", "", "", "", "", "", "INTELLIGENCE: ", "Source reports that ", "Information received from a member of the public. ",
    "Officer observations while on patrol in {TOWN}. ", "Further to previous intelligence. ", "{OP} related. ",
    "Intel - ", "On {DATE} at {TIME} ", "It is reported that ", "Received via Crimestoppers. ",
    "Information from a reliable source. ", "RE: ", "Update: ",
]
_CLOSERS = [
    "", "", "", " {OFFICER} submitted this report.", " Submitted by {OFFICER}, {TEAM}.", " Officer: {OFFICER}.",
    " No further information at this time.", " Please create links to nominals.", " For info of {TEAM}.",
    " Sanitised - do not disseminate without consulting the originator.", " BWV available.", " Crime ref {CRIMEREF}.",
    " {CAD} refers.", " Grading {GRADE}.", " Nothing further.", " {OFFICER} ({TEAM}).",
]
_PARTNER_OPENERS = ["", "", "Referral received. ", "MASH referral: ", "Concern raised by partner agency. ",
                    "Information shared under the ISA. "]

# --------------------------------------------------------------------------------------------
# Cohort plan: roles with required name features, so every variant class is exercised
# --------------------------------------------------------------------------------------------

_COHORT_PLAN: list[dict] = [
    {
        "name": "KD line", "kind": "county_line", "home": "Wolverhampton", "dest": ["Telford", "Shrewsbury"],
        "op": "Op NIGHTJAR", "line": "KD", "road": "M54", "ramp": "late", "weight": 1.3, "start": 4,
        "roles": [("line holder", "o", 24), ("line holder", "plain", 27), ("runner", "hyphen", 19),
                  ("runner", "plain", 20), ("driver", "mc", 31), ("cuckooed tenant", "plain", 48)],
        "children": [(13, "M", "key"), (15, "F", "")],
    },
    {
        "name": "TANGO line", "kind": "county_line", "home": "Birmingham", "dest": ["Worcester", "Redditch"],
        "op": "Op KESTREL", "line": "TANGO", "road": "M5", "ramp": "steady", "weight": 1.0, "start": 0,
        "roles": [("line holder", "spelling", 29), ("runner", "plain", 21), ("runner", "plain", 22),
                  ("driver", "plain", 34), ("enforcer", "plain", 26)],
        "children": [(16, "M", "soi")],
    },
    {
        "name": "Parkview takeaway CSE network", "kind": "cse", "home": "Stoke-on-Trent",
        "dest": ["Newcastle-under-Lyme", "Stafford"], "op": "Op LANTERN", "line": "", "road": "A500",
        "ramp": "late", "weight": 1.0, "start": 3, "org": "Parkview Pizza & Grill",
        "roles": [("organiser", "mc", 38), ("associate", "plain", 33), ("associate", "spelling", 29),
                  ("driver", "plain", 41), ("associate", "plain", 35)],
        "children": [(14, "F", ""), (15, "F", "")],
    },
    {
        "name": "Retail park shoplifting group", "kind": "shoplifting", "home": "Northampton",
        "dest": ["Milton Keynes", "Kettering", "Wellingborough", "Corby"], "op": "Op HARRIER", "line": "",
        "road": "A14", "ramp": "bursts", "weight": 0.8, "start": 0,
        "roles": [("organiser", "plain", 36), ("thief", "hyphen", 28), ("thief", "plain", 25),
                  ("thief", "plain", 30), ("driver", "o", 44)],
        "children": [(16, "M", "")],
    },
    {
        "name": "Beechwood estate group", "kind": "estate", "home": "Coventry", "dest": ["Nuneaton", "Rugby"],
        "op": "", "line": "", "road": "A46", "ramp": "steady", "weight": 0.7, "start": 0, "estate": "Beechwood estate",
        "roles": [("older associate", "plain", 22), ("youth", "plain", 18), ("youth", "plain", 18),
                  ("youth", "plain", 19)],
        "children": [(12, "M", ""), (15, "M", "")],
    },
]


class _Generator:
    def __init__(self, seed: int, n_reports: int) -> None:
        self.rng = random.Random(seed)
        self.n = n_reports
        self.pools = _Pools(self.rng)
        self.persons: list[_Person] = []
        self.cohorts: list[dict] = []
        self.bg_town = "Wolverhampton"
        self.bg_persons: list[_Person] = []
        self.decoy: _Person | None = None
        self.bg_by_town: dict[str, list[_Person]] = {}

    # -- people -------------------------------------------------------------------------------
    def _name(self, sex: str, feature: str) -> tuple[str, str]:
        r = self.rng
        if feature == "spelling":
            keys = [f for f in _SPELLING if f in (_MALE if sex == "M" else _FEMALE)]
            have = {p.forename for p in self.persons}
            fore = "Mohammed" if sex == "M" and "Mohammed" not in have else r.choice(keys)
            community = _COMMUNITY_OF[fore]
        else:
            names = list(_COMMUNITIES)
            community = r.choices(names, [c[3] for c in _COMMUNITIES.values()])[0]
            if feature in ("mc", "o"):
                community = "british"
            pool = _COMMUNITIES[community][0 if sex == "M" else 1]
            if r.random() < 0.06:  # families and first names cross communities
                pool = _MALE if sex == "M" else _FEMALE
            fore = r.choice(pool)
        if feature == "mc":
            return fore, r.choice(_MC)
        if feature == "o":
            return fore, r.choice(_O)
        if feature == "hyphen":
            return fore, r.choice(_HYPHEN)
        surnames = _COMMUNITIES[community][2] if r.random() < 0.92 else _SURNAMES
        return fore, r.choice(surnames)

    def new_person(self, sex: str, age: int, feature: str = "plain", *, cohort: str = "", role: str = "",
                   on: dt.date = AGE_REFERENCE_DATE) -> _Person:
        r = self.rng
        for attempt in range(400):
            fore, sur = self._name(sex, feature)
            alt = _SPELLING.get(fore, [""])[0]
            # Cohort members get surnames of their own so the planted story reads unambiguously.
            taken = cohort and any(p.surname == sur for p in self.persons if p.cohort)
            if (fore, sur) not in self.pools.names and (alt, sur) not in self.pools.names and not taken:
                break
            if attempt > 200 and not cohort:  # a very large run: namesakes are realistic
                break
        self.pools.names.add((fore, sur))
        dob = on - dt.timedelta(days=int(365.25 * age) + r.randrange(1, 360))
        p = _Person(pid=f"P{len(self.persons) + 1:04d}", forename=fore, surname=sur, sex=sex, dob=dob,
                    cohort=cohort, role=role)
        if feature == "spelling" or (fore in _SPELLING and r.random() < 0.5):
            p.spelling = r.choice(_SPELLING[fore])
        self.persons.append(p)
        return p

    def build_cohorts(self) -> None:
        r = self.rng
        aliases = list(_ALIASES)
        r.shuffle(aliases)
        for plan in _COHORT_PLAN:
            c = dict(plan)
            c["members"], c["children"] = [], []
            for i, (role, feature, age) in enumerate(plan["roles"]):
                sex = "F" if (role in ("cuckooed tenant",) and r.random() < 0.5) or (role == "associate" and i == 4) else "M"
                if plan["kind"] == "shoplifting" and role == "thief" and r.random() < 0.5:
                    sex = "F"
                p = self.new_person(sex, age, feature, cohort=c["name"], role=role)
                p.middle = r.choice(_MIDDLE_M if sex == "M" else _MIDDLE_F) if r.random() < 0.5 else ""
                if role != "cuckooed tenant" and (i < 2 or r.random() < 0.45):
                    p.alias = aliases.pop()
                p.phone = self.pools.mobile()
                p.address = self.pools.address(r.choice([plan["home"]] + plan["dest"]))
                p.vehicle = self.pools.vehicle() if role in ("driver", "line holder", "organiser") or r.random() < 0.2 else None
                p.handle = self.pools.handle(p.forename, p.surname, p.alias) if r.random() < 0.6 else None
                c["members"].append(p)
            for age, sex, tag in plan["children"]:
                if tag == "key":  # 13 throughout the months it is reported (from April 2025 on)
                    p = self.new_person(sex, 13, cohort=c["name"], role="exploited child")
                    p.dob = dt.date(2012, r.randrange(1, 3), r.randrange(1, 28))
                else:
                    p = self.new_person(sex, age, cohort=c["name"], role="exploited child")
                p.middle = r.choice(_MIDDLE_M if sex == "M" else _MIDDLE_F) if r.random() < 0.3 else ""
                p.show_age = True
                p.phone = self.pools.mobile()
                p.address = self.pools.address(plan["home"])
                p.handle = self.pools.handle(p.forename, p.surname, "")
                p.role = tag or "exploited child"
                c["children"].append(p)
            c["addresses"] = [self.pools.address(t, 0.6) for t in [plan["home"]] + plan["dest"]]
            c["addresses"] += [m.address for m in c["members"][:2] if m.address]
            c["phones"] = [self.pools.mobile() for _ in range(2)] + [m.phone for m in c["members"][:2]]
            c["vehicle"] = next((m.vehicle for m in c["members"] if m.vehicle), None) or self.pools.vehicle()
            c["handle"] = c["members"][0].handle or self.pools.handle(plan["line"] or "group", "", "")
            lead = c["members"][0]
            c["email"] = _email(r, lead.forename, lead.surname)
            c["school"] = r.choice(_SCHOOLS)
            self.cohorts.append(c)

    def background_person(self, town: str) -> _Person:
        r = self.rng
        reuse = self.bg_by_town.setdefault(town, [])
        if reuse and r.random() < 0.08:
            p = r.choice(reuse)
            if p.n_reports >= 2:
                reuse.remove(p)
            return p
        age = r.choice([19, 22, 25, 28, 31, 34, 37, 41, 45, 52, 58, 63, 71]) + r.randrange(0, 3)
        p = self.new_person("M" if r.random() < 0.68 else "F", age, r.choices(
            ["plain", "mc", "o", "hyphen", "spelling"], [90, 3, 3, 3, 1])[0])
        p.middle = r.choice(_MIDDLE_M if p.sex == "M" else _MIDDLE_F) if r.random() < 0.2 else ""
        p.alias = r.choice(_ALIASES) if r.random() < 0.05 else ""
        p.show_dob = r.random() < 0.5
        p.show_age = not p.show_dob and r.random() < 0.3
        p.phone = self.pools.mobile() if r.random() < 0.5 else ""
        p.address = self.pools.address(town)
        p.vehicle = self.pools.vehicle() if r.random() < 0.3 else None
        p.handle = self.pools.handle(p.forename, p.surname, p.alias) if r.random() < 0.2 else None
        self.bg_persons.append(p)
        reuse.append(p)
        return p

    def background_child(self, town: str) -> _Person:
        r = self.rng
        p = self.new_person("M" if r.random() < 0.55 else "F", r.randrange(12, 17))
        p.show_age = True
        p.address = self.pools.address(town)
        return p

    # -- dates --------------------------------------------------------------------------------
    def month_weights(self, ramp: str, start: int) -> list[float]:
        w = []
        for m in range(_N_MONTHS):
            if m < start:
                w.append(0.0)
            elif ramp == "late":
                w.append(1.0 + 9.0 * ((m - start) / max(1, _N_MONTHS - 1 - start)) ** 3)
            elif ramp == "bursts":
                w.append(4.0 if m in (2, 3, 7, 8, 14, 15) else 0.6)
            else:
                w.append(1.0)
        return w

    def date_in_month(self, m: int) -> dt.datetime:
        r = self.rng
        y, mo = _START.year + (_START.month - 1 + m) // 12, (_START.month - 1 + m) % 12 + 1
        first = dt.date(y, mo, 1)
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
        day = first + dt.timedelta(days=r.randrange((nxt - first).days))
        hour = r.choices(range(24), [2, 1, 1, 1, 1, 1, 2, 3, 5, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 6, 5, 4, 3])[0]
        return dt.datetime(day.year, day.month, day.day, hour, r.randrange(60))

    def date(self, weights: list[float], not_before: dt.date = _START) -> dt.datetime:
        first = (not_before.year - _START.year) * 12 + not_before.month - _START.month
        weights = [w if m >= first else 0.0 for m, w in enumerate(weights)]
        if not any(weights):
            weights = [1.0 if m >= first else 0.0 for m in range(_N_MONTHS)]
        while True:
            d = self.date_in_month(self.rng.choices(range(_N_MONTHS), weights)[0])
            if d.date() >= not_before:
                return d


@functools.lru_cache(maxsize=None)
def _template_needs(t: str) -> tuple[frozenset[str], bool]:
    keys = set(_SLOT.findall(t))
    adults = {k[0] for k in keys if k[0] in "ABCD" and (len(k) == 1 or (len(k) == 2 and k[1] in "sapqhvmf"))}
    return frozenset(adults), any(k == "K" or (k[0] == "K" and len(k) == 2) for k in keys)


def _pick(r: random.Random, pool: list[str], n_adults: int, child: bool, min_adults: int = 0) -> str:
    """A template that uses exactly the people on hand (at least ``min_adults`` of them)."""
    cast = set("ABCD"[:n_adults])
    ok = [t for t in pool if (n := _template_needs(t))[1] == child and n[0] <= cast and len(n[0]) >= min_adults]
    if not ok:
        raise LookupError(f"no template for {n_adults} adults, child={child}, min {min_adults}")
    return r.choice(ok)


@dataclass
class _Row:
    system: str
    date: dt.datetime
    text: str
    spans: list[tuple[_Person, int, int, str]]
    reference: str = ""
    date_raw: str = ""
    grading: str = ""
    officer: str = ""
    source_system: str = ""
    facts: set[tuple[str, str]] = field(default_factory=set)


def _compose(g: _Generator, rep: _Report, body: str, system: str, details: list[str], n_adults: int) -> None:
    r = rep.r
    if system == "partner":
        opener = r.choice(_PARTNER_OPENERS)
    else:
        opener = r.choice(_OPENERS)
    if opener == "RE: ":
        rep.fill("RE: {A}\n" if n_adults else "RE: {TOWN}\n")
        opener = ""
    bullet = system != "partner" and r.random() < 0.08
    if opener.endswith("that ") or opener.startswith("On {DATE}") or opener == "Intel - ":
        body = body[0].lower() + body[1:] if body[:1].isupper() and not body[:2].isupper() and body[:1] != "{" else body
    rep.fill(("- " if bullet else "") + opener + body)
    for _ in range(r.choices([0, 1, 2], [5, 3, 1])[0]):
        ok = [d for d in details if _template_needs(d)[0] <= set("ABCD"[:n_adults])]
        if ok:
            d = r.choice(ok)
            rep.fill(("\n- " + d[1:]) if bullet else (("\n" + d[1:]) if r.random() < 0.15 else d))
    if system != "partner":
        rep.fill(r.choice(_CLOSERS))
    else:
        rep.fill(r.choice(["", "", " Referrer: {TEAM}.", " Shared for information.", " Strategy meeting requested."]))


def _write(g: _Generator, system: str, date: dt.datetime, cast: list[_Person], child: _Person | None,
           cohort: dict | None, body: str, details: list[str]) -> _Row:
    r = g.rng
    lower = system != "partner" and r.random() < 0.07
    if cohort is None and cast:
        g.bg_town = cast[0].address.town if cast[0].address else g.bg_town
    rep = _Report(g, date, cast, child, cohort, lower)
    _compose(g, rep, body, system, details, len(cast))
    text = rep.t.value().rstrip(" ")
    spans = rep.t.spans
    if lower:
        low = text.lower()
        assert len(low) == len(text)
        text = low
        spans = [(p, s, e, w.lower()) for p, s, e, w in spans]
    for p, s, e, w in spans:
        assert text[s:e] == w, (text, s, e, w)
    for p in {p.pid: p for p, *_ in spans}.values():
        p.n_reports += 1
    return _Row(system, date, text, spans, facts=rep.t.facts)


# --------------------------------------------------------------------------------------------
# Orchestration
# --------------------------------------------------------------------------------------------


def _system(r: random.Random) -> str:
    return r.choices(["niche", "xlsx", "partner"], [50, 30, 20])[0]


def _plan_reports(g: _Generator) -> list[_Row]:
    r = g.rng
    rows: list[_Row] = []
    n_cohort_total = int(g.n * 0.26)
    weights_sum = sum(c["weight"] for c in g.cohorts)

    for c in g.cohorts:
        w = g.month_weights(c["ramp"], c["start"])
        counted = [0]
        members: list[_Person] = c["members"]
        mw = [3.0 if m.role in ("line holder", "organiser") else 1.0 for m in members]
        adult_pool = {"county_line": _COUNTY_LINE, "cse": _CSE_ADULT, "shoplifting": _SHOPLIFTING,
                      "estate": _ESTATE}[c["kind"]]
        child_pool = {"county_line": _COUNTY_LINE_CHILD, "cse": _CSE, "shoplifting": _SHOPLIFTING_CHILD,
                      "estate": _ESTATE_CHILD}[c["kind"]]

        def cast_of(k: int, must: _Person | None = None) -> list[_Person]:
            chosen: list[_Person] = [must] if must else []
            while len(chosen) < k:
                m = r.choices(members, mw)[0]
                if m not in chosen:
                    chosen.append(m)
            return chosen

        def adult_report(k: int, must: _Person | None = None) -> None:
            cast = cast_of(k, must)
            if r.random() < 0.12:
                body = _pick(r, _PARTNER_ADULT, len(cast), False)
                system = "partner"
            else:
                body = _pick(r, adult_pool, len(cast), False)
                system = r.choices(["niche", "xlsx"], [62, 38])[0]
            rows.append(_write(g, system, g.date(w), cast, None, c, body, _DETAIL))
            counted[0] += 1

        def child_report(child: _Person, k: int, not_before: dt.date) -> None:
            cast = cast_of(k)
            if r.random() < 0.3:
                body, system = _pick(r, _PARTNER_CHILD, k, True, min_adults=k), "partner"
            else:
                body, system = _pick(r, child_pool, k, True, min_adults=k), r.choices(["niche", "xlsx"], [60, 40])[0]
            rows.append(_write(g, system, g.date(w, not_before), cast, child, c, body, _DETAIL))
            counted[0] += 1

        # Anchors: every member appears at least twice with another member; every child three
        # times with two members. These hold for any n_reports >= MIN_REPORTS.
        for m in members:
            for _ in range(2):
                adult_report(2 if len(members) < 3 else r.choice([2, 3]), must=m)
        for child in c["children"]:
            # Reported only from the 12th birthday on (the key child: from mid-April 2025, aged 13).
            twelve = dt.date(child.dob.year + 12, child.dob.month, min(child.dob.day, 28))
            not_before = max(twelve, dt.date(2025, 4, 15) if child.role == "key" else _START)
            for _ in range(3):
                child_report(child, 2, not_before)
            extra = 7 if child.role == "key" else 2
            for _ in range(extra):
                child_report(child, r.choice([1, 2, 2]), not_before)
        quota = int(n_cohort_total * c["weight"] / weights_sum)
        while counted[0] < quota:
            k = r.choices([1, 2, 3, 4], [2, 5, 3, 1])[0]
            adult_report(min(k, len(members)))

    # Background: one-off people, a few repeats, and reports with nobody named.
    towns = list(_TOWNS)
    while len(rows) < g.n - 1:  # one slot is kept for the exact duplicate row
        date = g.date([1.0 + m / 30 for m in range(_N_MONTHS)])
        town = r.choice(towns)
        g.bg_town = town
        x = r.random()
        system = _system(r)
        if x < 0.1 and system != "partner":
            rows.append(_write(g, system, date, [], None, None, r.choice(_BACKGROUND_0), []))
        elif x < 0.2 or system == "partner" and x < 0.6:
            child = g.background_child(town)
            adults = [g.background_person(town)]
            body = _pick(r, _BACKGROUND_CHILD, 1, True)
            if not _template_needs(body)[0]:
                adults = []
            rows.append(_write(g, "partner" if r.random() < 0.6 else system, date, adults, child, None, body, []))
        elif system == "partner":
            cast = [g.background_person(town), g.background_person(town)]
            if cast[0] is cast[1] or r.random() < 0.6:
                cast = cast[:1]
            body = _pick(r, _BACKGROUND_PARTNER, len(cast), False, min_adults=len(cast))
            rows.append(_write(g, system, date, cast, None, None, body, _DETAIL_BG))
        elif x < 0.68:
            cast = [g.background_person(town)]
            rows.append(_write(g, system, date, cast, None, None, r.choice(_BACKGROUND_1), _DETAIL_BG))
        else:
            cast = [g.background_person(town), g.background_person(town)]
            if cast[0] is cast[1]:
                cast = cast[:1]
            body = _pick(r, _BACKGROUND_2 + _BACKGROUND_1, len(cast), False, min_adults=len(cast))
            rows.append(_write(g, system, date, cast, None, None, body, _DETAIL_BG))
    return rows


def _decoy_dob_person(g: _Generator) -> _Person:
    """A background man whose name an SOI entry shares, with a different DOB (reports show his)."""
    r = g.rng
    town = "Wolverhampton"
    p = g.new_person("M", 27, "o")
    p.always_dob = True
    p.address = g.pools.address(town)
    p.phone = g.pools.mobile()
    g.bg_persons.append(p)
    return p


def _finish_rows(g: _Generator, rows: list[_Row], decoy: _Person) -> tuple[list[_Row], dict[str, str]]:
    r = g.rng
    # The DOB decoy's own reports (so a matcher sees the conflicting DOB) replace background rows.
    bg_idx = [i for i, row in enumerate(rows) if not any(p.cohort for p, *_ in row.spans)]
    for i in bg_idx[:3]:
        g.bg_town = "Wolverhampton"
        body = r.choice([t for t in _BACKGROUND_1 if "{A}" in t])
        old = rows[i]
        for p in {p.pid: p for p, *_ in old.spans}.values():
            p.n_reports -= 1
        rows[i] = _write(g, old.system, old.date, [decoy], None, None, body, _DETAIL_BG)

    rows.sort(key=lambda x: x.date)
    # References and metadata in each system's style; serials restart each year like the systems do.
    serial: dict[tuple[str, int], int] = {}
    for row in rows:
        key = (row.system, row.date.year if row.system != "partner" else 0)  # partner logs never restart
        if key not in serial:
            serial[key] = {"niche": r.randrange(200, 900), "xlsx": r.randrange(10, 90),
                           "partner": r.randrange(80000, 86000)}[row.system]
        serial[key] += r.randrange(1, 9) if row.system == "niche" else r.randrange(1, 4)
        s = serial[key]
        if row.system == "niche":
            row.reference = f"NICHE-{row.date:%y}-{s:06d}"
            row.date_raw = f"{row.date:%d/%m/%Y %H:%M}"
            row.grading = r.choice(["2 B P", "1 A P", "2 C P", "3 C C", "2 B C", "1 B P", ""])
            row.officer = _officer(r)
        elif row.system == "xlsx":
            row.reference = f"INT/{row.date:%Y}/{s:05d}"
            row.grading = r.choice(["2/B/P", "1/B/P", "2/C/P", "3/C/P", "2/B/C", "2/D/P"])
        else:
            row.reference = f"LR-{s}"
            row.date_raw = f"{row.date:%Y-%m-%d}"
            row.source_system = _source_system(r, row.text)

    def background(row: _Row) -> bool:
        return not any(p.cohort for p, *_ in row.spans) and decoy not in [p for p, *_ in row.spans]

    flaws: dict[str, str] = {}
    # 1) an exact duplicate: a Niche cohort report copied into the scanning spreadsheet.
    src = next(row for row in reversed(rows) if row.system == "niche" and not background(row))
    rows.append(_Row("xlsx", src.date, src.text, [], reference=src.reference, grading="2/B/P"))
    rows.sort(key=lambda x: x.date)
    flaws["duplicate"] = src.reference
    # 2) an impossible date on a Niche background row, early 2025 if there is one.
    niche_bg = [row for row in rows if row.system == "niche" and background(row)]
    bad = next((row for row in niche_bg if (row.date.year, row.date.month) in ((2025, 2), (2025, 3))), niche_bg[0])
    bad.date_raw = f"31/02/{bad.date.year} {bad.date:%H:%M}"
    flaws["impossible_date"] = bad.reference
    # 3) an empty narrative on a partner row, preferably one that names nobody.
    partner_bg = [row for row in rows if row.system == "partner" and background(row)]
    empty = next((row for row in reversed(partner_bg) if not row.spans), partner_bg[-1])
    empty.text, empty.spans, empty.facts = "", [], set()
    flaws["empty_text"] = empty.reference

    # Variants and facts from the final rows only (the duplicate row shares its source's).
    for p in g.persons:
        p.variants = []
    for row in rows:
        for p, _s, _e, w in row.spans:
            if w not in p.variants:
                p.variants.append(w)
    return rows, flaws


_SOURCE_CUES = (
    (re.compile(r"school|DSL|pupil|education|attendance", re.I), "Education Safeguarding"),
    (re.compile(r"social care|social worker|CSC", re.I), "Children's Social Care"),
    (re.compile(r"\bED at\b|hospital|health", re.I), "Health"),
    (re.compile(r"housing|tenan", re.I), "Housing"),
    (re.compile(r"probation", re.I), "Probation"),
    (re.compile(r"youth offending|youth worker", re.I), "Youth Offending Service"),
)


def _source_system(r: random.Random, text: str) -> str:
    """The partner system a referral came from, from what the narrative says (MASH otherwise)."""
    for cue, name in _SOURCE_CUES:
        if cue.search(text):
            return name
    return r.choice(["MASH", "MASH", "Early Help"])


def _officer(r: random.Random) -> str:
    return f"{r.choice(['PC', 'PC', 'DC', 'PCSO', 'DS'])} {r.randrange(1000, 9999)} {r.choice(_OFFICERS)}"


# --------------------------------------------------------------------------------------------
# SOI list
# --------------------------------------------------------------------------------------------


def _pnc(r: random.Random, dob: dt.date) -> str:
    return f"{(dob.year + 16 + r.randrange(0, 6)) % 100:02d}/{r.randrange(100000, 999999)}{r.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}"


def _soi(g: _Generator) -> tuple[bytes, pd.DataFrame]:
    r = g.rng
    rows: list[dict[str, str]] = []
    truth: list[dict[str, object]] = []

    def add(p: _Person | None, kind: str, surname: str, forenames: str, dob: str, aliases: str = "",
            phone: str = "", vrm: str = "", notes: str = "", pnc: str = "") -> None:
        rows.append({"Surname": surname, "Forename(s)": forenames, "DOB": dob, "Aliases": aliases, "PNC ID": pnc,
                     "Phone": phone, "VRM": vrm, "Notes": notes})
        truth.append({"soi_row": len(rows), "name": f"{forenames} {surname}".strip(),
                      "person_id": p.pid if p else "", "kind": kind})

    # Leaders, the SOI child and a sample of the rest: about 15 listed of the ~26 cohort adults.
    key_roles = ("line holder", "organiser", "enforcer", "soi")
    people = [p for c in g.cohorts for p in c["members"] + c["children"]]
    listed = [p for p in people if p.role in key_roles]
    others = [p for p in people if p.role not in key_roles + ("cuckooed tenant", "key", "exploited child")]
    listed += r.sample(others, 15 - len(listed))
    listed.sort(key=lambda p: p.pid)
    notes = {"line holder": "Line holder - {line}", "runner": "Runner - {line}", "driver": "Driver, {name}",
             "organiser": "Organiser, {name}", "enforcer": "Enforcer - violence marker", "associate": "Associate, {name}",
             "thief": "Prolific shop theft, {name}", "older associate": "Knife crime concerns, {name}",
             "youth": "ASB / knives, {name}", "soi": "Runner - {line}. Child - CCE concerns"}
    for i, p in enumerate(listed):
        c = next(c for c in g.cohorts if c["name"] == p.cohort)
        variant = i % 3 == 1
        fore = p.forename
        if variant:
            if p.spelling:
                fore = p.spelling
            elif p.middle:
                fore = f"{p.forename} {p.middle}"
            elif p.forename in _SHORT:
                fore = _SHORT[p.forename]
            else:
                fore = p.forename.upper()
        elif p.middle and r.random() < 0.5:
            fore = f"{p.forename} {p.middle}"
        surname = _caps(p.surname) if r.random() < 0.8 else p.surname
        dob = "" if (i % 7 == 3) else (f"{p.dob:%d/%m/%Y}")
        note = notes.get(p.role, "{name}").format(line=f"{c['line']} line" if c["line"] else c["name"], name=c["name"])
        if i % 5 == 0:
            note += "; warning markers: weapons, drugs"
        add(p, "listed_variant" if variant else "listed", surname, fore, dob, aliases=p.alias,
            phone=p.phone if r.random() < 0.5 else "", vrm=(p.vehicle.vrm.replace(" ", "") if p.vehicle and r.random() < 0.7 else ""),
            notes=note, pnc=_pnc(r, p.dob))
        p.on_soi = True
    # Decoys: same surname, different forename (of a cohort member); same name, different DOB.
    mc = next(m for c in g.cohorts for m in c["members"] if m.surname.startswith("Mc"))
    other = r.choice([f for f in _MALE if f != mc.forename and f[0] != mc.forename[0]])
    dd = dt.date(mc.dob.year - 9, r.randrange(1, 13), r.randrange(1, 28))
    g.pools.names.add((other, mc.surname))
    add(None, "decoy_surname", _caps(mc.surname), other, f"{dd:%d/%m/%Y}", notes="Burglary series (2019)", pnc=_pnc(r, dd))
    hy = next(m for c in g.cohorts for m in c["members"] if "-" in m.surname)
    other_f = r.choice([f for f in (_MALE if hy.sex == "F" else _FEMALE)])
    dd = dt.date(hy.dob.year + 3, r.randrange(1, 13), r.randrange(1, 28))
    g.pools.names.add((other_f, hy.surname))
    add(None, "decoy_surname", _caps(hy.surname), other_f, f"{dd:%d/%m/%Y}", notes="Fraud", pnc=_pnc(r, dd))
    decoy = g.decoy
    assert decoy is not None
    dd = dt.date(decoy.dob.year - 21, r.randrange(1, 13), r.randrange(1, 28))
    add(None, "decoy_dob", _caps(decoy.surname), decoy.forename, f"{dd:%d/%m/%Y}", notes="Historic sexual offences - RSO",
        pnc=_pnc(r, dd))
    # People on the list who never appear in the reports.
    for _ in range(3):
        sex = "M" if r.random() < 0.75 else "F"
        while True:
            fore, sur = r.choice(_MALE if sex == "M" else _FEMALE), r.choice(_SOI_ONLY_SURNAMES)
            if (fore, sur) not in g.pools.names and not any(s == sur for _f, s in g.pools.names):
                break
        g.pools.names.add((fore, sur))
        dd = dt.date(r.randrange(1975, 2004), r.randrange(1, 13), r.randrange(1, 28))
        add(None, "never_appears", _caps(sur), fore, f"{dd:%d/%m/%Y}", aliases=r.choice(["", r.choice(_ALIASES)]),
            phone=r.choice(["", g.pools.mobile()]), notes=r.choice(["Wanted - failed to appear", "OCG nominal", "Released on licence"]),
            pnc=_pnc(r, dd))
    # A list's order is its author's, not the generator's.
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[i] for i in order]
    truth = [dict(truth[i], soi_row=n + 1) for n, i in enumerate(order)]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["Surname", "Forename(s)", "DOB", "Aliases", "PNC ID", "Phone", "VRM", "Notes"],
                       lineterminator="\r\n")
    w.writeheader()
    for row in rows:
        w.writerow({k: (_fmt_phone(r, v) if k == "Phone" and v else v) for k, v in row.items()})
    return buf.getvalue().encode("utf-8"), pd.DataFrame(truth, columns=["soi_row", "name", "person_id", "kind"])


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------


def _niche_csv(rows: list[_Row]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Occurrence No", "Date Created", "Officer", "Grading", "Details", "Status"])
    for row in rows:
        w.writerow([row.reference, row.date_raw, row.officer, row.grading, row.text, "Finalised"])
    return buf.getvalue().encode("cp1252")


def _partner_csv(rows: list[_Row]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Log Ref", "Report Date", "Narrative", "Source System"])
    for row in rows:
        w.writerow([row.reference, row.date_raw, row.text, row.source_system])
    return buf.getvalue().encode("utf-8-sig")


_FIXED_ZIP_TIME = (2025, 11, 1, 9, 0, 0)


def _xlsx(rows: list[_Row]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook(write_only=True)  # streaming writer: several times faster than the full model
    ws = wb.create_sheet("Scanning")
    ws.column_dimensions["C"].width = 100
    ws.append(["URN", "Intelligence Date", "Intelligence Text", "3x5x2", "Area"])
    for row in rows:
        when = WriteOnlyCell(ws, value=row.date)
        when.number_format = "dd/mm/yyyy hh:mm"
        ws.append([row.reference, when, row.text, row.grading, "West"])
    fixed = dt.datetime(2025, 11, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Scan Assist demo"
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()  # save_workbook would stamp the current time
    # Re-pack with fixed member timestamps so the same seed gives the same bytes.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def generate_demo(seed: int = 7, n_reports: int = 3000) -> DemoData:
    """Generate the demo files and their ground truth; deterministic in ``seed``.

    Raises ``ValueError`` when ``n_reports < MIN_REPORTS`` (the planted patterns need room).
    """
    if n_reports < MIN_REPORTS:
        raise ValueError(f"n_reports must be at least {MIN_REPORTS} to hold every planted pattern")
    g = _Generator(seed, n_reports)
    g.build_cohorts()
    g.decoy = decoy = _decoy_dob_person(g)
    rows = _plan_reports(g)
    rows, flaws = _finish_rows(g, rows, decoy)
    soi_bytes, soi_truth = _soi(g)

    by_sys = {s: [row for row in rows if row.system == s] for s in ("niche", "xlsx", "partner")}
    files = {
        "niche_rms_export.csv": _niche_csv(by_sys["niche"]),
        "intel_scanning.xlsx": _xlsx(by_sys["xlsx"]),
        "partner_referrals.csv": _partner_csv(by_sys["partner"]),
    }

    seen: set[str] = set()
    mention_rows = []
    for row in rows:
        if row.reference in seen or not row.text:
            continue
        seen.add(row.reference)
        for p, s, e, w in row.spans:
            mention_rows.append({"reference": row.reference, "person_id": p.pid, "text": w, "start": s, "end": e})
    mentions = pd.DataFrame(mention_rows, columns=["reference", "person_id", "text", "start", "end"])
    mentions["start"] = mentions["start"].astype("int64")
    mentions["end"] = mentions["end"].astype("int64")

    planted = [p for p in g.persons if p.variants]
    facts = set().union(*(row.facts for row in rows))
    persons = pd.DataFrame({
        "person_id": [p.pid for p in planted],
        "canonical_name": [p.canonical for p in planted],
        "forename": [p.forename for p in planted],
        "surname": [p.surname for p in planted],
        "dob": [f"{p.dob:%Y-%m-%d}" if (p.pid, "dob") in facts else "" for p in planted],
        "age": pd.array([_age(p.dob, AGE_REFERENCE_DATE) if {(p.pid, "dob"), (p.pid, "age")} & facts else None
                         for p in planted], dtype="Int64"),
        "child": [p.child for p in planted],
        "cohort": [p.cohort for p in planted],
        "on_soi": [p.on_soi for p in planted],
        "variants": ["; ".join(p.variants) for p in planted],
    })
    cohorts = {c["name"]: [p.pid for p in c["members"] + c["children"]] for c in g.cohorts}
    children = [p for c in g.cohorts for p in c["children"] if not p.on_soi]
    children.sort(key=lambda p: (p.role != "key", p.pid))
    truth = DemoTruth(persons=persons, cohorts=cohorts, unlisted_children=[p.pid for p in children],
                      mentions=mentions, n_reports=len(rows), flaws=flaws, soi=soi_truth)
    return DemoData(files=files, soi_files={"soi_list.csv": soi_bytes}, truth=truth)


def write_demo(directory: str | Path, seed: int = 7, n_reports: int = 3000) -> list[Path]:
    """Write the report files and the SOI list into ``directory`` (created if needed)."""
    data = generate_demo(seed, n_reports)
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, blob in {**data.files, **data.soi_files}.items():
        path = out / name
        path.write_bytes(blob)
        paths.append(path)
    return paths
