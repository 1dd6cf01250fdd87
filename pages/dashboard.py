"""Dashboard: the picture at a glance, each chart linking to the page that explains it."""

from __future__ import annotations

import plotly.express as px
import streamlit as st

from scanassist_core import dashboard as figures
from scanassist_ui import cached
from scanassist_ui.widgets import page_header, require_analysis

page_header(
    "Dashboard",
    """
The headline figures describe the whole upload: how many reports from how many sources, the date range,
the subjects found by type, the links between them, the cohorts detected, SOI hits and children flagged.

* **Reports over time** shows when intelligence was recorded, per source system: a rise can mean a new
  problem or simply a new export.
* **Top subjects** are the people and identifiers that appear in the most reports and have the most
  connections; open them on the Subjects page.
* **Top cohorts** are groups of subjects who keep appearing together, ranked by a score that favours size,
  activity, recency, children involved and SOI members (see the Cohorts page).
* **New in the latest period** lists subjects first seen in the most recent month of data.
""",
)
analysis = require_analysis()
data = cached.per_analysis(
    "dashboard",
    lambda: {
        "summary": figures.headline(analysis),
        "over_time": figures.reports_over_time(analysis),
        "by_type": figures.subjects_by_type(analysis),
        "top_reports": figures.top_subjects(analysis, by="reports", types=("PERSON",)),
        "top_links": figures.top_subjects(analysis, by="connections", types=("PERSON",)),
        "cohorts": figures.top_cohorts(analysis),
        "new": figures.new_subjects(analysis),
    },
)
summary = data["summary"]

row1 = st.columns(5)
row1[0].metric("Reports", f"{summary['reports']:,}")
row1[1].metric("Sources", f"{summary['sources']:,}")
row1[2].metric("Months covered", f"{summary['months']:,}", help=f"Reports dated {summary['date_range']}")
row1[3].metric("Subjects", f"{summary['subjects']:,}")
row1[4].metric("Links", f"{summary['links']:,}")
row2 = st.columns(5)
row2[0].metric("Cohorts", f"{summary['cohorts']:,}")
row2[1].metric("SOI hits", f"{summary['soi_hits']:,}")
row2[2].metric("Children flagged", f"{summary['children']:,}")
row2[3].metric("Rejected rows", f"{summary['rejected']:,}")
row2[4].metric("Duplicates", f"{summary['duplicates']:,}")
st.caption(f"Reports dated {summary['date_range']}"
           + (f"; {summary['undated']:,} undated (missing or impossible dates)" if summary["undated"] else ""))

left, right = st.columns(2)
with left:
    st.subheader("Reports over time")
    over_time = data["over_time"]
    if len(over_time):
        fig = px.bar(over_time, x="month", y="reports", color="source", height=320)
        fig.update_layout(margin=dict(l=0, r=0, t=10, b=0), legend_title_text="")
        st.plotly_chart(fig, width="stretch", key="chart_over_time")
    else:
        st.caption("No dated reports.")
    st.page_link("pages/upload.py", label="Sources and rejected rows", icon=":material/upload_file:")
with right:
    st.subheader("Subjects by type")
    by_type = data["by_type"]
    fig = px.bar(by_type, x="subjects", y="type", orientation="h", height=320, color="type")
    fig.update_layout(margin=dict(l=0, r=0, t=10, b=0), showlegend=False, yaxis=dict(autorange="reversed"))
    st.plotly_chart(fig, width="stretch", key="chart_by_type")
    st.page_link("pages/subjects.py", label="Browse subjects", icon=":material/person_search:")

def top_chart(frame, measure: str, key: str) -> None:
    """Horizontal bars of the top persons, coloured by child/SOI marker."""
    if len(frame):
        fig = px.bar(frame, x=measure, y="name", orientation="h", height=360, color="marker",
                     color_discrete_map=figures.MARKER_COLOURS)
        fig.update_layout(margin=dict(l=0, r=0, t=10, b=0), yaxis=dict(autorange="reversed"), legend_title_text="")
        st.plotly_chart(fig, width="stretch", key=key)


left, right = st.columns(2)
with left:
    st.subheader("Top persons by reports")
    top_chart(data["top_reports"], "reports", "chart_top_reports")
    st.page_link("pages/subjects.py", label="Subject profiles", icon=":material/person_search:")
with right:
    st.subheader("Top persons by connections")
    top_chart(data["top_links"], "connections", "chart_top_links")
    st.page_link("pages/links.py", label="Explore the network", icon=":material/hub:")

left, right = st.columns(2)
with left:
    st.subheader("Top cohorts by score")
    cohorts = data["cohorts"]
    if len(cohorts):
        fig = px.bar(cohorts, x="score", y="label", orientation="h", height=320, hover_data=["size", "reports"])
        fig.update_layout(margin=dict(l=0, r=0, t=10, b=0), yaxis=dict(autorange="reversed", title=""))
        st.plotly_chart(fig, width="stretch", key="chart_cohorts")
    else:
        st.caption("No cohorts detected.")
    st.page_link("pages/cohorts.py", label="Review cohorts", icon=":material/groups:")
with right:
    new = data["new"]
    st.subheader(f"New in the latest period ({new.attrs.get('period', '')})")
    if len(new):
        st.dataframe(new, hide_index=True, width="stretch", height=320)
    else:
        st.caption("No new subjects in the latest period.")
    st.page_link("pages/soi.py", label="Check against SOI lists", icon=":material/checklist:")
