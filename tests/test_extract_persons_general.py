"""Person conventions of writers other than intelligence officers: Crimestoppers tips, financial
intelligence, witness statements, prison intelligence, phone downloads and form exports. The rule
layer must find names no word list knows when the writing itself says they are names (a naming cue,
a relationship word, an age or DOB after them), and must not take businesses, pets or headings for
people. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

import spacy

from scanassist_core.extract import Extractor
from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._persons import find_persons, model_person_ok, refer_back
from scanassist_core.extract._types import Found


def names(text: str) -> list[str]:
    return [f.text for f in find_persons(text, blocked_spans(text)) if f.type == "PERSON"]


def keys(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in find_persons(text, blocked_spans(text)):
        out.setdefault(f.text, set()).add(f.key)
    return out


# --------------------------------------------------------------------------- naming cues


@pytest.mark.parametrize(
    "text, want",
    [
        ("Caller says a man called Nicu is housing workers at the farm.", "Nicu"),
        ("A male known as Tiny is running the line from Walsall.", "Tiny"),
        ("Crimestoppers form. Nickname: Lemon\nActivity: selling from his car.", "Lemon"),
        ("She told the interpreter her real name is Oanh and that she is 16.", "Oanh"),
        ("Informant describes a man known locally as Big Dave.", "Big Dave"),
        ("Nominal details\nDOB: 11/11/1991\nAliases: Chip", "Chip"),
    ],
)
def test_a_name_after_a_naming_cue_needs_no_word_list(text, want):
    assert want in names(text)


def test_a_name_introduced_by_a_cue_is_found_again_later():
    text = "A man known as Tiny is running the line. Tiny's real name is not known. Tiny uses a silver Audi."
    got = [f for f in find_persons(text) if f.text == "Tiny"]
    assert len(got) == 3 and len({f.key for f in got}) == 1


@pytest.mark.parametrize(
    "text, thing",
    [
        ("She opened a restaurant in Leeds called Saffron House last year.", "Saffron"),
        ("He keeps a dog called Tyson at the flat.", "Tyson"),
        ("They use an app called Threema to arrange drops.", "Threema"),
    ],
)
def test_businesses_pets_and_apps_after_called_are_not_people(text, thing):
    assert not any(thing in n for n in names(text))


def test_a_role_field_names_its_holder():
    text = "Vehicle stopped on the ring road. Driver: Wiktor Mazur. Passenger: Ionela Radu. Mazur had a licence."
    got = names(text)
    assert {"Wiktor Mazur", "Ionela Radu"} <= set(got)
    assert got.count("Mazur") == 1  # the later surname alone refers back to the driver


# --------------------------------------------------------------------------- relationship words


@pytest.mark.parametrize(
    "text, want",
    [
        ("His cousin Reece lives in Wolverhampton.", "Reece"),  # a forename that is also a word
        ("Her neighbour Grace heard the shouting.", "Grace"),
        ("She said her partner Hevar took her bank card.", "Hevar"),  # not in any forename list
        ("Information that Dean and his brother Will are storing cannabis.", "Will"),
    ],
)
def test_a_capitalised_word_after_a_relationship_word_is_a_name(text, want):
    assert want in names(text)


def test_a_possessive_before_a_relationship_word_marks_the_owner():
    text = "Caller states that Reece has been dealing from the flat. Reece's girlfriend Chloe is scared of him."
    got = names(text)
    assert got.count("Reece") == 2 and "Chloe" in got


def test_an_ambiguous_name_found_by_a_relationship_word_is_not_taken_as_the_word_elsewhere():
    text = "His brother Will was arrested. Will he be charged? Police say Will was carrying a knife."
    starts = [f.start for f in find_persons(text) if f.text == "Will"]
    assert text.index("Will was arrested") in starts and text.rindex("Will was") in starts
    assert text.index("Will he") not in starts


def test_relationship_word_before_a_year_group_or_business_is_not_a_name():
    assert names("Her son Year 9 at the academy has been excluded.") == []
    assert "Boots" not in names("Her mate Boots Pharmacy worker saw it.")


# --------------------------------------------------------------------------- DOB / age after a name


@pytest.mark.parametrize(
    "text, want",
    [
        ("Rezan (16) was recovered from the car wash.", "Rezan"),
        ("Workers present: Gjergj Dushku (DOB 04/05/1996) and two others.", "Gjergj Dushku"),
    ],
)
def test_unknown_names_followed_by_an_age_or_dob(text, want):
    assert want in names(text)


def test_a_numbered_thing_in_brackets_is_not_an_age():
    assert names("See Appendix (2) and Flat (3) for the floor plan.") == []


# --------------------------------------------------------------------------- name shapes


@pytest.mark.parametrize(
    "text, span",
    [
        ("Mohammed al-Hassan and two others were seen at the mosque.", "Mohammed al-Hassan"),
        ("The lease was signed by Pieter van der Berg in March.", "Pieter van der Berg"),
        ("Hevi Rashid and Karwan Aziz are believed to be Kurdish nationals.", "Hevi Rashid"),
        ("Payments of £900 from Mr P Nowak were received weekly.", "P Nowak"),
        ("The meeting was attended by R J Thompson and others.", "R J Thompson"),
        ("Stop check: Danny Ward was searched on the precinct.", "Danny Ward"),
        ("Witness Gráinne Ní Bhriain states that she saw the assault.", "Gráinne Ní Bhriain"),
    ],
)
def test_particles_initials_and_unknown_forenames(text, span):
    assert span in names(text)


def test_prison_number_before_a_capitals_surname():
    text = "Prison intelligence: inmate A1234BC HOLDEN is believed to be receiving spice by post."
    assert "HOLDEN" in names(text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Nominal: HARRIS J. Co-accused: PATEL R. Both were interviewed at the station today.", ["HARRIS J", "PATEL R"]),
        ("Records show SMITH J and JONES K were both present at the address.", ["SMITH J", "JONES K"]),
    ],
)
def test_trailing_initials_before_a_label_a_full_stop_or_and(text, want):
    got = names(text)
    assert all(w in got for w in want)


def test_a_letter_that_names_a_prison_wing_is_not_an_initial():
    assert "HOLDEN B" not in names("Intelligence that HOLDEN B wing is holding phones for others.")


def test_heading_words_in_capitals_are_not_surnames():
    assert "STATEMENT" not in names("WITNESS STATEMENT (MG11)\nI am Sarah Collins and I live alone.")


def test_single_quoted_contact_name_before_a_number():
    text = "Download summary. Contact saved as 'Big Mike' 07700 900123 sent 42 messages to the user."
    assert "Big Mike" in names(text)


def test_ordinary_sentence_openers_before_a_forename_are_not_names():
    got = names("Yesterday Rashid was seen at the shop. Kurdish Ali was not there.")
    assert "Yesterday Rashid" not in got and "Kurdish Ali" not in got


# --------------------------------------------------------------------------- custody, prison, finance


@pytest.mark.parametrize(
    "text, span",
    [
        ("Custody: DP Ilir GASHI (b. 4 May 1990), arrested at the cannabis grow.", "Ilir GASHI"),
        ("Customer ADEYEMI Tunde (DOB 1988-02-11) opened the account in March.", "ADEYEMI Tunde"),
        ("Telegram chat recovered from the phone seized from DEMIRI Arben last week.", "DEMIRI Arben"),
        ("Funds were then transferred to LIU Wei and withdrawn in cash.", "LIU Wei"),
    ],
)
def test_role_words_stay_outside_and_surname_first_names_in_prose(text, span):
    got = names(text)
    assert span in got
    assert not any(g != span and span in g for g in got)


def test_surname_comma_forename_after_a_role_word_even_when_the_surname_is_a_town():
    text = "Prisoner BRADFORD, Dean (A4321ZX) has been receiving letters. Bradford's cellmate reported it."
    got = keys(text)
    assert "BRADFORD, Dean" in got and "Bradford" in got
    assert got["Bradford"] == got["BRADFORD, Dean"]


def test_title_case_surname_comma_forename_with_a_dob_and_later_surname():
    text = "McIntyre, Shaun (12.07.94) has moved to Paisley. McIntyre is associating with known suppliers."
    got = names(text)
    assert "McIntyre, Shaun" in got and got.count("McIntyre") == 1


def test_a_town_comma_forename_without_a_dob_is_not_a_name():
    assert "Leeds, Jordan" not in names("He was seen in Leeds, Jordan said, on Friday night.")


# --------------------------------------------------------------------------- quoted names


def test_quoted_pet_name_after_a_call_or_contact_verb():
    got = names('He was allowed one phone call and rang "Ty" from the custody desk.')
    assert "Ty" in got


def test_contact_name_followed_by_a_town_keeps_only_the_name():
    got = names('Handset shows contact "Mo Leeds" 07700 900456 with daily calls.')
    assert "Mo" in got and "Mo Leeds" not in got


def test_contacts_saved_as_a_relation_are_not_names_but_a_nickname_is():
    assert "Boss" not in names('One phone seized with a contact saved as "Boss" +44 7700 900262.')
    assert "Uncle" in names('A male known as "Uncle" is storing firearms for the group.')


def test_an_alias_survives_a_deal_line_of_the_same_name():
    text = 'Source reports Tyrone MASON aka "Ty" runs the "TY line" into Shrewsbury.'
    got = [(f.text, f.start) for f in find_persons(text)]
    assert ("Ty", text.index("Ty\"")) in got
    assert ("TY", text.index("TY line")) not in got


@pytest.mark.parametrize(
    "text, word",
    [
        ("OPERATOR: Is he breathing?\nCALLER: Yeah he's talking now.", "Yeah"),
        ("Doctor noted bruising to her forearm. Request DA checks and DASH.", "Request DA"),
        ("SAR summary (UKFIU) - account opened in 2023.", "UKFIU"),
        ("Graffiti reading \"MDK\" and \"LLR\" was found on the underpass.", "LLR"),
    ],
)
def test_transcripts_codes_and_acronyms_are_not_names(text, word):
    assert word not in names(text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("She was given a phone by a male she knows as Blade.", "Blade"),
        ("I now know him to be Jason Ashworth of Wigan.", "Jason Ashworth"),
        ("The male calling himself Skeng is believed to be Junior Grant.", "Junior Grant"),
        ("The body recovered from the canal was identified as Stefan Horvat.", "Stefan Horvat"),
        ("A man called Arben Krasniqi arranged the lorry.", "Arben Krasniqi"),
    ],
)
def test_witness_and_analyst_identification_phrases(text, want):
    assert want in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The male is believed to be Afghan and is thought to be Kurdish.",
        "He is believed to be Black British and believed to be in Leeds.",
        "Both workers are thought to be Eritrean nationals.",
    ],
)
def test_nationalities_and_places_after_identification_phrases_are_not_names(text):
    assert names(text) == []


def test_a_capitals_surname_alone_is_found_again_in_title_case():
    text = "Diesel recovered at the yard. MULHERN seen on site on CCTV. Mobile 07700 900672 attributed to Mulhern."
    got = keys(text)
    assert got.get("Mulhern") == got.get("MULHERN") and "Mulhern" in got


def test_title_case_repeat_of_a_lone_surname_skips_streets_and_sentence_openers():
    text = "KOWALCZYK was seen in Leeds. Later Kowalczyk Road was searched. In Kowalczyk Park nothing was found."
    assert names(text) == ["KOWALCZYK"]


def test_quoted_names_with_an_initial_after_a_comma_or_sender():
    text = 'A second juvenile, "Little T", was identified. Unknown sender "R McGregor" paid £50.'
    got = names(text)
    assert "Little T" in got and "R McGregor" in got


def test_chat_export_speakers_are_names_and_found_in_the_messages():
    text = (
        "WhatsApp extract:\n[03/04/2025 22:01] Reiss: u got any left\n[03/04/2025 22:03] Kobi: yh 2 left\n"
        "[03/04/2025 22:05] You: bring them round to Reiss"
    )
    got = names(text)
    assert got.count("Reiss") == 2 and "Kobi" in got and "You" not in got


def test_an_ambiguous_forename_in_a_list_of_names_starts_a_full_name():
    text = "Credits came from Tomasz Zielinski, Grace Mbeki and Hussain Raza during March."
    assert "Grace Mbeki" in names(text)


def test_a_firm_of_two_surnames_is_not_a_list_of_people():
    assert "Price Auctioneers" not in names("The painting sold at auction in Cheltenham, Dawson & Price Auctioneers said.")


# --------------------------------------------------------------------------- refer_back


def _found(text: str, span: str, method: str = "model") -> Found:
    s = text.index(span)
    return Found("PERSON", s, s + len(span), span, span.lower(), method)


def test_bare_forename_and_surname_refer_back_to_a_full_name_found_by_anyone():
    text = "Intel: Laci Bogdanyi runs the gang. Bogdanyi houses workers in Spalding. Laci drives a Mercedes."
    got = refer_back(text, [_found(text, "Laci Bogdanyi")])
    assert [(f.text, f.key) for f in got] == [("Bogdanyi", "laci bogdanyi"), ("Laci", "laci bogdanyi")]


def test_refer_back_leaves_places_streets_shared_words_and_ordinary_openers_alone():
    text = (
        "Grace Farrow and Jade Farrow were seen. Farrow Road was searched. "
        "Grace was arrested. In Farrow nothing was found."
    )
    found = [_found(text, "Grace Farrow"), _found(text, "Jade Farrow")]
    got = {f.text for f in refer_back(text, found)}
    assert "Farrow" not in got  # shared by two people, and a street, and a place after "in"
    assert "Grace" not in got  # an everyday word opening a sentence


def test_pipeline_refers_back_to_a_full_name_only_the_model_found():
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Laci Bogdanyi"}])
    text = "Intelligence indicates that Laci Bogdanyi runs the gang. Bogdanyi houses workers in a barn."
    got = [(f.text, f.key) for f in Extractor(nlp=nlp).extract_text(text) if f.type == "PERSON"]
    assert got == [("Laci Bogdanyi", "laci bogdanyi"), ("Bogdanyi", "laci bogdanyi")]


@pytest.mark.parametrize(
    "span, ok",
    [
        ("Samsung", False), ("Apple ID", False), ("Login IP", False), ("Lithuanian", False), ("Tel", False),
        ("Mummy", False), ("O. Handling", False), ("Golf GTI", False),
        ("Zoltan Farkas", True), ("Uncle", True), ("Sarah Green", True), ("Hevi Rashid", True),
    ],
)
def test_model_person_proposals_are_checked_against_police_text_words(span, ok):
    assert model_person_ok(span) is ok


def test_pipeline_drops_a_handset_make_the_model_took_for_a_person():
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Samsung"}])
    text = "Property seized: Samsung handset and a charger, both bagged."
    assert [f for f in Extractor(nlp=nlp).extract_text(text) if f.type == "PERSON"] == []


# --------------------------------------------------------------------------- form exports


def test_pipe_table_rows_give_one_span_per_name_cell_even_for_a_town_surname():
    text = "| Surname | Forename | DOB |\n| BARNES | Tyler | 14/02/2004 |\n| BARNES | Kayden | 09/09/2006 |"
    got = keys(text)
    assert {"BARNES", "Tyler", "Kayden"} <= set(got)
    assert len(got["BARNES"]) == 2  # two people share the surname
    assert "Surname" not in got and "Forename" not in got


def test_csv_export_rows_are_cells_but_a_spaced_comma_name_is_one_span():
    csv = "Surname,Forename,DOB,Role\nGRAHAM,Shaun,12/05/1989,Suspect\nDOYLE,Mairead,30/01/1993,Witness"
    got = names(csv)
    assert {"GRAHAM", "Shaun", "DOYLE", "Mairead"} <= set(got) and "GRAHAM,Shaun" not in got
    form = "RECORD 1   NAME: DEVLIN, Marie   DOB: 21/03/1988   ADDRESS: 4 Shore Road, Larne"
    assert "DEVLIN, Marie" in names(form)


@pytest.mark.parametrize(
    "text, span",
    [
        ("Payments out: £750 to Mr A RAHMAN on 05/03 and £200 to his brother.", "A RAHMAN"),
        ("Subject 2 - Kaur, Harpreet (DOB 05/05/1985) is the account holder.", "Kaur, Harpreet"),
    ],
)
def test_initial_a_after_a_title_and_a_title_case_surname_first_name(text, span):
    assert span in names(text)


def test_lower_case_nickname_after_a_strong_naming_cue_in_a_public_tip():
    text = "there's a guy called jax who sells weed from the flats. jax has a staffy. also a lad aka smudger"
    got = names(text)
    assert got.count("jax") == 2 and "smudger" in got


@pytest.mark.parametrize(
    "text",
    [
        "She called police and then called back later.",
        "No named perpetrators. Named gangmaster contact was absent.",
        "The drug known as spice was found in the cell.",
    ],
)
def test_lower_case_words_after_called_or_named_that_are_not_nicknames(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The powder was identified as Cocaine and the tablets are believed to be Xanax.",
        "The offence is believed to be Section 18. The group is known as Zone 2.",
        "It is believed to be Section 47 and the car is known as Golf.",
    ],
)
def test_drugs_statutes_and_cars_after_identification_phrases_are_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("ANPR hit on SV68 ODK (VW Polo GTI, red). No insurance marker found today.", "Polo GTI"),
        ("Grading B / 2 / P. Prison intelligence copied to HMP Leeds for the wing.", "P. Prison"),
        ("Follow-up: Marek NOWAK has given an ABE account and named the driver.", "ABE"),
        ("<b>URGENT</b> - please review the attached intelligence before Friday.", "URGENT"),
    ],
)
def test_car_models_grades_acronyms_after_an_article_and_markings_are_not_names(text, word):
    assert word not in names(text)


def test_everyday_words_that_are_pet_forms_are_not_names_alone() -> None:
    """The nicknames package lists "Hub" (Hubert), "Norm", "Herb"...: after an officer's sign-off
    "Exploitation Hub" is a team, and a shouted heading word is no forename on that evidence alone."""
    ex = Extractor()
    for text in (
        "Leon BAPTISTE was in the kitchen and was de-arrested later. Submitted by PC 4410 GRANT, Exploitation Hub.",
        "stop check on the precinct, nothing found. pcso 7702 dunmore (safeguarding hub).",
        "Herb garden at the rear was used to hide a bag. The norm is two runners a night.",
    ):
        persons = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
        assert not any(p.lower() in {"hub", "herb", "norm"} for p in persons), persons
    assert [f.text for f in ex.extract_text("Hubert KOWALSKI (DOB 02/03/1988) was the driver.") if f.type == "PERSON"] == [
        "Hubert KOWALSKI"
    ]
