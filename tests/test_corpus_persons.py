"""Dataset-wide person consistency: a name the rules read in one report is found in the others."""

from __future__ import annotations

from scanassist_core.extract._corpus import corpus_persons
from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._types import Found

LEX = lexicon()


def _person(text: str, name: str, **attrs) -> Found:
    s = text.index(name)
    return Found("PERSON", s, s + len(name), name, name.lower(), "rule", attrs)


def _spread(reports: dict[str, tuple[str, list[Found]]]) -> dict[str, list[str]]:
    texts = {k: t for k, (t, _) in reports.items()}
    found = {k: fs for k, (_, fs) in reports.items()}
    extra = corpus_persons(texts, found, LEX)
    for k, fs in extra.items():
        assert all(texts[k][f.start : f.end] == f.text and f.attrs.get("corpus") for f in fs)
    return {k: [f.text for f in fs] for k, fs in extra.items()}


def test_distinctive_surname_and_full_name_spread_to_other_reports():
    a = "Intel: Dariusz KOWALCZYK (DOB 02/03/1991) is dealing from a flat on the estate."
    b = "Seen in the car park again. KOWALCZYK was driving, passenger unknown."
    c = "spoke to dariusz kowalczyk at the front door, denied everything"
    got = _spread({"a": (a, [_person(a, "Dariusz KOWALCZYK")]), "b": (b, []), "c": (c, [])})
    assert got == {"b": ["KOWALCZYK"], "c": ["dariusz kowalczyk"]}


def test_reversed_two_word_name_spreads_as_one_span():
    a = "Subject Jordan McALLISTER (24) remanded."
    b = "RESULT\nMcALLISTER Jordan - conspiracy to supply, 6 years."
    assert _spread({"a": (a, [_person(a, "Jordan McALLISTER")]), "b": (b, [])}) == {"b": ["McALLISTER Jordan"]}


def test_nothing_spreads_inside_the_report_it_came_from_or_over_other_findings():
    a = "Dariusz KOWALCZYK stopped. KOWALCZYK searched, nothing found."
    b = "Mail to kowalczyk.d@example.com about the van."
    email_at = b.index("kowalczyk")
    taken = Found("EMAIL", email_at, email_at + len("kowalczyk.d@example.com"), "kowalczyk.d@example.com", "k", "rule")
    assert _spread({"a": (a, [_person(a, "Dariusz KOWALCZYK")]), "b": (b, [taken])}) == {}


def test_english_words_need_capitals_mid_sentence_and_never_spread_in_lower_case():
    a = "Intel: Mason TURNER is holding for the line."
    b = "Work with the mason on the wall was paid in cash. Later Mason was seen at the shop."
    c = "spoke to mason at the door, he said the wall was fine"
    got = _spread({"a": (a, [_person(a, "Mason TURNER")]), "b": (b, []), "c": (c, [])})
    assert got == {"b": ["Mason"]}


def test_officers_operations_groups_streets_and_longer_names_are_left_alone():
    a = "Intel: Reza HOSSEINI (DOB 01/01/1990) lives locally."
    b = (
        "Report by PC 4471 HOSSEINI. Op HOSSEINI briefing. The HOSSEINI family are known. "
        "Flat on Hosseini Road. Brother Ali Hosseini Karimi was present."
    )
    assert _spread({"a": (a, [_person(a, "Reza HOSSEINI")]), "b": (b, [])}) == {}


def test_initialisms_and_model_guesses_do_not_spread():
    a = "Refer RSO Harvey COLE to the MOSOVO team."
    b = "RSO visit completed. Nothing of note."
    misread = _person(a, "RSO Harvey COLE")
    model_only = Found("PERSON", 0, 5, "Refer", "refer", "model")
    assert _spread({"a": (a, [misread, model_only]), "b": (b, [])}) == {}


def test_nickname_given_with_aka_spreads_when_capitalised():
    a = 'Kyle BRANNIGAN aka "Smudge" is running the line.'
    b = "Two youths were seen at the garages with Smudge."
    alias = _person(a, "Smudge", alias_of="kyle brannigan")
    got = _spread({"a": (a, [_person(a, "Kyle BRANNIGAN"), alias]), "b": (b, [])})
    assert got == {"b": ["Smudge"]}


def test_a_name_alone_under_a_sign_off_is_the_writer():
    a = "Intel: Keely ARNOTT (17) missing again from placement."
    b = "Hi all,\nplease see attached re the youths.\nKind regards,\nKeely"
    assert _spread({"a": (a, [_person(a, "Keely ARNOTT")]), "b": (b, [])}) == {}
