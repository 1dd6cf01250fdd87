"""One analysis, end to end: ingest result -> mentions -> subjects -> links -> cohorts -> SOI matches.

The app and the batch command both call :func:`analyse`, so they cannot drift apart. The
expensive step (extraction) is done by an :class:`~scanassist_core.extract.Extractor` the caller
may keep between runs: it caches by text hash, so adding a file re-extracts only new reports
while resolution, linking and cohorts (cheap) are recomputed over everything.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone

import networkx as nx
import pandas as pd

from .schemas import (
    CohortSchema,
    DuplicateSchema,
    LinkSchema,
    MentionSchema,
    RejectedSchema,
    ReportSchema,
    SoiEntrySchema,
    SoiMatchSchema,
    SubjectSchema,
)
from .settings import Settings

__all__ = ["Analysis", "Progress", "analyse", "rebuild", "rematch_soi", "STAGES"]

#: ``progress(stage, done, total)``: stage is one of :data:`STAGES`.
Progress = Callable[[str, int, int], None]
STAGES: tuple[str, ...] = ("extract", "resolve", "link", "cohorts", "soi")


@dataclass
class Analysis:
    """Everything one run produced, as plain frames (the contract of the exports)."""

    reports: pd.DataFrame
    rejected: pd.DataFrame
    duplicates: pd.DataFrame
    files: pd.DataFrame
    mentions: pd.DataFrame
    subjects: pd.DataFrame
    links: pd.DataFrame
    cohorts: pd.DataFrame
    key_players: pd.DataFrame
    soi_entries: pd.DataFrame
    soi_matches: pd.DataFrame
    graph: nx.Graph
    settings: Settings
    corrections: object | None = None
    run_info: dict[str, object] = field(default_factory=dict)

    @classmethod
    def empty(cls, settings: Settings | None = None) -> "Analysis":
        return cls(
            reports=ReportSchema.empty(),
            rejected=RejectedSchema.empty(),
            duplicates=DuplicateSchema.empty(),
            files=pd.DataFrame(),
            mentions=MentionSchema.empty(),
            subjects=SubjectSchema.empty(),
            links=LinkSchema.empty(),
            cohorts=CohortSchema.empty(),
            key_players=pd.DataFrame(columns=["subject_id", "degree", "weighted_degree", "betweenness", "broker"]),
            soi_entries=SoiEntrySchema.empty(),
            soi_matches=SoiMatchSchema.empty(),
            graph=nx.Graph(),
            settings=settings or Settings(),
        )


def _noop(stage: str, done: int, total: int) -> None:
    return None


#: Allocations between young-generation garbage collections during a run (CPython's default: 700).
_GC_GEN0_THRESHOLD = 50_000


@contextmanager
def _fewer_gc_passes() -> Iterator[None]:
    """Collect cyclic garbage less often while a run allocates millions of small objects.

    Why: with the model, lexicons and the extractor's cache alive, each collection rescans a
    large heap; at the default threshold that is ~20% of a 10,000-report extraction. Cycles are
    still collected (just in bigger batches), so memory stays bounded; the old thresholds are
    restored afterwards. What is alive when the run starts (and, see :func:`_freeze_so_far`, what
    extraction made) is frozen out of the collector's scans for the run.
    """
    old = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    gc.set_threshold(max(old[0], _GC_GEN0_THRESHOLD), *old[1:])
    gc.freeze()
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if not frozen_before:
            gc.unfreeze()


def _freeze_so_far() -> None:
    """Freeze the objects made so far in a run (the mentions, the extractor's cache): the later
    stages allocate many short-lived objects, and each full collection would rescan these.
    ``_fewer_gc_passes`` unfreezes them at the end of the run."""
    gc.freeze()


def analyse(
    ingest,
    *,
    settings: Settings | None = None,
    extractor=None,
    corrections=None,
    soi_entries: pd.DataFrame | None = None,
    soi_decisions: dict | None = None,
    progress: Progress | None = None,
) -> Analysis:
    """Run the whole analysis over an :class:`~scanassist_core.ingest.IngestResult`.

    ``extractor`` is reused when given (its cache makes re-analysis cheap); ``corrections`` are
    the analyst's merges/splits/not-a-subject decisions, re-applied on every run;
    ``soi_entries`` is the combined SOI list (``SoiEntrySchema``) and ``soi_decisions`` the
    analyst's confirm/reject decisions on matches.
    """
    with _fewer_gc_passes():
        return _analyse(ingest, settings, extractor, corrections, soi_entries, soi_decisions, progress)


def _analyse(ingest, settings, extractor, corrections, soi_entries, soi_decisions, progress) -> Analysis:
    from .extract import Extractor

    settings = settings or Settings()
    report = progress or _noop
    started = time.perf_counter()
    timings: dict[str, float] = {}
    reports = ingest.reports

    t = time.perf_counter()
    extractor = extractor or Extractor(settings)
    calls_before = int(getattr(extractor, "calls", 0))
    mentions = extractor.extract(reports, progress=lambda d, n: report("extract", d, n))
    timings["extract"] = time.perf_counter() - t

    _freeze_so_far()
    parts = _downstream(mentions, reports, settings, corrections, soi_entries, soi_decisions, report, timings)
    run_info = {
        "finished_utc": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
        "seconds": round(time.perf_counter() - started, 2),
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "reports": int(len(reports)),
        # New texts this run (the extractor's cache answers the rest).
        "texts_extracted": int(getattr(extractor, "calls", 0)) - calls_before,
        "settings": settings.as_dict(),
        "soi_decisions": dict(soi_decisions or {}),
    }
    return Analysis(
        reports=reports,
        rejected=ingest.rejected,
        duplicates=ingest.duplicates,
        files=ingest.files,
        settings=settings,
        corrections=corrections,
        run_info=run_info,
        **parts,
    )


def _downstream(mentions, reports, settings, corrections, soi_entries, soi_decisions, report, timings) -> dict:
    """Everything after extraction: cheap enough to redo whenever corrections or lists change."""
    from . import cohorts as _cohorts
    from . import graph as _graph
    from .resolve import resolve

    t = time.perf_counter()
    report("resolve", 0, 1)
    subjects, mentions = resolve(mentions, reports, corrections)
    report("resolve", 1, 1)
    timings["resolve"] = time.perf_counter() - t

    t = time.perf_counter()
    report("link", 0, 1)
    graph = _graph.build_graph(subjects, mentions, reports)
    links = _graph.links_frame(graph)
    players = _graph.key_players(graph)
    report("link", 1, 1)
    timings["link"] = time.perf_counter() - t

    t = time.perf_counter()
    report("cohorts", 0, 1)
    cohorts = _cohorts.detect_cohorts(graph, settings)
    subjects = _cohorts.assign_cohorts(subjects, cohorts)
    _sync_graph_attrs(graph, subjects)
    report("cohorts", 1, 1)
    timings["cohorts"] = time.perf_counter() - t

    t = time.perf_counter()
    report("soi", 0, 1)
    soi_entries = soi_entries if soi_entries is not None else SoiEntrySchema.empty()
    soi_matches = SoiMatchSchema.empty()
    if len(soi_entries):
        from . import soi as _soi

        soi_matches = _soi.match_soi(soi_entries, subjects, mentions, decisions=soi_decisions)
        subjects = _soi.mark_soi(subjects, soi_matches)
        _sync_graph_attrs(graph, subjects)
    report("soi", 1, 1)
    timings["soi"] = time.perf_counter() - t

    return {
        "mentions": mentions,
        "subjects": subjects,
        "links": links,
        "cohorts": cohorts,
        "key_players": players,
        "soi_entries": soi_entries,
        "soi_matches": soi_matches,
        "graph": graph,
    }


def rebuild(analysis: Analysis, *, corrections=None, progress: Progress | None = None) -> Analysis:
    """Re-resolve, re-link and re-detect cohorts with new corrections, reusing the extracted mentions."""
    from dataclasses import replace as _replace

    timings: dict[str, float] = {}
    mentions = analysis.mentions.assign(subject_id="")
    with _fewer_gc_passes():
        parts = _downstream(mentions, analysis.reports, analysis.settings, corrections, analysis.soi_entries,
                            (analysis.run_info or {}).get("soi_decisions"), progress or _noop, timings)
    info = dict(analysis.run_info, timings=dict(analysis.run_info.get("timings", {}), **timings))
    return _replace(analysis, corrections=corrections, run_info=info, **parts)


def _sync_graph_attrs(graph: nx.Graph, subjects: pd.DataFrame) -> None:
    """Copy cohort and SOI status onto graph nodes so every view shows them.

    Plain column lists, not ``iterrows`` (which built a Series per subject: ~1 s at 10,000
    reports); a repeated ``subject_id`` keeps its last row, as before.
    """
    if not len(subjects):
        return
    nodes = graph.nodes
    for sid, cohort, soi in zip(subjects["subject_id"].tolist(), subjects["cohort_id"].tolist(),
                                subjects["soi"].tolist()):
        if sid in graph:
            attrs = nodes[sid]
            attrs["cohort_id"] = "" if pd.isna(cohort) else str(cohort)
            attrs["soi"] = bool(soi) if not pd.isna(soi) else False


def rematch_soi(analysis: Analysis, soi_entries: pd.DataFrame, decisions: dict | None = None) -> Analysis:
    """Redo only the SOI stage (lists or decisions changed): extraction and resolution are untouched."""
    from dataclasses import replace as _replace

    from . import soi as _soi

    subjects = analysis.subjects.assign(soi=False)
    subjects["flags"] = subjects["flags"].fillna("").str.replace(r"(^|; )SOI(?=;|$)", "", regex=True).str.strip("; ")
    matches = SoiMatchSchema.empty()
    if soi_entries is not None and len(soi_entries):
        matches = _soi.match_soi(soi_entries, subjects, analysis.mentions, decisions=decisions)
        subjects = _soi.mark_soi(subjects, matches)
    graph = analysis.graph
    _sync_graph_attrs(graph, subjects)
    return _replace(
        analysis,
        subjects=subjects,
        soi_entries=soi_entries if soi_entries is not None else SoiEntrySchema.empty(),
        soi_matches=matches,
        run_info=dict(analysis.run_info, soi_decisions=dict(decisions or {})),
    )
