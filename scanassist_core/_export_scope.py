"""What an export covers: everything, a set of subjects, one cohort, or one subject's network.

Every export goes through :func:`scoped_analysis`, so a cohort sent to another force carries
only that cohort's subjects, the reports that mention them and the links between them, never
the rest of the upload.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import networkx as nx
import pandas as pd

__all__ = ["ExportScope", "scope_subject_ids", "scoped_analysis", "scoped_graph", "describe_scope"]


@dataclass(frozen=True)
class ExportScope:
    """One of: ``subject_ids`` (the current filter), ``cohort_id``, or ``subject_id`` + ``steps``.

    All fields empty means everything. When several are given the first in that order wins.
    """

    subject_ids: frozenset[str] | None = None
    cohort_id: str | None = None
    subject_id: str | None = None
    steps: int = 1

    @property
    def is_everything(self) -> bool:
        return self.subject_ids is None and not self.cohort_id and not self.subject_id


def _cohort_ids(analysis, cohort_id: str) -> set[str]:
    """Members (from the cohorts table and the subjects' cohort column) plus the identifiers tying them."""
    ids: set[str] = set()
    cohorts = analysis.cohorts
    if len(cohorts):
        rows = cohorts.loc[cohorts["cohort_id"] == cohort_id, "members"]
        for members in rows.dropna().astype(str):
            ids.update(m for m in members.split("; ") if m)
    subjects = analysis.subjects
    if len(subjects):
        ids.update(subjects.loc[subjects["cohort_id"].fillna("") == cohort_id, "subject_id"].astype(str))
    graph = analysis.graph
    if graph is not None and graph.number_of_nodes():
        from .graph import filter_graph

        ids.update(str(n) for n in filter_graph(graph, cohort=cohort_id).nodes)
    return ids


def scope_subject_ids(analysis, scope: ExportScope | None) -> set[str] | None:
    """The subject ids an export may show, or ``None`` for everything."""
    if scope is None or scope.is_everything:
        return None
    if scope.subject_ids is not None:
        return {str(s) for s in scope.subject_ids}
    if scope.cohort_id:
        return _cohort_ids(analysis, scope.cohort_id)
    sid = str(scope.subject_id)
    graph = analysis.graph
    if graph is None or sid not in graph:
        return {sid}
    from .graph import filter_graph, subject_graph

    ego = filter_graph(subject_graph(graph), ego=sid, ego_steps=max(0, int(scope.steps)))
    return {str(n) for n in ego.nodes} | {sid}


def describe_scope(analysis, scope: ExportScope | None) -> str:
    """One line for the README sheet and profile footers."""
    if scope is None or scope.is_everything:
        return "Everything in the analysis"
    if scope.subject_ids is not None:
        return f"A selection of {len(scope.subject_ids)} subjects (the filter in use when exported)"
    if scope.cohort_id:
        return f"Cohort {scope.cohort_id}: its members and the identifiers linking them"
    names = analysis.subjects.loc[analysis.subjects["subject_id"] == scope.subject_id, "name"]
    name = str(names.iloc[0]) if len(names) else str(scope.subject_id)
    step_word = "step" if scope.steps == 1 else "steps"
    return f"The network of {name} ({scope.subject_id}) to {scope.steps} {step_word}"


def scoped_graph(analysis, scope: ExportScope | None) -> nx.Graph:
    """The analysis graph limited to the scope's subjects (a copy; the whole graph when unscoped)."""
    return _subgraph(analysis, scope_subject_ids(analysis, scope))


def _subgraph(analysis, ids: set[str] | None) -> nx.Graph:
    graph = analysis.graph if analysis.graph is not None else nx.Graph()
    if ids is None:
        return graph.copy()
    return graph.subgraph([n for n in graph.nodes if str(n) in ids]).copy()


def scoped_analysis(analysis, scope: ExportScope | None):
    """A copy of ``analysis`` holding only what the scope covers.

    Reports are those mentioning an in-scope subject; links join two in-scope subjects;
    cohorts are those with an in-scope member; rejected rows (never analysed) are left out of
    a scoped export; duplicates are kept when their kept copy is an in-scope report.
    """
    ids = scope_subject_ids(analysis, scope)
    if ids is None:
        return analysis
    subjects = analysis.subjects[analysis.subjects["subject_id"].astype(str).isin(ids)]
    mentions = analysis.mentions[analysis.mentions["subject_id"].fillna("").astype(str).isin(ids)]
    report_ids = set(mentions["report_id"].tolist())
    reports = analysis.reports[analysis.reports["report_id"].isin(report_ids)]
    links = analysis.links
    links = links[links["source_id"].astype(str).isin(ids) & links["target_id"].astype(str).isin(ids)]
    cohorts = analysis.cohorts
    if len(cohorts):
        keep = [bool(ids & set(str(m).split("; "))) for m in cohorts["members"].fillna("")]
        cohorts = cohorts[keep]
    duplicates = analysis.duplicates
    if len(duplicates):
        kept = set(zip(reports["source"].astype(str), reports["row"].astype(int)))
        mask = [(str(s), int(r)) in kept for s, r in zip(duplicates["kept_source"], duplicates["kept_row"])]
        duplicates = duplicates[mask]
    matches = analysis.soi_matches
    matches = matches[matches["subject_id"].fillna("").astype(str).isin(ids)]
    players = analysis.key_players
    if len(players) and "subject_id" in players.columns:
        players = players[players["subject_id"].astype(str).isin(ids)]
    return replace(
        analysis,
        reports=reports.reset_index(drop=True),
        rejected=analysis.rejected.iloc[0:0],
        duplicates=duplicates.reset_index(drop=True),
        mentions=mentions.reset_index(drop=True),
        subjects=subjects.reset_index(drop=True),
        links=links.reset_index(drop=True),
        cohorts=cohorts.reset_index(drop=True),
        key_players=players.reset_index(drop=True) if isinstance(players, pd.DataFrame) else players,
        soi_matches=matches.reset_index(drop=True),
        graph=_subgraph(analysis, ids),
    )
