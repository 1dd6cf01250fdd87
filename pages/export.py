"""Export: the Excel workbook, i2 Analyst's Notebook chart, link table, network and profiles."""

from __future__ import annotations

import streamlit as st

from scanassist_core import export, workspace
from scanassist_core.network_html import network_html
from scanassist_ui import audit, state
from scanassist_ui.widgets import page_header, require_analysis

page_header(
    "Export",
    """
Take the analysis into the tools your unit already uses. Choose what to export (everything, one cohort,
or one subject's network), then download:

* **Excel workbook**: Reports, Rejected, Subjects, Mentions, Links, Cohorts and SOI matches, plus a
  README sheet describing each sheet, the run and your corrections. No cell is ever a formula.
* **i2 Analyst's Notebook chart (.anx)**: typed entities with stable identities (repeated imports
  merge), attributes and weighted links carrying their report references.
* **Entity–link–entity table**: for units with their own i2 import specification.
* **Network (HTML)**: the interactive network as one file that opens offline.
* **Profile (HTML)**: one subject or cohort as a self-contained briefing document.

Every download is recorded in the session's audit trail (what and when, never report text).
""",
)
analysis = require_analysis()

scope_kind = st.radio("Export", ["Everything", "One cohort", "One subject's network"], horizontal=True,
                      key="export_scope_kind")
scope = None
label = "all"
if scope_kind == "One cohort":
    ids = analysis.cohorts["cohort_id"].tolist()
    if not ids:
        st.info("No cohorts in this analysis.")
        st.stop()
    cohort = st.selectbox("Cohort", ids, key="export_cohort")
    scope = export.ExportScope(cohort_id=cohort)
    label = f"cohort_{cohort}"
elif scope_kind == "One subject's network":
    subjects = analysis.subjects.sort_values("reports", ascending=False)
    names = dict(zip(subjects["subject_id"], subjects["name"] + " · " + subjects["type"].str.title()))
    subject_id = st.selectbox("Subject", list(names), format_func=lambda s: names[s], key="export_subject")
    steps = st.radio("Steps", [1, 2], horizontal=True, key="export_steps")
    scope = export.ExportScope(subject_id=subject_id, steps=int(steps))
    label = f"subject_{subject_id}"

analysis.run_info["audit"] = [dict(e) for e in audit.events()]  # every export and the workspace carry the trail

st.divider()
c1, c2, c3 = st.columns(3)
with c1:
    st.markdown("**Excel workbook**")
    st.download_button("Download workbook (.xlsx)", data=lambda: export.write_workbook(analysis, scope=scope),
                       file_name=f"scanassist_{label}.xlsx", key="dl_xlsx", icon=":material/table:",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       on_click=audit.record_export, args=("Excel workbook", label))
with c2:
    st.markdown("**i2 Analyst's Notebook**")
    st.download_button("Download chart (.anx)", data=lambda: export.write_anx(analysis, scope=scope),
                       file_name=f"scanassist_{label}.anx", key="dl_anx", icon=":material/account_tree:",
                       mime="application/xml", on_click=audit.record_export, args=("i2 chart", label))
    st.download_button("Entity–link–entity table (.csv)",
                       data=lambda: export.safe_csv(export.entity_link_table(analysis, scope=scope)),
                       file_name=f"scanassist_{label}_links.csv", key="dl_elt", mime="text/csv",
                       icon=":material/table_rows:", on_click=audit.record_export, args=("link table", label))
with c3:
    st.markdown("**Network and profiles**")
    st.download_button("Network (.html)",
                       data=lambda: network_html(export.scoped_graph(analysis, scope), title="Scan Assist network").html,
                       file_name=f"scanassist_{label}_network.html", key="dl_html", mime="text/html",
                       icon=":material/hub:", on_click=audit.record_export, args=("network HTML", label))
    if scope is not None and scope.subject_id:
        st.download_button("Subject profile (.html)",
                           data=lambda: export.subject_profile_html(analysis, scope.subject_id),
                           file_name=f"scanassist_profile_{scope.subject_id}.html", key="dl_profile",
                           mime="text/html", icon=":material/badge:",
                           on_click=audit.record_export, args=("subject profile", label))
    elif scope is not None and scope.cohort_id:
        st.download_button("Cohort profile (.html)",
                           data=lambda: export.cohort_profile_html(analysis, scope.cohort_id),
                           file_name=f"scanassist_profile_{scope.cohort_id}.html", key="dl_profile",
                           mime="text/html", icon=":material/badge:",
                           on_click=audit.record_export, args=("cohort profile", label))
    else:
        st.caption("Choose one subject or cohort above for a profile document.")

st.divider()
st.markdown("**Workspace**")
st.caption("The whole analysis (reports, subjects, your corrections, SOI lists and decisions, audit trail) in one "
           "file you keep: open it again on the Upload page to carry on. Nothing is stored on the server.")
st.download_button("Save workspace (.zip)",
                   data=lambda: workspace.save_workspace(analysis, audit=analysis.run_info["audit"]),
                   file_name="scanassist_workspace.zip", key="dl_workspace", mime="application/zip",
                   icon=":material/save:", on_click=audit.record_export, args=("workspace", "all"))

st.divider()
st.subheader("Audit trail")
st.caption("What was done in this session: files, lists, corrections and exports. Metadata only, never report text.")
st.dataframe(audit.frame(), hide_index=True, width="stretch")
