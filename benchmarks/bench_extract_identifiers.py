"""Throughput of rule-based identifier extraction on one core (prints figures, asserts nothing).

Times are CPU time of this process (``time.process_time``), so a busy shared machine inflates
them less than wall-clock time would.

Reports are ~500 characters of varied police-style prose assembled from independent
fragments, so the regexes see realistic mixes of identifiers, references, dates and noise.
Run: .venv/bin/python benchmarks/bench_extract_identifiers.py
"""

from __future__ import annotations

import random
import time

from scanassist_core.extract._identifiers import find_identifiers

FRAGMENTS = [
    "On {d}/0{m}/2025 at 2{h}:15 hrs officers attended {n} Mill Lane, Wolverhampton WV1 4AB.",
    "Subject SMITH (DOB 0{m}/1{d}/1990) was seen in a silver Ford Focus AB{n} CDE.",
    "He uses 07700 900{n}{n} and Snapchat: kyle_xo{n}; landline (01632) 960{n}{d}.",
    "Crime ref 43/{n}345/25 and NICHE-25-00{n}512 relate. Log INT/2025/0{n}234.",
    "Intelligence suggests that the group supply Class A drugs around the town centre and the park.",
    "Associate Jay DOE stays at Flat {m}, {n} Park Avenue, Birmingham B12 9QT most weekends.",
    "Email jay.doe{n}@example.com was used to register the handset IMEI 356938035643809.",
    "They travel along the M6 and A{n} in a black VW Golf reg KY{n} ABC, often after 22:00.",
    "Cash of £{n}00 was recovered along with 3 wraps. PNC 98/123456G. NINO JG103759A.",
    "Source states the male is known as 'Tiny' and is on Instagram @tiny_{n} and +44 (0)7700 900{n}{d}.",
    "Nothing further of note was reported by the source at this time; grading B2 / P.",
]


def make_reports(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(map(len, parts)) < 480:
            f = rng.choice(FRAGMENTS)
            parts.append(f.format(d=rng.randint(1, 2), m=rng.randint(1, 9), h=rng.randint(0, 3), n=rng.randint(10, 99)))
        out.append(" ".join(parts))
    return out


def main() -> None:
    reports = make_reports(5000)
    avg = sum(map(len, reports)) / len(reports)
    find_identifiers(reports[0])  # warm caches
    t0 = time.process_time()
    total = sum(len(find_identifiers(r)) for r in reports)
    dt = time.process_time() - t0
    print(f"{len(reports)} reports, avg {avg:.0f} chars: {dt:.2f}s -> {len(reports) / dt:,.0f} reports/s, "
          f"{total / len(reports):.1f} identifiers/report")
    for unit in ["1 ", "07700 ", "a", "12 Ab "]:
        text = unit * (200_000 // len(unit))
        t0 = time.process_time()
        find_identifiers(text)
        print(f"hostile 200k chars of {unit!r}: {time.process_time() - t0:.2f}s")


if __name__ == "__main__":
    main()
