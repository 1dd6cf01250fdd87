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
    English token in any case (Zipf >= 4.5) is dropped as well; no frequency is shipped;
  * optionally (a third argument) the surname lists of Faker 40.63.0's person providers (MIT) for
    the Polish, Romanian, Czech, Slovak, Hungarian, Lithuanian, Latvian, Croatian, Slovene,
    Turkish, Nigerian (English, Yoruba, Igbo, Hausa), Ghanaian (Twi), Kenyan/Somali and Swahili
    locales, which the US census barely holds ("kowalczyk", "ardelean", "adeyemi", "acheampong"):
    folded to ASCII as hasty notes write them ("wisniewski"), four letters or more, and filtered
    as above with a stricter frequency bound (Zipf >= 3.5), since they are checked by no census.

Usage (a throwaway venv with wordfreq installed; Faker unpacked, not installed)::

    python benchmarks/build_surnames.py path/to/dist.all.last path/to/british-english [path/to/faker_pkg_parent] > scanassist_core/data/surnames.txt
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
# Robyn Speer), are dropped as ordinary English words.{faker} Rebuilt by
# benchmarks/build_surnames.py; no name was taken from any evaluation set.
"""
FAKER_NOTE = """
# Then: the surnames of Faker 40.63.0's person providers (MIT, (c) joke2k and contributors) for
# the locales {locales},
# folded to ASCII, of four letters or more, filtered alike (Zipf >= {zipf})."""
#: Faker locales whose surnames UK reports meet and the census lacks (Latin script only).
FAKER_LOCALES = "pl_PL ro_RO cs_CZ sk_SK hu_HU lt_LT lv_LV hr_HR sl_SI tr_TR en_NG yo_NG ig_NG ha_NG tw_GH en_KE sw".split()
#: The stricter frequency bound for Faker's surnames (no census has checked them).
FAKER_MAX_ZIPF = 3.5
_FOLD = str.maketrans({"\u0142": "l", "\u0131": "i", "\u00f8": "o", "\u0111": "d", "\u00df": "ss", "\u00e6": "ae"})


def faker_surnames(faker_parent: str, lower_words: set[str]) -> list[str]:
    """Faker's surnames for ``FAKER_LOCALES``, ASCII-folded, less English words and short names."""
    import importlib
    import unicodedata

    from wordfreq import zipf_frequency

    sys.path.insert(0, faker_parent)
    found: set[str] = set()
    for loc in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("last_names", "last_names_male", "last_names_female", "male_last_names", "unisex_last_names"):
            for name in getattr(provider, attr, ()) or ():
                w = unicodedata.normalize("NFKD", name.lower().translate(_FOLD))
                w = "".join(c for c in w if not unicodedata.combining(c))
                if len(w) >= 4 and w.isascii() and w.isalpha() and w not in lower_words \
                        and zipf_frequency(w, "en") < FAKER_MAX_ZIPF:
                    found.add(w)
    return sorted(found)


def _lower_words(words_path: str) -> set[str]:
    with open(words_path, encoding="utf-8") as fh:
        return {w for w in (line.strip() for line in fh) if w.isalpha() and w.islower()}


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
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    names = build(argv[1], argv[2])
    note = ""
    if len(argv) == 4:
        seen = set(names)
        names += [w for w in faker_surnames(argv[3], _lower_words(argv[2])) if w not in seen]
        note = FAKER_NOTE.format(locales=" ".join(FAKER_LOCALES), zipf=FAKER_MAX_ZIPF)
    sys.stdout.write(HEADER.format(top=TOP, zipf=MAX_ZIPF, faker=note))
    sys.stdout.write("\n".join(names) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
