"""Dataset-wide consistency for person names: a name read in one report is a name in the others.

Why: analysts upload many reports about the same people, and a report often names someone in a
way no rule can read on its own ("seen with elvis", "MUKENDI was driving", a contact saved as
"Dex"), while another report names them with a cue the rules trust ("Elvis MUKENDI (DOB
...)"). Reading the upload as a whole ("one sense per discourse", applied to the corpus) finds
those mentions. Only distinctive words spread: a word that is also English, a place, an
organisation, a vehicle or a police word never spreads alone (it may as part of a full name),
and a word spreads only where it stands alone (mixed-case text: capitalised, no capitalised
neighbour it would have to share a name with), never after an officer's rank, before a street,
business or place designator, or inside an e-mail address or handle.

The same reading settles the model's types: where the statistical model calls a word an
organisation or a place and the rules read that same word as a person elsewhere in the upload
(or the other way round), the rules' type wins (the model judges one sentence; a rule's cue is
stronger evidence).

The pass is pure: texts and the per-text findings in, revised findings out (added PERSON
findings have method ``"rule"`` and ``attrs["corpus"]`` true, so that an analyst can tell them
apart; retyped model findings keep method ``"model"`` and get ``attrs["retyped_from"]``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import accumulate
from typing import overload

from ._case import caseless
from ._filters import Lexicon, clean_key
from ._truecase import _dictionary_word
from ._types import Found

__all__ = ["corpus_pass", "corpus_persons", "corpus_types"]

_RETYPED = ("PERSON", "ORGANISATION", "LOCATION")

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
#: A word after which a name is a thing, not a person ("the DEE line", "the OKAFOR family").
_GROUP_AFTER = frozenset(
    "line lines family families brothers sisters household clan crew gang firm group mob cousins twins lot".split()
)
#: Words before a name that make it something else: operation names, officers, addressing staff.
_NOT_AFTER = frozenset(
    "op operation pc dc ds di dci sgt sergeant insp inspector pcso officer ps dsu supt hi hello dear morning afternoon evening thanks cheers".split()
)
#: Small words inside the names of bodies ('Hope for Justice', 'Friends of Mary').
_JOINERS = frozenset("for of and the".split())
#: A line that ends like this is a sign-off; the name alone on the next line is the writer's.
_SIGN_OFF = re.compile(r"(?:,|(?:thanks|cheers|regards|wishes|sincerely|faithfully))\s*$", re.I)


class _Word:
    """One word of a text: the parts of ``re.Match`` the passes read (start, end, group)."""

    __slots__ = ("_text", "_s", "_e")

    def __init__(self, text: str, s: int, e: int) -> None:
        self._text, self._s, self._e = text, s, e

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._text[self._s : self._e]


class _Words(Sequence[_Word]):
    """A text's words as ``_WORD.finditer`` finds them, each made only when read: the passes
    look at the few words around a candidate name, and building a match object for every word
    of every report was most of the pass's time."""

    __slots__ = ("_text", "_bounds")

    def __init__(self, text: str, bounds: list[int]) -> None:
        # bounds[2k] and bounds[2k + 1]: start and end of word k.
        self._text, self._bounds = text, bounds

    def __len__(self) -> int:
        return len(self._bounds) // 2

    @overload
    def __getitem__(self, i: int) -> _Word: ...

    @overload
    def __getitem__(self, i: slice) -> list[_Word]: ...

    def __getitem__(self, i: int | slice) -> _Word | list[_Word]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return _Word(self._text, self._bounds[2 * i], self._bounds[2 * i + 1])


#: ``_WORD`` as one group: ``split`` gives gap, word, gap, word, ..., gap.
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")


