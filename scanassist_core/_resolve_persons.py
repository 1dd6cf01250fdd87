"""Clustering person mentions into people.

Why this shape: comparing every pair of 50,000 mentions is too slow and too loose, so work
is done on *distinct name forms* (name, DOB, birth-year-from-age) and candidate pairs come
only from blocks (same DOB; same surname metaphone). Unions go strongest evidence first
and are refused when they would put two DOBs, two distant ages, two incompatible forenames
(Terence/Teresa via "Terry") or two different middle names in one person, so a chain of
weak links cannot glue different people together, and refused when one person would carry
two different surnames (a surname-bearing form never joins another surname through a chain).
Partial forms (initials, bare surnames or forenames, "aka" nicknames) are attached by
``_resolve_partials``: in their own report first, across the dataset only when one person fits
(or context picks one). Explicit aliases join last (``_resolve_aliases``), refusing a
nickname shared by two people. Name order comes from case ('NOWAK Bartosz', 'Tomasz SMITH JONES');
a two-word name in one case ('nowak bartosz') takes the order the dataset writes it in elsewhere.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

import jellyfish
import pandas as pd
from rapidfuzz import fuzz

from ._resolve_aliases import join_aliases
from ._resolve_context import (
    alias_links,
    birth_year_after,
    caps_double_surname,
    caps_last,
    dob_after,
    split_surname_first,
    other_bearer,
    pronoun_alias_sex,
    unnamed_party,
    surname_first,
    surname_initials,
    title_sex,
)
from ._resolve_partials import attach_partials as _attach_partials
from ._resolve_names import (
    FORENAME_SAME,
    PName,
    _joined,
    forename_score,
    generation,
    leading_noise,
    forename_sex,
    surname_compatible_parts,
    middles_compatible,
    parse_name,
    parse_parts,
    surname_block,
    surname_score,
    translit_key,
)

__all__ = ["PersonRow", "person_rows", "cluster_persons"]

# A nickname in quotes inside a written name: 'John "Smudge" SMITH', "Kyle 'Kes' BROWN".
_INNER_NICK = re.compile(r"^\s*(\S+(?:\s+\S+)*?)\s+[\"'\u201c\u2018(]+([^\"'\u201c\u201d\u2018\u2019()]{2,30})[\"'\u201d\u2019)]+\s+(\S.*)$")
_MAIDEN = re.compile(r"^\s*(\S.*?)\s*[(,]?\s*(?:n[e\u00e9]e|formerly)\s+([^\s()]+)\s*\)?\s*$", re.I)
_MAX_DOB_GROUP = 200  # distinct name forms compared pairwise within one DOB
_AGE_SLACK = 2  # years: a stated age gives the birth year only to +-1, and dates slip


@dataclass(slots=True)
class PersonRow:
    """What resolution needs from one person mention."""

    report_id: int
    name: PName
    dob: str  # as stated next to this mention ('' if none)
    byear: int | None  # birth year implied by a stated age at the report date
    alias: str  # nickname written next to the name ('' if none)
    alias_of: str  # key of the main name this mention is an alias of ('' if none)
    eff_dob: str = ""  # dob, or the dob of the same name elsewhere in the same report
    start: int = -1  # character offset in the report (orders mentions within a report)
    link: int = -1  # row index of the mention this one is an alias of ('aka' in the text), or -1
    child: bool = False  # stated age (or DOB) makes them under 18 at the report date
    free_order: bool = False  # two words in one case ('thomas aaron'): either may be the surname
    shout: bool = False  # such a free-order name written wholly in capitals ('STEWART CALLUM')
    alt: PName | None = None  # 'TREGEAR K' read SURNAME-first, taken when that surname is known
    sex: str = ""  # 'm'/'f' from a title written before the name ('Mrs HEPPLE')
    year: int | None = None  # exact birth year: a DOB's, or a year-only form ('(b.1997)', 'born 1997')
    other: bool = False  # 'the other John SMITH', 'not the John SMITH': a second bearer of a name
    gen: str = ""  # 'j'/'s' for 'Jnr'/'Snr' written after the name: father and son stay apart


def _attrs(text: object) -> dict:
    if not isinstance(text, str) or not text.strip() or text.strip() == "{}":
        return {}
    try:
        val = json.loads(text)
    except ValueError:
        return {}
    return val if isinstance(val, dict) else {}


def person_rows(
    mentions: pd.DataFrame,
    report_dates: dict[int, pd.Timestamp],
    report_texts: dict[int, str] | None = None,
) -> list[PersonRow]:
    """Parse person mentions (in frame order); attrs are trusted over re-parsing the key.

    With ``report_texts``, alias cues between neighbouring mentions ('aka', 'known as') set
    ``link`` (see ``_resolve_context``).
    """
    out: list[PersonRow] = []
    cache: dict[tuple[str, str, str], tuple] = {}
    rids = [int(r) for r in mentions["report_id"].tolist()]
    starts = [int(x) for x in mentions["start"].tolist()]
    ends = [int(x) for x in mentions["end"].tolist()]
    for rid, key, text, attrs_s, start, end in zip(
        rids, mentions["key"].tolist(), mentions["text"].tolist(), mentions["attrs"].tolist(), starts, ends,
    ):
        written = str(text) if isinstance(text, str) else ""
        ck = (str(key), str(attrs_s), written)
        hit = cache.get(ck)
        if hit is None:
            a = _attrs(attrs_s)
            toks = written.split()
            if len(toks) > 1 and leading_noise(toks[0]):  # 'DP Arben KRASNIQI', 'Prisoner McKENZIE': a label
                written = " ".join(toks[1:])
                a = {k: v for k, v in a.items() if k not in ("forename", "middle", "surname", "initial_only")}
                key = written.lower()
            maiden = _MAIDEN.match(written)
            if maiden:  # 'Sarah JONES nee WILLIAMS': the maiden surname is a name she is also found under
                written = maiden.group(1)
                a = {**a, "alias": a.get("alias") or maiden.group(2)}
                a.pop("surname", None)
                a.pop("forename", None)
                key = written.lower()
            inner = _INNER_NICK.match(written)
            if inner:  # 'John "Smudge" SMITH': the quoted word is his nickname, not a middle name
                written = f"{inner.group(1)} {inner.group(3)}"
                a = {**a, "alias": a.get("alias") or inner.group(2)}
                if not a.get("surname"):
                    key = written.lower()
            double = caps_double_surname(written)
            if double:  # 'Tomasz SMITH JONES' is Tomasz SMITH-JONES
                name = parse_name(double)
            elif surname_first(written):  # 'NOWAK Bartosz': the capitals say which is the surname
                first, _, rest = written.strip().partition(" ")
                name = parse_name(f"{first}, {rest}")
            elif caps_last(written):  # 'Isobel McKENZIE': the capitals win over attrs read the other way
                name = parse_name(written)
            elif a.get("surname") or a.get("forename"):
                name = parse_parts(
                    str(a.get("forename") or ""), str(a.get("middle") or ""),
                    str(a.get("surname") or ""), bool(a.get("initial_only")),
                )
            else:
                name = parse_name(str(key) if isinstance(key, str) and key.strip() else written)
            dob = str(a.get("dob") or "")[:10]
            age = a.get("age")
            age_i = int(age) if isinstance(age, (int, float)) and 0 <= age < 130 else None
            alias = parse_name(str(a.get("alias") or "")).key
            alias_of = parse_name(str(a.get("alias_of") or "")).key
            free = name.full and len(name.middles) <= 1 and _one_case(written)
            alt = None
            if surname_initials(written):
                first, _, rest = written.strip().partition(" ")
                alt = parse_name(f"{first}, {rest}")
            hit = (name, dob, age_i, alias, alias_of, free, alt, free and written.isupper())
            cache[ck] = hit
        name, dob, age_i, alias, alias_of, free, alt, shout = hit
        byear = None
        child = age_i is not None and age_i < 18
        d = report_dates.get(int(rid))
        if d is not None and not pd.isna(d):
            if not dob and age_i is None and report_texts:  # 'DOB 01-02-1990', '(34 yrs)' the attrs lack
                dob, age_i = dob_after(report_texts.get(int(rid), ""), end, int(d.year))
                child = age_i is not None and age_i < 18
            if age_i is not None:
                byear = int(d.year) - age_i
            elif dob[:4].isdigit():
                child = int(d.year) - int(dob[:4]) < 18
        out.append(
            PersonRow(int(rid), name, dob, byear, alias, alias_of, start=start, child=child, free_order=free, shout=shout, alt=alt,
                      gen=generation(written) if name.full else "")
        )
    if report_texts:
        _join_form_fields(out, starts, ends, report_texts)
    _fix_order(out)
    if report_texts:
        for i, j in enumerate(alias_links(rids, starts, ends, report_texts)):
            out[i].link = j
        _pronoun_aliases(out, report_texts)
        texts = mentions["text"].tolist()
        for i, r in enumerate(out):
            text = report_texts.get(r.report_id, "")
            if not r.name.full:
                r.sex = title_sex(text, starts[i], str(texts[i]))
            if text:
                r.other = other_bearer(text, starts[i])
                if not r.dob and r.byear is None:
                    r.year = birth_year_after(text, ends[i])
                    if r.year is not None:
                        d = report_dates.get(r.report_id)
                        if d is not None and not pd.isna(d):
                            r.child = int(d.year) - r.year < 18
    for r in out:
        if r.dob[:4].isdigit():
            r.year = int(r.dob[:4])
    _propagate_dob(out)
    return out


_PRONOUN_BACK = 400  # characters back a 'he is known as' may reach for the man it means


def _pronoun_aliases(rows: list[PersonRow], texts: dict[int, str]) -> None:
    """'Tremaine WALKER (17) ... His mum Michelle WALKER says ... he is known as "Little T"': a nickname
    after 'he/she is known as' belongs to the nearest person named before it of that sex."""
    by_report: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_report[r.report_id].append(i)
    for rid, idx in by_report.items():
        text = texts.get(rid, "")
        if len(idx) < 2 or not text:
            continue
        low = text.lower()
        if "known" not in low and "called" not in low and "referred" not in low and "nicknamed" not in low:
            continue
        for i in idx:
            r = rows[i]
            if r.link >= 0 or r.start <= 0:
                continue
            sex = pronoun_alias_sex(text, r.start)
            if not sex:
                continue
            before = [j for j in idx if rows[j].name.full and r.start - _PRONOUN_BACK < rows[j].start < r.start]
            # a man or woman brought in unnamed after a candidate may be the one the pronoun means
            before = [j for j in before if not unnamed_party(text[rows[j].start : r.start])]
            same = [j for j in before if forename_sex(rows[j].name.fore) == sex]
            unknown = {rows[j].name.key for j in before if not forename_sex(rows[j].name.fore)}
            if same:
                r.link = max(same, key=lambda j: rows[j].start)
            elif len(unknown) == 1:  # the only one named before who is not of the other sex
                r.link = max((j for j in before if rows[j].name.key in unknown), key=lambda j: rows[j].start)


def _one_case(written: str) -> bool:
    """Two words written in one case, no comma: nothing says which is the surname. Three words only
    wholly in capitals or lower case ("O'NEILL SEAN PATRICK", 'NGUYEN VAN THANH' from a shouted export)."""
    toks = written.split()
    if not 2 <= len(toks) <= 3 or "," in written:
        return False
    if all(t.islower() for t in toks) or all(t.isupper() for t in toks):
        return True
    return len(toks) == 2 and all(t[:1].isupper() and t[1:].islower() for t in toks)


def _fix_order(rows: list[PersonRow]) -> None:
    """'thomas aaron' is Aaron THOMAS when only that order is written elsewhere with its order
    shown (SURNAME in capitals, or 'SURNAME, Forename'), and the written order is not; 'SMITH J'
    is J. SMITH when SMITH is a surname written elsewhere."""
    _rejoin_surnames(rows)
    known: dict[str, set[str]] = defaultdict(set)  # surname -> forenames, from ordered forms
    for r in rows:
        if r.name.full and not r.free_order:
            known[r.name.sur].add(r.name.fore)
    if not known:
        _prose_order(rows)
        return
    for r in rows:  # 'TREGEAR K' is K. TREGEAR when TREGEAR is somebody's surname
        if r.alt is not None and r.alt.sur in known:
            r.name = r.alt
    swapped: dict[PName, PName | None] = {}

    def supported(fore: str, sur: str) -> bool:
        return any(forename_score(fore, f) >= FORENAME_SAME for f in known.get(sur, ()))

    for r in rows:
        if not r.free_order:
            continue
        p = r.name
        if p not in swapped:
            alt = parse_name(f"{p.fore}, {' '.join((*p.middles, p.sur))}")
            ok = alt.full and supported(alt.fore, alt.sur) and not supported(p.fore, p.sur)
            swapped[p] = alt if ok else None
        alt = swapped[p]
        if alt is not None:
            r.name = alt
    _prose_order(rows)


def _prose_order(rows: list[PersonRow]) -> None:
    """'STEWART CALLUM' in a shouted export and 'callum stewart' in a lower-case note, with no form
    anywhere that shows the order: exports write SURNAME FORENAME, prose forename first, so the
    capitals take the prose order when only that order is written in prose."""
    prose = {r.name for r in rows if r.free_order and not r.shout and r.name.full}
    if not prose:
        return
    for r in rows:
        p = r.name
        if not r.shout or p in prose or len(p.middles) > 0:
            continue
        alt = parse_name(f"{p.fore}, {p.sur}")
        if alt.full and alt in prose:
            r.name = alt


_SURNAME_LABEL = re.compile(r"\b(?:surname|family\s+name|last\s+name)\s*[:\-]\s*$", re.I)
_FORENAME_LABEL = re.compile(
    r"\b(?:fore\s?names?(?:\s*\(s\))?|first\s+names?|given\s+names?|christian\s+names?)\s*[:\-]\s*$", re.I
)
_FIELD_GAP = 160  # a record's SURNAME: and FORENAME(S): fields sit within a line or two of each other


def _join_form_fields(rows: list[PersonRow], starts: list[int], ends: list[int], texts: dict[int, str]) -> None:
    """'Surname: ASANTE   Forename(s): Kwame Kofi': the two fields are one person's name. A mention
    after a forename label takes the surname of the nearest mention after a surname label (and that
    mention the whole name), so neither is read as a name of its own ('Kwame KOFI')."""
    by_report: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_report[r.report_id].append(i)
    for rid, idx in by_report.items():
        text = texts.get(rid, "")
        if not text or len(idx) < 2:
            continue
        idx.sort(key=lambda i: starts[i])
        for i, j in zip(idx, idx[1:]):  # 'QUINN Padraig Francis' taken as two mentions: one name
            if not 0 < starts[j] - ends[i] <= 3:
                continue
            gap = text[ends[i] : starts[j]]
            if not gap.strip(" \t") and split_surname_first(text[starts[i] : ends[i]], text[starts[j] : ends[j]]):
                fores = text[starts[j] : ends[j]].split()
                name = parse_parts(fores[0], " ".join(fores[1:]), text[starts[i] : ends[i]])
                if name.full:
                    rows[i].name = rows[j].name = name
                    rows[i].free_order = rows[j].free_order = False
                    rows[i].alt = rows[j].alt = None
        if "name" not in text.lower():
            continue
        surs = [i for i in idx if _SURNAME_LABEL.search(text[max(0, starts[i] - 20) : starts[i]])]
        if not surs:
            continue
        for i in idx:
            if not _FORENAME_LABEL.search(text[max(0, starts[i] - 24) : starts[i]]):
                continue
            near = [j for j in surs if abs(starts[j] - starts[i]) <= _FIELD_GAP and j != i]
            if not near:
                continue
            j = min(near, key=lambda j: abs(starts[j] - starts[i]))
            fores = text[starts[i] : ends[i]].split()
            sur = text[starts[j] : ends[j]]
            name = parse_parts(fores[0], " ".join(fores[1:]), sur) if fores else rows[i].name
            if name.full:
                rows[i].name = rows[j].name = name
                rows[i].free_order = rows[j].free_order = False
                rows[i].alt = rows[j].alt = None


_SPLIT_PREFIXES = frozenset(("o", "mc", "mac"))


def _rejoin_surnames(rows: list[PersonRow]) -> None:
    """'Tyrese Campbell Wright' is Tyrese CAMPBELL-WRIGHT and 'Sean O NEILL' is Sean O'NEILL when the
    dataset writes that surname as one unit elsewhere: a hyphen or apostrophe lost by one writer
    (or system) must not turn part of a surname into a middle name or an initial."""
    units: dict[str, str] = {}
    for r in rows:
        sur = r.name.sur
        if r.name.full and " " not in sur and len(sur) >= 5:
            units.setdefault(_joined(sur), sur)
    if not units:
        return
    fixed: dict[PName, PName] = {}
    for r in rows:
        p = r.name
        if not p.middles and p.fore not in _SPLIT_PREFIXES:
            continue
        if p in fixed:
            r.name = fixed[p]
            continue
        new = p
        if p.full and p.middles:
            unit = units.get(_joined(p.middles[-1] + p.sur))
            if unit:
                new = PName.make(p.fore, p.middles[:-1], unit, p.initial)
        elif p.fore in _SPLIT_PREFIXES and not p.middles:  # a bare 'O NEILL', 'MC DONALD'
            unit = units.get(p.fore + p.sur)
            if unit:
                new = PName.make("", (), unit, False)
        fixed[p] = new
        r.name = new


def _propagate_dob(rows: list[PersonRow]) -> None:
    """A name repeated in one report without its DOB is the person given that DOB there."""
    by_report: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        if r.dob and r.name.full:
            by_report[r.report_id][r.name.key].add(r.dob)
    for r in rows:
        r.eff_dob = r.dob
        if not r.dob and r.name.full and not r.other:
            dobs = by_report.get(r.report_id, {}).get(r.name.key)
            if dobs and len(dobs) == 1:
                dob = next(iter(dobs))
                if _years_agree(dob, r):
                    r.eff_dob = dob


def _years_agree(dob: str, r: PersonRow) -> bool:
    """A DOB may be copied onto a mention only if its own birth year or stated age does not contradict it."""
    if not dob[:4].isdigit():
        return True
    y = int(dob[:4])
    if r.year is not None and r.year != y:
        return False
    return r.byear is None or abs(r.byear - y) <= _AGE_SLACK


@dataclass(slots=True)
class _Root:
    dobs: set[str] = field(default_factory=set)
    years: tuple[int, int] | None = None
    fores: set[str] = field(default_factory=set)
    middles: set[str] = field(default_factory=set)
    surs: set[str] = field(default_factory=set)  # surnames of surname-bearing, non-alias forms
    exact: set[int] = field(default_factory=set)  # birth years known exactly (DOB, '(b.1997)')
    tags: set[int] = field(default_factory=set)  # node ids held
    apart: set[int] = field(default_factory=set)  # node ids this person must never join ('the other X')
    gens: set[str] = field(default_factory=set)  # 'j'/'s' (Jnr/Snr) written with the name


class _Clusters:
    """Union-find over name forms whose unions respect identity constraints."""

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.info: list[_Root] = []

    def add(self, name: PName, dob: str, byear: int | None, alias: bool = False, year: int | None = None) -> int:
        i = len(self.parent)
        self.parent.append(i)
        years = None
        if dob[:4].isdigit():
            year = int(dob[:4])
        if year is not None:
            years = (year, year)
        elif byear is not None:
            years = (byear - 1, byear)
        self.info.append(
            _Root(
                {dob} if dob else set(),
                years,
                {name.fore} if name.full else set(),
                {name.middles[0]} if name.middles and len(name.middles[0]) > 1 else set(),
                {name.sur} if name.sur and name.fore and not alias else set(),
                {year} if year is not None else set(),
                {i},
            )
        )
        return i

    def find(self, i: int) -> int:
        p = self.parent
        while p[i] != i:
            p[i] = p[p[i]]
            i = p[i]
        return i

    def compatible(self, a: int, b: int, names: bool = True, surnames: bool = True) -> bool:
        ia, ib = self.info[a], self.info[b]
        if ia.dobs and ib.dobs and ia.dobs != ib.dobs:
            return False
        if ia.exact and ib.exact and ia.exact != ib.exact:
            return False
        if (ia.apart & ib.tags) or (ib.apart & ia.tags):
            return False
        if ia.gens and ib.gens and ia.gens != ib.gens:
            return False
        if surnames and ia.surs and ib.surs and not all(surname_compatible_parts(x, y) for x in ia.surs for y in ib.surs):
            return False
        if ia.years and ib.years:
            lo, hi = min(ia.years[0], ib.years[0]), max(ia.years[1], ib.years[1])
            if hi - lo > _AGE_SLACK + 1:
                return False
        if names:
            for fa in ia.fores:
                for fb in ib.fores:
                    if forename_score(fa, fb) < FORENAME_SAME:
                        return False
            if ia.middles and ib.middles and not any(
                middles_compatible((ma,), (mb,)) for ma in ia.middles for mb in ib.middles
            ):
                return False
        return True

    def union(self, a: int, b: int, names: bool = True, surnames: bool = True) -> bool:
        """Join two people if nothing conflicts; ``surnames=False`` (a misspelt surname an identifier
        corroborates) skips the surname check and keeps only the first person's surname(s) as the
        constraint, so the variant does not block that person's later joins."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.compatible(ra, rb, names, surnames):
            return False
        keep_surs = None if surnames else set(self.info[ra].surs or self.info[rb].surs)
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        ia, ib = self.info[ra], self.info[rb]
        ia.dobs |= ib.dobs
        if ib.years:
            ia.years = ib.years if not ia.years else (min(ia.years[0], ib.years[0]), max(ia.years[1], ib.years[1]))
        ia.fores |= ib.fores
        ia.middles |= ib.middles
        ia.surs = keep_surs if keep_surs is not None else ia.surs | ib.surs
        ia.exact |= ib.exact
        ia.tags |= ib.tags
        ia.apart |= ib.apart
        ia.gens |= ib.gens
        return True


