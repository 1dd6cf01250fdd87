"""A truecased view of case-less reports, with the same character offsets.

Why: legacy RMS exports arrive shouted in capitals and hasty notes typed all in lower case, so
capitalisation (the strongest clue to names in police writing) says nothing there. The view
lower-cases the words, capitalises sentence starts, then restores capitals on evidence (known
forenames, cue words around names, the police SURNAME convention, gazetteer places), so that the
rules and the model can read it; every change keeps the length, so spans map straight back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ._case import caseless, half_cased
from ._filters import Lexicon, lexicon
from ._persons import _GROUP_WORDS, _HASTY_WORDS, _LOWER_NOT_SURNAME, _NOT_OPENING_NAME, _OWNED, _PATRONYMICS, _SURNAME_VERBS, WORD_SURNAMES

__all__ = ["INTERJECTIONS", "caseless", "everyday_word", "person_cue_after", "plural_noun", "site_designator", "truecase"]

_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_CUE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:\(\s*\d{1,2}\s*(?:yrs?|years?)?\s*[),]|\(\s*[mf]\s*[,/ ]\s*\d{1,2}\s*\)|d\.?\s?o\.?\s?b\b|date of birth|born\b|aged?\s*\d|\(?b\.\s*\d"
    r"|,[ \t]*\d{1,2}\b(?![\d:/.]|\s*x\b|\s+(?:males?|females?|men|women|youths?|people|persons|units|officers|suspects|vehicles|cars)\b)"
    r"|\d{1,2}[ \t]*(?:yrs?|yo|years old)\b"
    r"|\(?\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b|\(?\s*(?:a\.?k\.?a\b|alias\b|d\.?\s?o\.?\s?b\b|born\b|aged?\s*\d))",
    re.I,
)
#: A date of this decade straight after a word: when the report was written, not a birth.
_RECENT_DATE = re.compile(r"[ \t]*\(?\d{1,2}[/.]\d{1,2}[/.](?:20)?2\d")
_NAME_BEFORE_CUES = frozenset("aka alias nicknamed named called nickname".split())
#: "gave his name as ...", "her surname is ...": the word after names the person.
_NAME_NOUNS = frozenset("name names surname forename firstname nickname".split())
#: Person cues too weak to make an everyday word ("with mark", "and will") a name.
_WEAK_CUES = frozenset(
    "with and & + plus or by met meeting visited visit seen saw accompanied alongside including involving against".split()
)
_SHORT_RANK = 4
_QUOTED = re.compile(r"[\"\u201c\u2018]([^\W\d_][^\"\u201d\u2019\n]{0,20}?)[\"\u201d\u2019]")
_NICK_CUE = re.compile(
    r"(?:\baka|a\.k\.a\.?|\balias|known as|called|nicknamed|named|saved as|\bas|\bcalls? (?:him|her)|goes by)\s*\(?\s*$"
)
_VOWEL = re.compile(r"[aeiouy]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_MC_O = re.compile(r"(?:mc|o['\u2019])[a-z]{3,}")
_WORD_BEFORE = re.compile(r"(?<![\w'\-])([a-z]+) $")
_FORENAME_LABELS = frozenset("forename forenames firstname firstnames given".split())
#: Words that head a list of nominals ("assocs smith craig, ...", "subjects krasniqi arben").
_LIST_WORDS = frozenset(
    "assoc assocs associates associate subjects subject nominals nominal suspects occupants present directors".split()
)
_SURNAME_LABELS = frozenset("surname lastname familyname".split())
_OBJECTS = frozenset("me him her them us it".split())  # "tomasz hit me": a verb, not a surname
_KIN = frozenset("mum mam mom dad mother father brother sister nan gran cousin uncle aunt auntie girlfriend boyfriend".split())
#: Adjectives that are also common surnames ("Darren BROWN"); other adjectives after a forename
#: describe ("Donna present", "Kyle drunk") unless a DOB or age follows them.
#: Nouns for people by relation or occupation, written straight before a name ("her friend
#: sherelle", "prisoner stockwell", "farmer alasdair grant"): never part of it, and a cue for it.
_PERSON_NOUNS_EXTRA = frozenset(
    """friend friends mate mates pal bestie wife husband ex ex-partner fiance fiancee son daughter
    stepson stepdaughter niece nephew grandson granddaughter grandmother grandfather grandma grandad
    granddad nana stepdad stepmum stepfather stepmother step-dad step-mum half-brother half-sister
    sibling brother-in-law sister-in-law neighbour neighbor colleague flatmate housemate prisoner
    inmate detainee farmer agent assistant cashier barman barmaid bouncer doorman courier runner
    dealer teacher headteacher nurse doctor worker carer parent mentor rp ip ap ipp associate associates
    defendant defendants co-defendant co-defendants co-accused widow widower pensioner supervisor member dp
    mfh misper""".split()
)
#: Relations (not roles): an everyday forename after one is a name ("her friend grace said").
_RELATIONS = _KIN | frozenset(
    """friend mate pal bestie wife husband partner son daughter niece nephew grandson granddaughter
    grandmother grandfather grandma grandad nana stepdad stepmum stepfather stepmother neighbour""".split()
)
#: Particles that open a surname in Portuguese, Spanish, Italian, French and German names
#: ("DE SOUZA", "DA SILVA", "DOS SANTOS"); "van" and "le" are English words too, so not here.
_PARTICLES = frozenset("de da di du dos das del della von".split())
#: Words that follow a named person in narration (and only weakly anything else).
_AFTER_NAMED = frozenset("said says stated states told was is has had and who".split())
_SURNAME_ADJECTIVES = frozenset(
    "black white green brown grey gray young long short little sharp strong wise bright small large rich hardy".split()
)
_WORD_TABLES: dict[str, frozenset[str]] | None = None


class _PersonNouns:
    """The lexicon's role words with kin and the person nouns above, built on first use."""

    _words: frozenset[str] | None = None

    def __contains__(self, w: object) -> bool:
        if self._words is None:
            self._words = lexicon().role_words | _KIN | _PERSON_NOUNS_EXTRA
        return w in self._words


PERSON_NOUNS = _PersonNouns()


def _opens(low: str, a: int) -> bool:
    """Does a word at ``a`` open a sentence, line or field?"""
    k = a - 1
    while k >= 0 and low[k] in " \t\"'([*-\u2022>\u2013":  # bullets: "- ", "• ", "> ", "– "
        k -= 1
    return k < 0 or low[k] in ".!?:;\n\r"


def _english() -> dict[str, frozenset[str]]:
    """Verbs and adverbs of English (WordNet lists shipped inside the spaCy model's lemmatizer),
    used to refuse "john drove" / "kyle quickly" as forename + surname. Empty when unavailable."""
    global _WORD_TABLES
    if _WORD_TABLES is None:
        tables: dict[str, frozenset[str]] = {
            "verb": frozenset(), "adv": frozenset(), "verb_forms": frozenset(), "adj": frozenset(), "noun": frozenset()
        }
        try:
            import spacy.util
            from spacy.lookups import Lookups

            from ..settings import DEFAULT_SPACY_MODEL

            root = spacy.util.get_package_path(DEFAULT_SPACY_MODEL)
            found = sorted(root.glob("**/lemmatizer/lookups"))
            if found:
                lk = Lookups().from_disk(found[0])
                idx = lk.get_table("lemma_index")
                exc = lk.get_table("lemma_exc")
                tables = {
                    "verb": frozenset(idx["verb"]),
                    "adv": frozenset(idx["adv"]),
                    "adj": frozenset(idx["adj"]),
                    "noun": frozenset(idx["noun"]) | frozenset(exc["noun"].keys()),
                    "verb_forms": frozenset(exc["verb"].keys()),
                }
        except Exception:  # pragma: no cover - the model is a dependency; degrade to the lexicon
            pass
        _WORD_TABLES = tables
    return _WORD_TABLES


def _is_verb_or_adverb(w: str) -> bool:
    """An inflected verb ("went", "stopped", "runs") or an adverb: what follows a subject's name
    in narration. Base forms are allowed: many surnames are also nouns or verbs (Frost, Marsh)."""
    t = _english()
    if w in t["adv"] or w in t["verb_forms"]:
        return True
    for suf, rep in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)] + rep
            if base in t["verb"] and w not in lex_surnames() or (suf == "ly" and len(w) > 5 and w not in lex_surnames() and w not in lexicon().forenames):
                return True
            if suf in ("ing", "ed") and len(base) >= 3 and base[-1] == base[-2] and base[:-1] in t["verb"]:
                return True  # "stopped", "running"
    if len(w) == 4 and (w.endswith("ed") and w[:-1] in t["verb"] or w.endswith("es") and w[:-2] in t["verb"]):
        return True  # "died", "lied", "owed", "used", "goes", "does": short verbs
    if ("'" in w or "\u2019" in w) and w.replace("\u2019", "'").replace("'", "") in _CONTRACTIONS:
        return True  # "didn't", "hasn't": the auxiliary after a subject
    if w.endswith(("in", "in'")) and len(w) >= 5 and w not in lexicon().forenames and w not in lex_surnames():
        return _is_verb_or_adverb(w.rstrip("'") + "g")  # "pushin", "bringin", "sellin'": a dropped g
    return False


#: Police abbreviations that are also pet names ("partial reg", "nat: turkish", "vic states"):
#: never a forename in a case-less report.
_ABBREVIATIONS = frozenset("reg nat vic con des wit sus del loc veh addr assoc ref info intel misc occ desc".split())


_FORENAMES: dict[int, frozenset[str]] = {}


def _forenames(lex: Lexicon) -> frozenset[str]:
    """Cached per lexicon object (hashing a whole lexicon per report would cost more than the view)."""
    got = _FORENAMES.get(id(lex))
    if got is None:
        got = _FORENAMES[id(lex)] = _build_forenames(lex)
    return got


def _build_forenames(lex: Lexicon) -> frozenset[str]:
    """Forenames the view may case: the lexicon's, its pet forms, the forenames that are also
    everyday words (these still need a cue) and the given names of the ``nicknames`` package
    that are no English word ("isobel"); less police abbreviations."""
    extra: set[str] = set()
    try:
        import csv
        from importlib import resources

        data = resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
        for row in csv.reader(data.splitlines()):
            for name in row[:1] + row[2:3]:
                w = name.strip().lower()
                if w.isalpha() and len(w) >= 4 and not _dictionary_word(w) and not _plain_word(w, lex):
                    extra.add(w)
    except (ImportError, FileNotFoundError, OSError):  # pragma: no cover - nicknames is a dependency
        pass
    return frozenset((lex.forenames | lex.diminutives | lex.lower_ambiguous | extra) - _ABBREVIATIONS)


@lru_cache(maxsize=1)
def lex_surnames() -> frozenset[str]:
    from ._filters import lexicon

    return lexicon().surnames


