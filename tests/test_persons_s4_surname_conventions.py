"""Session 4: surname-first names and initials as police systems write them inside prose, role labels
before a name, a town's name as a surname after a forename. Examples are our own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._persons import find_persons
from scanassist_core.extract._pipeline import Extractor


def names(text: str) -> list[str]:
    return [f.text for f in find_persons(text, blocked_spans(text)) if f.type == "PERSON"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Intelligence suggests that DEMIRI Ardian uses a grey Audi to move cash.", "DEMIRI Ardian"),
        ("Cannock - QURESHI Tahir (landlord, Hednesford) was fined for the HMO.", "QURESHI Tahir"),
        ("Re KOWALSKI Tomasz. Two nominals share this name, check DOB.", "KOWALSKI Tomasz"),
    ],
)
def test_surname_forename_in_prose(text, want):
    assert want in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "CCTV Footage was seized from the shop.",
        "Officers from KENT Police attended the address.",
        "The ASDA Bilston store reported the theft.",
        "Checked on ANPR Camera data for the week.",
    ],
)
def test_acronym_before_a_title_case_word_is_no_name(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text, want",
    [
        ("Money was handed over for AKHTAR I.", "AKHTAR I"),
        ("Passenger MORGAN G 16, searched, nothing found.", "MORGAN G"),
        ("Associates: TRAN D A, NGUYEN V T Notes: none.", "TRAN D A"),
        ("Associates: TRAN D A, NGUYEN V T Notes: none.", "NGUYEN V T"),
    ],
)
def test_surname_with_trailing_initials(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text", ["Seen with JONES A and others.", "SMITH B wing was searched.", "when HUSSAIN I saw him"])
def test_article_pronoun_and_wing_letters_are_not_initials(text):
    assert all(" " not in n for n in names(text))


def test_town_name_in_capitals_after_a_forename_is_a_surname():
    assert "Lorraine TELFORD" in names("He lives with his partner Lorraine TELFORD, who runs a cafe.")


def test_role_labels_stay_outside_the_name():
    ex = Extractor()
    got = [f.text for f in ex.extract_text(
        "Stabbing - Hull. IP Gemma LAWSON 34 yrs treated at hospital. Prisoner Sean is believed to hold a phone.")
        if f.type == "PERSON"]
    assert "Gemma LAWSON" in got and "Sean" in got
    assert not any(g.startswith(("IP ", "Prisoner ")) for g in got)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Home visit to 4 Ash Court - W Campbell spoken to alone, no concerns.", "W Campbell"),
        ("Two staff let go. N Patel (b.1979) kept on as manager.", "N Patel"),
    ],
)
def test_single_initial_before_a_surname(text, want):
    assert want in names(text)


@pytest.mark.parametrize(
    "text",
    ["Prisoner moved to Category B Campbell wing.", "Graded B Campbell unit.", "Met at Y Mochyn Du pub."],
)
def test_grade_or_longer_name_after_a_capital(text):
    assert not any(len(n) > 2 and n[1] == " " for n in names(text))


@pytest.mark.parametrize(
    "text, want",
    [
        ("Li WANG DOB 1990 runs the premises. Zheng reports to Wang weekly.", "Zheng"),
        ("Staff list checked.\nDimitrov NINO AB123456C.", "Dimitrov"),
        ("Gary aka Goose owes money. McKinnon driving a silver BMW.", "McKinnon"),
    ],
)
def test_lone_surname_opening_a_sentence_before_what_a_person_does(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text", ["Snapchat shows he was there.", "Safeguarding reported to the school.", "Foster placement arranged."])
def test_words_opening_a_sentence_are_not_lone_surnames(text):
    assert names(text) == []


@pytest.mark.parametrize("text", ["Bank report received. Carers said he left at 2200.", "Site visit. Workers stated they were paid."])
def test_plural_people_nouns_opening_a_sentence_are_not_surnames(text):
    assert names(text) == []


def test_school_year_and_pronoun_contractions_are_not_name_words():
    assert "Jordan Hibbert" in names("Recorded by: DSL Student: Jordan Hibbert Yr 10 Jordan told his tutor")
    got = names('Heard him on the phone saying "tell Danny I\'ll have it Friday".')
    assert "Danny" in got and not any("I'll" in g for g in got)


def test_acronym_before_a_process_noun_is_no_surname():
    assert names("Concern re CCE - raised at MACE panel. Next appointment in January.") == []
    assert names("Same IP range as CEOP referral last year.") == []


def test_relative_sharing_a_surname_written_surname_first():
    got = names("Lincs RCT CHAPMAN Lee and CHAPMAN Dean both issued warnings.")
    assert "CHAPMAN Dean" in got


def test_role_label_rso_and_quoted_deal_line():
    assert "Harvey Cole" in names("Angela COLE, sister of RSO Harvey Cole, was seen in town.")
    assert "JAY" not in names('Intel: KELLY controls the "JAY" line into Rhyl.')


def test_initial_closing_one_name_before_a_forename_opening_the_next_sentence():
    got = names("He says he was in Stockport with Jordan H. Kacper has new trainers.")
    assert "Kacper" in got and "H. Kacper" not in got
