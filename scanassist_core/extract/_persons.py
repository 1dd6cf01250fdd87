"""Person names written to police conventions, found by rules over a light word tokenisation.

Why rules: the statistical model misses ``SMITH, John``, ``Kyle O'BRIEN``, initials and the
lower-case names of hastily typed reports, and cannot read the DOB/age/alias written next to
a name. The shapes recognised (surname in capitals, ``SURNAME, Forename``, ``SURNAME Forename``
at the start of a nominal line, initials, all-caps names, title-case ``Forename Surname`` with a
known forename, lower-case names after a cue word, ``Mr SMITH``) are police writing conventions;
the word lists they consult are data (``data/extract_lexicon.txt``, ``data/forenames.txt``).

Other writers (the public, financial investigators, prison staff, phone examiners) name people no
list knows, so the writing itself is evidence too: a naming cue ("a man called Nicu", "known as",
"Driver: ..."), a relationship word ("his cousin Reece"), an age or DOB after the words, a chat
speaker. Once introduced, a name is found again in the same text (``refer_back`` does the same for
full names the model found).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from ._filters import Lexicon, clean_key, lexicon
from ._gazetteer import is_known_place
from ._types import Found

__all__ = ["WORD_SURNAMES", "find_persons", "is_role_word", "model_person_ok", "not_a_surname_after", "parse_dob", "person_attrs_from_name", "refer_back"]

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0104\u0106\u0118\u0141\u0143\u015a\u0179\u017b\u0160\u017d\u010c\u0158\u0110"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0105\u0107\u0119\u0142\u0144\u015b\u017a\u017c\u0161\u017e\u010d\u0159\u0111\u0103\u0219\u021b\u0117\u012f\u016b\u0113"
# Every Latin Extended-A letter and the Romanian comma-below letters, either case: Lithuanian,
# Latvian, Czech, Hungarian, Turkish and Romanian names are whole words ("KAZLAUSKIENĖ", "ȚURCANU",
# "ŞAHİN"), not a word cut at the first such letter.
_L = _UP + _LO + "\u0100-\u017f\u0218-\u021b"
# A trailing possessive "'s" is not part of the word ("Jaden's" -> "Jaden" "'" "s"); O'BRIEN is.
_APOS_PART = rf"['\u2019](?![sS](?![{_L}]))[{_L}]+"
_WORD = rf"[{_L}]+(?:{_APOS_PART})*(?:-[{_L}]+(?:{_APOS_PART})*)*"
_TOKEN = re.compile(rf"(?P<w>{_WORD})|(?P<d>\d+)|(?P<o>\w+)|(?P<nl>\n)|(?P<p>[^\s\w])")
_PARTICLES = frozenset(
    "de da di du van von der den le la del della dos das al el bin ibn ap ter ten ní nic ó uí".split()
)
_LOWER_NOT_SURNAME = frozenset(
    """outside inside near nearby earlier later again today tonight yesterday there here now then
    again also too aswell as well both who whom whose which that where when while whilst after before
    in on at to from by for of off into onto out over under up down about around behind between
    has had have was were is are be been being went gone going came come coming left arrived attended
    said says told tells asked seen saw see sat stood walked walking running ran driving drove dealing
    selling sold buying bought using used carrying carried holding held hiding hid staying stayed
    living lives lived known believed suspected alleged reported who's he's she's they're they we
    him her them his hers their theirs it its again shop street road park house flat car bus train
    school college home address area estate town city centre center yesterday morning afternoon
    evening night week weekend month year years old yo yrs aged age male female boy girl lad man
    woman youth friend friends mate mates brother sister cousin mum dad nan not no yes all some
    drugs drug cash money phone mobile knife weapon bike moped scooter van car taxi uber
    """.split()
)

#: Frequent British surnames that are also English words: after a known forename in hasty notes
#: they are the surname ("jermaine brown from nottingham"), though a truecaser keeps them lower case.
WORD_SURNAMES = frozenset(
    """brown green white black grey gray young king wood woods hill hall baker turner cook carter mason ward bell
    rose north west long rich little marsh lane frost brooks fox hunt booth page mills wells banks nash bird
    lamb stone cross moss grant bishop knight fisher hunter archer butler porter potter sharp short steel price
    bull chambers dyer glass holt joiner miller mills parsons pike poole shepherd slater spring summers swift
    tanner walsh weaver wolf barber bowman brewer carpenter coates day dean drake fletcher gardner hope
    hart""".split()
)
#: Contractions typed without the apostrophe ("tyler hasnt been home"): never surnames.
_NO_APOSTROPHE = frozenset(
    """hasnt hadnt havent isnt wasnt werent arent dont doesnt didnt cant couldnt wont wouldnt shouldnt
    aint mustnt neednt hes shes theyre youre ive im thats whats""".split()
) | frozenset(  # and with it ("cerys didn't come home")
    """hasn't hadn't haven't isn't wasn't weren't aren't don't doesn't didn't can't couldn't won't wouldn't
    shouldn't ain't he's she's they're you're i've i'm that's what's""".split()
)
_LOWER_NOT_SURNAME = _LOWER_NOT_SURNAME | _NO_APOSTROPHE | frozenset(
    # chat spelling after a name in typed messages ("take ellie wid u", "liam gonna drive u")
    "wid wiv ur ya yh ye yeh gonna wanna gotta innit bro fam ting yard answer pick ring".split()
) | frozenset("vs versus".split())  # a dispute's sides ("marek balog and wife denisa vs the family at no 71")

# Street/place words that are also common surnames ("Sarah Green", "Tom Hill").
_SURNAME_LIKE_SUFFIXES = frozenset(
    "green hill wood bank dale lane field fields gate chase brook grove court hall marsh moss heath "
    "rowe row croft meadows street parks banks woods hills ward brooks wells".split()
)

_ATTR_TAIL = re.compile(r"\s*[,:\-(]?\s*(?:\(\s*\d|d\.?\s?o\.?\s?b\b|aged?\s*\d|born\b)", re.I)
# Words common in hasty notes right after a name that are never surnames.
_HASTY_WORDS = frozenset(
    """nicked arrested stopped searched back home again ok okay safe missing mfh misper says said
    reckons thinks wants knows has had got gets gave give owes owed lives stays staying answered
    dealing drove driving seen spotted reported rang called texted messaged threatened threatening
    poss possession w/i custody bail charged released rtc nfa ffi fyi pls asap tho aswell also
    denies denied admits admitted claims claimed refused refuses statement vic
    drunk intoxicated upset scared distressed asleep injured crying aggressive abusive
    drives runs sells deals works uses goes went came comes keeps takes took sends sent brings brought
    buys bought pays paid smokes mouthy lairy gobby rude cheeky compliant hostile polite
    ph mob tel veh snap insta
    """.split()
) | _NO_APOSTROPHE
#: Reported speech before a name in hasty notes ("mum said tobi has a knife").
_SPEECH_VERBS = frozenset("said says told tells asked reckons thinks".split())
#: Forenames that are also words a hasty note often opens a clause with ("will check", "may be").
_NOT_OPENING_NAME = frozenset(
    """will may mark bill rob pat sue hope grace chase grant ray dawn joy long an van said nick price page
    art sky star summer august june april miles major king earl duke royal glen lane drew reed cliff rusty
    sandy ash amber river brook penny gene sterling sunny justice unity precious blessing patience storm
    hunter angel rich kit sol eve bay red rex""".split()
)
#: Verbs and words after a lone lower-case surname that make it a person ("jones answered door").
_SURNAME_VERBS = frozenset(
    """answered said says was is has had came went left told refused denied admitted arrested returned
    lives wants claims reported rang called stated states opened seen spotted back nicked""".split()
)
_ALIAS_BEFORE = re.compile(
    r"(?i:a\.?\s?k\.?\s?a\.?|also\s+known\s+as|known\s+as|goes\s+by|nick\s?named?|alias|street\s+name)\s*[:\-]?\s*[\"'(\u201c\u2018]?\Z"
)
_LEGAL_BEFORE = re.compile(
    r"(?:\bunder|\bcontrary\s+to|\bbreach(?:ed)?\s+(?:of\s+)?(?:an?\s+|the\s+|his\s+|her\s+)?|\bs\.?\s*\d+[a-z]?\)?(?:\(\d+\))?"
    r"|\bsection\s+\d+[a-z]?(?:\(\d+\))?|\bper|\bvia|\bin\s+line\s+with)\s+(?:the\s+)?\Z"
)
_LEGAL_AFTER = re.compile(r"\s+(?:act|order|orders|powers|legislation|offences?|warrant|seizure|s\.?\s*\d|section|\(?(?:19|20)\d\d\b)", re.I)
_LINE_NAME = re.compile(r"(?<![\w'\-])([A-Z][A-Za-z'\-]+)[\"\u201d]?[ \t]+(?:deal[ \t]+|drugs?[ \t]+)?line\b|\bline[ \t]+holder[ \t]+for[ \t]+(?:the[ \t]+)?([A-Z][A-Za-z'\-]+)")
_LINE_AFTER = re.compile(r"[\"'\u201d\u2019]?[ \t]+(?:deal[ \t]+|drugs?[ \t]+)?line\b", re.I)
_LONE_RULES = frozenset({"lone SURNAME", "lone Forename", "lower-case hasty forename"})
#: A surname before one of these names a group, not a person ("the FOLEY family", "the Irving lads",
#: "the iqbal brothers", "lacatus kids (2)"): P, Q, X and AA annotators leave such groups out.
_GROUP_WORDS = frozenset(
    "family families household clan brothers sisters line lines crew gang lads boys kids girls twins "
    "children siblings cousins".split()
)
#: After "the" and a name these name a group too ("the O'HAGAN group", "the Barrow ATKINSON family").
_THE_GROUP_WORDS = _GROUP_WORDS | frozenset("group ocg firm network".split())
_GROUP_AFTER = re.compile(r"(?:['\u2019]s?)?[ \t]+([A-Za-z]+)\b")
_THE_BEFORE_NAME = re.compile(r"(?<![\w'])[Tt]he[ \t]+\Z")


def names_a_group(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` names a family or group, not a person: a group word follows a
    surname ("SMITH children", "KELLY brothers"), or "the" stands before the name and a group's
    word follows ("the O'HAGAN group", "the Barrow ATKINSON family"); the guidelines leave such
    groups out. A full name without "the" is the person's own ("update for Dennis Coles family")."""
    m = _GROUP_AFTER.match(text, end)
    if m is None:
        return False
    low = m.group(1).lower()
    if low in ("line", "lines"):
        return False  # a deal line is read apart ("the DEE line"); "Sarah line manager" is a person
    if low in _GROUP_WORDS and m.group(0)[:1] not in ("'", "\u2019") and not text.count(" ", start, end):
        return True  # a full name before the word is that person's ("update for Dennis Coles family")
    return low in _THE_GROUP_WORDS and _THE_BEFORE_NAME.search(text, max(0, start - 6), start) is not None
_VOWEL = re.compile(r"[aeiouy\u00e0-\u00ff]")
# Words written straight after a name that are never part of it (alias/DOB markers, outcomes).
_NAME_STOP = frozenset(
    "aka a.k.a dob d.o.b nfa nfa'd who and or re alias nickname yr i'll i'm i've i'd fyi nb ps asap tbc".split()
)

#: A comma straight between two cells of a CSV export row ("GRAHAM,Shaun,12/05/1989,Suspect").
_CSV_GAP = re.compile(r"(?<=[A-Za-z]),(?=[A-Za-z0-9])")
_LINE_RX = re.compile(r"[^\n]+")
#: A word running on into a handle, address or number ("strachan90@", "jt_gy"): not prose.
_HANDLE_TAIL = re.compile(r"[\w@.]*[@_\d]")
#: The first character of any ``_HANDLE_TAIL`` match (a cheap test before it).
_HANDLE_START = re.compile(r"[\w@.]")
_CELL_GAP = re.compile(r"\S(?:\t|[ ]{2,}|[ \t]*\|[ \t]*)[ \t]*(?=\S)")

_ATTR_NEXT = re.compile(
    r"\s*(?:\(\s*\d|,?\s*(?:d\.?o\.?b|date of birth|born|aged?\b)|,?\s*\d{1,2}\s?(?:yo|y/o|yrs?)\b)", re.I
)


#: Relationship words written straight before a person's name ("his cousin Reece", "Mum Karen",
#: "her neighbour Wiktoria"): the capitalised word after one is a name even when it is also a word.
_KIN = frozenset(
    """brother sister bro sis mum mom mother mam mummy dad father daddy son daughter cousin uncle aunt
    auntie aunty nan nanna nana gran granny grandad grandma grandmother grandfather grandson
    granddaughter nephew niece friend mate pal girlfriend boyfriend gf bf partner ex-partner wife
    husband ex fiance fiancee fiancé fiancée stepdad stepmum stepfather stepmother stepson stepdaughter
    stepbrother stepsister half-brother half-sister sibling neighbour neighbor flatmate housemate
    cellmate cell-mate co-defendant colleague carer boss""".split()
)
#: A name straight after one of these is introduced as a person ("a man called Nicu", "known as
#: Tiny", "Nickname: Lemon", "his real name is Jermaine"), even when no word list knows it.
_NAMING_CUE = re.compile(
    r"(?i:(?<![\w'])(?:called|named|known\s+(?:locally\s+|only\s+|to\s+(?:\w+\s+){1,2})?as|nick-?named|nickname\s*[:\-]?"
    r"|goes\s+by(?:\s+the\s+name(?:\s+of)?)?|calls\s+(?:himself|herself)|name\s+(?:is|was)|name\s*:"
    r"|street\s+name\s*[:\-]?|a\.?k\.?a\.?|alias(?:es)?\s*:?|also\s+known\s+as"
    r"|(?:now\s+)?knows?\s+(?:(?:him|her|them)\s+)?(?:as|to\s+be)|refer(?:s|red)?\s+to\s+(?:him|her|them)\s+as"
    r"|calls?\s+(?:him|her|them)|identified\s+(?:him|her|them\s+)?as|(?:believed|assessed|thought)\s+to\s+be))[ \t]*\Z"
)
#: After a name: its owner's relation is named next ("Reece's girlfriend", "Dan and his cousin").
_KIN_AFTER = re.compile(
    r"(?:['\u2019]s[ \t]+(?:(?:ex|older|younger|elder|little|big|new|step|half|current|former)-?[ \t]*)?"
    r"|[ \t]*,?[ \t]+(?:and|&)[ \t]+(?:his|her|their)[ \t]+)(?P<kin>[a-z\-]+)\b"
)
_NAMING_CUE_ANY = re.compile(_NAMING_CUE.pattern.replace("[ \\t]*\\Z", "[ \\t]*"))
_STRONG_LOWER_CUE = re.compile(r"(?i:(?<![\w'])(?:called|named|known\s+as|a\.?k\.?a\.?|nick-?named|goes\s+by))[ \t]*\Z")
_CUE_HINT = re.compile(r"(?i)call|name|know|a\.?k\.?a|alias|goes\s+by|refer|identified|to\s+be")
_ATTR_HINT = re.compile(r"(?i)\(\s*(?:aged?\s*)?\d|d\.?o\.?b|born|date of birth")
_LABEL_COLON = re.compile(r"(?:^|(?<=[\n.;|,]))[ \t]*(?:\d{1,2}[.)][ \t]*)?([A-Za-z\-]+)(?:[ \t]+\d{1,2})?[ \t]*[:\-\u2013][ \t]*\Z")
_LABEL_COLON_ANY = re.compile(_LABEL_COLON.pattern.replace("[ \\t]*\\Z", "[ \\t]*"))
#: The naming cues that give a second name to someone just named (the alias step reads those).
_ALIAS_LIKE = re.compile(r"(?i:a\.?k\.?a|alias|also\s+known|known\s+as|goes\s+by|nick-?name|street\s+name)")
#: Lower-case words after "SMITH J" that show J closed the name; words after which the capital
#: letter is a wing, block or grade instead ("SMITH B wing").
#: Nouns of process written after an agency's or system's acronym ("MACE panel", "CEOP referral",
#: "SID entry", "MOE team"): the capitals word before one is no surname.
_PROCESS_NOUNS = frozenset(
    """panel panels list referral referrals team teams entry entries meeting meetings notified unit system database
    portal register log ref reference strategy plan hub assessment assessments screening consultation
    markers marker flag flags""".split()
)
#: What only a person does, written straight after a surname opening a sentence ("Zhang reports").
_PERSON_ACTS = frozenset(
    """remanded charged bailed arrested reports reported owes owed visits visited collects collected drives driving
    works worked lives lived stays stayed sells sold deals supplies supplied runs ran controls controlled admitted
    denied denies stated states claims claimed said says told tells refused answered attended""".split()
)
#: Words after a lower-case nickname that show it closed the name ("known as fish who ...").
_NICK_CLOSERS = frozenset("who and is was has had said says told lives runs deals sells".split())
#: Verbs after a lower-case "forename town" pair that show the town word closed a person's name
#: ("jordan preston reckons", "tyler buxton stopped on ..."), not where someone was.
_TOWN_SURNAME_VERBS = frozenset(
    """says said reckons thinks wants knows has had gave owes owed lives stays answered drove drives
    rang texted threatened denies denied admits admitted claims claimed refused refuses runs sells deals
    works uses goes went came comes keeps takes took sends sent brings brought buys bought pays paid
    arrested nicked stopped searched released charged bailed remanded is was""".split()
)
#: Words before a town that make it the place ("in telford", "from bolton station").
_PLACE_PREPOSITIONS = frozenset("in at from to near into towards outside via around of round through".split())
_OK_AFTER_INITIAL = frozenset("has had was is and or were are who with at in on from via for to by into now also".split())
_NOT_AFTER_INITIAL = frozenset("wing block landing class cat category grade division div road street".split())
#: Outcome words a record writes straight after a SURNAME and its initial ("MOXON A arrested",
#: "DUFFY, I seen at the match"): after them an "A" or "I" is the initial, not the article or pronoun.
_OUTCOME_AFTER_INITIAL = frozenset(
    "arrested seen charged remanded interviewed released bailed stopped detained sentenced convicted "
    "circulated wanted identified cautioned recalled".split()
)
#: Two capitals that are words, acronyms or ranks, never a SURNAME's two initials ("the NCA UK desk").
_NOT_PAIRED_INITIALS = frozenset(
    """uk us eu gp mp pc ps dc ds di dv da sw tv id hq am pm nb vs re cc uc cs oc ok hr it ni ex jr sr qc kc
    rd st av ta yp bf gf ip rp vp ch dr co no op on to in at is be of or if so up go do he we me my by an as
    la le de du da di el al""".split()
)
#: Custody, prison and finance roles written before a name ("DP Arben KRASNIQI", "Prisoner
#: STOCKWELL, Lee", "Customer CHEN Li Na"): the role word is not part of the name.
_ROLE_EXTRA = frozenset(
    """dp detainee prisoner inmate remand remandee resident customer payee payer beneficiary
    remitter counterparty signatory director secretary shareholder tenant sender visitor ip subj tel rso
    perpetrator perp operator drv psgr occ susp wit def resp misper""".split()
) | frozenset(  # case-file shorthand for a party: potential victim (of trafficking), young person, reporting person (not "AP": the Welsh "ap")
    "pv pvs pvot vot yp cyp rp".split()
) | frozenset(  # a group's ranks in OCG profiles and tasking papers ("Principal NGUYEN Van Thanh", "Enforcer KELLY")
    "principal lieutenant enforcer facilitator controller organiser organizer courier".split()
)
#: Words before a month's name that make it a date ("in June", "since May", "12 May").
_DATE_BEFORE = frozenset("in on since until till during from by of early late mid last next this end before after through to".split())
#: Honorifics of other languages written like "Mr" ("Kak Rebwar", "Haji Ahmad"): outside the span.
_TITLES_EXTRA = frozenset("kak kaka haji hajji hadji".split())
#: A case's status written in capitals straight after the name ("Ashley PRICE RUI, conditions ...",
#: "McGINLEY, Callum RUI", "Chloe BRADSHAW RHI done"): released under investigation, no further
#: action, failed to appear, missing from home, return home interview - never a second surname or
#: forename although "Rui" is a Portuguese given name.
_STATUS_AFTER_NAME = frozenset("rui nfa fta mfh rhi".split())
#: Vietnamese surnames of two letters, written in capitals before the given names ("DO Quang Huy",
#: "LE Hoang Nam", "VU Thi Lan"): too short for the surname-first tests of longer SURNAMEs, and
#: each also an English or French word, an acronym or a postcode area when it stands alone.
_VIET_SHORT_SURNAMES = frozenset("DO LE VU VO HO LY".split())
#: An age in brackets straight after a word ("Zara (12)").
_AGE_BRACKET = re.compile(r"[ \t]?\((?:aged?[ \t]*)?\d{1,2}\)")
#: An Irish or Scottish surname's prefix before a capital ("O'Reilly", "McGuigan", "MacLeod").
_GAELIC = re.compile(r"(?:O['\u2019]|Mc|Mac)(?!Book)[A-Z][a-z]{2,}")
#: Lower-case note abbreviations that are also pet forenames ("vic" = the victim).
_LOWER_ABBREVIATIONS = frozenset("vic vics sus susp bro sis reg aggy".split())
#: Process acronyms that are also given names, typed in lower case in hasty and case-less notes
#: ("farooq: rui, address ...", "bailed/rui pending forensics", "abe to follow"): released under
#: investigation, achieving best evidence - never a name in lower case (as written they are capitals).
_LOWER_PROCESS_WORDS = frozenset("rui abe".split())
#: Things a naming cue can name besides people ("a pub called", "an app named", "a dog called").
_THING_NOUNS = frozenset(
    """restaurant shop pub bar club cafe café takeaway company business firm app website site page account
    group chat gang crew band street road estate area village town city place house building farm dog
    cat horse boat film song track video channel brand product drug pill line operation op ship school
    academy college hotel salon charity organisation organization network game server""".split()
)
_PERSON_NOUNS = frozenset(
    """man men male males woman women female females lad lads boy boys girl girls guy bloke person people
    someone somebody kid kids youth youths teenager child he she him her who associate nominal suspect
    subject victim witness individual""".split()
)
#: Nationality and ethnicity words that do not end like one ("believed to be Afghan", "Black").
_NATIONALITY_WORDS = frozenset(
    """black white mixed asian afghan kurd arab turk greek scot brit welsh czech slovak thai dutch french
    swiss croat serb pole dane swede finn uzbek kazakh tajik iraqi irani iranian somali pakistani
    bangladeshi indian nepali bengali punjabi gujarati saudi yemeni kuwaiti omani israeli palestinian
    syrian lebanese egyptian libyan algerian moroccan tunisian sudanese eritrean ethiopian nigerian
    ghanaian gambian kenyan ugandan congolese angolan zimbabwean jamaican caribbean african european
    romanian albanian kosovan bulgarian lithuanian latvian estonian ukrainian russian moldovan
    hungarian slovakian croatian serbian bosnian macedonian italian spanish portuguese brazilian
    colombian venezuelan chinese vietnamese japanese korean filipino malaysian indonesian sri lankan
    tamil sikh muslim hindu christian catholic irish scottish british traveller travellers""".split()
)
#: Drugs and weapons written with a capital ("identified as Cocaine", "believed to be Spice").
_DRUG_WORDS = frozenset(
    """cocaine heroin cannabis mdma ecstasy ketamine amphetamine amphetamines methamphetamine crystal meth
    diamorphine spice mamba fentanyl nitazene nitazenes xanax diazepam pregabalin gabapentin tramadol
    methadone subutex buprenorphine lsd ghb gbl khat skunk hashish resin crack firearm handgun shotgun
    pistol machete taser""".split()
)
#: Words that open headings and field labels ("WITNESS STATEMENT", "Update Ali ..."): never a name.
#: Words that link a name into a list or a record ("LINKED TO", "ASSOC", "CONFUSED WITH").
_LIST_LINKS = frozenset("to with and from by assoc assocs associate associates associated".split())

