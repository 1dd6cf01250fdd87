"""Joining people through explicit aliases without letting a shared nickname glue two people.

Why: street names repeat - one dataset can hold several "Lil T"s, "Mad Max"es or "Dinks"es -
and a full-shaped alias ('Lil T' parses as forename + surname) is one shared name form. Joining
that form to every name it was written after chains different people into one subject. So an
alias mention always belongs to the mention it follows in its own report; the shared form joins
a person only when every name it follows is that one person (mains that share an alias, agree
on surname and have no DOB or forename conflict are taken as one person first). An alias
written after two different people is ambiguous: each of its other mentions goes to the
candidate its own report names, else the one seen with the people named there, else it stays
a subject of its own.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Protocol

from ._resolve_partials import unique_best

if TYPE_CHECKING:
    from ._resolve_persons import PersonRow

__all__ = ["join_aliases"]


class _UF(Protocol):
    info: list

    def find(self, i: int) -> int: ...
    def union(self, a: int, b: int, names: bool = True) -> bool: ...


def join_aliases(rows: list[PersonRow], row_node: list[int], uf: _UF) -> None:
    """Join full-shaped aliases to their people; every placed row keeps a node in ``row_node``."""
    alias_mains: dict[int, set[int]] = defaultdict(set)
    for i, r in enumerate(rows):
        j = r.link
        if j >= 0 and r.name.full and row_node[i] >= 0 and row_node[j] >= 0:
            alias_mains[row_node[i]].add(row_node[j])
    ambiguous: dict[int, set[int]] = {}
    for a, mains in sorted(alias_mains.items()):
        roots = sorted({uf.find(m) for m in mains})
        for other in roots[1:]:  # 'Mohammed ROBERTS aka Lil T', 'M. ROBERTS aka Lil T': one person
            if uf.info[uf.find(roots[0])].surs and uf.info[uf.find(other)].surs:
                uf.union(roots[0], other)
        roots = sorted({uf.find(m) for m in mains})
        if len(roots) == 1 and uf.union(roots[0], a, names=False):
            continue
        ambiguous[a] = set(roots)
    for i, r in enumerate(rows):  # an alias mention is the person it was written after
        if r.link >= 0 and row_node[r.link] >= 0:
            row_node[i] = row_node[r.link]
    if ambiguous:
        _by_context(rows, row_node, ambiguous, uf)


def _by_context(rows: list[PersonRow], row_node: list[int], ambiguous: dict[int, set[int]], uf: _UF) -> None:
    """Place the unlinked mentions of ambiguous aliases by the people named around them."""
    amb_root = {uf.find(a): a for a in ambiguous}
    root_of = [uf.find(n) if n >= 0 else -1 for n in row_node]
    todo = [i for i, r in enumerate(rows) if r.link < 0 and root_of[i] in amb_root]
    if not todo:
        return
    root_reports: dict[int, set[int]] = defaultdict(set)
    report_roots: dict[int, set[int]] = defaultdict(set)
    for i, root in enumerate(root_of):
        if root >= 0 and root not in amb_root:
            root_reports[root].add(rows[i].report_id)
            report_roots[rows[i].report_id].add(root)
    for i in todo:
        cands = sorted({uf.find(c) for c in ambiguous[amb_root[root_of[i]]]})
        rid = rows[i].report_id
        here = report_roots.get(rid, set())
        pick = unique_best([(1 if c in here else 0, c) for c in cands])
        if pick is None:
            seen_with: set[int] = set()
            for c in here - set(cands):
                seen_with |= root_reports[c]
            seen_with.discard(rid)
            pick = unique_best([(len(root_reports[c] & seen_with), c) for c in cands])
        if pick is not None:
            row_node[i] = pick