@lru_cache(maxsize=2)
def _known_phrases(with_orgs: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the gazetteer (and the known bodies) in lower case -> their own casing.
    Shouted text leaves the bodies out: the organisation rules read "TESCO" as written, and a
    cased "Tesco" only tempts the model into "Tesco on Holderness Rd"."""
    from ._filters import lexicon

    lex = lexicon()
    cased: dict[str, str] = {}
    for p in lex.places:
        low = p.lower()
        if len(low) >= 3 and any(c.isupper() for c in p) and len(low) == len(p):
            cased.setdefault(low, p)
    # Known bodies as they are written ("HMRC", "B&Q", "Aldi"); a one-word name that is also an
    # English word ("Boots", "Refuge", "Spar") stays as it is: "black boots" is no shop.
    for p in lex.known_orgs if with_orgs else ():
        low = p.lower()
        if len(low) >= 3 and any(c.isupper() for c in p) and len(low) == len(p) and low not in cased:
            if " " in low or not (_dictionary_word(low.rstrip("s'")) or _dictionary_word(low) or low in lex.stop or low in lex.common):
                cased[low] = p
    alt = "|".join(re.escape(k) for k in sorted(cased, key=len, reverse=True))
    return re.compile(rf"(?<![\w'\-])(?:{alt})(?![\w'\-])"), cased


def plural_noun(w: str, lex: Lexicon) -> bool:
    """"perpetrators", "males": a plural of an English noun, no name ("no named perpetrators")."""
    if not w.endswith("s") or w in lex.surnames or w in lex.forenames:
        return False
    nouns = _english()["noun"]
    return w[:-1] in nouns or (w.endswith("es") and w[:-2] in nouns) or (w.endswith("ies") and w[:-3] + "y" in nouns)


#: Spoken answers in call transcripts ("CALLER: YEAH HE'S TALKING"): never a name.
INTERJECTIONS = frozenset("yeah yes yep yup no nah nope ok okay hello hiya hi erm um er ah oh alright cheers".split())


@lru_cache(maxsize=1)
def _one_word_bodies_and_places() -> frozenset[str]:
    lex = lexicon()
    return frozenset(p.lower() for p in (*lex.known_orgs, *lex.places) if " " not in p)


@lru_cache(maxsize=1)
def listed_surnames() -> frozenset[str]:
    """The shipped surname list (data/surnames.txt: census surnames that are no ordinary English
    word, see benchmarks/build_surnames.py), empty when the file is missing."""
    from importlib import resources

    try:
        text = resources.files("scanassist_core").joinpath("data", "surnames.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):  # pragma: no cover - shipped with the package
        return frozenset()
    return frozenset(x for x in (line.strip() for line in text.splitlines()) if x and not x.startswith("#"))


def _famous_surname(w: str, lex: Lexicon) -> bool:
    """A listed surname that WordNet knows only as a noun ("parkinson", "thornton", "gallagher":
    named for a famous bearer), never as a verb, adjective or adverb, nor a word of a place's
    name ("cleveland", "thames": police forces, rivers): a name, not an English word, in a
    person's slot of a case-less note."""
    if w not in listed_surnames() or w in _place_tokens() or w in _peoples():
        return False
    t = _english()
    return w not in t["verb"] and w not in t["adj"] and w not in t["adv"] and w not in t["verb_forms"] \
        and not _is_verb_or_adverb(w) and w not in lex.common and w not in lex.org_words


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """Nationalities, peoples and languages of the lexicon ("slovak", "roma"): no surname here."""
    from ._filters import _read, _sections

    sec = _sections(_read("extract_lexicon.txt"))
    return frozenset(w.lower() for k in ("nationality_adjectives", "languages") for line in sec.get(k, []) for w in line.split()) \
        | frozenset(("roma", "romani", "romany"))


@lru_cache(maxsize=1)
def _place_tokens() -> frozenset[str]:
    """Every word of the gazetteer's place names ("thames" of "Thames Valley")."""
    return frozenset(x for p in lexicon().place_words for x in p.split())


def _unknown_name(w: str, lex: Lexicon, low: str, span: tuple[int, int, str]) -> bool:
    """A word that can only be a name here: no English word, no lexicon word, no place, long
    enough and voiced (not "nfa", "dob"), not glued to digits (a mark or a postcode)."""
    a, b, _ = span
    if len(w) < 3 or not _VOWEL.search(w) or _plain_word(w, lex) or w in lex.place_words or plural_noun(w, lex):
        return False
    if w.endswith("s") and (w[:-1] in PERSON_NOUNS or w[:-1] in lex.role_words):
        return False  # "carers", "workers": people, not a person's name
    if w in _one_word_bodies_and_places():
        return False  # "revolut", "monzo", "tesco", a gazetteer town: a body or a place
    if len(w) >= 8 and w[-1] == "s" and w[-2] not in "su" and _compound_plural(w, lex):
        return False  # "screenshots", "voicenotes": a plural of two English words, no name
    if w in lex.vehicle_models and w not in lex.forenames and w not in lex.surnames:
        return False  # "jordan morgan corsa cu14...", "kyle in the qashqai": a car, not a surname
    if (b < len(low) and low[b].isdigit()) or (a > 0 and low[a - 1].isdigit()):
        return False
    famous = False
    for p in w.split("-"):
        if p and (p in lex.stop or _dictionary_word(p) and not (famous := _famous_surname(p, lex))):
            return False
    return not famous or not _body_after(low, b, lex)


def _compound_plural(w: str, lex: Lexicon) -> bool:
    """A plural written as one word of two English nouns ("screenshots", "voicenotes",
    "headphones") that no surname list holds (not "woodhouses"): newer words WordNet lacks."""
    if w in lex.surnames or w in listed_surnames() or w in lex.forenames or w[:-1] in listed_surnames():
        return False
    nouns = _english()["noun"]
    return any(w[:k] in nouns and w[k:-1] in nouns for k in range(4, len(w) - 3))


_NEXT_TWO = re.compile(r"[ \t]+([a-z'\u2019-]+)(?:[ \t]+([a-z'\u2019-]+))?")


def _body_after(low: str, end: int, lex: Lexicon) -> bool:
    """Does a business's trade word follow within two words ("calder metals", "holland property
    lettings")? Then a surname is its owner's name in the body's, no person here."""
    m = _NEXT_TWO.match(low, end)
    return bool(m) and any(
        x and (x in lex.org_suffixes or x in lex.lower_org_suffixes or x in _ORG_STRONG or x in _TRADE_AFTER) for x in m.groups()
    )


#: Words that end a firm named for its owner and are no trade ("calder lets", "holland group").
_TRADE_AFTER = frozenset("lets property group partners partnership sons bros brothers".split())


def _may_open_name(w: str, lex: Lexicon, far: bool = False) -> bool:
    """May a word before a cued name belong to it? Not a person noun ("driver", "prisoner",
    "sales assistant"): police write the role before the name. Two words back ("agent imran
    hussain (born ...)") it must look like a name: a known forename or surname, or no English word."""
    if _plain_word(w, lex) or w in PERSON_NOUNS:
        return False
    if _is_verb_or_adverb(w) and w not in lex.forenames and w not in lex.surnames:
        return False  # "intel: joseph uses hardy (17)": the verb before a cued surname is no forename
    return not far or w in lex.forenames or w in lex.surnames or not _dictionary_word(w)


def _plain_word(w: str, lex: Lexicon) -> bool:
    """An everyday word that is no part of a name without further evidence."""
    return (
        w in INTERJECTIONS
        or
        lex.not_a_name_word(w)
        or w in lex.cues
        or w in lex.slang
        or w in lex.nominal_labels
        or w in lex.role_words
        or w in _HASTY_WORDS
        or w in _LOWER_NOT_SURNAME
        or w in _SURNAME_VERBS
        or w in lex.vehicle_makes
        or w in lex.street_suffixes
        or w in _CONTRACTIONS
        or w in _TEXTSPEAK
        or w in _NOTE_WORDS
        or w in _NAME_NOUNS or w in _SURNAME_LABELS or w in _FORENAME_LABELS
        or w in _DEMEANOUR
    )


# --------------------------------------------------------------------------- bodies and places

#: Designators that end the name of a body ("Kelvin Hall School", "Cedar Court Hotel", "DF
#: Logistics Ltd"): strong ones name institutions, so one name word before them is enough.
_ORG_STRONG = frozenset(
    """academy school college university infirmary hospital hospice hotel motel inn tavern arms ltd limited
    plc llp motors cars taxis cabs solicitors council authority commission trust church mosque temple
    gurdwara synagogue centre""".split()
)
#: Shop-like designators: everyday words ("chip shop"), so they need two name words or evidence.
_ORG_WEAK = frozenset(
    """takeaway take-away barbers barber barbershop salon store stores supermarket superstore cafe café
    restaurant pizzeria kebab diner nightclub pub bar club gym garage wash valeting tyres newsagent newsagents
    pharmacy chemist chemists clinic surgery bookmakers bookies casino cinema bakery butchers logistics
    haulage builders couriers removals lettings licence repairs""".split()
)
_PLACE_DESIG = frozenset("estate park fields woods common heath moor reservoir marina precinct plaza area island".split())
#: Street designators that are seldom anything else ("Wednesfield Road", "Kenmore St").
_STREET_STRONG = frozenset(
    "road rd street lane ln avenue ave drive crescent cres grove terrace gardens gdns boulevard mews parade".split()
)
#: Street words that are also everyday words ("close to", "on the way"): need a name-like word.
_STREET_WEAK = frozenset("close way walk place row square hill court green rise view vale croft fold".split())
#: Named homes and hostels ("Hillview House"): only with a name-like word before them, since
#: "safe house" and "trap house" are everyday police words.
_HOUSES = frozenset("house lodge".split())
#: Written lower case after a name by most police writers ("Lucky Star takeaway", "the Orchard
#: Park estate", "Millfield area"), so the view leaves them outside the name too.
_DESCRIPTORS = frozenset("pub takeaway take-away nightclub estate area rec precinct".split())
#: Designators after "the" that still mark a proper name ("the Royal Oak pub", "the Heath estate").
_THE_OK = frozenset("pub bar inn tavern arms hotel estate".split())
#: Pub names keep their article ("The Feathers pub", "The Clachan Bar").
_PUBS = frozenset("pub bar inn tavern arms".split())
#: Words that only describe a generic site ("the local park", "sexual health clinic", "job centre").
_GENERIC = frozenset(
    """local nearby corner same other usual main former previous next nearest closest big small little
    new old nice busy quiet car shopping retail bus train coach playing industrial trading business
    council housing community leisure sports youth medical health day family job walk-in drop-in primary
    secondary grammar boarding private public general children's childrens special sixth form care
    residential nursing sexual mental police fire ambulance skate play seating reception waiting
    surrounding wider whole immediate general town city village chip chippy kebab phone corner hand
    off back front side rear top bottom far near open closed derelict empty abandoned""".split()
)
#: Descriptive words that open pub, shop and estate names ("Black Horse", "Royal Oak", "New Inn").
_NAME_ADJECTIVES = frozenset(
    "black white red green blue golden royal new old grey brown high great little upper lower north south east west"
    .split()
)
#: Police words written straight before a site in notes ("custody Clough Rd", "cctv Queensgate ..."):
#: never part of its name.
_JARGON = frozenset(
    """custody cell cells interview patrol patrols scene premises property warrant search searched arrest
    cctv anpr camera bwv intel report ref attended attend seen sighting sighted stop outside inside""".split()
)
_COMPASS = frozenset("north south east west central".split())
#: Words that open a region before a known place ("East London", "Greater Glasgow").
_REGION_WORDS = frozenset("north south east west greater central inner outer upper lower mid".split())
_BEFORE_PLACE = frozenset("at from to outside near in inside behind opposite by towards toward into via off".split())


def everyday_word(w: str, lex: Lexicon, nouns: bool = False) -> bool:
    """A word that goes on after a name without being part of it: a verb, adverb or adjective
    ("said", "left", "present") or an everyday word of the lexicons; nouns too when asked.
    Nouns alone are weak evidence: WordNet lists many surnames (Thornton, Reid) as nouns."""
    w = w.lower()
    t = _english()
    if nouns and _dictionary_word(w):
        return True
    return _plain_word(w, lex) or w in t["adj"] or w in t["verb"] or _is_verb_or_adverb(w)


#: Text-speak and street words of message logs and hasty notes ("take ellie wid u", "brad ur
#: gonna", "karwan sed", "chantelle yard" = her home): never a surname after a forename.
_TEXTSPEAK = frozenset(
    """u ur r ya yu wid wiv sed sez dun ting tho tbh wat wot dat dis dem deh nuff gonna wanna gotta innit
    ye yh yeh lol lmao omg pls plz thx cuz coz cos bc summat ain aint abt wen fam bruv blud mandem opps
    merked yard ends gaff drum whip bare peak""".split()
)
#: Hedges written before figures and ages in notes ("approx 10yrs", "circa 30"): never names.
#: Colloquial words for a subject's manner that dictionaries lack ("kyle mouthy and abusive",
#: "male lairy in drink"): what follows a name in a note, never its surname.
_DEMEANOUR = frozenset("mouthy lairy gobby shouty mardy narky kicky twitchy sweaty stroppy argy-bargy".split())
_NOTE_WORDS = frozenset(
    "approx approximately circa roughly about around est estimated poss prob".split()
    # contact and vehicle shorthand after a name in hasty notes ("nadia ph 07700 ...", "tasha snap
    # tashag_x", "pawel veh wr16 ..."): the detail that follows, never a surname
    + "ph tel mob snap snapchat insta ig veh vrm".split()
    # police shorthand of hasty notes that no dictionary holds ("zhang arr, chen arr", "home addy",
    # "nhood sgt", "susp seen", "prev for s18", "enqs ongoing", "yest"): never a name
    + """arr addy nhood susp ofc ofcr obbo nok yest tdy opp obvs convo prev attd attnd enq enqs outst
    outstndg vics resi resis prem prems hse offr offrs cust custd hme arrd arrstd""".split()
)
#: Contractions typed without the apostrophe in hasty notes ("shes", "hes", "theyre", "hasnt").
_CONTRACTIONS = frozenset(
    """shes hes theyre youre weve theyve dont cant wont isnt wasnt didnt doesnt aint thats whats hasnt havent
    hadnt wouldnt couldnt shouldnt werent arent ive youve youll theyll itll im theres wheres whos""".split()
)
#: Adverbs that follow a sentence's subject in notes ("pascoe alone with children", "hepple
#: still at large"); -ly adverbs too. Not "wholesale", "fresh": words that also open a body's name.
_SUBJECT_ADVERBS = frozenset("alone also still then now again never always often already just later since".split())
#: Words after which an initial and a surname are written in letters and records ("signed n.
#: mahmood", "including y. saeed", "regarding j. townsend", "addressed to w. stott").
_INITIAL_BEFORE = frozenset(
    """signed including incl include includes included regarding re addressed cc attn directors signatories
    payees recipients victims holders""".split()
)
#: The commonest Vietnamese family names and middle names (general knowledge of the naming
#: system: some 40% of Vietnamese people are Nguyen; "Thi" marks most women's names, "Van" men's).
_VIET_FAMILY = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh lam truong luong".split()
)
_VIET_MIDDLE = frozenset("thi van duc minh thanh ngoc quoc huu xuan kim hong thu anh cong".split())
#: Verbs before a business named for its owner ("runs pike's gold & pawn").
_RUNS_BUSINESS = frozenset("runs run running owns own owned manages managed opened".split())
_SEXES = frozenset("male female man woman lad boy girl".split())
#: Reporting verbs after a named caller or witness ("caller doreen fielding states").
_REPORTING = frozenset("states stated says said reports reported confirms confirmed admits admitted denies denied".split())
#: Words after which a clause (and its subject) begins: "source states that X was ...".
_CLAUSE_OPENERS = frozenset(
    "that says said states stated believes claims because when after before since until while whilst but".split()
)
_AUXILIARIES = frozenset("was is has had says said will would did does".split())
#: Words after which a clause's subject follows in run-on notes ("... and hoxha was seen").
_SUBJECT_OPENERS = _CLAUSE_OPENERS | frozenset("and n but then so cos coz where whereas also".split())
#: What a person in an interview or a statement does, written after "NAME - " ("hoxha - no
#: comment", "berisha - wants to speak"); not "sanitised", "recovered" (a label's action).
_SPEAKER_ACTS = frozenset(
    """says said states stated wants wanted denies denied admits admitted refused refuses declined declines
    claims claimed accepts accepted agrees agreed maintains insists asked asks""".split()
)
#: Words after "X and" that show X is one of two people ("says beckford and another lad").
_AND_ANOTHER = frozenset("another his her two three a an one some".split())
#: Police shorthand for a verb after its subject ("zhang arr, chen arr", "hepple arrd s47").
_SHORTHAND_VERBS = frozenset("arr arrd arrstd".split())
#: Verbs of intelligence and evidence whose object is a clause with its subject first ("intel
#: suggests hepple is storing", "cctv shows balan leaving"): a subject's name follows them.
_INTEL_OPENERS = frozenset("suggests suggest suggested indicates indicate indicated shows show showed confirms confirmed thinks".split())
#: Words that take a person after them and seldom a place: "associates with reidy", "bought by
#: stevo", "owes mackie", "told kyle". ("to", "from", "at", "in" take places as often: not here.)
_PERSON_SLOT = frozenset(
    """with w by against alongside told tell telling tells saw met meet meeting meets visited visiting
    searched identified id idd
    owes owe owed owing texted texting messaged messaging phoned rang
    ringing contacted threatened threatening assaulted punched stabbed robbed attacked accompanied
    kicked slapped grabbed chased pays paying handed detained interviewed charged bailed remanded
    cautioned""".split()
)
#: Police acts whose object is a person or, in hasty notes, where it happened ("arrested kingsway").
_POLICE_ACTS = frozenset("stopped arrested located traced".split())
#: Words before "to" naming an owner or keeper: a person or a firm.
_OWNED_BY = frozenset("belonging belongs belonged registered".split())
#: Endings of English place names; a surname with one may be where ("arrested fairfield").
_TOWN_ENDINGS = tuple("field ford ton ham bury borough gate way dale wick worth bridge".split())
#: Verbs and nouns after which "to"/"from" take a person, not a place ("spoke to hepple",
#: "linked to hoxha", "seized from strachan", "messages from ozturk"); "went to", "came from",
#: "moved to" take places and are not here.
_PERSON_TO_FROM = frozenset(
    """spoke speak speaks speaking talked talk talking talks linked link links connected related married
    engaged sold sell sells selling gave give given gives giving handed hand hands passed passing lent lend
    sent send sends sending paid pay pays paying owes owe owed owing introduced reported texted text
    texts message messages messaged call calls rang wrote writes written posted delivered delivering
    delivers seized taken took stolen stole bought buys buying buy received receiving receives got gets
    getting collected collecting payment payments transfer transfers transferred money cash threats
    threat letter letters""".split()
)
#: "believed to be maguire", "thought to be ozturk": the word after names who someone is.
_BELIEVED = frozenset("believed thought understood suspected known said reported appears appeared likely".split())
#: Work verbs before "for": "works for stevo", "dealing for ozturk".
_WORK_FOR = frozenset("works work working worked deals dealing dealt runs running ran sells selling grafting shotting".split())
#: Words before "with" that make its object a thing ("found with etizolam", "charged with pwits").
_WITH_THING = frozenset("found caught charged possession concerned".split())
#: Joins between two people ("reidy and tasha briggs", "kyle + mackie").
_PERSON_JOINS = frozenset("and n & + or".split())


#: Counts and measures of a substance or goods ("22 wraps heroin, 9 crack", "3 bags skunk, 2 phones").
_QUANTITIES = frozenset("wraps wrap bags bag deals deal grams gram g kg oz ounces blocks bars tablets pills packets bundles boxes cases bottles cans".split())
#: Named legal schemes and notices after a name ("clare's law", "osman warning"): no person there.
_SCHEME_WORDS = frozenset("law warning warnings notice".split())
#: Person nouns after a nationality adjective ("young viet males"): the word before is no name.
_PEOPLE_PLURALS = frozenset("males females men women lads girls boys nationals workers people kids youths".split())
#: Police shorthand for a party's role, written before the name ("dvr", "pass", "occ", "sus").
_ROLE_SHORTHAND = frozenset("dvr drvr drv pass psgr occ occs sus susp vic wit".split())
#: Vehicle nouns written before a registration mark ("van nx18gty stopped").
_VEHICLE_NOUNS = frozenset("van car vehicle veh bike moped motorbike lorry truck taxi".split())


#: Plurals WordNet's lemma tables miss, whose possessive opens a body's name ("women's aid").
_IRREGULAR_PLURALS = frozenset("women men children people folk folks".split())


def _lone_name_openings(
    words: list[tuple[int, int, str]], state: list[str], gap: Callable[[int], str], low: str, lex: Lexicon,
    forenames: frozenset[str],
) -> None:
    """A name alone where a sentence, clause or list item opens, shown by what follows it rather
    than by a verb: a bare age ("kowalczyk 23 stopped in the stairwell", "seen with hepple 19 and
    two others") or a possessive before a noun ("kowalczyk's car parked outside"). Why: hasty
    notes give the surname alone with its age or as an owner, and the verb-led rules miss both.
    The word must be one no English knows or a listed surname that is only WordNet's noun."""
    n = len(words)
    for i in range(n):
        a, b, w = words[i]
        if state[i] or len(w) < 4:
            continue
        possessive = w.endswith(("'s", "\u2019s"))
        m = None if possessive or b >= len(low) or low[b] not in " \t" else _BARE_AGE.match(low, b)
        if not possessive and m is None:
            continue  # neither shape: the cheap test first, this runs on every word
        prev = words[i - 1][2] if i > 0 else ""
        opening = _opens(low, a) or i > 0 and (
            gap(i - 1) == " " and (prev in _SUBJECT_OPENERS or prev in _PERSON_SLOT or prev in _PERSON_JOINS)
            or gap(i - 1) in (", ", " - ", " \u2013 ")
        )
        owned = possessive and i + 1 < n and gap(i) == " " and words[i + 1][2] in _OWNED
        if not opening and not owned:
            continue  # "oldham whittaker's girlfriend": a possessive before kin or a car is a person's anywhere
        if possessive:
            base = w[:-2]
            if len(base) >= 4 and "'" not in base and "\u2019" not in base and i + 1 < n and gap(i) == " " \
                    and words[i + 1][2] not in lex.stop and w not in _one_word_bodies_and_places() and w not in lex.org_words \
                    and (not _dictionary_word(base) and base not in _IRREGULAR_PLURALS
                         and _unknown_name(base, lex, low, (a, b - 2, base)) or bool(_MC_O.fullmatch(base))) \
                    and not (_body_after(low, b, lex) and words[i + 1][2] not in ("car", "van")):  # "immy's autos"
                state[i] = "T"  # "Kowalczyk's car", "Hepple's girlfriend": title case keeps the "'s" lower
            continue
        if "'" in w or "\u2019" in w or w in _CONTRACTIONS or w in lex.vehicle_models:
            continue
        if m and _bare_age(low, b, lex) and not (m.group(1) and m.group(1) in lex.street_suffixes) \
                and _unknown_name(w, lex, low, words[i]):
            state[i] = "T" if w in forenames else "U"  # "kowalczyk 23 stopped", "with hepple 19 and ..."


def _person_slots(
    words: list[tuple[int, int, str]], state: list[str], gap: Callable[[int], str], low: str, lex: Lexicon,
    forenames: frozenset[str],
) -> None:
    """Lone names in hasty notes, read from the slot they fill: a word no English or lexicon
    knows right after a word that takes a person ("associates with reidy", "owes mackie",
    "bought by stevo") or joined by "and"/"+" to a name already read ("tasha briggs and reidy");
    and a forename that is only a noun ("mason", "jordan", "dean"), never a verb or describing
    word, after "with" or a relation's "of" ("mum of mason") before a pause or a verb. Why: hasty
    writers name people alone, in lower case, with no DOB or title to cue them. Capitals: the
    police SURNAME convention for a lone word (an unknown word that is a known forename is
    title-cased instead)."""
    n = len(words)
    t = _english()
    for i in range(1, n):
        a, b, w = words[i]
        if state[i] or gap(i - 1) not in (" ", " & ", " + ") or _opens(low, a):
            continue
        prev = words[i - 1][2]
        joined = gap(i - 1) != " " or prev in _PERSON_JOINS
        nxt = words[i + 1][2] if i + 1 < n else ""
        if nxt and gap(i) in (" ", "-") and (site_designator(nxt) or nxt in lex.place_words or nxt in _DESCRIPTORS):
            continue  # "with hoxha house", "by millbrook estate": a site, not a person
        if len(w) >= 4 and _unknown_name(w, lex, low, words[i]) and "'" not in w and w not in _CONTRACTIONS:
            before = i - 2 if gap(i - 1) == " " else i - 1
            thing = prev in ("with", "w") and i > 1 and words[i - 2][2] in _WITH_THING
            w2 = words[i - 2][2] if i > 1 and gap(i - 2) == " " else ""
            slot = (
                prev in _PERSON_SLOT and not thing
                # "stopped wilkinson", "arrested dunn": a police act's object; a place follows
                # these as often ("arrested kingsway", "stopped yest"), so a listed surname only
                or prev in _POLICE_ACTS and w in listed_surnames() and w not in _place_tokens() and not w.endswith(_TOWN_ENDINGS)
                # "belonging to okonkwo", "registered to nwachukwu at ...": firms too ("registered to
                # lough neagh plant hire", "belonging to ardee equestrian"), so one word alone only,
                # closed by a pause or a little word
                or prev == "to" and w2 in _OWNED_BY and (not nxt or gap(i).strip() or nxt in lex.stop)
                or prev in ("to", "from") and w2 in _PERSON_TO_FROM
                or prev == "of" and (w2 in _RELATIONS or w2 in ("associate", "associates", "gf", "bf", "ex"))
                or prev == "for" and w2 in _WORK_FOR
                or prev == "be" and w2 == "to" and i > 2 and words[i - 3][2] in _BELIEVED
                or prev == "supplying" and nxt == "with"  # "supplying mackie with cocaine"
            )
            pair = (
                nxt and gap(i) == " " and len(nxt) >= 3 and "'" not in w
                and (state[i + 1] == "U" or _unknown_name(nxt, lex, low, words[i + 1]))
                # "works for cammell laird": after "for" two words are an employer as often, so
                # a second word that is a surname only by the list (WordNet's noun) is no proof
                and not (prev == "for" and state[i + 1] != "U" and _dictionary_word(nxt))
            )
            if (slot or joined and before >= 0 and state[before] in ("T", "U")) and pair:
                state[i], state[i + 1] = "T", "U"  # "linked to elton duka", "danny flynn and kiaran flynn"
            elif slot or (joined and before >= 0 and state[before] in ("T", "U") and before != i):
                state[i] = "T" if w in forenames else "U"
            continue
        if (
            w in lex.forenames
            and not lex.not_a_name_word(w)
            and not _plain_word(w, lex)
            and w not in t["verb"] and w not in t["adj"] and w not in t["adv"] and not _is_verb_or_adverb(w)
            and (
                prev in ("with", "w")
                or prev == "of" and i > 1 and words[i - 2][2] in _RELATIONS
                or joined and i > 1 and state[i - 2 if gap(i - 1) == " " else i - 1] in ("T", "U")
            )
            and (not nxt or gap(i).strip()[:1] in (".", ",", ";", ")", "?", "!") or nxt in lex.stop or _finite_verb(nxt))
        ):
            state[i] = "U"  # capitals: the person rules read a lone everyday forename only as a SURNAME
        elif (
            w in forenames and gap(i - 1) == " " and not lex.not_a_name_word(w) and not _plain_word(w, lex)
            and _object_person(prev, nxt, gap(i), words[i + 2][2] if i + 2 < n and gap(i + 1) == " " else "")
        ):
            state[i] = "U"  # "told jade to go home", "rang jay twice": see _object_person