def _same_name(a: PName, b: PName) -> bool:
    return (
        surname_score(a.sur, b.sur) > 0
        and forename_score(a.fore, b.fore) >= FORENAME_SAME
        and middles_compatible(a.middles, b.middles)
    )


def cluster_persons(rows: list[PersonRow], idents: dict[int, frozenset[str]] | None = None) -> list[int]:
    """Cluster label (an int, same label = same person) for each row.

    ``idents`` (report id -> identifiers its text names) lets a shared phone, plate, email or
    postcode corroborate a close-but-unequal name and pick between people a partial form fits."""
    idents = idents or {}
    _link_alias_of(rows)
    uf = _Clusters()
    # A form ever written as somebody's alias carries no surname of its own ('Lil T', a false name).
    alias_keys = {r.name.key for r in rows if r.link >= 0}
    node_of: dict[tuple[str, str, int | None, int | None, int, str], int] = {}
    node_name: list[PName] = []
    row_node: list[int] = [-1] * len(rows)
    full_idx = [i for i, r in enumerate(rows) if r.name.full]
    for i in full_idx:
        r = rows[i]
        byear = None if r.eff_dob else r.byear
        year = None if r.eff_dob else r.year
        k = (r.name.key, r.eff_dob, byear, year, i if r.other else -1, r.gen)
        n = node_of.get(k)
        if n is None:
            n = uf.add(r.name, r.eff_dob, byear, alias=r.name.key in alias_keys, year=year)
            if r.gen:
                uf.info[n].gens.add(r.gen)
            node_of[k] = n
            node_name.append(r.name)
        row_node[i] = n
    _keep_apart(rows, row_node, full_idx, uf)
    node_dob = {n: k[1] for k, n in node_of.items()}
    nodes = sorted(node_of.values(), key=lambda n: (node_name[n].key, node_dob[n]))

    # Phase 1: same DOB and close names (fuzzy whole name, or surname sound + forename).
    by_dob: dict[str, list[int]] = defaultdict(list)
    for n in nodes:
        if node_dob[n]:
            by_dob[node_dob[n]].append(n)
    dob_groups: list[list[int]] = []
    for group in by_dob.values():
        if len(group) <= _MAX_DOB_GROUP:
            dob_groups.append(group)
        else:  # a placeholder DOB (01/01/1900) shared by many: compare within surname sound only
            sub: dict[str, list[int]] = defaultdict(list)
            for n in group:
                sub[surname_block(node_name[n].sur)].append(n)
            dob_groups.extend(sub.values())
    for group in dob_groups:
        for x, a in enumerate(group):
            na = node_name[a]
            for b in group[x + 1 :]:
                nb = node_name[b]
                if _same_name(na, nb) or (
                    fuzz.ratio(na.key, nb.key) >= 88 and forename_score(na.fore, nb.fore) >= FORENAME_SAME
                ):
                    uf.union(a, b)

    # Phase 2: forms without DOB, blocked by surname sound, grouped by (surname, forename).
    blocks: dict[str, dict[tuple[str, str], list[int]]] = defaultdict(lambda: defaultdict(list))
    for n in nodes:
        nm = node_name[n]
        blocks[surname_block(nm.sur)][(nm.sur, nm.fore)].append(n)
    for block in blocks.values():
        groups = sorted(block.items())
        nodob = [(g, [n for n in ns if not node_dob[n]]) for g, ns in groups]
        nodob = [(g, ns) for g, ns in nodob if ns]
        for x, ((sa, fa), na_list) in enumerate(nodob):
            for n in na_list[1:]:
                if middles_compatible(node_name[na_list[0]].middles, node_name[n].middles):
                    uf.union(na_list[0], n)
            for (sb, fb), nb_list in nodob[x + 1 :]:
                if surname_score(sa, sb) > 0 and forename_score(fa, fb) >= FORENAME_SAME:
                    for a in na_list:
                        for b in nb_list:
                            if middles_compatible(node_name[a].middles, node_name[b].middles):
                                uf.union(a, b)

        # Phase 3: a no-DOB person joins a DOB person only when exactly one fits.
        dob_groups_b = [(g, [n for n in ns if node_dob[n]]) for g, ns in groups]
        dob_groups_b = [(g, ns) for g, ns in dob_groups_b if ns]
        if not dob_groups_b:
            continue
        cands: dict[int, set[int]] = defaultdict(set)
        for (sa, fa), ns in nodob:
            for (sb, fb), dns in dob_groups_b:
                if surname_score(sa, sb) == 0 or forename_score(fa, fb) < FORENAME_SAME:
                    continue
                for a in ns:
                    ra = uf.find(a)
                    if uf.info[ra].dobs:
                        continue
                    for b in dns:
                        if middles_compatible(node_name[a].middles, node_name[b].middles):
                            rb = uf.find(b)
                            if uf.compatible(ra, rb):
                                cands[ra].add(rb)
        for ra, rbs in sorted(cands.items()):
            roots = {uf.find(rb) for rb in rbs}
            if len(roots) == 1:
                uf.union(ra, next(iter(roots)))

    _join_surname_variants(nodes, node_name, uf, _corroboration(rows, row_node, full_idx, idents, uf))
    if idents:
        _join_by_shared_identifiers(rows, row_node, full_idx, node_name, uf, idents)
    _join_former_surnames(rows, row_node, nodes, node_name, uf)

    report_full: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in full_idx:
        report_full[rows[i].report_id][rows[i].name.key].append(i)
    _attach_partials(rows, row_node, report_full, node_name, node_dob, uf, idents)
    join_aliases(rows, row_node, uf)
    return [uf.find(n) if n >= 0 else -1 for n in row_node]


