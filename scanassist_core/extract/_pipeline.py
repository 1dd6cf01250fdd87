"""The layered extractor: identifiers, police-convention rules, then the statistical model, then
noise filters, with overlaps resolved (identifiers > person rules > longest span, rule on ties).

Why layered: UK identifiers and police naming conventions are regular enough for exact rules,
while the model covers title-case names, organisations and places in ordinary prose. The model
only sees sentences that still hold an unexplained capitalised word, and results are cached by
text hash, which is where most of the speed comes from.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing as mp
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pandas as pd

from ..schemas import MentionSchema
from ..settings import Settings
from ._case import text_case
from ._corpus import corpus_pass
from ._filters import Lexicon, blocked_spans, clean_key, is_noise_text, lexicon
from ._filters import _nationalities as nationalities
from ._filters import _FORCE_AREA_SET as FORCE_AREAS
from ._nlp import load_nlp
from ._orgs_places import _LEGAL_GATE
from ._orgs_places import TEAM_WORDS, find_orgs_places, is_generic_service, is_known_place
from ._persons import _PROCESS_ACRONYMS
from ._persons import _LOWER_PROCESS_WORDS as LOWER_PROCESS_WORDS
from ._persons import _NATIONALITY_WORDS as NATIONALITY_WORDS
from ._persons import _SHORT_NATIONALITIES as SHORT_NATIONALITIES
from ._persons import business_named, names_a_group, staff_in_role
from ._persons import WORD_SURNAMES, find_persons, is_role_word, model_person_ok, nick_adjective_start, not_a_surname_after, person_attrs_from_name, refer_back
from ._truecase import INTERJECTIONS as _INTERJECTIONS
from ._truecase import _finite_verb as finite_verb
from ._truecase import _VIET_MIDDLE as VIET_MIDDLE
from ._truecase import _forenames as forename_words
from ._truecase import PERSON_NOUNS, _dictionary_word, everyday_word, person_cue_after, plural_noun, site_designator, truecase
from ._types import Found
from ._identifiers import _COLOURS as VEHICLE_COLOURS
from ._validators import POSTCODE_RE

__all__ = ["Extractor", "extract_mentions", "find_identifiers_safe"]

_LABELS = {"PERSON": "PERSON", "ORG": "ORGANISATION", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_IDENTIFIER_TYPES = frozenset(
    {"PHONE", "EMAIL", "ADDRESS", "VEHICLE", "SOCIAL", "NINO", "PNC_ID", "IMEI", "IP_ADDRESS"}
)
_MAX_CHUNK = 2000
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n\s*")
_CAP_WORD = re.compile(r"(?<![\w'\-])[A-Z][A-Za-z'\u2019\-]*(?![\w])")
_FINDER: Callable[[str], list[Found]] | None = None


def find_identifiers_safe(text: str) -> list[Found]:
    """The identifiers layer, or no identifiers while that module is not installed."""
    global _FINDER
    if _FINDER is None:
        try:
            from ._identifiers import find_identifiers as fn
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}._identifiers":
                raise
            fn = _no_identifiers
        _FINDER = fn
    return list(_FINDER(text))


def _no_identifiers(text: str) -> list[Found]:
    return []


def _overlaps(a: int, b: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


# --------------------------------------------------------------------------- model chunks


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in _SENT_END.finditer(text):
        a = m.start()
        if a >= 2 and text[a - 1] == "." and text[a - 2].isupper() and (a < 3 or not text[a - 3].isalpha()):
            continue  # an initial ("Rebekah E. THOMPSON"), not a sentence end
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def _split_long(s: int, e: int, text: str) -> Iterator[tuple[int, int]]:
    while e - s > _MAX_CHUNK:
        cut = text.rfind(" ", s + _MAX_CHUNK // 2, s + _MAX_CHUNK)
        cut = cut if cut > s else s + _MAX_CHUNK
        yield s, cut
        s = cut
    yield s, e


def _needs_model(text: str, s: int, e: int, covered: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Does this sentence hold a capitalised word no rule explained? Shouted text (mostly
    capitals) is left to the rules: the model only guesses there."""
    chunk = text[s:e]
    letters = sum(map(str.isalpha, chunk))  # map over a str method: no Python frame per character
    if letters == 0:
        return False
    upper = sum(map(str.isupper, chunk))
    if letters > 20 and upper / letters > 0.6:
        return False
    first = True
    after_make = False
    for m in _CAP_WORD.finditer(chunk):
        a, b = s + m.start(), s + m.end()
        word = m.group(0)
        was_first = first and not chunk[: m.start()].strip(" \t\"'([-*\u20220123456789.):")
        first = False
        prev_make, after_make = after_make, word.lower() in lex.vehicle_makes
        if _overlaps(a, b, covered) or prev_make or after_make:
            continue
        low = word.lower().strip("'\u2019")
        if len(low) < 2 or lex.not_a_name_word(low) or low in lex.slang:
            continue
        if word.isupper() and len(word) <= 4 and low not in lex.forenames:
            continue  # short shouted acronyms (BWV, POCA): jargon the model would only mislabel
        if was_first and low not in lex.forenames:
            # A capitalised sentence opener counts only when a capitalised word follows it, or a
            # role noun it qualifies ("Apple chief executive ...", "Tesco staff ...": a body).
            nxt = re.match(r"\s+([A-Za-z]+)", chunk[m.end() :])
            if not (nxt and (nxt.group(1)[0].isupper() or nxt.group(1).lower() in lex.role_words)):
                continue
        return True
    return False


def _model_chunks(text: str, covered: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, str]]:
    out = []
    for s, e in _sentences(text):
        for a, b in _split_long(s, e, text):
            if _needs_model(text, a, b, covered, lex):
                out.append((a, text[a:b]))
    return out


# --------------------------------------------------------------------------- model entities

_LEAD_DROP = re.compile(r"^(?:(?:the|The|THE|a|an|A|An)\s+)")
_NAME_END = re.compile(
    r"\s+(?:AKA|aka|A\.K\.A|a\.k\.a|DOB|dob|D\.O\.B|d\.o\.b|D O B|NFA|nfa|who|and|&)\b.*", re.S
)
_GENERIC_SERVICE = re.compile(
    r"(?i)\b(?:social\s+care|social\s+services|children'?s\s+services|early\s+help|team|unit|police|constabulary)\b"
)
_TRAIL_POSS = re.compile(r"(?:'s|\u2019s|')$")


#: Words a note or e-mail opens with before a name ("FYI, Kadeem was ...", "Hi Kate"): not part of it.
_NOTE_OPENERS = frozenset("fyi nb re hi hello hey hiya dear morning afternoon evening thanks cheers update".split())


def _clean_model_span(text: str, s: int, e: int, label: str, lex: Lexicon) -> tuple[int, int] | None:
    span = text[s:e]
    m = _LEAD_DROP.match(span)
    if m:
        s += m.end()
    # Leading titles and ranks ("Mr", "PC") are not part of a name.
    while True:
        m = re.match(r"([A-Za-z]+)\.?,?\s+", text[s:e])
        if m and (m.group(1).lower() in lex.titles or m.group(1).lower() in lex.ranks
                  or m.group(1).lower() in _NOTE_OPENERS) and label == "PERSON":
            s += m.end()
            continue
        break
    # A leading road number or time is not part of a place ("A30 Carn Brea", "2112 Holme Bridge").
    m = re.match(r"(?:[AMB]\d{1,4}|\d{3,4}(?:hrs)?)\s+(?=[A-Z])", text[s:e])
    if m and label != "PERSON":
        s += m.end()
    # Cut at the first word holding a digit ("Wolverhampton WV1", "Ford Focus VRM AB12").
    m = re.search(r"\s+\S*\d", text[s:e])
    if m:
        e = s + m.start()
    if label == "PERSON":
        # Relationship words before a name ("Mum Karen") are not part of it.
        while True:
            m = re.match(r"([A-Za-z]+)\s+(?=[A-Za-z])", text[s:e])
            if m and (m.group(1).lower() in lex.cues or lex.not_a_name_word(m.group(1)) or is_role_word(m.group(1), lex)):
                s += m.end()
                continue
            break
        # Markers written after a name end it ("SMITH John DOB", "Kyle Jones AKA", "D O B").
        m = _NAME_END.search(text, s, e)
        if m and m.start() > s:
            e = m.start()
    else:
        # Places and organisations: lower-case descriptors stay outside ("Orchard Park estate"),
        # and "Hessle Road, Hull" is a street and a town, two mentions.
        m = re.search(r",\s", text[s:e])
        if m:
            e = s + m.start()
        while True:
            m = re.search(r"\s+[a-z][a-z\-]*$", text[s:e])
            if not m or m.start() == 0:
                break
            e = s + m.start()
    span = text[s:e]
    m = _TRAIL_POSS.search(span)
    if m and label == "PERSON":
        e = s + m.start()
    while e > s and not (text[e - 1].isalnum() or text[e - 1] in ")"):
        e -= 1
    while s < e and not text[s].isalnum():
        s += 1
    if e - s < 2:
        return None
    return s, e


def _classify_model(text: str, label: str, lex: Lexicon) -> str | None:
    """Final type for a model entity after the police-text filters, or None to drop it."""
    typ = _LABELS.get(label)
    if typ is None or is_noise_text(text, lex):
        return None
    if any(c in text for c in "()\"=<>[]{}") or "://" in text:
        return None  # formula or markup debris ('HYPERLINK("http://...'), not an entity
    if typ == "ORGANISATION" and (_GENERIC_SERVICE.search(text) or is_generic_service(text)):
        return None  # generic services and police units are not organisations (guidelines)
    words = text.split()
    lows = [w.lower().strip(".,'") for w in words]
    if lows[0] in lex.vehicle_makes or (len(lows) == 1 and lows[0] in lex.vehicle_models):
        return None
    if is_known_place(text):
        return "LOCATION"
    if typ != "PERSON" and len(words) == 1 and (lows[0] in NATIONALITY_WORDS or lows[0] in SHORT_NATIONALITIES):
        return None  # "a viet man came in": a people, not a body or place
    if typ != "PERSON" and len(words) == 1 and lows[0] in lex.forenames and lows[0] not in lex.lower_ambiguous \
            and model_person_ok(text, lex):
        return "PERSON"  # "Shannon found safe": a lone known forename the model took for a place
    last = lows[-1]
    if len(words) >= 2 and words[-1][:1].isupper():
        if last in lex.street_suffixes or last in lex.place_suffixes:
            return "LOCATION"
        if last in lex.org_suffixes:
            return "ORGANISATION"
    if typ == "PERSON":
        if any(ch.isdigit() for ch in text) or text.islower() or not model_person_ok(text, lex):
            return None
        if len(words) >= 2 and is_known_place(words[0]) and lows[0] not in lex.forenames:
            # "Manchester United", "Leicester Tigers": a town's team or body, not a person.
            return "ORGANISATION" if lows[-1] in TEAM_WORDS else None
        if len(words) == 1 and (lex.not_a_name_word(lows[0]) or lows[0] in lex.slang):
            return None
        if len(words) == 1 and (last in lex.org_suffixes or last in lex.place_suffixes or last in lex.street_suffixes):
            return None  # "Licence" cut from "Off Licence": a business word, not a name
        if all(lex.not_a_name_word(w) for w in lows):
            return None
        if lows[0] in lex.ranks:
            return None
        if any(w in lex.noise for w in lows):
            return None  # "Proactive CID", "Missing Team": a unit, not a person
        return typ
    if len(words) == 1 and text.isupper() and text not in lex.known_orgs:
        return None  # shouted acronym ("OCG", "HMO"): jargon, not a body the analyst tracks
    if all(lex.not_a_name_word(w) for w in lows):
        return None
    return typ


_LETTER = re.compile(r"[^\W\d_]")
_KNOWN_ORGS_LOWER: dict[int, frozenset[str]] = {}


def _plain_noun(low: str, lex: Lexicon) -> bool:
    """A dictionary word no list knows as a body or a name."""
    known = _KNOWN_ORGS_LOWER.get(id(lex))
    if known is None:
        known = _KNOWN_ORGS_LOWER[id(lex)] = frozenset(k.lower() for k in lex.known_orgs)
    return (_dictionary_word(low) and low not in known and low not in lex.forenames and low not in lex.surnames
            and low not in WORD_SURNAMES)


_OPENS_AFTER = re.compile(r"(?:\A|[.!?:;\n\u2014\-][\s\"'(]*)\Z")


def _opener_noun(text: str, s: int, span: str, lex: Lexicon) -> bool:
    """A lone capitalised dictionary word opening a sentence, line or labelled field
    ("Update: Graffiti tags...", "INTELLIGENCE: Fraud report: ..."): capitalised only by its
    position, so the model's PERSON guess has no evidence. Known forenames and common surnames
    keep it ("Baker said ..." stays a name when the lists know it)."""
    if " " in span or not span[:1].isupper() or span.isupper():
        return False
    low = span.lower()
    if low in lex.forenames or low in lex.surnames or not _OPENS_AFTER.search(text[max(0, s - 6) : s]):
        return False
    return _dictionary_word(low)


