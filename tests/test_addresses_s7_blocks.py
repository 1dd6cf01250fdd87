"""Session 7: a block named before its number with no comma ("Lowther House 12 Clifton Drive"), and what
before a number is no part of the address: a form label, whose house it is, an exchange, centre or works."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_a_block_named_before_its_number_without_a_comma() -> None:
    assert _longest("Home addr Lowther House 12 Clifton Drive Lytham St Annes FY8 5RQ NB: check") \
        == "Lowther House 12 Clifton Drive Lytham St Annes FY8 5RQ"
    assert _longest("ADDRESS: BRINDLEY COURT 4 MILL STREET DUDLEY DY1 1AA") == "BRINDLEY COURT 4 MILL STREET DUDLEY DY1 1AA"


def test_a_business_named_before_its_number_stays_out() -> None:
    assert _longest("Staff at Star Kebab House 22 Mill Lane, Leeds LS6 2AB") == "22 Mill Lane, Leeds LS6 2AB"


def test_a_label_before_the_block_stays_out() -> None:
    assert _longest("HOME ADDR LOWTHER HOUSE 12 CLIFTON DRIVE LYTHAM ST ANNES FY8 5RQ") \
        == "LOWTHER HOUSE 12 CLIFTON DRIVE LYTHAM ST ANNES FY8 5RQ"
    assert _longest("home addr lowther house 12 clifton drive lytham st annes fy8 5rq") \
        == "lowther house 12 clifton drive lytham st annes fy8 5rq"


def test_whose_house_it_is_stays_out_of_the_address() -> None:
    assert _longest("HE STORES IT AT HIS NANS HOUSE 4 TRENANCE LANE NEWQUAY TR7 2HX. HE ALSO WORKS") \
        == "4 TRENANCE LANE NEWQUAY TR7 2HX"
    assert _longest("stays at her Mum's House, 4 Mill Lane, Leeds LS1 1AA most nights") == "4 Mill Lane, Leeds LS1 1AA"
    assert _longest("Cannabis found at their Cousins House 9 Elm Grove, Luton LU4 8QU") == "9 Elm Grove, Luton LU4 8QU"


def test_an_exchange_centre_or_works_before_the_number_is_the_business() -> None:
    assert _longest("MSB REVIEW - Northern Star Exchange, 144 Stratford Road, Sparkhill, Birmingham B11 1AG. Owner") \
        == "144 Stratford Road, Sparkhill, Birmingham B11 1AG"
    assert _longest("Seen at Riverside Enterprise Centre, 12 Mill Lane, Leeds LS6 2AB with two males") \
        == "12 Mill Lane, Leeds LS6 2AB"
    # a unit in such a building keeps it
    assert _longest("Unit 4, Castle Enterprise Centre, 12 Mill Lane, Leeds LS6 2AB") \
        == "Unit 4, Castle Enterprise Centre, 12 Mill Lane, Leeds LS6 2AB"