class _Corroboration:
    """Whether two people's reports tie them together beyond the name: a person named alongside
    both, a phone/plate/email/postcode both reports give, or ages both stated that agree."""

    def __init__(self, node_reports: dict[int, set[int]], report_nodes: dict[int, set[int]],
                 idents: dict[int, frozenset[str]], uf: _Clusters) -> None:
        self.node_reports, self.report_nodes, self.idents, self.uf = node_reports, report_nodes, idents, uf

    def __call__(self, a: int, b: int) -> bool:
        uf = self.uf
        ia, ib = uf.info[uf.find(a)], uf.info[uf.find(b)]
        if ia.years and ib.years:
            return True
        ra = {r for n in ia.tags for r in self.node_reports.get(n, ())}
        rb = {r for n in ib.tags for r in self.node_reports.get(n, ())}
        ida = {k for r in ra for k in self.idents.get(r, ())}
        if ida and any(ida & self.idents.get(r, frozenset()) for r in rb):
            return True
        me = {uf.find(a), uf.find(b)}
        pa = {uf.find(n) for r in ra for n in self.report_nodes[r]} - me
        return any(uf.find(n) in pa for r in rb for n in self.report_nodes[r])


def _corroboration(rows: list[PersonRow], row_node: list[int], full_idx: list[int],
                   idents: dict[int, frozenset[str]], uf: _Clusters) -> _Corroboration:
    report_nodes: dict[int, set[int]] = defaultdict(set)
    node_reports: dict[int, set[int]] = defaultdict(set)
    for i in full_idx:
        report_nodes[rows[i].report_id].add(row_node[i])
        node_reports[row_node[i]].add(rows[i].report_id)
    return _Corroboration(node_reports, report_nodes, idents, uf)


