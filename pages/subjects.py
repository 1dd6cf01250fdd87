"""Subjects: filter resolved subjects, open a profile, correct the resolution, read any report."""

from __future__ import annotations

import plotly.express as px
import streamlit as st

from scanassist_core import profiles
from scanassist_core.report_view import excerpt, highlight_html, legend_html
from scanassist_core.schemas import ENTITY_TYPES
from scanassist_ui import corrections as correct
from scanassist_ui import state
from scanassist_ui.widgets import page_header, require_analysis

page_header(
    "Subjects",
    """
Each row is one **resolved subject**: the variants of a name ("John SMITH", "SMITH, John", "J. SMITH",
an alias) or an identifier (phone, vehicle, address...) that Scan Assist believes are the same thing.
Rows are ordered by relevance: children and SOI hits first, then by reports and connections.

Select a row to open the **profile**: aliases, DOB and age (at the date of each report), identifiers and
addresses seen with the subject, associates ranked by shared reports, a timeline, and every report
excerpt with the subject highlighted. If the resolution is wrong, **merge** two subjects, **split**
variants out, or mark a false subject as **not a subject**; your corrections are kept for this session,
re-applied when you add files, and exported.

The **report reader** at the bottom shows any report in full with every extracted entity highlighted.
""",
)
analysis = require_analysis()
subjects = analysis.subjects

with st.container(border=True):
    c1, c2, c3, c4 = st.columns([2, 3, 1, 1])
    types = c1.multiselect("Type", [t for t in ENTITY_TYPES if t in set(subjects["type"])], default=["PERSON"],
                           key="subj_types")
    search = c2.text_input("Name or identifier contains", key="subj_search")
    min_reports = c3.number_input("Min reports", min_value=1, value=1, step=1, key="subj_min_reports")
    flag_choice = c4.selectbox("Flags", ["Any", "Children", "SOI", "Missing", "In a cohort"], key="subj_flags")
    dates = analysis.reports["date"].dropna()
    date_range = None
    if len(dates):
        lo, hi = dates.min().date(), dates.max().date()
        date_range = st.slider("Seen between", min_value=lo, max_value=hi, value=(lo, hi), key="subj_dates",
                               format="DD/MM/YYYY")
    cohort_ids = sorted(c for c in subjects["cohort_id"].dropna().unique() if c)
    cohort = st.selectbox("Cohort", ["Any", *cohort_ids], key="subj_cohort") if cohort_ids else "Any"

table = profiles.subject_table(
    analysis,
    types=types or None,
    search=search,
    min_reports=int(min_reports),
    flag={"Any": None, "Children": "child", "SOI": "SOI", "Missing": "missing", "In a cohort": "cohort"}[flag_choice],
    date_from=date_range[0] if date_range else None,
    date_to=date_range[1] if date_range else None,
    cohort=None if cohort == "Any" else cohort,
)
st.caption(f"{len(table):,} of {len(subjects):,} subjects · select a row to open its profile")
selection = st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    height=360,
    on_select="rerun",
    selection_mode="single-row",
    key="subj_table",
    column_config={
        "subject_id": st.column_config.TextColumn("ID", width="small"),
        "reports": st.column_config.NumberColumn("Reports", width="small"),
        "connections": st.column_config.NumberColumn("Links", width="small"),
        "marker": st.column_config.TextColumn("Flag", width="small", help="CHILD (under 18) / SOI (on a list)"),
        "first_seen": st.column_config.DateColumn("First seen", format="DD/MM/YYYY"),
        "last_seen": st.column_config.DateColumn("Last seen", format="DD/MM/YYYY"),
        "cohort_id": st.column_config.TextColumn("Cohort", width="small"),
    },
)
rows = selection.selection.rows if selection is not None else []
if rows:
    state.put(state.SELECTED_SUBJECT, table.iloc[rows[0]]["subject_id"])

options = table["subject_id"].tolist()
selected = state.get(state.SELECTED_SUBJECT)
if selected not in set(subjects["subject_id"]):
    selected = None
