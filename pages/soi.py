"""SOI list: where each subject of interest appears, and who is linked to them but not listed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scanassist_core import ingest, soi
from scanassist_core.pipeline import rematch_soi
from scanassist_ui import audit, state
from scanassist_ui.widgets import csv_download, page_header, require_analysis

page_header(
    "SOI list",
    """
Upload the subjects of interest your team already knows (CSV or Excel: a name column or surname and
forename columns, DOB, aliases, PNC ID, phones, vehicles...). Several lists can be loaded.

* **Hits** shows each SOI matched to subjects in the reports, strongest evidence first: a shared
  identifier (phone, vehicle, email, handle, PNC ID), the exact name, an alias, or a fuzzy/phonetic
  spelling. A matching DOB confirms a match; a different DOB rules it out. Confirm or reject each match:
  your decisions are kept for this session and exported.
* **Not found** lists SOIs that never appear in these reports.
* **Linked but not listed** is the list to read first: people associated with SOIs who are on no list,
  **children first**, then by strength of association (shared reports, shared addresses, phones or
  vehicles, same cohort).
""",
)
analysis = require_analysis()

lists: dict = state.get(state.SOI_LISTS) or {}
c1, c2 = st.columns([3, 1])
files = c1.file_uploader("SOI lists (CSV or Excel)", type=["csv", "xlsx", "xlsm", "txt"], accept_multiple_files=True,
                         key="soi_files")
changed = False
for f in files or []:
    if f.name not in lists or lists[f.name][0] != f.getvalue():
        try:
            lists[f.name] = (f.getvalue(), soi.read_soi_list(f.getvalue(), f.name))
        except ingest.IngestError as error:
            st.error(f"{f.name}: {error}", icon=":material/error:")
            continue
        audit.record_file(f.name, f.getvalue(), lists[f.name][1].rows_in, action="SOI list loaded")
        changed = True
demo_soi = state.get(state.DEMO_SOI) or {}
if demo_soi and c2.button("Use the demo SOI list", key="soi_demo", icon=":material/science:", width="stretch"):
    for name, data in demo_soi.items():
        lists[name] = (data, soi.read_soi_list(data, name))
        audit.record_file(name, data, lists[name][1].rows_in, action="SOI list loaded (demo)")
    changed = True
if lists and c2.button("Remove all lists", key="soi_clear", icon=":material/delete:", width="stretch"):
    audit.record("SOI lists removed", f"{len(lists)} list(s)")
    lists = {}
    changed = True
state.put(state.SOI_LISTS, lists)

if changed:
    entries = soi.combine_soi_lists([result for _, result in lists.values()]) if lists else None
    state.put(state.SOI_ENTRIES, entries)
    analysis = rematch_soi(analysis, entries, state.get(state.SOI_DECISIONS))
    state.put(state.ANALYSIS, analysis)

if not lists:
    st.info("Upload an SOI list to see hits and the people linked to SOIs who are not on it.")
    st.stop()

for name, (_, result) in lists.items():
    st.caption(f"**{name}**: {result.rows_in} rows, {len(result.entries)} entries, {len(result.rejected)} rejected")
    if len(result.rejected):
        with st.expander(f"Rejected rows in {name}"):
            st.dataframe(result.rejected, hide_index=True, width="stretch")

matches = analysis.soi_matches
entries = analysis.soi_entries
linked = soi.associated_not_listed(analysis.subjects, analysis.mentions, matches, links=analysis.links,
                                   cohorts=analysis.cohorts)
children = linked[linked["flags"].fillna("").str.contains("child")]
found = matches.loc[matches["status"] != "rejected", "soi_row"].nunique() if len(matches) else 0
summary = st.columns(3)
summary[0].metric("SOIs found in the reports", f"{found} of {len(entries)}")
summary[1].metric("Linked to SOIs, not on any list", f"{len(linked):,}")
summary[2].metric("…of whom children", f"{len(children):,}")
if len(children):
    first = children.iloc[0]
    age = "" if pd.isna(first["age"]) else f", {int(first['age'])}"
    st.warning(f"**{first['name']}{age}** is linked to {int(first['soi_links'])} SOI(s) but is on no list. "
               "See *Linked but not listed*.", icon=":material/child_care:")
hits_tab, missing_tab, linked_tab = st.tabs(["Hits", "Not found", "Linked but not listed"])
with hits_tab:
    if not len(matches):
        st.info("No SOI was found in these reports.")
    else:
        cols = [c for c in ["soi_name", "subject_name", "match", "score", "evidence", "status", "list_name", "soi_row",
                            "subject_id", "match_key"] if c in matches.columns]
        table = matches[cols].sort_values(["status", "score"], ascending=[True, False])
        picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                              selection_mode="single-row", key="soi_hits_table")
        rows = picked.selection.rows if picked is not None else []
        if rows:
            match = table.iloc[rows[0]]
            b1, b2, b3 = st.columns(3)
            decisions = dict(state.get(state.SOI_DECISIONS) or {})
            decision = None
            if b1.button("Confirm match", key="soi_confirm", icon=":material/check:"):
                decision = "confirmed"
            if b2.button("Reject match", key="soi_reject", icon=":material/close:"):
                decision = "rejected"
            if b3.button("Open subject profile", key="soi_open", icon=":material/person_search:"):
                state.put(state.SELECTED_SUBJECT, match["subject_id"])
                st.switch_page("pages/subjects.py")
            if decision:
                audit.record("SOI decision", f"{decision}: {match['soi_name']} = {match['subject_name']}")
                decisions[match["match_key"]] = decision
                state.put(state.SOI_DECISIONS, decisions)
                state.put(state.ANALYSIS, rematch_soi(analysis, entries, decisions))
                st.rerun()
        csv_download(table, "Download hits (CSV)", "soi_hits.csv", key="soi_dl_hits")
with missing_tab:
    missing = soi.soi_not_found(entries, matches)
    st.caption(f"{len(missing)} of {len(entries)} SOI entries do not appear in these reports.")
    st.dataframe(missing, hide_index=True, width="stretch")
with linked_tab:
    st.caption("Children first, then by strength of association with SOIs.")
    linked = linked[[c for c in linked.columns if c != "subject_id"] + ["subject_id"]]
    picked = st.dataframe(linked, hide_index=True, width="stretch", on_select="rerun",
                          selection_mode="single-row", key="soi_linked_table")
    rows = picked.selection.rows if picked is not None else []
    if rows and st.button("Open subject profile", key="soi_linked_open", icon=":material/person_search:"):
        state.put(state.SELECTED_SUBJECT, linked.iloc[rows[0]]["subject_id"])
        st.switch_page("pages/subjects.py")
    csv_download(linked, "Download linked-but-not-listed (CSV)", "soi_linked_not_listed.csv", key="soi_dl_linked")