def _join_surname_variants(nodes: list[int], node_name: list[PName], uf: _Clusters, corroborated: _Corroboration) -> None:
    """Surname forms the sound blocks keep apart: transliterations (Adam NOWAK / Adam NOVAK) join
    like any close spelling; one part of a double surname (Tyrese WRIGHT for Tyrese CAMPBELL-WRIGHT)
    joins only when one person on each side fits and their reports tie them together (a Kyle JONES
    and a Kyle SMITH-JONES are usually two people)."""
    by_key: dict[str, set[str]] = defaultdict(set)  # transliteration key -> surnames written
    by_part: dict[str, list[int]] = defaultdict(list)
    by_sur: dict[str, list[int]] = defaultdict(list)
    for n in nodes:
        nm = node_name[n]
        by_sur[nm.sur].append(n)
        if "-" in nm.sur:
            for part in set(nm.sur.split("-")):
                if len(part) > 2:
                    by_part[part].append(n)

    def close(a: int, b: int) -> bool:
        na, nb = node_name[a], node_name[b]
        return forename_score(na.fore, nb.fore) >= FORENAME_SAME and middles_compatible(na.middles, nb.middles)

    for sur in by_sur:
        by_key[translit_key(sur)].add(sur)
    for surs in by_key.values():
        if len(surs) < 2:
            continue
        items = [(sur, by_sur[sur]) for sur in sorted(surs)]
        for x, (_, la) in enumerate(items):
            for _, lb in items[x + 1 :]:
                for a in la:
                    for b in lb:
                        if close(a, b):
                            uf.union(a, b)
    for part, doubles in by_part.items():
        fits: dict[int, set[int]] = {}  # single-surname node -> roots of the double-surname people it fits
        takers: dict[int, set[int]] = defaultdict(set)  # double root -> roots of the singles fitting it
        for n in by_sur.get(part, ()):
            fits[n] = {uf.find(d) for d in doubles if close(n, d)}
            for d in fits[n]:
                takers[d].add(uf.find(n))
        for n, ds in fits.items():
            if len(ds) == 1:
                d = next(iter(ds))
                if len(takers[d]) == 1 and corroborated(n, d):
                    uf.union(n, d)


