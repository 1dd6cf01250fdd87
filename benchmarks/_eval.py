"""Loading and scoring for the annotated evaluation sets (shared by the accuracy benchmarks).

The sets were written independently of the extractor and resolver so that the figures are an
honest test: ``data/eval_reports.jsonl`` holds police-style intelligence reports in many
styles, ``data/eval_news.jsonl`` ordinary news prose (to check police rules don't break normal
English). One JSON object per line::

    {"id": "EV-0001", "date": "2025-03-14", "style": "intel_log", "text": "...",
     "entities": [{"type": "PERSON", "start": 10, "end": 20, "person": "P017"}, ...]}

Annotation guidelines (followed exactly by both sets; offsets are Python string indices into
``text``, end exclusive):

* PERSON: every mention of a subject, victim, witness, parent or other private individual,
  each time it occurs (full name, surname alone, first name alone, nickname). The span is the
  name as written: no title ("Mr", "Ms"), no DOB or age, no possessive "'s"; middle names and
  initials are inside it. ``SMITH, John`` is one span; ``SMITH (15)`` is ``SMITH``. An alias in
  quotes (``aka "Smudge"``) is its own PERSON span without the quotes. Lower-case and misspelt
  names in hasty notes are still PERSON. Fields split by a form (``SURNAME: X FORENAME: Y``) are
  two spans. ``person`` is a gold cluster id shared by every mention of the same fictional
  person across all reports; people who share a name but differ in DOB get different ids.
* Not PERSON: officers and staff writing or acting in role (``PC 1234 WILLIAMS``, ``DS 1552
  MARSHALL``), operation names (``Op KESTREL``), deal-line names (``the DEE line``), markers
  and acronyms (CLASS A, OCG, CSE, COUNTY LINES, NFA, MFH), makes and models ("Ford Focus"),
  platforms (Snapchat), road numbers (A14, M62 J26), crime/incident/intelligence references,
  family names used as a group ("the FOLEY family").
* ADDRESS: from the flat/house number or house name through street, town and postcode when
  contiguous ("Flat 2, 12 Mill Lane, Wolverhampton WV1 4AB"); a full postcode alone is an
  ADDRESS. A street named without a number is a LOCATION.
* PHONE: the number as written, including +44/(0) prefixes, spaces, hyphens and brackets.
  EMAIL: the address. VEHICLE: the registration mark only ("AB12 CDE", "ab12cde").
  SOCIAL: the handle, with the @ if written. IMEI, NINO, PNC_ID, IP_ADDRESS: the identifier.
* ORGANISATION: named businesses, schools, colleges, hospitals, hotels, pubs, shops,
  takeaways, shopping centres, charities, councils and government bodies, with capitalised
  designators inside the span ("Kelvin Hall School", "DF Logistics Ltd") and lower-case
  descriptors outside ("Lucky Star takeaway" -> "Lucky Star"). Police forces and generic
  services (MASH, BTP, social care) are not annotated.
* LOCATION: towns, cities, districts, estates, parks, streets without a number, countries;
  capitalised designators inside ("Lister Park"), lower-case ones outside ("Heath Town estate"
  -> "Heath Town"). A town inside an ADDRESS span is part of the ADDRESS.

Scoring: exact span match per type (report, type, start, end) gives precision, recall and F1 per
type and micro-averaged; a lenient score (same report and type, overlapping spans, one-to-one)
is secondary information. Person clustering is scored with B-cubed over all gold PERSON
mentions: each gold mention takes the subject of the predicted PERSON mention with the exact
same span, else of the predicted PERSON mention overlapping it most; unmatched gold mentions
are singletons.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from scanassist_core.schemas import ENTITY_TYPES, MentionSchema, ReportSchema

__all__ = [
    "DATA_DIR",
    "REPORTS_PATH",
    "NEWS_PATH",
    "Span",
    "TypeScore",
    "load_set",
    "SPLITS",
    "split_records",
    "reports_frame",
    "gold_spans",
    "predicted_spans",
    "score_exact",
    "score_lenient",
    "bcubed",
    "assign_person_clusters",
    "gold_person_mentions",
    "format_table",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
REPORTS_PATH = DATA_DIR / "eval_reports.jsonl"
NEWS_PATH = DATA_DIR / "eval_news.jsonl"
MICRO = "MICRO"


@dataclass(frozen=True)
class Span:
    """One annotated or predicted mention; ``person`` is the gold cluster id (gold PERSON only)."""

    ref: str
    type: str
    start: int
    end: int
    text: str = ""
    person: str | None = None

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.ref, self.type, self.start, self.end)


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def load_set(path: Path | str) -> list[dict]:
    """Read a JSONL evaluation set (one report per line)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


SPLITS = ("all", "dev", "test")