#: Verbs whose person object is told or asked to do something ("told jade to go home").
_TELL_VERBS = frozenset("told tell tells telling asked ask asks asking advised advise warned warn persuaded begged ordered encouraged forced pressured".split())
#: What follows "asked" + a person ("asked amber where she got it").
_ASKED_ABOUT = frozenset("to where why what how if whether about for who when".split())
#: Verbs of giving and driving whose person object is then given or taken somewhere.
_GIVE_VERBS = frozenset("gave give gives giving".split())
_TAKE_VERBS = frozenset("took take takes taking drove driving dropped dropping picked".split())
_GIVEN = frozenset("a an his her some the money cash".split())
_TAKEN = frozenset("home back off and".split())
#: Verbs of calling whose object is a person, past or in progress ("rang jay twice").
_CALL_VERBS = frozenset("rang ringing rung phoned phoning texted texting messaged messaging".split())
_AFTER_CALL = frozenset("back again twice and but who at on no from about earlier today yesterday".split())


def _object_person(prev: str, nxt: str, gap_after: str, nxt2: str) -> bool:
    """Whether an everyday forename ("jade", "grace", "jay", "summer") is the person object of the
    verb before it, shown by what follows: told or asked to do something ("told jade to go home",
    "asked amber where ..."), given something ("gave grace a lift"), taken somewhere ("dropped hope
    off", "took summer and her friend home"), rung ("rang jay twice"), or joined to kin ("with jack
    and his older brother"). Why: hurried notes name the people officers dealt with by first name
    alone, and the forename-only rules leave a name that is also a word."""
    if gap_after.strip()[:1] in (".", ",", ";", "?", "!", ")") or not nxt:
        return prev in _CALL_VERBS
    if gap_after != " ":
        return False
    return (
        prev in _TELL_VERBS and (nxt == "to" or nxt == "not" and nxt2 == "to" or prev.startswith("ask") and nxt in _ASKED_ABOUT)
        or prev in _GIVE_VERBS and nxt in _GIVEN
        or prev in _TAKE_VERBS and nxt in _TAKEN
        or prev in _CALL_VERBS and nxt in _AFTER_CALL
        or prev in ("with", "w") and nxt == "and" and nxt2 in _POSSESSIVES
    )


#: Words before "a" + a known surname that make "a" an initial ("account of a mohamed", "to see a
#: farah", "in name of a patel"); elsewhere "a" is the article.
_A_INITIAL_BEFORE = frozenset("of to see saw and with by from name names include includes incl including".split())
#: Nouns written after a letter that are no surname ("c wing", "b block", "a level", "plan b").
_NOT_AFTER_INITIAL = frozenset("wing block floor unit landing cell zone class cat category grade level side team shift plan type list section part stage star division road route line".split())
#: Nouns that label something by a letter ("bay c.", "plan b.", "exhibit d."): a letter after
#: one closes a sentence rather than opening a name.
_LABELS_BEFORE_LETTER = frozenset(
    "flat bay room gate door plan option exhibit appendix annex schedule item para paragraph page box pitch platform terminal vitamin hepatitis".split()
)
#: What may follow SURNAME and initials when no pause does: a bracket, "&" or a word.
_INITIALS_WENT_ON = re.compile(r"[ \t]+(?:\(|&|([a-z]+)\b)")
#: A bare age after a name in a note ("ryan brown 19 (", "jack hall 17 +", "ben cross 20 on
#: bikes"): two digits, no time, date, count or measure ("17:30", "20 mins", "14 bags").
_BARE_AGE = re.compile(r"[ \t]+\(?(?:1\d|[2-9]\d)\)?(?![\w:/%\u00a3-]|[.,]\d)(?:[ \t]+([a-z]+))?")
_AGE_NOT_UNITS = frozenset("x mins min minutes hrs hr hours secs seconds days weeks months k g kg mg quid pound pounds pence pm am mph times".split())
#: Describing words of size and age that open a phrase before a forename ("young kieran").
_SIZE_AGE = frozenset("young little long short old big tall small".split())
#: Words after "and" that show a second person is named ("jack hall and his sister", "and sis").
_AND_PERSON = frozenset("his her their sis bro mate mates pal friend gf bf".split())
#: Words that end a name in a note without naming anything themselves ("spoke to reece lee
#: outside", "tyler king from the estate", "kayleigh bird with her mum").
_NAME_CLOSERS = _BEFORE_PLACE | frozenset("with w for who whose both again also still then now".split())