def _join_former_surnames(rows: list[PersonRow], row_node: list[int], nodes: list[int], node_name: list[PName],
                          uf: _Clusters) -> None:
    """'Sarah JONES (nee WILLIAMS)' is the Sarah WILLIAMS of another report: a bare surname written as
    a person's other name (nee, formerly, aka) joins the one person of their forename and that surname."""
    pairs: list[tuple[int, str]] = []  # (node of the main name, other surname)
    for i, r in enumerate(rows):
        if r.name.full and r.alias and " " not in r.alias and row_node[i] >= 0:
            pairs.append((row_node[i], r.alias))
        elif r.link >= 0 and not r.name.fore and r.name.sur and rows[r.link].name.full and row_node[r.link] >= 0:
            pairs.append((row_node[r.link], r.name.sur))
    if not pairs:
        return
    by_sur: dict[str, list[int]] = defaultdict(list)
    wanted = {s for _, s in pairs}
    for n in nodes:
        if node_name[n].sur in wanted:
            by_sur[node_name[n].sur].append(n)
    for main, sur in pairs:
        fore = node_name[main].fore
        roots = {uf.find(n) for n in by_sur.get(sur, ()) if forename_score(node_name[n].fore, fore) >= FORENAME_SAME}
        roots.discard(uf.find(main))
        if len(roots) == 1:
            uf.union(main, next(iter(roots)), surnames=False)


