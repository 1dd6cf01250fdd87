"""SOI matching accuracy on the hand-written set in ``benchmarks/data/soi_eval.json``.

Prints precision, recall, false matches (and false matches on look-alike decoys) for person
matches, the row accounting of the list, the top of ``associated_not_listed``, and the time to
match a synthetic list of 500 entries against 5,000 subjects.

    .venv/bin/python benchmarks/soi_accuracy.py
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scanassist_core.schemas import MentionSchema, SoiEntrySchema, SubjectSchema  # noqa: E402
from scanassist_core.soi import associated_not_listed, match_soi, read_soi_list  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "soi_eval.json"


def frames(doc: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Subjects (SubjectSchema) and mentions (MentionSchema) from the evaluation document."""
    subs = pd.DataFrame(doc["subjects"])
    subs["reports"] = 0
    subs["soi"] = False
    subs["first_seen"] = pd.to_datetime(subs["first_seen"])
    subs["last_seen"] = pd.to_datetime(subs["last_seen"])
    subs = subs[SubjectSchema.names()].astype(SubjectSchema.columns)
    types = dict(zip(subs["subject_id"], subs["type"]))
    rows = [
        {"report_id": int(rid), "reference": f"R{rid}", "type": types[sid], "text": sid, "start": 0, "end": 0,
         "key": sid, "method": "rule", "attrs": "{}", "subject_id": sid}
        for rid, sids in doc["reports"].items() for sid in sids
    ]  # fmt: skip
    mentions = pd.DataFrame(rows)[MentionSchema.names()].astype(MentionSchema.columns)
    return subs, mentions


def list_bytes(doc: dict) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(doc["soi_list"]["headers"])
    w.writerows(doc["soi_list"]["rows"])
    return buf.getvalue().encode("utf-8")


def evaluate(doc: dict) -> dict[str, object]:
    subjects, mentions = frames(doc)
    result = read_soi_list(list_bytes(doc), doc["soi_list"]["filename"])
    matches = match_soi(result.entries, subjects, mentions)
    persons = matches[matches["subject_type"] == "PERSON"]
    got = {(int(r), str(s)) for r, s in zip(persons["soi_row"], persons["subject_id"])}
    want = {(int(r), s) for r, sids in doc["expected"].items() for s in sids}
    decoys = set(doc["decoy_rows"])
    tp, fp, fn = got & want, got - want, want - got
    return {
        "rows_in": result.rows_in,
        "entries": len(result.entries),
        "rejected": len(result.rejected),
        "rejected_rows": sorted(result.rejected["row"].tolist()),
        "precision": len(tp) / len(got) if got else 1.0,
        "recall": len(tp) / len(want) if want else 1.0,
        "false_matches": sorted(fp),
        "missed": sorted(fn),
        "decoy_false_matches": sorted(p for p in fp if p[0] in decoys),
        "identifier_subject_matches": int((matches["subject_type"] != "PERSON").sum()),
        "matches": matches,
        "assoc": associated_not_listed(subjects, mentions, matches),
    }


def speed(n_entries: int = 500, n_subjects: int = 5000, seed: int = 7) -> float:
    rng = random.Random(seed)
    fores = ["John", "Jane", "Kyle", "Liam", "Chloe", "Reece", "Aaliyah", "Mohammed", "Shannon", "Tyler",
             "Jordan", "Ellie", "Callum", "Leah", "Gary", "Dean", "Ryan", "Ashley", "Marcus", "Jamal"]  # fmt: skip
    starts = ["ash", "brad", "carl", "dun", "ell", "fair", "gold", "hart", "ing", "kings", "lang", "mar", "new",
              "oak", "pen", "quin", "ross", "stan", "thorn", "under", "wal", "york", "blen", "crow", "dray",
              "fen", "grim", "hol", "kel", "lind", "mor", "nor", "pres", "rad", "shel", "tid", "wes", "birk",
              "cal", "dar"]  # fmt: skip
    ends = ["ford", "ley", "ton", "well", "wood", "by", "field", "ham", "den", "more", "ridge", "son", "worth",
            "stone", "bury", "combe", "hurst", "low", "wick", "dale"]  # fmt: skip
    surs = [(a + b).upper() for a in starts for b in ends]
    subs = pd.DataFrame({
        "subject_id": [f"S{i}" for i in range(n_subjects)], "type": "PERSON",
        "name": [f"{rng.choice(fores)} {rng.choice(surs)}" for _ in range(n_subjects)], "aliases": "",
        "reports": 1, "first_seen": pd.Timestamp("2024-01-01"), "last_seen": pd.Timestamp("2024-06-01"),
        "dob": "", "age": pd.NA, "cohort_id": "", "soi": False, "flags": "", "key": "",
    })  # fmt: skip
    subs["key"] = subs["name"].str.lower()
    subs = subs.astype(SubjectSchema.columns)
    ments = pd.DataFrame({"report_id": range(n_subjects), "subject_id": subs["subject_id"]}).assign(
        reference="", type="PERSON", text="", start=0, end=0, key="", method="rule", attrs="{}"
    )[MentionSchema.names()].astype(MentionSchema.columns)
    ents = pd.DataFrame({
        "soi_row": range(1, n_entries + 1), "list_name": "big.csv",
        "name": [f"{rng.choice(fores)} {rng.choice(surs)}" for _ in range(n_entries)],
    })  # fmt: skip
    parts = ents["name"].str.split(" ", n=1, expand=True)
    ents = ents.assign(forenames=parts[0], surname=parts[1], dob="", aliases="", pnc_id="",
                       identifiers="{}", extras="{}")[SoiEntrySchema.names()].astype(SoiEntrySchema.columns)  # fmt: skip
    t = time.perf_counter()
    match_soi(ents, subs, ments)
    return time.perf_counter() - t


def main() -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    r = evaluate(doc)
    print(f"SOI list: rows in {r['rows_in']} = entries {r['entries']} + rejected {r['rejected']} (rows {r['rejected_rows']})")
    print(f"person matches: precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
          f"false matches {len(r['false_matches'])}  false matches on decoys {len(r['decoy_false_matches'])}")  # fmt: skip
    print(f"identifier-subject matches (phone/PNC/handle/VRM/address subjects): {r['identifier_subject_matches']}")
    if r["false_matches"]:
        print("  false:", r["false_matches"])
    if r["missed"]:
        print("  missed:", r["missed"])
    kinds = r["matches"][r["matches"]["subject_type"] == "PERSON"]["match"].value_counts().to_dict()
    print(f"person matches by kind: {kinds}")
    print("associated but not listed (top 5):")
    for row in r["assoc"].head(5).itertuples():
        print(f"  {row.name:<20} age {row.age if pd.notna(row.age) else '-':>3}  score {row.score:>5}  {row.why}")
    print(f"speed: 500 entries x 5,000 subjects matched in {speed():.2f} s")


if __name__ == "__main__":
    main()
