"""The tables that flow through Scan Assist, written down once.

Every stage takes and returns pandas DataFrames whose columns are declared here, so that
pages, exports and tests agree on names and types without reading each other's code.
A schema is a class whose attributes are the column names (like pandera's DataFrameModel,
without the dependency); ``empty()`` makes a correctly typed empty frame and ``validate()``
checks a frame has the columns in order and nothing missing.

Conventions:
* ``report_id`` is an internal integer, unique per kept report within one analysis. The
  analyst's ``reference`` need not be unique across systems (two systems may reuse a
  number), so joins use ``report_id`` and displays/exports use ``reference``.
* Character offsets ``start``/``end`` index the report's ``text`` exactly as kept
  (Python string indices, end exclusive), so ``text[start:end] == mention text``.
* Dates are ``datetime64[ns]`` with ``NaT`` when the source date was missing or impossible.
"""

from __future__ import annotations

from typing import ClassVar

import pandas as pd

__all__ = [
    "Schema",
    "ReportSchema",
    "RejectedSchema",
    "DuplicateSchema",
    "MentionSchema",
    "SubjectSchema",
    "LinkSchema",
    "CohortSchema",
    "SoiEntrySchema",
    "SoiMatchSchema",
    "ENTITY_TYPES",
    "PERSON_TYPES",
]

#: Subject types, upper-case, in the order an analyst reads them.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "VEHICLE",
    "SOCIAL",
    "ORGANISATION",
    "LOCATION",
    "NINO",
    "PNC_ID",
    "IMEI",
    "IP_ADDRESS",
)
PERSON_TYPES: tuple[str, ...] = ("PERSON",)


class Schema:
    """Base: subclasses list ``columns`` as ``{name: pandas dtype}``."""

    columns: ClassVar[dict[str, str]] = {}

    @classmethod
    def names(cls) -> list[str]:
        return list(cls.columns)

    @classmethod
    def empty(cls) -> pd.DataFrame:
        return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in cls.columns.items()})

    @classmethod
    def validate(cls, df: pd.DataFrame) -> pd.DataFrame:
        """Raise ``ValueError`` naming missing columns; return the frame with schema columns first."""
        missing = [c for c in cls.columns if c not in df.columns]
        if missing:
            raise ValueError(f"{cls.__name__}: missing columns {missing}")
        extra = [c for c in df.columns if c not in cls.columns]
        return df[cls.names() + extra]


class ReportSchema(Schema):
    """One kept intelligence report.

    ``row`` is the 1-based data row in its file (header excluded) so an analyst can find it;
    ``extras`` holds every unmapped column of the source row as a JSON object string, so nothing
    from the export is thrown away; ``warnings`` is '; '-separated (e.g. an impossible date).
    """

    columns = {
        "report_id": "int64",
        "reference": "string",
        "date": "datetime64[ns]",
        "source": "string",
        "row": "int64",
        "text": "string",
        "date_raw": "string",
        "grading": "string",
        "officer": "string",
        "system": "string",
        "extras": "string",
        "warnings": "string",
    }


class RejectedSchema(Schema):
    """A source row that could not become a report, with the reason an analyst can act on."""

    columns = {"source": "string", "row": "int64", "reason": "string", "reference": "string", "text": "string"}


class DuplicateSchema(Schema):
    """A source row recognised as an exact duplicate (same reference and same text) of a kept report."""

    columns = {
        "source": "string",
        "row": "int64",
        "reference": "string",
        "kept_source": "string",
        "kept_row": "int64",
    }


class MentionSchema(Schema):
    """One extracted mention of a subject in a report.

    ``key`` is the normalised identity used for resolution: E.164 for phones, VRM without
    spaces, standard-form postcode, lower-case email/handle, lower-case name for persons.
    ``method`` is ``"rule"`` or ``"model"``. ``attrs`` is a JSON object string of attributes
    found next to the mention (dob, age, alias, make, colour, platform ...).
    ``subject_id`` is empty until resolution fills it.
    """

    columns = {
        "report_id": "int64",
        "reference": "string",
        "type": "string",
        "text": "string",
        "start": "int64",
        "end": "int64",
        "key": "string",
        "method": "string",
        "attrs": "string",
        "subject_id": "string",
    }


class SubjectSchema(Schema):
    """A resolved subject; also the batch workbook's ``Subjects`` sheet (plus internal columns)."""

    columns = {
        "subject_id": "string",
        "type": "string",
        "name": "string",
        "aliases": "string",
        "reports": "int64",
        "first_seen": "datetime64[ns]",
        "last_seen": "datetime64[ns]",
        "dob": "string",
        "age": "Int64",
        "cohort_id": "string",
        "soi": "boolean",
        "flags": "string",
        "key": "string",
    }


class LinkSchema(Schema):
    """Two subjects mentioned in the same reports: weight = number of distinct reports."""

    columns = {"source_id": "string", "target_id": "string", "weight": "int64", "references": "string"}


class CohortSchema(Schema):
    columns = {"cohort_id": "string", "size": "int64", "reports": "int64", "members": "string", "score": "float64"}


class SoiEntrySchema(Schema):
    """One row of an uploaded subject-of-interest list, normalised."""

    columns = {
        "soi_row": "int64",
        "list_name": "string",
        "name": "string",
        "forenames": "string",
        "surname": "string",
        "dob": "string",
        "aliases": "string",
        "pnc_id": "string",
        "identifiers": "string",
        "extras": "string",
    }


class SoiMatchSchema(Schema):
    columns = {
        "soi_name": "string",
        "soi_row": "int64",
        "subject_id": "string",
        "match": "string",
        "score": "float64",
        "evidence": "string",
        "status": "string",
    }