_MAX_IDENT_REPORTS = 12  # an identifier in more reports than this is a switchboard, a car park, a hub
_MAX_IDENT_PEOPLE = 8


def _loose_name(a: PName, b: PName) -> bool:
    """Names close enough to be one person *when an identifier corroborates them*: one part the same
    or a listed variant and the other a plausible misspelling (Kristian NOWACKI / Christian NOWAKI)."""
    fs = forename_score(a.fore, b.fore)
    if fs < FORENAME_SAME and not (
        a.fore[:1] == b.fore[:1] and min(len(a.fore), len(b.fore)) >= 4 and fuzz.ratio(a.fore, b.fore) >= 75
        and forename_sex(a.fore) in ("", forename_sex(b.fore)) and forename_sex(b.fore) in ("", forename_sex(a.fore))
    ):
        return False
    if not middles_compatible(a.middles, b.middles):
        return False
    if surname_score(a.sur, b.sur) > 0 or surname_compatible_parts(a.sur, b.sur):
        return True
    if fs < FORENAME_SAME:  # both parts misspelt: too loose
        return False
    return min(len(a.sur), len(b.sur)) >= 4 and (
        fuzz.ratio(a.sur, b.sur) >= 75 or jellyfish.jaro_winkler_similarity(a.sur, b.sur) >= 0.88
    )


