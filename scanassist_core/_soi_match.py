"""Matching SOI entries to resolved subjects, strongest evidence first.

Why this order: an identifier the team recorded (PNC ID, phone, e-mail, handle, VRM, address)
that also appears in the reports is harder evidence than any name, and the person seen with
it in the same reports is the SOI only if their name agrees too (a phone is shared by a
household; the other people in those reports are *associates*, shown by
``associated_not_listed``). Then the name: exact, alias/nickname, fuzzy/phonetic. A DOB on
both sides confirms (raises the score) or rules the pair out entirely; a stated age in the
reports that cannot fit the listed DOB also rules it out.

Scores (before the DOB bonus): identifier subject itself 0.70-0.98 by kind; person with the
identifier and an agreeing name 0.97; exact name 0.90; alias/nickname 0.82-0.85; fuzzy
``0.85 * name evidence - 0.1`` (so an initial alone, 0.8 evidence, stays under the default
threshold unless the DOB agrees).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from ._soi_names import ParsedName, block_keys, names_score, norm_text, parse_name, split_multi

__all__ = ["match_key", "subject_key", "find_matches", "DEFAULT_THRESHOLD"]

DEFAULT_THRESHOLD = 0.6
_FLOOR = 0.3  # candidates kept below the threshold only when the analyst already decided on them
_ID_TYPES = {"phone": "PHONE", "vrm": "VEHICLE", "email": "EMAIL", "handle": "SOCIAL"}
_ID_SCORE = {"PNC_ID": 0.98, "PHONE": 0.95, "EMAIL": 0.95, "SOCIAL": 0.9, "VEHICLE": 0.9}
_ID_WORD = {"PNC_ID": "PNC ID", "PHONE": "phone", "EMAIL": "e-mail", "SOCIAL": "handle", "VEHICLE": "VRM", "ADDRESS": "address"}
_RANK = {"identifier": 0, "exact": 1, "alias": 2, "fuzzy": 3}


def subject_key(type_: str, key: str, dob: str = "", subject_id: str = "") -> str:
    """Stable identity of a subject across runs (ids may change when files are added)."""
    base = f"{type_.lower()}:{key}" if key else f"id:{subject_id}"
    return f"{base}|{dob}" if dob else base


def match_key(soi_row: int, list_name: str, subject_key: str) -> str:
    """Key of one (SOI entry, subject) pair, for the analyst's confirm/reject decisions."""
    return f"{list_name}#{int(soi_row)}->{subject_key}"


def _s(x: object) -> str:
    return "" if x is None or (isinstance(x, float) and x != x) or x is pd.NA else str(x)


