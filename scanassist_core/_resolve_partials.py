"""Attaching partial person forms (bare surname, bare forename, initial, nickname) to people.

Why this order: police reports name a person in full once and then write SURNAME alone, the
forename alone, an initial + surname or a nickname introduced with 'aka'. So a partial form
first looks inside its own report (the full name it fits there; when several fit a bare
token, a surname fit beats a forename fit, and an adult beats a stated child of the same
surname). Nicknames follow the mention they were introduced after. Only forms with nothing
to fit in their report look across the dataset: a known alias first (or a one-letter typo of
the alias of exactly one person), else the one person
whose surname/forename (or initial + surname) fits, with no DOB or age
conflict; when several fit, the one who appears in other reports with the people named
alongside it here. Anything still open stays its own subject, keyed by the form written.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Protocol

import jellyfish

from ._resolve_names import PName, forename_identities, forename_score, forename_sex, middles_compatible

if TYPE_CHECKING:
    from ._resolve_persons import PersonRow

__all__ = ["attach_partials", "unique_best"]

_NICK_SAME = 0.9  # a bare forename must be the same name, a spelling or a listed nickname
_MAX_CANDS = 40  # more fitting people than this: too common to guess from context


class _UF(Protocol):
    info: list

    def find(self, i: int) -> int: ...
    def add(self, name: PName, dob: str, byear: int | None, alias: bool = False, year: int | None = None) -> int: ...
    def union(self, a: int, b: int, names: bool = True) -> bool: ...


# Pet endings English speakers put on a surname or a forename ('Reidy', 'Jonesy', 'Smithy', 'Reecey').
_PET_ENDS = ("ie", "ey", "y")


def pet_stems(tok: str) -> tuple[str, ...]:
    """'jonesy' -> ('jones',), 'reecey' -> ('reec', 'reece'), 'bradders' -> ('brad',): the names or
    clipped names a -y/-ie/-ey or -ers pet form may be made on (none when too short a stem)."""
    out = [tok[: -len(end)] for end in _PET_ENDS if tok.endswith(end) and len(tok) - len(end) >= 3]
    # 'Bradders': a clipped name of four letters or more, its last consonant doubled, + -ers
    # (shorter stems are surnames as often: Summers, Tanners).
    if tok.endswith("ers") and len(tok) >= 8 and tok[-4] == tok[-5] and tok[-4] not in "aeiou":
        out.append(tok[:-4])
    return tuple(out)


def _bare_fit(tok: str, full: PName) -> int:
    """Rank of a bare token's fit to a full name: 1 surname, 2 forename, 3 middle, 4 a pet form made
    on the surname or forename ('Reidy' for Callum REID), 0 none."""
    if tok == full.sur or tok in full.sur.replace("-", " ").split():
        return 1
    if forename_score(tok, full.fore) >= _NICK_SAME:
        return 2
    if full.middles and tok == full.middles[0]:
        return 3
    if any(stem in (full.sur, full.fore) or full.fore.startswith(stem) for stem in pet_stems(tok)):
        return 4
    return 0


def _initial_fit(p: PName, full: PName) -> bool:
    """'J SMITH' fits John SMITH; 'Tomasz W' / 'Stevie E' fit Tomasz WILK / Stephen EVANS."""
    if p.sur_initial:
        return full.sur[:1] == p.sur and forename_score(p.fore, full.fore) >= _NICK_SAME
    return p.sur == full.sur and full.fore[:1] == p.fore[:1] and middles_compatible(p.middles, full.middles)


def _fits_root(uf: _UF, root: int, dob: str, byear: int | None, year: int | None = None) -> bool:
    info = uf.info[root]
    if dob and info.dobs and dob not in info.dobs:
        return False
    if year is not None and not dob:
        if info.exact and year not in info.exact:
            return False
        byear = year
    years = (int(dob[:4]), int(dob[:4])) if dob[:4].isdigit() else ((byear - 1, byear) if byear is not None else None)
    if years and info.years:
        lo, hi = min(years[0], info.years[0]), max(years[1], info.years[1])
        if hi - lo > 3:
            return False
    return True


def attach_partials(
    rows: list[PersonRow],
    row_node: list[int],
    report_full: dict[int, dict[str, list[int]]],
    node_name: list[PName],
    node_dob: dict[int, str],
    uf: _UF,
    idents: dict[int, frozenset[str]] | None = None,
) -> None:
    """Fill ``row_node`` for every row that is not a full name (full rows are already placed)."""
    partial = [i for i, r in enumerate(rows) if not r.name.full]
    unresolved: list[int] = []
    linked: list[int] = []
    for i in partial:
        r = rows[i]
        if r.link >= 0:
            linked.append(i)
            continue
        t = _in_report(r, rows, row_node, report_full, uf)
        if t is None:
            unresolved.append(i)
        else:
            row_node[i] = t
    linked.sort(key=lambda i: (rows[i].report_id, rows[i].start))
    for i in linked:
        j = rows[i].link
        if row_node[j] >= 0:
            row_node[i] = uf.find(row_node[j])
        else:
            unresolved.append(i)

    alias_roots: dict[str, set[int]] = defaultdict(set)
    for i, r in enumerate(rows):
        if row_node[i] < 0:
            continue
        if r.alias and r.name.full:
            alias_roots[r.alias].add(uf.find(row_node[i]))
        if r.link >= 0 and not r.name.full:
            alias_roots[r.name.key].add(uf.find(row_node[i]))

    _across_reports(rows, row_node, unresolved, alias_roots, node_name, node_dob, uf, idents or {})

    # Still open: one subject per written form (and DOB); an alias keeps to its main.
    partial_nodes: dict[tuple[str, str], int] = {}
    for i in sorted(unresolved, key=lambda i: rows[i].link >= 0):
        if row_node[i] >= 0:
            continue
        r = rows[i]
        if r.link >= 0 and row_node[r.link] >= 0:
            row_node[i] = uf.find(row_node[r.link])
            continue
        k = (r.name.key, r.eff_dob, r.year)
        n = partial_nodes.get(k)
        if n is None:
            n = uf.add(r.name, r.eff_dob, None if r.eff_dob else r.byear, year=None if r.eff_dob else r.year)
            node_name.append(r.name)
            partial_nodes[k] = n
        row_node[i] = n
    # Full-shaped aliases ('FARAH ... known as "Abdi Mohamed"') are joined by _resolve_aliases.


def _in_report(
    r: PersonRow,
    rows: list[PersonRow],
    row_node: list[int],
    report_full: dict[int, dict[str, list[int]]],
    uf: _UF,
) -> int | None:
    """The person a partial form fits among the full names of its own report, or None."""
    fits: list[tuple[int, int, bool, int, str]] = []  # (rank, root, a stated child, first offset, forename)
    for idxs in report_full.get(r.report_id, {}).values():
        full = rows[idxs[0]].name
        if r.name.fore:
            rank = 1 if _initial_fit(r.name, full) else 0
        elif any(rows[j].alias == r.name.sur for j in idxs):
            rank = 1
        else:
            rank = _bare_fit(r.name.sur, full)
        if rank and r.sex and forename_sex(full.fore) not in ("", r.sex):  # 'Mrs HEPPLEWHITE' is not Oliver
            rank = 0
        if rank and (r.year is not None or r.eff_dob) and not _fits_root(
            uf, uf.find(row_node[idxs[0]]), r.eff_dob, None, r.year
        ):
            rank = 0
        if rank:
            first = min(rows[j].start for j in idxs)
            fits.append((rank, uf.find(row_node[idxs[0]]), any(rows[j].child for j in idxs), first, full.fore))
    if not fits:
        return None
    top = min(f[0] for f in fits)
    best = [f for f in fits if f[0] == top]
    roots = {f[1] for f in best}
    if len(roots) == 1:
        return next(iter(roots))
    if r.name.fore:  # two people fit 'J SMITH' here: an initial is no tie-breaker
        return None
    if r.sex:  # 'Carol and Connor HEPPLE ... Mrs HEPPLE said': the one of that sex
        same_sex = {f[1] for f in best if forename_sex(f[4]) == r.sex}
        other = {f[1] for f in best if forename_sex(f[4]) not in ("", r.sex)}
        if len(same_sex) == 1 and same_sex | other == roots:
            return next(iter(same_sex))
    # 'John SMITH (DOB 1990) ... their child Maisie SMITH (4) ... SMITH was arrested': the
    # one adult. Two adults of one surname stay open (the dataset-wide step may settle it).
    adults = {f[1] for f in best if not f[2]}
    children = roots - adults
    if len(adults) == 1 and children:
        return next(iter(adults))
    # 'Ryan COLE stopped ... COLE said ... not the same male as Dean COLE': only one of them has
    # been named yet, and a bare surname refers back.
    before = {f[1] for f in best if f[3] < r.start}
    return next(iter(before)) if len(before) == 1 else None


def _across_reports(
    rows: list[PersonRow],
    row_node: list[int],
    todo: list[int],
    alias_roots: dict[str, set[int]],
    node_name: list[PName],
    node_dob: dict[int, str],
    uf: _UF,
    idents: dict[int, frozenset[str]],
) -> None:
    """Dataset-wide attachment for partial forms with nothing to fit in their own report.

    One fitting person: join. Several: prefer the one already named in this report, then the
    one seen in other reports with the people named here, then the one whose other reports give
    the phone, plate, email or postcode this report gives. Forms are settled unique-first so
    later ones see more context.
    """
    if not todo:
        return
    alias_only = {row_node[i] for i, r in enumerate(rows) if r.link >= 0 and r.name.full and row_node[i] >= 0}
    alias_only -= {row_node[i] for i, r in enumerate(rows) if r.link < 0 and r.name.full}
    by_sur: dict[str, list[int]] = defaultdict(list)
    by_fore: dict[str, list[int]] = defaultdict(list)
    by_clip: dict[str, list[int]] = defaultdict(list)
    for n, nm in enumerate(node_name):
        if not nm.full or n in alias_only:
            continue
        by_sur[nm.sur].append(n)
        by_sur[f"{nm.sur}\x00{nm.fore[:1]}"].append(n)  # 'J SMITH' looks up only the J. SMITHs
        for part in nm.sur.replace("-", " ").split():
            if part != nm.sur:
                by_sur[part].append(n)
        for ident in forename_identities(nm.fore):
            by_fore[ident].append(n)
        for k in range(3, len(nm.fore) - 1):  # clipped forms: 'Lew' for Lewis, 'Daf' for Dafydd
            by_clip[nm.fore[:k]].append(n)

    cache: dict[tuple[PName, str, int | None], list[int]] = {}

    def cands_of(i: int) -> list[int]:
        r = rows[i]
        byear = None if r.eff_dob else r.byear
        ck = (r.name, r.eff_dob, byear, r.year, r.sex)
        hit = cache.get(ck)
        if hit is None:
            hit = _candidates(r.name, r.eff_dob, byear, alias_roots, by_sur, by_fore, by_clip, node_name, uf, r.year)
            if r.sex:  # 'Mrs X' is none of the men called X
                hit = [c for c in hit if all(forename_sex(f) in ("", r.sex) for f in uf.info[c].fores)]
            cache[ck] = hit
        return hit

    # An alias whose main form is open: a known alias settles both ('SANDHU (aka GIPPY)').
    for i in todo:
        j = rows[i].link
        if j < 0 or row_node[j] >= 0 or rows[j].name.full:
            continue
        known = sorted({uf.find(a) for a in alias_roots.get(rows[i].name.key, ())})
        if len(known) == 1:
            row_node[i] = known[0]
            if known[0] in cands_of(j):
                row_node[j] = known[0]

    todo_set = set(todo)
    open_rows = [i for i in todo if row_node[i] < 0 and rows[i].link < 0]
    several: list[int] = []
    for i in open_rows:
        cands = cands_of(i)
        if len(cands) == 1:
            row_node[i] = cands[0]
        elif 1 < len(cands) <= _MAX_CANDS:
            several.append(i)
    if not several:
        return
    root_reports: dict[int, set[int]] = defaultdict(set)
    report_roots: dict[int, set[int]] = defaultdict(set)
    for i, n in enumerate(row_node):
        if n >= 0:
            root = uf.find(n)
            root_reports[root].add(rows[i].report_id)
            report_roots[rows[i].report_id].add(root)
    bare_uses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))  # surname -> root -> uses
    for i, n in enumerate(row_node):
        if n >= 0 and not rows[i].name.fore and i not in todo_set:
            bare_uses[rows[i].name.sur][uf.find(n)] += 1
    for i in several:
        r = rows[i]
        cands = cands_of(i)
        here = report_roots.get(r.report_id, set())
        pick = unique_best([(1 if c in here else 0, c) for c in cands])
        if pick is None:
            seen_with: set[int] = set()
            for c in here - set(cands):
                seen_with |= root_reports[c]
            seen_with.discard(r.report_id)
            pick = unique_best([(len(root_reports[c] & seen_with), c) for c in cands])
        if pick is None and idents.get(r.report_id):
            mine = idents[r.report_id]
            pick = unique_best(
                [(sum(1 for rid in root_reports[c] if rid != r.report_id and mine & idents.get(rid, frozenset())), c)
                 for c in cands]
            )
        if pick is None and r.name.sur in bare_uses:
            pick = _usual_bearer(r.name.sur, cands, bare_uses[r.name.sur], uf)
        if pick is not None:
            row_node[i] = pick


def _usual_bearer(sur: str, cands: list[int], uses: dict[int, int], uf: _UF) -> int | None:
    """The person a bare SURNAME usually means: the one reports call by that bare surname at least
    twice and more than twice as often as any other candidate (the nominal, not the mother)."""
    per_root: dict[int, int] = defaultdict(int)
    for root, n in uses.items():
        per_root[uf.find(root)] += n
    counts = sorted(((per_root.get(c, 0), c) for c in cands), reverse=True)
    top, c = counts[0]
    rest = counts[1][0] if len(counts) > 1 else 0
    return c if top >= 2 and top > 2 * rest else None


def _misspelt_alias(tok: str, alias_roots: dict[str, set[int]], uf: _UF) -> set[int]:
    """'Spaner' for the alias 'Spanner' (one edit) or 'Spann' (its clipped start): a known alias of
    exactly one person (and nothing else fits), so a typo or short form does not split them; two
    such people: nothing."""
    roots: set[int] = set()
    for alias, nodes in alias_roots.items():
        clipped = len(tok) >= 3 and len(alias) >= len(tok) + 2 and alias.startswith(tok)  # 'Trig' for 'Trigger'
        if clipped or (
            abs(len(alias) - len(tok)) <= 1 and len(alias) >= 5 and jellyfish.levenshtein_distance(alias, tok) == 1
        ):
            roots |= {uf.find(a) for a in nodes}
            if len(roots) > 1:
                return set()
    return roots


def unique_best(scored: list[tuple[int, int]]) -> int | None:
    """The candidate with the strictly highest positive score, else None."""
    scored = sorted(scored, reverse=True)
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


def _candidates(
    p: PName,
    dob: str,
    byear: int | None,
    alias_roots: dict[str, set[int]],
    by_sur: dict[str, list[int]],
    by_fore: dict[str, list[int]],
    by_clip: dict[str, list[int]],
    node_name: list[PName],
    uf: _UF,
    year: int | None = None,
) -> list[int]:
    """Roots of the people a partial form could be, sorted; aliases win over name parts."""
    if not p.fore:
        found = {uf.find(a) for a in alias_roots.get(p.sur, ())}
        if not found:
            nodes = list(by_sur.get(p.sur, ()))
            for ident in forename_identities(p.sur):
                nodes += [n for n in by_fore.get(ident, ()) if forename_score(p.sur, node_name[n].fore) >= _NICK_SAME]
            nodes += [n for n in by_clip.get(p.sur, ()) if forename_score(p.sur, node_name[n].fore) >= _NICK_SAME]
            found = {uf.find(n) for n in nodes}
        if not found and len(p.sur) >= 3:
            found = _misspelt_alias(p.sur, alias_roots, uf)
        for stem in pet_stems(p.sur) if not found else ():  # 'Jonesy', 'Reecey': made on a surname or forename
            nodes = list(by_sur.get(stem, ()))
            nodes += [n for ident in forename_identities(stem) for n in by_fore.get(ident, ()) if node_name[n].fore == stem]
            nodes += by_clip.get(stem, ())
            found |= {uf.find(n) for n in nodes}
    elif p.sur_initial:  # a known alias first ('Lil T'), else a forename + surname initial
        found = {uf.find(a) for a in alias_roots.get(p.key, ())}
        if not found:
            nodes = [n for ident in forename_identities(p.fore) for n in by_fore.get(ident, ())]
            nodes += by_clip.get(p.fore, ())
            found = {uf.find(n) for n in nodes if _initial_fit(p, node_name[n])}
    else:
        found = {uf.find(n) for n in by_sur.get(f"{p.sur}\x00{p.fore[:1]}", ()) if _initial_fit(p, node_name[n])}
    return sorted(root for root in found if _fits_root(uf, root, dob, byear, year))
