"""Organisations and places (session 5): traditional pub names after a lower-case "the"."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        ("Fight outside the Red Lion in Shildon at closing time.", "Red Lion"),
        ("He was barred from the Royal Oak last year after an assault.", "Royal Oak"),
        ("Meeting arranged at the Kings Arms, Retford on Friday.", "Kings Arms"),
    ],
)
def test_pub_name_after_lower_case_the(ex, text: str, pub: str) -> None:
    assert pub in _orgs(ex, text)


@pytest.mark.parametrize(
    "text",
    ["He was seen at the same pub and at the old bridge.", "Both were at the Crown Court on Monday for sentencing."],
)
def test_no_pub_from_plain_words_or_a_longer_name(ex, text: str) -> None:
    orgs = _orgs(ex, text)
    assert "Crown" not in orgs and not any(o.lower().startswith(("same", "old")) for o in orgs)


def _places(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Burnley South NPT: Jayden WILLIAMS-GRANT (19) has been making threats on Facebook.", "Burnley"),
        ("Longton NHT update: Ongoing issues around the precinct with youths congregating.", "Longton"),
        ("Gipton NPT briefing - youths on scrambler bikes again near the shops.", "Gipton"),
    ],
)
def test_neighbourhood_team_is_no_body_but_its_area_is_a_place(ex, text: str, place: str) -> None:
    assert not any(o.split()[-1] in ("NPT", "NHT", "SNT") for o in _orgs(ex, text))
    assert place in _places(ex, text)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("DP: PRESTON JORDAN 22.01.1985, 8 ST GREGORY ROAD, PRESTON PR1 6YA. S.4 POA.", "PRESTON"),
        ("NOMINAL: TELFORD GARY\nDOB: 09/07/1984\nPNC ID: 02/377120P", "TELFORD"),
        ("Custody record: LINCOLN Amy DOB 02/03/1999, arrested on warrant.", "LINCOLN"),
        ("Arrested for s.18 wounding (victim J. PRESTON, May 2024 incident re-opened).", "PRESTON"),
    ],
)
def test_town_word_written_as_a_persons_surname_is_no_place(ex, text: str, surname: str) -> None:
    found = ex.extract_text(text)
    first = text.index(surname)
    assert not any(f.type == "LOCATION" and f.start == first for f in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He moved from Preston to Kendal in 2020 and works in Lincoln now.", "Kendal"),
        ("Seen in Telford on 12/03/2024 with two males.", "Telford"),
        ("Stopped in W Yorkshire, then drove to PRESTON 20/10/24.", "PRESTON"),
    ],
)
def test_town_before_a_date_or_after_a_compass_letter_stays_a_place(ex, text: str, place: str) -> None:
    assert place in _places(ex, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Cardiff couple have celebrated their diamond wedding anniversary.", "Cardiff"),
        ("NB not the Glasgow Ahmed HASSAN (dob 13/03/1988), a different man.", "Glasgow"),
        ("Victim shares a name with the Gateshead Liam TODD (b.1997) who is linked to the OCG.", "Gateshead"),
        ("NB different from the Rhyl Ryan Jones (b.1979) held at HMP Berwyn.", "Rhyl"),
    ],
)
def test_town_describing_a_person_or_after_the_article_a_stays_a_place(ex, text: str, place: str) -> None:
    assert place in _places(ex, text)


@pytest.mark.parametrize(
    ("text", "prison"),
    [
        ("mum says aaron due out of hmp leeds tmrw. wants a marker on her addr.", "hmp leeds"),
        ("released from hmp holme house last week, staying at his nans", "hmp holme house"),
        ("visit booked at hmp forest bank for friday with his gf", "hmp forest bank"),
        ("He was released from HMP Leeds Tuesday morning on licence.", "HMP Leeds"),
    ],
)
def test_prison_name_ends_where_the_known_prison_ends(ex, text: str, prison: str) -> None:
    assert prison in _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "prison"),
    [
        ("kyle on tag since he was released from wymott in june, lives with nan", "wymott"),
        ("He was recalled to Forest Bank after breaching his licence conditions.", "Forest Bank"),
        ("REMANDED IN CUSTODY TO DONCASTER. NEXT HEARING 12/05.", "DONCASTER"),
    ],
)
def test_known_prison_named_bare_after_a_custody_verb(ex, text: str, prison: str) -> None:
    assert prison in _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She moved to Doncaster and was released from work early that day.", "Doncaster"),
        ("the family transferred to leeds last year from bradford", "leeds"),
    ],
)
def test_prison_town_without_a_custody_verb_stays_a_place(ex, text: str, place: str) -> None:
    assert place in _places(ex, text) and place not in _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Worker says he is paid £40 a week. Lives Grafton Street. Wants to go home.", "Grafton Street"),
        ("Both males ran off. Headed Towards Beverley Road on foot, lost them there.", "Beverley Road"),
        ("Obs from 1400. Seen Leaving Kirkstall Lane at speed in the Astra.", "Kirkstall Lane"),
    ],
)
def test_note_words_before_a_street_are_not_its_name(ex, text: str, street: str) -> None:
    assert street in _places(ex, text)


@pytest.mark.parametrize(
    "street",
    ["Prince of Wales Road", "Old Kent Road", "Park View Road", "Church Hill Road", "Great Horton Road", "Mill Hill Lane"],
)
def test_street_named_with_everyday_words_keeps_them(ex, street: str) -> None:
    assert street in _places(ex, f"Stop check on {street} at 0120hrs, nothing found.")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Witness statement - Boots Queen Street, store detective on duty.", "Boots"),
        ("Transfers to First Investment Bank (Bulgaria) every week.", "First Investment Bank"),
    ],
)
def test_business_before_a_street_word_is_not_cut(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fire service attended Elm Close yesterday with Fire. Two mattresses burnt in the garden.", "Fire"),
        ("Petrov (Bulgarian, 31) refused to engage. Minibus KX14 BUZ seen at the farm.", "Minibus"),
        ("Manager not present on arrival. Premises owner is a Leicester landlord.", "Premises"),
        ("Controller of the line is a man called Rahim, believed to live in Luton.", "Controller"),
    ],
)
def test_one_everyday_word_the_model_capitalised_is_no_body(ex, text: str, word: str) -> None:
    assert word not in _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff at the Supreme car wash were paid in cash.", "Supreme"),
        ("lad on bike outside premier shop handing over a small package", "premier"),
    ],
)
def test_trading_names_beside_a_descriptor_stay(ex, text: str, name: str) -> None:
    assert name in _orgs(ex, text)


@pytest.mark.parametrize(
    "text",
    ["Olena (Ukrainian, 34) said she was recruited online.", "Statement translated from Slovak via interpreter."],
)
def test_nationality_or_language_alone_is_no_place(ex, text: str) -> None:
    assert not _places(ex, text) and not _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("SAR - Barclays\nAccount Hollins Roofing Ltd; signatories HOLLINS M and HOLLINS P.", "Hollins Roofing Ltd"),
        ("THE BOY IS NOW IN CARE OF LEEDS CITY COUNCIL AND PLACED OUT OF AREA.", "LEEDS CITY COUNCIL"),
        ("INTEL THAT DOKA HAS OPENED A NEW COMPANY DK PAVING LTD REGISTERED IN SLOUGH.", "DK PAVING LTD"),
        ("He is the director of Business Support Ltd and signs the cheques.", "Business Support Ltd"),
    ],
)
def test_label_word_before_a_body_is_not_its_name(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I work on the counter at Lahore Star Bakeries on Whitechapel Road.", "Lahore Star Bakeries"),
        ('Business account "JM Boxing Coaching" received 300 small transfers.', "JM Boxing Coaching"),
        ("Her children go to Bright Minds Tuition on Fridays.", "Bright Minds Tuition"),
    ],
)
def test_capitalised_trade_word_ends_the_business_name(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


def test_trade_word_in_a_shouted_sentence_is_no_body(ex) -> None:
    assert not _orgs(ex, "HE DOES PRIVATE COACHING FOR CASH AT WEEKENDS.")


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Apple chief executive Tim Cook met ministers in London to discuss investment.", "Apple"),
        ("Shell chief executive Wael Sawan spoke to investors in London on Tuesday.", "Shell"),
    ],
)
def test_brand_named_by_an_everyday_word_stays_a_body(ex, text: str, brand: str) -> None:
    assert brand in _orgs(ex, text)