_HEADING_WORDS = frozenset(
    """statement statements report reports summary update updates details detail log entry note notes
    nb info referral interview record records profile history checks check result results outcome
    request action actions form sheet list extract download export title heading education health
    housing safeguarding probation custody concerns concern referrer reg vrm veh mob tel assoc surname
    caution warning alert firearms weapons warrant search
    surnames forename forenames firstname lastname urgent important restricted official sensitive
    confidential secret handover briefing debrief""".split()
)
#: Words after a name that show a sentence opener is itself ordinary ("Will he ...", "May be").
_FORE_PAREN_SURNAME = re.compile(
    r"(?<![\w'\-])([A-Z][a-z][\w'\-]*)[ \t]*\([ \t]*([A-Z][A-Z'\-]+)[ \t]*,[ \t]*(?:\d{1,2}\b|(?i:d\.?o\.?b|aged?)\b)"
)
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_DETERMINERS_BEFORE_ACRONYM = frozenset("a an his her their its our my your".split())
#: Identifier labels written in capitals straight after a SURNAME ("ANDERSON PNC ID ...").
_ID_LABELS = frozenset("pnc pncid cro dob aka nino".split())
#: Short English words that never continue a name ("SMITH John And ...").
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor if so as at by for from in into of off on onto out over to up via with
    is was are were be been has had have do did does can may will not no yes he she it we you they
    him her his its our who whom why how what when then than that this these those all any per""".split()
)
_NOT_NAME_AFTER = frozenset("he she it they we you i be the a an not been have".split())


@dataclass(slots=True)
class _Tok:
    kind: str  # w d o nl p
    text: str
    start: int
    end: int
    shape: str  # CAPS TITLE LOWER INIT OTHER


_SHAPES: dict[str, str] = {}


def _shape(w: str) -> str:
    got = _SHAPES.get(w)
    if got is None:
        got = _shape_uncached(w)
        if len(_SHAPES) < 200_000:
            _SHAPES[w] = got
    return got


_PARTICLE_HYPHEN = re.compile(r"(?:al|el|ul|abu|bin|ibn|bint|ben|abd|Al|El|Abu|Bin|Ibn|Ben|Abd)-(?=[A-Z])")


def _shape_uncached(w: str) -> str:
    m = _PARTICLE_HYPHEN.match(w)
    if m and len(w) > m.end() + 1:
        return _shape_uncached(w[m.end() :])  # "al-Hassan", "bin-LADEN": the name after the particle
    letters = w.replace("'", "").replace("\u2019", "").replace("-", "")
    if len(letters) == 1:
        return "INIT" if letters.isupper() else "LOWER"
    if letters.isupper():
        return "CAPS"
    for pre in ("Mc", "Mac"):
        rest = letters[len(pre) :]
        if letters.startswith(pre) and len(rest) >= 2 and rest.isupper():
            return "CAPS"
    if len(letters) >= 3 and letters[-1] == "s" and letters[:-1].isupper():
        return "OTHER"  # "DPs", "IPs", "OICs": a plural acronym, never a name ("DPs KOWALSKI Marek")
    if letters[0].isupper():
        return "TITLE"
    if letters.islower():
        return "LOWER"
    return "OTHER"


def _tokens(text: str) -> list[_Tok]:
    shapes, tok = _SHAPES, _Tok
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "p"
        t = m.group(0)
        s, e = m.span()
        if kind == "w":
            sh = shapes.get(t)
            out.append(tok(kind, t, s, e, sh if sh is not None else _shape(t)))
        else:
            out.append(tok(kind, t, s, e, "OTHER"))
    return out


_TOKEN_CACHE: tuple[str, list[_Tok]] | None = None


def tokens_of(text: str) -> list[_Tok]:
    """Tokens of ``text``, shared by the person and organisation/place rules of one text."""
    global _TOKEN_CACHE
    if _TOKEN_CACHE is None or _TOKEN_CACHE[0] is not text:
        _TOKEN_CACHE = (text, _tokens(text))
    return _TOKEN_CACHE[1]


# --------------------------------------------------------------------------- dates and attributes

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = (
    r"(?:(?P<d1>\d{1,2})\s?[/.\-]\s?(?P<m1>\d{1,2})\s?[/.\-]\s?(?P<y1>\d{4}|\d{2})(?!\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MON})\.?,?\s+(?P<y2>\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?P<m3>{_MON})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}})(?!\d)"
    r"|(?P<y4>(?:19|20)\d{2})-(?P<m4>\d{2})-(?P<d4>\d{2}))"
)
_DOB_LABEL = r"(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born(?:\s+on)?|b\.(?=\s*\d))"
_DOB_AFTER = (
    re.compile(rf"^[^\n]{{0,30}}?(?:\n[ \t]*)?(?<![\w.]){_DOB_LABEL}\s*[:\-]?\s*{_DATE}", re.I),
    re.compile(rf"^\s*[(\[,]\s*{_DATE}\s*[)\],]?", re.I),
)
# Nominal-list line: "1. Tasha O'NEILL 03.04.05", "SHAW Mitchell 12/12/1999 - suspect" - a bare
# date straight after a name that opens the line, ending the line or before a role, is its DOB.
_LIST_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·]|\(?\d{1,2}[.)])?[ \t]*$")
_BARE_DOB_AFTER = re.compile(rf"^[ \t]+{_DATE}(?=[ \t]*(?:$|\n|[-–(,;|]|\s-)|\t|[ ]{{2}})", re.I)
_AGE_WORDS = r"(?:years?|yrs?)"
_AGE_AFTER = (
    re.compile(r"^\s*\(\s*(?:aged?\s*)?(\d{1,2})\s*(?:yrs?|years?(?:\s*old)?|y/?o)?\s*\)", re.I),
    re.compile(
        r"^\s*,\s*(\d{1,2})\s*(?:yrs?|years?(?:\s*old)?|y/?o)?\s*(?=[,.;)]|$|\s+(?:from|of|who|and|was|is|has|had|lives|at|in)\b)",
        re.I,
    ),
    re.compile(r"^[^\n.;]{0,25}?(?<!\w)(?:aged|age)\s*[:\-]?\s*(\d{1,3})(?!\d)", re.I),
    re.compile(rf"^[^\n.;]{{0,20}}?(?<!\d)(\d{{1,2}})\s?-?\s?{_AGE_WORDS}\s?-?\s?old\b", re.I),
    re.compile(r"^[^\n.;]{0,20}?(?<!\d)(\d{1,2})\s?(?:yo|y/o|y\.o\.?)(?!\w)", re.I),
)
_ANY_DIGIT = re.compile(r"\d")
_AGE_NOUNS = r"(?:male|female|boy|girl|man|woman|youth|lad|child|teenager|teen|named|called|suspect|victim|nominal|black|white|asian|mixed|race)"
_AGE_BEFORE = (
    re.compile(
        rf"(?<!\d)(\d{{1,2}})\s?-?\s?{_AGE_WORDS}\s?-?\s?old(?:\s+{_AGE_NOUNS}){{0,3}}\s*[,:]?\s*$", re.I
    ),
    re.compile(rf"(?<!\d)(\d{{1,2}})\s?(?:yo|y/o)(?:\s+{_AGE_NOUNS}){{0,3}}\s*[,:]?\s*$", re.I),
)
_ALIAS_CUE = (
    r"(?:a\.?\s?k\.?\s?a\.?|also\s+known\s+as|known\s+as|(?:who\s+)?goes\s+by(?:\s+the\s+name(?:\s+of)?)?"
    r"|nick\s?named?|street\s+name|alias|calls\s+(?:himself|herself))"
)
_ALIAS = re.compile(
    rf"(?<![\w.])(?i:{_ALIAS_CUE})(?![A-Za-z])[ \t]*[:\-]?[ \t]*(?:\"|\u201c|'|\u2018)?"
    r"(?:(?<=[\"\u201c'\u2018])(?P<q>[^\"\u201d'\u2019\n]{1,30}?)(?:\"|\u201d|'|\u2019)"
    r"|(?P<w>[A-Za-z][A-Za-z0-9\-]*(?:'[A-Za-z]+)?(?:[ \t]+[A-Z][A-Za-z\-]*(?![\w'\u2019]))?))"
)


def parse_dob(m: re.Match[str], today: _dt.date | None = None) -> str | None:
    """ISO date from a ``_DATE`` match, or None when impossible (2-digit years pivot on today)."""
    today = today or _dt.date.today()
    g = m.groupdict()
    try:
        if g.get("d1"):
            d, mo, y = int(g["d1"]), int(g["m1"]), g["y1"]
        elif g.get("d2"):
            d, mo, y = int(g["d2"]), _MONTHS[g["m2"].lower()[:3] if g["m2"].lower()[:4] != "sept" else "sep"], g["y2"]
        elif g.get("d3"):
            d, mo, y = int(g["d3"]), _MONTHS[g["m3"].lower()[:3]], g["y3"]
        elif g.get("y4"):
            d, mo, y = int(g["d4"]), int(g["m4"]), g["y4"]
        else:
            return None
        year = int(y)
        if len(y) == 2:
            year += 2000 if year <= today.year % 100 else 1900
        date = _dt.date(year, mo, d)
    except (ValueError, KeyError):
        return None
    if not (1900 <= date.year and date <= today):
        return None
    return date.isoformat()


def _attrs_after(text: str, start: int, end: int, limit: int, before_start: int) -> dict[str, object]:
    attrs: dict[str, object] = {}
    window = text[end:limit]
    # Every DOB and age pattern holds a digit: without one in the window none can match.
    numbered = _ANY_DIGIT.search(window) is not None
    for pat in _DOB_AFTER if numbered else ():
        m = pat.search(window)
        if m:
            dob = parse_dob(m)
            if dob:
                attrs["dob"] = dob
                break
    if numbered and "dob" not in attrs and _LIST_LINE_START.search(text, max(0, start - 12), start):
        m = _BARE_DOB_AFTER.search(window)
        dob = parse_dob(m) if m else None
        if dob and int(dob[:4]) <= _dt.date.today().year - 5:  # a recent date is the event, not a birth
            attrs["dob"] = dob
    for pat in _AGE_AFTER if numbered else ():
        m = pat.search(window)
        if m and 0 < int(m.group(1)) < 110:
            attrs["age"] = int(m.group(1))
            break
    if "age" not in attrs:
        pre = text[max(before_start, start - 60) : start]
        for pat in _AGE_BEFORE if _ANY_DIGIT.search(pre) else ():
            m = pat.search(pre)
            if m and 0 < int(m.group(1)) < 110:
                attrs["age"] = int(m.group(1))
                break
    return attrs


def _second_alias_word_is_context(word: str, lex: Lexicon) -> bool:
    """A capitalised word after a one-word alias that starts something else (a place, a business,
    a common word, a new name written in capitals after a title-case alias)."""
    low = word.lower()
    return (
        lex.not_a_name_word(low)
        or low in lex.street_suffixes or low in lex.org_suffixes or low in lex.place_suffixes
        or low in lex.place_words or low in lex.vehicle_makes
        or (len(word) > 1 and word.isupper() and low in lex.forenames)
    )


# A nickname quoted straight after a name, maybe after its DOB or age and maybe in brackets:
# 'Craig SMITH ("Tank")', "O'HARA Ciaran 'Chick' - 01/02/1990", 'Dan PRICE 19/07/1995 ("Dan")'.
_QUOTED_AFTER = re.compile(
    r"(?:[ \t]*[,\-\u2013]?[ \t]*(?:\(?[ \t]*(?:(?:d\.?o\.?b\.?|b\.)[ \t]*:?[ \t]*)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}[ \t]*\)?"
    r"|\([ \t]*\d{1,2}[ \t]*\)|,[ \t]*\d{1,2}(?=[ \t]*[,(\-])))*"
    r"[ \t]*[,\-\u2013]?[ \t]*\(?[ \t]*[\"\u201c'\u2018](?P<n>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,2})[\"\u201d'\u2019](?![\w])"
)


def _find_alias(text: str, end: int, limit: int, lex: Lexicon) -> tuple[int, int, str] | None:
    m = _QUOTED_AFTER.match(text, end, min(limit, end + 60))
    if m and not _not_a_nick(m.group("n"), lex):
        return m.start("n"), m.end("n"), m.group("n")
    window = text[end : min(limit, end + 80)]
    for m in _ALIAS.finditer(window):
        if "\n" in window[: m.start()] and m.start() > 2:
            break
        if m.start() > 45:
            break
        grp = "q" if m.group("q") else "w"
        alias = m.group(grp).strip()
        s = end + m.start(grp) + (len(m.group(grp)) - len(m.group(grp).lstrip()))
        parts = alias.split()
        if grp == "w" and len(parts) == 2 and _second_alias_word_is_context(parts[1], lex):
            alias = parts[0]  # "aka Blade Retail Park": the nickname, then a place name
        low = alias.lower()
        if not alias or low in lex.stop or low in lex.common or low in lex.noise:
            continue
        return s, s + len(alias), alias
    return None


def person_attrs_from_name(words: list[str], lex: Lexicon | None = None) -> dict[str, object]:
    """forename/middle/surname/initial_only for a name already in forename-first order."""
    lex = lex or lexicon()
    words = [w for w in words if w]
    if not words:
        return {}
    if len(words) == 1:
        w = words[0]
        if (w.lower() in lex.forenames or w.lower() in lex.diminutives) and not w.isupper():
            return {"forename": w, "initial_only": False}
        return {"surname": w, "initial_only": False}
    attrs: dict[str, object] = {"forename": words[0], "surname": words[-1]}
    if len(words) > 2:
        attrs["middle"] = " ".join(words[1:-1])
    attrs["initial_only"] = len(words[0].rstrip(".")) == 1
    return attrs


# --------------------------------------------------------------------------- name shapes


@dataclass(slots=True)
class _Cand:
    i: int  # first token index
    j: int  # last token index (inclusive)
    fore: list[str]  # forename-first word order for the key
    surname: str
    title: str = ""
    rule: str = ""
    surname_only: bool = False
    extra: dict[str, object] | None = None  # attributes read by the shape itself (a table row's DOB)


class _Scanner:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.toks = tokens_of(text)
        words = [t for t in self.toks if t.kind == "w" and len(t.text) > 1]
        lower = sum(1 for t in words if t.shape == "LOWER")
        caps = sum(1 for t in words if t.shape == "CAPS")
        # Hasty notes are typed almost all in lower case; shouted text almost all in capitals.
        self.hasty = len(words) >= 4 and lower / len(words) >= 0.85
        # A one-liner of a few words is shouted only when capitals outnumber lower case
        # ("KOWALCZYK M - GLAA licence revoked" is a SURNAME, an acronym and prose).
        self.shouty = len(words) >= 4 and caps / len(words) >= 0.5 and (len(words) >= 8 or caps > lower)
        # Lower-case words of the prose itself; "e.strachan90@example.net" and "@jt_gy" do not
        # make STRACHAN an ordinary word.
        # Lines laid out in columns (cells split by tabs or runs of spaces, as legacy exports and
        # pasted tables are): a column gap ends a name, so "SMITH  John  01/02/1990" is two cells.
        # (each cell gap holds a tab, two spaces or a bar and each CSV gap a comma: a line
        # without them is no row, so the scans are skipped there)
        self._columns = [
            (m.start(), m.end()) for m in _LINE_RX.finditer(text)
            if (("\t" in m.group(0) or "  " in m.group(0) or "|" in m.group(0))
                and len(_CELL_GAP.findall(m.group(0))) >= 2)
            or (m.group(0).count(",") >= 2 and len(_CSV_GAP.findall(m.group(0))) >= 2)
        ] if ("\t" in text or "  " in text or "|" in text or "," in text) else []
        # Where naming cues and role fields end ("called ", "known as ", "Driver: "): read once per
        # text, so the per-token rules only look the position up.
        self._cue_ends = {m.end() for m in _NAMING_CUE_ANY.finditer(text)} if _CUE_HINT.search(text) else set()
        self._label_ends = {m.end(): m.group(1) for m in _LABEL_COLON_ANY.finditer(text)} if (":" in text or "-" in text) else {}
        self._attr_marks = bool(_ATTR_HINT.search(text))
        self._lower_words = {
            t.text for t in words
            if t.shape == "LOWER" and text[t.start - 1 : t.start] not in (".", "@", "_", "/")
            and not (_HANDLE_START.match(text, t.end) and _HANDLE_TAIL.match(text, t.end, t.end + 40))
        }
        self._ntoks = len(self.toks)
        self._wtoks = [t if t.kind == "w" else None for t in self.toks]

    # helpers --------------------------------------------------------------
    def adj(self, a: int, b: int) -> bool:
        """Tokens a and b are neighbours on one line separated by spaces only."""
        if b >= len(self.toks) or a < 0:
            return False
        gap = self.text[self.toks[a].end : self.toks[b].start]
        if gap.startswith(".") and self.toks[a].shape == "INIT":
            gap = gap[1:]
        if (len(gap) >= 2 or "\t" in gap) and self.in_columns(self.toks[a].end):
            return False  # a column gap between two cells
        return gap == "" or (gap.isspace() and "\n" not in gap and len(gap) <= 2)  # "S Kaur   Witnessed by": a form's gap

    def in_columns(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self._columns)

    def table_row(self, i: int) -> list[_Cand] | None:
        """A row of a column layout opening with a name in two cells: "SMITH  John  01/02/1990"
        or "John  SMITH". Each cell is its own mention (as on a form); both carry the full name."""
        if not self._columns or not self.in_columns(self.toks[i].start) or not self.line_start(i):
            return None
        a = self.w(i)
        k = i + 1
        if k < len(self.toks) and self.toks[k].text in ("|", ","):
            k += 1  # "| BARNES | Tyler |", "GRAHAM,Shaun,..."
        if a is None or k >= len(self.toks) or self.adj(i, k) or self.w(k) is None:
            return None
        if not re.fullmatch(r"(?:\t|[ ]{2,}|[ \t]*\|[ \t]*)[ \t]*|,", self.text[a.end : self.toks[k].start]):
            return None
        run = [k]
        while len(run) < 3 and self.w(run[-1] + 1) is not None and self.adj(run[-1], run[-1] + 1):
            run.append(run[-1] + 1)
        cell = [self.toks[x] for x in run]
        end = cell[-1].end
        if not re.match(r"(?:\t|[ ]{2,}|[ \t]*(?:\n|$|\|)|,(?=\S))", self.text[end : end + 3] or "\n"):
            return None
        if a.shape == "CAPS" and (self.caps_surname_ok(a.text) or (
            a.text.lower() in self.lex.place_words and len(cell) == 1 and self.is_fore(cell[0].text)
        )) and all(
            c.shape == "TITLE" and not self.bad(c.text) and c.text.lower() not in self.lex.place_words for c in cell
        ):
            sur, fore = a.text, [c.text for c in cell]
        elif a.shape == "TITLE" and self.is_fore(a.text) and len(cell) == 1 and cell[0].shape == "CAPS" \
                and self.caps_surname_ok(cell[0].text):
            sur, fore = cell[0].text, [a.text]
        else:
            return None
        extra: dict[str, object] = {}
        m = re.match(rf"(?:\t|[ ]{{2,}}|[ \t]*\||,)[ \t]*{_DATE}", self.text[end : end + 30], re.I)
        dob = parse_dob(m) if m else None
        if dob:
            extra["dob"] = dob
        return [
            _Cand(i, i, fore, sur, rule="table cell", extra=extra),
            _Cand(run[0], run[-1], fore, sur, rule="table cell", extra=extra),
        ]

    def w(self, k: int, shape: str | None = None) -> _Tok | None:
        if 0 <= k < self._ntoks:
            t = self._wtoks[k]
            if t is not None and (shape is None or t.shape == shape):
                return t
        return None

    def is_fore(self, word: str) -> bool:
        low = word.lower().replace("\u2019", "'")
        if (low in _LOWER_ABBREVIATIONS or low in _LOWER_PROCESS_WORDS) and word.islower():
            return False
        return self._fore1(low) or (
            low.count("-") == 1 and self._fore1(low.split("-")[0]) and all(len(p) >= 2 for p in low.split("-"))
        )

    def _fore1(self, low: str) -> bool:
        """A known forename, or a pet form of one ("Tasha", "Cal") that is not an everyday word."""
        if low in self.lex.forenames:
            return True
        return low in self.lex.diminutives and low not in self.lex.lower_ambiguous and not (
            self.bad(low) or low in self.lex.place_words or low in self.lex.vehicle_makes
            or low in self.lex.slang or low in self.lex.street_suffixes or low in self.lex.org_suffixes
        )

    def bad(self, word: str) -> bool:
        return self.lex.not_a_name_word(word)

    def is_role(self, word: str) -> bool:
        """"Keeper", "Co-accused", "Occupant": a role label written before a name."""
        low = word.lower()
        return (low in self.lex.role_words or low in self.lex.nominal_labels or low in _ROLE_EXTRA) \
            and not self.is_fore(word)

    def plausible(self, word: str) -> bool:
        """A capitalised word that could be an unknown name: not a word the lists know as
        something else (a common word, place, business, vehicle, drug, role or heading)."""
        low = word.lower()
        lex = self.lex
        if len(low.replace("'", "").replace("-", "")) < 2 or self.bad(word):
            return False
        if low in lex.place_words and not self.is_fore(word):
            return False
        if re.search(r"(?:ly|ing|ed|ish)$", low) and not self.is_fore(word) and low not in lex.surnames:
            return False  # adverbs, participles and nationalities ("Kurdish", "Polish")
        if low in _NATIONALITY_WORDS:
            return False
        return not (
            low in lex.org_words or low in lex.vehicle_makes or low in lex.vehicle_models or low in lex.slang
            or low in lex.street_suffixes or low in lex.org_suffixes or low in lex.place_suffixes
            or low in lex.role_words or low in lex.nominal_labels or low in lex.cues or low in _HEADING_WORDS
            or low in _KIN or low in _NAME_STOP or low in _PARTICLES or low in _GROUP_WORDS or low in _THING_NOUNS
            or low in _DRUG_WORDS
        )

    def caps_surname_ok(self, word: str, place_ok: bool = False) -> bool:
        """A capitals word that can be a SURNAME; a town's name only when ``place_ok`` (after a
        known forename: "Lorraine TELFORD", "Dean PRESTON")."""
        low = word.lower()
        return (
            len(word.replace("'", "")) >= 2
            and (len(word) <= 2 or bool(_VOWEL.search(low)))  # "LPT", "CCTV": acronyms
            and low not in _NAME_STOP
            and low not in _ROLE_EXTRA
            and (place_ok or low not in self.lex.place_words)
            and not self.bad(word)
            and low not in self.lex.vehicle_makes
            and (
                low in _SURNAME_LIKE_SUFFIXES
                or (
                    low not in self.lex.street_suffixes
                    and low not in self.lex.org_suffixes
                    and low not in self.lex.place_suffixes
                )
            )
        )

    def _month_forename(self, k: int) -> bool:
        """"Victim April JONES", "Neighbour June SMITH", "Manager Jun LIU": a month's name that is
        also a forename, before a SURNAME in capitals, where no date reads it ("12 May SMITH",
        "in June KHAN ...", "May 2024")."""
        t = self.toks[k]
        low = t.text.lower()
        if low not in self.lex.day_month or not (self.is_fore(t.text) or low in self.lex.lower_ambiguous) \
                or t.shape != "TITLE" or self.shouty:
            return False
        p = self.toks[k - 1] if k >= 1 else None
        return not (p is not None and (p.kind == "d" or p.text.lower() in _DATE_BEFORE))

    def _word_surname(self, word: str) -> bool:
        """A frequent surname blocked only as an everyday word ("WHITE", "BLACK"), no role,
        place, vehicle make or street word."""
        low = word.lower()
        return low in WORD_SURNAMES and low not in self.lex.stop and low not in _NAME_STOP and low not in _ROLE_EXTRA \
            and low not in self.lex.place_words and low not in self.lex.vehicle_makes and low not in self.lex.street_suffixes

    def line_start(self, i: int) -> bool:
        """Token i opens a line, maybe after a bullet, number or a nominal label and colon."""
        k = i - 1
        while k >= 0 and self.toks[k].kind in ("p", "d") and self.toks[k].text not in ",;":
            k -= 1
        if k < 0 or self.toks[k].kind == "nl":
            return True
        # "Nominal 1: SMITH John", "Suspect - SMITH John"
        if self.toks[k].kind == "w" and self.toks[k].text.lower() in self.lex.nominal_labels:
            m = k - 1
            while m >= 0 and self.toks[m].kind in ("p", "d"):
                m -= 1
            return m < 0 or self.toks[m].kind == "nl" or self.toks[m].shape != "LOWER"
        return False

    def sentence_start(self, i: int) -> bool:
        k = i - 1
        while k >= 0 and self.toks[k].kind == "p" and self.toks[k].text in "\"'([":
            k -= 1
        return k < 0 or self.toks[k].kind == "nl" or self.toks[k].text in ".!?:;"

    def next_is_suffix(self, j: int) -> bool:
        """Word after token j makes the span a street, organisation or place."""
        n = self.w(j + 1)
        if n is None or not self.adj(j, j + 1):
            return False
        low = n.text.lower()
        if n.shape in ("TITLE", "CAPS"):
            return (
                low in self.lex.street_suffixes
                or low in self.lex.org_suffixes
                or low in self.lex.place_suffixes
            )
        return low in self.lex.lower_org_suffixes or low in self.lex.lower_place_suffixes

    def particles(self, k: int) -> int:
        """Index after any lower-case surname particles starting at k ("de", "van der")."""
        m = k
        while (
            self.w(m) is not None
            and self.toks[m].text.lower() in _PARTICLES
            and self.toks[m].shape in ("LOWER", "TITLE")
            and self.adj(m, m + 1)
            and self.w(m + 1) is not None
            and m - k < 2
        ):
            m += 1
            if self.toks[m].shape in ("CAPS", "TITLE") and self.toks[m].text.lower() not in _PARTICLES:
                return m  # "de SOUZA", "van der Berg"
        return k

    def surname_text(self, a: int, b: int) -> str:
        return self.text[self.toks[a].start : self.toks[b].end]

    # shapes ----------------------------------------------------------------
    def forename_run_caps(self, i: int) -> _Cand | None:
        """John SMITH / John Paul SMITH / john SMITH / Maria de SOUZA / Kyle O'BRIEN."""
        run: list[int] = []
        k = i
        while len(run) < 3:
            t = self.w(k)
            if t is None or (run and not self.adj(k - 1, k)):
                break
            if t.shape == "TITLE" or (
                t.shape == "LOWER"
                and not run
                and self.is_fore(t.text)
                and t.text.lower() not in self.lex.lower_ambiguous
            ):
                run.append(k)
                k += 1
                continue
            if t.shape == "INIT" and run and t.text not in ("A", "I"):
                # middle initial: "Rebekah E. THOMPSON"
                run.append(k)
                k += 1
                if k < len(self.toks) and self.toks[k].text == "." and self.toks[k].start == t.end:
                    k += 1
                continue
            break
        if not run or not self.adj(k - 1, k):
            return None
        sk = self.particles(k)
        s = self.w(sk, "CAPS")
        if s is None or (sk > k and not self.adj(sk - 1, sk)):
            return None
        if not self.caps_surname_ok(s.text):
            # "partner Lorraine TELFORD": a town's name in capitals after a known forename written
            # in title case is a surname (places are not shouted in ordinary prose).
            f0 = self.toks[run[0]]
            # Likewise a frequent surname the lists know as an everyday word ("Marcus WHITE",
            # "Shannon BLACK"): the capitals after a known forename mark it as the surname.
            viet_do = s.text == "DO" and 1 <= len(run) <= 3 and not self.shouty \
                and all(self.toks[x].shape == "TITLE" and not self.bad(self.toks[x].text) for x in run) \
                and self.is_fore(f0.text) and f0.text.lower() not in self.lex.lower_ambiguous \
                and not (self.w(sk + 1, "CAPS") is not None and self.adj(sk, sk + 1))
            if not viet_do and (
                    self.shouty or len(run) != 1 or f0.shape != "TITLE" or not self.is_fore(f0.text)
                    or f0.text.lower() in self.lex.lower_ambiguous or f0.text.lower() in self.lex.place_words
                    or not (len(s.text) >= 4 and (self.caps_surname_ok(s.text, place_ok=True) or self._word_surname(s.text)))):
                return None  # "Quang DO", "Quang Huy DO": the Vietnamese surname Do (never "Kyle DO NOT ...")
        end = sk
        # a second capitalised surname word ("Maria GARCIA LOPEZ")
        s2 = self.w(sk + 1, "CAPS")
        if s2 is not None and self.adj(sk, sk + 1) and self.caps_surname_ok(s2.text) and len(s2.text) > 2 \
                and s2.text.lower() not in _STATUS_AFTER_NAME:
            end = sk + 1
        while run and (
            self.bad(self.toks[run[0]].text) and not self._month_forename(run[0])
            or self.is_role(self.toks[run[0]].text)
            or (self.toks[run[0]].text.lower() in _KIN and not self.is_fore(self.toks[run[0]].text))
            or (self.toks[run[0]].text.lower() in self.lex.vehicle_makes)
            or (self.toks[run[0]].text.lower() in self.lex.vehicle_models and not self.is_fore(self.toks[run[0]].text))
            or (self.toks[run[0]].text.lower() in self.lex.place_words and not self.is_fore(self.toks[run[0]].text))
            or (not self.is_fore(self.toks[run[0]].text) and self.sentence_start(run[0]) and len(run) > 1)
            or (len(run) > 1 and self._body_word_before(run))
        ):
            run.pop(0)
        for n in (3, 2):  # "the Port Talbot Rhys GRIFFITHS": a known place, then the name
            if len(run) > n and self.is_fore(self.toks[run[n]].text) \
                    and is_known_place(self.text[self.toks[run[0]].start : self.toks[run[n - 1]].end]):
                run = run[n:]
                break
        if not run:
            return None
        if self.next_is_suffix(end):
            return None
        fore = [self.toks[x].text for x in run]
        if len(s.text) <= 2 and not self.is_fore(fore[0]):
            return None  # "Request DA checks": a two-letter code after a word, not a surname
        if (
            len(run) == 1
            and end == sk
            and sk == k
            and self.is_fore(s.text)
            and not self.is_fore(fore[0])
            and s.text.lower() not in self.lex.lower_ambiguous
        ):
            # "Osullivan MASON": the capitals are a forename, so the title-case word is the surname.
            return _Cand(run[0], end, [s.text], fore[0], rule="Surname FORENAME")
        return _Cand(run[0], end, fore, self.surname_text(sk if sk == k else k, end), rule="forename SURNAME")

    def _after_title(self, i: int) -> bool:
        k = i - 1
        if k >= 0 and self.toks[k].text == ".":
            k -= 1
        return k >= 0 and self.w(k) is not None and self.toks[k].text.lower() in self.lex.titles and self.adj(k, i) \
            or (k >= 0 and self.w(k) is not None and self.toks[k].text.lower() in self.lex.titles
                and self.toks[k].end + 1 == self.toks[i].start)

    def initials_surname(self, i: int) -> _Cand | None:
        """J. SMITH / J SMITH / J.P. SMITH / J. Smith."""
        if i >= 1 and (
            (self.toks[i - 1].text == "/" and self.toks[i - 1].end == self.toks[i].start)
            or (self.toks[i - 1].text.lower() == "class" and self.adj(i - 1, i))
        ):
            return None  # "Grading 2/B/C. J. ARMSTRONG", "CLASS A. FLETCHER": codes, not initials
        if re.search(r"/[ \t]*\Z", self.text[max(0, self.toks[i].start - 4) : self.toks[i].start]) \
                and not self._slashed_name(i):
            return None  # "Grading B / 2 / P. Prison intelligence": the last grade, not an initial
        k = i
        inits: list[str] = []
        dotted = False
        while self.w(k, "INIT") is not None:
            t = self.toks[k]
            nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
            if nxt is not None and nxt.kind == "p" and nxt.text == "." and nxt.start == t.end:
                inits.append(t.text)
                dotted = True
                k += 2
            elif (t.text not in ("A", "I") or (k == i and (self._after_title(i) or self._listed_initial(i)
                                                             or self._mid_sentence_initial(i) or self._bracketed_initial(i)))
                  or (k > i and inits and not dotted and not self.shouty)) and nxt is not None \
                    and nxt.kind == "w" and self.adj(k, k + 1):  # "Mr A RAHMAN", "M I RAZA"
                inits.append(t.text)
                k += 1
            else:
                break
            if len(inits) > 3:
                return None
        if not inits or not self.adj(k - 1, k):
            return None
        sk = self.particles(k)
        s = self.w(sk)
        if s is None:
            return None
        if s.shape == "CAPS" and self.caps_surname_ok(s.text):
            pass
        elif s.shape == "TITLE" and (dotted or len(inits) >= 2 or self._after_title(i) or self._initial_opens_name(i, s.text)
                                     or self._bracketed_initial(i)) \
                and not self.bad(s.text) and not self.next_is_suffix(sk) and self._plain_surname(s.text) \
                and self.text[s.end : s.end + 1] != ":":
            pass  # "J. Smith", "R J Thompson", "Mr P Nowak", "W Campbell spoken to" ("J. Co-accused:" is a label)
        else:
            return None
        if self.next_is_suffix(sk):
            return None
        p = self.w(i - 1, "TITLE")
        if dotted and len(inits) == 1 and s.shape == "TITLE" and p is not None and self.adj(i - 1, i) \
                and self.is_fore(p.text) and self.is_fore(s.text) and s.text.lower() not in self.lex.surnames \
                and self.w(sk + 1, "LOWER") is not None and self.adj(sk, sk + 1):
            return None  # "with Jordan H. Kacper has ...": the initial ends one name, a forename opens the next sentence
        return _Cand(i, sk, [inits[0] + "."] + [x + "." for x in inits[1:]], self.surname_text(k, sk),
                     rule="initial SURNAME")

    def _listed_initial(self, i: int) -> bool:
        """"Payees: A NOWAK / I PATEL, 12 Mill Road": the letter A or I opening an entry of a list
        or field (after a colon, comma, semicolon or bracket, or at a line start), before a
        SURNAME that is no English word and ends the entry."""
        p = self.toks[i - 1] if i >= 1 else None
        if self.shouty or not (p is None or p.kind == "nl" or p.text in (":", ",", ";", "(")):
            return False
        s = self.w(i + 1, "CAPS")
        if s is None or not self.adj(i, i + 1) or len(s.text) < 3 or not self.caps_surname_ok(s.text) \
                or _everyday(s.text, self.lex) and s.text.lower() not in self.lex.surnames:
            return False
        n = self.toks[i + 2] if i + 2 < len(self.toks) else None
        return n is None or n.kind == "nl" or n.text in ("(", ",", ";", ".", ")", "-", "/")

    def _body_word_before(self, run: list[int]) -> bool:
        """"Checks on Companies House Gezim SHEHU", "referral from Social Services Amina YUSUF":
        an everyday word that is no forename or surname, opening a run of title-case words before
        a SURNAME whose later word is a forename, names the body or thing before the person."""
        w = self.toks[run[0]].text
        low = w.lower()
        return len(w) >= 4 and low not in _PARTICLES and not self.is_fore(w) and low not in self.lex.surnames \
            and _everyday(w, self.lex) \
            and any(self.is_fore(self.toks[x].text) for x in run[1:])

    def _slashed_name(self, i: int) -> bool:
        """"KB / J HOLT / A FERGUSON": an initial after a spaced slash opens a name when a word of
        two or more letters stands before the slash (grades are single letters or digits) and a
        capitals SURNAME that is no English word follows the initial."""
        if i < 2 or self.toks[i - 1].text != "/" or self.shouty:
            return False
        b = self.toks[i - 2]
        if b.kind != "w" or len(b.text) < 2 or b.end == self.toks[i - 1].start:
            return False
        s = self.w(i + 1, "CAPS")
        return s is not None and self.adj(i, i + 1) and len(s.text) >= 3 and self.caps_surname_ok(s.text) \
            and not (_everyday(s.text, self.lex) and s.text.lower() not in self.lex.surnames)

    def _mid_sentence_initial(self, i: int) -> bool:
        """"cards in the names of P OKAFOR and A BRENNAN", "reg. keeper A WHITTAKER", "DSL I
        MAGUIRE": in cased text a capital A or I after a lower-case word or an acronym mid-sentence
        is no article or pronoun (those are "a" there, or go on with a word) but an initial, when
        a SURNAME that is no English word follows and is no shouted phrase's first word."""
        if self.shouty or i < 1 or self.sentence_start(i):
            return False
        p = self.toks[i - 1]
        if not (p.kind == "w" and self.adj(i - 1, i) and (p.shape == "LOWER" or p.shape == "CAPS" and len(p.text) <= 4)
                or p.text == "&" or p.text == "/" and self._slashed_name(i)):
            return False
        s = self.w(i + 1, "CAPS")
        if s is None or not self.adj(i, i + 1) or len(s.text) < 3 or not self.caps_surname_ok(s.text) \
                or _everyday(s.text, self.lex) and s.text.lower() not in self.lex.surnames \
                or s.text.lower() in _PROCESS_ACRONYMS or s.text.lower() in _MODEL_NOT_NAME:
            return False
        n = self.w(i + 2)
        return not (n is not None and self.adj(i + 1, i + 2) and n.shape == "CAPS" and len(n.text) > 1)

    def _bracketed_initial(self, i: int) -> bool:
        """"invoices for Meadowbank Care Services (A Patel)", "(I Hussain)": one capital and a
        surname the lists know, alone in brackets, are a contact's initial and surname (a code in
        brackets is letters or digits alone)."""
        if i < 1 or self.toks[i - 1].text != "(" or self.toks[i - 1].end != self.toks[i].start:
            return False
        s = self.w(i + 1)
        if s is None or s.shape not in ("TITLE", "CAPS") or not self.adj(i, i + 1) or len(s.text) < 3:
            return False
        low = s.text.lower()
        if low not in self.lex.surnames or _everyday(s.text, self.lex) or low in self.lex.place_words:
            return False
        return self.text[s.end : s.end + 1] == ")"

    def _initial_opens_name(self, i: int, surname: str) -> bool:
        """One undotted capital before a title-case surname ("W Campbell spoken to", "N Patel
        (b.1981)"): an initial when the word is a known surname or no English word, and nothing
        before the capital makes it a grade, wing, block or code ("Grade B Campbell")."""
        low = surname.lower()
        if low in self.lex.place_words or low in self.lex.org_words or not self.plausible(surname):
            return False
        if low not in self.lex.surnames and _everyday(surname, self.lex) and not self.is_fore(surname):
            return False  # "K Bailey", "S Mason": a forename after an initial is the surname
        k = i + 1
        while k < len(self.toks) and self.toks[k].text != surname:
            k += 1
        n = self.w(k + 1)
        if n is not None and self.adj(k, k + 1) and n.shape in ("TITLE", "CAPS"):
            return False  # "Y Mochyn Du": a longer capitalised name goes on
        p = self.toks[i - 1] if i >= 1 else None
        if p is not None and (p.end == self.toks[i].start or p.kind == "d" or p.text in ("/", "-")
                              and self.text[p.start - 1 : p.start].isalnum()):
            return False
        w = self.w(i - 1)
        return not (w is not None and self.adj(i - 1, i) and (
            w.text.lower() in _NOT_AFTER_INITIAL | {"grade", "graded", "grading", "class", "category", "cat", "unit", "zone", "type"}
            or w.shape == "CAPS"))

    def surname_comma_forename(self, i: int) -> _Cand | None:
        """SMITH, John / SMITH, John Paul / SMITH, JOHN / McGregor, Ryan (05.03.93)."""
        s = self.w(i)
        if s is None or s.shape not in ("CAPS", "TITLE") or self.text[s.end : s.end + 1] != ",":
            return None
        if not self.caps_surname_ok(s.text) and not (
            s.shape == "CAPS" and s.text.lower() in self.lex.place_words and self._name_field_start(i)
        ) and not (
            s.shape == "CAPS" and self._word_surname(s.text) and self.w(i + 2) is not None
            and self.adj(i + 1, i + 2) and self.is_fore(self.toks[i + 2].text)
            and self.toks[i + 2].text.lower() not in self.lex.lower_ambiguous
        ):
            # "Prisoner STOCKWELL, Lee": a surname that is also a place, in a name field;
            # "WHITE, Daniel": a frequent surname that is also a word, before a known forename
            return None
        if s.shape == "TITLE" and (self.is_fore(s.text) and s.text.lower() not in self.lex.surnames
                                   or not self.plausible(s.text) or self.sentence_start(i)
                                   and s.text.lower() not in self.lex.surnames and not s.text.startswith(("Mc", "Mac", "O'"))):
            return None
        k = i + 1
        if k >= len(self.toks) or self.toks[k].text != "," or self.toks[k].start != s.end:
            return None
        k += 1
        run: list[int] = []
        while len(run) < 3:
            t = self.w(k)
            if t is None or not self.adj(k - 1, k):
                break
            if t.shape == "TITLE" and not self.bad(t.text):
                run.append(k)
            elif t.shape == "CAPS" and (self.is_fore(t.text) or run and t.text.lower() in self.lex.lower_ambiguous) \
                    and t.text.lower() not in _STATUS_AFTER_NAME:
                if not run and self.w(k + 1, "TITLE") is not None and self.adj(k, k + 1):
                    break  # "MACKENZIE, QUINN Thomas": the next entry's SURNAME Forename, not a forename
                run.append(k)  # "ELLIS, MARGARET ROSE"
            else:
                break
            k += 1
        if not run:
            return self._surname_comma_initial(i, k)
        first = self.toks[run[0]].text
        tail = self.text[self.toks[run[-1]].end : self.toks[run[-1]].end + 40]
        has_attr = bool(re.match(r"\s*[(\[,]?\s*(?:\d|d\.?o\.?b|aged?\b|born|[A-Z]\d{4}[A-Z]{2}\b)", tail, re.I))
        if s.shape == "TITLE" and not (has_attr and self.is_fore(first)):
            return None  # "Leeds, Chapeltown": title-case pairs need a forename and a DOB or age
        if not (self.is_fore(first) or has_attr or self.line_start(i)):
            return None
        if self.toks[run[-1]].text.lower() in self.lex.places:  # pragma: no cover - defensive
            return None
        return _Cand(i, run[-1], [self.toks[x].text for x in run], s.text, rule="SURNAME, Forename")

    def _surname_comma_initial(self, i: int, k: int) -> _Cand | None:
        """SURNAME, I as registers and prison systems write it ("GRANT, J received into custody",
        "NOWICKI, K (DOB 1990)"): a capitals surname, one initial, then the end of the name (a
        stop, bracket, comma, line end, DOB or a lower-case word). "A"/"I" only before a stop."""
        s, t = self.toks[i], self.w(k, "INIT")
        if s.shape != "CAPS" or t is None or not self.adj(k - 1, k) or len(s.text) < 3:
            return None
        after = self.text[t.end : t.end + 30]
        if t.text in ("A", "I"):
            ok = bool(re.match(r"\.?[ \t]*(?:[,;:)(\n]|$|\.)", after)) and not re.match(r"[ \t]+[a-z]", after) \
                or not self.shouty and _NEXT_WORD.match(after) is not None \
                and _NEXT_WORD.match(after).group(1) in _OUTCOME_AFTER_INITIAL  # "DUFFY, I seen at the match"
        else:
            m = re.match(r"\.?(?:[ \t]*(?:[,;:)(\n]|$)|[ \t]+(?P<w>[a-z]+)\b|[ \t]+(?:d\.?o\.?b|\d))", after, re.I)
            ok = m is not None and not (m.group("w") and (m.group("w") in _NOT_AFTER_INITIAL or m.group("w") == "and"))
        if not ok:
            return None
        return _Cand(i, k, [t.text + "."], s.text, rule="SURNAME, Forename")

    def _name_field_start(self, i: int) -> bool:
        """Token i opens a name field: a line start or a role word straight before it, or the
        role's label and colon ("Prisoner: HOLLOWAY, Ben")."""
        p = self.w(i - 1)
        if p is None and i >= 2 and self.toks[i - 1].text == ":" and self.toks[i - 1].end < self.toks[i].start:
            r = self.w(i - 2)
            if r is not None and r.end == self.toks[i - 1].start and self.is_role(r.text):
                return True
        return self.line_start(i) or (p is not None and self.adj(i - 1, i) and self.is_role(p.text))

    def after_cue(self, i: int) -> bool:
        p = self.w(i - 1)
        return p is not None and self.adj(i - 1, i) and (
            p.text.lower() in self.lex.cues or p.text.lower() in self.lex.nominal_labels or p.text.lower() == "as"
            or self.is_role(p.text)
        )

    def attr_follows(self, j: int) -> bool:
        """A DOB or age is written straight after token j ("... DOB 01/02/1990", "... (17)")."""
        return bool(_ATTR_TAIL.match(self.text, self.toks[j].end))

    def nominal_line(self, i: int) -> _Cand | None:
        """SMITH John (at the start of a nominal line, or after "named", "as" ...) / SMITH JOHN."""
        cue = not self.line_start(i)
        got = self._nominal_core(i, cue) if not cue or self.after_cue(i) or self.sentence_start(i) else None
        if got is None and cue:
            cand = self._nominal_core(i, False)
            # In prose too, when a DOB or age follows: "Staff and EVANS Kyle DOB 02/03/1999".
            if cand is not None and self.attr_follows(cand.j) and (self.is_fore(cand.fore[0]) or self._syllables(cand)):
                return cand
            if cand is not None and self._prose_surname_first(cand):
                return cand  # "handset seized from HOXHA Erion", "transfers to ZHANG Wei"
            if cand is not None and self._listed_surname_first(cand):
                return cand  # "ASSOCS: PEARCE LIAM, HUGHES KAYLEIGH", "WIFE DOYLE SHAUNA HOLDS CASH"
            return self._unknown_surname_first(i)
        return got

    def _unknown_surname_first(self, i: int) -> _Cand | None:
        """SURNAME Forename in prose with a given name no list knows ("HOXHA Ardit uses a Skoda",
        "HUSSAIN Shabir (landlord)"): the capitals word is a real surname (voiced, three letters
        or more, no acronym or known body), the title-case word is no English word, place or
        business, and the name stands alone (no capitalised word either side, nothing shouted)."""
        if self.shouty:
            return None
        s = self.w(i, "CAPS")
        if s is None or len(s.text) < 3 or not self.caps_surname_ok(s.text) or s.text.lower() in self.lex.org_words \
                or s.text.lower() in self._lower_words or s.text.lower() in _HEADING_WORDS:
            return None
        letters = s.text.lower().replace("'", "").replace("-", "")
        if len(letters) < 5 and len(_VOWEL.findall(letters)) < 2:
            return None  # "ANPR", "SOCO": acronyms
        f = self.w(i + 1, "TITLE")
        if f is None or not self.adj(i, i + 1) or not self.plausible(f.text) or _everyday(f.text, self.lex) \
                or f.text.lower() in self.lex.place_words or self.next_is_suffix(i + 1):
            return None
        if not self._surname_first_context(i, i + 1):
            return None
        return _Cand(i, i + 1, [f.text], s.text, rule="SURNAME Forename")

    def _surname_first_context(self, i: int, j: int) -> bool:
        """Nothing capitalised runs into tokens i..j: the word before is lower case, punctuation,
        a role label or a title-case function word ("Re NOWAK Tomasz"), the word after is not
        capitalised."""
        p = self.w(i - 1)
        if p is not None and self.adj(i - 1, i) and p.shape in ("CAPS", "TITLE") and not self.is_role(p.text) \
                and not (p.shape == "TITLE" and (p.text.lower() in self.lex.stop or p.text.lower() == "re")):
            return False
        n = self.w(j + 1)
        return not (n is not None and self.adj(j, j + 1) and n.shape in ("CAPS", "TITLE", "INIT"))

    def _syllables(self, c: _Cand) -> bool:
        """Given names of short title-case syllables no list knows ("ZHOU Xiu Ying (DOB ...)"): only
        with the DOB or age after them, and none an everyday word."""
        run = [self.toks[x] for x in range(c.i + 1, c.j + 1) if self.toks[x].kind == "w"]
        if len(run) == 1 and run[0].shape == "TITLE" and 6 <= len(run[0].text) <= 10 and self.plausible(run[0].text) \
                and not _everyday(run[0].text, self.lex) and run[0].text.lower() not in self.lex.place_words \
                and run[0].text.lower() not in self.lex.org_words:
            return True  # "KAZLAUSKAS Valdas DOB 1977": one given name no list knows, a DOB after it
        return bool(run) and all(
            t.shape == "TITLE" and len(t.text) <= 5 and t.text.lower() not in _FUNCTION_WORDS
            and not _everyday(t.text, self.lex) for t in run
        )

    def _prose_surname_first(self, c: _Cand) -> bool:
        """SURNAME Forename in running prose: the forenames are title case and known (one of them
        not an everyday word), the surname is a real capitals word and nothing shouts around it."""
        if self.shouty or len(self.toks[c.i].text) < 3 and not (
                self.toks[c.i].text in _VIET_SHORT_SURNAMES and self._viet_given_names(c.i + 1)):
            return False
        run = [self.toks[x] for x in range(c.i + 1, c.j + 1) if self.toks[x].kind == "w"]
        if not run or any(t.shape != "TITLE" for t in run) or not self.is_fore(run[0].text):
            return False
        if not any(self.is_fore(t.text) and t.text.lower() not in self.lex.lower_ambiguous for t in run):
            return False
        return self._surname_first_context(c.i, c.j)

    def _viet_given_names(self, k: int) -> bool:
        """Tokens k and k+1 are two known given names in title case, at least one no everyday
        word ("Quang Huy", "Thi Lan", "Hoang Nam"): the Vietnamese middle and given name after a
        two-letter SURNAME ("DO Quang Huy", "LE Hoang Nam"), never one English word after it."""
        a, b = self.w(k, "TITLE"), self.w(k + 1, "TITLE")
        return a is not None and b is not None and self.adj(k, k + 1) and self.is_fore(a.text) and self.is_fore(b.text) \
            and not self.bad(a.text) and not self.bad(b.text) \
            and (a.text.lower() not in self.lex.lower_ambiguous or b.text.lower() not in self.lex.lower_ambiguous) \
            and not self.next_is_suffix(k + 1)

    def _listed_surname_first(self, c: _Cand) -> bool:
        """SURNAME FORENAME in capitals where a list or a relation places it, not a line start:
        the next item of a list ("PRESENT: NOLAN KIERAN, DOYLE SHAUNA"), after a relation, role
        or linking word ("WIFE DOYLE SHAUNA", "LINKED TO NOLAN KIERAN"). Both words capitals, one
        given name that is only a name, a surname that is no forename and no everyday word unless
        the lists know it as a surname ("MARSH CHLOE")."""
        if c.j != c.i + 1:
            return False
        s, f = self.toks[c.i], self.toks[c.j]
        if s.shape != "CAPS" or f.shape != "CAPS" or len(s.text) < 3 or self.is_fore(s.text):
            return False
        fl, sl = f.text.lower(), s.text.lower()
        # "ASSOCS SMITH CRAIG, ATKINSON PAIGE": after a listed SURNAME FORENAME and a comma, a given
        # name that is also a word or place (Paige, Jade, Skye) is the next item's forename.
        chained = c.i >= 2 and self.toks[c.i - 1].text == "," and (c.i - 2) in self._ends \
            and self.toks[c.i - 2].shape == "CAPS" and self.adj(c.i - 1, c.i) and fl in self.lex.forenames
        if not self.is_fore(f.text) or (fl in self.lex.lower_ambiguous and not chained) or self.bad(f.text) or sl in self.lex.stop \
                or sl in _HEADING_WORDS or (_everyday(s.text, self.lex) and sl not in self.lex.surnames and sl not in WORD_SURNAMES):
            return False
        k = c.i - 1
        while k >= 0 and self.toks[k].kind == "p" and self.toks[k].text in "\"'":
            k -= 1
        if k < 0:
            return False
        p = self.toks[k]
        if p.kind == "p":
            return p.text in ",;:/" and self.adj(k, c.i)
        if p.kind != "w" or not self.adj(k, c.i):
            return False
        pl = p.text.lower()
        return pl in _KIN or pl in _LIST_LINKS or self.is_role(p.text) or pl in self.lex.cues or pl in self.lex.nominal_labels

    def _nominal_core(self, i: int, cue: bool) -> _Cand | None:
        k0 = self.particles(i)
        s = self.w(k0, "CAPS")
        if s is None:
            return None
        if not self.caps_surname_ok(s.text):
            # "Nominal: HOLLOWAY Frankie DOB ...": a town's name opening a field line, a known
            # forename and a DOB or age after it is the SURNAME.
            # "DO Thi Huong", "Partner DO Quang": the Vietnamese surname Do in capitals before a
            # known given name in title case (the English word is never written so in prose).
            f = self.w(k0 + 1)
            if not (self.caps_surname_ok(s.text, place_ok=True) and self.line_start(i) and f is not None
                    and self.adj(k0, k0 + 1) and f.shape in ("TITLE", "CAPS") and self.is_fore(f.text)
                    and f.text.lower() not in self.lex.place_words and self.attr_follows(k0 + 1)) \
                    and not (s.text in _VIET_SHORT_SURNAMES and k0 == i and not self.shouty and f is not None
                             and self.adj(k0, k0 + 1) and f.shape == "TITLE" and self.is_fore(f.text) and not self.bad(f.text)
                             and (s.text == "DO" or self._viet_given_names(k0 + 1))):
                return None
        k = k0 + 1
        run: list[int] = []
        while len(run) < 3:
            t = self.w(k)
            if t is None or not self.adj(k - 1, k):
                break
            if (t.shape == "TITLE" and not self.bad(t.text)) or (t.shape == "CAPS" and self.is_fore(t.text)):
                run.append(k)
                k += 1
            elif not run and t.shape == "LOWER" and not cue and not self.shouty and self.line_start(i) \
                    and self.is_fore(t.text) and t.text not in self.lex.lower_ambiguous and t.text not in self.lex.stop \
                    and len(s.text) >= 3 and not _everyday(s.text, self.lex):
                # "AZIZ rebwar also linked to ...": a half-cased note's SURNAME, then the forename
                # typed in lower case, opening its line
                run.append(k)
                k += 1
                break
            elif run and t.shape == "TITLE" and len(t.text) <= 3 and len(self.toks[run[-1]].text) <= 5 \
                    and t.text.lower() not in _FUNCTION_WORDS and t.text.lower() not in self._lower_words:
                # "CHEN Li Na", "PARK Ji Hoon": a two-syllable given name whose second syllable
                # is also a short word elsewhere; middle names belong inside the span.
                run.append(k)
                k += 1
            else:
                break
        if not run:
            return None
        first = self.toks[run[0]].text
        role = i >= 1 and self.w(i - 1) is not None and self.is_role(self.toks[i - 1].text)
        if role and not self.is_fore(first) and len(run) == 1 and self.toks[run[0]].shape == "TITLE" \
                and re.match(r"[ \t]*(?:[,;(\n]|$)", self.text[self.toks[run[0]].end :]):
            pass  # "Keeper STRACHAN Euan, 44 ...": a role label, then a SURNAME Forename field
        elif cue and (
            not self.is_fore(first)
            or self.toks[run[0]].shape != "TITLE"
            or self.toks[i - 1].text.lower() in ("and", "&", "+", "or", "plus") and not (
                self._chain_ok(i - 1) or self.w(i - 2, "TITLE") is not None and self.is_fore(self.toks[i - 2].text)
                and self.w(i - 3, "CAPS") is not None and self.adj(i - 3, i - 2))
        ):
            return None  # "CHAPMAN Lee and CHAPMAN Dean": after another name the joiner is a list
        if not self.is_fore(first):
            tail = self.text[self.toks[run[-1]].end : self.toks[run[-1]].end + 40]
            if not re.match(r"\s*[(\[,\-:]?\s*(?:\d|d\.?o\.?b|aged?\b|born|b\.\s?\d|\()", tail, re.I):
                return None
        if self.next_is_suffix(run[-1]):
            return None
        return _Cand(i, run[-1], [self.toks[x].text for x in run], self.surname_text(i, k0),
                     rule="SURNAME Forename")

    def all_caps(self, i: int) -> _Cand | None:
        """JOHN SMITH / JOHN PAUL SMITH in text written in capitals (known forename first)."""
        f = self.w(i, "CAPS")
        if f is None or not self.is_fore(f.text) or self.bad(f.text):
            return None
        run = [i]
        k = i + 1
        while self.w(k, "CAPS") is not None and self.adj(k - 1, k) and self.is_fore(self.toks[k].text) and len(run) < 3:
            run.append(k)
            k += 1
        sk = self.particles(k) if self.adj(k - 1, k) else k
        s = self.w(sk, "CAPS")
        if s is None or not self.adj(sk - 1, sk) or not self.caps_surname_ok(s.text):
            # "JOHN PAUL" alone: last known forename doubles as the surname
            if len(run) >= 2:
                sk = run.pop()
                s = self.toks[sk]
                k = sk
            else:
                return None
        if self.next_is_suffix(sk):
            return None
        return _Cand(i, sk, [self.toks[x].text for x in run], self.surname_text(k, sk), rule="FORENAME SURNAME")

    def title_prose(self, i: int) -> _Cand | None:
        """John Smith / John Paul Smith / Aaron McDonald / Maria de Souza (known forename first)."""
        f = self.w(i, "TITLE")
        if f is None or self.bad(f.text):
            return None
        if not self.is_fore(f.text) and not (
            f.text.lower() in self.lex.lower_ambiguous and self._chained(i) and self.toks[i - 1].text != "&"
        ):
            return None  # "... Tomasz Zielinski, Grace Mbeki and ...": an ambiguous forename in a list of names
        low = f.text.lower()
        if low in self.lex.vehicle_makes:
            return None
        prev = self.w(i - 1)
        if prev is not None and self.adj(i - 1, i) and prev.text.lower() in ("st", "saint", "the"):
            return None
        run = [i]
        k = i + 1
        while (
            self.w(k, "TITLE") is not None
            and self.adj(k - 1, k)
            and self.is_fore(self.toks[k].text)
            and self.w(k + 1, "TITLE") is not None
            and self.adj(k, k + 1)
            and len(run) < 3
        ):
            run.append(k)
            k += 1
        if not self.adj(k - 1, k):
            return None
        sk = self.particles(k)
        s = self.w(sk, "TITLE")
        if s is None or self.bad(s.text) or (sk > k and not self.adj(sk - 1, sk)) \
                or s.text.lower().replace("\u2019", "'") in _NAME_STOP:
            return None  # "tell Danny I'll ...": a pronoun's contraction, not a surname
        sl = s.text.lower()
        if sl in _SURNAME_LIKE_SUFFIXES:
            if self.next_is_suffix(sk):
                return None
        elif (
            sl in self.lex.street_suffixes
            or sl in self.lex.org_suffixes
            or sl in self.lex.place_suffixes
            or sl in self.lex.vehicle_models
            or self.next_is_suffix(sk)
        ):
            return None
        fore = [self.toks[x].text for x in run]
        n = self.w(sk + 1, "TITLE")
        if (
            n is not None
            and sk == k
            and self.adj(sk, sk + 1)
            and not self.bad(n.text)
            and self._plain_surname(n.text)
            and n.text.lower().replace("\u2019", "'") not in _NAME_STOP
            and not self.next_is_suffix(sk + 1)
            and not (self.w(sk + 2) is not None and self.adj(sk + 1, sk + 2) and self.toks[sk + 2].shape in ("TITLE", "CAPS"))
        ):
            # "Amira Begum Uddin": a second title-case surname word ends the name.
            return _Cand(i, sk + 1, fore + [s.text], n.text, rule="Forename Middle Surname")
        return _Cand(i, sk, fore, self.surname_text(k, sk), rule="Forename Surname")

    def _plain_surname(self, word: str) -> bool:
        low = word.lower()
        return not (
            low in self.lex.street_suffixes
            or low in self.lex.org_suffixes
            or low in self.lex.place_suffixes
            or low in self.lex.vehicle_models
            or low in self.lex.vehicle_makes
            or low in self.lex.place_words
            or low in self.lex.cues
            or low in _NAME_STOP
        )

    def title_surname_forename(self, i: int) -> _Cand | None:
        """Evans Kyle DOB 01/02/1990: a surname-first title-case name, trusted when a DOB/age follows."""
        f = self.w(i, "TITLE")
        n = self.w(i + 1, "TITLE")
        if f is None or n is None or not self.adj(i, i + 1) or self.is_fore(f.text) or not self.is_fore(n.text):
            return None
        if self.bad(f.text) or not self.attr_follows(i + 1):
            return None
        if not self._plain_surname(f.text) and not (
                # "Nominal: Holloway Frankie DOB ...": a town's name opening a field line is the surname
                f.text.lower() in self.lex.place_words and self.line_start(i)
                and self._plain_surname(n.text) and n.text.lower() not in self.lex.place_words):
            return None
        return _Cand(i, i + 1, [n.text], f.text, rule="Surname Forename + DOB")

    def caps_alone(self, i: int) -> _Cand | None:
        """A lone SURNAME in capitals in ordinary prose ("Source reports that KOWALCZYK is ...")."""
        if self.shouty:
            return None
        t = self.w(i, "CAPS")
        if t is None or not self.caps_surname_ok(t.text):
            return None
        low = t.text.lower()
        letters = low.replace("'", "").replace("-", "")
        if len(letters) < 3 or (len(letters) < 5 and len(_VOWEL.findall(letters)) < 2 and not (
                _VOWEL.search(letters) and (self.trailing_initials(i) or self._paired_initials(i)))):
            return None  # short acronyms ("PWITS" passes neither test below either); "PHAM D A" is a name
        if letters.endswith(("ed", "ing")) or low in self.lex.slang or low in self.lex.vehicle_models:
            return None
        if low in self.lex.org_words or low in self._lower_words or low in _HEADING_WORDS:
            return None  # a word also written in lower case here is a word, not a name
        if i >= 1 and self.toks[i - 1].text.lower() in _DETERMINERS_BEFORE_ACRONYM and self.adj(i - 1, i):
            return None  # "gave an ABE account", "his YOS appointment": a determiner before an acronym
        if low in _MODEL_NOT_NAME or low in _PROCESS_ACRONYMS or _heading_noun(low, self.lex):
            return None  # "playing FIFA": a brand or platform; "Outcome: RUI": a process; "SEIZURE"
        n0 = self.w(i + 1, "LOWER")
        if n0 is not None and self.adj(i, i + 1) and n0.text in _PROCESS_NOUNS:
            return None  # "raised at MACE panel", "CEOP referral", "SID entry": a body or system's acronym
        if i >= 2 and self.text[t.start - 1 : t.start] == "/" and self.toks[i - 2].shape == "CAPS" \
                and self.toks[i - 2].end == t.start - 1 and _everyday(self.toks[i - 2].text, self.lex) \
                and _everyday(t.text, self.lex):
            return None  # "STOP/SEARCH": a compound heading, not a name
        if not re.search(r"[aeiouy][^aeiouy\W]|[^aeiouy\W][aeiouy]", letters):
            return None
        if len(letters) <= 4 and letters[-2:] in ("aa", "ii", "uu"):
            return None  # "GLAA", "NCAA": an acronym ending in a doubled vowel
        if len(letters) <= 5 and self.legal_context(i):
            return None  # "seized under POCA", "s.23 MDA", "PACE Act 1984": a statute, not a person
        start = i
        p = self.w(i - 1)
        if p is not None and self.adj(i - 1, i):
            if p.shape == "CAPS" and p.text.lower() in _PARTICLES:
                start = i - 1  # "DE SOUZA"
            elif self.is_role(p.text) or (
                p.shape == "TITLE" and p.text.lower() in self.lex.stop and self.sentence_start(i - 1)
            ):
                pass  # "Co-accused GRIFFITHS", "Occupant NOWAK", "Since TREGEAR's arrest"
            elif i >= 2 and self.toks[i - 2].end == p.start and self.toks[i - 2].kind == "d":
                pass  # "inmate A1234BC SMITH": a prison or custody number before the surname
            elif p.shape in ("CAPS", "TITLE") or p.text.lower() in ("the", "class", "op", "operation"):
                return None  # shouting, or a heading ("Intelligence Report SMITH")
        if _ALIAS_BEFORE.search(self.text, max(0, self.toks[start].start - 40), self.toks[start].start):
            return None  # "goes by SMUDGE": the alias of the name before, found with it
        n = self.w(i + 1)
        if n is not None and self._paired_initials(i):
            return _Cand(start, i + 1, [n.text[0] + ".", n.text[1] + "."], self.surname_text(start, i), rule="SURNAME I")
        if n is not None and self.adj(i, i + 1) and (
                (n.shape == "CAPS" and n.text.lower() not in _ID_LABELS) or n.text.lower() in _GROUP_WORDS):
            return None  # part of a shouted phrase, or "the FOLEY family", "the DEE line"
        inits = self.trailing_initials(i)
        if inits:
            return _Cand(start, i + inits, [self.toks[x].text + "." for x in range(i + 1, i + inits + 1)],
                         self.surname_text(start, i), rule="SURNAME I")
        nxt = self.text[t.end : t.end + 2]
        if nxt.startswith(")") and self.text[self.toks[start].start - 1 : self.toks[start].start] == "(" and len(letters) <= 5:
            return None  # "SAR summary (UKFIU)": an acronym in brackets
        if nxt.startswith("(") or (nxt.startswith(":") and self.line_start(start)) or self.next_is_suffix(i):
            return None  # a formula "HYPERLINK(", a field label ("UPDATE:"), a street/business name
        return _Cand(start, i, [], self.surname_text(start, i), rule="lone SURNAME", surname_only=True)

    def _second_word(self, i: int, shape: str) -> bool:
        """Token i+1 continues a name begun at i (same capitalisation, could be a name)."""
        n = self.w(i + 1)
        return (
            n is not None and self.adj(i, i + 1) and (n.shape == shape or n.shape in ("TITLE", "CAPS") and shape == "TITLE")
            and self.plausible(n.text) and not self.next_is_suffix(i + 1)
            and (n.shape != "CAPS" or self.caps_surname_ok(n.text))
        )

    def _name_runs_on(self, j: int) -> bool:
        """A further capitalised word follows token j that cannot be part of a name ("Saffron House")."""
        n = self.w(j + 1)
        return n is not None and self.adj(j, j + 1) and n.shape in ("TITLE", "CAPS") and not self.plausible(n.text) \
            and not self.bad(n.text)

    def _thing_noun(self, low: str) -> bool:
        lex = self.lex
        return low in _THING_NOUNS or low in lex.lower_org_suffixes or low in lex.lower_place_suffixes \
            or low in lex.street_suffixes or low in lex.org_suffixes or low in lex.place_suffixes

    def _lower_named(self, i: int) -> _Cand | None:
        """a guy called jax / aka smudger: a lower-case nickname straight after a strong naming
        cue, when it is no English word ("called police", "known as the", "called him back")."""
        from ._truecase import everyday_word  # the truecaser reads this module's word lists

        t = self.toks[i]
        m = _STRONG_LOWER_CUE.search(self.text, max(0, t.start - 20), t.start)
        low = t.text
        if m is None or len(low) < 3 or low in self.lex.stop or self.bad(low):
            return None
        if everyday_word(low, self.lex, nouns=True) and not self._word_nickname(i, m.group(0)):
            return None
        if low in self.lex.place_words or low in self.lex.slang or low in self.lex.org_words or low in self.lex.vehicle_makes:
            return None
        if low in _LOWER_ABBREVIATIONS or low in _KIN or low in self.lex.day_month:
            return None
        if re.match(r"(?i)called|named", m.group(0)):
            before = re.findall(r"[A-Za-z]+", self.text[max(0, m.start() - 30) : m.start()])[-3:]
            if not any(w.lower() in _PERSON_NOUNS or w.lower() in _KIN for w in before):
                return None  # "No named perpetrators": "named" as a word, not a cue
        return _Cand(i, i, [t.text], "", rule="named")

    def _word_nickname(self, i: int, cue: str) -> bool:
        """An English noun written as a nickname after an alias cue ("a male known as fish.",
        "aka bullet who ..."): the cue names a person, so the noun is their street name when it
        closes the clause and is no verb form, adjective, person, thing or drug word."""
        from ._truecase import _english  # the truecaser reads this module's word lists

        low = self.toks[i].text
        eng = _english()
        if re.match(r"(?i)called|named", cue) or low not in eng["noun"] or low in eng["adv"] \
                or (low in eng["adj"] and low not in eng["verb"]) or re.search(r"(?:ing|ed|ly|s)$", low):
            return False
        if low in _PERSON_NOUNS or low in _KIN or low in _THING_NOUNS or low in _DRUG_WORDS or low in _HEADING_WORDS \
                or low in self.lex.role_words or low in self.lex.noise or low in self.lex.common:
            return False
        n = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return n is None or n.kind in ("nl", "p") and n.text not in ("'", "\u2019", "-", "@", "/") or (
            n.kind == "w" and self.adj(i, i + 1) and n.text.lower() in _NICK_CLOSERS)

    def named_cue(self, i: int) -> _Cand | None:
        """a man called Nicu / known as Tiny / Nickname: Lemon / his real name is Jermaine Walters:
        a capitalised name after a naming cue, even when no word list knows it."""
        t = self.w(i)
        if t is None or t.start not in self._cue_ends and t.start not in self._label_ends:
            return None
        if t.shape == "LOWER":
            return self._lower_named(i)
        if t.shape not in ("TITLE", "CAPS") or (t.shape == "CAPS" and self.shouty):
            return None
        m = _NAMING_CUE.search(self.text, max(0, t.start - 40), t.start)
        if m is None:
            m = _LABEL_COLON.search(self.text, max(0, t.start - 30), t.start)
            if m is None or not (self.is_role(m.group(1)) or m.group(1).lower() in self.lex.nominal_labels):
                return None  # "Driver: Wiktor Mazur", "Passenger - Ionela Radu": a role field
            k = i + 1 if self._second_word(i, t.shape) else i
            after = re.match(r"[ \t]*(?:[^\w \t]|\d|$|(?:of|from|aged?|dob|born|who|was|is|has|had|and|with|at)\b)",
                             self.text[self.toks[k].end : self.toks[k].end + 8], re.I)
            if after is None:
                return None  # "CALLER: Yeah he's talking": a transcript line, not a name field
        if not self.plausible(t.text) or (t.shape == "CAPS" and not self.caps_surname_ok(t.text)):
            return None
        if t.shape == "CAPS" and self.caps_alone(i) is not None:
            return None  # the SURNAME rule reads trailing initials and shouting around it
        clause = re.split(r"[.;:!?\n]", self.text[max(0, m.start() - 40) : m.start()])[-1]
        for word in reversed(re.findall(r"[A-Za-z\-]+", clause)[-4:]):
            low = word.lower()
            if low in _PERSON_NOUNS or low in _KIN:
                break  # "a lad off the estate called Nicu"
            if self._thing_noun(low):
                return None  # "a restaurant in Leeds called Saffron House", "a dog called Tyson"
        if _ALIAS_LIKE.match(self.text, m.start()) and self._ends:
            last = self.toks[max(self._ends)].end
            if last <= m.start() and m.start() - last <= 45 and "\n" not in self.text[last : m.start()]:
                return None  # "Kyle JONES aka Blade": the alias step keeps it with its owner
        j = i + 1 if self._second_word(i, t.shape) else i
        if self.next_is_suffix(j) or self._name_runs_on(j) or (
            j + 1 < len(self.toks) and self.toks[j + 1].kind == "d" and self.adj(j, j + 1)
        ):
            return None  # "believed to be Section 18", "known as Zone 2"
        if j == i:
            return _Cand(i, i, [t.text], "", rule="named")
        return _Cand(i, j, [t.text], self.toks[j].text, rule="named")

    def kin_name(self, i: int) -> _Cand | None:
        """his cousin Reece / Mum Karen / her neighbour Wiktoria Nowak: a capitalised word written
        straight after a relationship word is a name, even an ambiguous or unknown one."""
        t = self.w(i)
        if t is None or t.shape not in ("TITLE", "CAPS") or (t.shape == "CAPS" and self.shouty):
            return None
        p = self.w(i - 1)
        if p is None or not self.adj(i - 1, i) or p.text.lower() not in _KIN or p.shape == "CAPS":
            # "Reece's girlfriend", "Reece and his cousin": a relation of the word is named next.
            m = _KIN_AFTER.match(self.text, t.end) if t.shape == "TITLE" and self.text[t.end : t.end + 1] in (
                "'", "\u2019", " ", ",", "\t") else None
            if m and m.group("kin") in _KIN and self.plausible(t.text) and (
                self.w(i - 1) is None or not self.adj(i - 1, i) or self.toks[i - 1].shape == "LOWER"
            ):
                return _Cand(i, i, [t.text], "", rule="kin")
            return None
        low = t.text.lower()
        ambiguous = t.shape == "TITLE" and low in self.lex.lower_ambiguous and (
            low in self.lex.forenames or low in self.lex.diminutives)
        if not (self.plausible(t.text) or ambiguous) or (t.shape == "CAPS" and not self.caps_surname_ok(t.text)):
            return None  # "his brother Will" is a name although "will" is a word
        if t.shape == "CAPS" and self.caps_alone(i) is not None:
            return None
        if i + 1 < len(self.toks) and self.toks[i + 1].kind == "d" and self.adj(i, i + 1):
            return None  # "son Year 9"
        j = i + 1 if self._second_word(i, t.shape) else i
        if self.next_is_suffix(j) or self._name_runs_on(j):
            return None
        if j == i:
            if t.shape == "CAPS":
                return _Cand(i, i, [], t.text, rule="kin", surname_only=True)
            return _Cand(i, i, [t.text], "", rule="kin")
        return _Cand(i, j, [t.text], self.toks[j].text, rule="kin")

    def unknown_with_attr(self, i: int) -> _Cand | None:
        """Hevi (16) / Dritan Hoxha (DOB 01/02/1995): capitalised words no list knows, followed
        straight by an age in brackets or a DOB, are a name."""
        t = self.w(i, "TITLE")
        if t is None or not self._attr_marks or not self.plausible(t.text):
            return None
        j = i
        while j - i < 2 and self._second_word(j, "TITLE") and self.toks[j + 1].shape == "TITLE":
            j += 1
        if self.next_is_suffix(j):
            return None
        if not re.match(r"[ \t]*(?:\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yrs?|y/?o)?\s*\)|,?\s*\(?\s*(?:d\.?o\.?b|date of birth|born)\b)",
                        self.text[self.toks[j].end :], re.I):
            return None
        if j == i:
            if self.sentence_start(i) and self.text[self.toks[j].end : self.toks[j].end + 1] != " ":
                return None
            return _Cand(i, i, [t.text], "", rule="unknown + DOB/age")
        return _Cand(i, j, [self.toks[x].text for x in range(i, j)], self.toks[j].text, rule="unknown + DOB/age")

    def legal_context(self, i: int) -> bool:
        """Token i sits where a statute or order is named: after "under", "contrary to", a
        section number, "breach of"; or before "Act", "order", "powers" or a year."""
        t = self.toks[i]
        before = self.text[max(0, t.start - 24) : t.start].lower()
        if _LEGAL_BEFORE.search(before):
            return True
        return bool(_LEGAL_AFTER.match(self.text, t.end))

    def _chained(self, i: int) -> bool:
        """Token i follows a name just found and a list joiner ("X, Grace ...", "X and Jade")."""
        return i >= 2 and self.toks[i - 1].text.lower() in ("and", "&", ",") and self.adj(i - 1, i) \
            and (i - 2) in self._ends and not self.sentence_start(i)

    def lone_forename(self, i: int) -> _Cand | None:
        """Shannon found safe / his cousin Jamal: a known, unambiguous forename standing alone."""
        f = self.w(i, "TITLE")
        if f is None or not self.is_fore(f.text):
            return None
        low = f.text.lower()
        if low in _HEADING_WORDS or low in _LOWER_ABBREVIATIONS:
            return None  # "(NI Reg)", "v aggy": a field word or a note abbreviation
        if (low in self.lex.org_words or low in self.lex.lower_ambiguous) and _AGE_BRACKET.match(self.text, f.end) \
                and not self.bad(f.text) and low not in self.lex.vehicle_makes:
            # "follow up Zara (12) now placed with ...": a forename that is also a shop's or a word,
            # with a child's age in brackets straight after it, is the child
            return _Cand(i, i, [f.text], "", rule="unknown + DOB/age")
        chained = self._chained(i)
        if ((low in self.lex.lower_ambiguous and not chained) or low in self.lex.place_words or self.bad(f.text)) \
                and not self._acts_next(i):
            return None
        if low in self.lex.vehicle_makes or low in self.lex.vehicle_models or low in self.lex.org_words:
            return None
        p = self.w(i - 1)
        if p is not None and self.adj(i - 1, i) and p.shape == "TITLE" and self.sentence_start(i - 1) \
                and not self.is_fore(p.text) and self.plausible(p.text) and p.text.lower() not in self.lex.surnames \
                and not self.is_role(p.text) and not _opening_verb(p.text):
            # "Hevi Rashid and ...": an unknown forename opening the sentence before a known one.
            if not self.next_is_suffix(i) and self.w(i + 1, "TITLE") is None:
                return _Cand(i - 1, i, [p.text], f.text, rule="Forename Surname")
        if p is not None and self.adj(i - 1, i) and (
            p.shape in ("TITLE", "CAPS") and not self.sentence_start(i - 1)
            and p.text.lower() not in self.lex.day_month and p.text.lower() not in self.lex.common
            or p.text.lower() in ("st", "saint", "the", "in", "near", "towards", "into", "outside")
        ):
            return None  # "in Barry": a town that is also a forename
        if self.trailing_initial(i):
            return _Cand(i, i + 1, [f.text], self.toks[i + 1].text, rule="Forename I")  # "Tomasz W"
        n = self.w(i + 1)
        if n is not None and self.adj(i, i + 1) and n.shape in ("TITLE", "CAPS", "INIT") \
                and n.text.lower().replace("\u2019", "'") not in _NAME_STOP:
            return None  # a longer name the other shapes did not accept
        if self.next_is_suffix(i):
            return None
        return _Cand(i, i, [f.text], "", rule="lone Forename")

    def _acts_next(self, i: int) -> bool:
        """A forename that is also a place, month or word opening a clause with what a person says
        or does ("Jun says he ...", "Chelsea stated ...", "Mason reported ..."): the person."""
        if not (self.sentence_start(i) or self.line_start(i)) or self.toks[i].text.lower() in self.lex.stop:
            return False
        n = self.w(i + 1, "LOWER")
        if n is None or not self.adj(i, i + 1):
            return False
        if n.text == "also":
            n = self.w(i + 2, "LOWER")
            if n is None or not self.adj(i + 1, i + 2):
                return False
        return n.text in _PERSON_ACTS or n.text in _SPEECH_VERBS

    def lone_title_surname(self, i: int) -> _Cand | None:
        """A title-case word opening a sentence that only a person's name can be, then what a person
        does or an identifier of a person ("Zhang reports to Chen", "Petrov NINO PE...", "McLean
        driving a Range Rover"): no English word, place, body or known word, not also written in
        lower case here."""
        t = self.w(i, "TITLE")
        if t is None or self.shouty or len(t.text) < 4 or not (self.sentence_start(i) or self.line_start(i)):
            return None
        low = t.text.lower()
        if self.is_fore(t.text) or not self.plausible(t.text) or low in self._lower_words or low in self.lex.org_words \
                or low in self.lex.place_words or (_everyday(t.text, self.lex) and not re.match(r"(?:Mc|Mac|O')[A-Z]", t.text)):
            return None
        if low.endswith("s") and (low[:-1] in _PERSON_NOUNS or low[:-1] in self.lex.role_words or (
                low.endswith(("ers", "ors")) and _everyday(low[:-3], self.lex))):
            return None  # "Carers said ...", "Workers stated ...": people, not a name
        n = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if n is None or n.kind != "w" or not self.adj(i, i + 1):
            return None
        if n.text in ("also", "still", "now") and self.w(i + 2, "LOWER") is not None and self.adj(i + 1, i + 2):
            n = self.toks[i + 2]  # "Wisniewski also runs ...", "Kowalczyk still lives ..."
        if not (n.text in _PERSON_ACTS or (n.shape == "CAPS" and n.text.lower() in _ID_LABELS)):
            return None
        return _Cand(i, i, [], t.text, rule="lone SURNAME", surname_only=True)

    def pnc_slash(self, i: int) -> _Cand | None:
        """HUSSAIN/IMRAN, WEBB/DARREN PAUL: the Police National Computer prints a name as SURNAME/
        FORENAMES; after the slash a known forename, before it a word that is no forename (two
        surnames with a slash, "the TURNER/BELL car", are two people)."""
        s = self.w(i, "CAPS")
        if s is None or i + 2 >= len(self.toks) or self.toks[i + 1].text != "/" \
                or self.toks[i + 1].start != s.end or self.toks[i + 2].start != self.toks[i + 1].end:
            return None
        f = self.w(i + 2, "CAPS")
        if f is None or not (self.is_fore(f.text) or f.text.lower() in self.lex.lower_ambiguous) or self.bad(f.text) \
                or not self.caps_surname_ok(s.text) \
                or (self.is_fore(s.text) and s.text.lower() not in self.lex.surnames) or len(s.text) < 2:
            return None
        j = i + 2
        while j - i < 4 and self.w(j + 1, "CAPS") is not None and self.text[self.toks[j].end : self.toks[j + 1].start] == " " \
                and self.is_fore(self.toks[j + 1].text) and not self.bad(self.toks[j + 1].text):
            j += 1  # middle names: "WEBB/DARREN PAUL"
        if j + 1 < len(self.toks) and self.toks[j + 1].text == "/" and self.toks[j + 1].start == self.toks[j].end:
            return None  # "FI/VI/DR", "A/B/C": a run of codes
        return _Cand(i, j, [self.toks[x].text for x in range(i + 2, j + 1)], s.text, rule="SURNAME/FORENAME")

    def title_surname_initials(self, i: int) -> _Cand | None:
        """Smith J A / Wozniak K. / "PoP: Walker J (DOB ...)": a title-case surname and its
        initials, as bank, probation and custody systems list people. The word is a known surname
        or no English word, forename, place or business; nothing capitalised runs into it."""
        t = self.w(i, "TITLE")
        if t is None or len(t.text) < 3 or self.shouty or self.w(i + 1, "INIT") is None:
            return None  # (the cheap test first: most capitalised words have no initial after them)
        low = t.text.lower()
        if (self.is_fore(t.text) and low not in self.lex.surnames) or not self.plausible(t.text) \
                or low in self.lex.place_words or low in self.lex.org_words or low in self._lower_words \
                or low in _NOT_AFTER_INITIAL or self.is_role(t.text) \
                or (low not in self.lex.surnames and _everyday(t.text, self.lex)):
            return None
        inits = self.trailing_initials(i)
        if not inits or self.w(i + inits + 1) is not None and self.adj(i + inits, i + inits + 1):
            return None  # a record's entry ends with its initials ("Holt J threatened" is prose)
        p = self.w(i - 1)
        if p is not None and self.adj(i - 1, i) and p.shape in ("TITLE", "CAPS") and not (
                self.is_role(p.text) or p.text.lower() in self.lex.nominal_labels or p.text.lower() in self.lex.cues):
            return None  # a longer capitalised phrase ("Leeds Bradford J ...")
        return _Cand(i, i + inits, [self.toks[x].text + "." for x in range(i + 1, i + inits + 1)], t.text,
                     rule="Surname I")

    def gaelic_surname(self, i: int) -> _Cand | None:
        """A lone Irish or Scottish surname mid-sentence ("Victim O'Reilly identified ...", "where
        McGuigan's car wash stash is"): O', Mc or Mac before a capital makes a surname, never an
        English word, when no other capitalised word stands beside it (a full name is read
        whole, and "McDonald's", "O'Neills" are bodies the lexicon knows)."""
        t = self.w(i, "TITLE")
        if t is None or self.shouty or not _GAELIC.fullmatch(t.text) or self.sentence_start(i) or t.text.endswith("s"):
            return None  # "O'Neills", "McDonalds": a chain's name
        low = t.text.lower().replace("\u2019", "'")
        if low in self.lex.org_words or low in self.lex.place_words or low in self.lex.vehicle_makes or low in self.lex.slang \
                or low in self.lex.vehicle_models:
            return None
        for k in (i - 1, i + 1):
            n = self.w(k)
            if n is not None and (self.adj(k, i) if k < i else self.adj(i, k)) and n.shape in ("TITLE", "CAPS", "INIT") \
                    and not (k < i and self.is_role(n.text)):
                return None  # beside another capitalised word; "Victim O'Reilly" is a role, then the name
        p = self.w(i - 1, "LOWER")
        if p is not None and p.text in _PLACE_PREPOSITIONS and p.text not in ("of", "to", "from"):
            return None  # "at O'Donnell's": a venue
        if self.next_is_suffix(i):
            return None
        return _Cand(i, i, [], t.text, rule="lone SURNAME", surname_only=True)

    def other_spelling(self, i: int) -> _Cand | None:
        """A second spelling offered for a name just read ("someone called Jordan or Jordon", "Kez /
        Kezza"): a title-case word no list knows as something else, after "or" or "/" that follows
        a one-word name, when nothing capitalised follows it."""
        t = self.w(i, "TITLE")
        if t is None or i < 2 or self.toks[i - 1].text.lower() not in ("or", "/") or (i - 2) not in self._ends:
            return None
        prev = self.toks[i - 2]
        if prev.shape != "TITLE" or (self.w(i - 3) is not None and self.adj(i - 3, i - 2)
                                     and self.toks[i - 3].shape in ("TITLE", "CAPS")):
            return None  # only after a one-word name
        if not self.plausible(t.text) or _everyday(t.text, self.lex) or t.text.lower() in self.lex.place_words:
            return None
        n = self.w(i + 1)
        if n is not None and self.adj(i, i + 1) and n.shape in ("TITLE", "CAPS"):
            return None
        return _Cand(i, i, [t.text], "", rule="named")

    def trailing_initial(self, j: int) -> bool:
        """One capital letter after a name that ends it ("KOWALCZYK M -", "Tomasz W has", saved
        as "Danny D"): the other name's initial, as systems and phone contacts write it."""
        return self.trailing_initials(j) == 1

    def trailing_initials(self, j: int) -> int:
        """How many capital letters (up to three) follow a name at token j and end it: "KOWALCZYK M -",
        "HUSSAIN I.", "DAVIES G 16", "PHAM D A, ...", "NGUYEN V T Notes: ...". "A" and "I" count
        only before punctuation (the article and the pronoun go on with a word)."""
        k, count = j, 0
        while count < 3:
            t = self.w(k + 1, "INIT")
            if t is None or self.text[self.toks[k].end : t.start] != " ":
                break
            k, count = k + 1, count + 1
        if not count:
            return 0
        t = self.toks[k]
        vowel = any(self.toks[x].text in ("A", "I") for x in range(j + 1, k + 1))
        if k + 1 >= len(self.toks):
            return count
        n = self.toks[k + 1]
        if n.kind == "p" and n.text == "." and n.start == t.end:
            # "J. Smith" style: an initial that opens the next name; but "HARRIS J." ends a line,
            # a field or a sentence before a label ("Nominal: HARRIS J. Co-accused: PATEL R.").
            if k + 2 >= len(self.toks) or self.toks[k + 2].kind in ("nl", "p"):
                return count
            nw = self.toks[k + 2]
            if nw.kind == "w" and (self.text[nw.end : nw.end + 1] == ":" or self.is_role(nw.text)
                                   or nw.text.lower() in self.lex.nominal_labels or self.bad(nw.text)):
                return count
            # "possibly Chloe B. Kyle in education ...", "re Chloe F. Urgent.": after a forename, an
            # initial and a stop, a capitalised everyday word or a known forename (no surname) opens
            # the next sentence - a child's anonymised surname, not "B. Kyle" or "F. Urgent".
            if count == 1 and not vowel and self.toks[j].shape == "TITLE" and self.is_fore(self.toks[j].text) \
                    and nw.kind == "w" and nw.shape == "TITLE" and self.text[n.end : nw.start] == " " and (
                        (nw.text.lower() in self.lex.stop or _everyday(nw.text, self.lex) or self.is_fore(nw.text))
                        and nw.text.lower() not in self.lex.surnames and nw.text.lower() not in WORD_SURNAMES):
                return count
            return 0
        if n.kind == "w" and self.adj(k, k + 1):
            if n.text.lower() in _ID_LABELS and n.shape in ("CAPS", "TITLE"):
                return count  # "pass SMITH D DOB 22/05/90": a record's label closes the name
            if vowel:
                return count if n.text in _OUTCOME_AFTER_INITIAL and self.toks[j].shape == "CAPS" and not self.shouty else 0
            if n.shape == "LOWER":
                ok = n.text.lower() not in _NOT_AFTER_INITIAL and n.text.lower() not in self.lex.stop - _OK_AFTER_INITIAL
                return count if ok else 0
            # "NGUYEN V T Notes: ...": a field label closes the name
            return count if self.text[n.end : n.end + 1] == ":" and n.shape == "TITLE" else 0
        if n.kind == "d" and self.adj(k, k + 1):
            return 0 if vowel else count  # "Passenger DAVIES G 16": an age after the initial
        if vowel and not (n.kind == "nl" or n.text in ".,;:()[]-"):
            return 0
        return count if n.kind in ("nl", "p") else 0

    def _paired_initials(self, i: int) -> bool:
        """"KHAN MA - interview 2", "bail check for OKORO JT, Flat 2": two initials run together
        after a capitals SURNAME, as custody and bank systems print them, when they are no word,
        acronym or rank and the name ends there (a stop, bracket, dash, line end, DOB, or a
        lower-case word a name goes on with); not before a number ("WISNIEWSKI JK 66 20 41 C": a NINO)."""
        n = self.w(i + 1, "CAPS")
        if n is None or len(n.text) != 2 or self.text[self.toks[i].end : n.start] != " " or n.text.lower() in _NOT_PAIRED_INITIALS \
                or n.text.lower() in self.lex.stop or self.bad(n.text) or self.toks[i].text.lower() in self.lex.vehicle_makes \
                or n.text.lower() in self.lex.vehicle_models:
            return False  # "(DAF XF)": a make and model
        after = self.text[n.end : n.end + 24]
        if re.match(r"[ \t]*(?:[,;:)(\n/]|$|\.(?!\w)|-[ \t]|\u2013)|[ \t]+d\.?o\.?b", after, re.I):
            return True
        m = _NEXT_WORD.match(after)
        return m is not None and (m.group(1) in _OUTCOME_AFTER_INITIAL or m.group(1) in _OK_AFTER_INITIAL)

    def _clause_start(self, i: int) -> bool:
        k = i - 1
        return self.line_start(i) or self.sentence_start(i) or (k >= 0 and self.toks[k].text == ",")

    def hasty_opening(self, i: int) -> _Cand | None:
        """A hasty note opening a line or sentence with a lower-case full name and then what the
        person did ("jordan wright back home", "faith okoro said ..."): even forenames that are
        also words count there, as long as a verb or clause word follows the surname."""
        if not self.hasty:
            return None
        f = self.w(i, "LOWER")
        if f is None or not self.is_fore(f.text):
            return None
        low = f.text.lower()
        if low in _NOT_OPENING_NAME or low in self.lex.stop or low in self.lex.noise or low in self.lex.slang:
            return None
        if not (self.line_start(i) or self.sentence_start(i)):
            return None
        s2 = self.w(i + 1, "LOWER")
        if s2 is None or not self.adj(i, i + 1) or not self._lower_surname_ok(s2.text):
            return None
        if s2.text.lower() in _HASTY_WORDS or s2.text.lower() in self.lex.cues:
            return None
        j = i + 1
        if j + 1 < len(self.toks):
            n = self.toks[j + 1]
            follows = (
                (n.kind == "w" and self.adj(j, j + 1) and (n.text.lower() in _HASTY_WORDS or n.text.lower() in _LOWER_NOT_SURNAME))
                or n.kind == "nl"
                or n.text in ",;(-&+"
            )
        else:
            follows = True
        return _Cand(i, j, [f.text], s2.text, rule="lower-case hasty note") if follows else None

    def hasty_surname(self, i: int) -> _Cand | None:
        """A frequent surname alone at a clause start in a hasty note, then a verb ("smith answered
        door", ". khan refused to open up")."""
        if not self.hasty:
            return None
        t = self.w(i, "LOWER")
        if t is None or not self._lower_surname(t.text):
            return None
        rest = self.text[t.end : t.end + 12]
        p = self.w(i - 1)
        if p is not None and self.adj(i - 1, i) and p.text.lower() in ("was", "and", "&") and re.match(
            r"[ \t]*(?:[.,;\n]|$|(?:there|here|again|too)\b)", rest
        ):
            # "think driver was mcdonald.", "walsh and reid there": a surname closing the clause.
            return _Cand(i, i, [], t.text, rule="lone SURNAME", surname_only=True)
        if not self._clause_start(i):
            return None
        n = self.w(i + 1, "LOWER")
        if n is not None and self.adj(i, i + 1) and n.text.lower() in _SURNAME_VERBS:
            return _Cand(i, i, [], t.text, rule="lone SURNAME", surname_only=True)
        m = re.match(r"[ \t]*(?:\+|&|and)[ \t]+([a-z'\-]+)", rest + self.text[t.end + 12 : t.end + 30])
        if m and (self._lower_surname(m.group(1)) or m.group(1) in ("girl", "boy", "lad", "male", "female", "mate")):
            return _Cand(i, i, [], t.text, rule="lone SURNAME", surname_only=True)  # "mcallister + girl"
        return None

    def _lower_surname(self, word: str) -> bool:
        """A frequent surname, or a Mc/Mac/O' one ("mcallister"), written in lower case."""
        low = word.lower()
        if low in self.lex.surnames:
            return True
        return bool(re.fullmatch(r"(?:mc|mac|o')[a-z]{3,}", low)) and not low.endswith(("s", "'s")) and not (
            low in self.lex.stop or low in self.lex.common or low in self.lex.place_words
            or low in self.lex.org_words or low in ("machine", "macho", "macro", "mackerel", "macaroni")
        )

    def hasty_town_surname(self, i: int) -> _Cand | None:
        """A hasty note's lower-case forename then a town's name that is also a surname (Preston,
        Buxton, Telford), closed by what a person does or an age: "jordan preston reckons ...",
        "ethan bolton (15)". Nothing before may make the town a place ("dropped kyle in telford").
        Even forenames that are also words count, the verb or age after the pair being the cue."""
        if not self.hasty:
            return None
        f = self.w(i, "LOWER")
        s2 = self.w(i + 1, "LOWER")
        if f is None or s2 is None or not self.adj(i, i + 1) or not self.is_fore(f.text):
            return None
        low, sur = f.text.lower(), s2.text.lower()
        if sur not in self.lex.place_words or low in self.lex.place_words or low in self.lex.stop \
                or low in self.lex.noise or low in self.lex.slang or sur in self.lex.street_suffixes \
                or sur in self.lex.stop or sur in self.lex.common:
            return None
        p = self.w(i - 1)
        if p is not None and p.text.lower() in _PLACE_PREPOSITIONS:
            return None
        if _ATTR_NEXT.match(self.text, s2.end) or re.match(r"[ \t]*\(", self.text[s2.end : s2.end + 3]):
            return _Cand(i, i + 1, [f.text], s2.text, rule="lower-case hasty note")
        n = self.w(i + 2, "LOWER")
        if n is not None and self.adj(i + 1, i + 2) and n.text in _TOWN_SURNAME_VERBS:
            return _Cand(i, i + 1, [f.text], s2.text, rule="lower-case hasty note")
        return None

    def lower_with_cue(self, i: int) -> _Cand | None:
        """seen with john smith / a male called kyle obrien / his brother dean (cue word first)."""
        f = self.w(i, "LOWER")
        if f is None:
            return None
        low = f.text.lower()
        if not self.is_fore(low) or low in self.lex.lower_ambiguous or low in self.lex.stop:
            return None
        if low in self.lex.noise or low in self.lex.slang:
            s2 = self.w(i + 1, "LOWER")
            if s2 is None or not _ATTR_NEXT.match(self.text, s2.end):
                return None
        if self.hasty:
            s2 = self.w(i + 1, "LOWER")
            if s2 is not None and self.adj(i, i + 1) and self._lower_surname_ok(s2.text):
                # Hasty notes: "callum reid nicked for ...", "mate of x, connor walsh threatening".
                return _Cand(i, i + 1, [f.text], s2.text, rule="lower-case hasty note")
        k = i - 1
        if k >= 0 and self.toks[k].text in (",", "&", "+", ":"):
            cue_tok = self.toks[k]
        elif self.w(k) is not None and self.adj(k, i):
            cue_tok = self.toks[k]
            if cue_tok.text.lower() in self.lex.determiners:
                k -= 1
                cue_tok = self.toks[k] if self.w(k) is not None and self.adj(k, k + 1) else cue_tok
        else:
            cue_tok = None
        if cue_tok is None or (
            cue_tok.text.lower() not in self.lex.cues
            and cue_tok.text.lower() not in self.lex.nominal_labels
            and cue_tok.text not in (",", ":")
        ):
            s2 = self.w(i + 1, "LOWER")
            if self.hasty and (self._bounded(i) or self._plain_forename(i)):
                return _Cand(i, i, [f.text], "", rule="lower-case hasty forename")
            # No cue: a lower-case full name still counts when a DOB or age follows it.
            if s2 is None or not self.adj(i, i + 1) or s2.text in self.lex.stop:
                return None
            if not _ATTR_NEXT.match(self.text, s2.end):
                if not self.hasty and self._lower_pair_in_prose(i):
                    return _Cand(i, i + 1, [f.text], s2.text, rule="lower-case with cue")
                return None
            return _Cand(i, i + 1, [f.text], s2.text, rule="lower-case with dob/age")
        cue = cue_tok.text.lower()
        if cue not in self.lex.cues and cue not in self.lex.nominal_labels and cue not in (",", ":"):
            return None
        if cue in (",", "and", "&", "+", "or", "plus") and not self._chain_ok(k):
            if cue == "," and self.hasty and self._bounded(i):
                return _Cand(i, i, [f.text], "", rule="lower-case hasty forename")  # "..., siobhan in kitchen"
            return None
        s = self.w(i + 1, "LOWER")
        if (
            s is not None
            and self.adj(i, i + 1)
            and len(s.text) >= 2
            and s.text.lower() not in self.lex.stop
            and s.text.lower() not in _LOWER_NOT_SURNAME
            and s.text.lower() not in self.lex.cues
            and s.text.lower() not in self.lex.noise
            and s.text.lower() not in self.lex.common
            and s.text.lower() not in self.lex.day_month
            and not re.search(r"(?:ing|ed|ly)$", s.text.lower())
            and not not_a_surname_after(s.text)
        ):
            return _Cand(i, i + 1, [f.text], s.text, rule="lower-case with cue")
        return _Cand(i, i, [], f.text, rule="lower-case with cue")

    def _lower_pair_in_prose(self, i: int) -> bool:
        """A full name typed in lower case inside cased prose ("shane wilkinson behind the bar"):
        a known forename no English word, then a surname that is a known surname or no English
        word, place or body, written nowhere else here in lower case as a word, and neither word
        opening a longer lower-case run of names."""
        f, s2 = self.toks[i], self.toks[i + 1]
        fl, sl = f.text.lower(), s2.text.lower()
        if fl in self.lex.lower_ambiguous or _everyday(fl, self.lex) or fl in self.lex.noise or fl in self.lex.slang:
            return False
        if not self._lower_surname_ok(sl) or sl in self.lex.org_words or sl in self.lex.vehicle_models:
            return False
        if not (self._lower_surname(sl) or (len(sl) >= 4 and not _everyday(sl, self.lex))):
            return False
        n = self.w(i + 2, "LOWER")
        return not (n is not None and self.adj(i + 1, i + 2) and self.is_fore(n.text) and not _everyday(n.text, self.lex))

    def _lower_surname_ok(self, word: str) -> bool:
        low = word.lower()
        return (
            len(low) >= 2
            and low not in self.lex.stop
            and low not in _LOWER_NOT_SURNAME
            and low not in self.lex.cues
            and low not in self.lex.noise
            and low not in self.lex.common
            and low not in self.lex.day_month
            and low not in self.lex.slang
            and low not in self.lex.street_suffixes
            and low not in self.lex.place_words
            and low not in _GROUP_WORDS
            and not not_a_surname_after(low)
            and (not re.search(r"(?:ing|ed|ly|ish|s')$", low) or low in self.lex.forenames or low in self.lex.surnames)
        )

    def _bounded(self, i: int) -> bool:
        """Token i stands between a clause boundary (line, sentence, comma) and a verb-ish word."""
        k = i - 1
        before = k < 0 or self.toks[k].kind == "nl" or self.toks[k].text in ",;.:-+&(" or (
            self.toks[k].text.lower() in _SPEECH_VERBS | {"re"} and self.adj(k, i)
        )
        n = self.w(i + 1)
        after = n is not None and n.shape == "LOWER" and (
            n.text in self.lex.stop or n.text in _LOWER_NOT_SURNAME or n.text in _HASTY_WORDS
        )
        if not after and (n is None or not self.adj(i, i + 1)):
            # "... re bethan - new phone", "tasha (16) at ...", "says zoe's phone ...": a name
            # closed by punctuation, an age or a possessive.
            rest = self.text[self.toks[i].end : self.toks[i].end + 6]
            after = rest == "" or bool(re.match(r"(?:['\u2019]s\b|[ \t]*(?:[-,;.&+\n]|\(\s*\d|$))", rest))
        return before and after

    def _plain_forename(self, i: int) -> bool:
        """A known forename in a hasty note that can be nothing else: not an English word, place,
        slang or an ambiguous forename, not after a determiner or a place preposition, not before
        a business or street word ("pay marius £80", "a van kerem sold")."""
        low = self.toks[i].text.lower()
        if len(low) < 3 or low in self.lex.lower_ambiguous or low in self.lex.place_words or low in self.lex.slang \
                or low in self.lex.noise or low in _LOWER_ABBREVIATIONS or low in self.lex.vehicle_makes \
                or low in self.lex.vehicle_models or _everyday(low, self.lex):
            return False
        p = self.w(i - 1)
        if p is not None and self.adj(i - 1, i) and (
                p.text.lower() in self.lex.determiners or p.text.lower() in _PLACE_BEFORE
                or p.text.lower() in ("the", "a", "an", "st", "saint", "of", "big", "little", "lil", "young", "old")):
            return False  # "big tony" is a nickname read whole by the quote rules
        if self.w(i + 1, "INIT") is not None or self.w(i + 1, "LOWER") is not None and len(self.toks[i + 1].text) == 1:
            return False  # "tomasz w": the initial rule reads it
        m = re.match(r"['\u2019]s[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?", self.text[self.toks[i].end : self.toks[i].end + 40])
        if m and any(w and (w in self.lex.lower_org_suffixes or w in self.lex.org_suffixes) for w in m.groups()):
            return False  # "marcia's caribbean kitchen": a business
        return not self.next_is_suffix(i) and not _names_a_thing(self, i)

    def _chain_ok(self, k: int) -> bool:
        """A list joiner (``and``, ``,``) counts as a cue only right after another name."""
        return k - 1 >= 0 and k - 1 in self._ends

    def titled(self, i: int) -> _Cand | None:
        """Mr SMITH / Mrs Jones / mr smith (title then a surname alone)."""
        t = self.w(i)
        if t is None or (t.text.lower() not in self.lex.titles and t.text.lower() not in _TITLES_EXTRA):
            return None
        k = i + 1
        if k < len(self.toks) and self.toks[k].text == "." and self.toks[k].start == t.end:
            k += 1
        if not self.adj(k - 1, k):
            return None
        s = self.w(self.particles(k))
        if s is not None and s.shape == "TITLE" and t.shape != "LOWER" and s.text.lower() in self.lex.lower_ambiguous \
                and s.text.lower() not in WORD_SURNAMES and s.text.lower() not in self.lex.surnames:
            # "Mrs Grace Hughes", "Miss May Collins": a forename that is also a word, then the surname
            n2 = self.w(k + 1, "TITLE")
            if n2 is not None and self.adj(k, k + 1) and not self.bad(n2.text) and self._plain_surname(n2.text) \
                    and n2.text.lower() not in self.lex.lower_ambiguous and n2.text.lower() not in self.lex.stop \
                    and not self.next_is_suffix(k + 1):
                return _Cand(k, k + 1, [s.text], n2.text, title=t.text, rule="Title Forename Surname")
        if s is None or s.shape == "INIT" or s.text.lower() in self.lex.stop or s.text.lower() in self.lex.ranks:
            return None
        if s.shape == "LOWER" and t.shape != "LOWER":
            return None
        run = self._titled_run(k) if s.shape == "TITLE" and t.shape != "LOWER" and self.particles(k) == k else []
        if run:
            # "Ms Xiu Ying Lin", "Mrs Soma Ali": given names the lists do not know, then the surname
            return _Cand(k, run[-1], [self.toks[x].text for x in [k] + run[:-1]], self.toks[run[-1]].text,
                         title=t.text, rule="Title Forename Surname")
        sk = self.particles(k)
        n = self.w(sk + 1, "LOWER")
        fore = s.shape == "LOWER" and sk == k and (self.is_fore(s.text) or s.text in self.lex.lower_ambiguous)
        if fore and n is not None and self.adj(sk, sk + 1) and (
                self._lower_surname_ok(n.text) and n.text in self.lex.surnames
                or len(n.text) >= 3 and n.text not in self.lex.stop and n.text not in _LOWER_NOT_SURNAME
                and n.text not in _HASTY_WORDS and not _everyday(n.text, self.lex)):
            # "mrs carol spalding": a hasty title, then forename and surname
            return _Cand(k, k + 1, [s.text], n.text, title=t.text, rule="Title Forename Surname")
        return _Cand(k, sk, [], self.surname_text(k, sk), title=t.text, rule="Title Surname", surname_only=True)

    def _titled_run(self, k: int) -> list[int]:
        """After a title, one or two more title-case words that can only be names and end the
        name (nothing capitalised after them): the tokens after k, else []."""
        if not self.plausible(self.toks[k].text) or not self._plain_surname(self.toks[k].text):
            return []
        run: list[int] = []
        j = k
        while len(run) < 2:
            n = self.w(j + 1, "TITLE")
            if n is None or not self.adj(j, j + 1):
                break
            low = n.text.lower()
            if not self.plausible(n.text) or not self._plain_surname(n.text) or low in self.lex.stop \
                    or _opening_verb(n.text):
                return []
            run.append(j + 1)
            j += 1
        if not run or self.next_is_suffix(j):
            return []
        nxt = self.w(j + 1)
        if nxt is not None and self.adj(j, j + 1) and nxt.shape in ("TITLE", "CAPS"):
            return []  # a longer capitalised phrase ("Mr Khan Newsagents Ltd")
        return run

    # driver ----------------------------------------------------------------
    def scan(self) -> list[_Cand]:
        out: list[_Cand] = []
        self._ends: set[int] = set()
        after_title = (
            self.surname_comma_forename,
            self.nominal_line,
            self.all_caps,
            self.forename_run_caps,
            self.initials_surname,
            self.title_prose,
        )
        # The shapes in this order, each only for the word forms its first test lets through
        # (see _SHAPES_BY_FORM): the same first hit, without calls that cannot match.
        by_form = _SHAPES_BY_FORM[self.hasty]
        i, n = 0, len(self.toks)
        while i < n:
            if self.toks[i].kind != "w":
                i += 1
                continue
            cand = None
            title = ""
            t = self.toks[i]
            if i and self.toks[i - 1].end == t.start and self.toks[i - 1].kind in ("w", "d", "o"):
                i += 1  # "ZMW989G": the tail of a code or plate, never the start of a name
                continue
            if t.shape == "LOWER":
                low = t.text.lower()
                if (low not in self.lex.forenames and low not in self.lex.titles and low not in _PARTICLES
                        and low not in self.lex.surnames and not (low in self.lex.diminutives and self.is_fore(low))
                        and not (self.hasty and low.startswith(("mc", "mac", "o'")))
                        and not ("-" in low and self.is_fore(low)) and t.start not in self._cue_ends):
                    i += 1  # fast path: most words are ordinary lower-case words
                    continue
            if t.text.lower() in self.lex.titles or (t.text.lower() in _TITLES_EXTRA and t.shape == "TITLE"):
                k = i + 1
                if k < n and self.toks[k].text == "." and self.toks[k].start == t.end:
                    k += 1
                if self.adj(k - 1, k):
                    for fn in after_title:
                        cand = fn(k)
                        if cand is not None and cand.i == k:
                            break
                        cand = None
                if cand is None:
                    cand = self.titled(i)
                title = t.text
            if cand is None and self._columns:
                row = self.table_row(i)
                if row is not None:
                    out.extend(row)
                    self._ends.add(row[-1].j)
                    i = row[-1].j + 1
                    continue
            if cand is None:
                form = t.shape
                if form in ("TITLE", "LOWER") and t.text.lower() in _PARTICLES:
                    form = "PARTICLE"
                for fn in by_form[form]:
                    cand = fn(self, i)
                    if cand is not None:
                        break
            if cand is not None and cand.j + 1 < n and self.toks[cand.j + 1].start == self.toks[cand.j].end \
                    and self.toks[cand.j + 1].kind in ("w", "d", "o"):
                cand = None  # "leon rf15tzz": a name never ends inside a longer token
            if cand is None:
                i += 1
                continue
            if title:
                cand.title = title
            out.append(cand)
            self._ends.add(cand.j)
            i = cand.j + 1
        return out



