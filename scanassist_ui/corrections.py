"""The Subjects page's correction actions: merge, split, not a subject, undo.

Corrections are stored in the session and re-applied on every run (anchored to names and
mentions, not to ids), so they survive adding more files; they are exported with the analysis.
"""

from __future__ import annotations

import streamlit as st

from scanassist_core.pipeline import rebuild
from scanassist_core.resolve import Corrections

from . import audit, state


def _corrections() -> Corrections:
    current = state.get(state.CORRECTIONS)
    if current is None:
        current = Corrections()
        state.put(state.CORRECTIONS, current)
    return current


def _apply(analysis, corrections: Corrections, what: str) -> None:
    with st.spinner("Re-resolving subjects…"):
        state.put(state.ANALYSIS, rebuild(analysis, corrections=corrections))
    audit.record("correction", what)
    st.rerun()


def actions(analysis, subject: dict) -> None:
    """Render the correction panel for one subject (``profiles.subject_profile()["subject"]``)."""
    sid = subject["subject_id"]
    subjects, mentions = analysis.subjects, analysis.mentions
    st.subheader("Correct this subject")
    merge_tab, split_tab, not_tab, history_tab = st.tabs(["Merge", "Split", "Not a subject", "Corrections made"])
    with merge_tab:
        same_type = subjects[(subjects["type"] == subject["type"]) & (subjects["subject_id"] != sid)]
        same_type = same_type.sort_values("reports", ascending=False)
        labels = dict(zip(same_type["subject_id"], same_type["name"] + " (" + same_type["reports"].astype(str) + " reports)"))
        others = st.multiselect("Subjects that are really this one", list(labels), format_func=labels.get,
                                key="fix_merge_with")
        if st.button("Merge into this subject", key="fix_merge", disabled=not others, icon=":material/merge:"):
            corrections = _corrections()
            corrections.merge([sid, *others], subjects, mentions)
            _apply(analysis, corrections, f"merge {subject['name']} with {len(others)} subject(s)")
    with split_tab:
        variants = sorted({m for m in mentions.loc[mentions["subject_id"] == sid, "text"]})
        chosen = st.multiselect("Variants that are a different subject", variants, key="fix_split_variants")
        if st.button("Split these variants out", key="fix_split", disabled=not chosen or len(chosen) == len(variants),
                     icon=":material/call_split:"):
            corrections = _corrections()
            corrections.split(sid, chosen, subjects, mentions)
            _apply(analysis, corrections, f"split {len(chosen)} variant(s) from {subject['name']}")
        if len(variants) < 2:
            st.caption("Only one variant: nothing to split.")
    with not_tab:
        st.caption("Use this for noise the extractor took for a subject (a street, an officer, a phrase).")
        if st.button("Mark as not a subject", key="fix_not_subject", icon=":material/block:"):
            corrections = _corrections()
            corrections.not_a_subject(sid, subjects, mentions)
            state.put(state.SELECTED_SUBJECT, None)
            _apply(analysis, corrections, f"not a subject: {subject['name']}")
    with history_tab:
        corrections = state.get(state.CORRECTIONS)
        ops = corrections.ops if corrections is not None else []
        if not ops:
            st.caption("No corrections yet.")
        for index, op in enumerate(ops):
            names = [a["name"] for a in op.get("subjects", [])] or [op.get("subject", {}).get("name", "")]
            extra = f" — variants: {', '.join(op['variants'])}" if op.get("variants") else ""
            st.markdown(f"{index + 1}. **{op['op'].replace('_', ' ')}**: {', '.join(names)}{extra}")
        if ops and st.button("Undo the last correction", key="fix_undo", icon=":material/undo:"):
            corrections.undo()
            _apply(analysis, corrections, "undo last correction")
