"""Dataset-wide person consistency: a name the rules read in one report is found in the others."""

from __future__ import annotations

from scanassist_core.extract._corpus import corpus_names, corpus_pass, corpus_persons, corpus_types
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


def test_model_type_gives_way_to_the_rules_type_for_the_same_words_elsewhere():
    a = "Intel: Ardit KRASNIQI (DOB 04/05/1993) runs the grow. KRASNIQI pays the workers."
    b = "Workers said Krasniqi would collect the cash on Friday."
    k = b.index("Krasniqi")
    model_org = Found("ORGANISATION", k, k + 8, "Krasniqi", "krasniqi", "model")
    rule_person = _person(a, "Ardit KRASNIQI")
    s = a.rindex("KRASNIQI")
    bare = Found("PERSON", s, s + 8, "KRASNIQI", "krasniqi", "rule")
    texts = {"a": a, "b": b}
    out = corpus_pass(texts, {"a": [rule_person, bare], "b": [model_org]}, LEX)
    (retyped,) = out["b"]
    assert (retyped.type, retyped.text, retyped.method, retyped.attrs["retyped_from"]) == ("PERSON", "Krasniqi", "model", "ORGANISATION")


def test_words_the_rules_type_two_ways_keep_the_models_type():
    a = "Dean MARSHALL (DOB 01/02/1990) was stopped."
    b = "Marshall Street was closed. Marshall said he saw nothing."
    c = "The van was parked by Marshall at the depot."
    street = Found("LOCATION", b.index("Marshall"), b.index("Marshall") + 8, "Marshall", "marshall", "rule")
    k = c.index("Marshall")
    model_loc = Found("LOCATION", k, k + 8, "Marshall", "marshall", "model")
    s = b.rindex("Marshall")
    person = Found("PERSON", s, s + 8, "Marshall", "marshall", "rule")
    out = corpus_types({"a": [_person(a, "Dean MARSHALL")], "b": [street, person], "c": [model_loc]})
    assert "c" not in out


def _org(text: str, name: str, method: str = "rule", typ: str = "ORGANISATION") -> Found:
    s = text.index(name)
    return Found(typ, s, s + len(name), name, name.lower(), method)


def test_business_read_once_by_its_designator_is_found_again_elsewhere():
    a = "Workers are collected from Bright Star Hand Car Wash each morning."
    b = "minibus seen again outside bright star hand car wash at 0600, driver unknown"
    c = "Cash is banked for Bright Star Hand Car Wash Ltd by the manager."
    d = "Outside Bright Star Hand Car Wash the model read a person."
    k = d.index("Star Hand")
    model_person = Found("PERSON", k, k + 9, "Star Hand", "star hand", "model")
    out = corpus_names({"a": a, "b": b, "c": c, "d": d}, {"a": [_org(a, "Bright Star Hand Car Wash")], "b": [], "c": [], "d": [model_person]})
    assert [f.text for f in out["b"]] == ["bright star hand car wash"]  # a lower-case note
    assert "c" not in out  # runs on into a longer capitalised name
    assert [(f.type, f.text) for f in out["d"]] == [("ORGANISATION", "Bright Star Hand Car Wash")]


def test_names_inside_a_longer_finding_or_written_lower_case_in_prose_are_left_alone():
    a = "Stayed at the Telford Central area of town, near the station."
    b = "Moved to emergency accommodation at Travelodge Telford Central last night."
    c = "He said the telford central lot were involved."
    k = b.index("Travelodge")
    longer = Found("ORGANISATION", k, k + len("Travelodge Telford Central"), "Travelodge Telford Central", "x", "model")
    place = _org(a, "Telford Central", typ="LOCATION")
    assert corpus_names({"a": a, "b": b, "c": c}, {"a": [place], "b": [longer], "c": []}) == {}