def _shapes_by_form() -> dict[bool, dict[str, tuple[Callable[[_Scanner, int], "_Cand | None"], ...]]]:
    """The name shapes ``_Scanner.scan`` tries at a word, in order, per form of the word (its
    ``_Tok.shape``, or PARTICLE for a lower-case or title-case surname particle such as "de"
    or "van"), with and without a hasty note. Each shape is listed only for the forms its
    first test accepts: a capitals surname first (nominal_line, all_caps, pnc_slash, caps_alone) needs
    CAPS there (or a particle before the capitals), a title-case name TITLE, a hasty lower-case
    name LOWER and a hasty note, initials INIT; a word of OTHER form opens no shape."""
    S = _Scanner
    order = (
        (S.surname_comma_forename, "CAPS TITLE"),
        (S.nominal_line, "CAPS PARTICLE"),
        (S.all_caps, "CAPS"),
        (S.forename_run_caps, "TITLE LOWER"),
        (S.initials_surname, "INIT"),
        (S.title_prose, "TITLE"),
        (S.pnc_slash, "CAPS"),
        (S.title_surname_forename, "TITLE"),
        (S.named_cue, "CAPS TITLE LOWER"),
        (S.kin_name, "CAPS TITLE"),
        (S.unknown_with_attr, "TITLE"),
        (S.hasty_opening, "hasty LOWER"),
        (S.hasty_town_surname, "hasty LOWER"),
        (S.lower_with_cue, "LOWER"),
        (S.hasty_surname, "hasty LOWER"),
        (S.caps_alone, "CAPS"),
        (S.lone_forename, "TITLE"),
        (S.lone_title_surname, "TITLE"),
        (S.title_surname_initials, "TITLE"),
        (S.other_spelling, "TITLE"),
        (S.gaelic_surname, "TITLE"),
    )
    forms = ("CAPS", "TITLE", "LOWER", "INIT", "OTHER", "PARTICLE")
    return {
        hasty: {
            form: tuple(fn for fn, ok in order if (hasty or "hasty" not in ok.split()) and (
                form in ok.split() or form == "PARTICLE" and ("TITLE" in ok.split() or "LOWER" in ok.split())))
            for form in forms
        }
        for hasty in (False, True)
    }


