"""Cohorts: groups of persons who keep turning up together, ranked for an analyst's attention.

Person network. Two persons are linked by the *distinct reports* that tie them: reports
mentioning both, plus reports tying each of them to the same identifier (phone, address,
vehicle, email, social handle, IMEI, IP address, NINO, PNC ID) - the person - identifier -
person paths of the subject graph projected onto person - person links. A report counts once
per pair however many paths it supports. Identifiers tied to more than
:data:`MAX_SHARED_PERSONS` persons (a custody suite, a hostel, a shared switchboard) and
places/organisations are not projected: they say where people were, not whom they know.

Detection. Links lighter than ``Settings.min_link_weight`` are dropped first, so one chance
co-mention cannot glue two groups together. Communities are found with Leiden (modularity,
``leidenalg`` on ``igraph``; seeded with ``Settings.seed`` over a graph built from sorted ids,
so a given input always gives the same cohorts whatever its row order). Groups smaller than
``Settings.min_cohort_size`` are not cohorts.

Score (column ``score`` = the sum of the ``score_*`` columns, each already weighted):

==================  =======  =====================================================================
component           weight   measure
==================  =======  =====================================================================
``score_reports``   1.0      ln(1 + reports linking two members) - sustained joint activity
``score_size``      0.5      ln(size)
``score_recency``   1.0      exp(-days from the cohort's last report to the latest report in
                             the data / 90) - 1 when active at the end of the period, 0 when stale
``score_growth``    1.0      (reports in the last 90 days - reports in the 90 days before) /
                             max(1, reports in the 90 days before), clipped to [-1, 1]
``score_children``  1.5      ln(1 + members flagged ``child`` or aged under 18) - safeguarding
``score_soi``       2.0      ln(1 + members on a subject-of-interest list)
``score_density``   1.0      links / possible links among members (0-1): a tight group
==================  =======  =====================================================================

Recency and growth are measured against the latest report date in the data, not the clock,
so re-running an old extract gives the same ranking. Cohort ids are ``C01``, ``C02`` ... in
score order (ties: larger, more reports, then smallest member id), so they are stable for a
given input. Hubs are the (up to) three members with the highest weighted degree inside
the cohort.

Errors: ``ValueError`` for unknown cohort ids in :func:`cohort_members`; nothing else.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from .graph import subject_graph
from .schemas import PERSON_TYPES, CohortSchema
from .settings import Settings

__all__ = [
    "IDENTIFIER_TYPES",
    "MAX_SHARED_PERSONS",
    "SCORE_WEIGHTS",
    "RECENT_DAYS",
    "person_network",
    "detect_cohorts",
    "assign_cohorts",
    "cohort_members",
]

#: Subject types whose sharing links persons (see module doc).
IDENTIFIER_TYPES: frozenset[str] = frozenset(
    {"PHONE", "ADDRESS", "VEHICLE", "EMAIL", "SOCIAL", "IMEI", "IP_ADDRESS", "NINO", "PNC_ID"}
)
#: Identifiers linked to more persons than this are treated as public places, not projected.
MAX_SHARED_PERSONS = 15
#: Length of the "latest period" for recency and growth.
RECENT_DAYS = 90
SCORE_WEIGHTS: dict[str, float] = {
    "reports": 1.0,
    "size": 0.5,
    "recency": 1.0,
    "growth": 1.0,
    "children": 1.5,
    "soi": 2.0,
    "density": 1.0,
}
_HUBS = 3

_EXTRA_COLUMNS = {
    "member_names": "string",
    "hubs": "string",
    "first_activity": "datetime64[ns]",
    "last_activity": "datetime64[ns]",
    "recent_reports": "int64",
    "density": "float64",
    "soi_members": "string",
    "children": "string",
    **{f"score_{k}": "float64" for k in SCORE_WEIGHTS},
}


def _support(graph: nx.Graph) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Person - person link weights and the reports supporting them.

    Returns ``weights`` (p, q, weight; p < q) and ``support`` (p, q, r): the distinct reports
    behind each pair. ``weight`` = reports mentioning both (D) plus, for each shared
    identifier e, min(|R(p, e) - D|, |R(q, e) - D|): a report already counted as a direct
    co-mention is not counted again, and a person tied to the identifier once adds at most
    one, so a single chance mention next to a group's phone cannot make a strong link.
    """
    g = subject_graph(graph)
    persons = {n for n, t in g.nodes(data="type") if t in PERSON_TYPES}
    p_list: list[str] = []
    q_list: list[str] = []
    r_list: list[int] = []
    inc_e: list[str] = []
    inc_p: list[str] = []
    inc_r: list[int] = []
    for u, nbrs in g.adjacency():  # plain dicts on a Graph: much faster than edges(data=...)
        if u not in persons:
            continue
        su = str(u)
        for v, d in nbrs.items():
            if v in persons and su < str(v):
                rids = d.get("report_ids", ())
                p_list.extend([u] * len(rids))
                q_list.extend([v] * len(rids))
                r_list.extend(rids)
    for e, t in g.nodes(data="type"):
        if t not in IDENTIFIER_TYPES:
            continue
        linked = [p for p in g.neighbors(e) if p in persons]
        if len(linked) < 2 or len(linked) > MAX_SHARED_PERSONS:
            continue
        for p in linked:
            rids = g.edges[e, p].get("report_ids", ())
            inc_e.extend([e] * len(rids))
            inc_p.extend([p] * len(rids))
            inc_r.extend(rids)
    direct = pd.DataFrame({"p": p_list, "q": q_list, "r": np.asarray(r_list, dtype="int64")})
    weights = direct.groupby(["p", "q"], sort=False).size().rename("weight")
    support = [direct]
    if inc_e:
        inc = pd.DataFrame({"e": inc_e, "p": inc_p, "r": np.asarray(inc_r, dtype="int64")})
        pe = inc[["e", "p"]].drop_duplicates()
        pairs = pe.merge(pe, on="e", suffixes=("", "_b")).rename(columns={"p_b": "q"})
        pairs = pairs[pairs["p"].astype(str) < pairs["q"].astype(str)]
        sides = []
        for side in ("p", "q"):
            rows = pairs.merge(inc.rename(columns={"p": side}), on=["e", side])
            hit = rows.merge(direct.assign(_d=True), on=["p", "q", "r"], how="left")
            sides.append(hit[hit["_d"].isna()][["e", "p", "q", "r"]])
        counts = [s.groupby(["e", "p", "q"]).size() for s in sides]
        both = pd.concat(counts, axis=1, join="inner")
        contrib = both.min(axis=1)
        contrib = contrib[contrib > 0]
        if len(contrib):
            via = contrib.groupby(level=["p", "q"]).sum().rename("weight")
            weights = pd.concat([weights, via]).groupby(level=["p", "q"]).sum()
            used = contrib.index.to_frame(index=False)
            for s in sides:
                support.append(s.merge(used, on=["e", "p", "q"])[["p", "q", "r"]])
    weights = weights.reset_index().sort_values(["p", "q"], kind="stable").reset_index(drop=True)
    support_df = pd.concat(support, ignore_index=True).drop_duplicates(ignore_index=True)
    return weights, support_df


