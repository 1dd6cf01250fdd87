"""The record every extractor layer produces, before it becomes a row of ``MentionSchema``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Found:
    """One mention found in one text.

    ``start``/``end`` are Python string offsets into the text (end exclusive), so
    ``text[start:end] == self.text``. ``key`` is the normalised identity (E.164 phone, VRM
    without spaces, standard-form postcode, lower-case email/handle, normalised person name).
    ``attrs`` holds attributes found next to the mention (dob, age, alias, make, colour,
    platform ...) as plain JSON-serialisable values.
    """

    type: str
    start: int
    end: int
    text: str
    key: str
    method: str = "rule"  # "rule" | "model"
    attrs: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
