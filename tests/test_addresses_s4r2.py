"""Address and vehicle forms met on new styles of report: hyphenated towns written with spaces,
streets named after a church's dedication, and registration marks in notes typed all in lower
case. Examples are written for these tests (fictional addresses; marks follow the current format)."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def found(text: str, kind: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == kind]


def test_a_hyphenated_town_written_with_spaces_after_the_street():
    assert found("lives at 4 hawthorn ave stoke on trent with his nan", "ADDRESS") == [
        "4 hawthorn ave stoke on trent"]
    assert found("LIVES AT 4 HAWTHORN AVE STOKE ON TRENT ST6", "ADDRESS") == ["4 HAWTHORN AVE STOKE ON TRENT ST6"]
    assert found("Went back to 3 Mill Lane Newton le Willows after the match.", "ADDRESS") == [
        "3 Mill Lane Newton le Willows"]
    # The town's first word alone is still a town when the rest is prose.
    assert found("seen at 12 park road stoke on friday night", "ADDRESS") == ["12 park road stoke"]


def test_a_street_named_after_a_church_dedication():
    text = "Miller resides 52 All Saints Road, Wolverhampton WV2 1EJ."
    assert found(text, "ADDRESS") == ["52 All Saints Road, Wolverhampton WV2 1EJ"]
    assert found(text.upper(), "ADDRESS") == ["52 ALL SAINTS ROAD, WOLVERHAMPTON WV2 1EJ"]
    assert found("she stays at 9 all souls avenue, leeds most weekends", "ADDRESS") == ["9 all souls avenue, leeds"]
    # "all" elsewhere is still an ordinary word.
    assert found("FOUND 3 ALL OVER THE ROAD NEAR THE SHOP.", "ADDRESS") == []


def test_a_current_mark_in_a_note_typed_all_in_lower_case():
    text = "neighbour gave us dashcam. yg19uht on it at 0458 leaving the close."
    assert found(text, "VEHICLE") == ["yg19uht"]
    assert found("vans used: sk19 mnb, yc63 wft. both kept at the yard.", "VEHICLE") == ["sk19 mnb", "yc63 wft"]
    # In a cased report a lower-case mark still needs context: it may be a username.
    assert found("Gave us dashcam. yg19uht is his gamer tag.", "VEHICLE") == []
    # Postcodes and ordinary words are not marks.
    assert found("lives at ws1 1ab with his mum. kept 12 bags in the van.", "VEHICLE") == []


def test_a_house_name_after_of_or_at_with_its_town_and_postcode():
    text = "Mr Huw PRICE-EVANS (DOB 1979) of Bryn Awel, Llangefni LL77 7PE is growing cannabis in a shed."
    assert found(text, "ADDRESS") == ["Bryn Awel, Llangefni LL77 7PE"]
    assert found(text.upper(), "ADDRESS") == ["BRYN AWEL, LLANGEFNI LL77 7PE"]
    assert found("complaint about building works at Maes Glas, Caernarfon LL55 1AB last week", "ADDRESS") == [
        "Maes Glas, Caernarfon LL55 1AB"]
    # A person, a shop or a park before the town is not a house: the postcode stands alone.
    assert found("Statement of Gareth Evans, Bangor LL57 1AB.", "ADDRESS") == ["LL57 1AB"]
    assert found("Seen at Greggs, Bangor LL57 1AB.", "ADDRESS") == ["LL57 1AB"]
    assert found("Fight at Castle Park, Dudley DY1 1AA.", "ADDRESS") == ["DY1 1AA"]
    # A street with its town and full postcode is an address of its own (sets Y and W annotate it so).
    assert found("Stopped at Dudley Road, Wolverhampton WV2 3AB.", "ADDRESS") == ["Dudley Road, Wolverhampton WV2 3AB"]


def test_prose_after_the_town_is_not_part_of_its_name():
    assert found("Seen at 45 Newgate Street, Barnard Castle on Tuesday with two males.", "ADDRESS") == [
        "45 Newgate Street, Barnard Castle"]
    assert found("Dropped off at 4 Mill Lane, Little Wenham on Friday night.", "ADDRESS") == [
        "4 Mill Lane, Little Wenham"]
    assert found("DROPPED OFF AT 4 MILL LANE, ASHBY ON FRIDAY NIGHT.", "ADDRESS") == ["4 MILL LANE, ASHBY"]
    # A known town keeps its particle; a person after the street is not a town.
    assert found("Stays at 4 Mill Lane, Burton upon Trent on Fridays.", "ADDRESS") == [
        "4 Mill Lane, Burton upon Trent"]
    assert found("Seen at 4 Mill Lane, Tom Smith on Friday night.", "ADDRESS") == ["4 Mill Lane"]


def test_a_postcode_keyed_with_look_alike_characters_after_a_street_and_town():
    def pcs(text: str) -> list[tuple[str, str]]:
        return [(f.text, str(f.attrs.get("postcode"))) for f in find_identifiers(text) if f.type == "ADDRESS"]

    assert pcs("Lives at 12 Mill Lane, Wolverhampton WV10 OAB with partner.") == [
        ("12 Mill Lane, Wolverhampton WV10 OAB", "WV10 0AB")]
    assert pcs("LIVES AT 12 MILL LANE WOLVERHAMPTON WV1O 2AB") == [("12 MILL LANE WOLVERHAMPTON WV1O 2AB", "WV10 2AB")]
    assert pcs("stuff found at 5 canal side, leeds ls6 2a8 by the team") == [("5 canal side, leeds ls6 2a8", "LS6 2AB")]
    # Words after the town are not postcodes, and a swap that gives no valid postcode is not taken.
    assert pcs("LIVES AT 12 MILL LANE, LEEDS SOON 4AM") == [("12 MILL LANE, LEEDS", "")]
    assert pcs("Lives at 12 Mill Lane, Leeds WV1 1Q0.") == [("12 Mill Lane, Leeds", "")]


def test_a_known_town_written_with_an_abbreviated_saint():
    assert found("Living at 23 Manor Road, St. Albans since the summer.", "ADDRESS") == ["23 Manor Road, St. Albans"]
    assert found("LIVING AT 23 MANOR ROAD, ST. ALBANS.", "ADDRESS") == ["23 MANOR ROAD, ST. ALBANS"]
    # A full stop then a new sentence does not join two words into a town.
    assert found("Seen at 4 Mill Lane, Leeds. Albans was not there.", "ADDRESS") == ["4 Mill Lane, Leeds"]


def test_a_handle_after_a_channel_or_account_name_word_in_a_re_cased_report():
    text = "Drill video uploaded by channel DMoneyOfficial on 28/04, views 12k."
    assert found(text, "SOCIAL") == ["DMoneyOfficial"]
    assert found(text.upper(), "SOCIAL") == ["DMONEYOFFICIAL"]
    assert found(text.lower(), "SOCIAL") == ["dmoneyofficial"]
    # An English word or a forename there is prose or a name.
    assert found("UPLOADED BY CHANNEL FOUR NEWS LAST NIGHT.", "SOCIAL") == []
    assert found("his account name jayden was used to message her", "SOCIAL") == []