_SHAPES_BY_FORM = _shapes_by_form()

_QUOTED = re.compile(r"[\"\u201c]([A-Z][\w'\-]*(?:[ ][A-Z][\w'\-]*){0,2})[\"\u201d]")
#: A quoted name straight before a phone number: how handset downloads list saved contacts.
_CONTACT = re.compile(
    r"(?:[\"\u201c]([A-Z][\w'\-]*(?:[ ][A-Z][\w'\-]*){0,2})[^\"\u201d\n\w]{0,4}[\"\u201d]"
    r"|(?<![\w'])['\u2018]([A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,2})['\u2019](?!\w))[ \t]*[=:\-\u2013]?[ \t]*(?:\+\d|\(?0\d)"
)
#: A nickname in single or double quotes in any case, after an alias cue ("aka 'dez'", "known as \"T\"").
_QUOTED_ANY = re.compile(r"(?<!\w)[\"\u201c'\u2018]([A-Za-z][\w\-]*(?:[ ][A-Za-z][\w\-]*)?)[\"\u201d'\u2019](?!\w)")
_ALIAS_CUE = re.compile(
    r"(?i:a\.?\s?k\.?\s?a\.?|also\s+known\s+as|known\s+as|goes\s+by|nick-?\s?named?|nickname|alias|street\s+name|calls\s+(?:himself|herself))\s*[:\-]?\s*\Z"
)
_NICK_CUE = re.compile(
    r"(?i:known\s+(?:to\s+\w+(?:\s+\w+)?\s+)?(?:only\s+)?as|(?<![\w'])as|calls?|belongs?\s+to|contact|saved|called|named(?:\s+\w+){0,4}?\s+as|named|nick-?named?|nickname|"
    r"a\.?k\.?a\.?|alias|goes\s+by|street\s+name|boyfriend|girlfriend|bf|gf|partner|by|for|male|man|female|"
    r"woman|calls\s+(?:himself|herself))\s*[:\-,]?\s*\Z"
)