#: An e-mail's greeting line ("Hi Sarge,", "Morning Kate,") and its sign-off ("Cheers\nJo",
#: "Many thanks,\nHannah", or after the last sentence on its line: "...in custody? Thanks, Hannah"):
#: the writer and the reader are staff in role, not subjects (guidelines).
_GREETING = re.compile(r"(?i:(?:^|\n)[ \t]*(?:hi|hello|hey|hiya|dear|morning|afternoon|evening|good\s+(?:morning|afternoon|evening))[ \t]+)\Z")
_SIGN_OFF = re.compile(
    r"(?i:(?:^|\n|[.!?][ \t]+)[ \t]*(?:thanks|thank\s+you|many\s+thanks|cheers|regards|kind\s+regards|best\s+regards|best\s+wishes"
    r"|best|ta|speak\s+soon|all\s+the\s+best|yours\s+sincerely|sincerely|rgds|thx)[ \t]*,?[ \t]*\n?[ \t]*)\Z"
)
#: ... with the writer's role or team in brackets allowed ("Thx, Dawn (Analyst, Cleveland)"); no
#: digits there, so "Kyle (15)" is not a role.
_LINE_END = re.compile(r"[ \t]*[,!.]?[ \t]*(?:\([^()\n\d]{2,40}\)[ \t]*)?(?:\n|\Z)")
_GREETING_WORD = re.compile(r"(?i:(?:hi|hello|hey|hiya|dear)[ \t]+)(?=\S)")
#: A greeting line may run straight on after a dash: "Hi Kate - quick handover for the ... job".
_GREETING_DASH = re.compile(r"[ \t]+[-\u2013][ \t]")


def _salutation(text: str, f: Found) -> bool:
    """A name alone on an e-mail's greeting line or straight after its sign-off (or a model span
    that took the greeting in: "Hi Kate")."""
    if _GREETING_WORD.match(f.text) and (_LINE_END.match(text, f.end) or _GREETING_DASH.match(text, f.end)) and _opens_line(text, f.start):
        return True
    if not _LINE_END.match(text, f.end):
        return False
    lo = max(0, f.start - 30)
    return bool(_GREETING.search(text, lo, f.start) or _SIGN_OFF.search(text, lo, f.start))


def _opens_line(text: str, pos: int) -> bool:
    return pos == 0 or not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


_LETTER_WORD = re.compile(r"[A-Za-z]{2,}")


def _typed_in_lower_case(text: str) -> bool:
    """A note typed (almost) all in lower case, where names come back in lower case too."""
    words = _LETTER_WORD.findall(text)
    return len(words) >= 8 and sum(w.islower() for w in words) >= 0.85 * len(words)


#: A family named as a group ("the ARMSTRONG family", "the Kellys' household", "the Iqbal boys",
#: "the ROWLANDS lads"): the guideline leaves groups out, and the person rules already do. A
#: possessive before "boys" or "lads" names one person's crew ("JB's boys"), so it stays a person.
_GROUP_AFTER = re.compile(
    r"(?:(?:['\u2019]s?)?[ \t]+(?i:family|families|household|clan)|[ \t]+(?i:brothers|sisters|boys|lads|kids|girls|twins))\b")


def _split_at_plus(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A model span across " + " names two things a note listed ("The Pumphouse + Flares ok"):
    each part stands on its own."""
    out = []
    for s, e, label in ents:
        if " + " not in text[s:e]:
            out.append((s, e, label))
            continue
        for m in re.finditer(r"[^+]+", text[s:e]):
            out.append((s + m.start(), s + m.end(), label))
    return out


def _model_found(text: str, ents: list[tuple[int, int, str]], lex: Lexicon) -> list[Found]:
    out = []
    if "+" in text:
        ents = _split_at_plus(text, ents)
    for s, e, label in ents:
        if label not in _LABELS:
            continue
        cleaned = _clean_model_span(text, s, e, _LABELS[label], lex)
        if cleaned is None:
            continue
        s, e = cleaned
        span = text[s:e]
        before = text[max(0, s - 20) : s].split()
        if before and before[-1].lower() in lex.vehicle_makes:
            continue  # "Skoda Octavia": the model guessed at a car model
        typ = _classify_model(span, label, lex)
        if typ is None:
            continue
        if typ == "PERSON" and _opener_noun(text, s, span, lex):
            continue
        if typ == "PERSON" and " " not in span and _GROUP_AFTER.match(text, e):
            continue  # "the ARMSTRONG family": a family named as a group is not a person (guidelines)
        if typ == "ORGANISATION" and " " not in span and before and before[-1] in ("in", "near", "around"):
            typ = "LOCATION"  # "mopeds in Eastfield": a district the model took for a body
        attrs: dict[str, object] = {}
        key = clean_key(span)
        if typ == "PERSON":
            words = span.replace(",", " ").split()
            attrs = person_attrs_from_name(words, lex)
            a = nick_adjective_start(text, s, lex) if len(words) == 1 else None
            if a is not None:  # "scouse Dave", "Big KYLE": the span takes the adjective, as the rules' do
                s, span = a, text[a:e]
        out.append(Found(typ, s, e, span, key, "model", attrs))
    return out


# --------------------------------------------------------------------------- merge


def _resolve(identifiers: list[Found], persons: list[Found], others: list[Found]) -> list[Found]:
    """Identifiers beat everything, rule persons beat the rest, then the longest span (rule on ties)."""
    ranked: list[tuple[tuple[int, int, int, int], Found]] = []
    for f in identifiers:
        ranked.append(((0, -(f.end - f.start), 0, f.start), f))
    for f in persons:
        ranked.append(((1, -(f.end - f.start), 0, f.start), f))
    for f in others:
        ranked.append(((2, -(f.end - f.start), 0 if f.method == "rule" else 1, f.start), f))
    ranked.sort(key=lambda x: x[0])
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for _, f in ranked:
        if f.end <= f.start or _overlaps(f.start, f.end, taken):
            continue
        chosen.append(f)
        taken.append((f.start, f.end))
    chosen.sort(key=lambda f: (f.start, f.end))
    return chosen


def _link_short_names(found: list[Found], lex: Lexicon) -> list[Found]:
    """A model's bare "Smith" or "Kyle" takes the key of the full name it refers to in this text."""
    full = [f for f in found if f.type == "PERSON" and f.method == "rule" and " " in f.key]
    if not full:
        return found
    by_part: dict[str, set[str]] = {}
    for f in full:
        parts = f.key.split()
        for p in (parts[0], parts[-1]):
            by_part.setdefault(p, set()).add(f.key)
    out = []
    for f in found:
        if f.type == "PERSON" and f.method == "model" and " " not in f.key:
            keys = by_part.get(f.key, set())
            if len(keys) == 1:
                f = Found(f.type, f.start, f.end, f.text, next(iter(keys)), f.method, {**f.attrs, "refers_to": True})
        out.append(f)
    return out


def _whole_words(text: str, f: Found) -> bool:
    """Names, bodies and places start and end on word boundaries ("Known as|sociates" is a bug)."""
    s, e = f.start, f.end
    return not (
        (s > 0 and text[s - 1].isalnum() and text[s].isalnum())
        or (e < len(text) and text[e].isalnum() and text[e - 1].isalnum())
    )


def _owner_word(text: str, f: Found, orgs: list[Found]) -> bool:
    """A one-word name that opens a longer business name ("Sandhu Off Licence", "Kaya's
    Barbers") is that business, not a person mentioned beside it."""
    if " " in f.text:
        return False
    for o in orgs:
        if o.start == f.start and o.end > f.end:
            rest = text[f.end : o.end]
            if len(o.text.split()) >= 3 or rest.startswith(("'s", "\u2019s")):
                return True
    return False


def _layer(first: list[Found], second: list[Found], taken: list[tuple[int, int]] | None = None) -> list[Found]:
    """``first``, then whatever of ``second`` overlaps neither it nor ``taken``."""
    spans = list(taken or [])
    out = [f for f in first if not _overlaps(f.start, f.end, spans)]
    spans += [(f.start, f.end) for f in out]
    return out + [f for f in second if not _overlaps(f.start, f.end, spans)]


def _longest(found: list[Found]) -> list[Found]:
    """The longest of overlapping mentions, the earlier listed on ties (stable sort)."""
    out: list[Found] = []
    spans: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: f.start - f.end):
        if not _overlaps(f.start, f.end, spans):
            out.append(f)
            spans.append((f.start, f.end))
    return sorted(out, key=lambda f: (f.start, f.end))


def _uncased_words(view: str, f: Found, lex: Lexicon) -> bool:
    """A person read in the view made only of plural nouns the view kept lower case or of
    interjections ("no named perpetrators", "Caller: Yeah"): the rules' guess, not a name."""
    words = re.findall(r"[^\W\d_]+", view[f.start : f.end])
    return bool(words) and all((w.islower() and plural_noun(w, lex)) or w.lower() in _INTERJECTIONS for w in words)


def _heading_pair(view: str, f: Found, lex: Lexicon) -> bool:
    """A heading of a case-less record that the view cased like 'Forename SURNAME' ("ROAD STOP
    12/03/25" -> "Road STOP", "CUSTODY RECORD", "STOP SEARCH", "WARRANT EXECUTION"): every word
    an everyday English word and none a known forename or surname, so nothing names a person."""
    words = re.findall(r"[^\W\d_]+", view[f.start : f.end])
    if len(words) < 2 or (f.start > 0 and view[f.start - 1] in "\"'\u201c\u2018"):
        return False  # a nickname in quotes may be any words ("BIG MAN")
    for w in words:
        low = w.lower()
        if low in lex.forenames or low in lex.surnames or low in WORD_SURNAMES or not everyday_word(low, lex, nouns=True):
            return False
    return True


def _named_extensions(view: str, written: list[Found], shouted: bool, lex: Lexicon) -> list[Found]:
    """Persons the rules read in the case-less text as written, less those the view shows to
    run over everyday English ("JAYDEN SAID", "DONNA PRESENT", "MOTHER'S PARTNER" -> "S
    PARTNER"): a word the view keeps lower case that is a verb, adjective or lexicon word; in
    shouted text also a span the view keeps wholly lower case in English words ("PERPETRATORS").
    A nickname in quotes is kept whole ("big mike")."""
    out = []
    for f in written:
        quoted = f.start > 0 and f.end < len(view) and view[f.start - 1] in "\"\u201c" and view[f.end] in "\"\u201d"
        if f.start > 0 and view[f.start - 1] in "'\u2019" and view[f.start] in "sS" and not view[f.start + 1 : f.start + 2].isalpha():
            continue  # "STOCKWELL'S CELLMATE": the possessive's S opens no name
        if not quoted:
            words = re.findall(r"[^\W\d_]+", view[f.start : f.end])
            if any(w.islower() and everyday_word(w, lex) for w in words) and not _surname_by_context(view, f, words, lex):
                continue
            if shouted and words and all(w.islower() and (len(w) < 2 or everyday_word(w, lex, nouns=True)) for w in words):
                continue
        out.append(f)
    return out


#: After a lower-case "forename word" pair, what shows the word closed a name: an age or DOB in
#: brackets, an age after a comma, or a finite verb ("jason north stopped", "ashley brooks (f, 22)").
_NAME_CLOSED_AFTER = re.compile(r"[ \t]*(?:\(|,?[ \t]*\d{1,2}\b|[ \t]+([a-z]+)\b)")


def _surname_by_context(view: str, f: Found, words: list[str], lex: Lexicon) -> bool:
    """A known forename (which the view capitalised) then an English word the view left lower case,
    the word no verb form or adverb, and the pair closed by an age or a finite verb: in hasty
    notes people are named "jason north stopped on a bike", "danielle foster present" reads the
    same way as "Danielle Foster". "JAYDEN SAID" (the verb itself) and "DONNA PRESENT." stay out."""
    if len(words) != 2 or not words[0][:1].isupper() or not words[1].islower() or not (f.text.islower() or f.text.isupper()):
        return False
    w = words[1]
    if len(w) < 3 or w in lex.stop or w.endswith(("ing", "ly")) or w in _HASTY_NOT_SURNAMES:
        return False
    if _AGE_AFTER.match(view, f.end):
        return True  # "toby grimes (27, ...)", "jermaine brown, 27": an age closes a name
    if w.endswith("ed") or finite_verb(w):
        return False
    m = _NAME_CLOSED_AFTER.match(view, f.end)
    nxt = m.group(1) if m else None
    if w in WORD_SURNAMES and (m is None or nxt is None or nxt in lex.stop or finite_verb(nxt)):
        return True  # "jermaine brown from nottingham" (not "kyle brown jacket")
    if m is None:
        return False
    return nxt is None or (finite_verb(nxt) and nxt not in lex.stop - _AUX_AFTER_NAME) or nxt in _AUX_AFTER_NAME


_AGE_AFTER = re.compile(r"[ \t]*(?:\([ \t]*\d{1,2}\b|,[ \t]*\d{1,2}[ \t]*(?:,|\)|yrs?|yo|years|$))")


_AUX_AFTER_NAME = frozenset("is was has had says said present".split())
_HASTY_NOT_SURNAMES = frozenset("present there here home back out away again too also well".split())


