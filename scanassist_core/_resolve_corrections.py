"""Analyst corrections to resolution, stored so they survive re-running on more files.

Subject ids change when a subject's canonical key changes, so an operation never stores an
id: it stores *anchors*, the subject's type and canonical key plus one mention of it
(reference, start, end, text). On re-run an anchor finds its subject by the mention first,
then by the canonical key, then by the name/identifier form inside the key; an anchor that
no longer finds anything leaves its operation inactive instead of touching the wrong subject.
Operations are re-applied in the order the analyst made them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import pandas as pd

__all__ = ["Corrections"]


def _anchor(subject_id: str, subjects: pd.DataFrame, mentions: pd.DataFrame | None) -> dict[str, Any]:
    hit = subjects[subjects["subject_id"] == subject_id]
    if hit.empty:
        raise KeyError(f"unknown subject_id {subject_id!r}")
    row = hit.iloc[0]
    anchor: dict[str, Any] = {
        "type": str(row["type"]),
        "key": str(row["key"]),
        "name": str(row["name"]),
        "mention": None,
    }
    if mentions is not None:
        mine = mentions[mentions["subject_id"] == subject_id]
        if not mine.empty:
            first = mine.sort_values(["reference", "start", "end"]).iloc[0]
            anchor["mention"] = [str(first["reference"]), int(first["start"]), int(first["end"]), str(first["text"])]
    return anchor


def _mention_anchors(rows: pd.DataFrame) -> list[list[Any]]:
    cols = (rows["reference"], rows["start"], rows["end"], rows["text"])
    return [[str(r), int(s), int(e), str(t)] for r, s, e, t in zip(*cols)]


@dataclass
class Corrections:
    """An ordered list of merge / split / not-a-subject operations (JSON-serialisable).

    ``merge(ids, subjects)`` joins subjects; ``split(id, variants, subjects)`` moves the
    mentions written as any of ``variants`` (or the given mention rows) to a new subject;
    ``not_a_subject(ids, subjects)`` drops a subject's mentions (they keep subject_id "" and
    stay listed in ``excluded`` so the analyst can ``undo`` it). Passing the resolved
    ``mentions`` frame as well records a mention anchor, which pins the subject exactly.
    """

    ops: list[dict[str, Any]] = field(default_factory=list)

    def merge(self, subject_ids: Sequence[str], subjects: pd.DataFrame, mentions: pd.DataFrame | None = None) -> None:
        ids = list(dict.fromkeys(subject_ids))
        if len(ids) < 2:
            raise ValueError("merge needs at least two different subjects")
        self.ops.append({"op": "merge", "subjects": [_anchor(s, subjects, mentions) for s in ids]})

    def split(
        self,
        subject_id: str,
        variants: Iterable[str],
        subjects: pd.DataFrame,
        mentions: pd.DataFrame | None = None,
        mention_rows: pd.DataFrame | None = None,
    ) -> None:
        """Move the mentions written as ``variants`` (and/or ``mention_rows``) to a new subject."""
        vs = sorted({str(v) for v in variants})
        ms = _mention_anchors(mention_rows) if mention_rows is not None else []
        if not vs and not ms:
            raise ValueError("split needs variants or mention rows to move")
        self.ops.append(
            {"op": "split", "subject": _anchor(subject_id, subjects, mentions), "variants": vs, "mentions": ms}
        )

    def not_a_subject(
        self, subject_ids: str | Sequence[str], subjects: pd.DataFrame, mentions: pd.DataFrame | None = None
    ) -> None:
        for sid in [subject_ids] if isinstance(subject_ids, str) else subject_ids:
            self.ops.append({"op": "not_a_subject", "subject": _anchor(sid, subjects, mentions)})

    @property
    def excluded(self) -> list[dict[str, Any]]:
        """Anchors of subjects marked not-a-subject, with their op index for ``undo``."""
        return [dict(op["subject"], index=i) for i, op in enumerate(self.ops) if op["op"] == "not_a_subject"]

    def undo(self, index: int = -1) -> dict[str, Any]:
        """Remove one operation (the last by default) and return it."""
        return self.ops.pop(index)

    def to_json(self) -> str:
        return json.dumps({"version": 1, "ops": self.ops}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Corrections":
        data = json.loads(text)
        ops = data.get("ops", []) if isinstance(data, dict) else []
        valid = [op for op in ops if isinstance(op, dict) and op.get("op") in ("merge", "split", "not_a_subject")]
        return cls(ops=valid)
