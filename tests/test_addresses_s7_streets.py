"""Session 7: a street with its designator, its town and a full postcode but no house number is an
address (sets Y and W annotate it so); a business, person or prose before the street stays out."""

from scanassist_core.extract._addresses import find_addresses


def _texts(text: str) -> set[str]:
    return {f.text for f in find_addresses(text)}


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_street_town_and_postcode_without_number_is_an_address() -> None:
    assert _longest("Scrap taken to Canal Road, Bradford BD2 1AN on two dates.") == "Canal Road, Bradford BD2 1AN"
    assert _longest("Registered office: Ferry Lane, Rainham RM13 9DA") == "Ferry Lane, Rainham RM13 9DA"
    assert _longest("DISPERSAL ZONE CENTRED ON STATION ROAD, PORT TALBOT SA13 1NN FROM 1800") \
        == "STATION ROAD, PORT TALBOT SA13 1NN"


def test_a_business_or_prose_before_the_street_stays_out() -> None:
    assert _longest("Van seen at Northside Metals, Dalton Lane, Keighley BD21 4JT loading.") \
        == "Dalton Lane, Keighley BD21 4JT"
    assert _longest("Old pub, the former Crown Inn, High Street, Much Wenlock TF13 6AA, now a grow.") \
        == "High Street, Much Wenlock TF13 6AA"
    assert _longest("Yesterday Mill Lane, Leeds LS6 2AB was closed for the search.") == "Mill Lane, Leeds LS6 2AB"


def test_a_house_name_before_the_street_still_opens_the_address() -> None:
    assert _longest("Burglary at Rose Cottage, Back Lane, Acaster Malbis, York YO23 2UR overnight.") \
        == "Rose Cottage, Back Lane, Acaster Malbis, York YO23 2UR"


def test_a_street_with_no_postcode_stays_a_place() -> None:
    assert _texts("Fight outside the chippy on Dalton Lane, Keighley last night.") == set()


def test_an_everyday_word_naming_the_street_is_kept() -> None:
    assert _longest("Fight in Back Lane, Leeds LS6 2AB after closing.") == "Back Lane, Leeds LS6 2AB"
    assert _longest("Yesterday High Street, Dudley DY1 1AA was closed off.") == "High Street, Dudley DY1 1AA"


def test_a_park_before_its_town_and_postcode_is_a_place() -> None:
    assert _longest("Fight at Castle Park, Dudley DY1 1AA.") == "DY1 1AA"


def test_a_former_business_before_the_street_is_no_house() -> None:
    assert _longest("Grow in an old pub building, former Royal Oak, High Street, Much Wenlock TF13 6AA. 600 plants") \
        == "High Street, Much Wenlock TF13 6AA"
    assert _longest("Workers housed in the ex Swan Hotel, Bridge Street, Ludlow SY8 1AA since May") \
        == "Bridge Street, Ludlow SY8 1AA"
    # with no such word a name before the street is still a house's
    assert _longest("Burglary at Holly Bank, Church Lane, Ludlow SY8 1AA overnight") \
        == "Holly Bank, Church Lane, Ludlow SY8 1AA"
