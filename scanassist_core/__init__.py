"""Scan Assist core: a UI-free library that turns bulk intelligence reports into subjects,
links and cohorts. It never imports streamlit (a test enforces it), so the same code runs in
the app, the ``scanassist`` batch command and notebooks.
"""

from .schemas import (
    ENTITY_TYPES,
    CohortSchema,
    DuplicateSchema,
    LinkSchema,
    MentionSchema,
    RejectedSchema,
    ReportSchema,
    SoiEntrySchema,
    SoiMatchSchema,
    SubjectSchema,
)
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "ENTITY_TYPES",
    "CohortSchema",
    "DuplicateSchema",
    "LinkSchema",
    "MentionSchema",
    "RejectedSchema",
    "ReportSchema",
    "Settings",
    "SoiEntrySchema",
    "SoiMatchSchema",
    "SubjectSchema",
    "__version__",
]
