"""Small widgets shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from . import state

STAGE_LABELS = {
    "extract": "Extracting subjects from reports",
    "resolve": "Resolving name variants into subjects",
    "link": "Linking subjects that share reports",
    "cohorts": "Detecting cohorts",
    "soi": "Matching the SOI lists",
}


def page_header(title: str, help_text: str) -> None:
    """Title plus the "How to read this page" expander every page carries."""
    st.title(title)
    with st.expander("How to read this page", icon=":material/help:"):
        st.markdown(help_text)


def require_analysis():
    """Stop the page with a pointer to Upload when there is nothing to show yet."""
    analysis = state.analysis()
    if analysis is None:
        st.info("No analysis yet. Load your reports (or the demo data) on the Upload page first.", icon=":material/info:")
        st.page_link("pages/upload.py", label="Go to Upload", icon=":material/upload_file:")
        st.stop()
    return analysis


def progress_callback(bar) -> Callable[[str, int, int], None]:
    """Adapt the pipeline's ``progress(stage, done, total)`` to a Streamlit progress bar."""
    order = list(STAGE_LABELS)

    def report(stage: str, done: int, total: int) -> None:
        index = order.index(stage) if stage in order else 0
        share = done / total if total else 1.0
        # Extraction is most of the work: give it 80% of the bar.
        overall = 0.8 * share if stage == "extract" else 0.8 + 0.2 * (index - 1 + share) / (len(order) - 1)
        label = STAGE_LABELS.get(stage, stage)
        detail = f" — {done:,} / {total:,} reports" if stage == "extract" else ""
        bar.progress(min(max(overall, 0.0), 1.0), text=f"{label}{detail}")

    return report


def csv_download(frame: pd.DataFrame, label: str, file_name: str, key: str) -> None:
    """A download button for a frame, with spreadsheet formulas neutralised."""
    from scanassist_core.export import safe_csv

    st.download_button(label, data=safe_csv(frame), file_name=file_name, mime="text/csv", key=key,
                       icon=":material/download:")
