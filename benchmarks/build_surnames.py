"""Rebuild ``scanassist_core/data/surnames.txt``, the surname list the case-less view trusts.

Not run by tests or CI; the list is shipped as data and nothing is downloaded at run time.
Why: a hasty note names people by surname alone and in lower case ("parkinson arrested"); the
hand-made list of common surnames holds some 160 names, and WordNet (which the view uses to tell
English words from names) lists many surnames as nouns only because a famous bearer had one
("parkinson", "thornton"), so such a name looked like an English word and was left lower case.

Sources (build time only):
  * US Census 1990 surname list (public domain), as ``dist.all.last`` of the ``names`` package
    0.3.0 (MIT): the 20,000 commonest surnames, which hold most British, Irish and South Asian
    surnames too;
  * SCOWL's British English word list (``/usr/share/dict/british-english`` of Debian's
    ``wbritish``; permissive SCOWL licence): a surname that is listed there in lower case is an
    ordinary English word ("marsh", "farmer", "brown") and is dropped;
  * wordfreq 3.1.1 (code Apache-2.0, frequencies CC BY-SA 4.0): a surname that is a very frequent
    English token in any case (Zipf >= 4.5) is dropped as well; no frequency is shipped.

Usage (a throwaway venv with wordfreq installed)::

    python benchmarks/build_surnames.py path/to/dist.all.last path/to/british-english > scanassist_core/data/surnames.txt
"""

from __future__ import annotations

import sys

#: How many of the census's commonest surnames are taken (rank order; ~90% of bearers).
TOP = 20_000
#: Zipf frequency at or above which a word is too common in English text to be read as a name.
MAX_ZIPF = 4.5

HEADER = """\
# Surnames (lower case, one a line) the case-less view may read as a surname alone in a
# person's slot of a hasty note ("parkinson arrested", "seen with thornton").
# Source: US Census 1990 surname list (public domain; dist.all.last of the `names` package 0.3.0,
# MIT), its {top:,} commonest names of three letters or more. Filtered: names that SCOWL's British
# English word list (wbritish, SCOWL licence, (c) Kevin Atkinson) has as a lower-case word, and
# names with a wordfreq 3.1.1 English Zipf frequency >= {zipf} (wordfreq data CC BY-SA 4.0, by
# Robyn Speer), are dropped as ordinary English words. Rebuilt by benchmarks/build_surnames.py;
# no name was taken from any evaluation set.
"""


def build(census_path: str, words_path: str) -> list[str]:
    """The census's commonest surnames less those that are ordinary English words."""
    from wordfreq import zipf_frequency

    with open(words_path, encoding="utf-8") as fh:
        lower_words = {w for w in (line.strip() for line in fh) if w.isalpha() and w.islower()}
    names: list[str] = []
    with open(census_path, encoding="ascii") as fh:
        for line in fh:
            name, _freq, _cum, rank = line.split()
            if int(rank) > TOP:
                break
            w = name.lower()
            if len(w) < 3 or not w.isalpha() or w in lower_words or zipf_frequency(w, "en") >= MAX_ZIPF:
                continue
            names.append(w)
    return names


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    names = build(argv[1], argv[2])
    sys.stdout.write(HEADER.format(top=TOP, zipf=MAX_ZIPF))
    sys.stdout.write("\n".join(names) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
