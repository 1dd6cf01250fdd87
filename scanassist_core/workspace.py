"""Workspaces: one file that holds a whole analysis, so work survives the browser session.

Nothing is kept on the server: the analyst downloads the workspace and opens it again later.

Format (``scanassist-workspace``, :data:`VERSION`): a zip of flat members

* ``manifest.json``: format, version, created time (UTC), app version, and for every other
  member its name, SHA-256, row count and (tables) column dtypes;
* ``state.json``: settings, run info, corrections (their own JSON) and SOI decisions;
* one Parquet table per frame in :data:`TABLES` (reports, rejected, duplicates, files,
  mentions, subjects, links, cohorts, key players, SOI entries and matches, audit trail).

Opening restores every frame *as saved* (no extraction, resolution, linking or cohort detection
is re-run: that is both fastest and exact, since Leiden and fuzzy resolution need not reproduce
identical ids on another machine or version). Only the network graph, which is derived data,
is rebuilt from the saved frames with :func:`graph.build_graph`, as the pipeline builds it.

Safety: the file is untrusted. Only JSON and Parquet are parsed (no pickle, no eval), dtypes
come from a whitelist, the zip is bounded (``_workspace_zip``), and every member's SHA-256 must
match the manifest. The hashes detect damage and casual editing, not a forger who rewrites the
manifest too: a workspace is not signed.

Errors: every problem with a file is a :class:`WorkspaceError` whose message says what is wrong
for the analyst (not a zip, newer version, hash mismatch, missing or extra member ...).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from . import __version__
from ._workspace_tables import TableFormatError, decode_frame, encode_frame
from ._workspace_zip import MAX_TOTAL_BYTES, ZipProblem, read_members
from .audit import COLUMNS as AUDIT_COLUMNS
from .audit import clean_events
from .pipeline import Analysis, _sync_graph_attrs
from .resolve import Corrections
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

__all__ = [
    "FORMAT",
    "VERSION",
    "TABLES",
    "WorkspaceError",
    "save_workspace",
    "open_workspace",
    "prime_extractor",
    "file_results",
    "soi_lists",
]

FORMAT = "scanassist-workspace"
VERSION = 1
#: Analysis frames saved as Parquet tables, plus ``audit``.
TABLES: tuple[str, ...] = (
    "reports", "rejected", "duplicates", "files", "mentions", "subjects", "links", "cohorts",
    "key_players", "soi_entries", "soi_matches", "audit",
)
_SCHEMAS = {
    "reports": ReportSchema, "rejected": RejectedSchema, "duplicates": DuplicateSchema, "mentions": MentionSchema,
    "subjects": SubjectSchema, "links": LinkSchema, "cohorts": CohortSchema, "soi_entries": SoiEntrySchema,
    "soi_matches": SoiMatchSchema,
}
_MANIFEST = "manifest.json"
_STATE = "state.json"
_MAX_JSON = 64 * 1024 * 1024
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


class WorkspaceError(Exception):
    """A workspace file that cannot be opened (or an analysis that cannot be saved), with the reason."""


# ------------------------------------------------------------------------------------------ save


def _json_bytes(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str, allow_nan=False).encode("utf-8")


def _plain(obj: object) -> Any:
    """JSON-ready copy: containers recursed, NaN/inf -> None, anything else not JSON -> str."""
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, float):
        return obj if obj == obj and abs(obj) != float("inf") else None
    if obj is None or isinstance(obj, (str, int, bool)):
        return obj
    return str(obj)


def _jsonable(obj: object) -> Any:
    """What reading the saved JSON back will give, so save and open agree exactly."""
    return json.loads(json.dumps(_plain(obj), ensure_ascii=False))


def save_workspace(
    analysis: Analysis, out: str | Path | BinaryIO | None = None, *, audit: list[dict] | None = None
) -> bytes:
    """The workspace file as bytes, also written to ``out`` (a path or binary stream) when given.

    ``audit`` is the session's audit trail; by default ``analysis.run_info["audit"]``.
    """
    run_info = dict(analysis.run_info or {})
    events = audit if audit is not None else list(run_info.get("audit") or [])
    frames: dict[str, pd.DataFrame] = {name: getattr(analysis, name) for name in TABLES if name != "audit"}
    frames["audit"] = _audit_table(events)
    corrections = analysis.corrections
    state = {
        "settings": analysis.settings.as_dict(),
        "run_info": _jsonable(run_info),
        "corrections": json.loads(corrections.to_json()) if isinstance(corrections, Corrections) else None,
        "soi_decisions": _jsonable(dict(run_info.get("soi_decisions") or {})),
    }
    members: dict[str, bytes] = {}
    entries: list[dict[str, Any]] = []
    for name, frame in frames.items():
        frame = frame if isinstance(frame, pd.DataFrame) else pd.DataFrame()
        try:
            data, description = encode_frame(frame)
        except (ValueError, TypeError) as error:
            raise WorkspaceError(f"the {name} table cannot be saved: {error}") from error
        member = f"{name}.parquet"
        members[member] = data
        entries.append({"name": name, "member": member, "sha256": hashlib.sha256(data).hexdigest(), **description})
    members[_STATE] = _json_bytes(state)
    entries.append({"name": "state", "member": _STATE, "sha256": hashlib.sha256(members[_STATE]).hexdigest()})
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "app": "Scan Assist",
        "app_version": __version__,
        "restore": "frames as saved; graph rebuilt from subjects, mentions and reports",
        "tables": entries,
    }
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as archive:
        archive.writestr(_zipinfo(_MANIFEST, zipfile.ZIP_DEFLATED), _json_bytes(manifest))
        for member, data in members.items():
            kind = zipfile.ZIP_DEFLATED if member.endswith(".json") else zipfile.ZIP_STORED
            archive.writestr(_zipinfo(member, kind), data)
    blob = sink.getvalue()
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(blob)
    elif out is not None:
        out.write(blob)
    return blob


def _audit_table(events: list[dict]) -> pd.DataFrame:
    """Base columns as text, metadata as one JSON object per event (keeps numbers numbers)."""
    clean = clean_events(events)
    meta = [json.dumps({k: v for k, v in ev.items() if k not in AUDIT_COLUMNS}, ensure_ascii=False, sort_keys=True)
            for ev in clean]
    frame = pd.DataFrame({c: [ev[c] for ev in clean] for c in AUDIT_COLUMNS} | {"meta": meta})
    return frame.astype("string")


def _zipinfo(name: str, kind: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = kind
    return info


# ------------------------------------------------------------------------------------------ open


def _load_json(data: bytes, what: str) -> Any:
    if len(data) > _MAX_JSON:
        raise WorkspaceError(f"its {what} is too large")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise WorkspaceError(f"its {what} is not valid JSON") from None


def _read_input(data: bytes | bytearray | memoryview | str | Path) -> bytes:
    if isinstance(data, (str, Path)):
        path = Path(data)
        try:
            if path.stat().st_size > MAX_TOTAL_BYTES:
                raise WorkspaceError(f"{path.name} is larger than any workspace Scan Assist writes")
            return path.read_bytes()
        except OSError as error:
            raise WorkspaceError(f"{path.name} cannot be read: {error.strerror or error}") from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise WorkspaceError(f"expected the workspace file's bytes or path, got {type(data).__name__}")


def _check_manifest(manifest: Any) -> list[dict[str, Any]]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise WorkspaceError("it is not a Scan Assist workspace (its manifest names another format)")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkspaceError(f"its format version {version!r} is not one Scan Assist has ever written")
    if version > VERSION:
        raise WorkspaceError(
            f"it was saved by a newer Scan Assist (workspace version {version}, app "
            f"{str(manifest.get('app_version', '?'))[:20]}); this app reads version {VERSION} — please update"
        )
    tables = manifest.get("tables")
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise WorkspaceError("its manifest has no valid table list")
    names = [t.get("name") for t in tables]
    expected = [*TABLES, "state"]
    missing = [n for n in expected if n not in names]
    extra = [str(n)[:40] for n in names if n not in expected]
    if missing:
        raise WorkspaceError(f"its manifest does not list {', '.join(missing)}")
    if extra or len(names) != len(set(names)):
        raise WorkspaceError(f"its manifest lists unexpected or repeated tables ({', '.join(extra) or 'repeated'})")
    for t in tables:
        want = _STATE if t["name"] == "state" else f"{t['name']}.parquet"
        if t.get("member") != want or not isinstance(t.get("sha256"), str):
            raise WorkspaceError(f"its manifest entry for {t['name']} is malformed")
    return tables


def _settings(raw: Any) -> Settings:
    base = Settings()
    if not isinstance(raw, dict):
        return base
    values = {}
    for f in fields(Settings):
        value = raw.get(f.name)
        default = getattr(base, f.name)
        if isinstance(value, type(default)) and not (isinstance(value, bool) and not isinstance(default, bool)):
            values[f.name] = value
    return Settings(**values)


def open_workspace(data: bytes | str | Path) -> tuple[Analysis, list[dict]]:
    """Restore a saved analysis and its audit trail; :class:`WorkspaceError` if the file is unusable."""
    blob = _read_input(data)
    try:
        members = read_members(blob)
    except ZipProblem as problem:
        raise WorkspaceError(f"This file cannot be opened as a workspace: {problem}.") from None
    if _MANIFEST not in members:
        raise WorkspaceError("This file is not a Scan Assist workspace: it has no manifest.json.")
    try:
        tables = _check_manifest(_load_json(members.pop(_MANIFEST), "manifest"))
        listed = {t["member"] for t in tables}
        missing = sorted(listed - set(members))
        extra = sorted(set(members) - listed)
        if missing:
            raise WorkspaceError(f"member {', '.join(missing)} is missing (the file is incomplete)")
        if extra:
            raise WorkspaceError(f"it contains {', '.join(extra)}, which its manifest does not list")
        for t in tables:
            if hashlib.sha256(members[t["member"]]).hexdigest() != t["sha256"]:
                raise WorkspaceError(f"{t['member']} does not match its SHA-256 in the manifest "
                                     "(the file was changed or damaged after saving)")
        state = _load_json(members[_STATE], "state")
        if not isinstance(state, dict):
            raise WorkspaceError("its state.json is malformed")
        frames: dict[str, pd.DataFrame] = {}
        for t in tables:
            if t["name"] == "state":
                continue
            try:
                frame = decode_frame(members[t["member"]], t)
                schema = _SCHEMAS.get(t["name"])
                if schema is not None and (len(frame) or len(frame.columns)):
                    schema.validate(frame)
            except (TableFormatError, ValueError, TypeError, OverflowError) as error:
                raise WorkspaceError(f"table {t['name']} is unusable: {error}") from None
            except Exception as error:  # untrusted bytes: any other reader failure is still a bad file
                raise WorkspaceError(f"table {t['name']} is unusable ({type(error).__name__})") from None
            frames[t["name"]] = frame
    except WorkspaceError as error:
        raise WorkspaceError(f"This workspace cannot be opened: {error}.") from None
    return _restore(frames, state)


def _restore(frames: dict[str, pd.DataFrame], state: dict[str, Any]) -> tuple[Analysis, list[dict]]:
    from .graph import build_graph

    try:
        corrections = Corrections.from_json(json.dumps(state["corrections"])) if state.get("corrections") else None
    except (TypeError, ValueError, AttributeError):
        raise WorkspaceError("This workspace cannot be opened: its corrections are malformed.") from None
    run_info = state.get("run_info") if isinstance(state.get("run_info"), dict) else {}
    audit_rows = frames.pop("audit")
    events = []
    if list(audit_rows.columns) == [*AUDIT_COLUMNS, "meta"]:
        for row in audit_rows.astype(object).where(audit_rows.notna(), None).to_dict("records"):
            try:
                meta = json.loads(row.pop("meta") or "{}")
            except json.JSONDecodeError:
                meta = {}
            events.append({**(meta if isinstance(meta, dict) else {}), **row})
    events = clean_events(events)
    subjects = frames["subjects"]
    # The pipeline builds the graph before SOI marking, then copies cohort/SOI status onto nodes.
    pre_soi = subjects
    if len(frames["soi_entries"]) and "flags" in subjects:
        pre_soi = subjects.assign(flags=subjects["flags"].fillna("").str.replace(
            r"(^|; )SOI(?=;|$)", "", regex=True).str.strip("; ").astype("string"))
    try:
        graph = build_graph(pre_soi, frames["mentions"], frames["reports"])
        _sync_graph_attrs(graph, subjects)
    except Exception as error:  # forged but well-formed tables that do not fit together
        raise WorkspaceError(
            f"This workspace cannot be opened: its subjects and mentions disagree ({type(error).__name__})."
        ) from None
    analysis = Analysis(
        settings=_settings(state.get("settings")),
        corrections=corrections,
        run_info=run_info,
        graph=graph,
        **frames,
    )
    return analysis, events


# ------------------------------------------------------------------------------------------ incremental


def prime_extractor(extractor: Any, analysis: Analysis) -> int:
    """Seed an :class:`~scanassist_core.extract.Extractor`'s text cache from saved mentions.

    So adding a file after opening a workspace extracts only the new reports. Skipped (returns 0)
    when the extractor uses another spaCy model than the saved run, because its results would
    differ. Returns the number of texts seeded.
    """
    from .extract import Found

    if getattr(extractor.settings, "spacy_model", None) != analysis.settings.spacy_model:
        return 0
    cache: dict = extractor._cache  # the Extractor's text-hash cache (same package)
    by_report: dict[int, list[Found]] = {}
    m = analysis.mentions
    cols = [m[c].tolist() for c in ("report_id", "type", "start", "end", "text", "key", "method", "attrs")]
    for rid, typ, start, end, text, key, method, attrs in zip(*cols):
        try:
            parsed = json.loads(attrs) if isinstance(attrs, str) and attrs else {}
        except json.JSONDecodeError:
            parsed = {}
        by_report.setdefault(int(rid), []).append(
            Found(str(typ), int(start), int(end), str(text), "" if key is None or key is pd.NA else str(key),
                  str(method), parsed if isinstance(parsed, dict) else {})
        )
    seeded = 0
    for rid, text in zip(analysis.reports["report_id"].tolist(), analysis.reports["text"].tolist()):
        h = extractor._hash("" if text is None or text is pd.NA else str(text))
        if h not in cache:
            cache[h] = sorted(by_report.get(int(rid), []), key=lambda f: (f.start, f.end))
            seeded += 1
    return seeded


def file_results(analysis: Analysis) -> list:
    """The analysis' files as ``ingest.FileResult`` objects, so ``ingest.combine(file_results(a) + new)``
    adds files to a reopened analysis with the same report ids, duplicates and row accounting as
    if every file had been uploaded in one session."""
    from .ingest import ColumnMapping, FileResult

    class _Saved(ColumnMapping):
        def __init__(self, described: str) -> None:
            super().__init__()
            self._described = described

        def describe(self) -> str:
            return self._described

    reports, dups, files = analysis.reports, analysis.duplicates, analysis.files
    if not len(files) or "source" not in files:
        return []
    by_pos = {(str(s), int(r)): i for i, (s, r) in enumerate(zip(reports["source"], reports["row"]))}
    out = []
    for f in files.to_dict("records"):
        source = str(f["source"])
        kept = reports[reports["source"] == source]
        mine = dups[dups["source"] == source]
        extra = []
        for ref, row, ks, kr in zip(mine["reference"], mine["row"], mine["kept_source"], mine["kept_row"]):
            at = by_pos.get((str(ks), int(kr)))
            if at is None:
                continue
            copy = reports.iloc[[at]].copy()
            copy["reference"] = pd.array([ref], dtype="string")
            copy["row"] = int(row)
            extra.append(copy)
        rows = pd.concat([kept, *extra]).sort_values("row", kind="stable") if extra else kept
        notices = "" if pd.isna(f.get("notices")) else str(f.get("notices"))
        out.append(FileResult(
            filename=source, source=source,
            encoding=None if pd.isna(f.get("encoding")) else str(f["encoding"]),
            sheet=None if pd.isna(f.get("sheet")) else str(f["sheet"]),
            mapping=_Saved("" if pd.isna(f.get("mapping")) else str(f["mapping"])),
            rows_in=int(f["rows_in"]), reports=rows.reset_index(drop=True),
            rejected=analysis.rejected[analysis.rejected["source"] == source].reset_index(drop=True),
            notices=[notices] if notices else [],
        ))
    return out


def soi_lists(analysis: Analysis) -> dict:
    """The saved SOI entries as one ``soi.SoiListResult`` per list name (the app's list state)."""
    from .soi import SoiListResult

    entries = analysis.soi_entries
    out = {}
    for name in dict.fromkeys(entries["list_name"].astype(str).tolist()) if len(entries) else []:
        mine = entries[entries["list_name"].astype(str) == name].reset_index(drop=True)
        out[name] = SoiListResult(list_name=name, entries=mine, rejected=pd.DataFrame(columns=["source", "row", "reason"]),
                                  mapping={}, notices=["restored from a workspace"], rows_in=len(mine))
    return out