_PLACE_BEFORE = frozenset("in at near into towards outside inside around via".split())
#: A chat or messaging export line: a date/time stamp, then the speaker's name and a colon.
_CHAT_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[?\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]m)?\]?"
    r"|\[\d{1,2}:\d{2}(?::\d{2})?\])[ \t]*(?:-[ \t]*)?"
    r"(?P<n>[A-Za-z][\w'\-]*(?:[ ][A-Z][\w'\-]*)?)(?:[ \t]*[^\w\s:\[\]()]{1,3})?:"
)
_BARE_SPEAKER = re.compile(r"(?m)^[ \t]*([A-Za-z][\w'\-]{0,20}):[ \t]+\S")


def _bare_speakers(text: str, sc: "_Scanner", lex: Lexicon) -> list[str]:
    """Speakers of a transcript pasted without timestamps: labels opening lines, one taking a
    second turn (a form's labels are words, each used once). A known forename or pet form is a
    speaker when another speaker answers it; a letter or two ("L:", "HM:") or a word no English
    knows ("kwamzy:") only when it takes two turns or more, and so does a lone speaker of three
    turns or more ("Dyl: ... / Dyl: ... / Dyl: ...")."""
    turns: dict[str, int] = {}
    for m in _BARE_SPEAKER.finditer(text):
        turns[m.group(1)] = turns.get(m.group(1), 0) + 1
    if not turns or max(turns.values()) < 2:
        return []
    names = []
    for n, k in turns.items():
        low = n.lower()
        if low in _NOT_SPEAKERS or lex.not_a_name_word(n) and len(n) > 2 or sc.is_role(n) or low in lex.nominal_labels \
                or low in _HEADING_WORDS or low in _FIELD_WORDS or low in lex.place_words or low in _KIN:
            continue
        if sc.is_fore(n) and (len(turns) >= 2 or k >= 3):
            names.append(n)
        elif k >= 2 and (len(n) <= 2 and n.isalpha() and (n.isupper() or n.islower() and len(n) == 1)
                         or len(n) >= 3 and sc.plausible(n) and not _everyday(n, lex)):
            names.append(n)
    return names if len(names) >= 2 or (len(names) == 1 and turns[names[0]] >= 3) else []