labels = dict(zip(table["subject_id"], table["name"] + " · " + table["type"]))
if selected and selected not in labels:
    row = subjects[subjects["subject_id"] == selected].iloc[0]
    labels[selected] = f"{row['name']} · {row['type']}"
    options = [selected, *options]
choice = st.selectbox("Open profile", options, index=options.index(selected) if selected in options else None,
                      format_func=lambda sid: labels.get(sid, sid), key="subj_open", placeholder="Choose a subject")
if choice and choice != selected:
    state.put(state.SELECTED_SUBJECT, choice)
    selected = choice

if selected:
    profile = profiles.subject_profile(analysis, selected)
    subject = profile["subject"]
    st.divider()
    badges = []
    if "child" in str(subject["flags"]):
        badges.append(":orange-badge[:material/child_care: Child]")
    if bool(subject["soi"]):
        badges.append(":red-badge[:material/flag: SOI]")
    if "missing" in str(subject["flags"]):
        badges.append(":violet-badge[Missing episodes]")
    if subject["cohort_id"]:
        badges.append(f":blue-badge[Cohort {subject['cohort_id']}]")
    st.header(f"{subject['name']}")
    if badges:
        st.markdown(" ".join(badges))
    facts = st.columns(4)
    facts[0].metric("Type", str(subject["type"]).title())
    facts[1].metric("Reports", f"{int(subject['reports']):,}")
    facts[2].metric("DOB", "/".join(reversed(subject["dob"].split("-"))) if subject["dob"] else "—")
    facts[3].metric("Age (latest report)", "—" if subject["age"] is None else str(subject["age"]))
    st.markdown(f"**Seen:** {profile['seen']}  \n**Variants as written:** {subject['aliases'] or '—'}")

    left, right = st.columns(2)
    with left:
        st.subheader("Identifiers and addresses")
        if len(profile["identifiers"]):
            st.dataframe(profile["identifiers"], hide_index=True, width="stretch")
        else:
            st.caption("None seen in the same reports.")
    with right:
        st.subheader("Associates (shared reports)")
        if len(profile["associates"]):
            st.dataframe(profile["associates"], hide_index=True, width="stretch")
        else:
            st.caption("No associates.")

    st.subheader("Timeline")
    timeline = profile["timeline"]
    if len(timeline):
        fig = px.scatter(timeline, x="date", y="source", hover_data=["reference"], height=220)
        fig.update_traces(marker=dict(size=11, color="#1f4e79"))
        fig.update_layout(margin=dict(l=0, r=0, t=10, b=0), yaxis_title="")
        st.plotly_chart(fig, width="stretch", key="subj_timeline")
    else:
        st.caption("No dated reports.")

    st.subheader(f"Reports ({len(profile['excerpts'])})")
    st.markdown(legend_html(), unsafe_allow_html=True)
    for item in profile["excerpts"][:50]:
        lo, hi = excerpt(item["text"], item["start"], item["end"])
        st.markdown(
            f"**{item['reference']}** · {item['date']} · {item['source']}",
        )
        st.markdown(highlight_html(item["text"], item["mentions"], focus=selected, start=lo, end=hi),
                    unsafe_allow_html=True)
    if len(profile["excerpts"]) > 50:
        st.caption(f"Showing the latest 50 of {len(profile['excerpts'])} reports; all are in the Excel export.")

    correct.actions(analysis, subject)

st.divider()
st.subheader("Report reader")
reference_of = dict(zip(analysis.reports["report_id"], analysis.reports["reference"]))
ref_choice = st.selectbox("Report", list(reference_of), index=None, key="reader_report",
                          format_func=lambda rid: str(reference_of.get(rid, rid)),
                          placeholder="Choose a report reference")
if ref_choice is not None:
    report = analysis.reports[analysis.reports["report_id"] == ref_choice].iloc[0]
    mentions = analysis.mentions[analysis.mentions["report_id"] == ref_choice]
    st.markdown(f"**{report['reference']}** · {report['date']:%d/%m/%Y}" if report["date"] == report["date"]
                else f"**{report['reference']}** · no date")
    st.markdown(legend_html(sorted(set(mentions["type"]))), unsafe_allow_html=True)
    st.markdown(highlight_html(str(report["text"]), mentions), unsafe_allow_html=True)
