"""Session 10: case-less notes (all lower case or all capitals), read through the cased view where
every word looks like a name - where the address starts and ends:

* a note's verb before a block's or house's name is prose ("patel lives lowther house, 12 ...",
  "also uses wilsford lodge, ...", "owns rose farm, ...");
* a part of everyday words before a named house is the prose ("aggravated burglary, garth cottage, ...");
* a flat written before a named block with a comma belongs to it when the block's own form reaches
  the postcode ("flat 9, enfield house, ladywood middleway, birmingham b16 8ha");
* a town that ends the note's line is kept ("..., havant rd, emsworth" then a new line);
* a name-only street does not run past a designator ("12 thornhill gdns recovered pennywell estate").
"""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_note_verb_before_a_named_block_or_house() -> None:
    assert _longest("owner rajesh patel lives lowther house, 12 clifton drive, lytham st annes fy8 5rq. second one") \
        == "lowther house, 12 clifton drive, lytham st annes fy8 5rq"
    assert "wilsford lodge, sibsey road, boston" in [f.text for f in find_addresses(
        "address 16 tunnard street, boston pe21 6pl, also uses wilsford lodge, sibsey road, boston (hmo)")]
    assert _longest("MR OKAFOR OWNS ASHCROFT HOUSE, 4 PARK ROAD, BOLTON BL1 4AA AND LETS ROOMS") \
        == "ASHCROFT HOUSE, 4 PARK ROAD, BOLTON BL1 4AA"


def test_everyday_words_before_a_named_house_are_prose() -> None:
    assert _longest("house-to-house - aggravated burglary, garth cottage, llanrhaeadr-ym-mochnant, oswestry sy10 0jd (rural)") \
        == "garth cottage, llanrhaeadr-ym-mochnant, oswestry sy10 0jd"
    assert _longest("NO REPLY, ROSE FARM, CHURCH LANE, WEDMORE BS28 4AA - CARD LEFT") \
        == "ROSE FARM, CHURCH LANE, WEDMORE BS28 4AA"


def test_flat_before_a_named_block_with_a_comma() -> None:
    assert _longest("partner shanice of flat 9, enfield house, ladywood middleway, birmingham b16 8ha.\nnext") \
        == "flat 9, enfield house, ladywood middleway, birmingham b16 8ha"
    assert _longest("ROOM 3, ELM LODGE, VICTORIA ROAD, DERBY DE1 1AA") == "ROOM 3, ELM LODGE, VICTORIA ROAD, DERBY DE1 1AA"


def test_town_ending_the_notes_line() -> None:
    assert _longest("dp 2: ward john 2002 - plot 9, hermitage travellers site, havant rd, emsworth\nfraud x6") \
        == "plot 9, hermitage travellers site, havant rd, emsworth"
    # a person's name at the line's end is no town
    assert _longest("att 14 mill lane, kelly\nno reply") == "14 mill lane"


def test_name_only_street_stops_at_its_designator() -> None:
    assert _longest("stolen audi from 12 thornhill gdns recovered pennywell estate, on false plates") == "12 thornhill gdns"
    assert _longest("STOLEN AUDI FROM 12 THORNHILL GDNS RECOVERED PENNYWELL ESTATE") == "12 THORNHILL GDNS"
