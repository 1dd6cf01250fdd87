"""Who is linked to SOIs but on no list: the "13-year-old not on the radar" finder.

Why children first: the point of this view is safeguarding and missed risk, so a child linked to
SOIs outranks a stronger adult link. Within each group the ranking is by strength of
association: distinct SOIs linked, reports shared with SOIs, identifiers (address, phone,
vehicle, e-mail, handle) shared with SOIs, and being in the same cohort as an SOI.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

__all__ = ["associated"]

_SHARED_TYPES = ("ADDRESS", "PHONE", "VEHICLE", "EMAIL", "SOCIAL")
_WORD = {"ADDRESS": "address", "PHONE": "phone", "VEHICLE": "vehicle", "EMAIL": "e-mail", "SOCIAL": "handle"}
_COLUMNS = {
    "subject_id": "string", "name": "string", "age": "Int64", "flags": "string", "soi_links": "int64",
    "shared_reports": "int64", "shared_identifiers": "int64", "same_cohort": "boolean", "score": "float64",
    "why": "string",
}  # fmt: skip


def _s(x: object) -> str:
    return "" if x is None or x is pd.NA or (isinstance(x, float) and x != x) else str(x)


def _age(row: dict[str, object]) -> int | None:
    age = row.get("age")
    if age is not None and age is not pd.NA and not (isinstance(age, float) and age != age):
        return int(age)  # type: ignore[arg-type]
    dob = _s(row.get("dob"))
    if not dob:
        return None
    try:
        born = pd.Timestamp(dob)
    except ValueError:
        return None
    last = row.get("last_seen")
    when = pd.Timestamp(last) if last is not None and not pd.isna(last) else pd.Timestamp.today()
    return int(when.year - born.year - ((when.month, when.day) < (born.month, born.day)))


def _is_child(flags: str, age: int | None) -> bool:
    return "child" in {f.strip().lower() for f in flags.split(";")} or (age is not None and age < 18)


def associated(
    subjects: pd.DataFrame,
    mentions: pd.DataFrame,
    matches: pd.DataFrame,
    links: pd.DataFrame | None = None,
    cohorts: pd.DataFrame | None = None,
) -> pd.DataFrame:
    live = matches[matches["status"].astype(str) != "rejected"] if len(matches) else matches
    # SOI subject -> labels of the SOI entries it stands for
    soi_of: dict[str, set[str]] = defaultdict(set)
    soi_label: dict[str, str] = {}
    for r in live.to_dict("records"):
        lab = f"{_s(r.get('list_name'))}#{int(r['soi_row'])}"
        soi_of[_s(r["subject_id"])].add(lab)
        soi_label.setdefault(lab, _s(r.get("soi_name")) or lab)
    if not soi_of or not len(subjects):
        return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in _COLUMNS.items()})

    types = dict(zip(subjects["subject_id"].astype(str), subjects["type"].astype(str).str.upper()))
    display = dict(zip(subjects["subject_id"].astype(str), subjects["name"].fillna("").astype(str)))
    m = mentions[["report_id", "subject_id"]].dropna()
    reports_of: dict[str, set[int]] = defaultdict(set)
    in_report: dict[int, set[str]] = defaultdict(set)
    for rid, sid in zip(m["report_id"].astype(int), m["subject_id"].astype(str)):
        if sid:
            reports_of[sid].add(rid)
            in_report[rid].add(sid)

    soi_persons = {s for s in soi_of if types.get(s) == "PERSON"}
    # identifiers tied to an SOI: matched directly, or seen in a report with an SOI person
    soi_ident: dict[str, set[str]] = defaultdict(set)
    for s, labs in soi_of.items():
        if types.get(s) in _SHARED_TYPES:
            soi_ident[s] |= labs
    for s in soi_persons:
        for rid in reports_of.get(s, ()):
            for other in in_report[rid]:
                if types.get(other) in _SHARED_TYPES:
                    soi_ident[other] |= soi_of[s]

    cohort_of = {sid: _s(c) for sid, c in zip(subjects["subject_id"].astype(str), subjects["cohort_id"])}
    if cohorts is not None and len(cohorts):
        for r in cohorts.to_dict("records"):
            for member in _s(r.get("members")).replace(",", ";").split(";"):
                if member.strip() and not cohort_of.get(member.strip()):
                    cohort_of[member.strip()] = _s(r.get("cohort_id"))
    soi_cohorts: dict[str, set[str]] = defaultdict(set)
    for s in soi_persons:
        if cohort_of.get(s):
            soi_cohorts[cohort_of[s]] |= soi_of[s]
    link_w: dict[str, dict[str, int]] = defaultdict(dict)
    if links is not None and len(links):
        for a, b, w in zip(links["source_id"].astype(str), links["target_id"].astype(str), links["weight"]):
            if a in soi_persons:
                link_w[b][a] = int(w)
            if b in soi_persons:
                link_w[a][b] = int(w)

    rows: list[dict[str, object]] = []
    for rec in subjects.to_dict("records"):
        sid = _s(rec["subject_id"])
        if types.get(sid) != "PERSON" or sid in soi_of:
            continue
        mine = reports_of.get(sid, set())
        linked: set[str] = set()
        shared_rep: set[int] = set()
        per_soi_reports: dict[str, int] = defaultdict(int)
        for s in soi_persons:
            common = mine & reports_of.get(s, set())
            w = max(len(common), link_w.get(sid, {}).get(s, 0))
            if w:
                shared_rep |= common
                linked |= soi_of[s]
                for lab in soi_of[s]:
                    per_soi_reports[lab] += w
        shared_ids: dict[str, set[str]] = {}
        for rid in mine:
            for other in in_report[rid]:
                if other in soi_ident:
                    shared_ids[other] = soi_ident[other]
        for labs in shared_ids.values():
            linked |= labs
        cohort = cohort_of.get(sid, "")
        cohort_labs = soi_cohorts.get(cohort, set()) if cohort else set()
        if not linked and not cohort_labs:
            continue
        flags = _s(rec.get("flags"))
        age = _age(rec)
        n_rep = max(len(shared_rep), max(per_soi_reports.values(), default=0))
        score = 2.0 * len(linked) + 1.0 * n_rep + 1.5 * len(shared_ids) + (1.0 if cohort_labs else 0.0)
        why: list[str] = []
        child = _is_child(flags, age)
        if child:
            why.append("child" + (f" (age {age})" if age is not None else ""))
        for lab, n in sorted(per_soi_reports.items(), key=lambda kv: -kv[1]):
            why.append(f"in {n} report(s) with SOI {soi_label[lab]}")
        for ident, labs in shared_ids.items():
            names = ", ".join(sorted(soi_label[lab] for lab in labs))
            word = _WORD.get(types.get(ident, ""), "identifier")
            why.append(f"shares {word} {display.get(ident) or ident} with SOI {names}")
        if cohort_labs:
            why.append(f"same cohort {cohort} as SOI {', '.join(sorted(soi_label[lab] for lab in cohort_labs))}")
        rows.append({
            "subject_id": sid, "name": _s(rec.get("name")), "age": age, "flags": flags,
            "soi_links": len(linked | cohort_labs), "shared_reports": n_rep, "shared_identifiers": len(shared_ids),
            "same_cohort": bool(cohort_labs), "score": round(score, 2), "why": "; ".join(why), "_child": child,
        })  # fmt: skip
    if not rows:
        return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in _COLUMNS.items()})
    df = pd.DataFrame(rows).sort_values(["_child", "score", "name"], ascending=[False, False, True], kind="stable")
    return df.drop(columns="_child").astype(_COLUMNS).reset_index(drop=True)