def _join_by_shared_identifiers(
    rows: list[PersonRow], row_node: list[int], full_idx: list[int], node_name: list[PName], uf: _Clusters,
    idents: dict[int, frozenset[str]],
) -> None:
    """Two close-but-unequal full names in reports that give the same phone, email, plate or
    postcode are one person written two ways (a misspelt surname, a typed forename): join them.
    The names must still be close: a shared address also holds a partner or a sibling."""
    report_nodes: dict[int, set[int]] = defaultdict(set)
    node_reports: dict[int, set[int]] = defaultdict(set)
    for i in full_idx:
        report_nodes[rows[i].report_id].add(row_node[i])
        node_reports[row_node[i]].add(rows[i].report_id)
    ident_reports: dict[str, list[int]] = defaultdict(list)
    for rid in report_nodes:
        for k in idents.get(rid, ()):
            ident_reports[k].append(rid)
    seen: set[tuple[int, int]] = set()
    for k, rids in ident_reports.items():
        if not 2 <= len(rids) <= _MAX_IDENT_REPORTS:
            continue
        ns = sorted({n for rid in rids for n in report_nodes[rid]})
        if len(ns) > _MAX_IDENT_PEOPLE * 3:
            continue
        for x, a in enumerate(ns):
            for b in ns[x + 1 :]:
                if (a, b) in seen or uf.find(a) == uf.find(b):
                    continue
                seen.add((a, b))
                if node_reports[a] & node_reports[b]:  # one writer named both: two people (or left to others)
                    continue
                if _loose_name(node_name[a], node_name[b]):
                    uf.union(a, b, surnames=False)


