"""Scan Assist: the router. Pages live in pages/, logic in scanassist_core/."""

import streamlit as st

from scanassist_ui.nav import ICON, PAGES, SECTIONS

# A local icon file: a Material icon or emoji favicon would be fetched from the internet.
st.set_page_config(page_title="Scan Assist", page_icon=str(ICON), layout="wide")

navigation = st.navigation(
    {
        section: [
            st.Page(p.path, title=p.title, icon=p.icon, url_path=p.url_path, default=(p.url_path == "upload"))
            for p in PAGES
            if p.section == section
        ]
        for section in SECTIONS
    }
)
navigation.run()