#: Labels of forms and notes that open lines like a speaker's name ("Note: ...", "Tel: ...").
_FIELD_WORDS = frozenset(
    """note notes nb update tel mob phone email address addr dob age name location loc time date ref subject
    re from to cc sent caller operator officer oic pc ps dc ds insp sgt ob q a question answer""".split()
)


_NOT_SPEAKERS = frozenset("you me unknown system user owner sender recipient i admin deleted".split())
_CUED_RULES = frozenset({"named", "kin", "unknown + DOB/age"})
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


#: A quoted name equated with the full name that follows ('"Dec" - assessed to be Declan O'HARE').
_EQUATED_QUOTED = re.compile(
    r"[\"\u201c]([A-Z][\w'\-]*(?:[ ][A-Z][\w'\-]*)?)[\"\u201d][ \t]*(?:[-\u2013,][ \t]*)?"
    r"(?:is|was|=|(?:(?:assessed|believed|thought|understood|confirmed|identified|suspected)[ \t]+(?:to[ \t]+be|as)))"
    r"[ \t]+\Z"
)
#: A sentence opening with a one-word name equated with a full name ("Bradders is Bradley HOLT").
_EQUATED_BARE = re.compile(r"(?:\A|[.!?\n][ \t]*)([A-Z][a-z][\w'\-]*)[ \t]+(?:is|=)[ \t]+\Z")


#: A deal line named after the word "line" ('Deal line "TONY" is operating').
_LINE_NAMED = re.compile(
    r"(?i:\b(?:deal|drugs?|graft|county)[ \t]+line[ \t]+(?:phone[ \t]+)?(?:called[ \t]+|named[ \t]+|known[ \t]+as[ \t]+)?)"
    r"[\"\u201c']?([A-Z][A-Za-z'\-]+)"
    r"|(?i:\bline[ \t]+(?:phone[ \t]+)?)[\"\u201c]([A-Z][A-Za-z'\-]+)[\"\u201d]"  # 'a burner with line "MANNY"', 'Line phone "TEZZA"'
)


def _line_owner(text: str, f: Found, written: list[str], sc: "_Scanner") -> bool:
    """'for "Rhys"' beside 'the "RHYS line"': a known forename in title case, where the line's name
    is written in capitals, is the person the line is named after, not the line."""
    return (
        f.text[:1].isupper() and not f.text.isupper() and sc.is_fore(f.text)
        and all(w.isupper() for w in written if w.upper() == f.text.upper())
        and not _LINE_AFTER.match(text, f.end)
    )


#: Words a phone's owner adds to a contact's name ("Sam Boss", "Milo cuz", "Coach Steve"): the
#: contact is the person named, the word says what they are to the owner.
_CONTACT_TAGS = frozenset("boss cuz cuzz cousin bro coach work new old bae babe plug".split())


def _untagged_contact(name: str, sc: "_Scanner") -> str:
    """The name in a two-word contact entry whose other word is such a tag, when the name is a
    known forename or short form; else the entry as written."""
    parts = name.split()
    if len(parts) != 2:
        return name
    for tag, rest in ((parts[1], parts[0]), (parts[0], parts[1])):
        if tag.lower() in _CONTACT_TAGS and sc.is_fore(rest) and not sc.bad(rest):
            return rest
    return name


_NUMBER_NEXT = re.compile(r"[ \t]*[=:\-\u2013(]?[ \t]*(?:\+\d|\(?0\d)")


def _contact_name(c: _Cand, sc: "_Scanner") -> _Cand:
    """A quoted two-word contact read as a full name ('saved as "Sam Boss"'): the name alone."""
    if c.j != c.i + 1:
        return c
    a, b = sc.toks[c.i], sc.toks[c.j]
    if sc.text[a.start - 1 : a.start] not in ('"', "\u201c") or sc.text[b.end : b.end + 1] not in ('"', "\u201d"):
        return c
    if not (_CONTACT_CUE.search(sc.text, max(0, a.start - 40), a.start) or _NUMBER_NEXT.match(sc.text, b.end + 1)):
        return c  # only a phone's contact list ('saved as', 'contacts', a number after it)
    name = _untagged_contact(sc.text[a.start : b.end], sc)
    if name == a.text:
        return _Cand(c.i, c.i, [name], "", rule="lone Forename")
    if name == b.text:
        return _Cand(c.j, c.j, [name], "", rule="lone Forename")
    return c


#: Words closing a firm's name ("Dawson & Price Auctioneers", "Hart & Sons").
_FIRM_WORDS = frozenset("sons son co company partners partnership associates auctioneers agents accountants brothers bros".split())
_AMP_AFTER = re.compile(r"[ \t]*&[ \t]*([A-Z][\w'\-]*)(?:[ \t]+([A-Z][\w'\-]*))?")


def _firm_partner(text: str, end: int, lex: Lexicon) -> bool:
    """A lone name before '& Price Auctioneers' / '& Sons': the first partner of a firm's name."""
    m = _AMP_AFTER.match(text, end)
    if m is None:
        return False
    words = [w.lower() for w in m.groups() if w]
    return any(w in _FIRM_WORDS or w in lex.org_suffixes for w in words)


_COORD_BEFORE = re.compile(r"(?<![\w'\-])([a-z][a-z'\-]+)[ \t]+([a-z][a-z'\-]+)[ \t]*(?:\+|&|and)[ \t]*\Z")
_COORD_AFTER = re.compile(r"[ \t]*(?:\+|&|and)[ \t]*([a-z][a-z'\-]+)[ \t]+([a-z][a-z'\-]+)(?![\w'\-])")


#: A quoted message or remark of a few words ('Messages read: "tell kyle he owes me 200"').
_QUOTED_MESSAGE = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{12,400})[\"\u201d]")
_LOWER_WORD = re.compile(r"(?<![\w'@#/.\-])[a-z][a-z'\-]*[a-z](?![\w@])")
#: Words around a lower-case forename in a typed message that show a person ("tell kyle",
#: "me and jordan", "jordan owes"); a forename that is also a word needs one of them.
_CHAT_BEFORE = frozenset("tell told ask asked wiv seen saw meet call ring text bell link yo oi hey hiya".split())
_CHAT_AFTER = frozenset("said sed says owes owe told reckons wants aint isnt has is was will wont cant dont got gets needs".split())


#: A line of a pasted chat: an optional [timestamp], the sender, a colon, the message.
_MESSAGE_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{4,30}\][ \t]*)?(?:-[ \t]*)?([^\s:\[\]][^:\n\[\]]{0,24}?)[ \t]*:[ \t]+([^\n]+)$"
)


def _message_spans(text: str) -> list[tuple[int, int]]:
    """Stretches typed as messages: a quoted remark of four words or more, and the message part
    of chat lines (three lines or more of "sender: message", a sender taking two turns), when
    written mostly in lower case."""
    spans: list[tuple[int, int]] = []
    if '"' in text or "\u201c" in text:
        spans += [m.span(1) for m in _QUOTED_MESSAGE.finditer(text) if _lowerish(m.group(1), 4)]
    if text.count(":") >= 3 and text.count("\n") >= 2:
        lines = list(_MESSAGE_LINE.finditer(text))
        senders = [m.group(1).strip().lower() for m in lines]
        if len(lines) >= 3 and len(set(senders)) < len(senders):
            spans += [m.span(2) for m in lines if _lowerish(m.group(2), 2)]
    return spans


def _lowerish(chunk: str, least: int) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z']+", chunk)
    return len(words) >= least and len(_LOWER_WORD.findall(chunk)) / len(words) >= 0.85


def _chat_forenames(text: str, sc: "_Scanner", lex: Lexicon) -> Iterator[tuple[int, int]]:
    """Known forenames in lower case inside a quoted message typed in lower case, in a report
    written in ordinary case ('Messages read: "tell kyle he owes me 200 by friday"'): people type
    names in lower case, so the quote is read as a hasty note would be. A forename that is also
    an English verb or adjective ("josh", "harry") is left; one that is also a word or a place
    ("jordan", "mark") needs a person's context next to it."""
    from ._truecase import _dictionary_word, everyday_word  # the truecaser reads this module's word lists

    for a, b in _message_spans(text):
        hits = list(_LOWER_WORD.finditer(text, a, b))
        for k, w in enumerate(hits):
            low = w.group(0)
            if len(low) < 3 or not sc.is_fore(low) or low in lex.stop or sc.bad(low) or low in lex.slang \
                    or low in lex.noise or low in _LOWER_ABBREVIATIONS or everyday_word(low, lex):
                continue
            before = re.findall(r"[a-z]+", text[max(a, w.start() - 12) : w.start()].lower())
            if text[max(a, w.start() - 12) : w.start()].rstrip()[-1:] in (",", ".", "!", "?"):
                before = []
            prev = before[-1] if before else ""
            nxt = _next_word(text, w.end())
            if prev in lex.determiners or prev in _PLACE_BEFORE or prev in ("the", "a", "an", "to", "of", "from", "some", "any"):
                continue
            if (low in lex.lower_ambiguous or low in lex.place_words or _dictionary_word(low)) \
                    and prev not in _CHAT_BEFORE and before[-2:] != ["me", "and"] and nxt not in _CHAT_AFTER:
                continue
            yield w.start(), w.end()


#: A quoted word, or a word and an initial ('"JJ"', '"T-Mase"', '"Ty B"').
_QUOTED_WORD = re.compile(r"[\"\u201c]([A-Za-z][\w\-]*(?: [A-Z])?)[\"\u201d]")
#: Before a quoted nickname: what is said of a person ('the driver is "JJ"', 'owes "Jord"', 'work
#: for "JT"', 'threatening "T-Mase"', 'mentioned "Stefi"', 'RAZA (Mo / "Zubi")').
_NICK_BEFORE = re.compile(
    r"(?i:(?<![\w'])(?:is|was|by|for|to|with|owes?|owed|from|threaten\w*|taunt\w*|mention\w*|include[sd]?|including|"
    r"called|named|name|himself|herself|said|says|told|tell|asked?|paid|pay|met|meet|texted|messaged|rang|phoned|"
    r"off|calls?|(?:associates?|assoc|contact)[ \t]*:)"
    r"|[(/])[ \t]*\Z"
)
#: A person's role or kin straight before a quoted capital ('passenger "K" escaped', 'his cousin "J"').
_LETTER_PERSON_BEFORE = re.compile(
    r"(?i:(?<![\w'])(?:passenger|driver|rider|pillion|male|female|lad|youth|suspect|associate|brother|cousin|"
    r"mate|friend|boyfriend|girlfriend|partner|uncle|dealer|runner))[ \t]*\Z"
)
#: A naming cue so strong that any quoted word after it is a street name ('they call "smithy"',
#: 'known as "tiny"'), or a real name that follows it ('"smithy", real name kyle smith').
_STRONG_NICK_BEFORE = re.compile(r"(?i:(?<![\w'])(?:call|calls|called|known[ \t]+as|a\.?k\.?a\.?|nick-?named|goes[ \t]+by))[ \t]*\Z")
_REAL_NAME_AFTER = re.compile(r"[ \t]*[,(\-=]?[ \t]*(?i:real[ \t]+name|true[ \t]+name|believed[ \t]+to[ \t]+be|real[ \t]+name[ \t]+is)\b")
#: After a quoted nickname: the person's real name in brackets, an age, "who", a finite verb in
#: lower case or a SURNAME in capitals ('"Shaq" (believed Shaquille BROWN)', '"Dula", 22',
#: '"Besi" owns everything', '"SAJ" AKHTAR').
_NICK_AFTER = re.compile(r"[ \t]*(?:\((?!\d)|,[ \t]*\d{1,2}\b)|[ \t]+(?:who\b|(?P<v>[a-z]{3,})\b|[A-Z]{3,}\b)")
_QUOTE_LIST = re.compile(r"[\"\u201c][A-Za-z][\w\-]*[\"\u201d](?:[ \t]*(?:,|and|&)[ \t]*[\"\u201c][A-Za-z][\w\-]*[\"\u201d]){2,}")


#: A person noun, then a naming cue, straight before a quote ('a man called "Ace"', 'a lad known as "Tank"').
_PERSON_CALLED = re.compile(
    r"(?i:(?<![\w'])(?:man|male|lad|guy|bloke|boy|woman|female|girl|someone|person|youth|kid|fella)[ \t]+"
    r"(?:called|named|known[ \t]+as|who[ \t]+goes[ \t]+by))[ \t]*\Z"
)


def _quoted_nicknames(text: str, sc: "_Scanner", lex: Lexicon) -> list[str]:
    """Quoted words that read as street names and stand where a person does: a known forename or
    pet form, two capitals ("JJ"), a letter joined to a word ("T-Mase"), or a short word no English
    knows ("Jord", "Besi"), with a person's context before or after it. In a list of three quoted
    words or more that holds a known forename (contacts "Tiny", "Milo", "Cal"), every word that
    could be a name is one."""
    from ._truecase import _finite_verb  # the truecaser reads this module's word lists

    out: list[str] = []
    for m in _QUOTE_LIST.finditer(text):
        items = re.findall(r"[\"\u201c]([A-Za-z][\w\-]*)[\"\u201d]", m.group(0))
        if any(sc.is_fore(w) and w.lower() not in lex.lower_ambiguous for w in items):
            out += [w for w in items if len(w) >= 2 and not _not_a_nick(w, lex) and not _relation_word(w, lex)
                    and w.lower() not in lex.stop]
    for m in _QUOTED_WORD.finditer(text):
        name = m.group(1)
        w = name.split()[0]
        low = w.lower()
        strong = bool(_STRONG_NICK_BEFORE.search(text, max(0, m.start() - 25), m.start()) or _REAL_NAME_AFTER.match(text, m.end()))
        if strong and len(w) >= 2 and _PERSON_CALLED.search(text, max(0, m.start() - 30), m.start()) \
                and low not in lex.stop and not _relation_word(w, lex) and low not in _PERSON_NOUNS:
            out.append(name)  # 'a man called "Ace"': a word the lexicon knows is his street name here
            continue
        if strong and (len(w) >= 3 or re.fullmatch(r"[A-Z]{1,2}", w) and w not in ("A", "I")) \
                and not _not_a_nick(name, lex) and not _relation_word(w, lex) and low not in lex.stop \
                and low not in _PERSON_NOUNS and low not in _HEADING_WORDS:
            out.append(name)  # 'they call "smithy"', '"smithy", real name kyle smith', 'known as "D"'
            continue
        if re.fullmatch(r"[B-HJ-Z]", w) and (_NICK_BEFORE.search(text, max(0, m.start() - 25), m.start())
                                               or _LETTER_PERSON_BEFORE.search(text, max(0, m.start() - 25), m.start())) \
                and not _LINE_AFTER.match(text, m.end()):
            out.append(name)  # 'in brum with "D"', 'money off "K"': a letter standing for a person
            continue
        if len(w) < 2 or _not_a_nick(name, lex) or _relation_word(w, lex) or sc.bad(w) or low in _HEADING_WORDS:
            continue
        if re.fullmatch(r"[A-Z]{2}", w):
            shaped = True  # "JJ", "CB"
        elif re.fullmatch(r"[A-Z]-[A-Z][a-z]+|[A-Z]-[A-Z]+", w):
            shaped = True  # "T-Mase", "D-MONEY"
        elif sc.is_fore(w):
            shaped = low not in lex.lower_ambiguous
        else:
            shaped = 3 <= len(w) <= 8 and "-" not in w and sc.plausible(w) and not _everyday(w, lex) \
                and low not in lex.surnames and bool(_VOWEL.search(low))
        if not shaped:
            continue
        if _LINE_AFTER.match(text, m.end()) or re.search(r"(?i)\bline[ \t]*\Z", text[max(0, m.start() - 8) : m.start()]):
            continue  # 'the "KB" line', 'LINE "JJ" ...': a deal line's name
        before = _NICK_BEFORE.search(text, max(0, m.start() - 25), m.start())
        after = _NICK_AFTER.match(text, m.end())
        if after is not None and re.fullmatch(r"[ \t]+[A-Z]{3,}", after.group(0)) and (
                not sc.caps_surname_ok(after.group(0).strip()) or _everyday(after.group(0).strip(), lex)):
            after = None  # a SURNAME after it, not a shouted word ('"SAJ" AKHTAR', not '"JJ" BELIEVED')
        if after is not None and after.group("v") and not (_finite_verb(after.group("v")) and after.group("v").endswith("s")):
            after = None  # a lower-case word after it must be a verb of the person ('"Besi" owns ...')
        if before is not None or after is not None:
            out.append(name)
    return out


def _hasty_pair(fore: str, sur: str, sc: "_Scanner", lex: Lexicon) -> bool:
    """Two lower-case words that read as forename and surname: a known or short unknown forename,
    then a surname or a word no dictionary knows ("ty beckford"; not "blue astra", "the girl")."""
    fore_ok = sc.is_fore(fore) or (len(fore) <= 4 and fore not in lex.stop and sc._lower_surname_ok(fore)
                                   and not _everyday(fore, lex))
    return fore_ok and sc._lower_surname_ok(sur) and (sc._lower_surname(sur) or not _everyday(sur, lex))


def _everyday(word: str, lex: Lexicon) -> bool:
    from ._truecase import everyday_word  # _truecase reads this module's word lists

    return everyday_word(word, lex, nouns=True)