#: Words for a person written before a quoted nickname ('the male "uncle"', 'a lad "smudge"').
_PEOPLE_BEFORE_QUOTE = frozenset("male female man woman lad boy girl guy bloke youth contact associate dealer runner".split())
#: What follows a quoted nickname that acts ('"trigger" has', '"uncle" was', 'she calls "mo" picks').
_QUOTE_ACTS = frozenset(
    """has had is was said says told who got gave wants owes picks runs sells deals drives lives will would
    did made makes put puts picked drove comes came took takes sent sends brought knows knew threatened""".split()
)
#: Words before a quoted nickname that speak of someone ('her cousin "bugsy"', 'mentioned "tiny"',
#: 'messages from "moose"' is left out: "from" takes places and scare quotes as often).
_NAMING_BEFORE_QUOTE = frozenset("contacts incl including mentioned mentions messaging messaged texting texted named".split())
#: Who or what a quoted nickname's possessive owns ('"chops"'s lads', '"beni"'s people').
_QUOTE_OWNED = re.compile(
    r"['\u2019]s[ \t]+(?:(?:little|older|younger|big|lil|new|old)[ \t]+)?"
    r"(?:people|lot|lads?|boys?|girls?|crew|mates?|gang|brother|sister|cousin|mum|dad|girlfriend|boyfriend|gf|bf|missus|flat|house|car|phone|number)\b"
)
_POSSESSIVES = frozenset("his her their my your our its".split())
#: After a quoted word: its owner's full name in brackets ('"dizzy" (desmond isaacs, 19)').
_NAME_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*([a-z]+)[ \t]+[a-z'\u2019-]{2,}")


def _quoted_nickname(words: list[tuple[int, int, str]], inside: list[int], low: str, a: int, b: int, end: int, lex: Lexicon) -> bool:
    """A quoted English word that is a nickname by its slot: after a word for a person ('the male
    "uncle"', 'a lad "smudge"'), after "calls" ('she calls "mo"'), before its owner's name in
    brackets ('"dizzy" (desmond isaacs, 19)'), or acting as a clause's subject ('that "trigger"
    has', '"uncle" was'). Why: hasty writers quote street names in lower case; quotes round a
    word after an article or a possessive ('the "boss"', 'his "mates"', 'at "work"') are the
    writer's scare quotes and stay words."""
    if len(inside) != 1:
        return False
    k = inside[0]
    w = words[k][2]
    if len(w) < 2 or w in lex.stop or w in INTERJECTIONS or w.endswith(("ing", "ed")):
        return False
    if _QUOTE_OWNED.match(low, end):
        return True  # '"chops"'s lads', '"beni"'s people': an owner of people or a home is someone
    if plural_noun(w, lex):
        return False
    prev = words[k - 1][2] if k > 0 and low[words[k - 1][1] : a - 1].strip(" \t") == "" else ""
    if prev in lex.determiners or prev in _POSSESSIVES:
        return False
    nxt = words[k + 1][2] if k + 1 < len(words) and low[end : words[k + 1][0]].strip(" \t") == "" else ""
    named = _NAME_IN_BRACKETS.match(low, end)
    return (
        prev in _PEOPLE_BEFORE_QUOTE or prev in ("calls", "call")
        or prev in _RELATIONS or prev in _NAMING_BEFORE_QUOTE
        or bool(named and named.group(1) in lex.forenames)
        or bool(_QUOTE_OWNED.match(low, end))
        # a kin or role word acting ('but "uncle" has the passcode') is as often the relation itself
        or nxt in _QUOTE_ACTS and w not in PERSON_NOUNS
        and (not prev or prev in lex.stop or prev in _PEOPLE_BEFORE_QUOTE or prev in _REPORTING or prev == "mentioned")
    )


#: Speech verbs whose reported clause's subject follows ("says jordan hasnt been home"); not "thinks",
#: "believes" or "that", after which an abstract noun opens as often ("she thinks hope was lost").
_REPORTED_OPENERS = frozenset("says said states stated claims claimed".split())
#: Negated auxiliaries typed without the apostrophe ("hasnt", "wasnt") and with it.
_NEGATED = frozenset("hasnt wasnt isnt didnt doesnt hadnt wont cant aint".split())


def _reported_subject(
    words: list[tuple[int, int, str]], state: list[str], gap: Callable[[int], str], low: str, lex: Lexicon
) -> None:
    """A forename that is also a word as the subject of a reported clause ("mum says jordan
    hasnt been home", "she said grace was there", "says reece \"borrowed it\""): after a
    reporting verb, before an auxiliary, a negated one or a quote. Why: hasty notes report who
    did what in lower case; "says police were called" has no forename, and a determiner or
    possessive before the word ("says the mark was") keeps it a word."""
    n = len(words)
    for i in range(1, n - 1):
        w = words[i][2]
        if state[i] or gap(i - 1) != " " or words[i - 1][2] not in _REPORTED_OPENERS or len(w) < 3:
            continue
        if w not in lex.forenames or w in lex.stop or lex.not_a_name_word(w) or _plain_word(w, lex) or w in PERSON_NOUNS:
            continue
        g = gap(i)
        nxt = words[i + 1][2]
        if g == " " and (nxt in _AUXILIARIES or nxt in _NEGATED or nxt.replace("'", "").replace("\u2019", "") in _NEGATED) \
                or g.strip(" \t") in ('"', "\u201c", "'") and g.startswith(" "):
            state[i] = "T"


def _surname_like(word: tuple[int, int, str], low: str, lex: Lexicon) -> bool:
    """A known surname or a word no English knows; never a describing word, verb, place, role,
    kin word or forename."""
    x = word[2]
    t = _english()
    if len(x) < 3 or x in lex.stop or x in lex.place_words or x in PERSON_NOUNS or _plain_word(x, lex):
        return False
    if x in t["adj"] or x in t["adv"] or _is_verb_or_adverb(x) or x in lex.forenames:
        return False
    return x in lex.surnames or x in WORD_SURNAMES or bool(_MC_O.fullmatch(x)) or _unknown_name(x, lex, low, word)


def _bracketed_surname(words: list[tuple[int, int, str]], state: list[str], gap: Callable[[int], str], low: str, lex: Lexicon) -> None:
    """A surname alone in brackets after a lone forename ("arben (krasniqi) seen there", "kyle
    (nowak) and his brother"): the writer adds the family name. After a full name or a role the
    bracketed word is as often a town or a body ("macleod iain (drumnadrochit)", "youth worker
    (redthread)"), so only after a forename with no name-like word before it."""
    for i in range(1, len(words)):
        a, b, x = words[i]
        if state[i] or gap(i - 1) != " (" or low[b : b + 1] != ")":
            continue
        f = words[i - 1][2]
        if state[i - 1] != "T" or f not in lex.forenames:
            continue
        if not _opens(low, words[i - 1][0]) and not (
            gap(i - 2) == " " and not state[i - 2] and (words[i - 2][2] in lex.stop or words[i - 2][2] in _PERSON_SLOT)
        ):
            continue  # "macleod iain (drumnadrochit)": the forename opens its clause or follows "with", "saw" ...
        if _surname_like(words[i], low, lex):
            state[i] = "U"


#: A closed age after a name: the number then a pause ("megan stokes 17 - safeguarded", "(17)").
_CLOSED_AGE = re.compile(r"[ \t]+\(?(?:1\d|[2-9]\d)\)?(?:[ \t]*(?:[,.;)(\n]|-[ \t]|$)|[ \t]*(?:yrs?|yo|years old)\b)")
#: A person noun in brackets after a name ("doreen fielding (neighbour)", "isla hart (mum)").
_BRACKET_NOUN = re.compile(r"[ \t]+\(([a-z]+)\)")


def _word_surname_cued(word: tuple[int, int, str], low: str, lex: Lexicon) -> bool:
    """Is a word after a forename its surname although it is also an English word or a place
    ("megan stokes 17 -", "doreen fielding (neighbour)", "lee stockwell dob 02/03/1990")? Only
    where a closed age, a DOB or a person noun in brackets follows it, the words that close a
    name in a note; never a describing word, adverb, past tense, cue or role ("kyle aged 16",
    "jade drunk (17)", "kyle owes 50 to ...")."""
    a, b, w = word
    t = _english()
    if len(w) < 3 or w in lex.stop or w in PERSON_NOUNS or w in lex.cues or w in _REPORTING or w in _AUXILIARIES:
        return False
    if w in _PERSON_SLOT or w in t["adv"] or w.endswith(("ed", "ly", "'s", "\u2019s")) or w in lex.vehicle_makes:
        return False
    if w in t["adj"] and w not in _SURNAME_ADJECTIVES or w in _HASTY_WORDS or w in _TEXTSPEAK or w in _NOTE_WORDS:
        return False
    cue = _CUE_AFTER.match(low, b)
    if cue and _RECENT_DATE.fullmatch(cue.group(0)):
        cue = None
    if cue and cue.group(0).lstrip(" \t,")[:1].isdigit() and not _CLOSED_AGE.match(low, b) and not cue.group(0).strip().startswith("("):
        cue = None  # ", 16 of them": a bare count after a comma is no age unless the clause closes
    if not cue and not _CLOSED_AGE.match(low, b):
        m = _BRACKET_NOUN.match(low, b)
        if not (m and (m.group(1) in PERSON_NOUNS or m.group(1) in _KIN)):
            return False
    return True


def _surname_before_forename(
    words: list[tuple[int, int, str]], state: list[str], gap: Callable[[int], str], low: str, lex: Lexicon
) -> None:
    """Names officers write SURNAME first, left in lower case: before a forename read already and
    an age or DOB after it ("s&s 1910 smith kyle 16", "stopped hughes callum 17 (dob ...)"),
    opening a line or sentence before a pause, "not" or the clause's verb ("robson kayleigh not
    traced."; a surname that is also a verb stays out: "bell kayleigh."), or paired in brackets
    ("porth 0120 (evans, rhys)"). Why: stop
    and search records, custody lists and ANPR notes copy the PNC's SURNAME Forename order, and
    in lower case the view otherwise reads only the forename. The surname must be a known one or
    a word no English knows; never a describing word, verb, place, role or kin word."""
    forenames = _forenames(lex)

    def surname_like(k: int) -> bool:
        return _surname_like(words[k], low, lex)

    def attr_after(end: int) -> bool:
        return bool(_CUE_AFTER.match(low, end)) or _bare_age(low, end, lex)

    def pause_after(end: int) -> bool:
        return bool(_CLAUSE_END.match(low, end)) or low[end : end + 1] == "," or low[end : end + 3] == " - " \
            or low[end : end + 2] == " ("

    n = len(words)
    for i in range(1, n):
        a, b, y = words[i]
        x = words[i - 1][2]
        # A field's SURNAME Forename after a log label, a dash or a time ("custody - hollis ryan dob
        # ...", "1820 - turner josh 22.", "1 detained - grant marcus 23,"): a surname that is also an
        # English word ("turner", "grant"), shown by an age or DOB, or (a known surname that is no
        # verb) by a pause. Not a forename ("mohamed adam dob": either order is written).
        if state[i] == "T" and y in lex.forenames and gap(i - 1) == " " and not state[i - 1] and x not in forenames \
                and x not in lex.stop and not _plain_word(x, lex) and x not in PERSON_NOUNS and x not in lex.place_words \
                and (x in lex.surnames or x in WORD_SURNAMES or x in listed_surnames()) and _field_start(low, words[i - 1][0]) \
                and (attr_after(b) or pause_after(b) and x not in _english()["verb"] and x not in _english()["adj"]) \
                and not (i + 1 < n and gap(i) == " " and state[i + 1] == "U"):
            state[i - 1], state[i] = "U", "T"
            continue
        if not state[i] and not state[i - 1] and gap(i - 1) == " " and y in lex.forenames and y not in lex.stop \
                and not lex.not_a_name_word(y) and not _plain_word(y, lex) and _opens(low, words[i - 1][0]) \
                and (low[b : b + 3] == " - " or low[b : b + 2] in (" (", ": ") or _CLAUSE_END.match(low, b)) \
                and _surname_like(words[i - 1], low, lex) and not _dictionary_word(words[i - 1][2]):
            state[i - 1], state[i] = "U", "T"  # "ackroyd jack - believed ...": a list line's SURNAME, Forename that is a word
            continue
        if state[i] != "T" or state[i - 1] or y not in lex.forenames:
            continue
        g = gap(i - 1)
        if g == " " and (_CUE_AFTER.match(low, b) or _bare_age(low, b, lex)) and surname_like(i - 1) and not (
            i > 1 and gap(i - 2) == " " and (words[i - 2][2] in lex.determiners or state[i - 2])
        ):
            state[i - 1] = "U"  # "smith kyle 16": SURNAME Forename
        elif g == " " and _field_start(low, words[i - 1][0]) and surname_like(i - 1) and words[i - 1][2] not in _english()["verb"] and (
            pause_after(b)
            or i + 1 < n and gap(i) == " " and (words[i + 1][2] in _AFTER_NAMED or words[i + 1][2] == "not")
        ):
            state[i - 1] = "U"  # "robson kayleigh not traced.": a line or sentence opening SURNAME Forename
        elif g in (", ", ",") and low[words[i - 1][0] - 1 : words[i - 1][0]] == "(" and low[b : b + 1] == ")" \
                and surname_like(i - 1):
            state[i - 1] = "U"  # "(evans, rhys)"
        if i + 1 < n and gap(i) == " " and not state[i + 1] and _word_surname_cued(words[i + 1], low, lex) and not (
            i > 0 and gap(i - 1) == " " and words[i - 1][2] in lex.determiners
        ):
            state[i + 1] = "U"  # "megan stokes 17 -", "doreen fielding (neighbour)"


#: What ends right before a field's first word: a dash or colon of a label, or a time opening a
#: line or sentence ("custody - ", "suspect 2: ", ". 2350 ").
_FIELD_START = re.compile(r"(?:[-\u2013\u2014:]|(?:^|[.;!?\n])[ \t]*\d{3,4})[ \t]*$")


def _field_start(low: str, a: int) -> bool:
    """Does a word at ``a`` open a sentence, line or a log field (after a label's dash or colon,
    or a time at a line's start)?"""
    return _opens(low, a) or bool(_FIELD_START.search(low[max(0, a - 16) : a]))


#: What follows the second of two people joined by "and" ("shannon and blessing both missing").
_AFTER_PAIR = frozenset("both were are have had was said say says left went seen arrived also together again".split())


def _paired_forenames(
    words: list[tuple[int, int, str]], state: list[str], gap: Callable[[int], str], low: str, lex: Lexicon
) -> None:
    """A forename that is also an everyday word, joined by "and"/"&" to a forename read already
    ("served on mason and liam", "jade and tyler seen at the bus station", "shannon and blessing
    both missing"): two people named side by side. Why: hasty notes name pairs of young people by
    forename alone; the plain forename is read but its partner ("mason", "jade", "blessing") is a
    noun or verb to the view. The partner opens the clause or follows a preposition (never a
    determiner or possessive: "his mason and kyle"), or, after the pair, the clause closes or goes
    on with a plural verb or "both"; only names of the lexicon's forenames."""
    n = len(words)
    t = _english()

    def plain_forename(k: int) -> bool:
        w = words[k][2]
        return (
            state[k] == "T" and w in lex.forenames and not _plain_word(w, lex) and w not in lex.lower_ambiguous
            and not (k + 1 < n and gap(k) == " " and state[k + 1])  # "kyle smith": not a lone forename
        )

    def candidate(k: int) -> bool:
        w = words[k][2]
        return (
            not state[k] and len(w) >= 3 and w in lex.forenames and not lex.not_a_name_word(w) and not _plain_word(w, lex)
            and w not in lex.stop and w not in t["adv"] and not w.endswith("ly") and w not in lex.place_words
            and w not in lex.vehicle_models
        )

    for i in range(n - 2):
        if gap(i) != " " or words[i + 1][2] not in ("and", "&") or gap(i + 1) != " ":
            continue
        if candidate(i) and plain_forename(i + 2):
            prev = words[i - 1][2] if i > 0 and gap(i - 1) == " " else ""
            if (_opens(low, words[i][0]) or prev in lex.stop or prev in _PERSON_SLOT) and prev not in lex.determiners \
                    and prev not in _OBJECTS and prev not in ("his", "her", "their", "my", "your", "our", "its"):
                state[i] = "T"  # "served on mason and liam"
        elif plain_forename(i) and candidate(i + 2) and not (i > 0 and gap(i - 1) == " " and state[i - 1]):
            k = i + 2
            nxt = words[k + 1][2] if k + 1 < n and gap(k) == " " else ""
            if _CLAUSE_END.match(low, words[k][1]) or low[words[k][1] : words[k][1] + 1] == "," or nxt in _AFTER_PAIR:
                state[k] = "T"  # "shannon and blessing both missing"


def _bare_age(low: str, end: int, lex: Lexicon) -> bool:
    """An age written bare after a name ("lewis hall 17 + ..."), not a count of things."""
    m = _BARE_AGE.match(low, end)
    if m is None:
        return False
    unit = m.group(1)
    return unit is None or not (unit in _AGE_NOT_UNITS or plural_noun(unit, lex))


def _word_surnames(
    words: list[tuple[int, int, str]], state: list[str], gap: Callable[[int], str], low: str, lex: Lexicon,
    forenames: frozenset[str],
) -> None:
    """Surnames that are everyday words ("shane wood 19", "tyler king and his brother", "spoke to
    reece lee.", "jack hall and his sister"), read from how a note closes a name: after a known
    forename, a frequent word-surname followed by an age, a DOB, "and"/"+" and another person,
    the clause's verb, a pause, or a preposition; after an everyday forename ("jack", "jade",
    "grace") only where the pair opens a clause and an age, "and" + a person or a verb closes it.
    Why: in lower-case notes the SURNAME capitals are gone and an English word after a forename
    is otherwise read as the sentence going on. A describing word ("kayleigh cross with staff",
    "shane long gone") needs the strong closes; a noun after it ("wood handled knife") closes nothing."""
    from ._persons import WORD_SURNAMES

    t = _english()
    n = len(words)

    def closed(k: int, weak: bool, pause: bool = True) -> bool:
        end = words[k][1]
        if _CUE_AFTER.match(low, end) or _bare_age(low, end, lex):
            return True
        if pause and (_CLAUSE_END.match(low, end) or low[end : end + 1] == ","):
            return True
        g = gap(k) if k + 1 < n else ""
        nxt = words[k + 1][2] if k + 1 < n and g.strip() in ("", "+", "&") and "\n" not in g else ""
        if not nxt:
            return False
        if g.strip() in ("+", "&") or nxt in ("and", "n"):
            if g.strip() in ("+", "&"):
                after = nxt
            else:
                after = words[k + 2][2] if k + 2 < n and gap(k + 1) == " " else ""
            return (
                after in _AND_PERSON or after in PERSON_NOUNS or after in forenames and after not in t["adj"]
                or after in lex.surnames or after in WORD_SURNAMES and after not in t["adj"]
                or bool(after) and _unknown_name(after, lex, low, words[k + 2 if g.strip() not in ("+", "&") else k + 1])
            )
        if nxt in _AUXILIARIES or nxt in _REPORTING or nxt in ("has", "had", "were", "are"):
            return True
        return weak and (nxt in _NAME_CLOSERS or _finite_verb(nxt) and nxt not in t["adj"])

    for i in range(n - 1):
        w = words[i][2]
        if gap(i) != " " or state[i + 1] or (i > 0 and state[i - 1] and gap(i - 1) in (" ", "-")):
            continue
        s = words[i + 1][2]
        if not (s in WORD_SURNAMES or s in lex.surnames) or s in lex.stop or len(s) < 3:
            continue
        if (b := words[i + 1][1]) < len(low) and (low[b].isdigit() or low[b] in "_@'\u2019-"):
            continue
        describing = s in t["adj"] and s not in forenames and s not in _SURNAME_ADJECTIVES
        if state[i] == "T":
            if w[-2:] in ("'s", "\u2019s") or w in lex.place_words:
                continue
            if closed(i + 1, weak=not describing):
                state[i + 1] = "U"
        elif not state[i] and w in forenames and not lex.not_a_name_word(w) and not _plain_word(w, lex) and not describing:
            prev = words[i - 1][2] if i > 0 and "\n" not in gap(i - 1) and gap(i - 1).strip() in ("", ",") else ""
            joined = low[: words[i][0]].rstrip(" \t").endswith(("+", "&"))
            # a slot that takes a person ("spoke to", "with", "driver"): a pause closes the name there
            slot = prev in _PERSON_SLOT or prev in PERSON_NOUNS or (
                prev == "to" and i > 1 and gap(i - 2) == " " and words[i - 2][2] in _PERSON_TO_FROM
            )
            if not (_opens(low, words[i][0]) or joined or slot or prev in _SUBJECT_OPENERS):
                continue
            if closed(i + 1, weak=False, pause=slot):
                state[i], state[i + 1] = "T", "U"
    # SURNAME Forename opening a line or a field ("stone kieran released on bail", "DP: BIRD
    # SHANNON 14.02.1990", "green, nathan (dob ...)"): a word-surname, then a forename,
    # closed by a DOB, an age or the clause's verb; not a describing word ("young kieran was").
    for i in range(n - 1):
        x, y = words[i][2], words[i + 1][2]
        if state[i] not in ("", "U") or state[i + 1] not in ("", "T") or gap(i).strip(" ,") or "\n" in gap(i):
            continue
        if x not in WORD_SURNAMES or x in _SIZE_AGE or x in forenames or x in lex.place_words or len(x) < 3:
            continue
        if x in ("hope", "wish", "bet", "trust") and not _cue_text(low, words[i + 1][1]):
            continue  # "hope kyle is ok": a verb opening a clause about him
        if y not in forenames or lex.not_a_name_word(y) or _plain_word(y, lex) or y in lex.place_words:
            continue
        start = low.rfind("\n", 0, words[i][0]) + 1
        head = low[start : words[i][0]].strip(" \t")
        if not (head == "" or head.endswith(":") or head in PERSON_NOUNS or head in _LIST_WORDS):
            continue  # at a line start, after a field's label or a record's role word ("dp:")
        end = words[i + 1][1]
        cue = _cue_text(low, end)
        nxt = words[i + 2][2] if i + 2 < n and gap(i + 1) == " " else ""
        if cue and (cue[:1].isdigit() or cue[:1] == "(" or cue[:1].isalpha()) or _bare_age(low, end, lex) or (
            x in WORD_SURNAMES and nxt and (nxt in _AUXILIARIES or nxt in _REPORTING or _finite_verb(nxt) and nxt not in t["adj"])
            and "," not in gap(i)
        ):
            state[i], state[i + 1] = "U", "T"
    # An everyday forename named by what follows it: a relation in the possessive ("paige's dad",
    # "grace's boyfriend"), or its verb after a reporting verb ("the caller said jade is ...").
    for i in range(n - 1):
        w = _POSSESSIVE.sub("", words[i][2])
        if state[i] or w not in forenames or lex.not_a_name_word(w) or _plain_word(w, lex) or len(w) < 3:
            continue
        if i > 0 and gap(i - 1) == " " and (words[i - 1][2] in lex.determiners or words[i - 1][2] in ("this", "that", "his", "her", "their", "my", "your")):
            continue  # "the mark's position", "her grace's"
        nxt = words[i + 1][2] if gap(i) == " " else ""
        if words[i][2] != w and (nxt in _RELATIONS or nxt in ("boyfriend", "girlfriend", "bf", "gf", "ex", "partner", "fella")):
            state[i] = "T"
        elif (
            words[i][2] == w and i > 0 and gap(i - 1) == " " and words[i - 1][2] in _REPORTING
            and nxt in ("is", "was", "has", "had")
        ):
            state[i] = "U"  # capitals: the person rules read a lone everyday forename only as a SURNAME


def _finite_verb(w: str) -> bool:
    """A finite verb that follows the subject of a sentence: an auxiliary or a past/third-person
    form of an English verb ("stopped", "served", "acts"), not an -ing form or an adverb."""
    if w in _AUXILIARIES or w in _english()["verb_forms"] and not w.endswith("ing"):
        return True
    verbs = _english()["verb"]
    for suf, rep in (("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and w[: -len(suf)] + rep in verbs:
            return True
    return len(w) > 5 and w.endswith("ed") and w[-3] == w[-4] and w[:-3] in verbs  # "stopped"


_LABEL = r"([^\W\d_][^\W\d_'\u2019\-]*(?:[ \t][^\W\d_]+)?)[ \t]*(?:[^\w\s:\[\]()]{1,4}[ \t]*)?:[ \t]*(?=\S)"
_TIMESTAMPED = re.compile(r"\[[^\]\n]{0,40}\d[:.]\d\d[^\]\n]{0,12}\][ \t]*" + _LABEL)
_LINE_LABEL = re.compile(r"^[ \t]*(?:\d{1,2}[:.]\d\d[ \t]+)?" + _LABEL, re.M)


def _speakers(low: str, lex: Lexicon, forenames: frozenset[str]) -> list[tuple[int, int, bool]]:
    """Sender labels of a chat or message log: after a bracketed timestamp, or opening two or
    more lines, a forename or a word no English knows (with an initial or surname after it).
    Field labels ("location:", "caller:", "veh:") are English or lexicon words and stay out."""

    def name_like(label: str, strict: bool) -> bool:
        parts = label.split()
        first = parts[0]
        if _plain_word(first, lex) or first in INTERJECTIONS or first in PERSON_NOUNS or len(first) < 2:
            return False
        if first in forenames and not lex.not_a_name_word(first):
            pass
        elif _dictionary_word(first) or (strict and (len(first) < 3 or not _VOWEL.search(first))):
            return False
        if len(parts) == 2:
            second = parts[1]
            if len(second) > 1 and (_plain_word(second, lex) or _dictionary_word(second) and second not in lex.surnames):
                return False
        return True

    out = [(m.start(1), m.end(1), True) for m in _TIMESTAMPED.finditer(low) if name_like(m.group(1), False)]
    lines = [(m.start(1), m.end(1), True) for m in _LINE_LABEL.finditer(low) if name_like(m.group(1), True)]
    if len(lines) >= 2:
        taken = {a for a, _, _ in out}
        out += [x for x in lines if x[0] not in taken]
    return out


def _cue_text(low: str, end: int) -> str:
    """The person cue after ``end`` (stripped), or "" when none follows."""
    m = _CUE_AFTER.match(low, end)
    return m.group(0).strip() if m else ""


_APPOSED = re.compile(r",[ \t]*(?:(?:his|her|their|the)[ \t]+)?([a-z][a-z\-]+)")


_CLAUSE_END = re.compile(r"[ \t]*(?:[.;:)!?\n]|$)")
_AFTER_SUBJECT = frozenset("and was is were has had who whose".split()) | _REPORTING


def _clause_ends(low: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Does the clause end after word ``k``, or its verb or "and" follow? Then a colour or an age
    word after a forename is the surname ("stopped kyle young and his mate", "possibly marcus
    brown.", "liam black was arrested"), not a description, which a noun follows ("ryan white
    male", "jade black hoodie")."""
    end = words[k][1]
    if _CLAUSE_END.match(low, end):
        return True
    return k + 1 < len(words) and low[end:words[k + 1][0]] == " " and words[k + 1][2] in _AFTER_SUBJECT


def _apposition(low: str, end: int) -> bool:
    """Is the word at ``end`` followed by a relation or role in apposition ("marcia brown, mother
    of the brown brothers", "leon white, her partner")? Then the word is the end of a name."""
    m = _APPOSED.match(low, end)
    return m is not None and m.group(1) in PERSON_NOUNS


def person_cue_after(text: str, end: int) -> bool:
    """Does a person's attribute follow here (DOB, age, a bare date, aka)?"""
    return _CUE_AFTER.match(text, end) is not None


def site_designator(w: str) -> bool:
    """Does this word close a named body, site or street in the view ("School", "Road")?"""
    w = w.lower()
    return (
        w in _ORG_STRONG or w in _ORG_WEAK or w in _PLACE_DESIG or w in _STREET_STRONG
        or w in _STREET_WEAK or w in _HOUSES or w == "st"
    )


def _dictionary_word(w: str) -> bool:
    """An English word (WordNet lemma or an inflection of one): no evidence of a name alone."""
    t = _english()
    if w in t["noun"] or w in t["verb"] or w in t["adj"] or w in t["adv"] or w in t["verb_forms"]:
        return True
    for suf, rep in (("'s", ""), ("\u2019s", ""), ("'", ""), ("ies", "y"), ("es", ""), ("s", ""), ("er", ""), ("est", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)] + rep
            if base in t["noun"] or base in t["verb"] or base in t["adj"]:
                return True
    return _is_verb_or_adverb(w)


def _name_evidence(w: str, lex: Lexicon) -> bool:
    """A word that names something: a known forename, surname or place, or no English word."""
    base = re.sub(r"(?:['\u2019]s?)$", "", w)
    for part in base.split("-"):
        if len(part) < 3 or part in lex.stop or part in lex.common:
            continue
        if part in lex.forenames or part in lex.surnames or part in lex.place_words:
            return True
        if not _dictionary_word(part):
            return True
    return False


def _named_sites(
    words: list[tuple[int, int, str]], gap: Callable[[int], str], low: str, lex: Lexicon
) -> dict[int, str]:
    """Words of a named body, site or street written before its designator, and their casing
    ("T", or "" for a descriptor left lower): "outside kelvin hall school", "manages sparkle hand
    car wash", "on wednesfield road", "the orchard park estate". Why: with no capitals the
    organisation and place rules have nothing to read; the run of name words before a designator
    is taken only with evidence (a name or non-English word, no determiner before, or enough words)."""
    out: dict[int, str] = {}
    n = len(words)
    for i, (a, b, w) in enumerate(words):
        if w in _ORG_STRONG or w in _ORG_WEAK:
            kind = "strong" if w in _ORG_STRONG else "weak"
        elif w in _PLACE_DESIG:
            kind = "place"
        elif w in _STREET_STRONG or (w == "st" and (i + 1 >= n or gap(i).strip(" ") not in ("", "-"))):
            kind = "street"
        elif w in _STREET_WEAK or w in _HOUSES:
            kind = "weakstreet"
        else:
            continue
        if (b < len(low) and low[b].isdigit()) or (a > 0 and low[a - 1].isdigit()):
            continue  # "st1 3np": a postcode, not a street
        if _CUE_AFTER.match(low, b) or (i > 0 and words[i - 1][2] in ("town", "city") and w == "centre"):
            continue  # "marcus antonio green 06/06/1997" is a person; "Walsall town centre" a town
        run: list[int] = []
        k = i - 1
        while k >= 0 and len(run) < 5 and gap(k) in (" ", " & ") and not _opens(low, words[k + 1][0]):
            wk = words[k][2]
            if (
                wk in lex.stop and wk not in ("st", "&")
                or wk in lex.common
                or wk in lex.determiners
                or wk in lex.cues
                or wk in lex.role_words
                or wk in lex.nominal_labels
                or wk in lex.day_month
                or wk in lex.noise
                or wk in lex.ranks
                or wk in lex.titles
                or wk in lex.vehicle_makes
                or wk in _JARGON
                or w in (wk, wk + "s")  # "solicitor Hadley & Co Solicitors": the label, not the name
                or (wk in lex.slang and wk not in _NAME_ADJECTIVES)
                or (
                    _is_verb_or_adverb(wk)
                    and wk not in _GENERIC
                    and not _name_evidence(wk, lex)
                    and not (k > 0 and words[k - 1][2] == "the" and gap(k - 1) == " ")  # "the Feathers"
                )
            ):
                break
            run.append(k)
            if _opens(low, words[k][0]):
                break
            k -= 1
        if not run or (kind == "weakstreet" and (words[run[0]][2] in lex.forenames or (w in _HOUSES and "'" in words[run[0]][2]))):
            continue  # "marcus green", "jordan hill": a person before a word that is also a street's
        run.reverse()
        if kind in ("street", "weakstreet"):
            run = _street_run(run, words, lex)
        before = words[run[0] - 1][2] if run[0] > 0 and gap(run[0] - 1) == " " and not _opens(low, words[run[0]][0]) else ""
        names = [j for j in run if words[j][2] not in _GENERIC and words[j][2] not in _ORG_STRONG | _PLACE_DESIG]
        evidence = any(_name_evidence(words[j][2], lex) for j in names)
        adj = any(words[j][2] in _english()["adj"] and words[j][2] not in _NAME_ADJECTIVES for j in names)
        if not names:
            continue
        if before == "the":
            ok = evidence or (w in _THE_OK and not adj and not _kind_of_site(names, words, w)) \
                or (len(names) >= 2 and not adj and kind != "weakstreet")
        elif before in lex.determiners or before in ("this", "that", "these", "those", "some", "any"):
            ok = evidence
        elif kind in ("strong", "street"):
            ok = evidence or len(names) >= 2 or (before in _BEFORE_PLACE and not adj) or kind == "street"
        elif kind == "weakstreet":
            ok = evidence
        else:
            ok = evidence or (len(run) >= 2 and not adj)
        if not ok:
            continue
        # Leading generic words stay outside ("local Tesco"): the name starts at its first name word.
        start = run.index(names[0])
        while kind in ("street", "weakstreet") and start > 0 and words[run[start - 1]][2] in _NAME_ADJECTIVES:
            start -= 1  # "little chell lane", "old kent road": a street's describing word is its name
        for j in run[start:]:
            out[j] = "T"
        out[i] = "" if w in _DESCRIPTORS else "T"
        if kind == "street" and i + 1 < n and gap(i) == " " and words[i + 1][2] in _COMPASS:
            out[i + 1] = "T"  # "Wellington Road South"
        if before == "the" and w in _PUBS and start == 0:
            out[run[0] - 1] = "T"  # "The Feathers pub"
        if w in _DESCRIPTORS:  # "the Greenbank industrial estate": generic words stay outside too
            for j in reversed(run[start + 1 :]):
                if words[j][2] not in _GENERIC:
                    break
                out[j] = ""
        if w == "park" and i > 0 and words[i - 1][2] == "car" and i - 1 in out:
            out[i] = out[i - 1] = ""  # "Morrisons car park"
    return out


#: Kinds of bar named by the noun before "bar" ("the wine bar", "the shisha bar"): no bar's name.
_BAR_KINDS = frozenset("wine sports cocktail snack shisha hookah karaoke salad tapas juice gin hotel".split())


def _kind_of_site(names: list[int], words: list[tuple[int, int, str]], w: str) -> bool:
    """Whether "the <words> <designator>" names a kind of business, not one business: "the nail
    bar", "the wine bar", "the hotel bar" (a descriptor or a designator pair of the lexicon)."""
    from ._orgs_places import _org_data  # lazy: that module reads views made here

    data = _org_data()
    ws = [words[j][2] for j in names]
    return (
        all(x in data["business_descriptors"] or w == "bar" and x in _BAR_KINDS for x in ws)
        or " ".join(ws + [w]) in data["pairs"]
    )


def _aside(x: str, low: str, end: int, lex: Lexicon, label: str) -> bool:
    """Is ``x`` in "x, Forename" the writer's aside ("correction, kyle robson is the step-dad",
    "apologies, jade said ...") rather than a SURNAME? An English noun that is no known surname,
    after a full stop or a dash (a line opening with "holland, gary seen" is a nominal), when the
    sentence goes on after the forename and no DOB, age or other cue after it, no naming
    "as" and no nominal label or role before it (``label``: "PNC NOMINAL - PLANT, RICHARD") shows
    a nominal ("butcher, mark (34)", "identified as cole, harvey (pnc ...)")."""
    from ._persons import WORD_SURNAMES

    k = low.rfind(x, 0, end) - 1
    while k >= 0 and low[k] in " \t":
        k -= 1
    return (
        k >= 0 and low[k] in ".!?-\u2013\u2014"  # "... - correction,": not a line's nominal ("holland, gary seen")
        and label not in lex.nominal_labels and label not in _LIST_WORDS and label not in PERSON_NOUNS and label != "as"
        and low[end : end + 1] == " " and low[end + 1 : end + 2].isalpha()
        and (x in _english()["noun"] or plural_noun(x, lex)) and x not in lex.surnames and x not in WORD_SURNAMES
        and not _name_evidence(x, lex) and not _CUE_AFTER.match(low, end) and not _bare_age(low, end, lex)
    )


def _street_run(run: list[int], words: list[tuple[int, int, str]], lex: Lexicon) -> list[int]:
    """A street's name words without the everyday nouns a note runs into it ("no plate little
    chell lane", "car sales pitch montague street", "burglary dwelling kelvin road"): leading
    nouns that are also verbs, plurals or lexicon words are cut when a word no English knows
    follows them in the run, unless they open a known place ("castle bromwich road") or are a
    name's describing word ("Little", "Old", "North").
    Why: with no capitals and no punctuation nothing else shows where the street's name starts."""
    t = _english()
    cut = 0
    while cut < len(run) - 1:
        w = words[run[cut]][2]
        if w not in t["noun"] or w in t["adj"] or w in _NAME_ADJECTIVES or w in _REGION_WORDS or _name_evidence(w, lex):
            break
        if not (w in t["verb"] or _is_verb_or_adverb(w) or plural_noun(w, lex) or w in lex.common or _plain_word(w, lex)):
            break  # "walton breck road": WordNet lists surnames and towns as nouns; a noun alone is no evidence
        cut += 1
    if not cut:
        return run
    k = cut
    while k < len(run) - 1 and (words[run[k]][2] in _NAME_ADJECTIVES or words[run[k]][2] in _REGION_WORDS):
        k += 1  # "plate little chell lane": the name starts at its describing word
    nxt = words[run[k]][2]
    if _dictionary_word(nxt) or not _name_evidence(nxt, lex) or len(nxt) < 4 or nxt in INTERJECTIONS:
        return run  # "sales pitch road", "abbey hey lane": no name word to start from
    for j in range(cut):  # "castle bromwich", "market harborough": a known place's own word
        if " ".join(words[k][2] for k in run[j : cut + 1]) in lex.place_words:
            return run[j:]
    return run[cut:]


def _street_not_saint(low: str, end: int, lex: Lexicon) -> bool:
    """Is "st" ending at ``end`` a street ("stafford st bloxwich", "wolverhampton st when") rather
    than a saint ("exeter st davids", "walsall st john ambulance")? Only an everyday word, a known
    place, a pause or the end may follow a street's "st"."""
    if low[end : end + 1] != " ":
        return True
    m = _LETTER_WORD.match(low, end + 1)
    if m is None:
        return True
    w = m.group(0)
    return w in lex.place_words or _plain_word(w, lex) or w in lex.stop or _is_verb_or_adverb(w)


#: A town, then one or two words, then "station": a railway station named for the town
#: ("london bridge station", "birmingham new street stn"), which police name as a place; the
#: words between are no kind of station ("leeds bus station", "hereford police station").
_STATION_NAME = re.compile(r" ([a-z]+(?: [a-z]+)?) (?:station|stn)\b")
_STATION_KINDS = frozenset(
    """bus coach train railway rail police fire ambulance lifeboat petrol fuel filling service services
    tube underground metro tram power pumping polling radio weather space research charging main""".split()
)


_WORD_RUN = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")


def _half_cased_view(text: str, lex: Lexicon) -> str | None:
    """The view of a half-cased note (a writer who leaves sentences and names lower case but
    types shorthand, a SURNAME or a shop name in capitals: "seen jake n his m8 ryan outside
    Tasty Chicken, NF bag"), or None for text written with ordinary case.

    Why: such notes are "mixed" by letter count, so they were read as written and every name
    left lower case was missed. The writer's own capitals are kept word for word (they are the
    best evidence there is); only words the writer left lower case take the case-less reading's
    capitals, without the sentence-start capitals (kept lower, the model reads the note as the
    writer typed it). A lower-case everyday word straight after the writer's capitals stays
    lower: "Kings Cutz barbers", "PHV licence" show where the writer ended the name."""
    if not half_cased(text):
        return None
    view = _cased(text, lex, starts=False)
    chars = list(view)
    forenames = _forenames(lex)
    cased_end = -2  # end of the last word the writer capitalised
    chained = False
    last: tuple[int, int, str] = (-2, -2, "")  # the word before
    for m in _WORD_RUN.finditer(text):
        a, b = m.span()
        w = m.group(0)
        if _IN_HANDLE.match(text, a - 1) or _IN_HANDLE.match(text, b):
            chars[a:b] = w  # "dan.frost.22", "adeel.raza_07": a handle or address, as written
        elif not w.islower():
            chars[a:b] = w
            if w[:1].isupper() and (not w.isupper() or len(w) > 1):
                cased_end, chained = b, False
                pa, pb, pw = last
                if pb + 1 == a and text[pb] == " " and not w.isupper() and len(pw) > 2 and pw.islower() \
                        and chars[pa] != pw[0] and not (pa >= 2 and text[pa - 1] in " /-" and chars[pa - 2] != text[pa - 2]) \
                        and everyday_word(pw, lex, nouns=True) and pw not in lex.place_words and pw not in forenames:
                    chars[pa:pb] = pw  # "not to enter Orchard Park": the writer's capitals open the name
        elif a == cased_end + 1 and text[cased_end] == " " and len(w) > 1 and w not in lex.place_words and (
            chained and site_designator(w) or w not in forenames and len(w) > 2 and everyday_word(w, lex, nouns=True)
        ):
            chars[a:b] = w
            cased_end, chained = b, True  # "Glasgow Fort shopping centre", "barbers green lane": all stay lower
        last = (a, b, w)
    # "lee GREENE came in", "spoke to grace PRICE": a forename left lower straight before the
    # writer's SURNAME in capitals is its forename, even one that is an everyday word.
    for m in _CAPS_AFTER_LOWER.finditer(text):
        a, b = m.span(1)
        f, sur = m.group(1), m.group(2)
        if f in forenames and "".join(chars[a:b]) == f and _caps_surname(sur, lex) \
                and not _IN_HANDLE.match(text, a - 1) and not (
                    (before := _WORD_BEFORE.search(text[max(0, a - 12) : a])) and before.group(1) in lex.determiners):
            chars[a] = f[0].upper()
    # A name the writer capitalised once ("GRANT Marcus", "Ashley PRICE") or the view read as a
    # SURNAME is the same person when the writer later leaves it lower case ("grant arrested").
    named = set()
    for m in _WORD_RUN.finditer(text):
        a, b = m.span()
        w = m.group(0)
        if len(w) < 3 or not w.isalpha():
            continue
        if w.isupper():
            if _TITLE_AFTER.match(text, b) or _NEAR_TITLE.search(text[max(0, a - 24) : a]):
                named.add(w.lower())
        elif w.islower() and chars[a:b] != list(w) and "".join(chars[a:b]).isupper():
            named.add(w)
    if named:
        for m in _WORD_RUN.finditer(text):
            a, b = m.span()
            w = m.group(0)
            if w in named and "".join(chars[a:b]) == w and not (b < len(text) and text[b].isdigit()) \
                    and not _IN_HANDLE.match(text, a - 1) and not _IN_HANDLE.match(text, b):
                before = _WORD_BEFORE.search(text[max(0, a - 12) : a])
                if not (before and (before.group(1) in lex.determiners or before.group(1) in ("to", "a", "an"))):
                    chars[a] = w[0].upper()
    out = "".join(chars)
    return None if out == text else out


#: A writer's title-case word straight before or after a word in capitals: "Ashley PRICE",
#: "GRANT Marcus", "McGINLEY, Callum" (a SURNAME, not shorthand).
_NEAR_TITLE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]+(?:[A-Z][a-z]+)? $")
_TITLE_AFTER = re.compile(r",? [A-Z][a-z]+\b")
#: A lower-case word straight before a word in capitals ("lee GREENE", "grace PRICE").
_CAPS_AFTER_LOWER = re.compile(r"(?<![\w'\u2019.-])([a-z]+) ([A-Z][A-Z'\u2019-]*[A-Z])(?![\w'\u2019-])")


def _caps_surname(w: str, lex: Lexicon) -> bool:
    """Is a word in capitals a SURNAME rather than shorthand ("NFA", "CCTV", "PNC") or emphasis
    ("NEVER", "DRUGS")? A known surname, or a voiced word of four letters or more with two vowels
    that is no body, police word, vehicle, verb, adjective, adverb or plural."""
    from ._persons import WORD_SURNAMES

    low = w.lower()
    if low in lex.surnames or low in WORD_SURNAMES:
        return True
    t = _english()
    return (  # a town's name may be one ("Dean PRESTON"); an emphasised word ("will NEVER") is not
        len(w) >= 4 and len(_VOWEL.findall(low)) >= 2 and low not in lex.common and low not in lex.stop
        and low not in _one_word_bodies_and_places() and low not in lex.noise and low not in lex.cues
        and low not in lex.vehicle_makes and low not in lex.vehicle_models and not plural_noun(low, lex)
        and not any(low in t[k] for k in ("verb", "adj", "adv", "verb_forms"))
    )


#: A word's neighbour inside a handle, email or web address: "_", "@", or a dot glued to more.
_IN_HANDLE = re.compile(r"[_@]|\.[^\W_]")


#: A DOB or age after the second word of "smith, john (14)" makes it SURNAME, Forename.
_LIST_ATTR = re.compile(r"[ \t]*[(\[,]?[ \t]*(?:\d|d\.?o\.?b|aged?\b|born\b)")


def _word_forename_before_initial(words: list[tuple[int, int, str]], i: int, lex: Lexicon) -> bool:
    """Whether word i-1 is a forename that is also an English word ("dean", "jordan", "grace") and
    so a name before the single letter i ("spoke to dean s", "stopped jordan m and kai p"); not a
    stop word ("will s") nor after a determiner ("the dean s ...")."""
    f = words[i - 1][2]
    return f in lex.lower_ambiguous and f in lex.forenames and f not in lex.stop and len(f) > 2 \
        and not (i > 1 and words[i - 2][2] in lex.determiners)


def _forename_list(words: list[tuple[int, int, str]], i: int, gap: Callable[[int], str], low: str,
                   forenames: frozenset[str], lex: Lexicon) -> bool:
    """Whether "x, y" (words i-1 and i) opens a list of forenames rather than SURNAME, Forename:
    "present: liam, josh, callum and two girls", "kane, ryan and an unknown female". The first word
    is a forename and no known surname, no DOB or age follows the second, and the list goes on with
    a forename or another person ("two girls") that is not itself the start of a "surname, forename"
    pair ("grant, demetrius and yilmaz, osman")."""
    x = words[i - 1][2]
    if x not in forenames or x in lex.surnames or x in WORD_SURNAMES or _LIST_ATTR.match(low, words[i][1]):
        return False
    if i + 1 >= len(words):
        return False
    link = gap(i).strip()
    if link in (",", "&", "+"):
        k = i + 1
    elif link == "" and words[i + 1][2] in ("and", "&") and i + 2 < len(words):
        k = i + 2
    else:
        return False
    item = words[k][2]
    # "present: kyle, shay, mo and the polish lad": a third item the list carries on after is one
    # more person, whatever the word
    goes_on = link == "," and k + 1 < len(words) and (
        gap(k) == " " and words[k + 1][2] in ("and", "&") or gap(k).strip() == "," and words[k + 1][2] in forenames
    )
    if item not in forenames and item not in lex.determiners and item not in _LIST_OTHERS and not goes_on:
        return False  # "injured - aziz, sami, head wound": the pair is one name, then a note
    nxt_pair = k + 1 < len(words) and gap(k).strip() == "," and words[k + 1][2] in forenames
    return not nxt_pair


#: Words that open the next item of a list of people after forenames ("... and two girls").
_LIST_OTHERS = frozenset("an a two three four another others other unknown his her their some several".split())

def truecase(text: str, lex: Lexicon) -> str | None:
    """A cased reading of a case-less or half-cased text with identical offsets, or None when the
    text is written with ordinary case (see ``_half_cased_view`` for notes cased only in part).

    Why: rules and model lean on capitals (police write SURNAME in capitals, names in title
    case); a shouted export or an all-lower-case note carries none. Words are lower-cased, then
    capitals restored on evidence only: sentence starts, gazetteer places and known bodies,
    unambiguous forenames, words beside name cues (DOB, aged, (15), aka, brother ...), and the
    police SURNAME convention re-created for the word after a forename that is no everyday
    English word. Only per-character case changes of equal length are made.
    """
    if not caseless(text):
        return _half_cased_view(text, lex)
    return _cased(text, lex)


def _cased(text: str, lex: Lexicon, starts: bool = True) -> str:
    """``truecase`` of any text as if it had no case; ``starts`` capitalises sentence openings."""
    low = text.lower()
    chars = list(low) if len(low) == len(text) else [c.lower() if len(c.lower()) == 1 else c for c in text]
    low = "".join(chars)

    def title(a: int, b: int) -> None:
        u = low[a].upper()
        if len(u) == 1:
            chars[a] = u
        for k in range(a + 1, b):  # "o'neill" -> "O'Neill", "smith-jones" -> "Smith-Jones"
            if low[k - 1] in "'\u2019-" and k - 1 > a and (k - a > 2 or low[a] in "o") and low[k:b] != "s":
                u = low[k].upper()
                if len(u) == 1:
                    chars[k] = u
        if low.startswith(("mc", "mac"), a) and b - a > 4 and low[a:b] not in lex.common:
            k = a + (2 if low.startswith("mc", a) else 3)
            if low.startswith("mc", a):
                chars[k] = low[k].upper() if len(low[k].upper()) == 1 else chars[k]

    def upper(a: int, b: int) -> None:
        for k in range(a, b):
            u = low[k].upper()
            if len(u) == 1:
                chars[k] = u

    words = [(m.start(), m.end(), m.group(0)) for m in _LETTER_WORD.finditer(low)]
    state = [""] * len(words)  # "" lower, "T" title, "U" upper
    nocap: set[int] = set()  # descriptors after a name ("estate", "takeaway"): lower even at a start

    # The text between each word and the next, computed once: the rules below ask it ~300 times per report.
    gaps = [low[words[i][1] : words[i + 1][0]] for i in range(len(words) - 1)] + [""]
    gap: Callable[[int], str] = gaps.__getitem__

    forenames = _forenames(lex)

    def ambiguous(w: str) -> bool:
        return _plain_word(w, lex) or w in lex.lower_ambiguous or w in _NOT_OPENING_NAME

    # Evidence of a name: an attribute cue after it, or a naming cue before it.
    cued: set[int] = set()
    for i, (a, b, w) in enumerate(words):
        m = _CUE_AFTER.match(low, b)
        if m and (
            m.group(0).lstrip(" \t,")[:1].isdigit() and (w in _english()["adj"] or _is_verb_or_adverb(w))
            or w in _english()["adj"] and w not in lex.surnames and w not in lex.forenames and w not in _SURNAME_ADJECTIVES
            and not w.endswith("ly")
        ):
            m = None  # "flat filthy, 3 males", "different dob": a cue after a describing word is no name
        if m and len(w) == 1 and low[a - 1 : a] == "(":
            m = None  # "(f, 22)": sex and age after a name, not a name
        if m and i > 0 and words[i - 1][2] in _QUANTITIES and (len(words[i - 1][2]) > 2 or low[words[i - 1][0] - 1 : words[i - 1][0]].isdigit()):
            m = None  # "22 wraps heroin, 9 crack": a count of a substance, then the next count
        if m and _dictionary_word(w) and w not in lex.surnames and w not in lex.forenames:
            y = _RECENT_DATE.fullmatch(m.group(0))
            if y:
                m = None  # "CUSTODY RECORD 07/05/25", "ROAD STOP 23/04/2025": a heading's date, no DOB
        if m and not _plain_word(w, lex):
            cued.add(i)
            if i > 0 and gap(i - 1) in (" ", ", ", ",") and _may_open_name(words[i - 1][2], lex):
                cued.add(i - 1)
                if i > 1 and gap(i - 2) == " " and _may_open_name(words[i - 2][2], lex, far=True):
                    cued.add(i - 2)
        cue = words[i - 1][2] if i > 0 else ""
        if (
            cue in lex.titles
            and gap(i - 1).strip(" .") == ""
            and not _plain_word(w, lex)
            and not low[words[i - 1][0] - 1 : words[i - 1][0]].isdigit()  # "ab55 4dr. farmer": a postcode
        ):
            cued.add(i)  # "mr guthrie", "ms kearney"
        if (
            cue in ("him", "her") and i > 1 and words[i - 2][2] in ("calls", "called", "call") and gap(i - 1) == " "
            and not _plain_word(w, lex) and w not in _english()["adv"] and not _is_verb_or_adverb(w)
        ):
            cued.add(i)  # "everybody calls him tiny"
        if (
            cue in ("as", "was", "is")
            and i > 1
            and words[i - 2][2] in _NAME_NOUNS
            and gap(i - 2) == " "
            and gap(i - 1) == " "
            and not _plain_word(w, lex)
            and w not in _english()["adv"]
        ):
            cued.add(i)  # "gave his surname as hollis", "said his name was pete"
        if (cue in _NAME_BEFORE_CUES or cue in lex.cues) and cue not in _WEAK_CUES and gap(i - 1).strip() in ("", ":"):
            if w in forenames and not lex.not_a_name_word(w):
                cued.add(i)
            elif words[i - 1][2] in _NAME_BEFORE_CUES and not _plain_word(w, lex) and not plural_noun(w, lex) \
                    and w not in _english()["adv"]:  # "named locally as ...", "called immediately"
                cued.add(i)

    for i, (a, b, w) in enumerate(words):
        if w in forenames and (not ambiguous(w) or i in cued):
            state[i] = "T"
        elif (
            w[-2:] in ("'s", "\u2019s") and w[:-2] in forenames
            and (not ambiguous(w[:-2]) or w[:-2] not in lex.stop and i + 1 < len(words) and gap(i) == " " and words[i + 1][2] in _OWNED
                 # "jordan's phone"; not "the welsh guy's flat", "grant's motor spares" (a firm)
                 and not (i > 0 and (words[i - 1][2] in lex.determiners or words[i - 1][2] in _english()["adj"]))
                 and not (i > 1 and words[i - 2][2] in lex.determiners) and not _body_after(low, b, lex))
            and not (i > 0 and words[i - 1][2] in _RUNS_BUSINESS)  # "runs marcia's caribbean kitchen"
        ):
            state[i] = "T"  # "gemma's sister", "ELLIE'S RELATIONSHIP": a forename's possessive
        elif "-" in w and all(p in forenames and not ambiguous(p) for p in w.split("-")):
            state[i] = "T"  # "ellie-mae", "toni-marie": a forename compound, so its surname follows
    # "adeyemi, oluwaseun (dob ...)", "keeper: todd, liam 01/03/1997": SURNAME, Forename opening
    # a line or field, with a known forename, a known surname or a cue after it.
    for i in range(1, len(words)):
        x, y = words[i - 1][2], words[i][2]
        # "prisoner stockwell, lee": a person noun before the pair opens it like a line start.
        after_noun = i > 1 and gap(i - 2) == " " and words[i - 2][2] in PERSON_NOUNS
        # "identified as cole, harvey", "pnd enquiry - hollis, terence", "subjects: grant,
        # demetrius and yilmaz, osman": a naming "as", a spaced dash or the next item of a list
        # of such names opens the pair too.
        named_as = i > 2 and gap(i - 2) == " " and words[i - 2][2] == "as" and words[i - 3][2] != "such"
        dashed = i > 1 and gap(i - 2).rstrip(" ").endswith((" -", " \u2013", " \u2014"))
        listed = (
            i > 3 and gap(i - 2) == " " and words[i - 2][2] in ("and", "&") and gap(i - 3) == " "
            and state[i - 3] == "T" and state[i - 4] == "U" and gap(i - 4).strip() == ","
        )
        closed = low[words[i][1] : words[i][1] + 2].strip(" ")[:1] in (";", "\n", "/", "", ".", "(", ")") or (
            i + 1 < len(words) and gap(i) == " " and words[i + 1][2] in ("and", "&")
        )
        if (named_as or dashed or listed) and not _opens(low, words[i - 1][0]) and not after_noun and (
            x in lex.place_words or x in _one_word_bodies_and_places()
            or x not in lex.surnames and (
                x in lex.stop or x in _english()["adj"] or x in _english()["adv"] or _is_verb_or_adverb(x)
            )
        ):
            named_as = dashed = listed = False  # "such as leeds, bradford", "as usual, kyle": no surname
        if _aside(x, low, words[i][1], lex, words[i - 2][2] if i > 1 else ""):
            continue  # "- correction, kyle robson is ...", "apologies, jade": the writer's aside, no SURNAME
        if (
            gap(i - 1) in (", ", ",")
            and (_opens(low, words[i - 1][0]) or after_noun or named_as or dashed or listed)
            # "caller: josh, joshua fairclough": a forename restated in full, not SURNAME, Forename
            and not (
                x in forenames and x not in lex.surnames and i + 1 < len(words) and gap(i) == " "
                and not _plain_word(words[i + 1][2], lex)
            )
            and not _forename_list(words, i, gap, low, forenames, lex)
            and not _plain_word(x, lex)
            and not _plain_word(y, lex)
            and not _is_verb_or_adverb(x)
            and (
                y in forenames and (not ambiguous(y) or after_noun and not lex.not_a_name_word(y))
                # "associates: dixon, gary ; milburn, lee ; robson, ...": a list item closed by a
                # separator is SURNAME, Forename even when the forename is also a word
                or y in forenames and not lex.not_a_name_word(y) and not _plain_word(y, lex)
                and low[words[i][1] : words[i][1] + 2].strip(" ")[:1] in (";", "\n", "/", "", "-", "\u2013", "\u2014")
                or x in lex.surnames
                or _CUE_AFTER.match(low, words[i][1])
                # "hassani, ali (afghan, 20)", "docherty, jamie-lee ;": closed by a pause, a
                # forename no English knows or a compound of forenames
                or closed and (x in lex.surnames or not _dictionary_word(x)) and (
                    _unknown_name(y, lex, low, words[i])
                    or "-" in y and all(p in forenames for p in y.split("-"))
                )
            )
        ):
            state[i - 1], state[i] = "U", "T"
            k = i
            while (
                k + 1 < len(words)
                and gap(k) == " "
                and words[k + 1][2] in forenames
                and (
                    not ambiguous(words[k + 1][2])
                    or not lex.not_a_name_word(words[k + 1][2]) and _CUE_AFTER.match(low, words[k + 1][1])
                )
            ):  # "holmes, ricky lee 01/12/1987": an everyday forename before a DOB is a name
                k += 1
                state[k] = "T"  # "o'connor, patrick joseph"
    _surname_before_forename(words, state, gap, low, lex)
    # The police SURNAME: after a forename (and middle forenames), the next word that is no
    # everyday English word; or a cued word that is not a forename.
    for i, (a, b, w) in enumerate(words):
        if state[i] != "T" or (i > 0 and state[i - 1] and gap(i - 1) in (" ", "-")) or w[-2:] in ("'s", "\u2019s"):
            # (after a comma a new name starts: "assoc: ciaran MCCANN, niamh doherty")
            continue
        j = i
        while (
            j + 1 < len(words)
            and gap(j) in (" ", "-")
            and words[j + 1][2] in forenames
            and not ambiguous(words[j + 1][2])
            and words[j + 1][2] not in lex.surnames
        ):
            j += 1
        if i > 0 and words[i - 1][2] in _FORENAME_LABELS and gap(i - 1).strip() == ":":
            for k in range(i, j + 1):
                state[k] = "T"  # "forenames: craig alasdair": every word is a forename
            continue
        # "marcus antonio green 06/06/1997", "keeper marcus green": a surname that is also a
        # colour or a street word, shown by a DOB after it or a person noun before the forename.
        plain_surname = (
            j + 1 < len(words)
            and gap(j) == " "
            and words[j + 1][2] not in lex.stop
            and (
                words[j + 1][2] in _SURNAME_ADJECTIVES
                or words[j + 1][2] in lex.street_suffixes
                or words[j + 1][2] in lex.surnames and words[j + 1][2] not in forenames
            )
            and (
                _cue_text(low, words[j + 1][1])[:1] not in ("", ",")
                or (i > 0 and words[i - 1][2] in PERSON_NOUNS and gap(i - 1) == " ")
                or _apposition(low, words[j + 1][1])
                or words[j + 1][2] in _SURNAME_ADJECTIVES and _clause_ends(low, words, j + 1)
            )
        )
        if plain_surname:
            state[j + 1] = "U"
        elif j > i and (j + 1 >= len(words) or gap(j) != " " or _plain_word(words[j + 1][2], lex)):
            state[j] = "U"  # "niall brennan was": the last of two forename-like words is the surname
        elif j + 1 < len(words) and gap(j) == " ":
            nxt = words[j + 1][2]
            if (
                len(nxt) >= 2
                and not _plain_word(nxt, lex)
                and not _is_verb_or_adverb(nxt)
                and nxt not in lex.place_words
                and not (nxt in lex.vehicle_models and nxt not in lex.forenames and nxt not in lex.surnames)
                and not (nxt in _english()["adj"] and nxt not in _SURNAME_ADJECTIVES and j + 1 not in cued)
                and not (j + 2 < len(words) and gap(j + 1) == " " and words[j + 2][2] in _OBJECTS)
                # "her man florin run the girls", "jay sell a bag": a bare verb before its object
                and not (
                    nxt in _english()["verb"] and nxt not in lex.surnames and j + 2 < len(words)
                    and gap(j + 1) == " " and words[j + 2][2] in lex.determiners
                )
            ) or (
                j + 2 < len(words) and gap(j + 1) == " " and words[j + 2][2] in _KIN and not _plain_word(nxt, lex)
            ) or (
                # "caller doreen fielding states ...": a word between a forename and a reporting
                # verb is the surname, even an English word (not an adverb: "kyle later said")
                j + 2 < len(words) and gap(j + 1) == " " and words[j + 2][2] in _REPORTING
                and len(nxt) >= 3 and not _plain_word(nxt, lex) and nxt not in _english()["adv"]
                and nxt not in _english()["adj"] and not nxt.endswith("ly")
            ) or (
                # "marcus green (dob ...)", "jordan hill aka ...": a street word as the surname
                nxt in lex.street_suffixes and nxt not in lex.stop and _CUE_AFTER.match(low, words[j + 1][1])
                and not _CUE_AFTER.match(low, words[j + 1][1]).group(0).lstrip(" \t,")[:1].isdigit()
            ):
                state[j + 1] = "U"  # "keeley stokes mum rang": a word between a forename and a kin word
            if state[j + 1] == "U" and nxt in forenames and j + 2 < len(words) and gap(j + 1) == " " and not plain_surname:
                # "mohamed ali hassan", "marcus antonio green 06/06/1997": a forename that is also a
                # surname is a middle name when a surname follows it.
                w2 = words[j + 2][2]
                cue2 = _CUE_AFTER.match(low, words[j + 2][1])
                if not _is_verb_or_adverb(w2) and (
                    (w2 in lex.surnames or w2 in _SURNAME_ADJECTIVES or w2 in lex.street_suffixes)
                    and (not _plain_word(w2, lex) and not _dictionary_word(w2) or cue2)
                    or _unknown_name(w2, lex, low, words[j + 2])
                    # "owain morgan jones", "aled morgan jones": a frequent surname WordNet also lists
                    or w2 in lex.surnames and not _plain_word(w2, lex) and w2 not in lex.stop
                ):
                    state[j + 1], state[j + 2] = "T", "U"
        # "smith, john": a list written SURNAME, Forename.
        if i > 0 and gap(i - 1) in (", ", ",") and state[i - 1] != "T" and (i == 1 or "\n" in gap(i - 2) or i - 1 in cued or _opens(low, words[i - 1][0])):
            prev = words[i - 1][2]
            if not _plain_word(prev, lex) and not _aside(prev, low, words[i][1], lex, words[i - 2][2] if i > 1 else ""):
                state[i - 1] = "U"
    _word_surnames(words, state, gap, low, lex, forenames)
    for i in sorted(cued):
        if not state[i]:
            w = words[i][2]
            if w in forenames:
                state[i] = "T"
            elif i + 1 in cued and not state[i + 1] and gap(i) == " " and words[i + 1][2] not in forenames:
                state[i] = "T"  # "euan strachan dob ...": Forename SURNAME
            elif i > 0 and i - 1 in cued and state[i - 1] == "U" and gap(i - 1).strip() == ",":
                state[i] = "T"  # "strachan, euan dob ...": SURNAME, Forename
            else:
                state[i] = "U"
    for i, (a, b, w) in enumerate(words):
        if not state[i] and w.startswith(("mc", "o'", "o\u2019")) and _MC_O.fullmatch(w) and not _plain_word(w, lex):
            state[i] = "U"  # Mc/O' surnames are names in any case
    # Frequent surnames that are no forename stand alone in notes ("strachan was arrested").
    for i, (a, b, w) in enumerate(words):
        if not state[i] and w in lex.surnames and w not in forenames and w not in PERSON_NOUNS and not everyday_word(w, lex):
            prev = words[i - 1][2] if i > 0 and not _opens(low, a) else ""
            if _dictionary_word(w) and prev and (prev in lex.determiners or prev not in lex.stop):
                continue  # "a dog walker", "the smith": a noun here
            state[i] = "U"
    # A name right after a person noun ("her friend sherelle", "subject reid", "landlord sukhdev
    # sangha"): police write the relation or role, then the name. Words no English knows are
    # taken (two: Forename SURNAME; one: a forename after kin, a SURNAME after a role); an
    # everyday forename ("her friend grace") only after kin and before a pause or a reporting verb.
    for i in range(1, len(words)):
        noun = words[i - 1][2]
        if state[i] or noun not in PERSON_NOUNS or gap(i - 1) != " " or _opens(low, words[i][0]):
            continue
        w = words[i][2]
        nxt = words[i + 1][2] if i + 1 < len(words) and gap(i) == " " else ""
        if _unknown_name(w, lex, low, words[i]):
            if nxt and (
                state[i + 1] == "U"
                or i + 2 < len(words) and gap(i + 1) == " " and words[i + 2][2] in _REPORTING and len(nxt) >= 3
                and not _plain_word(nxt, lex) and nxt not in _english()["adv"] and nxt not in _english()["adj"]
                # "neighbour eirlys jones heard", "cashier dilys vaughan saw": a surname that is
                # also a word (WordNet lists Jones, Vaughan) before any finite verb, not a verb
                # or describing word itself ("friend kez later left", "carer bex usually calls")
                or i + 2 < len(words) and gap(i + 1) == " " and _finite_verb(words[i + 2][2]) and len(nxt) >= 3
                and not _plain_word(nxt, lex) and nxt not in lex.stop and nxt not in lex.place_words
                and nxt not in _english()["adv"] and nxt not in _english()["adj"] and not _is_verb_or_adverb(nxt)
                and nxt not in _english()["verb"]
                or nxt in lex.surnames and not _dictionary_word(nxt)
                or not state[i + 1] and _unknown_name(nxt, lex, low, words[i + 1])
            ):
                state[i], state[i + 1] = "T", "U"
            else:  # a listed surname that is no forename stays a SURNAME after kin ("partner hughes f.")
                state[i] = "T" if noun in _RELATIONS and w not in listed_surnames() or w in forenames else "U"
        elif (
            noun in _RELATIONS
            and w in forenames
            and not lex.not_a_name_word(w)
            and (
                not nxt and gap(i).strip()[:1] in (".", ",", ";", ")", "")
                or nxt in _AFTER_NAMED or nxt in ("are", "were") or _finite_verb(nxt)
            )
        ):
            state[i] = "T"
    # Surname particles ("de souza", "da silva", "dos santos"): the particle joins the surname.
    for i in range(len(words) - 1):
        if words[i][2] in _PARTICLES and gap(i) == " " and state[i + 1] in ("", "U"):
            q = words[i + 1][2]
            if state[i + 1] == "U" or _unknown_name(q, lex, low, words[i + 1]) or q in lex.surnames and not _dictionary_word(q):
                state[i] = state[i + 1] = "U"
                if i > 0 and not state[i - 1] and gap(i - 1) == " " and _unknown_name(words[i - 1][2], lex, low, words[i - 1]):
                    state[i - 1] = "T"  # "graziela dos santos": the word before the particle is the forename
        # "hassan al jabouri": an Arabic "al"/"el" after a forename, before a word no English
        # knows ("al" alone is a forename).
        elif words[i][2] in ("al", "el") and gap(i) == " " and i > 0 and state[i - 1] == "T" and gap(i - 1) == " " \
                and not state[i + 1] and len(words[i + 1][2]) >= 4 and _unknown_name(words[i + 1][2], lex, low, words[i + 1]):
            state[i] = state[i + 1] = "U"
    # A sentence or clause opened by a word no English or lexicon knows, then a finite verb
    # ("balan was seen", "hepple stopped on foot", "states that krasniqi was"): its subject, a name.
    for i in range(len(words) - 1):
        a, b, w = words[i]
        nxt = words[i + 1][2]
        shown = i > 0 and words[i - 1][2] in _INTEL_OPENERS and nxt.endswith("ing") and _is_verb_or_adverb(nxt)
        # "says beckford and another lad ...": a reported clause's subject of two people
        pair = i > 0 and words[i - 1][2] in _CLAUSE_OPENERS and gap(i - 1) == " " and nxt in _PERSON_JOINS \
            and i + 2 < len(words) and words[i + 2][2] in _AND_ANOTHER
        # "berisha - wants to speak ...", "hoxha - no comment": an interview note's speaker line
        said = gap(i) in (" - ", " \u2013 ") and _opens(low, a) and (
            nxt in _SPEAKER_ACTS or nxt == "no" and i + 2 < len(words) and words[i + 2][2] == "comment")
        if state[i] or (gap(i) != " " and not said) or len(w) < 4 or not (
            _finite_verb(nxt) or nxt in _SUBJECT_ADVERBS or nxt.endswith("ly") and nxt in _english()["adv"] or shown
            or nxt in _SHORTHAND_VERBS or pair or said
        ):
            continue  # "balan was seen", "pascoe alone with children", "hepple later returned", "cctv shows balan leaving"
        if not _opens(low, a) and not (i > 0 and (
            gap(i - 1) == " " and (words[i - 1][2] in _SUBJECT_OPENERS or words[i - 1][2] in _INTEL_OPENERS)
            # "update - dunn released", "0714 7a2 - morris detained": after a log label's dash, a
            # known surname only (a place opens such lines too: "intel - calais port checked")
            or gap(i - 1) in (" - ", " \u2013 ", " \u2014 ") and (w in listed_surnames() or w in lex.surnames)
            or low[a - 2 : a].strip() == "," and nxt in _SHORTHAND_VERBS  # "0600, zhang arr, chen arr"
        )):
            continue
        if ("'" in w or "\u2019" in w) and not _MC_O.fullmatch(w) or w in _CONTRACTIONS or w in lex.vehicle_models:
            continue  # "it's", "shes", "octavia registered"
        if _unknown_name(w, lex, low, words[i]) and not site_designator(words[i + 1][2]):
            state[i] = "T" if w in forenames else "U"
    _lone_name_openings(words, state, gap, low, lex, forenames)
    _person_slots(words, state, gap, low, lex, forenames)
    _paired_forenames(words, state, gap, low, lex)
    _reported_subject(words, state, gap, low, lex)
    # Vietnamese names, SURNAME Middle Given ("dang thi hoa", "TRINH VAN LONG"): a common family
    # name, then a common middle name (thi, van, duc, minh ...), then a short given name. Common in
    # modern slavery reporting (nail bars, cannabis farms), where "van" and "long" are no vehicle or
    # length; the frame of three is required, so "do", "le" and "van" alone stay words.
    for i in range(len(words) - 2):
        if (
            words[i][2] in _VIET_FAMILY
            and words[i + 1][2] in _VIET_MIDDLE
            and gap(i) in (" ", ", ")  # "NGUYEN, VAN THANH": SURNAME, Middle Given
            and gap(i + 1) == " "
            and 2 <= len(_POSSESSIVE.sub("", words[i + 2][2])) <= 6
            and words[i + 2][2] not in lex.stop
            and words[i + 2][2] not in _AUXILIARIES  # ("hung", "long", "thanh" are given names)
        ):
            state[i], state[i + 1], state[i + 2] = "U", "T", "T"
        # Two words, SURNAME Given, shown by an age or a DOB after them ("pham minh 19", "TRAN
        # HUNG DOB 03/04/1999"): a family name of four letters or more, so not "do", "le" or "ho".
        elif (
            words[i][2] in _VIET_FAMILY
            and len(words[i][2]) >= 4
            and gap(i) in (" ", ", ")
            and 2 <= len(words[i + 1][2]) <= 6
            and words[i + 1][2] not in lex.stop
            and words[i + 1][2] not in _AUXILIARIES
            and not _plain_word(words[i + 1][2], lex)
            and state[i] in ("", "U") and state[i + 1] in ("", "T")
            and (_cue_text(low, words[i + 1][1]) or _bare_age(low, words[i + 1][1], lex))
        ):
            state[i], state[i + 1] = "U", "T"
        # Given-first order, as many write them in the UK ("minh duc pham", "van minh nguyen"):
        # a middle name, a short given name, then a family name of three letters or more.
        elif (
            words[i][2] in _VIET_MIDDLE
            and words[i + 2][2] in _VIET_FAMILY
            and len(words[i + 2][2]) >= 3
            and gap(i) == " "
            and gap(i + 1) == " "
            and 2 <= len(words[i + 1][2]) <= 6
            and words[i + 1][2] not in lex.stop
            and words[i + 1][2] not in _AUXILIARIES
            and not state[i] and state[i + 1] in ("", "T") and state[i + 2] in ("", "U")
        ):
            state[i], state[i + 1], state[i + 2] = "T", "T", "U"
    # "female n ward", "second male j north", "keeper as c spalding": an initial and a surname
    # after a person noun (police write the initial, not the forename, of a party to an incident).
    for i in range(1, len(words) - 1):
        a, b, w = words[i]
        prev, nxt = words[i - 1][2], words[i + 1][2]
        if (
            len(w) == 1
            and w not in "aiux"
            and not state[i]
            and gap(i - 1) == " "
            and gap(i) in (" ", ". ")
            and (
                prev in PERSON_NOUNS or prev in _SEXES
                or prev == "as" and i > 1 and words[i - 2][2] in PERSON_NOUNS
            )
            and len(nxt) >= 3
            and state[i + 1] in ("", "U")
            and not _plain_word(nxt, lex)
            and not _finite_verb(nxt)
            and not nxt.endswith("ly")
            and nxt not in _english()["verb_forms"]
            and nxt not in _english()["adj"]
            and not low[words[i + 1][1] : words[i + 1][1] + 1].isdigit()
        ):
            state[i] = state[i + 1] = "U"
    # Double-barrelled names ("llewellyn-jones", "baptiste-campbell"): every part a name-like
    # word; a compound of forenames ("ellie-mae", "toni-marie") is a forename.
    for i, (a, b, w) in enumerate(words):
        if state[i] or "-" not in w or (b < len(low) and low[b].isdigit()) or (a > 0 and low[a - 1].isdigit()):
            continue
        parts = _POSSESSIVE.sub("", w).split("-")
        if len(parts) != 2 or any(len(p) < 3 or not _VOWEL.search(p) or _plain_word(p, lex) for p in parts):
            continue
        if all(p in forenames and not lex.not_a_name_word(p) for p in parts):
            state[i] = "T"
        elif _POSSESSIVE.sub("", w) not in _one_word_bodies_and_places() and all(
            p in lex.surnames or p in forenames or not _dictionary_word(p) for p in parts
        ) and any(not _dictionary_word(p) for p in parts):
            state[i] = "U"
            if i > 0 and not state[i - 1] and gap(i - 1) == " " and (
                words[i - 1][2] in forenames and not lex.not_a_name_word(words[i - 1][2])
                or _unknown_name(words[i - 1][2], lex, low, words[i - 1])
            ):
                state[i - 1] = "T"
    # "ms ceri LLEWELLYN-JONES": after a title, a word before a surname is the forename.
    for i in range(1, len(words) - 1):
        if (
            state[i] == "U"
            and state[i + 1] == "U"
            and words[i - 1][2] in lex.titles
            and gap(i - 1).strip(" .") == ""
            and gap(i) == " "
            and words[i][2] not in lex.surnames
        ):
            state[i] = "T"
    # Column lists ("tregear  kieran  17/02/2002  truro"): a line opened by a word, then after a
    # column gap a forename and a date, is SURNAME  Forename.
    for i in range(1, len(words)):
        x, y = words[i - 1][2], words[i][2]
        g = gap(i - 1)
        if (
            (len(g) >= 2 and g.strip() == "" or g == "\t")
            and "\n" not in g
            and _opens(low, words[i - 1][0])
            and y in forenames
            and not lex.not_a_name_word(y)
            and not _plain_word(x, lex)
            and _cue_text(low, words[i][1])[:1].isdigit()
        ):
            state[i - 1], state[i] = "U", "T"
    # Field labels of a nominal record ("SURNAME MCGREGOR FORENAME CALLUM DOB ...", "surname:
    # dobson forenames: liam james"): the label is no name; the value after it is the SURNAME or
    # the forenames, whatever else the words mean.
    for i, (a, b, w) in enumerate(words):
        if w not in _SURNAME_LABELS and w not in _FORENAME_LABELS or w == "given" or i + 1 >= len(words):
            continue
        if gap(i).strip(" \t:-") or "\n" in gap(i):
            continue
        state[i] = ""
        nocap.add(i)  # "Surname DOBSON" at a line start would read as a forename
        if w in _SURNAME_LABELS:
            if not _plain_word(words[i + 1][2], lex):
                state[i + 1] = "U"
            continue
        k = i + 1
        while k < len(words) and words[k][2] not in _SURNAME_LABELS and not _plain_word(words[k][2], lex) and len(words[k][2]) > 1:
            state[k] = "T"
            if k + 1 >= len(words) or gap(k) != " " or _CUE_AFTER.match(low, words[k][1]):
                break
            k += 1
    # SURNAME Forename as a list item without the comma ("assocs: smith craig, atkinson paige",
    # "subjects: 1) krasniqi arben 2) beqiri gentian", "present: ward mick and hughes leanne"):
    # an item of two words opened by a field, a separator or a list word and closed by one, the
    # second a forename and the first a surname or a word no English knows (not a forename).
    for i in range(1, len(words)):
        x, y = words[i - 1][2], words[i][2]
        if gap(i - 1) != " " or state[i - 1] not in ("", "U") or state[i] not in ("", "T"):
            continue
        if y not in forenames or lex.not_a_name_word(y) or _plain_word(y, lex) or _plain_word(x, lex):
            continue
        if x in forenames and x not in lex.surnames or x in PERSON_NOUNS or x in lex.place_words:
            continue
        role = i > 1 and gap(i - 2).strip(" :") == "" and (
            words[i - 2][2] in _LIST_WORDS or words[i - 2][2] in PERSON_NOUNS or words[i - 2][2] == "associated"
            or words[i - 2][2] in lex.nominal_labels  # "soi cooper jason", "misper okoro tanisha"
            or words[i - 2][2] in ("to", "with") and i > 2 and words[i - 3][2] in ("linked", "associated")
        )
        # A shouted export writes "PARTNER GREEN NATASHA", "REG KEEPER TURNER JOSHUA", a hasty
        # note "nominal hartley chloe - ...": after a role any word that is no everyday English
        # word of another kind may be the SURNAME (the item must still be closed, below).
        shouted_role = role and not plural_noun(x, lex) and not (
            x in lex.stop or x in _english()["adj"] and x not in _SURNAME_ADJECTIVES or x in _english()["adv"]
            or _is_verb_or_adverb(x) or x in _one_word_bodies_and_places()
        )
        if not (x in lex.surnames or _unknown_name(x, lex, low, words[i - 1]) or shouted_role):
            continue
        before = low[: words[i - 1][0]].rstrip(" \t")
        opened = _opens(low, words[i - 1][0]) or before.endswith((",", ";", ")")) or role
        rest = low[words[i][1] : words[i][1] + 3].lstrip(" \t")
        after = words[i + 1][2] if i + 1 < len(words) and gap(i) == " " else ""
        shut = (
            rest[:1] in ("", ",", ";", ".", "\n", "(") or rest[:1].isdigit() or after in ("and", "&", "of")
            or bool(_CUE_AFTER.match(low, words[i][1]))
            or role and rest[:2] in ("- ", "\u2013 ", "\u2014 ")  # "soi cooper jason - known for ..."
            # "pritchard gareth - father of ...": a nominal heading a line (no sentence after a full
            # stop), closed by a spaced dash, its second word a forename and no surname
            or rest[:2] in ("- ", "\u2013 ", "\u2014 ") and _opens(low, words[i - 1][0])
            and before[-1:] not in (".", "!", "?") and y not in lex.surnames and x not in forenames
            and not everyday_word(y, lex, nouns=True)  # "OWUSU GRACE - CALLED": the model reads it whole
        )
        # After a full stop the pair may open a sentence of prose ("gwyneth price and dafydd price
        # met ..."): there only a field's pause or a cue after it shows the inverted order.
        prose = opened and not role and before[-1:] in (".", "!", "?")
        if prose and (after in ("and", "&", "of") or rest[:1] == "."):
            continue
        if opened and shut:
            state[i - 1], state[i] = "U", "T"
            if i > 1 and (words[i - 2][2] in _LIST_WORDS or words[i - 2][2] in lex.nominal_labels) and not state[i - 2]:
                nocap.add(i - 2)  # "Assocs SMITH" at a line start would read as Forename SURNAME
    # A word shown to be a surname once is that surname wherever else the report uses it
    # ("... osei, daniel dob ... osei uses instagram"); an ambiguous forename before it is a name.
    # A determiner before an English word shows the word ("at the ward office", "a grant").
    known = {_POSSESSIVE.sub("", words[i][2]) for i in range(len(words)) if state[i] == "U"}
    for i, (a, b, w) in enumerate(words):
        if _POSSESSIVE.sub("", w) in known and (not state[i] or (i + 1 < len(words) and state[i + 1] == "T" and "," in gap(i))) \
                and not (i > 0 and gap(i - 1) == " " and words[i - 1][2] in lex.determiners and _dictionary_word(w)):
            state[i] = "U"
            # "(cousin of cooper jack)": the known SURNAME's forename after it, closed by a pause
            if i + 1 < len(words) and not state[i + 1] and gap(i) == " " and words[i + 1][2] in forenames \
                    and words[i + 1][2] not in lex.stop and not _plain_word(words[i + 1][2], lex) \
                    and low[words[i + 1][1] : words[i + 1][1] + 1] in (")", ",", ".", ";", "") and not _POSSESSIVE.search(w):
                state[i + 1] = "T"
    for i, (a, b, w) in enumerate(words):
        if (
            not state[i]
            and w in forenames
            and not lex.not_a_name_word(w)
            and i + 1 < len(words)
            and gap(i) == " "
            and (state[i + 1] == "U" or words[i + 1][2] in lex.surnames)
        ):
            state[i] = "T"
            state[i + 1] = "U"
        elif (
            not state[i]
            and i > 0
            and i + 1 < len(words)
            and (state[i + 1] == "U" or words[i + 1][2] in lex.surnames)
            and gap(i) == " "
            and gap(i - 1) == " "
            and (words[i - 1][2] in _KIN or words[i - 1][2] in lex.role_words or words[i - 1][2] in lex.nominal_labels)
            and not _plain_word(w, lex)
            and not _dictionary_word(w)
        ):
            state[i] = "T"  # "mum isobel MCKENZIE": an unknown forename between a cue and a surname
            state[i + 1] = "U"
        elif (
            not state[i]
            and i + 1 < len(words)
            and state[i + 1] == "U"
            and gap(i) == " "
            and (i == 0 or state[i - 1] != "U")
            and _unknown_name(w, lex, low, words[i])
        ):
            state[i] = "T"  # "from isobel MCKENZIE": a word no English knows before a surname is the forename
        elif (
            not state[i]
            and w in forenames
            and not _plain_word(w, lex)
            and (w not in _english()["adj"] or w in lex.forenames)  # "grey corsa", "red isuzu"; "lee" is a forename
            and i + 1 < len(words)
            and gap(i) == " "
            and not state[i + 1]
            and words[i + 1][2] not in lex.vehicle_models
            and len(words[i + 1][2]) >= 4
            and "'" not in words[i + 1][2]
            and _unknown_name(words[i + 1][2], lex, low, words[i + 1])
        ):
            state[i], state[i + 1] = "T", "U"  # "since lee milburn took", "grace okafor": an everyday forename, then a surname no English knows

    # A nickname in quotes after a naming cue, or made of no English word ('aka "gippy"',
    # 'stayed with "bradders"'), is cased like a name; a deal line ('the "ty" line') is not.
    nicknames: dict[str, str] = {}
    quoted: set[str] = set()
    unread: list[list[int]] = []
    for m in _QUOTED.finditer(low):
        a, b = m.start(1), m.end(1)
        inside = [i for i, (x, y, _) in enumerate(words) if a <= x and y <= b]
        if not inside or len(inside) > 2 or any(state[i] for i in inside):
            continue
        lead = low[max(0, a - 16) : a - 1]
        after = low[m.end() : m.end() + 6]
        if after.lstrip().startswith(("line", "ln")):
            continue
        ws = [words[i][2] for i in inside]
        if any(len(w) >= 3 and not _VOWEL.search(w) for w in ws):
            continue  # "mdk", "llr": tags and acronyms, not names
        # 'callum wood ("woody")': a quoted word in brackets straight after a name is its alias
        bracketed = (
            low[max(0, a - 3) : a - 1].rstrip(" \t").endswith("(") and inside[0] > 0
            and state[inside[0] - 1] in ("T", "U") and low[words[inside[0] - 1][1] : a - 1].strip(" \t") == "("
            and all(not _plain_word(w, lex) for w in ws)
        )
        # 'darren kelsall "tank"', 'mcbride "biscuit" seen': a quoted word straight after a name
        # read as one is its alias (a spoken word follows a verb: 'kyle said "leave it"')
        after_name = (
            len(inside) == 1 and inside[0] > 0 and state[inside[0] - 1] in ("T", "U")
            and low[words[inside[0] - 1][1] : a - 1] == " " and low[a - 1] in "\"\u201c"
            and ws[0] not in lex.stop and ws[0] not in INTERJECTIONS and not _plain_word(ws[0], lex)
            # not the writer's comment on them ('gethin "fell"', 'mum "devastated"', 'okafor "properly"')
            and not (ws[0] in _english()["adv"] or ws[0] in _english()["verb_forms"] or len(ws[0]) > 4 and ws[0].endswith(("ed", "ing", "ly")))
            # a plural ('gives warsame "packages"') only after a full name or before the surname
            and (not plural_noun(ws[0], lex) or inside[0] > 1 and state[inside[0] - 2] in ("T", "U")
                 or inside[0] + 1 < len(words) and low[b + 1 : words[inside[0] + 1][0]] == " "
                 and (words[inside[0] + 1][2] in lex.surnames or _unknown_name(words[inside[0] + 1][2], lex, low, words[inside[0] + 1])))
        )
        if _NICK_CUE.search(lead) or bracketed or after_name or all(not _dictionary_word(w) and not _plain_word(w, lex) and len(w) >= 2 for w in ws) \
                or _quoted_nickname(words, inside, low, a, b, m.end(), lex):
            quoted.add(" ".join(ws))
            for i in inside:
                # "JJ", "MO": a nickname of two letters reads as one only in capitals
                state[i] = "U" if len(words[i][2]) <= 2 or not _VOWEL.search(words[i][2]) else "T"
                if not _dictionary_word(words[i][2]):
                    nicknames[words[i][2]] = state[i]
        else:
            unread.append(inside)
    # A word quoted once as a nickname is one in its other quotes too ('with "spud" ... "spud" is
    # her boyfriend'): the writer quotes the same street name each time.
    for inside in unread:
        if " ".join(words[i][2] for i in inside) in quoted:
            for i in inside:
                state[i] = "U" if len(words[i][2]) <= 2 or not _VOWEL.search(words[i][2]) else "T"
    # A nickname no English knows, once quoted, is a name wherever the report uses it again
    # ('the driver is "jj" ... he says jj has been messaging him').
    if nicknames:
        for i, (a, b, w) in enumerate(words):
            if not state[i] and w in nicknames:
                state[i] = nicknames[w]
    # Speakers in a chat or message log ("[28/11/2025 21:14] ty b: u got the 2 nines", "jay:
    # where u at" on two or more lines): the label before the colon names the sender.
    for a, b, named in _speakers(low, lex, forenames):
        idx = [k for k, (x, y, _) in enumerate(words) if a <= x and y <= b]
        for n, k in enumerate(idx):
            if state[k] != "U":
                state[k] = "T" if n == 0 else "U"
    # Officers in role stay officers: "pc 1234 smith" -> "PC 1234 Smith" is blocked as a whole.
    for i, (a, b, w) in enumerate(words):
        if w in lex.ranks and b - a <= _SHORT_RANK and re.match(r"\s*/?\s*\d{2,6}\b", low[b:]):
            state[i] = "U"
            m = re.match(r"\s*/?\s*\d{2,6}[ \t]+", low[b:])
            if m:
                for k in range(i + 1, min(i + 4, len(words))):
                    if words[k][0] == b + m.end():
                        state[k] = state[k] or "T"
                        nxt = words[k + 1][2] if k + 1 < len(words) else ""
                        if gap(k) == " " and nxt and not _plain_word(nxt, lex) and not _is_verb_or_adverb(nxt):
                            state[k + 1] = state[k + 1] or "T"
                        break

    # SURNAME and initials in lists ("hughes l, hughes j", "pham d a, nguyen v t", "pike d -
    # handling", "for hussain i."): a surname or a word no English knows, then one to three
    # single letters closed by a pause; "a", "i" and "u" too when a pause follows them.
    n_words = len(words)
    for i in range(n_words - 1):
        a, b, w = words[i]
        if state[i] == "T" and w not in lex.surnames or len(w) < 3 or gap(i) != " " or len(words[i + 1][2]) != 1:
            continue
        k = i + 1
        while k + 1 < n_words and gap(k) == " " and len(words[k + 1][2]) == 1 and k - i < 3:
            k += 1
        after = low[words[k][1] : words[k][1] + 2]
        # ... or by a bracket, "and" or the clause's verb ("jones r (b.1979) recalled", "campbell
        # e and macdonald f.", "robson d via his phone", "smith j was arrested")
        went_on = _INITIALS_WENT_ON.match(low, words[k][1])
        if k == i + 1 and words[k][2] == "v" and went_on and went_on.group(1) in _english()["adj"]:
            continue  # "hewitt v drunk": "v" is "very"
        if not (
            after == "" or after[0] in ",;)\n" or after in (". ", ".\n", " -") or words[k][1] + 1 == len(low)
            or went_on and (went_on.group(1) is None or went_on.group(1) in lex.stop or _finite_verb(went_on.group(1)))
        ):
            continue
        if any(words[j][2] == "x" or state[j] for j in range(i + 1, k + 1)):
            continue
        if state[i] == "U" or w in lex.surnames or _unknown_name(w, lex, low, words[i]):
            for j in range(i, k + 1):
                state[j] = state[j] or "U"  # a forename-surname ("Ahmed Z") keeps its title case
    # An initial, with or without its full stop, before a surname, in a slot that takes a person
    # ("booked by k zielinski", "accounts of m rowe and k bailey", "bank details given: m ward.",
    # "director mr a patel", "re p. stone."): police name a party by initial and surname. The
    # surname: one read already, a known surname or a word no English knows; a surname that is an
    # English word ("ward", "stone") only after a full stop or before a pause. "a", "i" and "u"
    # are words unless a full stop follows them.
    from ._persons import WORD_SURNAMES

    for i in range(len(words) - 1):
        a, b, w = words[i]
        if len(w) != 1 or w == "x" or state[i] or gap(i) not in (" ", ". "):
            continue
        nx = _POSSESSIVE.sub("", words[i + 1][2])
        if w in "aiu" and gap(i) != ". " and not (i > 0 and words[i - 1][2] in lex.titles and gap(i - 1).strip(" .") == "") and not (
            # "card in name of a mohamed", "to see a farah": "a" before a known surname after a word
            # that takes a person (not "a mason", "a bell": an English word)
            w == "a" and i > 0 and gap(i - 1) == " " and words[i - 1][2] in _A_INITIAL_BEFORE
            and (nx in lex.surnames or nx in listed_surnames()) and not _dictionary_word(nx) and nx not in lex.place_words
        ):
            continue  # "mr a patel": after a title even "a" is an initial
        second = i + 2 < len(words) and len(nx) == 1 and nx not in "aiux" and gap(i + 1) in (" ", ". ")
        if second:  # "signatories: d k shaw", "directors o k haddad": two initials, then the surname
            nx = _POSSESSIVE.sub("", words[i + 2][2])
        nb = words[i + 1][1]
        j = i + 2 if second else i + 1  # the surname's word
        nb = words[j][1]
        if len(nx) < 3 or nb < len(low) and (low[nb].isdigit() or low[nb] in "_@"):
            continue
        if state[j] == "T" and (j + 1 < len(words) and gap(j) == " " and state[j + 1] or nx not in forenames):
            continue  # "k bailey", "a. yusuf": a forename after an initial is the surname; not "j Kyle SMITH"
        if i > 0 and len(words[i - 1][2]) == 1 and gap(i - 1).strip(" .") == "":
            continue  # "a b c", "d a nguyen": a run of letters, read by the rules above
        before = low[: a].rstrip(" \t")
        prev = words[i - 1][2] if i > 0 and (
            gap(i - 1).strip() in ("", ":") or gap(i - 1).strip() == "." and words[i - 1][2] in _INITIAL_BEFORE  # "incl. n dvorakova"
            or gap(i - 1).strip() == "/" and words[i - 1][2] == "w"  # "found w/ m grant": "with"
        ) and "\n" not in gap(i - 1) else ""
        slot = (
            before.endswith((":", "\n", ";", "(", ",", "-", '"', "\u201c")) or not before
            or _FIELD_START.search(low, max(0, a - 16), a) is not None  # "1930 m quinn calling 999": a log line's time
            or prev and prev not in lex.determiners and (
                prev in lex.stop or prev in PERSON_NOUNS or prev in _PERSON_SLOT or prev in _INITIAL_BEFORE
                or prev in lex.titles or prev in _SEXES
            )
        )
        if not slot or w in "rny" and gap(i) == " " and prev in lex.stop and prev not in lex.titles and not (
            w != "n" and prev in ("and", "&") and (nx in lex.surnames or nx in listed_surnames() or state[j] in ("T", "U"))  # "k ahmed and r omar"
        ):
            continue  # chat spelling: "they r luvin it", "me n jayden", "y dat"
        surname = state[j] in ("U", "T") or nx in lex.surnames or _unknown_name(nx, lex, low, words[j])
        # A surname that is also a word or a place ("re p. stone", "invoice: d haworth.", "re l.
        # thornbury", "recipients: jordan whyte, k. brown,"): only after a field, a list's comma or a
        # word that names a party, and with a full stop or a pause; after a title ("mr j brown
        # rang") a frequent word-surname is enough.
        strong = before.endswith((":", ",", "(")) or prev in lex.titles or prev in PERSON_NOUNS or prev in _PERSON_SLOT \
            or prev in _INITIAL_BEFORE or before.endswith("-") and (nx in listed_surnames() or nx in WORD_SURNAMES)  # not "stab - l flank"
        if not surname and strong and (gap(i) == ". " or _CLAUSE_END.match(low, nb) or low[nb : nb + 1] == "," or low[nb : nb + 2] == " ("
                                       or prev in lex.titles and (nx in WORD_SURNAMES or nx in _SURNAME_ADJECTIVES)):
            surname = nx in WORD_SURNAMES or prev in lex.titles and nx in _SURNAME_ADJECTIVES or not (
                nx in lex.stop or _plain_word(nx, lex) or nx in _NOT_AFTER_INITIAL or nx in _english()["adj"]
                or _is_verb_or_adverb(nx) or plural_noun(nx, lex)
            )
        if surname:
            for k in range(i, j + 1):
                state[k] = "U"
    # An initial with a full stop before a surname ("controlled by c. OKAFOR", "aware of r.
    # patel's company"), after a word that takes a person (not "plan b. SMITH was ...").
    # Hasty notes also write it after any verb ("intel suggests r. campbell", "wounding s.
    # dumitru") or opening a bulleted line ("> k. doherty – remanded"): there the surname must be
    # one already read, or a known surname or a word no English knows, and the word before no
    # label of a wing, bay or plan ("block c. smith said ..." ends a sentence at "c.").
    for i in range(0, len(words) - 1):
        a, b, w = words[i]
        if len(w) != 1 or w in "aiux" or state[i] or gap(i) != ". ":
            continue
        prev = words[i - 1][2] if i > 0 and gap(i - 1) == " " else ""
        nxt = _POSSESSIVE.sub("", words[i + 1][2])
        if prev and prev in lex.determiners:
            continue
        if prev and (prev in lex.stop or prev in PERSON_NOUNS or prev in _PERSON_SLOT or prev in _INITIAL_BEFORE):
            if state[i + 1] == "U" or (
                len(nxt) >= 3 and (nxt in lex.surnames or _unknown_name(nxt, lex, low, words[i + 1]))
            ):
                state[i] = state[i + 1] = "U"
            elif state[i + 1] == "T":
                state[i] = "U"
            continue
        opened = not prev and (i == 0 or low[: a].rstrip(" \t").endswith(("\n", ">", "-", "\u2013", "\u2022", "*", ":", ";", ",", "(")))
        verb = bool(prev) and len(prev) > 2 and _is_verb_or_adverb(prev) and prev not in _NOT_AFTER_INITIAL \
            and prev not in _LABELS_BEFORE_LETTER and not low[words[i - 1][0] - 1 : words[i - 1][0]].isdigit()
        if not (opened or verb) or len(nxt) < 3 or _plain_word(nxt, lex) or nxt in lex.place_words:
            continue
        nb = words[i + 1][1]
        if nb < len(low) and (low[nb].isdigit() or low[nb] in "_@"):
            continue
        if state[i + 1] == "U" or nxt in lex.surnames and not _dictionary_word(nxt) or _unknown_name(nxt, lex, low, words[i + 1]):
            state[i] = state[i + 1] = "U"
    # An initial after a name ("tomasz w has since ...", "tregear k, 12 ...", "smith j (dob"):
    # a single letter other than a, i, u and x (words and kisses in notes and chats).
    for i in range(1, len(words)):
        a, b, w = words[i]
        named = bool(state[i - 1]) or _word_forename_before_initial(words, i, lex)
        if (
            len(w) == 1
            and w not in "aiux"
            and not state[i]
            and named
            and len(words[i - 1][2]) > 1
            and gap(i - 1) == " "
            and not low[b : b + 1].isalnum()
            and low[b : b + 1] not in ("/", ".", "'", "\u2019", "-")
            and not (i + 1 < len(words) and gap(i) == " " and len(words[i + 1][2]) == 1)
            # "kyle n dean": hasty notes write "and" as "n" between two names
            and not (w == "n" and i + 1 < len(words) and gap(i) == " " and (state[i + 1] or words[i + 1][2] in forenames))
            # "hewitt v drunk", "kyle v aggressive": hasty notes write "very" as "v"
            and not (w == "v" and i + 1 < len(words) and gap(i) == " " and words[i + 1][2] in _english()["adj"])
        ):
            state[i] = "U"
            if not state[i - 1]:
                state[i - 1] = "T"  # "spoke to dean s", "stopped jordan m": a forename that is also a word
    _bracketed_surname(words, state, gap, low, lex)
    sites = _named_sites(words, gap, low, lex)
    for i, st in sites.items():
        if not (st == "" and state[i] == "U"):
            state[i] = st
            if not st:
                nocap.add(i)

    for i in range(1, len(words)):
        if words[i - 1][2] in lex.vehicle_makes and gap(i - 1) == " " and state[i] == "T":
            state[i] = ""  # "skoda octavia", "nissan leaf": a model, not a forename
    for i in range(len(words) - 1):
        w = words[i][2]
        if state[i] and w[-1:] == "s" and w[:-1] in forenames and w not in forenames and w not in lex.surnames \
                and w not in _PATRONYMICS and gap(i) == " " and words[i + 1][2] in _OWNED:
            state[i] = ""  # "ryans mates", "reeces mum": a forename's possessive, which the person rules cut
    for i in range(1, len(words)):
        if state[i] == "U" and words[i][2] in _GROUP_WORDS and gap(i - 1) == " ":
            state[i] = ""  # "the iqbal brothers", "lacatus kids (2)": a family's group, no SURNAME
    # An everyday forename read as a name once ("her boyfriend jordan", "told jade to go home") is
    # that name wherever else the report uses it alone ("says jordan gave him £50", "jade's phone"),
    # unless a determiner, possessive or make before it shows the word ("the jack", "her grace").
    named = {_POSSESSIVE.sub("", words[i][2]) for i in range(len(words)) if state[i] in ("T", "U") and i not in sites}
    named = {x for x in named if x in forenames and not lex.not_a_name_word(x) and not _plain_word(x, lex)}
    if named:
        for i, (a, b, w) in enumerate(words):
            if not state[i] and i not in nocap and _POSSESSIVE.sub("", w) in named and not (
                i > 0 and gap(i - 1) == " " and (
                    words[i - 1][2] in lex.determiners or words[i - 1][2] in _POSSESSIVES or words[i - 1][2] in lex.vehicle_makes
                    or state[i - 1]  # "fiona gallagher skye o'connor's mum": no third word onto a name
                    or (words[i - 1][2] in _english()["adj"] or "-" in words[i - 1][2]) and words[i - 1][2] not in forenames  # "old-style mark"
                    or words[i - 1][2] in lex.surnames or words[i - 1][2] in listed_surnames()  # "cooper jack": the pair rules' call
                    or words[i - 1][2] in _RUNS_BUSINESS or words[i - 1][2] == "business"  # "runs imran's autos"
                )
            ) and not _body_after(low, b, lex) and not (  # "niamh's nails & tan", "mai beauty lounge": a firm
                i + 1 < len(words) and gap(i) == " " and words[i + 1][2] in forenames  # "cooper jack": a pair, read above
            ):
                state[i] = "T" if w[-2:] in ("'s", "\u2019s") or _opens(low, a) else "U"
    # "clare's law", "sarah's law", "osman warning": a legal scheme named after someone, not a
    # person in the report; "young viet males", "(viet)": a nationality, not the forename "Viet".
    for i in range(len(words) - 1):
        if state[i] and gap(i) == " " and words[i + 1][2] in _SCHEME_WORDS and (
            words[i + 1][2] == "law" and words[i][2].endswith(("'s", "\u2019s")) or words[i][2] == "osman"
        ):
            state[i] = ""
        elif state[i] and words[i][2] == "viet" and (gap(i) == " " and words[i + 1][2] in _PEOPLE_PLURALS or gap(i) == ")"):
            state[i] = ""
    # "sean o brien", "dean o connor": an Irish O-surname written spaced (speech-to-text and hurried
    # notes drop the apostrophe) is one SURNAME, whatever the passes above made of its halves.
    for i in range(len(words) - 1):
        if words[i][2] == "o" and gap(i) == " " and len(words[i + 1][2]) >= 3 \
                and ("o" + words[i + 1][2] in lex.surnames or "o" + words[i + 1][2] in listed_surnames()):
            state[i] = state[i + 1] = "U"
            nocap.discard(i)
            nocap.discard(i + 1)
    for i, (a, b, w) in enumerate(words):
        if i in nocap or (state[i] and ((b < len(low) and low[b].isdigit()) or (a > 0 and low[a - 1].isdigit()))):
            continue  # "fv19", "3f2": part of a mark or flat number, not a name
        if state[i] and ((b < len(low) and low[b] in "_@") or (a > 0 and low[a - 1] in "_@.")):
            continue  # "ash.brooks_x": part of a handle or an email, cased as written
        if state[i] == "U":
            upper(a, b)
        elif state[i] == "T":
            title(a, b)
        elif starts and _opens(low, a) and not (
            # "9 p.m.", "e.g.", "i.e.": a letter glued to the full stop of a letter before it is
            # inside an abbreviation, no sentence start (else "p.M. JONES" reads as an initial)
            b - a == 1 and a >= 2 and low[a - 1] == "." and low[a - 2].isalpha()
            and (a < 3 or not low[a - 3].isalnum())
        ) and not (
            # "believes MILBURN took it", "saw Kai JOSEPH": a verb opening a note's line before a
            # name (not a site: "Stop Chk Ladypool Rd") stays lower, or the person rules read it as
            # the forename
            i + 1 < len(words) and state[i + 1] and i + 1 not in sites and gap(i) == " "
            and (_is_verb_or_adverb(w) or w in _english()["verb"] and w not in PERSON_NOUNS)
            and w not in forenames and w not in lex.surnames and w not in lex.place_words
        ) and not (
            # "dvr NOWAK T", "pass Tyrone BECKFORD": a role's police shorthand opening a line before a
            # name stays lower, or the person rules read "Dvr" as the forename; "van NX18GTY": a
            # vehicle noun before its mark, or "Van" reads as a Vietnamese name
            i + 1 < len(words) and gap(i) == " "
            and (w in _ROLE_SHORTHAND and state[i + 1] or w in _VEHICLE_NOUNS and any(c.isdigit() for c in low[words[i + 1][0] : words[i + 1][0] + 5])
                 or w == "van" and not state[i + 1])  # "van has been seen": the vehicle, not a name's "Van"
        ):
            title(a, b)

    # Places take their gazetteer casing.
    pat, cased = _known_phrases(sum(map(str.isupper, text)) < sum(map(str.islower, text)))
    for m in pat.finditer(low):
        a, b = m.span()
        nxt = _LETTER_WORD.match(low, b + 1) if low[b : b + 1] == " " else None
        if nxt and (nxt.group(0) in lex.vehicle_makes or nxt.group(0) in lex.vehicle_models):
            continue  # "the range rover": a vehicle, not the shop
        st = _STATION_NAME.match(low, b)
        if st and not any(w in _STATION_KINDS or w in lex.stop or w == "st" for w in st.group(1).split()):
            for w in _LETTER_WORD.finditer(low, st.start(1), st.end(1)):
                chars[w.start()] = low[w.start()].upper()  # "London Bridge station", "Birmingham New Street station"
        if any(c.isupper() for c in chars[a:b]) and not _opens(low, a) and " " not in m.group(0):
            continue  # already read as a name ("Stafford", "Lincoln"); "Barry Island" is the place
        before = _WORD_BEFORE.search(low[max(0, a - 12) : a])
        if (
            before
            and before.group(1) in lex.determiners
            and m.group(0) not in lex.place_words
            and all(_dictionary_word(x) or x in lex.stop for x in m.group(0).split())
        ):
            continue  # "the post office", "the job centre": a kind of place, not the body
        for k, c in enumerate(cased[m.group(0)]):
            chars[a + k] = c
        if nxt and m.group(0) in lex.place_words and (
            nxt.group(0) in _STREET_STRONG
            or nxt.group(0) == "st" and low[nxt.end() : nxt.end() + 1] != "-" and _street_not_saint(low, nxt.end(), lex)
        ) and not low[nxt.end() : nxt.end() + 1].isdigit():
            chars[nxt.start()] = low[nxt.start()].upper()  # "Alum Rock Road", "Stafford St": a street named for the place
        if before and before.group(1) in _REGION_WORDS and " " not in m.group(0) and not _opens(low, a):
            k = a - len(before.group(1)) - 1
            chars[k] = low[k].upper()  # "East London", "Greater Glasgow", "West Belfast"
    return "".join(chars)
