"""Upload: stage report files, check each file's mapping, account for every row, run the analysis."""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from scanassist_core import ingest, workspace
from scanassist_core.pipeline import analyse
from scanassist_ui import audit, cached, state
from scanassist_ui.widgets import csv_download, page_header, progress_callback

FIELDS = ("reference", "date", "text")

page_header(
    "Upload intelligence reports",
    """
Scan Assist needs three fields from each file: **Intelligence Reference**, **Intelligence Date** and
**Intelligence Text**. Upload one or many CSV or Excel exports (RMS, scanning spreadsheets, partner
referrals); each file's columns are matched automatically, and you can correct the mapping below.

Every row is accounted for: *rows in = kept + rejected + duplicates*. Rejected rows are listed with the
file, the row number and the reason, and can be downloaded. Exact duplicates (same reference and same
text, within or across files) are kept once.

Then press **Run analysis**. Adding another file later only extracts the new reports.
""",
)

# Open a saved workspace: restores the analysis; files added afterwards are combined with its reports.
with st.expander("Open a saved workspace", icon=":material/folder_open:"):
    saved = st.file_uploader("Workspace file (.zip) saved from the Export page", type=["zip"], key="open_workspace")
    opened: set = st.session_state.setdefault(state.CONSUMED_UPLOADS, set())
    if saved is not None and saved.file_id not in opened:
        opened.add(saved.file_id)
        saved_bytes = saved.getvalue()
        try:
            restored, saved_events = workspace.open_workspace(saved_bytes)
        except workspace.WorkspaceError as error:
            state.put(state.WORKSPACE_ERROR, str(error))
            audit.record_file(saved.name, saved_bytes, action="workspace refused")
        else:
            session_events = list(state.get(state.AUDIT) or [])
            state.clear_analysis()
            state.put(state.ANALYSIS, restored)
            state.put(state.CORRECTIONS, restored.corrections)
            state.put(state.SOI_ENTRIES, restored.soi_entries if len(restored.soi_entries) else None)
            state.put(state.SOI_DECISIONS, dict(restored.run_info.get("soi_decisions") or {}))
            state.put(state.SOI_LISTS, {name: (b"", res) for name, res in workspace.soi_lists(restored).items()})
            state.put(state.WORKSPACE_FILES, workspace.file_results(restored))
            workspace.prime_extractor(cached.session_extractor(), restored)
            state.put(state.AUDIT, saved_events + session_events)
            audit.record_file(saved.name, saved_bytes, len(restored.reports), action="workspace opened")
            st.session_state.pop(state.WORKSPACE_ERROR, None)
    if saved is not None and state.get(state.WORKSPACE_ERROR):
        st.error(state.get(state.WORKSPACE_ERROR), icon=":material/error:")
    elif saved is not None and state.has_analysis():
        st.success(f"Workspace {saved.name} open: {len(state.analysis().reports):,} reports. Add files below "
                   "to extend it (only their new reports are extracted).", icon=":material/check_circle:")

uploads = state.uploads()
overrides = state.overrides()
sheets: dict[str, str] = state.get(state.SHEETS) or {}
memo: dict = st.session_state.setdefault(state.FILE_RESULTS, {})

left, right = st.columns([3, 1])
with left:
    new_files = st.file_uploader(
        "Report files (CSV or Excel)",
        type=["csv", "txt", "tsv", "xlsx", "xlsm"],
        accept_multiple_files=True,
        key="upload_files",
    )
with right:
    st.write("")
    if st.button("Load demo data", key="load_demo", icon=":material/science:", width="stretch"):
        from scanassist_core.demo import generate_demo

        demo = generate_demo()
        uploads.update(demo.files)
        for demo_name, demo_data in demo.files.items():
            audit.record_file(demo_name, demo_data, action="demo file staged")
        state.put(state.DEMO_SOI, dict(demo.soi_files))
        st.toast(f"Demo data staged: {len(demo.files)} files from three systems.")
    if uploads and st.button("Clear all files", key="clear_files", icon=":material/delete:", width="stretch"):
        state.clear_analysis()
        st.session_state.pop(state.WORKSPACE_FILES, None)
        st.rerun()

# Stage each uploaded file once (by upload id), so "Remove" sticks even while the uploader still lists it.
consumed: set = st.session_state.setdefault(state.CONSUMED_UPLOADS, set())
for uploaded in new_files or []:
    if uploaded.file_id not in consumed:
        consumed.add(uploaded.file_id)
        uploads[uploaded.name] = uploaded.getvalue()
        audit.record_file(uploaded.name, uploads[uploaded.name], action="file staged")


def file_result(name: str, data: bytes):
    """Ingest one staged file, memoised in this session by content, mapping and sheet.

    Returns a FileResult, or ``(message, headers)`` when the file cannot be used as it stands
    (headers are given when the analyst can fix it by choosing columns).
    """
    mapping = tuple(sorted(overrides.get(name, {}).items()))
    key = (name, hashlib.sha1(data).hexdigest(), mapping, sheets.get(name))
    if key not in memo:
        try:
            memo[key] = ingest.ingest_file(data, name, override=dict(mapping) or None, sheet=sheets.get(name))
        except ingest.MappingError as error:
            try:
                headers = ingest.read_table(data, name, sheet=sheets.get(name)).headers
            except ingest.IngestError:
                headers = []
            memo[key] = (str(error), headers)
        except ingest.IngestError as error:
            memo[key] = (str(error), [])
    return memo[key]


