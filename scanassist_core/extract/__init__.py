"""Subject extraction from report text: UK identifiers, police naming conventions, the
statistical model, then noise filters (see ``_pipeline`` for the layering and why).

Errors: ``ExtractError`` is the base; ``ModelNotInstalledError`` (the configured spaCy model is
not installed, never downloaded) is the only one raised today.
"""

from ._nlp import ExtractError, ModelNotInstalledError, load_nlp
from ._pipeline import Extractor, extract_mentions
from ._types import Found

__all__ = ["ExtractError", "Extractor", "Found", "ModelNotInstalledError", "extract_mentions", "load_nlp"]
