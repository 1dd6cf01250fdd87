"""Streamlit support for the Scan Assist pages: state keys, cached wrappers and small widgets.

Everything per-user lives in ``st.session_state`` under the keys in :mod:`scanassist_ui.state`;
``st.cache_resource`` holds only read-only things (the spaCy model). Pages stay thin:
read state -> call ``scanassist_core`` -> render.
"""