def _word_opens_phrase(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is the title-case everyday word at ``a:b`` (a sentence start) the first word of a phrase
    ("Young person reported missing", "Brown envelope found") rather than a surname named again
    ("Young was arrested", "Brown drives a Golf")? A lower-case word that is no verb follows it."""
    from ._truecase import _finite_verb, _is_verb_or_adverb  # the truecaser reads this module's word lists

    w = text[a:b]
    if w.isupper() or not _everyday(w.lower(), lex) or w.lower() in lex.surnames:
        return False
    n = _next_word(text, b)
    return (
        bool(n) and text[b : b + 1] == " " and text[b + 1 : b + 2].islower()
        and n not in lex.stop and not _finite_verb(n) and not _is_verb_or_adverb(n)
    )  # not "Grimes no comment", "Price and Ashworth", "Greenwood also contacted"


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1).lower() if m else ""


def _opens_clause(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?:;\n"


#: Words before a quoted name that make it a person only when it also looks like one
#: ('phone call to "Ty"', 'daily contact with "Ty B"', 'met "Dyl" on Snapchat', 'caller ID "TY"').
_WEAK_NICK_CUE = re.compile(
    r"(?i:(?<![\w'])(?:to|with|from|met|meet|meeting|id|sender|texted|messaged|rang|phoned|and|juvenile|youth)|,)[ \t]*\Z"
)


#: What only a person does straight after a quoted word ('"Trigger" and younger lads had used',
#: '"Spider" threatened him'): the quote is a nickname.
_HUMAN_AFTER = re.compile(
    r"[ \t]+(?:(?:told|said|says|threatened|threatens|stabbed|punched|robbed|texted|messaged|rang|phoned|owes|"
    r"recruited|groomed)\b|and[ \t]+(?:his|her|their|some|two|three|other|older|younger|the)?[ \t]*"
    r"(?:lads|boys|girls|men|women|males|females|mates|friends|others|associates)\b)"
)


def _name_like_quote(name: str, sc: "_Scanner") -> bool:
    """A quoted string that reads as a name: a known forename, a short pet name ("Ty", "JJ"), or a
    name with an initial ("Ty B", "Little T")."""
    parts = name.split()
    if sc.bad(parts[0]) or _not_a_nick(name, sc.lex):
        return False
    if len(parts) == 1:
        w = parts[0]
        return sc.is_fore(w) or (w.isalpha() and (len(w) == 2 and w.isupper() or 2 <= len(w) <= 3 and w.istitle()))
    if len(parts) == 2 and len(parts[0]) == 1 and parts[0].isupper():
        return parts[1][:1].isupper() and not sc.bad(parts[1])  # 'sender "R McGregor"'
    return len(parts) == 2 and len(parts[1]) == 1 and parts[1].isupper()


_CONTACT_CUE = re.compile(r"(?i)\b(?:saved|contacts?|calls?|caller)\b")


def _relation_word(name: str, lex: Lexicon) -> bool:
    """Contacts saved as "Boss", "Mum", "Bro": a relation or role, not a name (a nickname given
    with "known as" is still one: 'known as "Uncle"')."""
    low = name.lower()
    return low in _KIN or low in lex.role_words or low in _ROLE_EXTRA or low in _HEADING_WORDS


def _not_a_nick(name: str, lex: Lexicon) -> bool:
    low = name.lower()
    return (
        low.rsplit(" ", 1)[-1] in _GROUP_WORDS or low in lex.noise or low in lex.common or low in lex.stop or low in lex.place_words or low in lex.org_words
        or low in lex.slang or low in lex.vehicle_makes or low in _DRUG_WORDS
        or (low in lex.vehicle_models and low not in lex.forenames and low not in lex.diminutives) or low in lex.day_month or len(low) < 2
    )


def _opening_verb(word: str) -> bool:
    """A verb opening a note's sentence before a forename ("Gave Kayden's number", "Told Kieran
    to ..."): the writer's verb, not an unknown forename."""
    from ._truecase import _finite_verb  # the truecaser reads this module's word lists

    return _finite_verb(word.lower())


def _town_again(sc: "_Scanner", i: int) -> bool:
    """A town's name that is also a surname named in this text, followed by a lower-case noun
    ("Preston bus station", "telford town centre"): the town, not the person ("PRESTON said",
    "Buxton dob ...", "PRESTON to hold stock" stay the person)."""
    n = sc.w(i + 1, "LOWER")
    if n is None or not sc.adj(i, i + 1):
        return False
    low = n.text.lower()
    if low in _TOWN_SURNAME_VERBS or low in _PERSON_ACTS or low in sc.lex.stop or low in _ID_LABELS:
        return False
    return _everyday(low, sc.lex)


def _names_a_thing(sc: "_Scanner", i: int) -> bool:
    """Word i names a business, street or group, not the person ("Kaya's Barbers", "FOLEY family")."""
    if sc.next_is_suffix(i):
        return True
    n = sc.w(i + 1)
    if n is not None and sc.adj(i, i + 1) and n.text.lower() in _GROUP_WORDS:
        return True
    if i + 3 < len(sc.toks) and sc.toks[i + 1].text in ("'", "\u2019") and sc.toks[i + 2].text in ("s", "S"):
        return sc.next_is_suffix(i + 2)
    return False


_FIELD_LABELS = (
    r"surname|family\s+name|last\s+name|forenames?|first\s+names?|given\s+names?|christian\s+names?"
    r"|middle\s+names?|other\s+names?|d\.?o\.?b\.?|date\s+of\s+birth|age|sex|gender|pnc(?:\s+id)?|cro|ni(?:no)?"
    r"|address|postcode|tel|phone|mobile|email|occupation|nationality|ethnicity|pob|place\s+of\s+birth"
    r"|alias(?:es)?|aka|nickname|height|build|subject|nominal|ref(?:erence)?|role|status|location"
)
#: "SURNAME: O'NEILL FORENAME: CIARA DOB: ..." - system/form fields, one name part each.
_NAME_FIELD = re.compile(
    r"(?<![\w])(?P<label>(?i:surname|family\s+name|last\s+name|forenames?(?:\(s\))?|first\s+names?|given\s+names?"
    r"|christian\s+names?|middle\s+names?))[ \t]*[:=][ \t]*"
    rf"(?P<v>[A-Za-z\u00c0-\u017f'\u2019\-]+(?:[ ](?!(?i:{_FIELD_LABELS})\b)[A-Za-z\u00c0-\u017f'\u2019\-]+){{0,2}})"
    r"(?=[ \t]*(?:[,;|/\n]|$|[ \t](?i:" + _FIELD_LABELS + r")\b))"
)


def _name_fields(text: str, lex: Lexicon) -> list[Found]:
    """Name parts written as form fields; parts of one record (on one line, or the next within a
    short distance) share the full-name key, so they resolve to one person."""
    fields = []
    for m in _NAME_FIELD.finditer(text):
        v = m.group("v")
        if len(v) < 2 or text[m.end("v") : m.end("v") + 1] == "/" or lex.not_a_name_word(v.split()[0]) \
                or v.lower() in ("unknown", "none", "nk", "tbc", "not known", "na"):
            continue
        kind = "sur" if re.match(r"(?i)surname|family|last", m.group("label")) else (
            "mid" if m.group("label").lower().startswith("middle") else "fore")
        fields.append((kind, m.start("v"), m.end("v"), v))
    records: list[list[tuple[str, int, int, str]]] = []
    for f in fields:  # a record ends where a part repeats or the next field is far away
        if not records or any(g[0] == f[0] for g in records[-1]) or f[1] - records[-1][-1][2] > 80:
            records.append([])
        records[-1].append(f)
    out: list[Found] = []
    for rec in records:
        parts = {k: v for k, _, _, v in rec}
        words = " ".join(parts[x] for x in ("fore", "mid", "sur") if x in parts).split()
        given = " ".join(parts[x] for x in ("fore", "mid") if x in parts).split()
        attrs: dict[str, object] = {"initial_only": False}
        if given:
            attrs["forename"] = given[0]
        if len(given) > 1:
            attrs["middle"] = " ".join(given[1:])
        if "sur" in parts:
            attrs["surname"] = parts["sur"]
        tail = text[rec[-1][2] : rec[-1][2] + 60]
        dm = _DOB_AFTER[0].search(tail)
        dob = parse_dob(dm) if dm else None
        if dob:
            attrs["dob"] = dob
        for kind, s, e, v in rec:
            out.append(Found("PERSON", s, e, v, clean_key(" ".join(words)), "rule", attrs))
    return out


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


#: Words that make a body of the name they stand inside, never a middle name: "St Giles Trust SOS",
#: "Apex Scaffolding Ltd KELLY" read as forenames and a SURNAME are a body's name and a word after it.
_BODY_WORDS = frozenset("ltd limited plc llp trust council association foundation academy college university".split())


#: An officer by rank, collar number and name ("OIC DC 5512 ROWE", "Arresting officer PS 2231 Dan
#: HOLT"): the guidelines' officer in role, however the words before the rank run on.
_COLLAR_NAME = re.compile(
    r"(?<![\w/])(?:PC|PS|DC|DS|DI|DCI|DSU|DCS|TDC|TPC|PCSO|SC|Sgt|SGT|Insp|INSP|D/Sgt|D/S|A/Sgt)\.?[ \t]?/?[ \t]?\d{2,6}"
    r"[ \t]+(?:[A-Z][A-Za-z'\u2019\-]*\.?[ \t]+){0,2}(?:(?:ap|ab|de|da|di|van|von|le|la|del|bin|ben)[ \t]+)?"
    r"[A-Z][A-Za-z'\u2019\-]+"
)
#: A collar number is two to six digits after a short rank: the cheap test before ``_COLLAR_NAME``.
_COLLAR_GATE = re.compile(r"[A-Z]\.?[ \t]?/?[ \t]?\d{2,6}[ \t]+[A-Z]")


def find_persons(text: str, blocked: list[tuple[int, int]] | None = None, lex: Lexicon | None = None) -> list[Found]:
    """Rule-found PERSON mentions with dob/age/alias attrs, alias mentions and surname references.

    ``blocked`` spans (officer boilerplate, operation names) never yield a person.
    """
    lex = lex or lexicon()
    blocked = blocked or []
    if _COLLAR_GATE.search(text):
        blocked = blocked + [m.span() for m in _COLLAR_NAME.finditer(text)]
    fields = _name_fields(text, lex) if ":" in text or "=" in text else []
    fields = [f for f in fields if not _overlaps(f.start, f.end, blocked)]
    if fields:
        blocked = blocked + [(f.start, f.end) for f in fields]
    sc = _Scanner(text, lex)
    cands = [c for c in sc.scan() if not _overlaps(sc.toks[c.i].start, sc.toks[c.j].end, blocked)]
    cands = [c for c in cands if not (c.rule in _LONE_RULES and (_names_a_thing(sc, c.j) or _firm_partner(text, sc.toks[c.j].end, lex)))]
    cands = [c for c in cands if not names_a_group(text, sc.toks[c.i].start, sc.toks[c.j].end)]
    cands = [c for c in cands if not any(w.lower() in _BODY_WORDS for w in c.fore[1:])]
    if '"' in text or "\u201c" in text:
        cands = [_contact_name(c, sc) for c in cands]
    if _VIET_MIDDLE_GATE.search(text):
        cands = _viet_full_names(sc, cands)
    cands = [c for c in cands if not staff_in_role(text, sc.toks[c.i].start, sc.toks[c.j].end)]
    spans = [(sc.toks[c.i].start, sc.toks[c.j].end) for c in cands]
    out: list[Found] = list(fields)
    taken: list[tuple[int, int]] = list(spans)
    caps_surnames: dict[str, str] = {}
    titled_refs: dict[str, str] = {}
    forenames: dict[str, set[str]] = {}
    for c in cands:  # full names first, so lone mentions anywhere can refer to them
        if c.rule == "Title Surname" and c.title and len(c.surname) > 2 and " " not in c.surname \
                and not lex.not_a_name_word(c.surname) and c.surname[:1].isupper():
            # "Mr Hartley ... Hartley's lawyer": later bare mentions of a titled surname.
            titled_refs.setdefault(c.surname.upper(), clean_key(c.surname))
        if c.rule in _LONE_RULES or not c.fore:
            continue
        full_key = clean_key(" ".join(c.fore + [c.surname]))
        if (len(c.surname) > 2 or c.surname.isupper() and len(c.surname) == 2) and " " not in c.surname:
            caps_surnames.setdefault(c.surname.upper(), full_key)  # "Hoa LE ... LE accepted support"
        if len(c.fore[0]) > 2 and not c.fore[0].endswith("."):
            forenames.setdefault(c.fore[0].lower(), set()).add(full_key)
    for idx, c in enumerate(cands):
        s, e = spans[idx]
        nxt = spans[idx + 1][0] if idx + 1 < len(spans) else len(text)
        prev_end = spans[idx - 1][1] if idx else 0
        words = c.fore + [c.surname]
        key = clean_key(" ".join(words))
        attrs: dict[str, object] = (
            {"surname": c.surname, "initial_only": False} if c.surname_only else person_attrs_from_name(words, lex)
        )
        if c.rule in _LONE_RULES:
            ref = caps_surnames.get(c.surname.upper()) if c.surname_only else None
            keys = forenames.get(c.fore[0].lower(), set()) if c.fore and not c.surname else set()
            if ref:
                key, attrs = ref, {"surname": c.surname, "surname_only": True, "initial_only": False}
            elif len(keys) == 1:
                key, attrs = next(iter(keys)), {"forename": c.fore[0], "forename_only": True, "initial_only": False}
        if c.title:
            attrs["title"] = c.title
        attrs.update(_attrs_after(text, s, e, min(nxt, e + 120), prev_end))
        if c.extra:
            attrs.update(c.extra)
        alias = _find_alias(text, e, nxt, lex)
        alias_found = None
        if alias is not None and not _overlaps(alias[0], alias[1], taken + blocked):
            a_s, a_e, a_text = alias
            attrs["alias"] = a_text
            alias_found = Found("PERSON", a_s, a_e, a_text, clean_key(a_text), "rule", {"alias_of": key})
            taken.append((a_s, a_e))
        out.append(Found("PERSON", s, e, text[s:e], key, "rule", attrs))
        if alias_found is not None:
            out.append(alias_found)
    if sc.hasty:  # "seen ty beckford + kieran mcallister": a pair of words joined to a hasty full name
        for c in cands:
            if c.rule != "lower-case hasty note" or c.j == c.i:
                continue
            s0, e0 = sc.toks[c.i].start, sc.toks[c.j].end
            for m in (_COORD_BEFORE.search(text, max(0, s0 - 50), s0), _COORD_AFTER.match(text, e0)):
                if m is None or _overlaps(m.start(1), m.end(2), taken + blocked) \
                        or not _hasty_pair(m.group(1), m.group(2), sc, lex):
                    continue
                words = [m.group(1), m.group(2)]
                out.append(Found("PERSON", m.start(1), m.end(2), text[m.start(1) : m.end(2)],
                                 clean_key(" ".join(words)), "rule", person_attrs_from_name(words, lex)))
                taken.append((m.start(1), m.end(2)))
    if '"' in text or "\u201c" in text or text.count(":") >= 3:  # 'Messages read: "tell kyle he owes me 200"'
        for a, b in _chat_forenames(text, sc, lex):
            if _overlaps(a, b, taken + blocked):
                continue
            keys = forenames.get(text[a:b].lower(), set())
            key = next(iter(keys)) if len(keys) == 1 else clean_key(text[a:b])
            out.append(Found("PERSON", a, b, text[a:b], key, "rule",
                             {"forename": text[a:b], "forename_only": True, "initial_only": False}))
            taken.append((a, b))
    if "(" in text:  # "Return interview - Jordan (PASCOE, 16)": the forename, its SURNAME in brackets
        for m in _FORE_PAREN_SURNAME.finditer(text):
            if not sc.is_fore(m.group(1)) or sc.bad(m.group(1)) or _overlaps(m.start(1), m.end(1), blocked):
                continue
            key = clean_key(f"{m.group(1)} {m.group(2)}")
            attrs = {"forename": m.group(1), "surname": m.group(2), "initial_only": False}
            if _overlaps(m.start(1), m.end(1), taken):  # found alone already: give it the full name's key
                out = [Found(f.type, f.start, f.end, f.text, key, f.method, {**f.attrs, **attrs})
                       if (f.start, f.end) == m.span(1) and f.key == clean_key(f.text) else f for f in out]
                continue
            out.append(Found("PERSON", m.start(1), m.end(1), m.group(1), key, "rule", attrs))
            taken.append(m.span(1))
    for k, v in titled_refs.items():
        caps_surnames.setdefault(k, v)
    # A SURNAME written alone in capitals ("O'NEILL seen on site") and later in title case
    # ("attributed to O'Neill"): the later mention too, unless it opens a sentence or follows "in".
    weak: set[str] = set()
    for c in cands:
        if c.rule == "lone SURNAME" and c.i == c.j and sc.toks[c.i].shape == "CAPS" and len(c.surname) > 3 \
                and c.surname.upper() not in caps_surnames:
            caps_surnames[c.surname.upper()] = clean_key(c.surname)
            weak.add(c.surname.upper())
    # Later bare SURNAME references to a person already named in full in this text.
    if caps_surnames:
        for ti, tok in enumerate(sc.toks):
            if tok.kind == "w" and tok.shape in ("CAPS", "TITLE") and tok.text.upper() in caps_surnames and not _overlaps(tok.start, tok.end, taken + blocked):
                if _names_a_thing(sc, ti) or (tok.text.lower() in lex.place_words and _town_again(sc, ti)):
                    continue  # "Preston bus station" after "jordan preston (85)": the town again
                if len(tok.text) == 2 and not (tok.shape == "CAPS" and _LOWER_NEXT.match(text, tok.end)):
                    continue  # a two-letter surname again only in capitals before a lower-case word
                if tok.text.upper() in weak and (sc.sentence_start(ti) or (
                    sc.w(ti - 1) is not None and sc.toks[ti - 1].text.lower() in lex.place_words | _PLACE_BEFORE)
                        or sc.w(ti + 1, "TITLE") is not None and sc.adj(ti, ti + 1)):
                    continue
                if tok.shape == "TITLE" and sc.sentence_start(ti) and _word_opens_phrase(text, tok.start, tok.end, lex):
                    continue
                key = caps_surnames[tok.text.upper()]
                nx = sc.w(ti + 1, "TITLE") if tok.shape == "CAPS" else None
                if nx is not None and sc.adj(ti, ti + 1) and sc.is_fore(nx.text) and not sc.bad(nx.text) \
                        and nx.text.lower() not in lex.lower_ambiguous and not sc.next_is_suffix(ti + 1) \
                        and not _overlaps(nx.start, nx.end, taken + blocked) and sc.w(ti + 2, "TITLE") is None:
                    # "CHAPMAN Lee and CHAPMAN Dean": a relative sharing the SURNAME, written surname first
                    words = [nx.text, tok.text]
                    out.append(Found("PERSON", tok.start, nx.end, text[tok.start : nx.end], clean_key(" ".join(words)),
                                     "rule", {"forename": nx.text, "surname": tok.text, "initial_only": False}))
                    taken.append((tok.start, nx.end))
                    continue
                prev = sc.w(ti - 1, "TITLE") if tok.text.upper() not in weak else None
                if (
                    prev is not None
                    and sc.adj(ti - 1, ti)
                    and not sc.bad(prev.text)
                    and sc._plain_surname(prev.text)
                    and (not sc.sentence_start(ti - 1) or (  # "Gwyneth Price and Dafydd Price met ..."
                        sc.plausible(prev.text) and prev.text.lower() not in sc._lower_words
                        and not _everyday(prev.text, lex)))
                    and not _overlaps(prev.start, prev.end, taken + blocked)
                ):
                    # "children Rayhan Uddin (12)": a relative sharing the surname named in full.
                    words = [prev.text, tok.text]
                    found = Found("PERSON", prev.start, tok.end, text[prev.start : tok.end], clean_key(" ".join(words)),
                                  "rule", {**person_attrs_from_name(words, lex),
                                           **_attrs_after(text, prev.start, tok.end, tok.end + 120, prev.start)})
                    out = [f for f in out if not (f.start == prev.start and f.end == prev.end)]
                    out.append(found)
                    taken.append((prev.start, tok.end))
                    continue
                out.append(Found("PERSON", tok.start, tok.end, tok.text, key, "rule",
                                 {"surname": tok.text, "surname_only": True, "initial_only": False}))
                taken.append((tok.start, tok.end))
    # Nicknames: a quoted name after a cue ('known as "Blade"', 'a man called "Diddy"') and the
    # aliases found above, then every later mention of them in this text.
    nicks: dict[str, str] = {}
    for f in out:
        if "alias_of" in f.attrs:
            nicks.setdefault(f.text, f.key)
    for m in _QUOTED.finditer(text):
        name = m.group(1)
        if name in nicks:
            continue
        cue = _NICK_CUE.search(text, max(0, m.start() - 40), m.start())
        if cue is None and not (
            _WEAK_NICK_CUE.search(text, max(0, m.start() - 30), m.start()) and _name_like_quote(name, sc)
        ) and not (_HUMAN_AFTER.match(text, m.end()) and " " not in name and sc.plausible(name)):
            continue
        if _relation_word(name, lex) and (cue is None or _CONTACT_CUE.search(text, max(0, m.start() - 40), m.start())):
            continue
        parts = name.split()
        if len(parts) >= 2 and parts[-1].lower() in lex.place_words:
            name = " ".join(parts[:-1])  # 'contact "Ry Glasgow"': the name, then where they live
        name = _untagged_contact(name, sc)
        if _not_a_nick(name, lex):
            continue
        nicks[name] = clean_key(name)
    if '"' in text or "\u201c" in text:  # 'the driver is "JJ"', 'owes "Jord" £600', '"Besi" owns everything'
        for name in _quoted_nicknames(text, sc, lex):
            nicks.setdefault(name, clean_key(name))
    for m in _CONTACT.finditer(text):  # phone contacts: '"Kay" 07700 900158', 'Contact "Reece" = 0141 ...'
        name = m.group(1) or m.group(2)
        parts = name.split()
        if len(parts) >= 2 and parts[-1].lower() in lex.place_words:
            name = " ".join(parts[:-1])  # 'contact "Ry Glasgow"': the name, then where they live
        name = _untagged_contact(name, sc)
        if name not in nicks and not _not_a_nick(name, lex) and not lex.not_a_name_word(name) \
                and not _relation_word(name, lex):
            nicks[name] = clean_key(name)
    speakers: set[str] = set()
    for m in _CHAT_SPEAKER.finditer(text):  # "[03/04/2025 22:01] Reiss: u got any left"
        name = m.group("n")
        if name.lower() not in _NOT_SPEAKERS and not lex.not_a_name_word(name.split()[0]) \
                and not _overlaps(m.start("n"), m.end("n"), blocked):
            nicks.setdefault(name, clean_key(name))
            if len(name) >= 3 and " " not in name:
                speakers.add(name)  # "Stace: ..." then "shut up stace": messages are typed in lower case
    if text.count("\n") >= 2:  # a pasted transcript without timestamps: "billy: u still wanna ..."
        for name in _bare_speakers(text, sc, lex):
            nicks.setdefault(name, clean_key(name))
    for c in cands:  # a nickname equated with a full name: 'Bradders is Bradley HOLT', '"Dec" - believed to be ...'
        if c.rule in _LONE_RULES or not c.fore:
            continue
        s0 = sc.toks[c.i].start
        m = _EQUATED_QUOTED.search(text, max(0, s0 - 70), s0)
        quoted = m is not None
        if m is None:
            m = _EQUATED_BARE.search(text, max(0, s0 - 40), s0)
        if m is None:
            continue
        name = m.group(1)
        low = name.lower()
        if low in _FUNCTION_WORDS or sc.is_role(name) or low in lex.place_words \
                or low in lex.org_words or low in _DRUG_WORDS or _relation_word(name, lex) \
                or _overlaps(m.start(1), m.end(1), blocked):
            continue
        if not quoted and (sc.w(c.i, "TITLE") is None or name in sc._lower_words or not sc.plausible(name) or (
                not sc.is_fore(name) and _everyday(name, lex)
                and f'"{name}"' not in text and f"\u201c{name}\u201d" not in text)):
            continue  # bare 'Leader is John SMITH': a word, not a nickname
        full = clean_key(" ".join(c.fore + [c.surname]))
        own = clean_key(name)
        out = [Found(f.type, f.start, f.end, f.text, full, f.method, f.attrs) if f.text == name and f.key == own else f
               for f in out]  # '"Tez" ... believed to be Terence WALSH': one person
        if sc.plausible(name):
            nicks[name] = full  # and every other mention of it
        elif not _overlaps(m.start(1), m.end(1), taken):  # '"Dec"': this quote only, not "12 Dec"
            out.append(Found("PERSON", m.start(1), m.end(1), name, full, "rule", {"nickname": True}))
            taken.append(m.span(1))
    for c in cands:  # one-word names a naming cue or relationship word introduced ("cousin Reece")
        if c.rule in _CUED_RULES and c.i == c.j:
            nicks.setdefault(sc.toks[c.i].text, clean_key(sc.toks[c.i].text))
    loose: set[str] = set(speakers)  # nicknames whose later mentions may be in any case (hasty notes)
    for m in _QUOTED_ANY.finditer(text):
        name = m.group(1)
        if not _ALIAS_CUE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if _not_a_nick(name, lex) or len(name) < 2:
            continue
        nicks.setdefault(name, clean_key(name))
        loose.add(name)
    for name, key in nicks.items():
        flags = re.IGNORECASE if name in loose else 0
        for m in re.finditer(rf"(?<![\w\-])(?<!\w['\u2019]){re.escape(name)}(?![\w\-]|'\w\w)", text, flags):
            if _overlaps(m.start(), m.end(), taken + blocked):
                continue
            seen = m.group(0)
            if len(name) == 1 and not (text[m.end() : m.end() + 1] == ":" or (
                    m.start() and text[m.start() - 1] in "\"\u201c'" and text[m.end() : m.end() + 1] in "\"\u201d'")):
                continue  # a one-letter speaker ("L: yo") again only as a speaker or in quotes
            # Quoted nicknames come back as written, in capitals, or (hasty notes) in lower case.
            if seen != name and not (seen.isupper() or ((sc.hasty or name in speakers) and seen.islower())):
                continue
            if name.lower() in lex.lower_ambiguous and _opens_clause(text, m.start()) and _next_word(text, m.end()) in _NOT_NAME_AFTER:
                continue  # "his brother Will ... Will he come?": the word, not the name
            out.append(Found("PERSON", m.start(), m.end(), seen, key, "rule", {"nickname": True}))
            taken.append(m.span())
    # Later bare "Jack" for the one person of that forename named in full in this text.
    for tok in sc.toks if forenames else ():
        keys = forenames.get(tok.text.lower()) if tok.kind == "w" and tok.shape == "TITLE" else None
        if keys and tok.text.lower() in lex.lower_ambiguous and _opens_clause(text, tok.start) \
                and _next_word(text, tok.end) in _NOT_NAME_AFTER:
            continue  # "Will he ...": the word, not the name
        if keys and len(keys) == 1 and not _overlaps(tok.start, tok.end, taken + blocked):
            out.append(Found("PERSON", tok.start, tok.end, tok.text, next(iter(keys)), "rule",
                             {"forename": tok.text, "forename_only": True, "initial_only": False}))
            taken.append((tok.start, tok.end))
    out = _nick_adjectives(text, out, blocked, lex)
    out = _kin_bracket_names(text, out, blocked, lex)
    dotted = _DOTTED_ANY.search(text) is not None
    if dotted or _ANON_CUE_HINT.search(text):
        out = _anonymised_initials(text, out, blocked, lex, dotted)
    written = [m.group(1) or m.group(2) for m in _LINE_NAME.finditer(text)] if "line" in text else []
    if "line" in text.lower():
        written += [m.group(1) or m.group(2) for m in _LINE_NAMED.finditer(text)]
    lines = {w.upper() for w in written}
    if lines:  # "the TANGO line" ... later "TANGO back on": the deal line's name, not a person
        out = [f for f in out if " " in f.text or f.text.upper() not in lines or "dob" in f.attrs or "age" in f.attrs
               or ("alias_of" in f.attrs and not _LINE_AFTER.match(text, f.end))
               or _line_owner(text, f, written, sc)]
    if '"' in text or "\u201c" in text or _NAMED_HINT.search(text):
        out = [f for f in out if not business_named(text, f.start, f.end, lex)]
    if "viet" in text or "Viet" in text or "VIET" in text:
        out = [f for f in out if model_person_ok(f.text, lex) or not f.text.lower().endswith("viet")]
    out = [f for f in out if not _process_word_name(f)]
    out.sort(key=lambda f: (f.start, f.end))
    return out


#: A business noun, where its place may follow, then a naming cue or an opening quote straight
#: before a name ('a shisha bar "Noor"', 'the takeaway known locally as "Khalids"', 'a kebab shop
#: called ZAMAN grill', 'a nail bar on Bridge Street called Queen Nails'): the premises' name.
_BUSINESS_BEFORE = re.compile(
    r"(?i:(?<![\w'])(?:shop|bar|takeaway|take-away|cafe|caf\u00e9|restaurant|salon|barbers?|barbershop|car[ \t]?wash|"
    r"club|nightclub|pub|venue|premises|business|firm|company|garage|store|spa|parlou?r|hotel|agents?|agency|yard|"
    r"kebab|chippy|grill|warehouse|lounge|brothel|massage|shisha|minimart|supermarket|off-licence|launderette|gym|"
    r"casino|bookies|workshop|factory|pizzeria|boutique|studio)s?)"
    r"(?:[ \t]+(?i:on|in|at|off|near|opposite)[ \t]+[^,.;\n\"\u201c]{1,40}?)?[ \t]*,?[ \t]*"
    r"(?P<cue>(?i:called|named|known[ \t]+(?:locally[ \t]+)?as)[ \t]+)?(?P<q>[\"\u201c])?\Z"
)
_NAMED_HINT = re.compile(r"(?i)called|named|known")
_CUE_END = re.compile(r"(?i:called|named|as)[ \t]+\Z")


#: Professionals named with their agency or role straight after the name, as strategy-meeting
#: minutes, MASH notes and school e-mails sign them ("S. Rowe (CSC)", "Amira (SN)", "Sam (Adult
#: Social Care)", "Mrs H. Lowe, DSL", "R. Hollis, RHI Practitioner"): staff acting in role, whom
#: the guidelines leave out. Only the agency in brackets or a role after a comma - a role word
#: before the name ("Worker Piotr NOWAK", "DSL Mrs PRICE") also introduces victims and parties.
_STAFF_AFTER = re.compile(
    r"[ \t]*(?:\([ \t]*(?:CSC|SN|SW|HV|DSL|ISVA|IDVA|CAMHS|YOT|YOS|YJS|Education|Health|Housing|Early Help|"
    r"(?:Adult |Children's |Childrens )?(?:Social Care|Social Services|Services)|School Nurse|Health Visitor|"
    r"Social Work(?:er)?)[ \t]*\)"
    r"|,[ \t]*(?:DSL|Designated Safeguarding Lead|Deputy DSL|SENCO|Head ?teacher|Head of Year|School Nurse|Health Visitor|"
    r"Social Worker|Team Manager|ISVA|IDVA|(?:RHI|Family Support|Youth|Case|Key|Outreach|Early Help) (?:Practitioner|Worker)|"
    r"Safeguarding (?:Lead|Officer|Manager))\b)"
)

#: Record words that never close a name ("sid log", "cad ref", "storm entry"): "SID log" is the
#: Scottish Intelligence Database's entry, not a man called Sid Log.
_RECORD_WORDS = frozenset("log logs entry entries ref refs".split())


def _process_word_name(f: Found) -> bool:
    """A rule name that is a process acronym also known as a given name, alone ("rui", "Abe" in a
    case-less note's view: released under investigation, achieving best evidence), or a name
    closed by a record word ("sid log")."""
    words = f.text.lower().split()
    if len(words) == 1:
        return words[0] in _LOWER_PROCESS_WORDS and "dob" not in f.attrs and "age" not in f.attrs
    return len(words) == 2 and words[1] in _RECORD_WORDS


#: Short nationality words that are also given names: "Viet" names the Vietnamese in hasty notes
#: ("2 passengers viet females", "Moves Viet workers", "312 msgs (viet)") and is a given name only
#: inside a full name ("Viet Hoang", "Tran Quoc Viet").
_SHORT_NATIONALITIES = frozenset({"viet"})
#: Words the model reads as a lone given name that alone name a vehicle or a county ("Van has been
#: seen at the unit", "see Staffs", "Hants and Wilts"): a given name only before a surname ("Van
#: Morrison"). The county forms that are English words are not in the place lists.
_LONE_NOT_NAMES = frozenset("van staffs hants wilts berks bucks".split())


def staff_in_role(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a professional's, signed with the agency or role after it
    ("S. Rowe (CSC)", "Mrs H. Lowe, DSL"): not a PERSON under the guidelines. For rule and
    model names alike (the pipeline's model layer calls it as it calls ``names_a_group``)."""
    return _STAFF_AFTER.match(text, end) is not None


#: Vietnamese surnames (the commonest, most of the population): written first, before the middle
#: name "Thi" (women) or "Van" (men) and the given name ("Pham Thi Mai", "NGUYEN Van Long").
_VIET_SURNAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh truong luong
    dao cao ta ha lam mai chu kieu quach doan lai luu thai trieu vuong tang""".split()
)
_VIET_MIDDLE = frozenset("thi van thị văn".split())
#: Cheap gate: the middle name in title case or capitals, between two words.
_VIET_MIDDLE_GATE = re.compile(r" (?:Thi|Van|THI|VAN|Thị|Văn|THỊ|VĂN) ")


def _viet_full_names(sc: "_Scanner", cands: list[_Cand]) -> list[_Cand]:
    """A Vietnamese name in its own order, surname first: a name read from the middle name on
    ("Pham [Thi Mai]", "Do [Thi Quang]") takes the surname before it, and one read as the surname
    and middle name alone ("[Vu Thi] Lan") takes the given name after it. Only the middle names
    Thi and Van after a listed surname: "Van" alone opens Dutch names ("Van DIJK")."""
    toks, out = sc.toks, []
    for c in cands:
        i, j = c.i, c.j
        first, last = toks[i], toks[j]
        if first.kind == "w" and first.text.lower() in _VIET_MIDDLE and first.shape in ("TITLE", "CAPS") and j > i:
            p = sc.w(i - 1)
            if p is not None and sc.adj(i - 1, i) and p.shape in ("TITLE", "CAPS") and p.text.lower() in _VIET_SURNAMES \
                    and not (i >= 2 and toks[i - 2].kind == "w" and sc.adj(i - 2, i - 1) and toks[i - 2].shape in ("TITLE", "CAPS")):
                c = _Cand(i - 1, j, [toks[x].text for x in range(i, j + 1)], p.text, c.title, "Viet SURNAME Thi Given")
        elif last.kind == "w" and last.text.lower() in _VIET_MIDDLE and j == i + 1 and first.text.lower() in _VIET_SURNAMES:
            n = sc.w(j + 1)
            if n is not None and sc.adj(j, j + 1) and n.shape in ("TITLE", "CAPS") and sc.is_fore(n.text) \
                    and not sc.bad(n.text) and not sc.next_is_suffix(j + 1):
                c = _Cand(i, j + 1, [last.text, n.text], first.text, c.title, "Viet SURNAME Thi Given")
        out.append(c)
    return out


def business_named(text: str, start: int, end: int, lex: Lexicon | None = None) -> bool:
    """A one- or two-word name at ``start:end`` straight after a business noun and a quote or
    naming cue names the premises, not a person. With a cue alone ("the chip shop called Dean") a
    known forename stays a person unless a business word follows it ("called ZAMAN grill")."""
    if start == 0 or text.count(" ", start, end) > 1:
        return False
    if text[start - 1] not in "\"\u201c" and not _CUE_END.search(text, max(0, start - 12), start):
        return False  # the cheap test: a quote or naming cue must stand straight before the name
    line = text.rfind("\n", 0, start) + 1
    m = _BUSINESS_BEFORE.search(text, max(line, start - 80), start)
    if m is None or not (m.group("cue") or m.group("q")):
        return False
    if not m.group("cue"):
        return True
    lex = lex or lexicon()
    first = text[start:end].split()[0].lower()
    if first not in lex.forenames and first not in lex.diminutives:
        return True
    n = _NEXT_WORD.match(text, end)
    return n is not None and (n.group(1).lower() in lex.org_suffixes or n.group(1).lower() in lex.lower_org_suffixes)


#: Surnames made of a forename and "s" ("Evans", "Williams", "Roberts"): "evans car" is his car.
_PATRONYMICS = frozenset(
    """evans williams jones roberts edwards davies davis phillips hughes richards harris stephens stevens
    peters matthews andrews daniels michaels simmons symonds phillips philips adams jacobs samuels
    francis nichols nicholls jeffreys humphreys owens powells parry howells griffiths collins dennis
    gibbs higgins hopkins jenkins watkins wilkins dawkins perkins tomkins""".split()
)
_OWNER_S = re.compile(r"(?<![\w'\u2019@#./\-])([A-Za-z][a-z]+[a-z])s(?=[ \t]+([a-z]+)\b)")


def _forename_owners(text: str, out: list[Found], taken: list[tuple[int, int]], lex: Lexicon) -> list[Found]:
    """A known forename with the possessive "s" typed without its apostrophe, before kin or what
    someone has ("reeces mum", "karwans mob", "tyrones golf", "Ryans mates"): the person is the
    forename; a rule's span over the whole word is cut back to it. A forename that is also an
    English word counts only before kin ("jades dad"); a word that is itself a name or a
    patronymic surname ("evans car", "lukas dad") is left alone."""
    if "s " not in text and "s\t" not in text:
        return out
    for m in _OWNER_S.finditer(text):
        stem, owned = m.group(1), m.group(2)
        low, whole = stem.lower(), stem.lower() + "s"
        if owned not in _OWNED or low not in lex.forenames or whole in lex.forenames or whole in lex.surnames \
                or whole in _PATRONYMICS or whole in lex.stop or len(low) < 3 or _everyday(whole, lex):
            continue
        if (low in lex.lower_ambiguous or _everyday(low, lex)) and owned not in _KIN:
            continue
        a, b = m.start(1), m.end(1)
        out = [f for f in out if not (f.start == a and f.end in (b, b + 1))]
        if _overlaps(a, b + 1, [t for t in taken if not (t[0] == a and t[1] in (b, b + 1))]):
            continue
        out.append(Found("PERSON", a, b, stem, clean_key(stem), "rule",
                         {"forename": stem, "forename_only": True, "initial_only": False}))
    return out


#: Words a street name opens with ("Big Tony", "Little T", "Scouse Dave", "Wee Craigy", "lil d",
#: "Old John", "Young Paddy"): annotators of A, D, F-H, K, L, N, P, Q, U, W-Y keep them inside.
_NICK_ADJECTIVES = frozenset("big little lil old young scouse wee fat mad skinny geordie brummie".split())
_NICK_ADJ_BEFORE = re.compile(r"(?:^|(?<=[\s(\"\u201c'\u2018,;:=\-]))([A-Za-z]+)[ \t]+\Z")
_ADJ_NICK = re.compile(
    r"(?:(?<=[(\"\u201c])|(?<=[(\"\u201c] ))((?i:big|little|lil|old|young|wee|mad|fat|scouse)[ \t]+[A-Za-z]{1,2})(?=[)\"\u201d])"
)


def nick_adjective_start(text: str, start: int, lex: Lexicon) -> int | None:
    """Where a one-word name starting at ``start`` begins once the street-name adjective before it
    is taken in ("scouse dave", "Big Kyle"), or None: no such adjective, or an article or possessive
    before it ("the wee McCann", "his old mate"). Shared by the rules and the model's names."""
    if start <= 0:
        return None
    m = _NICK_ADJ_BEFORE.search(text, max(0, start - 12), start)
    if not (m and m.group(1).lower() in _NICK_ADJECTIVES):
        return None
    prev = re.search(r"([A-Za-z]+)[ \t]+\Z", text[max(0, m.start(1) - 12) : m.start(1)])
    if prev and (prev.group(1).lower() in lex.determiners or prev.group(1).lower() in ("the", "a", "an", "his", "her", "my", "their", "our", "your")):
        return None
    return m.start(1)


def _nick_adjectives(text: str, out: list[Found], blocked: list[tuple[int, int]], lex: Lexicon) -> list[Found]:
    """A one-word name or initial right after a street-name adjective takes it ("scouse dave",
    "little hegarty seen", '"Old John"'), unless an article or possessive comes first ("the wee
    McCann", "his old mate"); in brackets or quotes the adjective and a letter or word are a
    nickname on their own when the name is a letter or two ("(big g)", '"Little T"'; the model
    reads '"Big Sal"' itself, and a rule's reading would spread "Sal" over the upload)."""
    if not out and "(" not in text and '"' not in text and "\u201c" not in text:
        return out
    res: list[Found] = []
    for f in out:
        if f.type == "PERSON" and " " not in f.text:
            a = nick_adjective_start(text, f.start, lex)
            if a is not None:
                f = Found(f.type, a, f.end, text[a : f.end], f.key, f.method, f.attrs)
        res.append(f)
    taken = [(f.start, f.end) for f in res] + blocked
    for m in _ADJ_NICK.finditer(text):
        if not _overlaps(m.start(1), m.end(1), taken):
            name = m.group(1)
            last = name.split()[-1].lower()
            if last in lex.stop or last in _PERSON_NOUNS or last in lex.vehicle_models or last in lex.vehicle_makes \
                    or len(last) > 1 and _everyday(last, lex) and last not in lex.forenames:
                continue  # "(old man)", "(big one)", "(old Golf)": a description or a car, no nickname
            res.append(Found("PERSON", m.start(1), m.end(1), name, clean_key(name), "rule", {"nickname": True}))
    return res


#: One word in brackets ("mum (tracy)") and who someone is to another in brackets ("(his mum)").
_ONE_WORD_BRACKET = re.compile(r"\([ \t]*([A-Za-z][a-z]+)[ \t]*\)")
_KIN_BRACKET = re.compile(r"\([ \t]*(?i:his|her|their|the|my|our)[ \t]+([A-Za-z]+)[ \t]*\)")
_SAYS = re.compile(r"(?<=[ \t])(?i:says|said|told|states|stated|reports|reported|claims|claimed)\b")
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w'])([A-Za-z]+)[ \t]+([A-Za-z][a-z]+)[ \t]+\Z")
_WORD_BEFORE = re.compile(r"(?<![\w'@#.\-])([A-Za-z][a-z]+)[ \t]*\Z")
#: Party labels before a forename and what the person said ("vic jade says", "gf keeley told").
_SAYS_LABELS = frozenset("vic victim ip sus susp suspect rp caller witness wit gf bf mum dad nan gran sister brother partner ex".split())


def _kin_bracket_names(text: str, out: list[Found], blocked: list[tuple[int, int]], lex: Lexicon) -> list[Found]:
    """A forename that is also a word ("pat", "jade", "will") in a slot only a person fills: in
    brackets after a relation word ("nan (pat) says"), before "(his mum)" ("jade (his mum)"), or
    between a party label and a speech verb ("vic jade says"). Hasty notes name people so; the
    lone-forename rules leave such words alone elsewhere. Each pattern is anchored on a bracket
    or a speech verb, then looks back a few characters."""
    found: list[tuple[int, int]] = []
    if "(" in text:
        for m in _ONE_WORD_BRACKET.finditer(text):
            k = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if k and k.group(1).lower() in _KIN:
                found.append(m.span(1))
        for m in _KIN_BRACKET.finditer(text):
            if m.group(1).lower() in _KIN:
                k = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
                if k:
                    found.append(k.span(1))
    for m in _SAYS.finditer(text):
        k = _TWO_WORDS_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if k and k.group(1).lower() in _SAYS_LABELS:
            found.append(k.span(2))
    if not found:
        return out
    taken = [(f.start, f.end) for f in out] + blocked
    for a, b in found:
        name = text[a:b]
        low = name.lower()
        if low not in lex.forenames and low not in lex.diminutives and low not in lex.lower_ambiguous \
                or low in lex.stop or low in _KIN or low in _SPEECH_VERBS or _overlaps(a, b, taken):
            continue
        out.append(Found("PERSON", a, b, name, clean_key(name), "rule",
                         {"forename": name, "forename_only": True, "initial_only": False}))
        taken.append((a, b))
    return out


#: Initials standing for a child or victim: dotted ("H.J.", "R.M.T."), run together ("DMS",
#: "KJ-B") or spaced ("K P").
_INITIALS = r"(?:[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?|[A-Z]{2,3}(?:-[A-Z])?|[A-Z][ ][A-Z](?![\w.]))"
#: An age straight after them: "(14)", " 15", ", aged 15" - a number alone (not a NINO's "48 21 93 B").
_ANON_AGE = r"(?:[ \t]*\((?:aged[ \t]+)?\d{1,2}\)|,?[ \t]+(?:aged[ \t]+)?\d{1,2}(?![\d/:.,]\d|[ \t]*\d|[ \t]*(?:%|hrs?\b|mins?\b|x\b|months?\b|weeks?\b|days?\b)))"
#: Dotted initials before an age ("found with H.J. (14)").
_DOTTED_AGE = re.compile(rf"(?<![\w.])(?P<n>[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)(?={_ANON_AGE})")
#: Initials after a victim or child cue ("victim K P", "victims DMS 15 and AJW 16", "re S.T.").
_ANON_CUE = re.compile(
    rf"(?i:(?<![\w])(?P<cue>victims?|child|complainant|yp|young[ \t]+person|case|re)\b)[ \t]*:?[ \t]*"
    rf"(?P<n>{_INITIALS})(?P<age>{_ANON_AGE})?(?![\w'\u2019])"
)
_ANON_CUE_HINT = re.compile(r"(?i)victim|child|complainant|\byp\b|young person")
_DOTTED_ANY = re.compile(r"[A-Z]\.[ ]?[A-Z]\.")
#: ... and the next initials of such a list ("victims DMS 15 and AJW 16").
_ANON_NEXT = re.compile(rf"[ \t]*(?:,|and|&)[ \t]*(?P<n>{_INITIALS})(?P<age>{_ANON_AGE})?(?![\w'\u2019])")
#: Codes, scores and grades written like initials before a number ("GCS 12", "CAT 1", "TIC 41").
_NOT_ANON = frozenset(
    """dob pnc mfh cse cce nfa rui asb oic yp vrm gcs tic cat msb nca hmp yoi cid btp soa msa mda abh gbh
    dv da sw gp hv uk eu cps yos ypo rag ref no nb id ip pc dc ds ps op ltd bmw vw ao uc cc ta tv""".split()
)


def _anonymised_initials(text: str, out: list[Found], blocked: list[tuple[int, int]], lex: Lexicon,
                         dotted: bool) -> list[Found]:
    """Children and victims anonymised by initials in minutes, referrals and charges: dotted
    initials before an age, and initials after a victim/child cue (dotted ones after "re" or
    "Case:" too); a run of capitals must be no code or word the lexicon knows, unless an age
    follows it."""
    found: list[tuple[int, int, str | None]] = []
    for m in _DOTTED_AGE.finditer(text) if dotted else ():
        found.append((m.start("n"), m.end("n"), None))
    for m in _ANON_CUE.finditer(text):
        cue = m.group("cue").lower()
        name = m.group("n")
        if cue in ("re", "case") and "." not in name:
            continue  # "re ASB", "case NFA": codes; "re S.T." is a child's initials
        run = [(m.start("n"), m.end("n"), m.group("age"))]
        end = m.end()
        while True:
            k = _ANON_NEXT.match(text, end)
            if k is None or not (k.group("age") or "." in k.group("n")):
                break
            run.append((k.start("n"), k.end("n"), k.group("age")))
            end = k.end()
        for a, b, age in run:
            found.append((a, b, age))
    if not found:
        return out
    taken = [(f.start, f.end) for f in out] + blocked
    for a, b, age in found:
        name = text[a:b]
        letters = name.replace(".", "").replace(" ", "").replace("-", "")
        if "." not in name and (letters.lower() in _NOT_ANON or letters.lower() in lex.stop or letters.lower() in _PROCESS_ACRONYMS
                                or not age and " " not in name and (_everyday(letters, lex) or letters.lower() in lex.org_words)):
            continue
        if _overlaps(a, b, taken):
            continue
        attrs: dict[str, object] = {"initial_only": True}
        ag = re.search(r"\d{1,2}", age or text[b : b + 12]) if age or _DOTTED_AGE.match(text, a) else None
        if ag and 0 < int(ag.group(0)) < 110:
            attrs["age"] = int(ag.group(0))
        out.append(Found("PERSON", a, b, name, clean_key(name), "rule", attrs))
        taken.append((a, b))
    return out


def not_a_surname_after(word: str) -> bool:
    """Words hasty notes write straight after a forename that never end a name: verbs of the note
    ("thinks", "reckons", "nicked"), contractions ("didn't", "hasnt"), chat spelling ("wid")."""
    low = word.lower()
    return low in _HASTY_WORDS or low in _SPEECH_VERBS or low in _NO_APOSTROPHE or low in _SURNAME_VERBS


def is_role_word(word: str, lex: Lexicon | None = None) -> bool:
    """A role label written before a name ("Prisoner Sean", "IP Gemma LAWTON", "Visitor O'NEILL"):
    never part of the name, unless it is also a forename."""
    lex = lex or lexicon()
    low = word.lower()
    return (low in lex.role_words or low in _ROLE_EXTRA) and low not in lex.forenames


_NEXT_LOWER_NOUN = re.compile(r"[ \t]+([a-z]{3,})\b")


def _place_noun_after(text: str, end: int, lex: Lexicon) -> bool:
    """A lower-case noun after a town's name ("HOLLOWAY area", "Preston bus station"), as
    ``_town_again`` reads it: no verb, little word or record label."""
    m = _NEXT_LOWER_NOUN.match(text, end)
    if m is None:
        return False
    low = m.group(1)
    if low in _TOWN_SURNAME_VERBS or low in _PERSON_ACTS or low in lex.stop or low in _ID_LABELS or _acts_as_person(text, end):
        return False
    return _everyday(low, lex)


def refer_back(text: str, found: list[Found], lex: Lexicon | None = None, lower_ok: bool = False) -> list[Found]:
    """Bare forename or surname mentions of a person named in full anywhere in this text, whoever
    found the full name (rules or the model): "Zoltan Farkas ... Farkas houses the workers".

    Run on the merged mentions of one text; returns only the new PERSON mentions (spans that no
    mention covers). A word shared by two full names, a common word, a place or a word inside a
    longer capitalised name ("Farkas Road") is left alone. One regex over the text per call.
    ``lower_ok`` (a note typed in lower case): lower-case mentions count too, unless English words.
    """
    lex = lex or lexicon()
    words: dict[str, set[str]] = {}
    caps_places: set[str] = set()  # "Prisoner: HOLLOWAY, Ben ... HOLLOWAY has been overheard"
    caps_names: set[str] = set()  # surnames the full names wrote in capitals ("DOBSON Kyle")
    for f in found:
        if f.type != "PERSON" or " " not in f.text.strip() or f.attrs.get("alias_of"):
            continue
        parts = [w for w in _NAME_WORD.findall(f.text) if w.lower() not in _PARTICLES]
        if len(parts) < 2 or any(len(w) == 1 for w in (parts[0], parts[-1])):
            continue
        for w in (parts[0], parts[-1]):
            low = w.lower()
            if (w[:1].isupper() or lower_ok) and len(w) >= 3 and not (
                lex.not_a_name_word(low) or low in lex.org_words or low in lex.vehicle_makes
                or low in lex.vehicle_models or low in lex.slang or low in _KIN or low in _HEADING_WORDS
            ):
                if low in lex.place_words:
                    # a town's name is the surname again only in capitals, as the full name wrote it
                    if not (w.isupper() and len(w) >= 4 and any(c.islower() for c in f.text)):
                        continue
                    caps_places.add(w)
                if w.isupper() and len(w) >= 4 and any(c.islower() for c in f.text):
                    caps_names.add(w)
                words.setdefault(w.upper(), set()).add(f.key)
    words = {w: k for w, k in words.items() if len(k) == 1}
    spans = [(f.start, f.end) for f in found]
    out: list[Found] = _forename_owners(text, [], spans, lex)  # "reeces mum": no full name needed
    if not words:
        return out
    spans += [(f.start, f.end) for f in out]
    for a, b in _word_hits(text, words):
        w = text[a:b]
        owner = text[b : b + 1] == "s"  # "jades dad", "Jamals mum": the possessive typed without its apostrophe
        if owner:
            owned = _NEXT_NAME_WORD.match(text, b + 1)
            if not owned or owned.group(1).lower() not in _OWNED or owned.group(0)[:1] in "'\u2019":
                continue
        if lower_ok and w.islower():
            if len(w) < 4 or w in lex.stop or (_everyday(w, lex) and w not in lex.surnames and not owner and not _acts_as_person(text, b)
                                                and not (w.upper() in caps_names and _opens_clause(text, a))):
                continue  # a hasty note names "akhtar" again in lower case, but "north" may be the word
        elif w.islower():
            owns = owner or (text[b : b + 2] in ("'s", "\u2019s") and _owned_after(text, b + 2))  # "jade's car"
            if len(w) >= 3 and (w not in lex.stop or w in lex.lower_ambiguous) and (owns or _acts_as_person(text, b)):
                pass  # "... jade wilkinson ... jade says mia was brought home": a person's act or kin
            elif len(w) >= 4 and w.upper() in caps_names and w not in lex.stop and _opens_clause(text, a):
                pass  # "DOBSON Kyle ... Result: dobson 3 x wraps": the SURNAME written in capitals, again in haste
            elif len(w) < 4 or w in lex.stop or w in lex.lower_ambiguous or _everyday(w, lex) or not _opens_clause(text, a):
                continue  # "Sanjay MISTRY ... sanjay drives": typed in haste, but not "farkas" mid-sentence
        elif not w[:1].isupper() or not (w.isupper() or w[1:2].islower() or w[:2] in ("Mc", "O'")):
            continue  # names come back in title case or capitals, not "farkas"
        if caps_places and w.upper() in {c.upper() for c in caps_places} and (
                not w.isupper() or _place_noun_after(text, b, lex)):
            continue  # "Holloway Road", "HOLLOWAY area": the place; "HOLLOWAY has been ..." the person
        if _overlaps(a, b, spans):
            continue
        before = text[max(0, a - 40) : a]
        opens = _opens_clause(text, a)
        if w.lower() in lex.lower_ambiguous and opens and not (owner or _acts_as_person(text, b)):
            continue  # "Will he ...", "Grace was ..." at a sentence start: could be the word
        if opens and _word_opens_phrase(text, a, b, lex) and not (w.upper() in caps_names and _acts_as_person(text, b)):
            continue  # "Young person reported ...": the word, not "Kyle Young" (but "DOBSON ... dobson arr")
        nxt = _NEXT_NAME_WORD.match(text, b)
        if nxt:
            n = nxt.group(1)
            nl = n.lower()
            owned = nxt.group(0)[:1] in "'\u2019"  # "Balog's car", "Farkas's takeaway": what the person has
            if n[:1].isupper() or not owned and (nl in lex.lower_org_suffixes or nl in lex.lower_place_suffixes) or nl in _GROUP_WORDS:
                continue  # "Farkas Road", "Farkas family", "Farkas takeaway"
        prev = _PREV_WORD.search(before)
        if prev:
            p = prev.group(1)
            pl = p.lower()
            if pl in _PLACE_BEFORE or (p[:1].isupper() and not opens and not _opens_clause(text, a - len(prev.group(0)))
                                       and pl not in lex.titles and pl not in lex.role_words and pl not in _ROLE_EXTRA
                                       and pl not in lex.nominal_labels and pl not in _KIN):
                continue  # "in Farkas": a place; "Laszlo Farkas": part of another name
        key = next(iter(words[w.upper()]))
        out.append(Found("PERSON", a, b, w, key, "rule", {"initial_only": False, "refers_to": True}))
    return out


#: What a person has, after a name's possessive typed without the apostrophe ("jades dad",
#: "keishas corsa", "balogs house"): kin, home and what a note records someone owns or uses.
_OWNED = _KIN | frozenset(
    """house home flat address place room door garden car van motor bike moped corsa golf phone number
    mobile mob line snap insta account mates boys lads crew gang kids children child baby missus mrs fella
    bf gf ex misses cousins brothers sisters mum's dad's parents family""".split()
)
#: A word the text named a person with is that person again before a verb only a person does
#: ("jade says mia was brought home", "brown uses phone 07700 900205", "jade told staff").
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:says|said|told|tells|states|stated|stating|reports|reported|claims|claimed|admits|admitted|denies|denied|"
    r"uses|used|lives|lived|reckons|thinks|wants|refused|refuses|agreed|disclosed|confirmed|explained|"
    # what police notes record a person doing or being ("dobson arr", "gary punched", "rhys present")
    r"arr|arrested|punched|kicked|drove|drives|ran|remanded|charged|bailed|present|compliant|nil)\b"
)
_OWNED_AFTER = re.compile(r"[ \t]+([a-z']+)")


def _owned_after(text: str, pos: int) -> bool:
    m = _OWNED_AFTER.match(text, pos)
    return m is not None and m.group(1) in _OWNED


def _acts_as_person(text: str, end: int) -> bool:
    return _PERSON_VERB_AFTER.match(text, end) is not None


_NAME_WORD = re.compile(rf"[{_L}][{_L}'\u2019\-]*")
_WORD_RUN = re.compile(r"(?<![\w'\u2019\-])[^\W\d_][\w'\u2019\-]*")


def _word_hits(text: str, words: Mapping[str, object]) -> Iterator[tuple[int, int]]:
    """Spans of ``words`` (upper-case keys) standing alone in ``text``, in any case: a whole word,
    or its part before an apostrophe ("Farkas's"), never part of a hyphenated or longer word.
    A scan of the text's words with dict look-ups, because a regex alternation built from each
    text's names would be compiled afresh for every report (it dominated extraction time)."""
    for m in _WORD_RUN.finditer(text):
        run, a = m.group(), m.start()
        if run.upper() in words:
            yield a, m.end()
            continue
        cut = 0
        if "'" in run or "\u2019" in run:  # the cut is only ever at an apostrophe
            cut = next((k for k in range(len(run) - 1, 0, -1) if run[k] in "'\u2019" and run[:k].upper() in words), 0)
        if cut:
            yield a, a + cut
        elif len(run) > 4 and run[-1] == "s" and run[:-1].upper() in words:
            yield a, m.end() - 1  # "jades": the caller checks a possession follows
_NEXT_NAME_WORD = re.compile(r"(?:['\u2019]s)?[ \t]+([A-Za-z][\w'\-]*)")
_PREV_WORD = re.compile(r"([A-Za-z][\w'\-]*)[ \t]+\Z")


#: Words the statistical model takes for names in police text: handset makes, account and
#: network words, welfare and office words ("Samsung A14", "Apple ID", "Login IP", "Tel").
_MODEL_NOT_NAME = frozenset(
    """samsung apple iphone ipad nokia huawei motorola oppo xiaomi pixel alcatel oneplus realme
    vivo tecno honor blackberry id ip imei imsi login logon username password pin icloud gmail
    hotmail outlook whatsapp telegram snapchat instagram facebook tiktok signal wickr threema
    fifa playstation xbox heddlu cyngor gwasanaeth""".split()
) | frozenset(  # vans, pick-ups and 4x4s named alone before their plate or keeper ("Vivaro NL66FRD parked")
    "vivaro hilux navara crafter trafic movano ducato transporter kangoo doblo amarok outlander shogun macan cayenne".split()
)


#: Police and partner process acronyms that read like short names when written in capitals
#: ("Outcome: RUI", "give ABE", "OSINT checks", "no SIA licence", "referred to POLIT", "SID log"):
#: released under investigation, achieving best evidence, open-source intelligence, Security
#: Industry Authority, online child-abuse teams, intelligence databases and panels.
_PROCESS_ACRONYMS = frozenset("rui abe sid sia osint polit marac mappa ceop nabis idva isva sarc".split()) | frozenset(
    # units, officers and services that send or receive a report ("FIU update re ...", "From: Analyst,
    # IMU", "MLRO reports customer ...", "YOS to lead", "taken to QMC by EMAS", "STORM 0611-2209")
    "fiu imu mlro yos emas nwas swast secamb wmas storm".split()
) | frozenset(
    # stop-search grounds mnemonic and the officers a note calls in ("GOWISELY done", "SIO informed",
    # "SOCO requested", "CSI attended")
    "gowisely sio soco csi".split()
) | frozenset("esa copd".split()) | frozenset(  # a benefit and an illness in welfare notes ("Appointee for ESA", "COPD, alcohol")
    # risk tools, orders, schemes and systems of police and partners ("Referral to SERAF", "DASH -
    # STANDARD", "logged on CPOMS", "Order: YRO", "ROTI - SMITH", "BOLO", "Refer GLAA", "no PAYE")
    "seraf dash mash cpoms yro dapo dvpo dvpn roti uasc afo uwo paye occtu viper cesar bolo glaa".split()
)
#: A heading or process word in capitals the model may read as a lone surname ("SEIZURE",
#: "DISSEMINATION", "DEVELOPMENT"): an English noun with a suffix no frequent surname has.
_HEADING_NOUN = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ure|ity|ness|ism)")

_PARENT_WORDS = frozenset("mum mummy mam mammy mom mommy dad daddy nan nana nanna gran granny grandad".split())


def _heading_noun(low: str, lex: Lexicon) -> bool:
    return bool(_HEADING_NOUN.fullmatch(low)) and low not in lex.surnames and low not in lex.forenames \
        and low not in lex.lower_ambiguous and _everyday(low, lex)


#: Field labels, days and headings of bilingual Welsh police forms ("Enw / Name", "Dyddiad Geni /
#: DOB", "Adroddiad Cudd-wybodaeth", "Nos Sadwrn" Saturday night): the model reads a capitalised
#: pair of them as a name. None is a Welsh given name or surname.
_WELSH_FORM_WORDS = frozenset(
    """enw enwau cyfenw dyddiad geni cyfeiriad rhif ffon ffôn adroddiad cudd cudd-wybodaeth wybodaeth swyddog
    heddlu oed rhyw cenedligrwydd galwedigaeth ffynhonnell nos dydd llun mawrth mercher gwener sadwrn sul""".split()
)


def model_person_ok(span: str, lex: Lexicon | None = None) -> bool:
    """Whether a PERSON the statistical model proposed reads as a name: no handset, platform or
    account word, no nationality, heading, role or relation word alone, and an initial or a
    first word never followed by a place, street or business word ("Barry Island", "O. Handling")."""
    lex = lex or lexicon()
    words = [w for w in re.findall(rf"[{_L}][{_L}'\u2019\-]*", span)]
    if not words:
        return False
    lows = [w.lower() for w in words]
    if any(w in _MODEL_NOT_NAME or w in _NATIONALITY_WORDS or w in _WELSH_FORM_WORDS for w in lows):
        return False
    if lows[0] in lex.vehicle_makes or lows[0] in lex.vehicle_models and lows[0] not in lex.forenames:
        return False  # "Golf GTI", "Seat Leon"
    if any(w in lex.org_words and w not in lex.forenames and w not in lex.surnames for w in lows):
        return False  # "Accounts: Monzo, Lloyds": a bank or shop the lexicon knows by one word is no name
    if lows[-1] in _SHORT_NATIONALITIES and not any(
            w in lex.forenames or w in lex.surnames or w in _VIET_SURNAMES for w in lows[:-1]):
        return False  # "(viet)", "young Viet males", "Moves Viet workers": the nationality, not "Tran Quoc Viet"
    if len(words) == 1:
        if lows[0] in _LONE_NOT_NAMES:
            return False  # "Van has been seen at the unit", "Kai (see Staffs)"
        if words[0].isupper() and (lows[0] in _PROCESS_ACRONYMS or _heading_noun(lows[0], lex)):
            return False  # "SID log", "RUI": a process acronym in capitals; "SEIZURE" a heading
        return not (lows[0] in _HEADING_WORDS or lows[0] in _PARENT_WORDS or lows[0] in _ROLE_EXTRA
                    or lows[0] in lex.role_words or lows[0].endswith(("ian", "ish", "ese")) and lows[0] not in lex.forenames)
    last = lows[-1]
    if last in _GROUP_WORDS:
        return False  # "the iqbal brothers", "lacatus kids": a family's children, not one person
    if last in lex.place_suffixes or last in lex.street_suffixes or last in lex.org_suffixes:
        return last in _SURNAME_LIKE_SUFFIXES and lows[0] in lex.forenames
    if len(words[0]) == 1 and (re.search(r"(?:ing|ion|ment|ness)$", last) or last in _HEADING_WORDS):
        return False  # "O. Handling", "P. Prison": a grading code, then a word
    return True