def mapping_controls(name: str, headers: list[str], mapping) -> None:
    """Three selectboxes (reference, date, text) that write the analyst's override."""
    options = ["(none)"] + list(headers)
    cols = st.columns(len(FIELDS))
    changed = dict(overrides.get(name, {}))
    for col, field in zip(cols, FIELDS):
        current = getattr(mapping, field) if mapping is not None else changed.get(field)
        how = mapping.how.get(field, "") if mapping is not None else ""
        choice = col.selectbox(
            f"{field.capitalize()} column",
            options,
            index=options.index(current) if current in options else 0,
            key=f"map::{name}::{field}",
            help=f"Detected by {how}." if how else "Not detected: choose the column.",
        )
        if choice != (current or "(none)"):
            if choice == "(none)":
                changed.pop(field, None)
            else:
                changed[field] = choice
    if changed != overrides.get(name, {}):
        overrides[name] = changed
        st.rerun()


if not uploads:
    st.info("Upload one or more files, or press **Load demo data** to try Scan Assist on a synthetic dataset.")
    if not state.has_analysis():
        st.markdown("**New to Scan Assist?** The tutorial walks through a complete analysis of the demo data.")
        st.page_link("pages/tutorial.py", label="Take the tutorial", icon=":material/school:")
    st.stop()

st.subheader(f"Files ({len(uploads)})")
results = []
for name, data in list(uploads.items()):
    result = file_result(name, data)
    failed = isinstance(result, tuple)
    icon = ":material/error:" if failed else ":material/description:"
    label = f"{name} — needs attention" if failed else (
        f"{name} — {result.rows_in:,} rows read, {len(result.rejected):,} rejected"
    )
    with st.expander(label, icon=icon, expanded=failed):
        if failed:
            message, headers = result
            st.error(message, icon=":material/error:")
            if headers:
                st.caption("Choose the columns that hold the reference, date and text:")
                mapping_controls(name, headers, None)
            else:
                st.caption("Nothing from this file is included. Fix or re-export it, or remove it.")
        else:
            results.append(result)
            meta = [f"Encoding: **{result.encoding or 'n/a (Excel)'}**"]
            if result.sheet:
                meta.append(f"sheet: **{result.sheet}**")
            st.markdown(" · ".join(meta))
            if result.notices:
                st.caption("  \n".join(f"• {notice}" for notice in result.notices))
            if len(result.sheets) > 1:
                at = result.sheets.index(result.sheet) if result.sheet in result.sheets else 0
                choice = st.selectbox("Sheet", result.sheets, index=at, key=f"sheet::{name}")
                if choice != result.sheet:
                    sheets[name] = choice
                    state.put(state.SHEETS, sheets)
                    st.rerun()
            mapping_controls(name, result.headers, result.mapping)
            preview = result.reports[["reference", "date", "text"]].head(5).copy()
            preview["text"] = preview["text"].str.slice(0, 160)
            st.dataframe(preview, hide_index=True, width="stretch")
        if st.button("Remove this file", key=f"remove::{name}", icon=":material/close:"):
            uploads.pop(name, None)
            overrides.pop(name, None)
            st.rerun()

if not results:
    st.warning("None of the staged files could be read, so there is nothing to analyse yet.")
    st.stop()

combined = ingest.combine((state.get(state.WORKSPACE_FILES) or []) + results)
state.put(state.INGEST, combined)

st.subheader("Every row accounted for")
files = combined.files.copy()
m1, m2, m3, m4 = st.columns(4)
m1.metric("Rows in", f"{int(files['rows_in'].sum()):,}")
m2.metric("Kept", f"{len(combined.reports):,}")
m3.metric("Rejected", f"{len(combined.rejected):,}")
m4.metric("Duplicates", f"{len(combined.duplicates):,}")
st.dataframe(files, hide_index=True, width="stretch")

if len(combined.rejected):
    with st.expander(f"Rejected rows ({len(combined.rejected):,})", icon=":material/block:"):
        st.dataframe(combined.rejected[["source", "row", "reason"]], hide_index=True, width="stretch")
        csv_download(combined.rejected, "Download rejected rows (CSV)", "rejected_rows.csv", key="dl_rejected")
if len(combined.duplicates):
    with st.expander(f"Duplicates recognised ({len(combined.duplicates):,})", icon=":material/content_copy:"):
        st.dataframe(combined.duplicates, hide_index=True, width="stretch")

if st.button("Run analysis", key="run_analysis", type="primary", icon=":material/play_arrow:"):
    bar = st.progress(0.0, text="Starting…")
    extractor = cached.session_extractor()
    result = analyse(
        combined,
        settings=cached.settings(),
        extractor=extractor,
        corrections=state.get(state.CORRECTIONS),
        soi_entries=state.get(state.SOI_ENTRIES),
        soi_decisions=state.get(state.SOI_DECISIONS),
        progress=progress_callback(bar),
    )
    state.put(state.ANALYSIS, result)
    audit.record("analysis run", f"{len(result.reports):,} reports from {len(results)} file(s); "
                 f"{result.run_info.get('texts_extracted', 0):,} texts extracted in {result.run_info.get('seconds')} s")
    bar.progress(1.0, text="Analysis complete")

analysis = state.analysis()
if analysis is not None:
    st.success(
        f"Analysis ready: {len(analysis.reports):,} reports, {len(analysis.subjects):,} subjects, "
        f"{len(analysis.cohorts):,} cohorts ({analysis.run_info.get('seconds', 0)} s).",
        icon=":material/check_circle:",
    )
    st.page_link("pages/dashboard.py", label="Open the dashboard", icon=":material/dashboard:")