def _g_dropped(word: str, lex: Lexicon) -> bool:
    """A verb typed without its final g ("bringin", "pushin", "sellin"), never a name."""
    low = word.lower()
    return (len(low) >= 5 and low.endswith("in") and low not in lex.forenames and low not in lex.surnames
            and _dictionary_word(low + "g"))


def _without_verb_tail(view: str, f: Found, lex: Lexicon) -> Found:
    """A two-word person read in case-less text whose second word is a verb of the note, a
    contraction or chat spelling ("harjit thinks", "cerys didn't"): the forename alone."""
    words = f.text.split()
    if len(words) != 2 or not (not_a_surname_after(words[1]) or _g_dropped(words[1], lex)):
        return f
    end = f.start + len(words[0])
    if view[f.start:end].lower() != words[0].lower():
        return f
    return Found(f.type, f.start, end, view[f.start:end], clean_key(view[f.start:end]), f.method,
                 {k: v for k, v in f.attrs.items() if k not in ("surname",)})


_LEADING_WORD = re.compile(r"([^\W\d_][^\W\d_'\u2019\-]*) +(?=[^\W\d_])")


def _without_person_noun(view: str, f: Found) -> Found:
    """A person read in the view that opens with a person noun the view left in lower or title
    case ("Occupant Stuart MCKENZIE", "Agent Imran HUSSAIN" at a sentence start): the noun is
    the writer's label for the person, not part of the name. A noun in capitals ("FARMER, John")
    is a surname and stays."""
    m = _LEADING_WORD.match(view, f.start, f.end)
    if not m or m.group(1).isupper() or m.group(1).lower() not in PERSON_NOUNS:
        return f
    start = m.end()
    return Found(f.type, start, f.end, view[start : f.end], clean_key(view[start : f.end]), f.method, f.attrs)


#: Scanned forms read back by OCR double every gap between words and set punctuation apart
#: ("Name  of  person :  DALEY ,  Shona"). A blank before a comma or colon, or a run of lower-case
#: words each two blanks apart, is OCR's mark; a pasted table's cells are single-spaced words.
_OCR_PUNCT = re.compile(r"\w[ ]{1,3}[,:;](?=[ ]{1,3}\S)")
_OCR_PROSE = re.compile(r"\b[a-z]{2,}[ ]{2,3}(?=[a-z]{2,}[ ]{2,3}[a-z]{2,}\b)")
_OCR_SQUEEZE = re.compile(r"(?<=\S)[ ]{2,3}(?=\S)|(?<=\w)[ ]{1,3}(?=[,:;.)](?:\s|\Z))|(?<=\()[ ]{1,3}")


def _ocr_spaced(text: str) -> bool:
    """A scanned form with OCR spacing (see ``_OCR_PUNCT``): at least three such marks."""
    if "  " not in text or "\t" in text:
        return False
    return len(_OCR_PUNCT.findall(text)) + len(_OCR_PROSE.findall(text)) >= 3


def _squeezed(text: str) -> tuple[str, list[int]]:
    """The OCR-spaced text with its gaps closed ("DALEY, Shona") and, for every character of it,
    its offset in the text as written: name rules read the usual spacing, spans map back whole."""
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _OCR_SQUEEZE.finditer(text):
        parts.append(text[pos : m.start()])
        where.extend(range(pos, m.start()))
        if m.group(0) and m.group(0)[0] == " " and len(m.group(0)) >= 2 and text[m.end() : m.end() + 1] not in ",:;.)":
            parts.append(" ")
            where.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(parts), where


def _find_persons_read(text: str, blocked: list[tuple[int, int]], lex: Lexicon) -> list[Found]:
    """``find_persons``, reading an OCR-spaced form with its gaps closed and mapping spans back
    (kept as written, inner blanks and all: "Mohammed  IQBAL")."""
    if not _ocr_spaced(text):
        return find_persons(text, blocked, lex)
    squeezed, where = _squeezed(text)
    if not squeezed:
        return find_persons(text, blocked, lex)
    out = []
    for f in find_persons(squeezed, blocked_spans(squeezed), lex):
        s, e = where[f.start], where[f.end - 1] + 1
        if any(bs < e and s < be for bs, be in blocked):
            continue
        out.append(Found(f.type, s, e, text[s:e], f.key, f.method, f.attrs))
    return out


