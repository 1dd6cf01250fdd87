"""The subject network: who is mentioned with whom, in which reports.

Resolved subjects are nodes; two subjects are linked when they are mentioned in the same
report. A link's ``weight`` is the number of *distinct* reports they share, and every link
keeps those reports' ``report_ids`` and analyst ``references`` (in ``report_id`` order), so
any line on a chart can be traced back to the paper.

Shared identifiers need no special edges: phones, addresses, vehicles ... are subjects too,
so a person mentioned with a phone in one report and another person mentioned with the same
phone in another report are joined by the path person - phone - person. Cohort detection
(:mod:`scanassist_core.cohorts`) projects those paths onto person - person links.

Big reports are capped. A nominal list or briefing naming 200 people would add ~20,000
pairwise links of weight 1 and glue unrelated people together, so a report with more than
``max_clique`` distinct subjects (default :data:`MAX_CLIQUE`) adds *no* pairwise links. It
still counts in every subject's ``report_ids``, is listed in ``graph.graph["capped_reports"]``
(``report_id -> number of subjects``) so a page can say so, and with ``include_reports=True``
it appears as a report node joined to each of its subjects (a star, linear in size).

Node attributes: ``type``, ``name``, ``aliases``, ``reports``, ``report_ids``, ``flags``,
``soi``, ``cohort_id``, ``age``, ``first_seen``, ``last_seen``, ``kind`` (``"subject"`` or
``"report"``). Report nodes (bipartite view) are ``"report:<report_id>"`` with type
``"REPORT"``. Graph attributes: ``report_refs`` and ``report_dates`` (``report_id`` ->
reference / date or ``None``), ``capped_reports``, ``max_clique``, ``date_max``.

Errors: bad arguments raise ``ValueError`` (e.g. an unknown ``ego`` subject); nothing else.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from .schemas import LinkSchema

__all__ = [
    "MAX_CLIQUE",
    "REPORT_TYPE",
    "build_graph",
    "links_frame",
    "filter_graph",
    "key_players",
    "subject_graph",
    "weighted_degree",
    "no_gc",
]

#: Reports naming more distinct subjects than this add no pairwise links (see module doc).
MAX_CLIQUE = 30
#: ``type`` of report nodes in the bipartite view.
REPORT_TYPE = "REPORT"
#: Exact betweenness up to this many nodes; above it, sampled from this many sources.
_EXACT_BETWEENNESS_NODES = 2000
_BETWEENNESS_SAMPLES = 100
#: Share of subjects (with betweenness > 0) flagged as brokers.
_BROKER_SHARE = 0.05


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building millions of small containers.

    The objects built here hold no reference cycles, but the collector still rescans the
    growing heap on every generation threshold: ~40% of build time at 100,000 reports.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _is_blank(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT


def _str(value: Any) -> str:
    return "" if _is_blank(value) else str(value)


def _ts(value: Any) -> pd.Timestamp | None:
    if _is_blank(value):
        return None
    ts = pd.Timestamp(value)
    return None if pd.isna(ts) else ts


def build_graph(
    subjects: pd.DataFrame,
    mentions: pd.DataFrame,
    reports: pd.DataFrame,
    *,
    include_reports: bool = False,
    max_clique: int = MAX_CLIQUE,
) -> nx.Graph:
    """Build the co-mention network of resolved subjects.

    ``subjects`` is the authority on which subjects exist: mentions whose ``subject_id`` is
    empty (excluded) or unknown are ignored. Nodes and edges are inserted in sorted order, so
    the same data in any row order gives an identical graph.
    """
    if max_clique < 2:
        raise ValueError("max_clique must be at least 2")
    with no_gc():
        return _build(subjects, mentions, reports, include_reports, max_clique)


def _build(
    subjects: pd.DataFrame, mentions: pd.DataFrame, reports: pd.DataFrame, include_reports: bool, max_clique: int
) -> nx.Graph:
    graph = nx.Graph()
    subj = subjects[subjects["subject_id"].notna() & (subjects["subject_id"].astype("string") != "")]
    subj = subj.drop_duplicates("subject_id").sort_values("subject_id", kind="stable")
    ids = subj["subject_id"].astype(str).to_numpy()
    id_index = pd.Index(ids)

    # Report lookups: reference and date per report_id (mentions fill gaps in ``reports``).
    refs: dict[int, str] = {}
    dates: dict[int, pd.Timestamp | None] = {}
    if len(mentions):
        for rid, ref in mentions[["report_id", "reference"]].drop_duplicates("report_id").itertuples(index=False):
            refs[int(rid)] = _str(ref)
    if len(reports):
        rep = reports.drop_duplicates("report_id")
        rdates = pd.to_datetime(rep["date"], errors="coerce")
        for rid, ref, date in zip(rep["report_id"].to_numpy(), rep["reference"].tolist(), rdates.tolist()):
            refs[int(rid)] = _str(ref)
            dates[int(rid)] = _ts(date)

    # Distinct (report, subject) incidences, subjects as integer codes into ``ids``.
    if len(mentions):
        sid = mentions["subject_id"].astype("string").fillna("")
        codes = id_index.get_indexer(sid.to_numpy(dtype=object))
        inc = pd.DataFrame({"report_id": mentions["report_id"].to_numpy(dtype="int64"), "s": codes})
        inc = inc[inc["s"] >= 0].drop_duplicates().sort_values(["report_id", "s"], kind="stable")
    else:
        inc = pd.DataFrame({"report_id": np.array([], dtype="int64"), "s": np.array([], dtype="int64")})
    for rid in inc["report_id"].unique().tolist():
        refs.setdefault(int(rid), "")
    for rid in refs:
        dates.setdefault(rid, None)

    # Nodes.
    node_reports: dict[int, list[int]] = {}
    if len(inc):
        by_s = inc.sort_values(["s", "report_id"], kind="stable")
        s_arr = by_s["s"].to_numpy()
        r_arr = by_s["report_id"].to_numpy()
        starts = np.flatnonzero(np.r_[True, np.diff(s_arr) != 0])
        bounds = np.r_[starts, len(s_arr)].tolist()
        r_list = r_arr.tolist()
        for j, s_code in enumerate(s_arr[starts].tolist()):
            node_reports[s_code] = r_list[bounds[j]:bounds[j + 1]]
    def col(name: str) -> pd.Series:
        return subj[name] if name in subj.columns else pd.Series([None] * len(subj), index=subj.index, dtype=object)

    def text(name: str) -> list[str]:
        return col(name).astype("string").fillna("").tolist()

    def stamps(name: str) -> list[pd.Timestamp | None]:
        return [None if pd.isna(x) else x for x in pd.to_datetime(col(name), errors="coerce").tolist()]

    types = [t.upper() for t in text("type")]
    names = text("name")
    aliases = text("aliases")
    flags = text("flags")
    cohort_ids = text("cohort_id")
    n_reports = pd.to_numeric(col("reports"), errors="coerce").astype("Float64").tolist()
    soi = col("soi").astype("boolean").fillna(False).tolist()
    ages = pd.to_numeric(col("age"), errors="coerce").astype("Float64").tolist()
    first_seen = stamps("first_seen")
    last_seen = stamps("last_seen")
    nodes = []
    for i, s in enumerate(ids.tolist()):
        rids = node_reports.get(i, [])
        n_rep, age = n_reports[i], ages[i]
        nodes.append((s, {
            "kind": "subject",
            "type": types[i],
            "name": names[i] or s,
            "aliases": aliases[i],
            "reports": len(rids) if _is_blank(n_rep) else int(n_rep),
            "report_ids": rids,
            "flags": flags[i],
            "soi": bool(soi[i]),
            "cohort_id": cohort_ids[i],
            "age": None if _is_blank(age) else int(age),
            "first_seen": first_seen[i],
            "last_seen": last_seen[i],
        }))
    graph.add_nodes_from(nodes)

    # Pairwise links from reports within the clique cap: self-merge on report_id.
    size = inc.groupby("report_id")["s"].transform("size") if len(inc) else pd.Series([], dtype="int64")
    capped = inc[size > max_clique]
    small = inc[size <= max_clique]
    graph.graph["capped_reports"] = {int(r): int(n) for r, n in capped.groupby("report_id").size().items()}
    pairs = small.merge(small, on="report_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["s_a"] < pairs["s_b"]].sort_values(["s_a", "s_b", "report_id"], kind="stable")
    if len(pairs):
        a = pairs["s_a"].to_numpy()
        b = pairs["s_b"].to_numpy()
        r = pairs["report_id"].to_numpy()
        starts = np.flatnonzero(np.r_[True, (np.diff(a) != 0) | (np.diff(b) != 0)])
        bounds = np.r_[starts, len(r)].tolist()
        r_list = r.tolist()
        ref_list = [refs[x] for x in r_list]
        src = ids[a[starts]].tolist()
        dst = ids[b[starts]].tolist()
        _add_edges_fast(graph, (
            (src[j], dst[j], {"weight": bounds[j + 1] - bounds[j], "report_ids": r_list[bounds[j]:bounds[j + 1]],
                              "references": ref_list[bounds[j]:bounds[j + 1]]})
            for j in range(len(src))
        ))

    if include_reports:
        for rid in sorted(refs):
            graph.add_node(f"report:{rid}", kind="report", type=REPORT_TYPE, name=refs[rid] or str(rid),
                           aliases="", reports=1, report_ids=[rid], flags="", soi=False, cohort_id="",
                           age=None, first_seen=dates[rid], last_seen=dates[rid])
        graph.add_edges_from(
            (ids[s], f"report:{rid}", {"weight": 1, "report_ids": [rid], "references": [refs[rid]]})
            for rid, s in inc[["report_id", "s"]].itertuples(index=False)
        )

    known = [d for d in dates.values() if d is not None]
    graph.graph.update(report_refs=refs, report_dates=dates, max_clique=max_clique,
                       date_max=max(known) if known else None)
    return graph


def _add_edges_fast(graph: nx.Graph, edges: Iterable[tuple[Any, Any, dict[str, Any]]]) -> None:
    """Add new edges between existing nodes, each with its own fresh attribute dict.

    At 100,000 reports this is ~600,000 edges: ``add_edges_from`` re-checks and copies
    every attribute dict, which costs seconds, so (for the pinned networkx) the adjacency is
    written directly, exactly as ``add_edges_from`` would leave it, and networkx's cache is
    cleared. Other versions fall back to the public call.
    """
    adj = getattr(graph, "_adj", None)
    clear = getattr(nx, "_clear_cache", None)
    if not isinstance(adj, dict) or clear is None:
        graph.add_edges_from(edges)
        return
    for u, v, d in edges:
        adj[u][v] = d
        adj[v][u] = d
    clear(graph)


def subject_graph(graph: nx.Graph) -> nx.Graph:
    """The graph without report nodes (a view, no copy)."""
    if not any(d.get("kind") == "report" for _, d in graph.nodes(data=True)):
        return graph
    return graph.subgraph([n for n, d in graph.nodes(data=True) if d.get("kind") != "report"])


def weighted_degree(graph: nx.Graph) -> dict[Any, int]:
    return dict(graph.degree(weight="weight"))


def links_frame(graph: nx.Graph) -> pd.DataFrame:
    """Subject - subject links as a :class:`LinkSchema` frame.

    ``source_id < target_id``; ordered by weight (strongest first), then ids.
    Report nodes of a bipartite graph are not links and are left out.
    """
    rows = []
    for u, v, d in subject_graph(graph).edges(data=True):
        s, t = (u, v) if str(u) <= str(v) else (v, u)
        rows.append((str(s), str(t), int(d.get("weight", 1)), "; ".join(d.get("references", []))))
    if not rows:
        return LinkSchema.empty()
    df = pd.DataFrame(rows, columns=LinkSchema.names())
    df = df.sort_values(["weight", "source_id", "target_id"], ascending=[False, True, True], kind="stable")
    return df.astype(LinkSchema.columns).reset_index(drop=True)


def _in_range(ts: pd.Timestamp | None, lo: pd.Timestamp | None, hi: pd.Timestamp | None) -> bool:
    if ts is None:
        return False
    return (lo is None or ts >= lo) and (hi is None or ts <= hi)


def filter_graph(
    graph: nx.Graph,
    *,
    types: Iterable[str] | None = None,
    min_weight: int = 1,
    date_from: Any = None,
    date_to: Any = None,
    ego: str | None = None,
    ego_steps: int = 1,
    cohort: str | None = None,
    top_n: int | None = None,
) -> nx.Graph:
    """A filtered copy of ``graph`` for a view; filters apply in the order of the arguments.

    * ``types``: keep subjects of these types (``"REPORT"`` keeps report nodes).
    * ``date_from``/``date_to`` (inclusive; a date without time covers the whole day of
      ``date_to``): each link keeps only its reports in range (weight recomputed) and each node
      its reports in range; undated reports are dropped; nodes with no report in range go.
    * ``min_weight``: drop weaker links, then subjects left with no link at all.
    * ``cohort``: members of that cohort plus the non-person subjects (phones, addresses ...)
      linked to at least two members, i.e. what ties the cohort together.
    * ``ego``: the subject and everything within ``ego_steps`` links of it.
    * ``top_n``: the ``top_n`` subjects with the highest weighted degree (ties by id).
    """
    g = graph.copy()
    if types is not None:
        wanted = {str(t).upper() for t in types}
        g.remove_nodes_from([n for n, d in g.nodes(data=True) if d.get("type") not in wanted])
    if date_from is not None or date_to is not None:
        lo = pd.Timestamp(date_from) if date_from is not None else None
        hi = pd.Timestamp(date_to) if date_to is not None else None
        if hi is not None and hi == hi.normalize():
            hi = hi + pd.Timedelta(days=1) - pd.Timedelta(1, "ns")
        rdates = graph.graph.get("report_dates", {})
        refs = graph.graph.get("report_refs", {})
        for u, v, d in list(g.edges(data=True)):
            kept = [r for r in d.get("report_ids", []) if _in_range(rdates.get(r), lo, hi)]
            if kept:
                g.add_edge(u, v, weight=len(kept), report_ids=kept, references=[refs.get(r, "") for r in kept])
            else:
                g.remove_edge(u, v)
        drop = []
        for n, d in g.nodes(data=True):
            kept = [r for r in d.get("report_ids", []) if _in_range(rdates.get(r), lo, hi)]
            if kept:
                g.nodes[n].update(report_ids=kept, reports=len(kept))
            else:
                drop.append(n)
        g.remove_nodes_from(drop)
    if min_weight > 1:
        had_links = {n for n in g if g.degree(n) > 0}
        g.remove_edges_from([(u, v) for u, v, w in g.edges(data="weight", default=1) if w < min_weight])
        g.remove_nodes_from([n for n in had_links if g.degree(n) == 0])
    if cohort is not None:
        members = {n for n, c in g.nodes(data="cohort_id") if c == cohort}
        glue = {
            n for n, d in g.nodes(data=True)
            if n not in members and d.get("type") != "PERSON" and d.get("kind") != "report"
            and sum(1 for m in g.neighbors(n) if m in members) >= 2
        }
        g = g.subgraph(members | glue).copy()
    if ego is not None:
        if ego not in g:
            raise ValueError(f"ego subject {ego!r} is not in the (filtered) graph")
        if ego_steps < 0:
            raise ValueError("ego_steps must be >= 0")
        g = nx.ego_graph(g, ego, radius=ego_steps).copy()
    if top_n is not None:
        wdeg = weighted_degree(g)
        keep = sorted(g, key=lambda n: (-wdeg[n], str(n)))[: max(0, int(top_n))]
        g = g.subgraph(keep).copy()
    return g


def key_players(graph: nx.Graph, *, seed: int = 42) -> pd.DataFrame:
    """Degree, weighted degree and betweenness per subject; ``broker`` marks the top bridges.

    Betweenness is the normalised unweighted shortest-path betweenness (weights are counts
    of reports, not distances). Up to 2,000 subjects it is exact; above, it is estimated
    from 100 seeded random source subjects (Brandes-style sampling, computed by igraph), so
    it is deterministic for a given graph. ``broker`` is true for the top 5% of subjects by
    betweenness (at least one), among those with betweenness > 0: the people and
    identifiers through which otherwise separate groups connect.
    """
    import igraph as ig

    g = subject_graph(graph)
    nodes = sorted(g, key=str)
    cols = ["subject_id", "degree", "weighted_degree", "betweenness", "broker"]
    if not nodes:
        return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in zip(
            cols, ["string", "int64", "int64", "float64", "bool"])})
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in g.edges()]
    n = len(nodes)
    ig_graph = ig.Graph(n=n, edges=edges)
    if n <= _EXACT_BETWEENNESS_NODES:
        raw = np.asarray(ig_graph.betweenness(directed=False), dtype=float)
    else:
        rng = np.random.default_rng(seed)
        sources = np.sort(rng.choice(n, size=_BETWEENNESS_SAMPLES, replace=False)).tolist()
        raw = np.asarray(ig_graph.betweenness(directed=False, sources=sources), dtype=float)
        raw = raw * (n / len(sources))  # each ordered pair's source is sampled with chance k/n
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    btw = np.round(raw * scale, 12)
    wdeg = weighted_degree(g)
    df = pd.DataFrame({
        "subject_id": pd.array([str(x) for x in nodes], dtype="string"),
        "degree": np.array([g.degree(x) for x in nodes], dtype="int64"),
        "weighted_degree": np.array([wdeg[x] for x in nodes], dtype="int64"),
        "betweenness": btw,
    })
    df = df.sort_values(["betweenness", "weighted_degree", "subject_id"], ascending=[False, False, True],
                        kind="stable").reset_index(drop=True)
    positive = int((df["betweenness"] > 0).sum())
    n_brokers = min(positive, max(1, math.ceil(_BROKER_SHARE * positive))) if positive else 0
    df["broker"] = np.arange(len(df)) < n_brokers
    return df
