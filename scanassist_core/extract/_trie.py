"""One regex for a list of literal words, as a trie ("R(?:oad|ise|ow)").

Why: ``re`` tries a flat alternation's branches one by one at every position, and the lexicon's
lists (streets, platforms, known bodies, countries) are long; a trie fails on the first letter.
Longer words are tried first: where a word may end, the rest is an optional group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def literal_trie(words: Iterable[str], *, blanks: bool = True, fold: bool = False, any_case: bool = False) -> str:
    """Trie alternation of ``words``.

    ``blanks``: runs of blanks in a word are one space, which matches any run of spaces or tabs
    (blank words are left out); otherwise every character is literal. ``fold``: words are
    lower-cased first (for text already lower-cased). ``any_case``: each letter matches either case.
    """
    trie: dict = {}
    for w in words:
        if blanks:
            if not w.strip():
                continue
            w = " ".join(w.split())
        if fold:
            w = w.lower()
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def char(c: str) -> str:
        if blanks and c == " ":
            return r"[ \t]+"
        if any_case and c.isalpha() and c.upper() != c:
            return f"[{c}{c.upper()}]"
        return re.escape(c)

    def emit(node: dict) -> str:
        branches = [char(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)