class _Prepared:
    """One text after the cheap regex layers, waiting for the model's entities on its chunks."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.original = text
        self.identifiers = [f for f in find_identifiers_safe(text) if f.type in _IDENTIFIER_TYPES]
        # Case-less text: rules and model read a truecased view with the same offsets. Persons:
        # the longest of the view's reading (police SURNAME convention re-created) and the rules'
        # reading as written (tuned for hasty notes), unless the view shows it runs over everyday
        # words ("JAYDEN SAID"); a person inside a site the view closed with a designator
        # or a known multi-word place ("George Street", "Kelvin Hall School") is that site.
        view = truecase(text, lex)
        blocked = blocked_spans(text)
        id_spans = [(f.start, f.end) for f in self.identifiers]
        persons = [f for f in _find_persons_read(text, blocked, lex) if not _overlaps(f.start, f.end, id_spans)]
        others = find_orgs_places(text, blocked, lex)
        if view is not None:
            blocked = blocked + blocked_spans(view)
            viewed = [f for f in find_persons(view, blocked, lex) if not _overlaps(f.start, f.end, id_spans)]
            shouted = text_case(text) == "upper"
            viewed = [f for f in viewed if not _uncased_words(view, f, lex) and not _heading_pair(view, f, lex)]
            persons = _longest([_without_verb_tail(view, _without_person_noun(view, f), lex)
                                for f in viewed + _named_extensions(view, persons, shouted, lex)])
            sites = find_orgs_places(view, blocked, lex)
            closed = [
                (f.start, f.end)
                for f in sites
                if f.method == "rule"
                and (site_designator(f.text.split()[-1]) or (" " in f.text and is_known_place(f.text)))
                and not person_cue_after(view, f.end)  # "Ashley Dean WARD (dob ...)" is a person
            ]
            persons = [f for f in persons if not any(s <= f.start and f.end <= e for s, e in closed)]
            # Bodies as written first (those rules read case-less text themselves), places from
            # the view first (gazetteer casing and designator-closed streets are its strength).
            taken = [(f.start, f.end) for f in persons]
            layers = (
                [f for f in others if f.type == "ORGANISATION"],
                [f for f in sites if f.type != "ORGANISATION"],
                [f for f in others if f.type != "ORGANISATION"],
                [f for f in sites if f.type == "ORGANISATION"],
            )
            others = []
            for layer in layers:
                others = _layer(others, layer, taken)
            # The view capitalises a heading's noun ("05:58 FIREARMS WARRANT" -> "Firearms"): the
            # first word of its line, alone and no known place or body, it names nothing.
            others = [f for f in others if " " in f.text or _LETTER.search(view, view.rfind("\n", 0, f.start) + 1, f.start)
                      or is_known_place(f.text) or not _plain_noun(f.text.lower(), lex)]
            text = view
        self.persons = persons
        self.text = text
        # A "?" place after a place word ("missing in Barry") beats a lone forename rule there.
        cued = {(f.start, f.end) for f in others if f.attrs.get("cued")}
        if cued:
            others = [Found(f.type, f.start, f.end, f.text, f.key, f.method) if f.attrs.get("cued") else f for f in others]
            self.persons = [f for f in self.persons if not _overlaps(f.start, f.end, cued)]
        self.others = others
        covered = id_spans + blocked + [(f.start, f.end) for f in self.persons + self.others]
        self.blocked = blocked
        self.chunks = _model_chunks(text, covered, lex)

    def finish(self, ents: list[tuple[int, int, str]], lex: Lexicon) -> list[Found]:
        model = [f for f in _model_found(self.text, ents, lex) if not _overlaps(f.start, f.end, self.blocked)
                 and not (f.type == "PERSON" and (names_a_group(self.text, f.start, f.end)
                                                  or business_named(self.text, f.start, f.end, lex)
                                                  or staff_in_role(self.text, f.start, f.end)
                                                  or self.original[f.start:f.end] in LOWER_PROCESS_WORDS))]
        t = self.text
        others = [f for f in self.others + model if _whole_words(t, f)]
        orgs = [f for f in self.others if f.type == "ORGANISATION" and f.method == "rule"]
        # A legal form never closes a person's name: a name inside "Al Noor Exchange LLC" is the firm's.
        legal = [(o.start, o.end) for o in orgs if _LEGAL_GATE.search(o.text)]
        persons = [f for f in self.persons if _whole_words(t, f) and not _owner_word(t, f, orgs)
                   and not any(s <= f.start and f.end <= e for s, e in legal)]
        merged = _link_short_names(_resolve(self.identifiers, persons, others), lex)
        lower_ok = _typed_in_lower_case(self.original)
        later = refer_back(t, merged, lex, lower_ok)  # "Zoltan Farkas ... Farkas houses the workers"
        if later:
            merged = sorted(merged + later, key=lambda f: (f.start, f.end))
        merged = [f for f in merged if f.type != "PERSON" or not _salutation(t, f)]
        merged = [_without_label_head(t, f, lex) if f.type == "PERSON" and " " in f.text else f for f in merged]
        if text_case(self.original) != "upper":  # a shouted text's view guesses its capitals
            merged = _surname_first(t, merged, lex)
            merged = _places_not_persons(t, merged, lex)
            merged = _shouted_heading_words(t, merged, lex)
            merged = _lone_word_surnames(t, merged, lex, self.blocked)
            merged = _surname_takes_given(t, merged, lex)
            merged = _initial_joins(t, merged)
            merged = _forename_initial(t, self.original, merged, lex)
            merged = _verb_heads(t, merged, lex)
            merged = _forename_takes_surname(t, merged, lex)
        merged = _makers_not_persons(t, merged)
        merged = [f for f in merged if f.type not in _VEHICLE_NAMED or not _vehicle_words(f, lex)]
        merged = _split_place_pairs(t, merged, lex)
        merged = _split_and_lists(t, merged, lex)
        merged = _without_shorthand(t, self.original, merged)
        merged = _counties(t, self.original, merged)
        merged = _pnc_names(t, self.original, merged, lex)
        merged = [f for f in merged if not _force_area_named(self.original, f)
                  and not (f.type == "LOCATION" and _NATIONALITY_FIELD.search(self.original, max(0, f.start - 16), f.start))]
        merged = _venues_not_persons(merged)
        merged = [_with_capital_the(t, f) if f.type == "ORGANISATION" and f.method == "model" else f for f in merged]
        merged = _trading_names(t, merged, lex)
        merged = _street_names_before(t, merged, lex)
        merged = [f for f in merged if f.type != "PERSON" or not (_deal_line(t, f) or _process_heading(f, lex))]
        merged = [_without_thing_tail(self.original, f, lex) if f.type == "PERSON" and " " in f.text else f for f in merged]
        # "Pt states ...", "RP wants a call back": the writer's shorthand for a role, alone.
        merged = [f for f in merged if f.type != "PERSON" or _POSSESSIVE_END.sub("", f.text).lower() not in _LABEL_ABBREVIATIONS
                  and not _IDENTIFIED_HEAD.fullmatch(f.text + " ")]
        if t is self.original:
            return merged
        o = self.original  # report spans in the text as written
        return [f if f.text == o[f.start : f.end] else Found(f.type, f.start, f.end, o[f.start : f.end], f.key, f.method, f.attrs) for f in merged]


_NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_'\u2019\-]*")
#: Police shorthand written before a name ("RP Lucy WRIGHT", "Pt Imran Hussain", "Poss KHAN"):
#: reporting person, patient, possibly, injured party, suspect, victim, witness, next of kin.
_LABEL_ABBREVIATIONS = frozenset("rp pt pv rk poss prob ip ic sus susp vic wit nok occ approx re ref fyi asap nb aka nfa incl "
                                 "dvr drvr psgr rhi".split())  # driver, passenger, return home interview
#: Parts people play in fraud and drug supply, written before the name ("Mule OKAFOR interviewed").
_CRIME_ROLES = frozenset("mule mules handler handlers recruiter recruiters groomer".split())
#: "ID'd Callum REID from bodycam", "Seller ID'd via Snap": the note's verb (identified), never a name.
_IDENTIFIED_HEAD = re.compile(r"(?i:id['\u2019]?d)[ \t]+")
_POSSESSIVE_END = re.compile(r"['\u2019]s?\Z")


def _without_label_head(t: str, f: Found, lex: Lexicon) -> Found:
    """A person span that opens with the writer's word rather than a name: a label or role
    ("Parent Alin GHEORGHE", "Occupants CLARKE", "Mule OKAFOR"), police shorthand ("RP Lucy",
    "Pt Imran Hussain", "Poss WOZNIAK"), a nationality ("Welsh JONES") or the note's verb
    ("Gives Rash's number"). Dropped only when what is left is itself name-shaped: a known
    forename or a SURNAME in capitals, or (after a verb opening the sentence) a capitalised word."""
    idd = _IDENTIFIED_HEAD.match(t, f.start, f.end)
    if idd and idd.end() < f.end:
        return Found(f.type, idd.end(), f.end, t[idd.end():f.end], clean_key(t[idd.end():f.end]), f.method, f.attrs)
    m = _NAME_TOKEN.match(t, f.start, f.end)
    if not m or m.end() >= f.end or t[m.end()] != " ":
        return f
    head = m.group(0)
    low = head.lower()
    if len(head) < 2 or low in forename_words(lex) or not (head[0].isupper() or low in _LABEL_ABBREVIATIONS) \
            or head.isupper() and low not in _LABEL_ABBREVIATIONS and not is_role_word(head, lex):
        return f
    rest = _NAME_TOKEN.match(t, m.end() + 1, f.end)
    if not rest:
        return f
    nxt = rest.group(0)
    shaped = nxt.lower() in lex.forenames or (nxt.isupper() and len(nxt) > 1 and not t[f.start:f.end].isupper())
    labelled = (low in _LABEL_ABBREVIATIONS or is_role_word(head, lex) or low in PERSON_NOUNS or low in _CRIME_ROLES
                or low.endswith("s") and low[:-1] in PERSON_NOUNS or low in lex.nominal_labels or low in nationalities())
    verb_opening = head[:1].isupper() and low.endswith("s") and finite_verb(low) and _opens_sentence(t, f.start) and nxt[:1].isupper()
    if not (labelled and shaped) and not verb_opening:
        return f
    start = rest.start()
    return Found(f.type, start, f.end, t[start:f.end], clean_key(t[start:f.end]), f.method, f.attrs)


_CAPS_WORD = re.compile(r"[A-Z][A-Z'\-]*[A-Z]")
#: A SURNAME in capitals, Scots and Irish ones with their lower-case prefix ("McCARTHY", "MacLEOD").
_CAPS_SURNAME = re.compile(r"(?:Mc|Mac)?[A-Z][A-Z'\-]*[A-Z]")
_TITLE_AFTER = re.compile(r" ([A-Z][a-z]+)(?=['\u2019]s\b|[^\w'\u2019\-]|\Z)")
#: The forename after a SURNAME that closes the name: after a comma ("KEANE, Aidan - 41"), in
#: lower case ("WARSAME abdi - V Cars") or as an initial ("STONES J - search of address").
_FORENAME_CLOSING = re.compile(r"(,?) ([A-Z][a-z]+|[a-z][a-z'\-]+|[A-Z])(?=[ \t]*(?:$|\n|[(),.;:/]|[\-\u2013\u2014][ \t]|\d))", re.M)
_VOWELS = re.compile(r"[AEIOUY]")


def _surname_word(word: str, lex: Lexicon) -> bool:
    """A word in capitals that can be a SURNAME written before the forename ("HOXHA Ardit",
    "ZHANG Mei"): no acronym without a vowel ("RP", "DWP"), no label, rank or known body or place,
    and no everyday English word unless it is also a frequent surname ("WHITE Barbara")."""
    low = word.lower()
    if len(word) < 2 or not _VOWELS.search(word) or low in _LABEL_ABBREVIATIONS or is_role_word(word, lex):
        return False
    if low in lex.ranks or low in lex.titles or low in lex.stop or low in lex.noise or low in lex.org_words \
            or low in lex.place_words or low in lex.nominal_labels or low in PERSON_NOUNS:
        return False
    return low in WORD_SURNAMES or low in lex.surnames or not _dictionary_word(low) and not finite_verb(low)


def _surname_first(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """Police lists write the SURNAME first ("Customers: QUINN Thomas", "Owner ZHANG Mei",
    "LI Wei (DOB 1985)"): a surname in capitals and the forename after it are one person, where
    the rules read only one half (or each half apart)."""
    persons = {f.start: f for f in found if f.type == "PERSON"}
    taken = sorted((f.start, f.end) for f in found)
    drop: set[int] = set()
    out: list[Found] = []
    for f in found:
        if f.type == "PERSON" and f.start in drop:
            continue
        if f.type != "PERSON":
            out.append(f)
            continue
        new = f
        if _CAPS_SURNAME.fullmatch(f.text) and _surname_word(f.text, lex):
            m = _TITLE_AFTER.match(t, f.end)
            g = None if m else _FORENAME_CLOSING.match(t, f.end)
            if g is not None and not _overlaps(g.start(2), g.end(2), taken):
                given = g.group(2)
                low = given.lower()
                if (len(given) == 1 and given not in "IAV") or (
                        len(given) > 1 and low in forename_words(lex) and low not in lex.lower_ambiguous
                        and (given[0].isupper() or not everyday_word(low, lex))):
                    new = Found("PERSON", f.start, g.end(2), t[f.start:g.end(2)], clean_key(t[f.start:g.end(2)]), f.method, f.attrs)
            nxt_caps = None if m or g else _CAPS_AFTER.match(t, f.end)
            if nxt_caps is not None:  # "ARREST - BECKFORD TYRONE 03/04/1996": each half read apart
                other = persons.get(nxt_caps.start(1))
                if other is not None and other.end == nxt_caps.end(1) and (
                        other.text.lower() in forename_words(lex) or f.text.lower() in forename_words(lex)):
                    drop.add(other.start)
                    e = other.end
                    new = Found("PERSON", f.start, e, t[f.start:e], clean_key(t[f.start:e]), f.method, f.attrs)
            if m:
                nxt = persons.get(m.start(1))
                if nxt is not None and nxt.end == m.end(1):
                    drop.add(nxt.start)
                    new = Found("PERSON", f.start, m.end(1), t[f.start:m.end(1)], clean_key(t[f.start:m.end(1)]), f.method, f.attrs)
                elif m.group(1).lower() in forename_words(lex) and not _overlaps(m.start(1), m.end(1), taken) \
                        and not t[m.end(1) + 1 : m.end(1) + 2].isupper():
                    new = Found("PERSON", f.start, m.end(1), t[f.start:m.end(1)], clean_key(t[f.start:m.end(1)]), f.method, f.attrs)
        elif f.text[:1].isupper() and not f.text.isupper() and f.start >= 3 and t[f.start - 1] == " ":
            k = f.start - 1
            j = k
            while j > 0 and (t[j - 1].isalpha() or t[j - 1] in "'-"):
                j -= 1
            cap = t[j:k]
            first = f.text.split()[0].lower()
            if _CAPS_WORD.fullmatch(cap) and (j == 0 or not t[j - 1].isalnum()) and _surname_word(cap, lex) \
                    and (first in forename_words(lex) and first not in VIET_MIDDLE) != (" " in f.text) \
                    and not _CAPS_WORD.search(f.text):
                before = persons.get(j)
                if before is not None and before.end == k:
                    out = [g for g in out if g.start != j]
                elif _overlaps(j, k, taken) or (j >= 2 and _CAPS_WORD.fullmatch(t[max(0, j - 20):j - 1].split()[-1] if t[max(0, j - 20):j - 1].split() else "")):
                    out.append(f)
                    continue
                new = Found("PERSON", j, f.end, t[j:f.end], clean_key(t[j:f.end]), f.method, f.attrs)
        out.append(new)
    return out


#: Words that put a place after them and hardly ever a person ("near Lastingham", "around
#: Llansilin", "heading towards Ysbyty Ifan"); "at", "from" and "to" take people as often.
_PLACE_BEFORE = re.compile(r"(?:\b(?:near|nr|around|towards|toward|outskirts of|village of|hamlet of|parish of)[ \t]+)\Z", re.I)
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\.?[ \t]+\Z")
#: A list of places opened by a place word, up to the next item ("around Cerrigydrudion and ",
#: "near Llanfihangel, Bwlchgwyn and "): an unknown word in that slot is one more place.
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?i:near|nr|around|towards|toward|in|across|between|outskirts of|villages of)[ \t]+"
    r"(?P<items>[A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+){0,2}(?:,[ \t]*[A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+){0,2}){0,4})"
    r"(?:,?[ \t]+(?:and|or|&)|,)[ \t]+\Z"
)
#: Gaps between items of a list ("Turkey, Jordan and Egypt").
_LIST_JOIN = re.compile(r"(?:,|,? (?:and|or|&)) ")
#: What follows the last or a middle item of a list of places ("... and Turkey via an MSB",
#: "..., Jordan and Egypt"); a possessive or a verb shows a person ("Stockport, Lan find him").
_PLACE_ITEM_CLOSES = re.compile(
    r"[ \t]*(?:$|[.,;:)\n]|[\-\u2013][ \t]|(?i:and|or|&|via|over|in|on|at|for|last|this|twice|since|from|during|until|to|by|with)\b)",
    re.M,
)
#: Words before a list of countries or towns ("sent to Jordan and Turkey", "travelled to ...").
_LIST_CUE_BEFORE = re.compile(
    r"\b(?i:to|in|from|via|into|across|through|between|visited|visiting|near|around|towards)[ \t]+\Z"
)
_AGE_THEN = re.compile(r"\(\d{1,3}, ?\Z")  # "COLES Dennis (86, Axbridge)": age, then home town
_POSTCODE_AHEAD = re.compile(
    r"(?:,? [A-Z][\w'\-]*(?: [\w'\-]+){0,3}){0,4},? " + POSTCODE_RE.replace("?P<pc_out>", "?:").replace("?P<pc_in>", "?:") + r"\b"
)


def _unnamed_words(f: Found, lex: Lexicon) -> bool:
    """No word of the span is a known forename or a SURNAME in capitals: nothing but its slot
    says it is a person."""
    fn = forename_words(lex)
    return all(w.lower() not in fn and not (len(w) > 1 and w.isupper()) for w in _NAME_TOKEN.findall(f.text))


def _listed_with_places(t: str, f: Found, locs: list[tuple[int, int]]) -> bool:
    """A lone word read as a person ("Jordan", "Georgia") that is an item of a list of found
    places, the list opened by a place word ("sent to Jordan and Turkey", "in Turkey, Jordan and
    Egypt"): a country or town, not a person. A list of people breaks the chain ("to Jordan and Kyle")."""
    items = sorted(locs + [(f.start, f.end)])
    k = items.index((f.start, f.end))
    a = k
    while a > 0 and _LIST_JOIN.fullmatch(t, items[a - 1][1], items[a][0]):
        a -= 1
    b = k
    while b + 1 < len(items) and _LIST_JOIN.fullmatch(t, items[b][1], items[b + 1][0]):
        b += 1
    if a == b or not _PLACE_ITEM_CLOSES.match(t, f.end):
        return False
    return _LIST_CUE_BEFORE.search(t, max(0, items[a][0] - 16), items[a][0]) is not None


def _places_not_persons(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """Rural place and farm names no word list knows ("Cae Coch", "Llansilin") read as persons
    for want of anything else. Their slot tells: a place word before ("near", "around",
    "towards"), an age before in a list entry ("(86, Wedmore)"), a neighbour in a comma list
    that is a place, or an address run to a postcode after ("Cae Coch, Rhydymain, Dolgellau
    LL40 2AS": left to the address rules). Only spans with no known forename and no SURNAME."""
    locs = [(f.start, f.end) for f in found if f.type == "LOCATION"]
    persons = [(f.start, f.end) for f in found if f.type == "PERSON"]
    out: list[Found] = []
    for f in found:
        if f.type == "PERSON" and " " not in f.text and locs and _listed_with_places(t, f, locs):
            out.append(Found("LOCATION", f.start, f.end, f.text, clean_key(f.text), f.method))
            continue
        if f.type != "PERSON" or not _unnamed_words(f, lex):
            out.append(f)
            continue
        before = t[max(0, f.start - 24):f.start]
        as_place = bool(_PLACE_BEFORE.search(before) or _AGE_THEN.search(before) and t.startswith(")", f.end))
        if not as_place:
            m = _PLACE_LIST_BEFORE.search(t, max(0, f.start - 90), f.start)
            as_place = m is not None and not _overlaps(m.start("items"), m.end("items"), persons) \
                and _PLACE_ITEM_CLOSES.match(t, f.end) is not None
        if not as_place:
            for s, e in locs:
                gap_after = t[f.end:s] if s >= f.end else None
                gap_before = t[e:f.start] if e <= f.start else None
                if gap_after == " and " or gap_before in (", ", " and "):
                    as_place = True
                    break
        if as_place and _TITLE_BEFORE.search(before):
            as_place = False  # "Mr Harker, Gresham Court"
        if as_place:
            out.append(Found("LOCATION", f.start, f.end, f.text, clean_key(f.text), f.method))
            continue
        m = _POSTCODE_AHEAD.match(t, f.end)
        if m and "\n" not in m.group(0) and t[f.start - 1 : f.start] in ("", " ", "(", "\n"):
            continue  # the opening line of an address, not a person
        out.append(f)
    return out


_HEADING_AFTER = re.compile(r"[ \t]*(?:\d|[/\u2013\u2014\-\u2022][ \t])")
_LINE_HEADING_AFTER = re.compile(r"[ \t]*(?:\n|\Z|\(|[A-Z]{2,}\b)")


#: An age or DOB after a capitals word makes it a person, never a heading ("HATHAWAY (17) seen ...",
#: "HATHAWAY 23 stopped ...", "DICKINSON DOB 02/03/99"); an item's number ("SLIDE 4 -") is no age.
_AGE_OR_DOB_AFTER = re.compile(r"[ \t]*(?:\((?:\d{1,2}|(?i:dob|aged?)[^)]*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\)"
                               r"|,?[ \t]*(?i:d\.?o\.?b\b|aged?[ \t]+\d)|[ \t]\d{2}[ \t]+[a-z])")


def _shouted_heading_words(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """A lone word in capitals read as a SURNAME in mixed-case text when it is an everyday word
    that heads what follows, numbers an item or sits in a run of capitals ("SLIDE 4 - ...",
    "STORM 2203", "TARGET 1:", "DEBRIEF - KRASNIQI", "VICTIM ACCOUNT"): the writer's label. Kept when it is a known
    surname or forename or the text names it with a forename elsewhere ("Jordan DOBSON ... DOBSON - not home")."""
    named = {w.lower() for f in found if f.type == "PERSON" and " " in f.text for w in _NAME_TOKEN.findall(f.text)}
    fn = forename_words(lex)
    out: list[Found] = []
    for f in found:
        w = f.text
        if f.type == "PERSON" and _CAPS_WORD.fullmatch(w) and len(w) > 3:
            low = w.lower()
            if low not in named and low not in fn and low not in lex.surnames and low not in WORD_SURNAMES \
                    and (_dictionary_word(low) or low in lex.common or low in lex.noise) and not _AGE_OR_DOB_AFTER.match(t, f.end):
                line_start = t.rfind("\n", 0, f.start) + 1
                lead = t[line_start:f.start]
                prev = lead.split()[-1] if lead.split() else ""
                if _HEADING_AFTER.match(t, f.end) or (prev.isupper() and prev.isalpha() and len(prev) > 1) \
                        or not lead.strip(" \t*#\u2022-[") and _LINE_HEADING_AFTER.match(t, f.end):
                    continue
        out.append(f)
    return out


_LONE_CAPS = re.compile(r"(?<![\w'\-])([A-Z]{3,})(?![\w\-])")
_CLOSES_NAME = re.compile(r"['\u2019]s\b|[ \t]*(?:[.,;:)(]|[\-\u2013][ \t]|$)", re.M)
_OFFICER_BEFORE = re.compile(r"\b([A-Za-z]{2,5})\.?[ \t]+(?:\d{2,6}[ \t]+)?\Z")
_AFTER_SUBJECT = frozenset("still also now then again already never".split())
_FORENAME_AFTER = re.compile(r",[ ]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'\-])")
_FORENAME_BEFORE = re.compile(r"(?<![\w'\-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ ]\Z")
_NOT_BEFORE_SURNAME = frozenset("the a an this that our your their his her its village town city church".split())


def _lone_word_surnames(t: str, found: list[Found], lex: Lexicon, blocked: list[tuple[int, int]] = ()) -> list[Found]:
    """A frequent surname that is also a word, written alone in capitals ("HALL does the entries",
    "poss BELL", "HALL - not home"), in a text that already writes other people's SURNAMES in
    capitals: the person, when the name closes there (punctuation, "'s") or a verb of the
    subject follows. Headings ("VILLAGE HALL") are refused by their neighbouring capitals."""
    if not any(f.type == "PERSON" and _CAPS_WORD.search(f.text) for f in found):
        return found
    taken = [(f.start, f.end) for f in found] + list(blocked)  # "Rgds, DC Amy PATEL": the officer's span
    extra: list[Found] = []
    for m in _LONE_CAPS.finditer(t):
        w = m.group(1)
        low = w.lower()
        if low not in WORD_SURNAMES and low not in lex.surnames or _overlaps(m.start(), m.end(), taken):
            continue
        before = t[max(0, m.start() - 30):m.start()].split()
        prev = before[-1] if before else ""
        rank = _OFFICER_BEFORE.search(t, max(0, m.start() - 16), m.start())
        if prev.isupper() and prev.isalpha() or prev.lower() in _NOT_BEFORE_SURNAME \
                or rank is not None and rank.group(1).lower() in lex.ranks:
            continue  # "PC 4471 HALL": the officer, whom the officer rules leave out
        rest = t[m.end():m.end() + 30].split()
        nxt = rest[0].strip(".,;:") if rest else ""
        if nxt.isupper() and nxt.isalpha() and len(nxt) > 1:
            continue
        if _CLOSES_NAME.match(t, m.end()) or nxt.lower() in _AFTER_SUBJECT or finite_verb(nxt.lower()):
            fore = _FORENAME_BEFORE.search(t, max(0, m.start() - 30), m.start())
            after = _FORENAME_AFTER.match(t, m.end())
            if after and after.group(1).lower() in forename_words(lex) and not _overlaps(after.start(1), after.end(1), taken):
                # "BROWN, Amber seen on foot": SURNAME, Forename
                name = t[m.start():after.end(1)]
                extra.append(Found("PERSON", m.start(), after.end(1), name, clean_key(f"{after.group(1)} {w}"), "rule",
                                   {"forename": after.group(1), "surname": w, "initial_only": False}))
                continue
            if fore and (fore.group(1).lower() in lex.forenames or not _dictionary_word(fore.group(1).lower())) \
                    and not lex.not_a_name_word(fore.group(1)) and not _overlaps(fore.start(1), fore.end(1), taken):
                # "Victim Dwayne WHITE suspects ...": the forename before it is part of the name
                name = t[fore.start(1):m.end()]
                extra.append(Found("PERSON", fore.start(1), m.end(), name, clean_key(name), "rule",
                                   {"forename": fore.group(1), "surname": w, "initial_only": False}))
                continue
            extra.append(Found("PERSON", m.start(), m.end(), w, clean_key(w), "rule"))
    return sorted(found + extra, key=lambda f: (f.start, f.end)) if extra else found


_LONE_SURNAME = re.compile(r"[A-Z][A-Z'\-]+")
_SURNAME_COMMA_GIVEN = re.compile(r"[A-Z][A-Z'\-]+, [A-Z][a-z]+")
_GIVEN_AFTER = re.compile(r"(,?)[ ]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'\-\u2019])")
#: A record's close after "SURNAME, Given" that makes an unknown given name one ("KAUR, Sukhvinder.",
#: "OKAFOR, Chidiebere | DOB ...", "Secretary: NAZARI, Zahra (37)"): the field or sentence ends there.
_RECORD_NAME_CLOSE = re.compile(r"[ \t]*(?:\n|\Z|[.;|(](?![\w])|,?[ \t]+(?i:dob|d\.o\.b|born|aged)\b|[ \t]+\d{1,2}[/.]\d)")
#: What may follow the last given name: the end, punctuation, a DOB or age, a column gap, a
#: lower-case word ("ZIGA Patrik arrested") or the next field's label ("KARIM Aram Issue: ...").
_GIVEN_CLOSES = re.compile(
    r"[ \t]*(?:$|\n|[(),.;:@\[/|]|[\-\u2013\u2014][ \t]|\d)|[ \t]{2,}|[ ][a-z]|[ ][A-Z][\w'\-]*:", re.M
)
_SHORT_NOT_SYLLABLE = frozenset("of in on at to the and for by or as an a is it".split())


def _given_word(t: str, word: str, end: int, prev: str, lex: Lexicon) -> bool:
    """A title-case word after a SURNAME that is a given name: a known forename, a word that is
    no everyday word, place or body, or a short second syllable ("Li Na"); never a field label
    ("Issue:")."""
    if t.startswith(":", end):
        return False
    low = word.lower()
    if low in forename_words(lex):
        return True
    if prev and len(word) <= 3 and len(prev) <= 5 and low not in _SHORT_NOT_SYLLABLE:
        return True
    return not everyday_word(low, lex) and not is_known_place(word) and low not in lex.place_words \
        and low not in lex.org_words and low not in lex.common and low not in lex.noise and not _plain_noun(low, lex)


_LABEL_TAIL = re.compile(r"(?P<gap>[ \t]+)(?P<word>[A-Za-z]+)\Z")


def _without_label_tail(t: str, f: Found, lex: Lexicon) -> Found:
    """A person span that runs on to the next field's label ("HAMA Rebwar Issue: ...", "Ceri
    PERP: ..."): the last word, followed by a colon, is an everyday word or sits after a column
    gap; the name ends before it."""
    if f.type != "PERSON" or not t.startswith(":", f.end):
        return f
    m = _LABEL_TAIL.search(f.text)
    if not m or m.start() == 0 or len(m.group("word")) < 3:
        return f
    if not t[t.rfind("\n", 0, f.start) + 1:f.start].strip() or t[:f.start].rstrip().endswith("]"):
        return f  # a message's speaker ("[08:15] Sandra Bell: saw them"), not a field
    if not (everyday_word(m.group("word").lower(), lex) or len(m.group("gap")) > 1):
        return f
    e = f.start + m.start()
    return Found("PERSON", f.start, e, t[f.start:e], clean_key(t[f.start:e]), f.method, f.attrs)


def _surname_takes_given(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """A SURNAME in capitals found alone, or "SURNAME, Forename", with given names written
    straight after it in title case ("Occupier: KARIM Aram", "ZIGA Patrik arrested", "Prisoner:
    BAJRAMI Sefer  A1234BC", "KOWALSKI, Piotr Jan -"): the police nominal order, one name. Taken
    only when every word is a given name (after a comma the first a known forename) and the name
    closes straight after; a person found on those words alone is folded in."""
    found = [_without_label_tail(t, f, lex) for f in found]
    # a lone given name the model typed as a place or body ("DHALIWAL, Harjinder.") does not hold it
    model_words = {id(f) for f in found if f.type != "PERSON" and f.method == "model" and " " not in f.text}
    taken = {(f.start, f.end) for f in found if f.type != "PERSON" and id(f) not in model_words}
    out: list[Found] = []
    drop: set[int] = set()
    for f in found:
        lone = f.type == "PERSON" and _LONE_SURNAME.fullmatch(f.text) is not None and len(f.text) > 1
        comma = f.type == "PERSON" and not lone and _SURNAME_COMMA_GIVEN.fullmatch(f.text) is not None
        if not (lone or comma):
            out.append(f)
            continue
        end, words, prev = f.end, [], ("" if lone else f.text.split()[-1])
        while len(words) < 3:
            m = _GIVEN_AFTER.match(t, end)
            if not m or m.group(1) and (not lone or words) \
                    or not _given_word(t, m.group(2), m.end(), prev, lex) \
                    or m.group(1) and m.group(2).lower() not in forename_words(lex) and not _RECORD_NAME_CLOSE.match(t, m.end()):
                break
            words.append(m.group(2))
            prev, end = m.group(2), m.end()
        if not words or not _GIVEN_CLOSES.match(t, end) or any(_overlaps(s, e, [(f.end, end)]) for s, e in taken):
            out.append(f)
            continue
        name = t[f.start:end]
        surname = f.text.split(",")[0]
        given = words if lone else f.text.split(", ", 1)[1].split() + words
        out.append(Found("PERSON", f.start, end, name, clean_key(" ".join(given + [surname])), f.method,
                         {"forename": given[0], "surname": surname, "initial_only": False}))
        drop.update(id(g) for g in found if (g.type == "PERSON" or id(g) in model_words) and f.end < g.start < end)
    return [f for f in out if id(f) not in drop]


#: A bare capital letter before a surname (no full stop: "CLASS A. FLETCHER" ends a sentence).
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\s\"'(\[/,:;+&\u201c]))([A-Z])[ ]\Z", re.M)


def _initial_joins(t: str, found: list[Found]) -> list[Found]:
    """A single capital initial written straight before a surname found alone ("A HUSSAIN (14)",
    "A FARAH / H FARAH", 'gave name "J Holt"', a letter signed "K Murphy") is part of the name.
    "I" is a pronoun; "A" counts only before a SURNAME in capitals and not opening a sentence."""
    out: list[Found] = []
    taken = [(f.start, f.end) for f in found]
    for f in found:
        if f.type == "PERSON" and " " not in f.text and f.text[:1].isupper() and len(f.text) > 1:
            m = _INITIAL_BEFORE.search(t, max(0, f.start - 4), f.start)
            if m and m.group(1) != "I" and not _overlaps(m.start(1), m.end(1), taken) \
                    and (m.group(1) != "A" or f.text.isupper() and not _opens_sentence(t, m.start(1))
                         or f.text.isupper() and t[m.start(1) - 2:m.start(1)] in (": ", "- ")):
                s = m.start(1)
                out.append(Found("PERSON", s, f.end, t[s:f.end], clean_key(t[s:f.end]), f.method,
                                 person_attrs_from_name([m.group(1), f.text])))
                continue
        out.append(f)
    return out


#: A letter after a forename that is the surname's initial: then the name closes (punctuation,
#: "'s", a lower-case word, a joiner) - "Craig P to be spoken to", "jordan t and kelly p".
_INITIAL_AFTER = re.compile(r"[ ]([A-Za-z])(?=['\u2019]s\b|\.?[ \t]*$|[.,;:)!?/]|[ ]+[a-z+&])", re.M)
#: Lower-case letters that are words in hasty notes and messages ("v drunk", "u r", "n", "x 2").
_WORD_LETTERS = frozenset("a i u r n b c y w x v o e".split())
#: Of those, the ones cut off a name the rules read ("kyle v drunk"); "w" may be an initial
#: there ("tomasz w back in town").
_CUT_LETTERS = frozenset("a i u r n x v".split())


def _forename_initial(t: str, o: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """A known forename found alone, followed by one letter, is the forename and the initial of
    a surname the writer half knows ("brother Craig P", "1 poss bethan m.", "Ellie-Mae C."); a
    letter that is a word in notes and messages ("kyle v drunk", "u", "n") is cut off instead. "I"
    and "A" are never initials here. Case is read in the text as written (``o``), the shape in ``t``."""
    fn = forename_words(lex)
    out: list[Found] = []
    drop: set[tuple[int, int]] = set()
    for f in found:
        if f.type != "PERSON":
            out.append(f)
            continue
        written = o[f.start:f.end]
        parts = written.split(" ")
        if len(parts) == 2 and len(parts[1]) == 1 and parts[1] in _CUT_LETTERS and parts[0].lower() in fn \
                and parts[0].islower():
            e = f.start + len(parts[0])  # "kyle v drunk": the note's "very"
            out.append(Found("PERSON", f.start, e, t[f.start:e], clean_key(t[f.start:e]), f.method))
            continue
        m = _INITIAL_AFTER.match(t, f.end) if len(parts) == 1 else None
        low = written.lower()
        if m and (low in fn or all(p in fn for p in low.split("-"))):
            letter = o[m.start(1)]
            ok = letter not in "IA" and (letter.isupper() or written.islower() and letter not in _WORD_LETTERS)
            if ok:
                e = m.end(1)
                drop.update((g.start, g.end) for g in found if g is not f and g.type == "PERSON" and g.start < e and f.end < g.end)
                out.append(Found("PERSON", f.start, e, t[f.start:e], clean_key(t[f.start:e]), f.method,
                                 person_attrs_from_name([f.text, letter])))
                continue
        out.append(f)
    return [f for f in out if (f.start, f.end) not in drop]


_VERB_HEAD = re.compile(r"([A-Z][a-z]+) ([A-Z]{2,}(?:['\-][A-Z]+)?)")


def _verb_heads(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """"Provided ABE.", "Charged ABH, remanded", "Saw KOWALCZYK at the window": the note's verb
    opening a sentence, read as a forename before a word in capitals. The verb is no known
    forename and an everyday word; after it an acronym (three letters or fewer, or fewer than two
    vowels, and no known surname) leaves nothing, a SURNAME is left alone."""
    fn = forename_words(lex)
    out: list[Found] = []
    for f in found:
        m = _VERB_HEAD.fullmatch(f.text) if f.type == "PERSON" else None
        if m is None or m.group(1).lower() in fn or not everyday_word(m.group(1).lower(), lex) \
                or not _opens_sentence(t, f.start):
            out.append(f)
            continue
        caps = m.group(2)
        low = caps.lower()
        known = low in lex.surnames or low in WORD_SURNAMES
        vowels = sum(ch in "aeiouy" for ch in low)
        if not known and (len(caps) <= 3 or vowels < 2):
            continue  # "Charged ABH": an offence, an interview, a unit
        s = f.start + m.start(2)
        out.append(Found("PERSON", s, f.end, t[s:f.end], clean_key(caps), f.method, {"surname": caps, "initial_only": False}))
    return out


_CAPS_AFTER = re.compile(r"[ ]((?:Mc|Mac)?[A-Z][A-Z'\-]{2,})(?![\w'\-\u2019])")


def _forename_takes_surname(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """A known forename found alone with a SURNAME in capitals straight after it that nothing
    took ("PV Agnieszka NOWAK (31)" once the label is cut off): one name, when the capitals word is
    a known surname or voiced like one (two vowels or more) and the name closes there."""
    if text_case(t) != "mixed":
        return found
    fn = forename_words(lex)
    taken = [(f.start, f.end) for f in found]
    out: list[Found] = []
    for f in found:
        m = _CAPS_AFTER.match(t, f.end) if f.type == "PERSON" and " " not in f.text and f.text.lower() in fn else None
        if m is not None and not _overlaps(m.start(1), m.end(1), taken) and _GIVEN_CLOSES.match(t, m.end(1)):
            low = m.group(1).lower()
            if low in lex.surnames or low in WORD_SURNAMES or sum(ch in "aeiouy" for ch in low) >= 2 \
                    and low not in lex.org_words and not _plain_noun(low, lex):
                e = m.end(1)
                out.append(Found("PERSON", f.start, e, t[f.start:e], clean_key(t[f.start:e]), f.method,
                                 person_attrs_from_name([f.text, m.group(1)])))
                continue
        out.append(f)
    return out


#: A maker's name is often a person's ("John Deere", "Ifor Williams"): followed by a model code
#: and/or the kind of machine or weapon ("John Deere 6155R tractor", "Ifor Williams trailer",
#: "Baikal pistol"), it is the make, not a person.
_MACHINE_AFTER = re.compile(
    r"(?: [A-Za-z\-]*\d[A-Za-z0-9\-]*)? (?i:tractors?|trailers?|gators?|quads?|mowers?|excavators?|diggers?"
    r"|telehandlers?|pistols?|rifles?|shotguns?|chainsaws?|generators?|strimmers?|outboards?|engines?)\b"
)


def _makers_not_persons(t: str, found: list[Found]) -> list[Found]:
    """A SURNAME in capitals in mixed-case text before the machine is its owner ("HUGHES
    trailer seen near ..."), so it stays."""
    mixed = text_case(t) == "mixed"
    return [f for f in found if f.type != "PERSON" or not _MACHINE_AFTER.match(t, f.end)
            or mixed and _CAPS_WORD.search(f.text)]


#: Words that name a vehicle and nothing else (trade nicknames, models and makers no person, place or
#: body shares): "Vivaro BK66 TYU", "keys to Merc NA21TVX", "an old Pajero", "DAF low loader". Makers
#: that are also names or words (Ford, Mini, Seat, Kia, Mercedes, Honda) are not here.
_VEHICLE_NAMED = frozenset(["PERSON", "ORGANISATION", "LOCATION"])
_COLOUR_WORDS = frozenset(w for c in VEHICLE_COLOURS for w in c.split()) | {"metallic", "matte"}
_VEHICLE_ONLY = frozenset(
    "merc mercs merk beemer beamer bimmer bmws audis vivaro cortina pajero hilux navara l200 amarok shogun "
    "sprinter transit crafter caddy movano trafic ducato berlingo doblo qashqai mondeo octavia fabia "
    "corsa astra zafira vectra insignia fiesta kuga yaris aygo micra juke tucson sportage picanto "
    "scania isuzu ldv iveco kubota jcb polaris landie rangey evoque macan cayenne"
    .split()
)
#: Makers written in two words, neither a vehicle word alone ("John Deere 6155R", "Ifor Williams trailer").
_TWO_WORD_MAKERS = frozenset(["john deere", "massey ferguson", "new holland", "ifor williams", "land rover",
                              "range rover", "alfa romeo", "aston martin", "rolls royce", "mercedes benz"])
#: A model code after a maker ("Merc GLE", "BMW X5", "Audi A3", "John Deere 6155R").
_MODEL_CODE = re.compile(r"[A-Z]{1,4}\d{0,4}[a-z]?|\d{1,4}[A-Za-z]{0,3}")
#: Makers that are also forenames, surnames or words: after them only a listed model counts ("Kia LEE"
#: is a woman, "Kia Sportage" a car).
_NAME_LIKE_MAKERS = frozenset("ford mini seat kia mercedes honda smart rover jaguar triumph dodge jeep lotus ds mg "
                              "morgan alfa".split())


def _vehicle_words(f: Found, lex: Lexicon) -> bool:
    """A name, place or body that is only a vehicle's maker and model ("Skoda Octavia", "Merc GLE",
    "John Deere", "Vivaro"): the mark is the subject (guidelines), the car's name is no entity."""
    written = f.text.split()
    while len(written) > 1 and written[0].lower() in _COLOUR_WORDS:
        written = written[1:]  # "Grey Skoda Octavia": a sentence's first word, the car's colour
    words = [w.strip(".,'’").lower() for w in written]
    if not words:
        return False
    if len(words) == 1 and len(written) < len(f.text.split()):
        return words[0] in _VEHICLE_ONLY or words[0] in lex.vehicle_makes
    if len(words) == 1:
        return words[0] in _VEHICLE_ONLY
    if " ".join(words[:2]) in _TWO_WORD_MAKERS:
        return True
    first = words[0]
    if first in _VEHICLE_ONLY or first in lex.vehicle_makes:
        coded = first not in _NAME_LIKE_MAKERS
        return all(w.lower() in lex.vehicle_models or w.lower() in _VEHICLE_ONLY or coded and _MODEL_CODE.fullmatch(w)
                   for w in written[1:])
    return False


#: "Exeter St David's": a town and a saint's name is one place (a station, a district).
_SAINT = re.compile(r"(?:St|St\.|Saint)[ ]")
#: Words that close a street's name beyond doubt (a town beside it is a place of its own).
_STREET_ENDS = frozenset("road rd street st lane ln avenue ave drive dr close crescent cres terrace way".split())
_PLACE_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")


def _place_pair_at(t: str, f: Found, person: bool, lex: Lexicon) -> int | None:
    """Where a span that runs two places together splits ("Birmingham Small Heath", "coventry bell
    green", "Sketty, Mumbles", "Mill Lane Crewe"): both sides known places, or a street then a known
    place. A person's span splits only at a comma or when no side is a known forename."""
    if any(c.isdigit() for c in f.text) or is_known_place(f.text):
        return None
    words = list(_PLACE_WORD.finditer(f.text))
    if len(words) < 2 or len(words) > 5:
        return None
    for i in range(1, len(words)):
        a_end, b_start = words[i - 1].end(), words[i].start()
        gap = f.text[a_end:b_start]
        if gap not in (" ", ", "):
            continue
        left, right = f.text[:a_end], f.text[b_start:]
        both = is_known_place(left) and is_known_place(right) and not _SAINT.match(right)
        if person:
            if not both or gap == " " and any(w.group(0).lower() in forename_words(lex) for w in words):
                continue
            return i
        if both:
            return i
        # A street then its town ("Mill Lane Walton"); a town then a street is often one street's name
        # ("Bury New Road", "Liverpool Lime Street"), so it stays.
        if len(left.split()) >= 2 and left.split()[-1].lower().rstrip(".") in _STREET_ENDS and is_known_place(right):
            return i
    return None


def _split_place_pairs(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """Two places written side by side are two subjects (the guidelines' own examples list a street
    and its town apart); a run the model or a rule read as one place, or as a person, splits."""
    out: list[Found] = []
    for f in found:
        i = _place_pair_at(t, f, f.type == "PERSON", lex) if f.type in ("LOCATION", "PERSON") and f.method != "corpus" else None
        if i is None:
            out.append(f)
            continue
        words = list(_PLACE_WORD.finditer(f.text))
        a_end, b_start = f.start + words[i - 1].end(), f.start + words[i].start()
        for s, e in ((f.start, a_end), (b_start, f.end)):
            out.append(Found("LOCATION", s, e, t[s:e], clean_key(t[s:e]), f.method))
    return out


_AND_JOIN = re.compile(r" (?:and|AND) ")
#: Public bodies named after two areas ("Hinckley and Bosworth Borough Council", "Norfolk and Norwich
#: University Hospital"): a place before " and " is part of their name.
_PUBLIC_BODY_ENDS = frozenset("council college university hospital hospitals trust authority board partnership "
                              "academy school police service services commission".split())


def _stands_alone(part: str, lex: Lexicon) -> bool:
    """A name that is a body or place on its own: known, closed by a designator or legal form."""
    words = part.split()
    if not words or not part[:1].isupper():
        return False
    last = words[-1].lower().strip(".,")
    return (part.lower() in lex.org_words or is_known_place(part) or _LEGAL_GATE.search(" " + part) is not None
            or len(words) >= 2 and last in lex.org_suffixes)


def _split_and_lists(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """An organisation span across " and " whose two sides each stand alone ("Coutts and Metro Bank",
    "Banbury and Crystal Nails", "Revolut and Wise") lists two subjects; a known body with "and" in
    its name stays whole."""
    out: list[Found] = []
    for f in found:
        m = _AND_JOIN.search(f.text) if f.type == "ORGANISATION" and " " in f.text else None
        if m is None or f.text.lower() in lex.org_words or _AND_JOIN.search(f.text, m.end()):
            out.append(f)
            continue
        left, right = f.text[:m.start()], f.text[m.end():]
        rw = right.split()
        if not (_stands_alone(left, lex) and _stands_alone(right, lex)) or is_known_place(left) and (
                is_known_place(rw[0]) or rw[-1].lower() in _PUBLIC_BODY_ENDS):
            # "Barking and Dagenham Council", "Cardiff and Vale College": a place and a place name one body
            out.append(f)
            continue
        for s, e in ((f.start, f.start + m.start()), (f.start + m.end(), f.end)):
            typ = "LOCATION" if is_known_place(t[s:e]) and t[s:e].lower() not in lex.org_words else "ORGANISATION"
            out.append(Found(typ, s, e, t[s:e], clean_key(t[s:e]), f.method))
    return out


#: What follows a force area that names the force or its team, not the place: a police unit or
#: partner hub ("Devon MASH", "Suffolk intel", "WEST MIDS ROCU", "Lancashire CSC").
_FORCE_UNIT_AFTER = re.compile(
    r"[ ]+(?:MASH|CSC|ROCU|RART|NPT|SNT|CID|ECU|MIU|POLIT|OCG|OCU|BCU|(?i:intel|intelligence|police|constabulary|"
    r"force|division|analysts?|tasking)\b)")
#: A heading's end after a force area at a line's start ("NOTTS - Intel", "Cheshire:", "KENT |").
_HEADING_END_AFTER = re.compile(r"[ \t]*(?:$|\n|[-\u2013\u2014:/|(])")
_FIELD_BEFORE = re.compile(r"\|[ \t]*\Z")
#: The force areas, and the short form police write for the West Midlands ("WEST MIDS ROCU").
_FORCE_NAMES = FORCE_AREAS | {"west mids"}


def _force_area_named(t: str, f: Found) -> bool:
    """A force area written as the force: opening a line as its heading ("NOTTS - Intel - B2",
    "Derbyshire MASH - Lacey"), in a record export's field ("| KENT |"), or before a police unit or
    partner hub anywhere ("referral to Devon MASH"). Forces are not annotated, and annotators of
    most sets leave these out; a force area written as a place ("moved to Kent") stays."""
    if f.type != "LOCATION" or f.text.lower() not in _FORCE_NAMES:
        return False
    if _FORCE_UNIT_AFTER.match(t, f.end):
        return True
    line_start = t.rfind("\n", 0, f.start) + 1
    if not t[line_start:f.start].strip() and _HEADING_END_AFTER.match(t, f.end):
        return True
    return _FIELD_BEFORE.search(t, max(0, f.start - 3), f.start) is not None


#: The PNC's own order for a name, SURNAME/FORENAME(S) in capitals ("KRASNIQI/ERVIN", "WEBB/DARREN
#: PAUL"), as pasted into records and intelligence: one name.
_PNC_NAME = re.compile(r"(?<![\w/'\-])([A-Z][A-Z'\-]+)/([A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+)?)(?![\w/'\-])")


def _pnc_names(t: str, o: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """A SURNAME/FORENAME pair is one person when the part after the slash opens with a known forename
    and the part before is surname-shaped ("CLARKE/CAMPBELL", two surnames, and "CSE/CCE" stay)."""
    if "/" not in o:
        return found
    out = found
    names = forename_words(lex)
    for m in _PNC_NAME.finditer(o):
        given = m.group(2).split(" ")
        if given[0].lower() not in names or m.group(1).lower() in names or not _surname_word(m.group(1), lex):
            continue
        if len(given) == 2 and given[1].lower() not in names:
            given = given[:1]
        s, e = m.start(), m.start(2) + len(" ".join(given))
        hits = [f for f in out if f.start < e and s < f.end]
        if any(f.type != "PERSON" or f.start < s or f.end > e for f in hits):
            continue
        name = " ".join(given + [m.group(1)])
        out = sorted([f for f in out if f not in hits] + [Found("PERSON", s, e, t[s:e], clean_key(name), "rule",
                                                                  {"forename": given[0], "surname": m.group(1), "initial_only": False})],
                     key=lambda f: (f.start, f.end))
    return out


#: The counties of Ireland and Northern Ireland, written after "Co."/"County" ("Omagh, Co Tyrone",
#: "Co. Donegal"): the designator is part of the place's name, as it is of "County Durham".
_IRISH_COUNTIES = ("antrim|armagh|down|fermanagh|londonderry|derry|tyrone|carlow|cavan|clare|cork|donegal|dublin|"
                   "galway|kerry|kildare|kilkenny|laois|leitrim|limerick|longford|louth|mayo|meath|monaghan|offaly|"
                   "roscommon|sligo|tipperary|waterford|westmeath|wexford|wicklow")
_COUNTY_NAME = re.compile(rf"(?<![\w&])(?:(?:Co|CO)\.?|County|COUNTY|co\.?)[ ](?:(?i:{_IRISH_COUNTIES})|Durham|DURHAM)(?![\w'\-])")


def _counties(t: str, o: str, found: list[Found]) -> list[Found]:
    """An Irish county or County Durham with its designator is one place ("Co. Armagh", not "Armagh";
    "Co Tyrone", not a person); lower case only in a text written so ("co antrim")."""
    if "Co" not in o and "CO" not in o and "co " not in o and "co." not in o:  # "County" holds "Co"
        return found
    out = found
    for m in _COUNTY_NAME.finditer(o):
        s, e = m.span()
        if m.group(0)[0] == "c" and o[s:e] != o[s:e].lower() or o[max(0, s - 4):s].lower().endswith(("and ", "& ")):
            continue
        hits = [f for f in out if f.start < e and s < f.end]
        if any(f.type == "ADDRESS" or f.type == "ORGANISATION" or f.start < s or f.end > e for f in hits):
            continue
        out = sorted([f for f in out if f not in hits] + [Found("LOCATION", s, e, t[s:e], clean_key(t[s:e]), "rule")],
                     key=lambda f: (f.start, f.end))
    return out


#: A record's nationality field ("Nationality: Albania", "NATIONALITY ALBANIA"): the country stands
#: for the person's citizenship, not a place anyone went to.
_NATIONALITY_FIELD = re.compile(r"(?i:\bnationality|\bcitizenship)[ \t]*[:|\-]?[ \t]*\Z")


#: Where-words a hurried writer puts between two places ("manningham lane nr lister park", "station rd
#: opp the park"): never inside a place's or body's name when written in lower case.
_PLACE_LINK = re.compile(r" (?:nr|near|opp|opposite|outside|behind|towards|twds|via|then) ")


def _without_shorthand(t: str, o: str, found: list[Found]) -> list[Found]:
    """A place or body span read across the writer's shorthand is cut at it: a lower-case where-word
    inside ("manningham lane nr lister park" is two places) or a label opening a place ("poss monkmoor rd").
    ``t`` is the view the spans were read in, ``o`` the text as written (same offsets)."""
    out: list[Found] = []
    for f in found:
        if f.type not in ("LOCATION", "ORGANISATION") or " " not in f.text:
            out.append(f)
            continue
        parts = [(f.start, f.end)]
        m = _PLACE_LINK.search(o, f.start, f.end)
        if m is not None:
            parts = [(f.start, m.start()), (m.end(), f.end)]
        s0, e0 = parts[0]
        head = o[s0:e0].split(" ", 1)
        if f.type == "LOCATION" and len(head) == 2 and head[0] in _LABEL_ABBREVIATIONS:  # "rp logistics" is a firm
            parts[0] = (s0 + len(head[0]) + 1, e0)
        if parts == [(f.start, f.end)]:
            out.append(f)
            continue
        out.extend(Found(f.type, s, e, t[s:e], clean_key(t[s:e]), f.method) for s, e in parts if e > s)
    return out


#: Venue words that open a premises' name ("Club Nova", "Bar Kilimanjaro", "Cafe Roma"): never a forename.
_VENUE_HEADS = frozenset("club bar cafe café hotel restaurant salon lounge bistro pizzeria taverna nightclub".split())


def _venues_not_persons(found: list[Found]) -> list[Found]:
    """A person span opened by a capitalised venue word names the premises ("Club Nova", "Bar
    Kilimanjaro"): the word-first order of bars and clubs, which the model reads as a forename."""
    out = []
    for f in found:
        words = f.text.split()
        if f.type == "PERSON" and len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in _VENUE_HEADS:
            f = Found("ORGANISATION", f.start, f.end, f.text, clean_key(f.text), f.method)
        out.append(f)
    return out


#: Trade words that end a firm's name but are no designator the org rules read alone ("Hussain Motor
#: Sales Ltd", "AK Agri Sales", "Long Sutton Auction", "M Ward Driveways & Paving").
_TRADE_WORDS = frozenset("sales auction auctions auctioneers driveways paving tarmac meats equestrian plant".split())
#: Designators too common as ordinary words to end a person's name into a firm ("Kyle Express").
_WEAK_SUFFIXES = frozenset("capital local high extra express form metro dry sixth primary secondary licence living "
                           "service care group trust media market spice bar bowl food arms lodge".split())
_TITLE_RUN = re.compile(r"(?:[ ](?:&[ ])?[A-Z][\w'\-]*){1,4}")


def _trading_names(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """A title-case person span whose run of capitalised words goes on to a trade word or designator
    ("Hussain Motor" + "Sales Ltd", "Farooq Halal Meats", "Long Sutton Auction") names the firm,
    not its owner: the run up to its last such word is the body."""
    taken = [(f.start, f.end) for f in found]
    out: list[Found] = []
    for f in found:
        if f.type != "PERSON" or _CAPS_WORD.fullmatch(f.text.split()[-1]) or not f.text[:1].isupper():
            out.append(f)
            continue
        run = _TITLE_RUN.match(t, f.end)
        end = run.end() if run else f.end
        words = list(re.finditer(r"[A-Za-z][\w'\-]*", t[f.start:end]))[1:]
        last = 0
        for w in words:
            low = w.group(0).lower()
            if low in _TRADE_WORDS or low in lex.org_suffixes and low not in _WEAK_SUFFIXES:
                last = f.start + w.end()
        if not last or last < end or f.attrs.get("alias_of") \
                or _overlaps(f.end, max(last, f.end), [s for s in taken if s != (f.start, f.end)]) and last > f.end:
            out.append(f)  # "aka Ghosty Retail Park": a trade word inside a longer name is no firm's end
            continue
        out.append(Found("ORGANISATION", f.start, last, t[f.start:last], clean_key(t[f.start:last]), f.method))
    return out


_LINE_AFTER = re.compile(r"[\"'\u201d\u2019][ \t]+(?i:lines?|phones?|number)\b")
_LINE_BEFORE = re.compile(r"(?i:\bline(?:[ \t]+(?:name|called|known[ \t]+as))?|\badvertised[ \t]+as)[ \t:=\-]*[\"'\u201c\u2018]\Z")


#: "the DANNY line", "runs the Jay deal line": a name then "line", unless a manager or a queue follows.
_BARE_LINE_AFTER = re.compile(r"[ \t]+(?i:(?:deal|drugs?)[ \t]+)?(?i:line)\b(?![ \t]*(?i:manager|management|of\b|up\b))")
_THE_BEFORE = re.compile(r"(?i:\bthe)[ \t]+\Z")


def _deal_line(t: str, f: Found) -> bool:
    """A name given to a deal line brands the phone, not a person (the guidelines' "the DEE line"):
    quoted ('the "BRAVO" line', 'LINE NAME "BIGZ"', 'deal line "SMOKE"', 'advertised as "MOTT"'), or one word after
    "the" or in capitals straight before "line" ("the DANNY line", "the jay line", "TONY line
    phone"); a possessive before "line manager" stays a person."""
    if f.start > 0 and t[f.start - 1] in "\"'\u201c\u2018":
        return bool(_LINE_AFTER.match(t, f.end) or _LINE_BEFORE.search(t, max(0, f.start - 30), f.start))
    if " " in f.text or not _BARE_LINE_AFTER.match(t, f.end):
        return False
    return f.text.isupper() and len(f.text) > 1 or bool(_THE_BEFORE.search(t, max(0, f.start - 8), f.start))


def _process_heading(f: Found, lex: Lexicon) -> bool:
    """A police database or process acronym in capitals opening the span, with nothing after it but
    ordinary words ("SID LOG", "SID Log", "SID: Dundee"): the Scottish intelligence log, not Sid."""
    words = f.text.split()
    if not (words[0].isupper() and words[0].lower() in _PROCESS_ACRONYMS):
        return False
    return all(_dictionary_word(w.lower()) and w.lower() not in lex.surnames and w.lower() not in forename_words(lex) for w in words[1:])


def _without_thing_tail(o: str, f: Found, lex: Lexicon) -> Found:
    """A word the writer typed in lower case closing a person span that is a car model or a thing
    named after the person in a hasty note ("jordan morgan corsa", "AHMED landline"), not a name
    word. Read in the text as written (``o``), which a case-less note's view re-cases."""
    head, _, last = o[f.start:f.end].rpartition(" ")
    if not last.islower() or not head.strip():
        return f
    if len(last) < 4 or last in forename_words(lex) or last in lex.surnames or last in WORD_SURNAMES:
        return f  # "zoe armstrong", "kev morgan", "dylan p": the name's own last word
    if not (last in lex.vehicle_models or last in lex.vehicle_makes or _plain_noun(last, lex) and _CAPS_SURNAME.fullmatch(head.strip())):
        return f
    e = f.start + len(head.rstrip())
    return Found(f.type, f.start, e, f.text[: e - f.start], clean_key(f.text[: e - f.start]), f.method, f.attrs)


#: What joins a street name to the person it stands for ("TY (Tyrone BECKFORD)", "Tazza believed to
#: be Tarran GRAHAM", "Bigga poss = Abdi WARSAME", "Smudge aka Darren SMITH").
_NICK_JOIN = re.compile(r"[ \t]+(?:\(|(?i:(?:is )?(?:believed|thought|suspected) to be|poss(?:ibly)?[ \t]*=|=|aka)[ \t]+)\Z")
_AT_PLACE_BEFORE = re.compile(r"\b(?i:at|in|near|from|to|outside|inside|into|of|via)[ \t]+\Z")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'\-]*[ \t]\Z")
_NICK_WORD = re.compile(r"(?<![\w'\-])([A-Z][A-Za-z]{1,11})\Z")


def _street_names_before(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """A capitalised word that the writer equates with a full name found after it is that person's
    street name, and a PERSON each time it comes again in the text: notes give the nickname
    first and the identity after ("running for TY (Tyrone BECKFORD)", "Tazza believed to be Tarran
    GRAHAM"). Not a word any list knows (role, place, body, everyday word, month or day)."""
    taken = [(f.start, f.end) for f in found]
    nicks: dict[str, str] = {}
    for f in found:
        if f.type != "PERSON" or " " not in f.text.strip() or f.start < 3:
            continue
        j = _NICK_JOIN.search(t, max(0, f.start - 30), f.start)
        if not j:
            continue
        if j.group(0).strip() == "(" and t[f.end : f.end + 1] != ")":
            continue
        w = _NICK_WORD.search(t, max(0, j.start() - 14), j.start())
        if not w or _overlaps(w.start(1), w.end(1), taken) and not any(
                g.type == "PERSON" and (g.start, g.end) == w.span(1) for g in found):
            continue  # a word something else took; one the rules read as a name already counts
        word = w.group(1)
        low = word.lower()
        if len(f.text.split()[0].rstrip(".")) == 1 or _AT_PLACE_BEFORE.search(t, max(0, w.start(1) - 12), w.start(1)):
            continue  # "Fiona at Thainstone (F. ROBB)": a place, then who is there
        if _CAPITAL_WORD_BEFORE.search(t, max(0, w.start(1) - 30), w.start(1)):
            continue  # "CD Auto Logistics SRL (Cosmin ...)": the end of a longer name
        if word.isupper() and not _VOWELS.search(word) or low in lex.noise:
            continue  # "Arrested s.18 GBH (Josh MASON)": an offence or marker, no street name
        if low in lex.stop or low in lex.place_words or low in lex.org_words or is_role_word(word, lex) or low in PERSON_NOUNS \
                or low in _LABEL_ABBREVIATIONS or low in lex.ranks or low in lex.titles or _dictionary_word(low) or is_known_place(word) \
                or low in lex.vehicle_makes or low in nationalities() or low in f.text.lower().split():
            continue
        nicks[word] = f.key
    if not nicks:
        return found
    out = list(found)
    for m in re.finditer(r"(?<![\w'\-])(" + "|".join(map(re.escape, nicks)) + r")(?![\w\-])", t):
        if not _overlaps(m.start(), m.end(), taken):
            out.append(Found("PERSON", m.start(), m.end(), m.group(1), clean_key(m.group(1)), "rule", {"initial_only": False}))
            taken.append((m.start(), m.end()))
    return sorted(out, key=lambda f: (f.start, f.end))


def _with_capital_the(t: str, f: Found) -> Found:
    """A body the model found keeps the capital 'The' the writer put before it inside its name, as
    the org rules do ("drinking in The Malt Cross"); at a sentence opening 'The' may be the article."""
    s = f.start - 4
    if s < 0 or t[s:f.start] != "The " or (s and (t[s - 1].isalnum() or t[s - 1] in "'\u2019-")) or _opens_sentence(t, s):
        return f
    return Found(f.type, s, f.end, t[s:f.end], clean_key(t[s:f.end]), f.method, f.attrs)


def _opens_sentence(t: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and t[k] in " \t\"'(\u201c":
        k -= 1
    return k < 0 or t[k] in ".!?:;\n\r"


#: ``json.dumps(attrs, ensure_ascii=False, sort_keys=True, default=str)`` with its encoder built once
#: (dumps builds a new one per call when given options: about a sixth of the frame's time).
_attrs_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode

#: Below this many new texts one process is quicker than starting workers.
_PARALLEL_MIN_TEXTS = 2000
#: Texts per shard handed to a worker (small enough for a steady progress bar).
_SHARD_TEXTS = 250
#: The smallest shard: the last ones shrink to this so that the workers finish together.
_SHARD_MIN = 60


def _shards(items: list[Any], n_process: int) -> list[list[Any]]:
    """Shards of ``items`` in order, shrinking towards the end (a quarter of each worker's share of
    what is left, between ``_SHARD_MIN`` and the usual size): big shards keep the per-shard cost
    low, small last ones keep one worker from running on alone while the other idles."""
    size = max(_SHARD_TEXTS, -(-len(items) // (n_process * 8)))
    out = []
    i = 0
    while i < len(items):
        step = min(size, max(_SHARD_MIN, (len(items) - i) // (n_process * 4)))
        out.append(items[i : i + step])
        i += step
    return out
#: The extractor a forked worker copies (set only while a pool runs).
_SHARD_EXTRACTOR: "Extractor | None" = None


def _extract_shard(items: list[tuple[str, str]]) -> dict[str, list[Found]]:
    """Worker side of ``Extractor._run_sharded``: extract one shard in process, return its cache."""
    ex = _SHARD_EXTRACTOR
    assert ex is not None, "shard workers are forked from an extractor"
    ex._cache = {}
    ex._run_here(dict(items))
    return ex._cache


class Extractor:
    """Extracts mentions from report texts; keeps a per-instance cache keyed by sha1 of the text,
    so duplicate texts and re-analysis cost nothing. ``calls`` counts texts actually extracted."""

    def __init__(self, settings: Settings | None = None, nlp: Any = None) -> None:
        self.settings = settings or Settings()
        self._nlp = nlp
        self._cache: dict[str, list[Found]] = {}
        self.calls = 0
        self._lex = lexicon()

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.spacy_model, ner_path=self.settings.ner_path)
        return self._nlp

    @staticmethod
    def _hash(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()

    def extract_text(self, text: str) -> list[Found]:
        """All mentions in one text, sorted by offset and non-overlapping."""
        text = "" if text is None or text is pd.NA else str(text)
        h = self._hash(text)
        if h not in self._cache:
            self._run({h: text})
        return list(self._cache[h])

    def _run(self, todo: dict[str, str], progress: Callable[[str], None] | None = None) -> None:
        """Extract every (hash -> text) in ``todo`` into the cache: in shards over worker processes
        when ``n_process`` > 1 and the batch is big, else in this process."""
        n_process = max(1, int(self.settings.n_process))
        if n_process > 1 and len(todo) >= _PARALLEL_MIN_TEXTS and "fork" in mp.get_all_start_methods():
            self._run_sharded(todo, n_process, progress)
        else:
            self._run_here(todo, progress)

    def _run_sharded(self, todo: dict[str, str], n_process: int, progress: Callable[[str], None] | None) -> None:
        """Whole-text work (rules and model alike) split over forked workers. Most of the time
        goes to the rules, so sharding texts uses every core where ``nlp.pipe(n_process=...)``
        would only parallelise the model. Workers inherit the loaded model and lexicon by fork
        (no reload, pages shared) and return plain ``Found`` lists; results are identical."""
        global _SHARD_EXTRACTOR
        self.nlp  # load once in the parent, before forking
        shards = _shards(list(todo.items()), n_process)
        _SHARD_EXTRACTOR = self
        # Freeze what the parent holds (model, lexicons, texts) out of the collector before
        # forking: the workers' collections then never rescan that inherited heap (nor touch its
        # pages, which stay shared). Left frozen if a caller froze first (``analyse`` does).
        frozen_before = gc.get_freeze_count()
        gc.freeze()
        try:
            with mp.get_context("fork").Pool(n_process) as pool:
                for found in pool.imap(_extract_shard, shards):
                    self._cache.update(found)
                    self.calls += len(found)
                    if progress is not None:
                        for h in found:
                            progress(h)
        finally:
            _SHARD_EXTRACTOR = None
            if not frozen_before:
                gc.unfreeze()

    def _run_here(self, todo: dict[str, str], progress: Callable[[str], None] | None = None) -> None:
        """Extract every (hash -> text) in ``todo`` into the cache, one ``nlp.pipe`` stream."""
        lex = self._lex
        prepared: dict[str, _Prepared] = {}
        order = list(todo)
        for h in order:
            prepared[h] = _Prepared(todo[h], lex)
            self.calls += 1

        # Each distinct sentence goes through the model once: reports repeat boilerplate lines
        # ("Received via Crimestoppers.", "For info of ..."), and the model reads a sentence the
        # same way wherever it stands (its entities are shifted to each place it occurs).
        work: dict[str, list[tuple[str, int]]] = {}
        for h in order:
            for off, chunk in prepared[h].chunks:
                work.setdefault(chunk, []).append((h, off))

        ents: dict[str, list[tuple[int, int, str]]] = {h: [] for h in order}
        pending = {h: len(prepared[h].chunks) for h in order}
        done_iter = iter(order)

        def finish_ready() -> None:
            # Texts finish in input order once all their chunks are back (entities in text order).
            nonlocal next_h
            while next_h is not None and pending[next_h] == 0:
                self._cache[next_h] = prepared.pop(next_h).finish(sorted(ents.pop(next_h)), lex)
                if progress is not None:
                    progress(next_h)
                next_h = next(done_iter, None)

        next_h = next(done_iter, None)
        finish_ready()
        if any(pending.values()):
            nlp = self.nlp
            docs = nlp.pipe(work.items(), as_tuples=True, batch_size=max(1, int(self.settings.batch_size)))
            for doc, places in docs:
                found = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
                for h, off in places:
                    ents[h].extend((off + s, off + e, label) for s, e, label in found)
                    pending[h] -= 1
                finish_ready()
        finish_ready()

    def extract(
        self, reports: pd.DataFrame, progress: Callable[[int, int], None] | None = None
    ) -> pd.DataFrame:
        """``MentionSchema`` rows for every report (``subject_id`` empty, ``attrs`` JSON)."""
        total = len(reports)
        texts = ["" if (t is None or t is pd.NA or (isinstance(t, float) and t != t)) else str(t) for t in reports["text"].tolist()]
        hashes = [self._hash(t) for t in texts]
        rows_per_hash: dict[str, int] = {}
        todo: dict[str, str] = {}
        for h, t in zip(hashes, texts):
            rows_per_hash[h] = rows_per_hash.get(h, 0) + 1
            if h not in self._cache and h not in todo:
                todo[h] = t
        done = total - sum(rows_per_hash[h] for h in todo)
        step = max(1, int(self.settings.batch_size))
        state = {"done": done, "since": 0}
        if progress is not None:
            progress(done, total)

        def tick(h: str) -> None:
            state["done"] += rows_per_hash[h]
            state["since"] += 1
            if progress is not None and state["since"] >= step:
                state["since"] = 0
                progress(state["done"], total)

        if todo:
            self._run(todo, tick)
        if progress is not None:
            progress(total, total)
        # Read the upload as a whole: a name read in one report is a name in the others, and
        # the rules' type of a word beats the model's (not cached per text, since it depends
        # on the rest of the upload; one cheap pass).
        by_hash = dict(zip(hashes, texts))
        revised = corpus_pass(by_hash, {h: self._cache[h] for h in by_hash}, self._lex)
        return self._frame(reports, hashes, revised)

    def _frame(self, reports: pd.DataFrame, hashes: list[str], revised: dict[str, list[Found]] | None = None) -> pd.DataFrame:
        cols: dict[str, list[Any]] = {c: [] for c in MentionSchema.names()}
        ids = reports["report_id"].tolist()
        refs = reports["reference"].tolist() if "reference" in reports else [""] * len(ids)
        revised = revised or {}
        for rid, ref, h in zip(ids, refs, hashes):
            for f in revised.get(h, self._cache[h]):
                cols["report_id"].append(int(rid))
                cols["reference"].append("" if ref is None or ref is pd.NA else str(ref))
                cols["type"].append(f.type)
                cols["text"].append(f.text)
                cols["start"].append(f.start)
                cols["end"].append(f.end)
                cols["key"].append(f.key)
                cols["method"].append(f.method)
                cols["attrs"].append(_attrs_json(f.attrs) if f.attrs else "{}")
                cols["subject_id"].append("")
        return pd.DataFrame({c: pd.Series(v, dtype=MentionSchema.columns[c]) for c, v in cols.items()})


def extract_mentions(
    reports: pd.DataFrame, settings: Settings | None = None, progress: Callable[[int, int], None] | None = None
) -> pd.DataFrame:
    """One-shot extraction (a fresh ``Extractor``, so no cache is shared between calls)."""
    return Extractor(settings).extract(reports, progress)