class _Tokens:
    """Each text's words, their lower-case forms and whether capitals mean anything in it,
    computed once and shared by the passes (the pass runs over every report of the upload)."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self._cache: dict[str, tuple[_Words, list[str], bool]] = {}

    def get(self, key: str) -> tuple[_Words, list[str], bool]:
        got = self._cache.get(key)
        if got is None:
            text = self.texts[key]
            parts = _WORD_SPLIT.split(text)
            bounds = list(accumulate(map(len, parts)))[:-1]  # word k spans bounds[2k]..bounds[2k+1]
            got = self._cache[key] = (_Words(text, bounds), [w.lower() for w in parts[1::2]], not caseless(text))
        return got


def _name_words(text: str) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text)]


def _spreads_alone(w: str, lex: Lexicon) -> bool:
    """May this single word stand for a person wherever it occurs in the upload? (An English
    word that is also a known forename or surname, 'Mason', 'Elvis', 'Grant', may only where
    capitals mark it: see ``_written_as_name``.)"""
    return _plain_name(w, lex) and not _dictionary_word(w)


def _plain_name(w: str, lex: Lexicon) -> bool:
    return (
        len(w) >= 3
        and not lex.not_a_name_word(w)
        and w not in lex.place_words
        and w not in lex.org_words
        and w not in lex.vehicle_makes
        and w not in lex.vehicle_models
        and w not in lex.slang
        and w not in lex.street_suffixes
        and w not in lex.org_suffixes
        and w not in lex.place_suffixes
    )


def _known_name(w: str, lex: Lexicon) -> bool:
    return _plain_name(w, lex) and (w in lex.forenames or w in lex.surnames)


def _acronym(as_written: str, w: str, lex: Lexicon) -> bool:
    """Short capitals no name list knows ('PSNI', 'RSO', 'SIM' inside a misread name) are
    initialisms: they do not spread alone even though no dictionary knows them."""
    return as_written.isupper() and len(w) <= 4 and w not in lex.surnames and w not in lex.forenames


def _designator(w: str, lex: Lexicon) -> bool:
    return w in lex.street_suffixes or w in lex.org_suffixes or w in lex.place_suffixes or w in lex.lower_place_suffixes


def corpus_persons(
    texts: Mapping[str, str], found: Mapping[str, list[Found]], lex: Lexicon, tokens: _Tokens | None = None
) -> dict[str, list[Found]]:
    """Extra PERSON findings per text key: names read elsewhere in the upload, found again here.

    ``texts`` and ``found`` share keys (one entry per distinct text). Full names (two or more
    words, in the order written or, for two words, reversed: "McALLISTER Jordan") spread
    anywhere; single words only as described in the module doc.
    """
    tokens = tokens or _Tokens(texts)
    alone: dict[str, bool] = {}  # per word: _spreads_alone (asked of every person's words)
    full: dict[tuple[str, ...], set[str]] = defaultdict(set)
    single: dict[str, set[str]] = defaultdict(set)
    cased_only: dict[str, set[str]] = defaultdict(set)  # English words that are names: need capitals
    for key, fs in found.items():
        for f in fs:
            if f.type != "PERSON" or f.method != "rule" or f.attrs.get("corpus"):
                continue  # the model's guesses do not spread (its acronyms and headings would)
            written = [m.group() for m in _WORD.finditer(f.text) if len(m.group()) > 1]
            words = [w.lower() for w in written]
            if len(words) == 1 and f.attrs.get("alias_of"):  # a nickname given with 'aka': "Smudge"
                w = words[0]
                if not _acronym(written[0], w, lex) and _plain_name(w, lex):
                    (single if _spreads_alone(w, lex) else cased_only)[w].add(key)
                continue
            if len(words) >= 2:
                full[tuple(words)].add(key)
                if len(words) == 2:
                    full[(words[1], words[0])].add(key)
                for w, as_written in zip(words, written):
                    if _acronym(as_written, w, lex):
                        continue
                    if w not in alone:
                        alone[w] = _spreads_alone(w, lex)
                    if alone[w]:
                        single[w].add(key)
                    elif _known_name(w, lex):
                        cased_only[w].add(key)
    if not full and not single and not cased_only:
        return {}
    firsts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in full:
        firsts[name[0]].append(name)
    for lst in firsts.values():
        lst.sort(key=len, reverse=True)
    extra: dict[str, list[Found]] = {}
    cands = firsts.keys() | single.keys() | cased_only.keys()
    for key, text in texts.items():
        words, low, mixed = tokens.get(key)
        idx = [i for i, w in enumerate(low) if w in cands]
        if not idx:
            continue
        taken = sorted((f.start, f.end) for f in found.get(key, ()))
        out: list[Found] = []
        free_from = 0
        for i in idx:
            if i < free_from:
                continue
            ws = words[i].start()
            if any(a <= ws < b for a, b in taken):
                continue  # already a finding (most occurrences are)
            j = _match_at(i, low, words, text, key, full, firsts, single, cased_only if mixed else {}, mixed, lex)
            if j is None:
                continue
            s, e = ws, words[j - 1].end()
            if not any(a < e and s < b for a, b in taken):
                span = text[s:e]
                out.append(Found("PERSON", s, e, span, clean_key(span), "rule", {"corpus": True}))
                taken.append((s, e))
            free_from = j
        if out:
            extra[key] = out
    return extra


def corpus_types(found: Mapping[str, list[Found]]) -> dict[str, list[Found]]:
    """Model findings retyped to the one type the rules give the same words elsewhere in the upload
    (only texts with a change are returned, each with its whole revised list)."""
    rule_types: dict[str, set[str]] = defaultdict(set)
    for fs in found.values():
        for f in fs:
            if f.method == "rule" and f.type in _RETYPED:
                rule_types[f.text.lower()].add(f.type)
    out: dict[str, list[Found]] = {}
    for key, fs in found.items():
        changed = False
        revised = []
        for f in fs:
            types = rule_types.get(f.text.lower()) if f.method == "model" and f.type in _RETYPED else None
            if types and len(types) == 1 and f.type not in types:
                (typ,) = types
                f = Found(typ, f.start, f.end, f.text, f.key, f.method, {**f.attrs, "retyped_from": f.type})
                changed = True
            revised.append(f)
        if changed:
            out[key] = revised
    return out


_SPACES = re.compile(r"\s+")


def corpus_names(
    texts: Mapping[str, str], found: Mapping[str, list[Found]], tokens: _Tokens | None = None
) -> dict[str, list[Found]]:
    """Organisation and place names of two or more words that the rules read in one report,
    found again where the same words stand in another (whole revised lists of changed texts).

    Why: 'Sandhu Cash & Carry' is read by its designator once; a later 'sandhu cash & carry'
    in a hasty note, or 'Fresh Cutz' where the model saw nothing, is the same business. An
    occurrence the rules already cover is left alone; one the model alone typed is replaced. In
    mixed-case text the occurrence must be capitalised as a name and must not run on into a
    longer capitalised name ('Fresh Cutz Barbers' is another span).
    """
    tokens = tokens or _Tokens(texts)
    types: dict[str, set[str]] = defaultdict(set)
    for fs in found.values():
        for f in fs:
            if f.method == "rule" and f.type in ("ORGANISATION", "LOCATION") and len(_WORD.findall(f.text)) >= 2:
                types[_SPACES.sub(" ", f.text.lower())].add(f.type)
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
    for name, ts in types.items():
        if len(ts) == 1:
            ws = tuple(w.lower() for w in _WORD.findall(name))
            by_first[ws[0]].append((ws, name, next(iter(ts))))
    for lst in by_first.values():
        lst.sort(key=lambda x: len(x[1]), reverse=True)
    out: dict[str, list[Found]] = {}
    for key, text in texts.items():
        words, low, mixed = tokens.get(key)
        idx = [i for i, w in enumerate(low) if w in by_first]
        if not idx:
            continue
        current = found.get(key, [])
        added: list[Found] = []
        dropped: set[int] = set()
        for i in idx:
            for ws, name, typ in by_first[low[i]]:
                n = len(ws)
                if tuple(low[i : i + n]) != ws:
                    continue
                s, e = words[i].start(), words[i + n - 1].end()
                if _SPACES.sub(" ", text[s:e].lower()) != name or not _name_edges(text, s, e):
                    continue
                span = text[s:e]
                if mixed and not (span[0].isupper() and all(m.group()[0].isupper() or low[k] in _JOINERS for k, m in enumerate(words[i : i + n], i))):
                    continue
                if mixed and i + n < len(words) and words[i + n].start() - e <= 1 and words[i + n].group()[0].isupper():
                    continue
                hits = [h for h, f in enumerate(current) if f.start < e and s < f.end]
                if any(current[h].method != "model" or (current[h].start <= s and e <= current[h].end) for h in hits):
                    continue  # the rules' reading stands, and so does a longer name around it
                if any(a.start < e and s < a.end for a in added):
                    continue
                dropped.update(hits)
                added.append(Found(typ, s, e, span, clean_key(span), "rule", {"corpus": True}))
                break
        if added:
            keep = [f for h, f in enumerate(current) if h not in dropped]
            out[key] = sorted(keep + added, key=lambda f: (f.start, f.end))
    return out


def _name_edges(text: str, s: int, e: int) -> bool:
    """Not part of a longer token: an e-mail, a handle, a code ('XA1 Roofing', 'fresh.cutz')."""
    if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@._&'-"):
        return False
    if e < len(text) and (text[e].isalnum() or text[e] in "@_'-" or (text[e] == "." and e + 1 < len(text) and text[e + 1].isalnum())):
        return False
    return True


def corpus_pass(texts: Mapping[str, str], found: Mapping[str, list[Found]], lex: Lexicon) -> dict[str, list[Found]]:
    """All dataset-wide steps: the whole revised list of findings for every text that changed."""
    tokens = _Tokens(texts)
    out = corpus_types(found)
    current = {k: out.get(k, fs) for k, fs in found.items()}
    named = corpus_names(texts, current, tokens)
    out.update(named)
    current.update(named)
    extra = corpus_persons(texts, current, lex, tokens)
    for k, fs in extra.items():
        out[k] = sorted(current[k] + fs, key=lambda f: (f.start, f.end))
    return out


def _match_at(
    i: int,
    low: list[str],
    words: Sequence[_Word],
    text: str,
    key: str,
    full: Mapping[tuple[str, ...], set[str]],
    firsts: Mapping[str, list[tuple[str, ...]]],
    single: Mapping[str, set[str]],
    cased_only: Mapping[str, set[str]],
    mixed: bool,
    lex: Lexicon,
) -> int | None:
    """End word index (exclusive) of a known name starting at word ``i``, or None."""
    w = low[i]
    if w not in firsts and w not in single and w not in cased_only:
        return None
    if not _clear_context(i, low, words, text, mixed, lex):
        return None
    for name in firsts.get(w, ()):
        n = len(name)
        if tuple(low[i : i + n]) == name and full[name] - {key} and _contiguous(words, text, i, n):
            if mixed and not all(words[k].group()[0].isupper() for k in range(i, i + n)):
                continue
            if i + n < len(low) and (_designator(low[i + n], lex) or low[i + n] in _GROUP_AFTER):
                continue
            return i + n
    tok = words[i].group()
    if w in cased_only and cased_only[w] - {key}:
        if not tok[0].isupper() or _opens_sentence(text, words[i].start()):
            return None
    elif w not in single or not single[w] - {key}:
        return None
    if mixed:
        if not tok[0].isupper():
            return None
        for k in (i - 1, i + 1):  # a capitalised neighbour: part of a longer name the rules did not take
            if 0 <= k < len(words) and words[k].group()[0].isupper() and _contiguous(words, text, min(i, k), 2):
                if k == i - 1 and _opens_sentence(text, words[k].start()):
                    continue
                return None
    if i + 1 < len(low) and not text[words[i].end() : words[i + 1].start()].strip(" \"'\u201c\u201d"):
        nxt = low[i + 1]
        if _designator(nxt, lex) or nxt in _GROUP_AFTER:
            return None
        if not mixed and (nxt in lex.forenames or nxt in lex.surnames or not _dictionary_word(nxt)):
            return None  # 'kimmy joseph': a longer name whose end no capital shows
    if mixed and i + 2 < len(low) and low[i + 1] in _JOINERS and words[i + 2].group()[0].isupper() and _contiguous(words, text, i, 3):
        return None  # 'Hope for Justice', 'Bank of Kyle': the head of a longer name
    return i + 1


def _contiguous(words: Sequence[_Word], text: str, i: int, n: int) -> bool:
    """Are words i..i+n-1 separated only by spaces (or a comma for 'SURNAME, Forename')?"""
    for k in range(i, i + n - 1):
        gap = text[words[k].end() : words[k + 1].start()]
        if gap.strip(" ,") or len(gap) > 3 or "\n" in gap:
            return False
    return True


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?:\n;-"


#: A word used as a form's field label: a colon and a number after it ("Tel: 01632 960184"); a speaker's
#: "Kyle: where r u" stays a name. A short label may go without the colon ("Tel 07700 900507").
_FIELD_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*[+(]?\d{3,}")
_SHORT_LABEL_AFTER = re.compile(r"[ \t]+[+(]?\d{3,}")


def _clear_context(i: int, low: list[str], words: Sequence[_Word], text: str, mixed: bool, lex: Lexicon) -> bool:
    """Not inside an address or handle, not after an officer's rank or an operation word."""
    s, e = words[i].start(), words[i].end()
    if s > 0 and text[s - 1] in "@._/#\\":
        return False
    if e < len(text) and (text[e] == "@" or (text[e] in "._" and e + 1 < len(text) and text[e + 1].isalnum())):
        return False
    if _FIELD_LABEL_AFTER.match(text, e) or e - s <= 3 and _SHORT_LABEL_AFTER.match(text, e):
        return False  # "Tel: 01632 960 184": a form's label, though a person is "Tel" elsewhere
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    if not text[line_start:s].strip() and not text[e : None if line_end < 0 else line_end].strip(" .,!"):
        prev_line = text[:line_start].rstrip().rsplit("\n", 1)[-1]
        if _SIGN_OFF.search(prev_line):
            return False
    if i > 0:
        prev = low[i - 1]
        gap = text[words[i - 1].end() : s]
        if not gap.strip(" \t0123456789") and (prev in _NOT_AFTER or prev in lex.ranks):
            return False
    return True