def person_network(graph: nx.Graph, min_weight: int = 1) -> nx.Graph:
    """Person - person graph (direct and shared-identifier links) with ``weight >= min_weight``.

    Edge ``weight`` is the number of distinct supporting reports; nodes and edges are
    inserted in sorted order.
    """
    w, _ = _support(graph)
    w = w[w["weight"] >= min_weight]
    pg = nx.Graph()
    pg.add_nodes_from(sorted(set(w["p"]) | set(w["q"]), key=str))
    pg.add_weighted_edges_from(w.itertuples(index=False, name=None))
    return pg


def _communities(edges: pd.DataFrame, nodes: list[Any], seed: int) -> list[list[Any]]:
    """Leiden (modularity) communities of the weighted graph, deterministic for a seed."""
    if not nodes:
        return []
    index = pd.Index(nodes)
    pairs = list(zip(index.get_indexer(edges["p"]).tolist(), index.get_indexer(edges["q"]).tolist()))
    weights = edges["weight"].astype(float).tolist()
    import igraph as ig
    import leidenalg as la

    g = ig.Graph(n=len(nodes), edges=pairs)
    g.es["weight"] = weights
    part = la.find_partition(g, la.ModularityVertexPartition, weights="weight", seed=seed, n_iterations=-1)
    groups: dict[int, list[Any]] = {}
    for node, label in zip(nodes, part.membership):
        groups.setdefault(label, []).append(node)
    return list(groups.values())