def _keep_apart(rows: list[PersonRow], row_node: list[int], full_idx: list[int], uf: _Clusters) -> None:
    """'the other John SMITH' never joins a John SMITH named before it in its report."""
    by_report: dict[int, list[int]] = defaultdict(list)
    for i in full_idx:
        by_report[rows[i].report_id].append(i)
    for i in full_idx:
        r = rows[i]
        if not r.other:
            continue
        for j in by_report[r.report_id]:
            o = rows[j]
            if o.start < r.start and row_node[j] != row_node[i] and _same_name(o.name, r.name):
                uf.info[row_node[i]].apart.add(row_node[j])


def _link_alias_of(rows: list[PersonRow]) -> None:
    """An extractor's ``alias_of`` key links to the nearest mention of that name before it."""
    report_keys: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    need = {r.report_id for r in rows if r.alias_of}
    for i, r in enumerate(rows):
        if r.report_id in need:
            report_keys[r.report_id][r.name.key].append(i)
    for i, r in enumerate(rows):
        if r.link < 0 and r.alias_of:
            mains = [j for j in report_keys[r.report_id].get(r.alias_of, []) if j != i]
            if mains:  # the nearest mention of the main name before the alias, else the first
                before = [j for j in mains if rows[j].start <= r.start]
                r.link = max(before, key=lambda j: rows[j].start) if before else mains[0]