def split_records(records: list[dict], split: str = "all") -> list[dict]:
    """The records of one split: odd numeric id (EV-0001) is ``dev``, even is ``test``.

    Tuning looks only at ``dev`` (its errors included); ``test`` is scored, never inspected,
    so its figure stays an honest estimate. Each split is resolved on its own reports only.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    if split == "all":
        return list(records)
    want = 1 if split == "dev" else 0
    out = []
    for r in records:
        digits = re.sub(r"\D", "", str(r.get("id", "")))
        if digits and int(digits) % 2 == want:
            out.append(r)
    return out


def reports_frame(records: list[dict]) -> pd.DataFrame:
    """Build a ReportSchema frame: report_id 1..n, reference = record id, source "eval"."""
    n = len(records)
    frame = ReportSchema.empty()
    data = {
        "report_id": pd.Series(range(1, n + 1), dtype="int64"),
        "reference": pd.Series([r["id"] for r in records], dtype="string"),
        "date": pd.to_datetime(pd.Series([r.get("date") for r in records], dtype="object"), errors="coerce").astype(
            "datetime64[ns]"
        ),
        "source": pd.Series(["eval"] * n, dtype="string"),
        "row": pd.Series(range(1, n + 1), dtype="int64"),
        "text": pd.Series([r["text"] for r in records], dtype="string"),
    }
    for col, dtype in ReportSchema.columns.items():
        if col not in data:
            data[col] = pd.Series([""] * n, dtype=dtype) if dtype == "string" else frame[col]
    return ReportSchema.validate(pd.DataFrame(data))


def gold_spans(records: list[dict]) -> list[Span]:
    out: list[Span] = []
    for r in records:
        for e in r["entities"]:
            out.append(Span(r["id"], e["type"], e["start"], e["end"], r["text"][e["start"] : e["end"]], e.get("person")))
    return out


def predicted_spans(mentions: pd.DataFrame) -> list[Span]:
    """Spans from a MentionSchema frame (joined to the set on ``reference``)."""
    if mentions is None or len(mentions) == 0:
        return []
    return [
        Span(str(ref), str(t).upper(), int(s), int(e), "" if pd.isna(x) else str(x))
        for ref, t, s, e, x in zip(mentions["reference"], mentions["type"], mentions["start"], mentions["end"], mentions["text"])
    ]


def _finish(scores: dict[str, TypeScore]) -> dict[str, TypeScore]:
    micro = TypeScore()
    for s in scores.values():
        micro.tp += s.tp
        micro.fp += s.fp
        micro.fn += s.fn
    out = dict(sorted(scores.items(), key=lambda kv: _type_order(kv[0])))
    out[MICRO] = micro
    return out


def _type_order(t: str) -> tuple[int, str]:
    return (ENTITY_TYPES.index(t) if t in ENTITY_TYPES else len(ENTITY_TYPES), t)


def score_exact(gold: Iterable[Span], pred: Iterable[Span]) -> dict[str, TypeScore]:
    """Per-type and micro TP/FP/FN where a hit needs the same report, type, start and end."""
    g = {s.key for s in gold}
    p = {s.key for s in pred}
    scores: dict[str, TypeScore] = defaultdict(TypeScore)
    for k in g & p:
        scores[k[1]].tp += 1
    for k in p - g:
        scores[k[1]].fp += 1
    for k in g - p:
        scores[k[1]].fn += 1
    return _finish(scores)


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _match_lenient(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one matching of overlapping spans with the same report and type, biggest overlap first."""
    by_doc: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for p in pred:
        by_doc[(p.ref, p.type)].append(p)
    cands = []
    for gi, g in enumerate(gold):
        for p in by_doc.get((g.ref, g.type), []):
            ov = _overlap(g, p)
            if ov:
                cands.append((-(ov + (10**6 if (g.start, g.end) == (p.start, p.end) else 0)), gi, p))
    cands.sort(key=lambda c: (c[0], c[1], c[2].start, c[2].end))
    used_g: set[int] = set()
    used_p: set[tuple] = set()
    pairs = []
    for _, gi, p in cands:
        if gi in used_g or p.key in used_p:
            continue
        used_g.add(gi)
        used_p.add(p.key)
        pairs.append((gold[gi], p))
    return pairs


def score_lenient(gold: Iterable[Span], pred: Iterable[Span]) -> dict[str, TypeScore]:
    """Like :func:`score_exact` but any overlap of same-type spans in the same report counts."""
    gold = list({s.key: s for s in gold}.values())
    pred = list({s.key: s for s in pred}.values())
    pairs = _match_lenient(gold, pred)
    scores: dict[str, TypeScore] = defaultdict(TypeScore)
    for g, _ in pairs:
        scores[g.type].tp += 1
    for t, n in _counts(gold).items():
        scores[t].fn += n - sum(1 for g, _ in pairs if g.type == t)
    for t, n in _counts(pred).items():
        scores[t].fp += n - sum(1 for _, p in pairs if p.type == t)
    return _finish(scores)


