"""Cohorts: groups of subjects associating across many reports, ranked for attention."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

from scanassist_core import cohorts as cohort_lib
from scanassist_core import graph as graphs
from scanassist_core.network_html import network_html
from scanassist_core.report_view import highlight_html, legend_html
from scanassist_ui import state
from scanassist_ui.widgets import page_header, require_analysis

page_header(
    "Cohorts",
    """
A **cohort** is a group of people who keep appearing together in reports, directly or through a shared
phone, address or vehicle. Groups are found by community detection (Louvain) on the network of
persons; a link must be seen in at least two reports to count, so one chance co-mention does not glue
groups together. The same data always gives the same cohorts.

Cohorts are ranked by a **score** whose parts are shown: more reports and members, recent and growing
activity, children involved and SOI members all raise it. Select a cohort to see its members and their
roles (**hub**: most central; **child**; **SOI**), its network, a timeline and its reports.
""",
)
analysis = require_analysis()
cohorts = analysis.cohorts
if not len(cohorts):
    st.info("No cohorts were found: no group of three or more people shares two or more reports.")
    st.stop()

ranked = cohorts.sort_values("score", ascending=False)
name_of = dict(zip(analysis.subjects["subject_id"], analysis.subjects["name"]))
display = ranked.copy()
if "hubs" in display.columns:
    display["hubs"] = display["hubs"].fillna("").map(lambda ids: "; ".join(name_of.get(i, i) for i in ids.split("; ") if i))
display_cols = [c for c in display.columns if c not in ("members", "soi_members", "children")]
selection = st.dataframe(display[display_cols], hide_index=True, width="stretch", on_select="rerun",
                         selection_mode="single-row", key="cohort_table")
rows = selection.selection.rows if selection is not None else []
if rows:
    state.put(state.SELECTED_COHORT, ranked.iloc[rows[0]]["cohort_id"])
ids = ranked["cohort_id"].tolist()
current = state.get(state.SELECTED_COHORT)
choice = st.selectbox("Cohort", ids, index=ids.index(current) if current in ids else 0, key="cohort_pick")
state.put(state.SELECTED_COHORT, choice)

members = cohort_lib.cohort_members(cohorts, choice)
row = ranked[ranked["cohort_id"] == choice].iloc[0]
hubs = set(str(row.get("hubs", "")).split("; ")) if "hubs" in ranked.columns else set()
people = analysis.subjects[analysis.subjects["subject_id"].isin(members)].copy()


def role(r) -> str:
    roles = []
    if r["subject_id"] in hubs:
        roles.append("hub")
    if "child" in str(r["flags"]):
        roles.append("child")
    if bool(r["soi"]):
        roles.append("SOI")
    return ", ".join(roles) or "member"


people["role"] = people.apply(role, axis=1)
st.subheader(f"Cohort {choice}: {len(members)} members, {int(row['reports'])} reports")
left, right = st.columns([2, 3])
with left:
    st.dataframe(people[["name", "role", "age", "reports", "flags", "subject_id"]].sort_values("reports", ascending=False),
                 hide_index=True, width="stretch", height=420)
with right:
    sub = graphs.filter_graph(analysis.graph, cohort=choice, min_weight=1)
    rendered = network_html(sub, height="400px", title=f"Cohort {choice}")
    st.iframe(rendered.html, height=440)

member_set = set(members)
m = analysis.mentions[analysis.mentions["subject_id"].isin(member_set)]
report_ids = set(m["report_id"])
reports = analysis.reports[analysis.reports["report_id"].isin(report_ids)].sort_values("date", ascending=False)
st.subheader("Timeline")
dated = reports.dropna(subset=["date"])
if len(dated):
    per_month = dated.assign(month=dated["date"].dt.to_period("M").dt.to_timestamp()).groupby("month").size()
    fig = px.bar(per_month.rename("reports").reset_index(), x="month", y="reports", height=240)
    fig.update_layout(margin=dict(l=0, r=0, t=10, b=0))
    st.plotly_chart(fig, width="stretch", key="cohort_timeline")
st.subheader(f"Reports ({len(reports)})")
st.markdown(legend_html(), unsafe_allow_html=True)
for report in reports.head(30).itertuples():
    date = "" if pd.isna(report.date) else f"{report.date:%d/%m/%Y}"
    with st.expander(f"{report.reference} · {date} · {report.source}"):
        st.markdown(highlight_html(str(report.text), analysis.mentions[analysis.mentions["report_id"] == report.report_id]),
                    unsafe_allow_html=True)
if len(reports) > 30:
    st.caption(f"Showing the latest 30 of {len(reports)} reports; all are in the Excel export.")
