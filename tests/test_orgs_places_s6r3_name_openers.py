"""Trading names that open or close with words a reader takes for ordinary English or a label:
a number word ("Five Star Cars"), two initials ("A R Accountancy Services"), a firm's initials
that look like a doctor's label ("GP Valet Services Ltd") and a text-speak ending ("Fone Fix 4 U")."""

from scanassist_core.extract._orgs_places import find_orgs_places
from scanassist_core.extract._filters import blocked_spans


def orgs(text: str) -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == "ORGANISATION"]


def test_number_word_opens_a_trading_name_mid_sentence():
    assert "Five Star Cars" in orgs("Nadeem IQBAL (taxi driver, Five Star Cars) moves product between jobs.")
    assert "Four Trees Bar" in orgs("They meet every second Thursday at the Four Trees Bar in Lurgan.")
    assert "Three Counties Logistics Ltd" in orgs("he drives for Three Counties Logistics Ltd out of Hereford")


def test_number_word_counting_at_a_sentence_start_is_no_name():
    found = orgs("Two Tesco Express staff gave statements. Seven Stars Inn was closed.")
    assert not any(o.startswith("Two") for o in found)


def test_two_initials_open_a_firm():
    assert "A R Accountancy Services" in orgs("Registered office c/o A R Accountancy Services, Unit 9, Canal Road.")
    assert "J K Haulage Ltd" in orgs("The trailer was hired from J K Haulage Ltd last week.")


def test_single_article_still_outside():
    assert not any(o.startswith("A ") for o in orgs("A Sparkle Hand Car Wash van was seen outside."))


def test_gp_is_a_label_before_a_surgery_but_initials_before_a_company():
    assert "GP Valet Services Ltd" in orgs("Owner on Companies House: GP Valet Services Ltd. Two workers present.")
    assert "Riverside Surgery" in orgs("GP Riverside Surgery confirmed the appointment.")
    text = "Owner on Companies House: GP Valet Services Ltd. Two workers present."
    gp = text.index("GP")
    assert not any(s <= gp < e for s, e in blocked_spans(text))


def test_text_speak_ending_is_inside_the_trading_name():
    assert "Fone Fix 4 U" in orgs('Runs a phone shop "Fone Fix 4 U" on Foleshill Road.')
    assert "Kutz Barbers 4U" in orgs("Handsets sold at Kutz Barbers 4U on the parade.")
    assert not any("4 U" in o for o in orgs("Passed to DVSA and the Traffic Commissioner, 4 U left."))
