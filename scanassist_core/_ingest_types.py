"""Exceptions and plain records shared by the ingest modules (re-exported by ``ingest``).

Kept apart from ``ingest.py`` so the private reader/mapping modules can use them without
importing the public module (no import cycles).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "IngestError",
    "UnreadableFileError",
    "EmptyFileError",
    "FileTooLargeError",
    "MappingError",
    "ColumnMapping",
    "RawTable",
    "FIELDS",
]

#: The report fields a column can be mapped onto, in display order.
FIELDS: tuple[str, ...] = ("reference", "date", "text", "grading", "system", "officer")


class IngestError(Exception):
    """Base of every ingest failure; ``str(e)`` is one line an analyst can act on.

    The tree (all raised for a whole file, never for one row — bad rows are *rejected*, not raised):

    * ``IngestError`` itself: a request that cannot be met, e.g. a named sheet that is not in the workbook.
    * ``UnreadableFileError``: corrupt, encrypted/password-protected, legacy ``.xls``, undecodable
      text (no encoding decodes every byte), unsupported file type, or too many broken quotes.
    * ``EmptyFileError``: a 0-byte file, or one with no header at all (only blank lines / empty sheets).
    * ``FileTooLargeError``: over the byte or cell cap given to ``read_table``.
    * ``MappingError``: no text column can be found, or an override names a missing header or an
      unknown field.
    """


class UnreadableFileError(IngestError):
    """Corrupt, encrypted, undecodable or unsupported file."""


class EmptyFileError(IngestError):
    """Nothing to read: 0 bytes, or no header row."""


class FileTooLargeError(IngestError):
    """Over the configured byte or cell cap."""


class MappingError(IngestError):
    """No text column found, or an override names a missing header / unknown field."""


@dataclass
class ColumnMapping:
    """Which source header feeds each report field (``None`` = no such column).

    ``how`` says why each mapped field was chosen: ``"synonym"`` (the header is a known name),
    ``"content"`` (the values look like it) or ``"override"`` (the analyst said so);
    ``reasons`` is the same in words for the preview screen.
    """

    reference: str | None = None
    date: str | None = None
    text: str | None = None
    grading: str | None = None
    system: str | None = None
    officer: str | None = None
    how: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        return getattr(self, name)

    def as_dict(self) -> dict[str, str | None]:
        """Field -> header, for every field (unmapped ones are ``None``)."""
        return {f: self.get(f) for f in FIELDS}

    def describe(self) -> str:
        """One readable line, e.g. ``reference <- 'URN' (synonym); text <- 'Details' (synonym)``."""
        parts = [
            f"{f} <- '{self.get(f)}' ({self.how.get(f, '?')})" for f in FIELDS if self.get(f) is not None
        ]
        return "; ".join(parts) if parts else "nothing mapped"


@dataclass
class RawTable:
    """A file's cells before mapping: one header and the data rows under it.

    ``rows`` hold ``str`` for CSV and native openpyxl values (``datetime``, numbers, ``str``, ``None``)
    for XLSX; rows may be shorter or longer than ``headers`` (checked at ingest, not here).
    ``row_numbers[i]`` is the 1-based data-row number (records after the header) of ``rows[i]``.
    ``row_errors`` maps a data-row number to a reason the reader already knows the row is broken
    (e.g. an unterminated quote); such rows are rejected at ingest.
    """

    filename: str
    headers: list[str]
    rows: list[list[object]]
    encoding: str | None
    sheet: str | None
    sheets: list[str]
    notices: list[str]
    row_numbers: list[int]
    row_errors: dict[int, str] = field(default_factory=dict)
    #: True when ``sheet`` was named by the caller and is not the one chosen by default.
    non_default_sheet: bool = False
