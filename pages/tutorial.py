"""Tutorial: a complete analysis of the demo data, step by step."""

from __future__ import annotations

import streamlit as st

from scanassist_ui import state
from scanassist_ui.nav import page
from scanassist_ui.tutorial import STEPS
from scanassist_ui.widgets import page_header

page_header(
    "Tutorial",
    """
This walk-through takes about ten minutes on the synthetic demo data (fictional people, Ofcom drama
phone numbers). Each step says what to do, what to look at and why it matters, and links to the page.
""",
)
if not state.has_analysis():
    st.info("Start with step 1: the demo data is loaded on the Upload page.", icon=":material/info:")

for number, step in enumerate(STEPS, start=1):
    spec = page(step.page)
    with st.container(border=True):
        st.markdown(f"### {number}. {step.title}")
        st.markdown(f"**Do:** {step.do}")
        st.markdown(f"**Look at:** {step.look}")
        st.page_link(spec.path, label=f"Go to {spec.title}", icon=spec.icon)