def _counts(spans: list[Span]) -> dict[str, int]:
    c: dict[str, int] = defaultdict(int)
    for s in spans:
        c[s.type] += 1
    return c


def bcubed(gold: Mapping[object, object], pred: Mapping[object, object]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over the items of ``gold`` (item -> gold cluster).

    ``pred`` maps items to predicted clusters; an item missing from ``pred`` is a singleton.
    """
    items = list(gold)
    if not items:
        return 1.0, 1.0, 1.0
    pred_of = {i: pred.get(i, ("__single__", i)) for i in items}
    gold_members: dict[object, set] = defaultdict(set)
    pred_members: dict[object, set] = defaultdict(set)
    for i in items:
        gold_members[gold[i]].add(i)
        pred_members[pred_of[i]].add(i)
    p_sum = r_sum = 0.0
    for i in items:
        g, c = gold_members[gold[i]], pred_members[pred_of[i]]
        inter = len(g & c)
        p_sum += inter / len(c)
        r_sum += inter / len(g)
    p, r = p_sum / len(items), r_sum / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def assign_person_clusters(gold_persons: list[Span], mentions: pd.DataFrame) -> dict[tuple, object]:
    """Gold PERSON span key -> predicted subject_id (exact span first, else biggest overlap).

    Gold mentions with no predicted PERSON mention, or whose match has no subject_id, are left
    out, so :func:`bcubed` treats them as singletons.
    """
    out: dict[tuple, object] = {}
    if mentions is None or len(mentions) == 0:
        return out
    m = mentions[mentions["type"].astype("string").str.upper() == "PERSON"]
    by_ref: dict[str, list[tuple[int, int, object]]] = defaultdict(list)
    for ref, s, e, sid in zip(m["reference"], m["start"], m["end"], m["subject_id"]):
        if pd.isna(sid) or str(sid) == "":
            continue
        by_ref[str(ref)].append((int(s), int(e), str(sid)))
    for g in gold_persons:
        best, best_ov = None, 0
        for s, e, sid in by_ref.get(g.ref, []):
            if (s, e) == (g.start, g.end):
                best, best_ov = sid, 10**9
                break
            ov = max(0, min(e, g.end) - max(s, g.start))
            if ov > best_ov:
                best, best_ov = sid, ov
        if best is not None:
            out[g.key] = best
    return out


_DOB = re.compile(r"\s*[,(]?\s*(?:DOB:?\s*|born\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", re.I)
_AGE = re.compile(r"\s*(?:\(\s*(\d{1,2})\s*\)|,\s*(\d{1,2})\s*(?:yrs|years)?\s*[,.]|\s*aged\s+(\d{1,2})\b)", re.I)


def _adjacent_attrs(text: str, end: int) -> dict[str, object]:
    """DOB/age written straight after a name, so gold mentions carry what an extractor would."""
    tail = text[end : end + 40]
    m = _DOB.match(tail)
    if m:
        d, mo, y = (int(x) for x in m.groups())
        return {"dob": f"{y:04d}-{mo:02d}-{d:02d}"}
    m = _AGE.match(tail)
    if m:
        return {"age": int(next(x for x in m.groups() if x))}
    return {}


def gold_person_mentions(records: list[dict], reports: pd.DataFrame) -> pd.DataFrame:
    """Gold PERSON spans as a MentionSchema frame (method "gold"), to isolate the resolver.

    ``key`` is the lower-cased, whitespace-collapsed name; ``attrs`` holds ``dob`` (ISO) or
    ``age`` when written straight after the name.
    """
    ids = dict(zip(reports["reference"].astype(str), reports["report_id"].astype(int)))
    rows = []
    for r in records:
        for e in r["entities"]:
            if e["type"] != "PERSON":
                continue
            text = r["text"][e["start"] : e["end"]]
            rows.append(
                {
                    "report_id": ids[r["id"]],
                    "reference": r["id"],
                    "type": "PERSON",
                    "text": text,
                    "start": e["start"],
                    "end": e["end"],
                    "key": " ".join(text.lower().split()),
                    "method": "gold",
                    "attrs": json.dumps(_adjacent_attrs(r["text"], e["end"])),
                    "subject_id": "",
                }
            )
    if not rows:
        return MentionSchema.empty()
    df = pd.DataFrame(rows)
    return MentionSchema.validate(df.astype(MentionSchema.columns))


def format_table(title: str, scores: Mapping[str, TypeScore], targets: Mapping[str, float] | None = None) -> str:
    targets = targets or {}
    lines = [title, f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'pred':>6}  target"]
    for t, s in scores.items():
        tgt = targets.get(t)
        mark = "" if tgt is None else f"F1 >= {tgt:.2f} {'ok' if s.f1 >= tgt else 'BELOW'}"
        lines.append(f"{t:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.support:>9}{s.tp + s.fp:>6}  {mark}")
    return "\n".join(lines)
