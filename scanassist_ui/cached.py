"""Cached wrappers. Only read-only, user-independent things go in ``st.cache_resource``.

The spaCy model is shared (it holds no user data). Anything derived from a user's files, the
extractor's text-hash cache included, lives in that user's ``st.session_state``.
"""

from __future__ import annotations

import streamlit as st

from scanassist_core.settings import Settings

from . import state


@st.cache_resource(show_spinner="Loading the language model…")
def nlp_model(model_name: str):
    """The spaCy pipeline, loaded once per server process and shared read-only."""
    from scanassist_core.extract import load_nlp

    return load_nlp(model_name)


def settings() -> Settings:
    # One process per session on a shared server: worker processes would multiply memory per user.
    return Settings.from_env(n_process=1)


def session_extractor():
    """This session's extractor: its cache makes adding a file re-extract only the new reports."""
    extractor = state.get(state.EXTRACTOR)
    if extractor is None:
        from scanassist_core.extract import Extractor

        current = settings()
        extractor = Extractor(current, nlp=nlp_model(current.spacy_model))
        state.put(state.EXTRACTOR, extractor)
    return extractor


def per_analysis(name: str, compute):
    """Memoise ``compute()`` for the current analysis in this session (reruns cost nothing).

    Keyed by the analysis object's identity: any new run, correction or SOI change stores a
    new analysis object, so stale figures are never shown.
    """
    analysis = state.analysis()
    memo = st.session_state.setdefault(state.MEMO, {})
    key = (name, id(analysis))
    if key not in memo:
        for stale in [k for k in memo if k[0] == name]:
            del memo[stale]
        memo[key] = compute()
    return memo[key]
