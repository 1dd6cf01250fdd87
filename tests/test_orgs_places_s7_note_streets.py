"""Streets named without a number in hasty notes, with the note's own words run into them: police
shorthand and time words ("s&s", "VS", "h2h", "hrs", "nite", "door to door"), whose house it is,
a mark's last letters, a town written first, and a full stop after a shortened street word."""

import pandas as pd



def places(ex, text: str) -> list[str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return df.loc[df["type"] == "LOCATION", "text"].tolist()


def test_police_shorthand_before_a_street(ex):
    assert "Tanners Lane" in places(ex, "S&S Tanners Lane Halesowen 1415. PRICE, Jordan - cannabis grinder found.")
    assert "Stockport Rd" in places(ex, "VS Stockport Rd - black Golf, driver disqualified, arrested.")
    assert "bolton rd" in places(ex, "vs bolton rd - red fiesta, 3 up, no tax, seized and towed")
    assert "pershore st" in places(ex, "s&s pershore st 1330 - nil found, words of advice")


def test_time_words_before_a_street(ex):
    assert "whitby rd" in places(ex, "2340 hrs whitby rd ellesmere port, youths throwing stones at buses")
    assert "castle boulevard" in places(ex, "sat nite castle boulevard. fight outside the kebab shop")


def test_door_and_whose_house_before_a_street(ex):
    assert "ashby rd" in places(ex, "door to door ashby rd, nobody saw the car leave")
    found = places(ex, "lads kicking the door in at gary hughes house kenton rd 2215, all ran off")
    assert "kenton rd" in found
    assert not any("house" in p for p in found)


def test_marks_last_letters_before_a_street(ex):
    found = places(ex, "stopped kp19 zxd wellington rd dudley. driver okoro no licence")
    assert "wellington rd" in found
    assert "Walsall Rd" in places(ex, "VS BD68 RTA Walsall Rd aldridge. driver SINGH J no insurance")


def test_town_written_before_a_named_street(ex):
    found = places(ex, "anpr derby stafford st 0210 - vehicle flagged, no stop")
    assert "stafford st" in found and "derby" in found
    assert "Hyde Park Road" in places(ex, "Group gathered on Hyde Park Road at the corner with Brudenell Road.")


def test_station_named_after_its_street_stays_whole(ex):
    assert "Glasgow Queen Street" in places(ex, "He caught the 1840 train from Glasgow Queen Street to Falkirk.")


def test_full_stop_after_a_shortened_street_word_ends_it(ex):
    found = places(ex, "Patrols up and down Northumberland St. Pilgrim St quiet after 0200.")
    assert "Northumberland St" in found and "Pilgrim St" in found


def test_town_then_street_word_left_lower_case(ex):
    assert "Malvern rd" in places(ex, "Van parked on the verge off Malvern rd again, no keeper details.")
