"""Entity resolution: mentions -> subjects.

Identifiers resolve on normalised keys (``_resolve_idents``); persons cluster on names, DOBs
and stated ages (``_resolve_persons``, names in ``_resolve_names``); analyst corrections are
re-applied on top (``_resolve_corrections``). Subject ids are a hash of type and canonical key,
so the same input gives the same ids and a subject keeps its id when files are added unless
its canonical form (best name + DOB, or identifier) changes.

Errors: malformed input frames raise ``ValueError`` (from schema validation); everything
else (bad attrs JSON, empty keys, stale corrections) degrades quietly, because report text
and extractor output are untrusted and one bad row must not stop an analysis.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from typing import Any

import pandas as pd

from ._resolve_context import report_identifiers
from ._resolve_corrections import Corrections
from ._resolve_idents import canonical_ident_keys, ident_key, related_addresses
from ._resolve_names import display_name, names_compatible, parse_name, person_variant_key
from ._resolve_persons import PersonRow, _attrs, cluster_persons, person_rows
from .schemas import MentionSchema, SubjectSchema

__all__ = ["Corrections", "resolve", "related_addresses", "person_variant_key", "names_compatible"]

_PREFIX = {
    "PERSON": "PER", "ADDRESS": "ADR", "PHONE": "PHN", "EMAIL": "EML", "VEHICLE": "VEH",
    "SOCIAL": "SOC", "ORGANISATION": "ORG", "LOCATION": "LOC", "NINO": "NIN", "PNC_ID": "PNC",
    "IMEI": "IME", "IP_ADDRESS": "IPA",
}
_MISSING = re.compile(r"\b(missing|mfh|misper|mispers|absconded|absconder|absent from home)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_WINDOW = 120


def subject_id(type_: str, key: str) -> str:
    """Stable id: type prefix + short hash of the canonical key."""
    digest = hashlib.sha1(f"{type_}|{key}".encode("utf-8")).hexdigest()[:10].upper()
    return f"{_PREFIX.get(type_, type_[:3].upper())}-{digest}"


class _Ctx:
    """Per-row facts resolution and corrections both need, as parallel lists."""

    def __init__(
        self, m: pd.DataFrame, dates: dict[int, pd.Timestamp], texts: dict[int, str] | None = None
    ) -> None:
        n = len(m)
        self.n = n
        self.types = [str(t).upper() for t in m["type"].fillna("")]
        self.labels: list[str] = [""] * n
        self.akey: list[str] = [""] * n  # name key (person) or normalised identifier key
        self.canon: list[str] = [""] * n  # identifier key the row resolved to (non-person)
        self.person: dict[int, PersonRow] = {}
        self.dates = dates
        self.texts = [str(t) for t in m["text"].fillna("").tolist()]
        self.rids = [int(r) for r in m["report_id"].tolist()]
        self.anchor = {
            (str(r), int(s), int(e), str(t)): i
            for i, (r, s, e, t) in enumerate(
                zip(m["reference"].tolist(), m["start"].tolist(), m["end"].tolist(), self.texts)
            )
        }
        pidx = [i for i, t in enumerate(self.types) if t == "PERSON"]
        if pidx:
            rows = person_rows(m.iloc[pidx], dates, texts)
            person_reports = {r.report_id for r in rows}
            idents = report_identifiers({r: t for r, t in (texts or {}).items() if r in person_reports})
            labels = cluster_persons(rows, idents)
            for i, r, lab in zip(pidx, rows, labels):
                self.person[i] = r
                self.akey[i] = r.name.key
                self.labels[i] = f"P{lab}" if r.name.key and lab >= 0 else ""
        by_type: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(self.types):
            if t != "PERSON":
                by_type[t].append(i)
        keys = m["key"].fillna("").astype(str).tolist()
        attrs = m["attrs"].tolist()
        for t, idx in by_type.items():
            ks = []
            for i in idx:
                k = keys[i]
                if t == "ADDRESS" and "|" not in k:
                    a = _attrs(attrs[i])
                    if any(a.get(p) for p in ("postcode", "number", "street")):
                        k = "|".join(str(a.get(p) or "") for p in ("postcode", "flat", "number", "street"))
                ks.append(ident_key(t, k or self.texts[i]))
            canon = canonical_ident_keys(t, pd.Series(ks, dtype=object)).tolist()
            for i, k, c in zip(idx, ks, canon):
                self.akey[i] = k
                self.canon[i] = c
                self.labels[i] = f"{t}:{c}" if c.strip("|:") else ""
        self._akey_rows: dict[tuple[str, str], list[int]] | None = None

    # -------------------------------------------------------------- canonical forms

    def members(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for i, lab in enumerate(self.labels):
            if lab:
                out[lab].append(i)
        return out

    def canonical(self, label: str, idx: list[int]) -> tuple[str, str]:
        """(canonical key, display name) of one cluster."""
        t = self.types[idx[0]]
        if len(idx) == 1:  # most clusters: one mention's own forms, as the counts below give them
            i = idx[0]
            if t != "PERSON":
                key = self.canon[i]
                return key, (" ".join(self.texts[i].split()) if t in ("ADDRESS", "ORGANISATION", "LOCATION") else key)
            p = self.person[i]
            return f"{p.name.key}|{p.dob or ''}", display_name(p.name)
        if t != "PERSON":
            c = Counter(self.canon[i] for i in idx)
            key = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            if t in ("ADDRESS", "ORGANISATION", "LOCATION"):
                written = Counter(" ".join(self.texts[i].split()) for i in idx if self.akey[i] == key)
                if not written:
                    written = Counter(" ".join(self.texts[i].split()) for i in idx)
                name = sorted(written.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
            else:
                name = key
            return key, name
        forms = Counter(self.person[i].name for i in idx)
        best = sorted(
            forms.items(),
            key=lambda kv: (
                not kv[0].full, not kv[0].fore, -len(kv[0].middles), -kv[1], kv[0].key,
            ),
        )[0][0]
        dob = self.dob(idx)
        return f"{best.key}|{dob}", display_name(best)

    def dob(self, idx: list[int]) -> str:
        c = Counter(self.person[i].dob for i in idx if self.person[i].dob)
        return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if c else ""

    # -------------------------------------------------------------- corrections

    def find(self, anchor: dict[str, Any], members: dict[str, list[int]]) -> str:
        """Current cluster label an anchor points at, '' if none (or ambiguous)."""
        if not isinstance(anchor, dict):
            return ""
        a = _mention_anchor(anchor.get("mention"))
        i = self.anchor.get(a) if a else None
        if i is not None and self.labels[i]:
            return self.labels[i]
        t, key = str(anchor.get("type", "")), str(anchor.get("key", ""))
        base = re.sub(r"#\d+$", "", key)
        part = base.rpartition("|")[0] if t == "PERSON" else base
        if self._akey_rows is None:
            self._akey_rows = defaultdict(list)
            for i, (tt, k) in enumerate(zip(self.types, self.akey)):
                self._akey_rows[(tt, k)].append(i)
        cands = sorted({self.labels[i] for i in self._akey_rows.get((t, part), []) if self.labels[i]})
        if not cands:
            return ""
        exact = [c for c in cands if self.canonical(c, members[c])[0] == base]
        if len(exact) == 1:
            return exact[0]
        if t == "PERSON" and len(cands) > 1:
            dob = base.rpartition("|")[2]
            cands = [c for c in cands if self.dob(members[c]) == dob]
        return cands[0] if len(cands) == 1 else ""

    def _variant_forms(self, i: int) -> set[str]:
        forms = {" ".join(self.texts[i].lower().split()), self.akey[i]}
        return forms

    def apply(self, corrections: Corrections) -> None:
        for n, op in enumerate(corrections.ops):
            members = self.members()
            kind = op.get("op")
            if kind == "merge":
                labs = list(dict.fromkeys(x for x in (self.find(a, members) for a in op.get("subjects", [])) if x))
                if len(labs) < 2 or len({self.types[members[lab][0]] for lab in labs}) != 1:
                    continue
                for lab in labs[1:]:
                    for i in members[lab]:
                        self.labels[i] = labs[0]
            elif kind == "split":
                lab = self.find(op.get("subject", {}), members)
                if not lab:
                    continue
                t = self.types[members[lab][0]]
                wanted = set()
                for v in map(str, op.get("variants", [])):
                    wanted.add(" ".join(str(v).lower().split()))
                    wanted.add(parse_name(v).key if t == "PERSON" else ident_key(t, v))
                anchors = {a for a in map(_mention_anchor, op.get("mentions", [])) if a}
                moved = [i for i in members[lab] if self._variant_forms(i) & wanted]
                moved += [self.anchor[a] for a in anchors if a in self.anchor and self.labels[self.anchor[a]] == lab]
                moved = sorted(set(moved))
                if moved and len(moved) < len(members[lab]):
                    for i in moved:
                        self.labels[i] = f"{lab}/split{n}"
            elif kind == "not_a_subject":
                lab = self.find(op.get("subject", {}), members)
                for i in members.get(lab, []) if lab else []:
                    self.labels[i] = ""


def _mention_anchor(a: object) -> tuple[str, int, int, str] | None:
    """(reference, start, end, text) from stored JSON, None when malformed."""
    try:
        return (str(a[0]), int(a[1]), int(a[2]), str(a[3]))  # type: ignore[index]
    except (TypeError, ValueError, IndexError, KeyError):
        return None


def _flags_missing(texts: dict[int, str], rid: int, start: int, end: int) -> bool:
    text = texts.get(rid, "")
    if not text:
        return False
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    before = text[lo:start]
    cut = [mm.end() for mm in _SENTENCE_END.finditer(before)]
    if cut:
        before = before[cut[-1]:]
    after = text[end:hi]
    mm = _SENTENCE_END.search(after)
    if mm:
        after = after[: mm.start()]
    return bool(_MISSING.search(before) or _MISSING.search(after))


def _age_at(dob: str, when: pd.Timestamp) -> int | None:
    try:
        d = pd.Timestamp(dob)
    except (ValueError, TypeError):
        return None
    if pd.isna(d) or when is None or pd.isna(when) or d > when:
        return None
    return int(when.year - d.year - ((when.month, when.day) < (d.month, d.day)))


def resolve(
    mentions: pd.DataFrame, reports: pd.DataFrame, corrections: Corrections | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Resolve mentions into subjects.

    Returns ``(subjects, mentions)``: subjects per ``SubjectSchema`` sorted by type order then
    name, and a copy of ``mentions`` with ``subject_id`` filled ('' for mentions an analyst
    marked not-a-subject or with no usable key).
    """
    mentions = MentionSchema.validate(mentions)
    dates: dict[int, pd.Timestamp] = {}
    texts: dict[int, str] = {}
    if len(reports):
        dates = {int(r): d for r, d in zip(reports["report_id"], pd.to_datetime(reports["date"]))}
        texts = {int(r): str(t) for r, t in zip(reports["report_id"], reports["text"].fillna(""))}
    m = mentions.reset_index(drop=True)
    ctx = _Ctx(m, dates, texts)
    if corrections is not None:
        ctx.apply(corrections)

    members = ctx.members()
    starts = m["start"].astype("int64").tolist()
    ends = m["end"].astype("int64").tolist()
    refs = m["reference"].astype(str).tolist()
    rows: list[dict[str, Any]] = []
    sid_of: dict[str, str] = {}
    seen_keys: Counter[str] = Counter()
    order = sorted(members, key=lambda lab: min((refs[i], starts[i]) for i in members[lab]))
    has_missing: dict[int, bool] = {}

    def missing_here(rid: int) -> bool:
        """Whether the report mentions going missing at all (most do not: skip the window scan)."""
        hit = has_missing.get(rid)
        if hit is None:
            hit = has_missing[rid] = bool(_MISSING.search(texts.get(rid, "")))
        return hit

    for lab in order:
        idx = members[lab]
        t = ctx.types[idx[0]]
        key, name = ctx.canonical(lab, idx)
        seen_keys[f"{t}|{key}"] += 1
        if seen_keys[f"{t}|{key}"] > 1:
            key = f"{key}#{seen_keys[f'{t}|{key}']}"
        sid = subject_id(t, key)
        sid_of[lab] = sid
        rids = sorted({ctx.rids[i] for i in idx})
        ds = [dates.get(r) for r in rids]
        ds = [d for d in ds if d is not None and not pd.isna(d)]
        first, last = (min(ds), max(ds)) if ds else (pd.NaT, pd.NaT)
        folded: dict[str, tuple[int, str]] = {}
        if len(idx) == 1:
            w = " ".join(ctx.texts[idx[0]].split())
            folded[w.casefold()] = (1, w)
        else:
            written = Counter(" ".join(ctx.texts[i].split()) for i in idx)
            for w, c in sorted(written.items(), key=lambda kv: (-kv[1], kv[0])):
                k = w.casefold()
                if k in folded:
                    folded[k] = (folded[k][0] + c, folded[k][1])
                else:
                    folded[k] = (c, w)
        dob, age, flags = "", None, []
        if t == "PERSON":
            for i in idx:
                al = ctx.person[i].alias
                if al:
                    folded.setdefault(al.casefold(), (0, al.title()))
            dob = ctx.dob(idx)
            if dob:
                age = _age_at(dob, last)
            else:
                stated = [
                    (dates.get(ctx.rids[i]), ctx.person[i].byear, i) for i in idx if ctx.person[i].byear is not None
                ]
                stated = [s for s in stated if s[0] is not None and not pd.isna(s[0])]
                if stated:
                    d, byear, _ = max(stated, key=lambda s: (s[0], s[2]))
                    age = int(d.year) - int(byear)
            if age is not None and age < 18:
                flags.append("child")
            if any(missing_here(ctx.rids[i]) and _flags_missing(texts, ctx.rids[i], starts[i], ends[i]) for i in idx):
                flags.append("missing")
        aliases = [w for c, w in sorted(folded.values(), key=lambda cw: (-cw[0], cw[1]))]
        rows.append(
            {
                "subject_id": sid, "type": t, "name": name, "aliases": "; ".join(aliases),
                "reports": len(rids), "first_seen": first, "last_seen": last, "dob": dob,
                "age": age, "cohort_id": "", "soi": False, "flags": "; ".join(flags), "key": key,
            }
        )
    if rows:
        subjects = pd.DataFrame(rows).astype(SubjectSchema.columns)
    else:
        subjects = SubjectSchema.empty()
    type_rank = {t: n for n, t in enumerate(_PREFIX)}
    subjects = subjects.assign(_r=subjects["type"].map(type_rank).fillna(99)).sort_values(
        ["_r", "name", "subject_id"], ignore_index=True
    ).drop(columns="_r")
    out = mentions.copy()
    out["subject_id"] = pd.array([sid_of.get(lab, "") for lab in ctx.labels], dtype="string")
    return SubjectSchema.validate(subjects), out