def detect_cohorts(graph: nx.Graph, settings: Settings | None = None) -> pd.DataFrame:
    """Cohorts of persons as a :class:`CohortSchema` frame plus the columns in the module doc."""
    settings = settings or Settings()
    columns = {**CohortSchema.columns, **_EXTRA_COLUMNS}
    empty = pd.DataFrame({c: pd.Series([], dtype=t) for c, t in columns.items()})
    weights, trip = _support(graph)
    if not len(weights):
        return empty
    strong = weights[weights["weight"] >= settings.min_link_weight].reset_index(drop=True)
    nodes = sorted(set(strong["p"]) | set(strong["q"]), key=str)
    groups = [c for c in _communities(strong, nodes, settings.seed) if len(c) >= settings.min_cohort_size]
    if not groups:
        return empty

    member_of = {n: i for i, c in enumerate(groups) for n in c}
    cp = strong["p"].map(member_of)
    inner = strong[cp.notna() & cp.eq(strong["q"].map(member_of))].copy()
    inner["c"] = inner["p"].map(member_of).astype("int64")
    tp = trip["p"].map(member_of)
    t = trip[tp.notna() & tp.eq(trip["q"].map(member_of))]
    # Joint activity: reports linking two members by a link that survived the weight filter.
    t = t.merge(inner[["p", "q", "c"]], on=["p", "q"])[["c", "r"]].drop_duplicates()
    rdates: dict[int, Any] = graph.graph.get("report_dates", {})
    t["date"] = pd.to_datetime(pd.Series([rdates.get(r) for r in t["r"].tolist()], index=t.index, dtype="object"))
    date_max = graph.graph.get("date_max")
    date_max = pd.Timestamp(date_max) if date_max is not None else None

    # Per-cohort figures, vectorised (there can be thousands of cohorts).
    ends = pd.concat([inner[["c", "p", "weight"]].rename(columns={"p": "n"}),
                      inner[["c", "q", "weight"]].rename(columns={"q": "n"})])
    wdeg = ends.groupby(["n"])["weight"].sum().to_dict()
    links = inner.groupby("c").size().to_dict()
    n_reports = t.groupby("c")["r"].nunique().to_dict()
    dated = t.dropna(subset=["date"])
    first = dated.groupby("c")["date"].min().to_dict()
    last = dated.groupby("c")["date"].max().to_dict()
    recent: dict[int, int] = {}
    prior: dict[int, int] = {}
    if date_max is not None and len(dated):
        age_days = (date_max - dated["date"]).dt.days
        recent = (age_days <= RECENT_DAYS).groupby(dated["c"]).sum().to_dict()
        prior = ((age_days > RECENT_DAYS) & (age_days <= 2 * RECENT_DAYS)).groupby(dated["c"]).sum().to_dict()
    attrs = graph.nodes

    rows = []
    for ci, members in enumerate(groups):
        ordered = sorted(members, key=lambda m: (-wdeg.get(m, 0), str(m)))
        n = len(members)
        density = links.get(ci, 0) / (n * (n - 1) / 2)
        n_rep = int(n_reports.get(ci, 0))
        last_ts = last.get(ci, pd.NaT)
        n_recent, n_prior = int(recent.get(ci, 0)), int(prior.get(ci, 0))
        recency = 0.0
        if date_max is not None and not pd.isna(last_ts):
            recency = math.exp(-((date_max - last_ts).days) / RECENT_DAYS)
        growth = max(-1.0, min(1.0, (n_recent - n_prior) / max(1, n_prior)))
        soi = [m for m in ordered if attrs[m].get("soi")]
        children = [m for m in ordered if _is_child(attrs[m])]
        parts = {
            "reports": math.log1p(n_rep),
            "size": math.log(n),
            "recency": recency,
            "growth": growth,
            "children": math.log1p(len(children)),
            "soi": math.log1p(len(soi)),
            "density": density,
        }
        comp = {f"score_{k}": round(SCORE_WEIGHTS[k] * v, 6) for k, v in parts.items()}
        rows.append({
            "cohort_id": "",
            "size": n,
            "reports": n_rep,
            "members": "; ".join(map(str, ordered)),
            "score": round(sum(comp.values()), 6),
            "member_names": "; ".join(str(attrs[m].get("name", m)) for m in ordered),
            "hubs": "; ".join(map(str, ordered[:_HUBS])),
            "first_activity": first.get(ci, pd.NaT),
            "last_activity": last_ts,
            "recent_reports": n_recent,
            "density": round(density, 6),
            "soi_members": "; ".join(map(str, soi)),
            "children": "; ".join(map(str, children)),
            **comp,
            "_first_member": str(min(map(str, members))),
        })
    df = pd.DataFrame(rows)
    df = df.sort_values(["score", "size", "reports", "_first_member"], ascending=[False, False, False, True],
                        kind="stable").drop(columns="_first_member").reset_index(drop=True)
    width = max(2, len(str(len(df))))
    df["cohort_id"] = [f"C{i + 1:0{width}d}" for i in range(len(df))]
    return df[list(columns)].astype(columns)


def _is_child(attrs: dict[str, Any]) -> bool:
    flags = {f.strip().lower() for f in str(attrs.get("flags") or "").split(";")}
    age = attrs.get("age")
    return "child" in flags or (age is not None and age < 18)


def assign_cohorts(subjects: pd.DataFrame, cohorts: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``subjects`` with ``cohort_id`` filled from ``cohorts`` ("" when in none)."""
    out = subjects.copy()
    mapping: dict[str, str] = {}
    for cid, members in cohorts[["cohort_id", "members"]].itertuples(index=False):
        for m in str(members).split("; "):
            if m:
                mapping[m] = str(cid)
    out["cohort_id"] = pd.array(
        [mapping.get(str(s), "") for s in out["subject_id"].tolist()], dtype="string"
    )
    return out


def cohort_members(cohorts: pd.DataFrame, cohort_id: str) -> list[str]:
    """Member subject ids of one cohort, hubs first."""
    row = cohorts.loc[cohorts["cohort_id"] == cohort_id, "members"]
    if row.empty:
        raise ValueError(f"unknown cohort {cohort_id!r}")
    return [m for m in str(row.iloc[0]).split("; ") if m]
