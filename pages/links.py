"""Links: the network of subjects who share reports, filtered and drawn offline."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scanassist_core import graph as graphs
from scanassist_core.network_html import network_html
from scanassist_core.schemas import ENTITY_TYPES
from scanassist_ui import state
from scanassist_ui.widgets import page_header, require_analysis

page_header(
    "Links",
    """
Two subjects are **linked** when they are mentioned in the same report; the link's **weight** is the
number of distinct reports they share, and every link keeps those report references. People are also
linked *through* identifiers: two people seen with the same phone, address or vehicle.

Use the filters to focus: entity types, a minimum weight (2+ hides one-off co-mentions), a date range,
one subject's **ego network** (1 or 2 steps out), one cohort, or the top N most connected subjects.
Node colour and shape show the type; **SOI** subjects have a red border, **children** are drawn as
orange stars. Hover for details; choose a node below to see the reports behind each of its links.
The drawing is capped so the browser stays responsive: narrow the filter if asked.
""",
)
analysis = require_analysis()
graph = analysis.graph
subjects = analysis.subjects
name_of = dict(zip(subjects["subject_id"], subjects["name"] + " · " + subjects["type"].str.title()))

with st.container(border=True):
    c1, c2, c3 = st.columns([3, 1, 1])
    present = [t for t in ENTITY_TYPES if t in set(subjects["type"])]
    default_types = [t for t in ("PERSON", "ADDRESS", "PHONE", "VEHICLE") if t in present]
    types = c1.multiselect("Entity types", present, default=default_types, key="links_types")
    min_weight = c2.number_input("Min link weight", min_value=1, value=2, step=1, key="links_min_weight")
    top_n = c3.number_input("Top N most connected (0 = all)", min_value=0, value=150, step=25, key="links_top_n")
    c4, c5, c6 = st.columns([3, 1, 2])
    ego = c4.selectbox("Ego network of", sorted(name_of, key=lambda s: name_of[s]), index=None,
                       format_func=lambda s: name_of.get(s, s), key="links_ego", placeholder="Everyone")
    steps = c5.radio("Steps", [1, 2], horizontal=True, key="links_steps")
    cohort_ids = sorted(analysis.cohorts["cohort_id"].tolist()) if len(analysis.cohorts) else []
    cohort = c6.selectbox("Cohort", cohort_ids, index=None, key="links_cohort", placeholder="All cohorts")
    dates = analysis.reports["date"].dropna()
    date_range = None
    if len(dates):
        lo, hi = dates.min().date(), dates.max().date()
        date_range = st.slider("Reports dated between", min_value=lo, max_value=hi, value=(lo, hi),
                               key="links_dates", format="DD/MM/YYYY")

view = graphs.filter_graph(
    graph,
    types=types or None,
    min_weight=int(min_weight),
    date_from=pd.Timestamp(date_range[0]) if date_range else None,
    date_to=pd.Timestamp(date_range[1]) + pd.Timedelta(days=1) if date_range else None,
    ego=ego,
    ego_steps=int(steps),
    cohort=cohort,
    top_n=int(top_n) or None,
)
rendered = network_html(view, height="640px", title="Scan Assist network")
st.caption(f"{rendered.total:,} subjects and {view.number_of_edges():,} links match these filters.")
if rendered.shown < rendered.total:
    st.warning(f"The drawing is capped: {rendered.message}.", icon=":material/filter_alt:")
if rendered.shown:
    st.iframe(rendered.html, height=680)
    st.download_button("Download this network (offline HTML)", data=rendered.html.encode("utf-8"),
                       file_name="scanassist_network.html", mime="text/html", key="links_download",
                       icon=":material/download:")
else:
    st.info("No links match these filters. Lower the minimum weight or widen the date range.")

st.subheader("Node details")
node_options = sorted(view.nodes, key=lambda s: name_of.get(s, s))
node = st.selectbox("Subject", node_options, index=None, format_func=lambda s: name_of.get(s, s),
                    key="links_node", placeholder="Choose a subject in the network")
if node:
    attrs = view.nodes[node]
    st.markdown(
        f"**{attrs.get('name', node)}** · {str(attrs.get('type', '')).title()} · {attrs.get('reports', 0)} reports"
        + (f" · flags: {attrs.get('flags')}" if attrs.get("flags") else "")
    )
    rows = [
        {
            "linked to": name_of.get(other, other),
            "weight": data.get("weight", 0),
            "reports": "; ".join(data.get("references", [])),
        }
        for other, data in view[node].items()
    ]
    table = pd.DataFrame(rows, columns=["linked to", "weight", "reports"])
    st.dataframe(table.sort_values("weight", ascending=False), hide_index=True, width="stretch")
    if st.button("Open profile", key="links_open_profile", icon=":material/person_search:"):
        state.put(state.SELECTED_SUBJECT, node)
        st.switch_page("pages/subjects.py")
