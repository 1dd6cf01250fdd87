"""Session 8: name forms in cased text that the rules dropped or cut. A frequent surname that is
also an everyday word ("WHITE", "BLACK") after a known forename or before a comma and one; names
spelt with Baltic, Czech, Hungarian, Turkish or Romanian letters, whole; case-file shorthand for a
party ("PV", "YP", "RP", "AP") outside the name; a title-case surname and its initials as bank,
probation and custody systems list people ("Smith J A", "Wozniak K."). Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Marcus WHITE was stopped on Mill Road with a lock knife.", "Marcus WHITE"),
        ("Victim Kelly WHITE, 27, says her ex punched her in the kitchen.", "Kelly WHITE"),
        ("Intel suggests Shannon BLACK is holding cash for the line.", "Shannon BLACK"),
        ("Stopped WHITE, Daniel (12/09/1999) in company of two others.", "WHITE, Daniel"),
    ],
)
def test_a_surname_that_is_also_a_word_after_a_forename(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "IC1 white male, Black jacket, with a Black female and a White van.",
        "Suspect described as Male WHITE, 20s, slim, grey tracksuit.",
    ],
)
def test_colour_and_ethnicity_words_stay_no_names(ex, text):
    assert person_texts(ex, text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Case 4: V Aušra KAZLAUSKIENĖ - victim of controlling behaviour.", "Aušra KAZLAUSKIENĖ"),
        ("Potential victim Mădălina ȚURCANU (19) was found at the farm.", "Mădălina ȚURCANU"),
        ("Ayşe ÖZTÜRK runs the barbers; the van is hers.", "Ayşe ÖZTÜRK"),
        ("Gökhan ŞAHİN is the driver for the Leicester cash runs.", "Gökhan ŞAHİN"),
        ("Cash collected by Ionuț ȘTEFĂNESCU from the workers every Friday.", "Ionuț ȘTEFĂNESCU"),
    ],
)
def test_names_with_accented_letters_stay_whole(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("NRM referral. PV Ewa NOWAK (29) Polish, now with a friend.", "Ewa NOWAK"),
        ("YP Jordan ASHLEY 15 seen with older males at the park.", "Jordan ASHLEY"),
        ("RP Sandra COLE states her son has not come home.", "Sandra COLE"),
    ],
)
def test_party_shorthand_is_no_part_of_the_name(ex, text, name):
    found = person_texts(ex, text)
    assert name in found and not any(f.split()[0] in ("PV", "YP", "RP") for f in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Witness Dafydd ap Iorwerth of Llandeilo saw the Shogun leave.", "Dafydd ap Iorwerth"),
        ("WITNESS DAFYDD AP IORWERTH OF LLANDEILO SAW THE SHOGUN LEAVE.", "DAFYDD AP IORWERTH"),
    ],
)
def test_the_welsh_ap_stays_inside_the_name(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Beneficiaries: Smith J A (4,000), Okafor R (2,500).", "Smith J A"),
        ("Wozniak K. - HGV driver from the Dover job, same pattern.", "Wozniak K"),
        ("PoP: Walker J (DOB 02/05/79)  CRN S220917\nHome visit, no answer.", "Walker J"),
        ("Payee: Okonkwo C E, sort code 30-94-57, ref RENT.", "Okonkwo C E"),
        ("Transfers out to Nowak P and Kaczmarek M, both Polish nationals.", "Kaczmarek M"),
    ],
)
def test_a_title_case_surname_and_its_initials(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Honda Civic Type R seen parked on the drive again.",
        "Appendix A refers; see Annex B for the phone download.",
        "Theft from Tesco, Stoke N - 1600, no suspects.",
    ],
)
def test_everyday_words_before_a_letter_stay_no_names(ex, text):
    assert person_texts(ex, text) == []