def _fmt_dob(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


@dataclass
class _Cand:
    score: float
    match: str
    evidence: list[str] = field(default_factory=list)


@dataclass
class _Person:
    sid: str
    name: str
    dob: str
    age: int | None
    first: pd.Timestamp | None
    last: pd.Timestamp | None
    variants: list[ParsedName]
    alias_words: set[str]


def _pnc(raw: str) -> str:
    from .extract._validators import normalise_pnc_id

    return normalise_pnc_id(raw) or re.sub(r"\s+", "", raw).upper()


class _Index:
    """Everything about the subjects the matcher looks up, built once per run."""

    def __init__(self, subjects: pd.DataFrame, mentions: pd.DataFrame) -> None:
        self.persons: dict[str, _Person] = {}
        self.block: dict[str, set[str]] = defaultdict(set)
        self.exact: dict[str, set[str]] = defaultdict(set)  # norm full name -> person sids (main name)
        self.alias_exact: dict[str, set[str]] = defaultdict(set)  # norm alias (multi-word) -> sids
        self.ids: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.handles: dict[str, set[str]] = defaultdict(set)  # bare handle -> SOCIAL sids
        self.by_alias_word: dict[str, set[str]] = defaultdict(set)  # one-word alias -> person sids
        self.addresses: dict[str, list[tuple[str, tuple[str, str, str, str]]]] = defaultdict(list)  # postcode -> ...
        self.addresses_nopc: list[tuple[str, tuple[str, str, str, str]]] = []
        self.info: dict[str, tuple[str, str, str, str]] = {}  # sid -> (type, name, key, dob)
        for row in subjects.itertuples(index=False):
            sid, typ = _s(row.subject_id), _s(row.type).upper()
            key, name, dob = _s(row.key), _s(row.name), _s(row.dob)
            self.info[sid] = (typ, name, key, dob)
            if typ == "PERSON":
                self._add_person(row, sid, name, dob, key)
            elif typ == "PNC_ID":
                self.ids[("PNC_ID", _pnc(key or name))].add(sid)
            elif typ in ("PHONE", "EMAIL", "VEHICLE"):
                k = key.lower() if typ == "EMAIL" else (re.sub(r"\s+", "", key).upper() if typ == "VEHICLE" else key)
                self.ids[(typ, k)].add(sid)
            elif typ == "SOCIAL":
                k = key.lower()
                self.ids[(typ, k)].add(sid)
                self.handles[k.partition(":")[2] or k].add(sid)
            elif typ == "ADDRESS":
                parts = (key.split("|") + ["", "", "", ""])[:4]
                pc = re.sub(r"\s+", "", parts[0]).upper()
                (self.addresses[pc] if pc else self.addresses_nopc).append((sid, tuple(parts)))  # type: ignore[arg-type]
        # co-occurrence
        m = mentions[["report_id", "subject_id"]].dropna()
        m = m[m["subject_id"].astype(str) != ""]
        self.reports_of: dict[str, set[int]] = defaultdict(set)
        self.in_report: dict[int, set[str]] = defaultdict(set)
        for rid, sid in zip(m["report_id"].astype(int), m["subject_id"].astype(str)):
            self.reports_of[sid].add(rid)
            self.in_report[rid].add(sid)

    def _add_person(self, row: object, sid: str, name: str, dob: str, key: str) -> None:
        main = parse_name(name or key)
        variants = [main]
        alias_words: set[str] = set()
        for a in split_multi(_s(getattr(row, "aliases", "")), ";|"):
            p = parse_name(a)
            if p.forenames and p.surname:
                variants.append(p)
                self.alias_exact[norm_text(f"{p.forenames} {p.surname}")].add(sid)
            elif p.surname:
                alias_words.add(norm_text(p.surname))
                self.by_alias_word[norm_text(p.surname)].add(sid)
        age = getattr(row, "age", None)
        age = None if age is None or age is pd.NA or (isinstance(age, float) and age != age) else int(age)
        first, last = getattr(row, "first_seen", None), getattr(row, "last_seen", None)
        self.persons[sid] = _Person(
            sid, name, dob, age,
            None if pd.isna(first) else pd.Timestamp(first),
            None if pd.isna(last) else pd.Timestamp(last),
            variants, alias_words,
        )  # fmt: skip
        self.exact[norm_text(f"{main.forenames} {main.surname}")].add(sid)
        for v in variants:
            for k in block_keys(v):
                self.block[k].add(sid)

    def persons_with(self, sid: str) -> set[str]:
        out: set[str] = set()
        for rid in self.reports_of.get(sid, ()):
            out.update(s for s in self.in_report[rid] if s in self.persons)
        return out


def _dob_check(entry_dob: str, p: _Person) -> tuple[str, str]:
    """('match'|'conflict'|'', evidence)."""
    if not entry_dob:
        return "", ""
    if p.dob:
        if p.dob == entry_dob:
            return "match", f"DOB {_fmt_dob(entry_dob)} matches"
        return "conflict", f"DOB {_fmt_dob(entry_dob)} differs from subject DOB {_fmt_dob(p.dob)}"
    if p.age is not None and (p.first is not None or p.last is not None):
        born = pd.Timestamp(entry_dob)
        ages = []
        for when in (p.first, p.last):
            if when is not None:
                ages.append(when.year - born.year - ((when.month, when.day) < (born.month, born.day)))
        if min(ages) - 1 <= p.age <= max(ages) + 1:
            return "", f"stated age {p.age} fits DOB {_fmt_dob(entry_dob)}"
        return "conflict", f"stated age {p.age} in reports cannot fit DOB {_fmt_dob(entry_dob)}"
    return "", ""


def _entry_names(entry: dict[str, object]) -> tuple[ParsedName | None, list[ParsedName], list[str]]:
    fore, sur = _s(entry.get("forenames")), _s(entry.get("surname"))
    main = ParsedName(fore, sur) if (fore or sur) else None
    aliases: list[ParsedName] = []
    words: list[str] = []
    for a in split_multi(_s(entry.get("aliases")), ";|"):
        p = parse_name(a)
        if p.forenames and p.surname:
            aliases.append(p)
        elif p.surname:
            words.append(norm_text(p.surname))
    return main, aliases, words


def _address_hit(text: str, parts: tuple[str, str, str, str]) -> bool:
    """Does the listed address text name these premises (number, flat and street core words)?"""
    _pc, flat, num, street = parts
    tokens = set(norm_text(text).split())
    if num and num.lower() not in tokens:
        return False
    if flat and flat.lower() not in tokens:
        return False
    core = [w for w in norm_text(street).split() if len(w) > 2][:-1] or norm_text(street).split()[:1]
    return bool(core) and all(w in tokens for w in core) and bool(num or flat)


def _candidates(entry: dict[str, object], idx: _Index) -> dict[str, _Cand]:
    """All (subject -> best candidate) for one entry, DOB rule applied, before thresholds."""
    out: dict[str, _Cand] = {}
    main, alias_names, alias_words = _entry_names(entry)
    dob = _s(entry.get("dob"))
    written = _s(entry.get("name")) or (main.display if main else "")

    def offer(sid: str, score: float, match: str, evidence: str) -> None:
        c = out.get(sid)
        if c is None:
            out[sid] = _Cand(score, match, [evidence])
            return
        if (score, -_RANK[match]) > (c.score, -_RANK[c.match]):
            c.score, c.match = score, match
            c.evidence.insert(0, evidence)
        elif evidence not in c.evidence:
            c.evidence.append(evidence)

    def person_name_evidence(p: _Person) -> tuple[float, str, bool]:
        """Best name evidence, its words, and whether it went through an alias or a nickname."""
        best, why, via_alias = 0.0, "", False
        mine_all = ([main] if main else []) + alias_names
        for i, mine in enumerate(mine_all):
            for j, theirs in enumerate(p.variants):
                s, reason = names_score(mine, theirs)
                if s > best:
                    best, why = s, f"name '{mine.display}' ~ '{theirs.display}'" + (f" ({reason})" if reason else "")
                    via_alias = "nickname" in reason or j > 0 or (i > 0 or main is None)
        return best, why, via_alias

    # --- identifiers
    try:
        ids = json.loads(_s(entry.get("identifiers")) or "{}")
    except ValueError:
        ids = {}
    hits: list[tuple[str, str, float]] = []  # (identifier sid, description, score)
    pnc = _s(entry.get("pnc_id"))
    if pnc:
        for sid in idx.ids.get(("PNC_ID", _pnc(pnc)), ()):
            hits.append((sid, f"PNC ID {pnc} seen in reports", _ID_SCORE["PNC_ID"]))
    for kind, typ in _ID_TYPES.items():
        for value in ids.get(kind, []) or []:
            value = str(value)
            if typ == "SOCIAL":
                plat, _, handle = value.rpartition(":")
                for sid in idx.handles.get(handle.lower(), ()):
                    their_plat = idx.info[sid][2].partition(":")[0]
                    same = not plat or their_plat in ("", "unknown", plat)
                    hits.append((sid, f"handle {value} seen in reports as {idx.info[sid][2]}",
                                 _ID_SCORE[typ] if same else 0.75))  # fmt: skip
                continue
            key = value.lower() if typ == "EMAIL" else value
            for sid in idx.ids.get((typ, key), ()):
                hits.append((sid, f"{_ID_WORD[typ]} {value} seen in reports", _ID_SCORE[typ]))
    postcodes = {re.sub(r"\s+", "", str(p)).upper() for p in ids.get("postcode", []) or []}
    addresses = [str(a) for a in ids.get("address", []) or []]
    for pc in postcodes:
        for sid, parts in idx.addresses.get(pc, ()):
            if any(_address_hit(a, parts) for a in addresses):
                hits.append((sid, f"address '{addresses[0]}' = '{idx.info[sid][1] or idx.info[sid][2]}'", 0.92))
            else:
                hits.append((sid, f"postcode {parts[0]} seen in reports (premises not confirmed)", 0.62))
    if addresses:
        pool = idx.addresses_nopc + [x for pc, xs in idx.addresses.items() if pc not in postcodes for x in xs]
        for sid, parts in pool:
            if not parts[0] and any(_address_hit(a, parts) for a in addresses):
                hits.append((sid, f"address '{addresses[0]}' = '{idx.info[sid][1] or idx.info[sid][2]}'", 0.85))
    for id_sid, desc, score in hits:
        offer(id_sid, score, "identifier", desc)
        people = idx.persons_with(id_sid)
        for psid in people:
            p = idx.persons[psid]
            s, why, _ = person_name_evidence(p) if (main or alias_names) else (0.0, "", False)
            n_rep = len(idx.reports_of[id_sid] & idx.reports_of[psid])
            if s >= 0.6:
                offer(psid, 0.97 if s >= 0.8 else 0.85, "identifier",
                      f"{desc}, in {n_rep} report(s) with '{p.name}'; {why}")  # fmt: skip
            elif not (main or alias_names) and len(people) == 1 and idx.info[id_sid][0] != "ADDRESS":
                offer(psid, 0.7, "identifier", f"{desc}; '{p.name}' is the only person in those {n_rep} report(s)")

    # --- names
    cand_sids: set[str] = set()
    for v in ([main] if main else []) + alias_names:
        for k in block_keys(v, swapped=True):
            cand_sids.update(idx.block.get(k, ()))
    exact_main = norm_text(f"{main.forenames} {main.surname}") if main else ""
    alias_norms = {norm_text(f"{a.forenames} {a.surname}") for a in alias_names}
    for sid in cand_sids:
        p = idx.persons[sid]
        their_main = p.variants[0]
        their_norm = norm_text(f"{their_main.forenames} {their_main.surname}")
        their_aliases = {norm_text(f"{v.forenames} {v.surname}") for v in p.variants[1:]}
        if exact_main and exact_main == their_norm:
            offer(sid, 0.9, "exact", f"name '{written}' = subject '{p.name}'")
            continue
        if (exact_main and exact_main in their_aliases) or (alias_norms & ({their_norm} | their_aliases)):
            both = sorted((alias_norms | {exact_main}) & ({their_norm} | their_aliases))
            offer(sid, 0.85, "alias", f"listed name/alias '{both[0]}' = subject '{p.name}' (aliases: {'; '.join(v.display for v in p.variants[1:]) or 'none'})")
            continue
        s, why, via_alias = person_name_evidence(p)
        if not s:
            continue
        if via_alias and s >= 0.9:
            offer(sid, 0.82, "alias", why + f" = subject '{p.name}'")
        else:
            score = 0.85 * s - 0.1
            if score >= _FLOOR:
                offer(sid, score, "fuzzy", why + f" = subject '{p.name}'")
    # single-word street names / nicknames: only with an agreeing surname
    if alias_words and main and main.surname:
        for word in alias_words:
            for sid in idx.by_alias_word.get(word, ()):
                p = idx.persons[sid]
                if any(names_score(ParsedName("x", main.surname), ParsedName("x", v.surname))[0] for v in p.variants):
                    offer(sid, 0.8, "alias", f"alias '{word}' and surname '{main.surname}' = subject '{p.name}'")

    # --- DOB rule, on person candidates only
    for sid in list(out):
        if sid not in idx.persons:
            continue
        verdict, text = _dob_check(dob, idx.persons[sid])
        c = out[sid]
        if verdict == "conflict":
            del out[sid]
            continue
        if verdict == "match":
            c.score = min(0.99 if c.match != "identifier" else 1.0, c.score + (0.15 if c.match == "fuzzy" else 0.08))
        if text:
            c.evidence.append(text)
    return out


def find_matches(
    entries: pd.DataFrame,
    subjects: pd.DataFrame,
    mentions: pd.DataFrame,
    decisions: dict[str, str] | None,
    threshold: float,
) -> pd.DataFrame:
    from .schemas import SoiMatchSchema

    decisions = decisions or {}
    idx = _Index(subjects, mentions)
    rows: list[dict[str, object]] = []
    for entry in entries.to_dict("records"):
        list_name, soi_row = _s(entry.get("list_name")), int(entry.get("soi_row") or 0)
        soi_name = _s(entry.get("name")) or _first_identifier(entry)
        for sid, c in _candidates(entry, idx).items():
            typ, name, key, dob = idx.info[sid]
            mk = match_key(soi_row, list_name, subject_key(typ, key, dob if typ == "PERSON" else "", sid))
            status = decisions.get(mk, "proposed")
            status = status if status in ("confirmed", "rejected") else "proposed"
            if c.score < threshold and status == "proposed":
                continue
            rows.append({
                "soi_name": soi_name, "soi_row": soi_row, "subject_id": sid, "match": c.match,
                "score": round(float(c.score), 3), "evidence": "; ".join(c.evidence), "status": status,
                "list_name": list_name, "match_key": mk, "subject_name": name or key, "subject_type": typ,
            })  # fmt: skip
    extra = {"list_name": "string", "match_key": "string", "subject_name": "string", "subject_type": "string"}
    if not rows:
        empty = SoiMatchSchema.empty()
        for c, t in extra.items():
            empty[c] = pd.Series([], dtype=t)
        return empty
    df = pd.DataFrame(rows).astype({**SoiMatchSchema.columns, **extra})
    df = df.sort_values(["list_name", "soi_row", "score", "subject_name"], ascending=[True, True, False, True], kind="stable")
    return SoiMatchSchema.validate(df.reset_index(drop=True))


def _first_identifier(entry: dict[str, object]) -> str:
    if _s(entry.get("pnc_id")):
        return f"PNC {_s(entry.get('pnc_id'))}"
    try:
        ids = json.loads(_s(entry.get("identifiers")) or "{}")
    except ValueError:
        return ""
    for kind in ("phone", "email", "handle", "vrm", "address", "postcode"):
        if ids.get(kind):
            return str(ids[kind][0])
    return ""
