"""Time entity resolution on synthetic person mentions (default 50,000) and print figures.

Run: .venv/bin/python benchmarks/bench_resolve.py [n_mentions]
People are drawn with Zipf-like surname frequencies (so big surname blocks occur, as with
SMITH in real data) and written in the variant forms resolution must handle.
"""

from __future__ import annotations

import json
import random
import sys
import time

import pandas as pd

from scanassist_core.resolve import resolve

FORENAMES = (
    "john jonathan james david michael paul mark steven stephen andrew peter richard robert "
    "william thomas daniel matthew christopher anthony gary barry darren lee kevin mohammed "
    "muhammad ahmed ali sarah emma laura rachel claire karen sharon lisa nicola jennifer "
    "rebecca victoria hannah chloe jessica amy sophie olivia emily jade kyle connor liam "
    "ryan jack harry charlie george oliver jacob callum ben sam josh adam luke shaun sean"
).split()
NICK = {"john": "johnny", "david": "dave", "gary": "gaz", "barry": "baz", "michael": "mick",
        "robert": "bob", "william": "bill", "anthony": "tony", "daniel": "danny", "thomas": "tom"}
SYL = "ab ad al an ar ba be bo ca ch da de do el en er fa fe ga go ha he ho ja ke ki la le li lo ma me mi mo na ne ni no pa pe ra re ri ro sa se sh si so st ta te th ti to wa we wi wo ya".split()


def make(n_mentions: int, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    rnd = random.Random(seed)
    surnames = sorted({"".join(rnd.choice(SYL) for _ in range(rnd.randint(2, 3))) for _ in range(3000)})
    surnames = ["smith", "jones", "taylor", "brown", "williams", "wilson", "khan", "patel"] + surnames
    weights = [1.0 / (r + 1) ** 0.9 for r in range(len(surnames))]
    n_people = n_mentions // 6
    people = []
    for _ in range(n_people):
        dob = f"{rnd.randint(1960, 2010)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        people.append((rnd.choice(FORENAMES), rnd.choices(surnames, weights)[0], dob, rnd.random() < 0.2))
    n_reports = n_mentions // 5
    reports = pd.DataFrame({
        "report_id": range(n_reports), "reference": [f"IR{r:06d}" for r in range(n_reports)],
        "date": pd.Timestamp("2023-01-01") + pd.to_timedelta([rnd.randint(0, 700) for _ in range(n_reports)], unit="D"),
        "source": "bench.csv", "text": "x",
    })
    rows = []
    for k in range(n_mentions):
        fore, sur, dob, middle = people[rnd.randrange(n_people)]
        form = rnd.random()
        attrs: dict[str, object] = {}
        if form < 0.45:
            text, key = f"{fore.title()} {sur.upper()}", f"{fore} {sur}"
        elif form < 0.6:
            text, key = f"{sur.upper()}, {fore.title()}", f"{fore} {sur}"
        elif form < 0.7:
            text, key = f"{fore[0].upper()}. {sur.upper()}", f"{fore[0]} {sur}"
            attrs["initial_only"] = True
        elif form < 0.8:
            nick = NICK.get(fore, fore)
            text, key = f"{nick.title()} {sur.upper()}", f"{nick} {sur}"
        elif form < 0.9:
            text, key = sur.upper(), sur
        else:
            mid = "paul" if middle else "anne"
            text, key = f"{fore.title()} {mid.title()} {sur.upper()}", f"{fore} {mid} {sur}"
        if rnd.random() < 0.4 and " " in key:
            attrs["dob"] = dob
        rows.append({"report_id": rnd.randrange(n_reports), "reference": "", "type": "PERSON", "text": text,
                     "start": k, "end": k + len(text), "key": key, "method": "rule",
                     "attrs": json.dumps(attrs), "subject_id": ""})
    m = pd.DataFrame(rows)
    m["reference"] = reports["reference"].to_numpy()[m["report_id"]]
    return m.astype({"reference": "string", "type": "string", "text": "string", "key": "string",
                     "method": "string", "attrs": "string", "subject_id": "string"}), reports


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    mentions, reports = make(n)
    t = time.perf_counter()
    subjects, out = resolve(mentions, reports)
    dt = time.perf_counter() - t
    print(f"person mentions: {n}")
    print(f"subjects: {len(subjects)}  (people drawn: {n // 6})")
    print(f"resolve seconds: {dt:.2f}  ({n / dt:,.0f} mentions/s)")


if __name__ == "__main__":
    main()
